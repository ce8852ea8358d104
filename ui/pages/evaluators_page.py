"""The Evaluators page: who evaluates, their conflicts of interest, and who reviews what."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Slot
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import exchange, people
from evaluator.actions.exchange import ReturnsOutcome
from evaluator.actions.people import EvaluatorView, Matrix
from evaluator.actions.workspace import ServerWorkspace, Workspace
from evaluator.errors import EvaluatorError
from evaluator.i18n import plural
from evaluator.rules.call import CallSpec
from evaluator.rules.statuses import Slot as Cell
from evaluator.rules.text import fold
from evaluator.rules.words import SLOT_WORDS
from ui import msgbox, operations, settings
from ui.dialogs import EvaluatorDialog, EvaluatorFields, PackageDialog, ReasonDialog
from ui.i18n import translate
from ui.pages.evaluators_models import CELL_LOOK, EvaluatorTableModel, MatrixModel
from ui.pages.lazy import LazyPage

# Characters of a proposal's reference and title beside its row of the matrix.
MATRIX_TITLE = 34


class EvaluatorsPage(LazyPage):
    """Register evaluators, record conflicts, assign proposals.

    What its actions change is announced to every view (``ui.operations``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.spec: CallSpec | None = None

        bar = self._build_toolbar()
        left = self._build_evaluator_list()
        right = self._build_matrix()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 560])
        # The matrix keeps the width its names and titles were given; the list takes the rest.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)

    def _build_toolbar(self) -> QHBoxLayout:
        """Add and edit evaluators, exchange packages and returns, assign automatically."""
        self.add_button = QPushButton(translate("evaluators_page", "Add evaluator…"))
        self.add_button.clicked.connect(self.add_evaluator)
        self.edit_button = QPushButton(translate("evaluators_page", "Edit…"))
        self.edit_button.clicked.connect(self.edit_evaluator)
        self.per_proposal = QSpinBox()
        self.per_proposal.setRange(1, 9)
        self.per_proposal.setSuffix(translate("evaluators_page", " per proposal"))
        self.assign_button = QPushButton(translate("evaluators_page", "Assign automatically"))
        self.assign_button.setObjectName("assign_button")
        self.assign_button.clicked.connect(self.assign_all)
        self.export_button = QPushButton(translate("evaluators_page", "Export packages…"))
        self.export_button.setObjectName("export_packages")
        self.export_button.clicked.connect(self.export_packages)
        self.returns_button = QPushButton(translate("evaluators_page", "Import returns…"))
        self.returns_button.setObjectName("import_returns")
        self.returns_button.clicked.connect(self.import_returns)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addSpacing(16)
        bar.addWidget(self.export_button)
        bar.addWidget(self.returns_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(translate("evaluators_page", "Evaluators:")))
        bar.addWidget(self.per_proposal)
        bar.addWidget(self.assign_button)
        return bar

    def _build_evaluator_list(self) -> QWidget:
        """The left side: the evaluators above the selected one's conflicts of interest."""
        self.model = EvaluatorTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("evaluator_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self.edit_evaluator)
        self.table.selectionModel().selectionChanged.connect(self._show_conflicts)

        self.conflicts = QTreeWidget()
        self.conflicts.setObjectName("conflict_list")
        self.conflicts.setHeaderLabels(
            [
                translate("evaluators_page", "Proposal"),
                translate("evaluators_page", "Reason"),
                translate("evaluators_page", "Recorded by"),
            ]
        )
        self.conflicts.setRootIsDecorated(False)
        # A reason is a sentence or two: it wraps in the room the other columns leave.
        self.conflicts.setWordWrap(True)
        conflict_header = self.conflicts.header()
        conflict_header.setStretchLastSection(False)
        conflict_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        conflict_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        conflict_header.sectionResized.connect(self._wrap_reasons)
        self.add_conflict_button = QPushButton(translate("evaluators_page", "Add conflict…"))
        self.add_conflict_button.clicked.connect(self.add_conflict)
        self.remove_conflict_button = QPushButton(translate("evaluators_page", "Remove conflict"))
        self.remove_conflict_button.clicked.connect(self.remove_conflict)
        conflict_bar = QHBoxLayout()
        conflict_bar.addWidget(QLabel(translate("evaluators_page", "<b>Conflicts of interest</b>")))
        conflict_bar.addStretch(1)
        conflict_bar.addWidget(self.add_conflict_button)
        conflict_bar.addWidget(self.remove_conflict_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 3)
        left_layout.addLayout(conflict_bar)
        left_layout.addWidget(self.conflicts, 2)
        return left

    def _build_matrix(self) -> QWidget:
        """The right side: who reviews what, with its legend and summary."""
        self.matrix_model = MatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setObjectName("assignment_matrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.verticalHeader().setDefaultSectionSize(24)
        # Each proposal's reference and the start of its title (whole in the tooltip).
        self.matrix.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.doubleClicked.connect(self.toggle_cell)
        legend = QLabel(
            "  ".join(
                f"{symbol} {SLOT_WORDS[cell]}" for cell, (symbol, _colour) in CELL_LOOK.items()
            )
            + translate("evaluators_page", "  ·  double-click a cell to assign or unassign")
        )
        legend.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("assignment_summary")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel(
                translate("evaluators_page", "<b>Assignments</b> (eligible proposals × evaluators)")
            )
        )
        right_layout.addWidget(self.matrix)
        right_layout.addWidget(legend)
        right_layout.addWidget(self.summary)
        return right

    def show_workspace(self, workspace: Workspace | None, spec: CallSpec | None) -> None:
        """Show the evaluators of ``workspace``."""
        self.workspace = workspace
        self.spec = spec
        if spec is not None:
            self.per_proposal.setValue(spec.scoring.reviewers_per_proposal)
        self.refresh_if_stale()

    def refresh(self) -> None:
        """Reload from the workspace, keeping the selected evaluator."""
        selected = self.selected()
        if self.workspace is None:
            self.model.reset([], {})
            self.matrix_model.reset(Matrix([], [], {}))
        else:
            self.model.reset(
                people.list_evaluators(workspace=self.workspace),
                people.exchange_statuses(workspace=self.workspace),
            )
            self.matrix_model.reset(people.assignment_matrix(workspace=self.workspace))
        # Each column as wide as its evaluator's name (the cells hold one symbol), measured
        # once: fitting to contents would read every cell of a large call's matrix.
        self._fit_matrix()
        if selected is not None:
            self.select(selected.name)
        self._show_conflicts()
        cells = self.matrix_model.matrix.cells.values()
        reviews = sum(1 for c in cells if c != Cell.CONFLICT)
        submitted = sum(1 for c in cells if c == Cell.SUBMITTED)
        self.summary.setText(
            translate(
                "evaluators_page", "{count} · {reviews} assigned · {submitted} submitted"
            ).format(
                count=plural(
                    len(self.matrix_model.matrix.proposals),
                    "{count} eligible proposal",
                    "{count} eligible proposals",
                ),
                reviews=plural(reviews, "{count} review", "{count} reviews"),
                submitted=submitted,
            )
        )

    def _fit_matrix(self) -> None:
        """Whole evaluator names above the columns, each proposal's reference and as much of
        its title as fits (up to ``MATRIX_TITLE`` characters) beside its row, and the matrix
        as wide as that needs, up to two thirds of the page."""
        titles = QFontMetrics(self.matrix.horizontalHeader().font())
        columns = 0
        for column, name in enumerate(self.matrix_model.matrix.evaluators):
            width = titles.horizontalAdvance(name) + 18
            self.matrix.setColumnWidth(column, width)
            columns += width
        total = sum(self.splitter.sizes())
        if total <= 0:
            return  # not laid out yet: fitted when first shown
        rest = columns + self.matrix.verticalScrollBar().sizeHint().width() + 4
        rows = self.matrix.verticalHeader()
        room = min(titles.averageCharWidth() * MATRIX_TITLE + 16, total * 2 // 3 - rest)
        rows.setMaximumWidth(max(titles.horizontalAdvance("RG-0000") + 16, room))
        matrix = min(rows.sizeHint().width(), rows.maximumWidth()) + rest
        self.splitter.setSizes([total - matrix, matrix])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_matrix()

    def selected(self) -> EvaluatorView | None:
        """The evaluator selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.evaluator(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        """Select the evaluator called ``name`` (ignoring case and spacing)."""
        for row in range(self.model.rowCount()):
            if fold(self.model.evaluator(row).name) == fold(name):
                self.table.selectRow(row)
                return

    def _changed(self) -> None:
        """After an action here: reload at once, even where no window announces changes."""
        self.reload_now()

    @Slot()
    def add_evaluator(self) -> None:
        """Ask for a new evaluator and register them."""
        if self.workspace is None:
            return
        on_server = isinstance(self.workspace, ServerWorkspace)
        fields = EvaluatorDialog.ask(self, self._countries(), on_server=on_server)
        if fields is None:
            return
        if done := operations.perform(
            self,
            translate("evaluators_page", "Evaluator not added"),
            people.add_evaluator,
            workspace=self.workspace,
            name=fields.name,
            country=fields.country,
            email=fields.email,
            login=fields.login,
        ):
            added = done.result
            if added.created:
                msgbox.information(
                    self,
                    translate("evaluators_page", "Evaluator added"),
                    translate(
                        "evaluators_page",
                        "{name} signs in to the server as {login}. The role was created "
                        "without a password: set one with ALTER ROLE {login} PASSWORD '…' "
                        "(or as the server's pg_hba.conf allows).",
                    ).format(name=added.name, login=added.login),
                )
            self._changed()
            self.select(fields.name)

    @Slot()
    def edit_evaluator(self) -> None:
        """Edit the selected evaluator's details."""
        current = self.selected()
        if self.workspace is None or current is None:
            return
        fields = EvaluatorDialog.ask(
            self,
            self._countries(),
            EvaluatorFields(current.name, current.country, current.email),
        )
        if fields is None:
            return
        if operations.perform(
            self,
            translate("evaluators_page", "Evaluator not changed"),
            people.update_evaluator,
            workspace=self.workspace,
            name=current.name,
            new_name=fields.name,
            country=fields.country,
            email=fields.email,
        ):
            self._changed()
            self.select(fields.name)

    @Slot()
    def assign_all(self) -> None:
        """Assign evaluators to every eligible proposal that still needs them."""
        if self.workspace is None:
            return
        done = operations.perform(
            self,
            translate("evaluators_page", "Nothing assigned"),
            people.assign,
            workspace=self.workspace,
            per_proposal=self.per_proposal.value(),
        )
        if done is not None:
            added = done.result
            self._changed()
            msgbox.information(
                self,
                translate("evaluators_page", "Assignments"),
                translate("evaluators_page", "Assigned {count}.").format(
                    count=plural(len(added), "{count} review", "{count} reviews")
                )
                if added
                else translate(
                    "evaluators_page", "Every eligible proposal already has its evaluators."
                ),
            )

    @Slot(QModelIndex)
    def toggle_cell(self, index: QModelIndex) -> None:
        """Assign a free cell; unassign an assigned one (asking first if work has started)."""
        if self.workspace is None or not index.isValid():
            return
        reference, name = self.matrix_model.pair(index)
        status = self.matrix_model.matrix.cells.get((reference, name))
        if status == Cell.CONFLICT:
            msgbox.information(
                self,
                translate("evaluators_page", "Conflict of interest"),
                translate(
                    "evaluators_page", "{name} has a conflict of interest with {reference}."
                ).format(name=name, reference=reference),
            )
            return
        if status is None:
            done = operations.perform(
                self,
                translate("evaluators_page", "Not assigned"),
                people.assign_one,
                workspace=self.workspace,
                evaluator_name=name,
                reference=reference,
            )
        else:
            if status == Cell.IN_PROGRESS and not msgbox.question(
                self,
                translate("evaluators_page", "Unassign"),
                translate(
                    "evaluators_page",
                    "{name} has started reviewing {reference}. Unassign it and discard "
                    "their scores?",
                ).format(name=name, reference=reference),
                yes=translate("evaluators_page", "Unassign"),
            ):
                return
            done = operations.perform(
                self,
                translate("evaluators_page", "Not unassigned"),
                people.unassign,
                workspace=self.workspace,
                evaluator_name=name,
                reference=reference,
            )
        if done is not None:
            self._changed()

    @Slot()
    def add_conflict(self) -> None:
        """Record a conflict of interest of the selected evaluator."""
        current = self.selected()
        if self.workspace is None or current is None:
            return
        references = [r for r, _ in self.matrix_model.matrix.proposals]
        answer = ReasonDialog.ask(
            self,
            translate("evaluators_page", "Conflict of interest"),
            translate(
                "evaluators_page",
                "Record a conflict of interest of {name}. They will not review the "
                "proposal; an unsubmitted review of it is released.",
            ).format(name=current.name),
            references,
        )
        if answer is None:
            return
        reference, reason = answer
        if operations.perform(
            self,
            translate("evaluators_page", "Conflict not recorded"),
            people.add_conflict,
            workspace=self.workspace,
            evaluator_name=current.name,
            reference=reference,
            reason=reason,
        ):
            self._changed()

    @Slot()
    def remove_conflict(self) -> None:
        """Withdraw the conflict selected in the list."""
        current = self.selected()
        item = self.conflicts.currentItem()
        if self.workspace is None or current is None or item is None:
            return
        reference = item.text(0)
        if operations.perform(
            self,
            translate("evaluators_page", "Conflict not removed"),
            people.remove_conflict,
            workspace=self.workspace,
            evaluator_name=current.name,
            reference=reference,
        ):
            self._changed()

    @Slot()
    def _show_conflicts(self) -> None:
        self.conflicts.clear()
        current = self.selected()
        has = current is not None
        self.edit_button.setEnabled(has)
        self.add_conflict_button.setEnabled(has)
        self.remove_conflict_button.setEnabled(has)
        if self.workspace is None or current is None:
            return
        for conflict in people.list_conflicts(workspace=self.workspace):
            if conflict.evaluator == current.name:
                QTreeWidgetItem(
                    self.conflicts,
                    [
                        conflict.reference,
                        conflict.reason,
                        translate("evaluators_page", "the evaluator")
                        if conflict.declared
                        else translate("evaluators_page", "the chair"),
                    ],
                )
        self._wrap_reasons()

    @Slot()
    def _wrap_reasons(self) -> None:
        """Each reason as tall as it wraps in its column (a tree sizes rows to one line)."""
        width = self.conflicts.header().sectionSize(1) - 8
        metrics = self.conflicts.fontMetrics()
        for row in range(self.conflicts.topLevelItemCount()):
            item = self.conflicts.topLevelItem(row)
            if item is None or width <= 0:
                continue
            area = QRect(0, 0, width, 10_000)
            height = metrics.boundingRect(area, Qt.TextFlag.TextWordWrap, item.text(1)).height()
            item.setSizeHint(1, QSize(width, height + 6))

    @Slot()
    def export_packages(self) -> None:
        """Export evaluation packages for the evaluators the user picks, into a folder."""
        if self.workspace is None:
            return
        selected = self.selected()
        names = [self.model.evaluator(r).name for r in range(self.model.rowCount())]
        answer = PackageDialog.ask(
            self, names, selected.name if selected else None, settings.last_folder()
        )
        if answer is None:
            return
        chosen, folder = answer
        settings.set_last_folder(folder / "x")

        def done(lines: list[str]) -> None:
            self._changed()
            msgbox.show_error_list(
                self,
                translate("evaluators_page", "Packages exported"),
                translate("evaluators_page", "{sum} written to {folder}.").format(
                    sum=plural(
                        sum(1 for x in lines if ": skipped: " not in x),
                        "{count} package",
                        "{count} packages",
                    ),
                    folder=folder,
                ),
                lines,
            )

        operations.in_background(
            self,
            translate("evaluators_page", "Exporting packages…"),
            exchange.export_packages,
            on_done=done,
            refused=translate("evaluators_page", "Packages not exported"),
            workspace=self.workspace,
            names=chosen,
            folder=folder,
        )

    @Slot()
    def import_returns(self) -> None:
        """Import the returns files the user picks, each all or nothing, and summarise."""
        if self.workspace is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("evaluators_page", "Import returns"),
            settings.last_folder(),
            translate("evaluators_page", "Returns files (*.ger);;All files (*)"),
        )
        if not names:
            return
        paths = [Path(n) for n in names]
        settings.set_last_folder(paths[0])

        def done(outcome: ReturnsOutcome) -> None:
            self._changed()
            refused = len(outcome.refused)
            imported = len(paths) - refused
            msgbox.show_error_list(
                self,
                translate("evaluators_page", "Returns imported"),
                translate("evaluators_page", "{imported} of {count} accepted").format(
                    imported=imported, count=plural(len(paths), "{count} file", "{count} files")
                )
                + (
                    translate(
                        "evaluators_page",
                        "; {refused} refused, and each refused file changed nothing.",
                    ).format(refused=refused)
                    if refused
                    else "."
                ),
                _returns_lines(outcome),
            )

        operations.in_background(
            self,
            translate("evaluators_page", "Importing returns…"),
            exchange.import_returns,
            on_done=done,
            refused=translate("evaluators_page", "Returns not imported"),
            workspace=self.workspace,
            paths=paths,
        )

    def _countries(self) -> list[str]:
        return list(self.spec.call.countries) if self.spec else []


def _returns_lines(outcome: ReturnsOutcome) -> list[str]:
    """One line per returns file (what was merged, or why it was refused), then its details."""
    lines: list[str] = []
    for path, result in outcome.files:
        if isinstance(result, EvaluatorError):
            lines.append(
                translate("evaluators_page", "{name}: refused: {message}").format(
                    name=path.name, message=result.message
                )
            )
            lines += [f"    {detail}" for detail in result.details]
        else:
            lines.append(result.summary())
            lines += [
                translate("evaluators_page", "    not merged: {conflict}").format(conflict=conflict)
                for conflict in result.conflicts
            ]
    return lines
