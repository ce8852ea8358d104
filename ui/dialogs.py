"""Small input dialogs; each has a classmethod ``ask`` that returns plain values (or None)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from evaluator.rules.money import parse_amount
from ui.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class EvaluatorFields:
    """What the evaluator dialog asks for."""

    name: str
    country: str
    email: str
    login: str | None = None  # on a server: the database role they sign in with


class EvaluatorDialog(QDialog):
    """Add or edit an evaluator: name, country, e-mail; on a server, when adding, the
    database role they sign in with (empty: they work through packages)."""

    def __init__(
        self,
        parent: QWidget | None,
        countries: list[str],
        initial: EvaluatorFields | None,
        on_server: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("dialogs", "Edit evaluator")
            if initial
            else translate("dialogs", "Add evaluator")
        )
        self.name = QLineEdit(initial.name if initial else "")
        self.name.setObjectName("evaluator_name")
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(["", *countries])
        self.country.setCurrentText(initial.country if initial else "")
        self.email = QLineEdit(initial.email if initial else "")
        self.email.setPlaceholderText("name@example.org")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update)
        form = QFormLayout(self)
        form.addRow(translate("dialogs", "Name:"), self.name)
        form.addRow(translate("dialogs", "Country:"), self.country)
        form.addRow(translate("dialogs", "E-mail:"), self.email)
        self.login: QLineEdit | None = None
        if on_server and initial is None:
            self.login = QLineEdit()
            self.login.setObjectName("evaluator_login")
            self.login.setPlaceholderText(
                translate("dialogs", "e.g. ana_s; empty: packages and returns")
            )
            self.login.setToolTip(
                translate(
                    "dialogs",
                    "The database role this evaluator signs in to the server with; they "
                    "then "
                    "score on the server and see only their own proposals.",
                )
            )
            form.addRow(translate("dialogs", "Signs in as:"), self.login)
        form.addRow(self.buttons)
        self._update()
        self.resize(420, self.sizeHint().height())

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def fields(self) -> EvaluatorFields:
        """The values as entered."""
        login = self.login.text().strip() if self.login is not None else ""
        return EvaluatorFields(
            self.name.text().strip(),
            self.country.currentText().strip(),
            self.email.text().strip(),
            login or None,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        countries: list[str],
        initial: EvaluatorFields | None = None,
        on_server: bool = False,
    ) -> EvaluatorFields | None:
        """Ask for an evaluator's details; None if cancelled."""
        dialog = cls(parent, countries, initial, on_server)
        return dialog.fields() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReasonDialog(QDialog):
    """Ask for one line of text that is required (a reason, a note, an amount)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        choices: list[str] | None,
        label: str = QT_TRANSLATE_NOOP("dialogs", "Reason:"),
        initial: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice = QComboBox()
        self.choice.addItems(choices or [])
        self.text = QLineEdit(initial)
        self.text.setObjectName("reason_text")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        form = QFormLayout(self)
        explanation = QLabel(prompt)
        explanation.setWordWrap(True)
        form.addRow(explanation)
        if choices:
            form.addRow(translate("dialogs", "Proposal:"), self.choice)
        form.addRow(translate("dialogs", label), self.text)
        form.addRow(self.buttons)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.text().strip()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        prompt: str,
        choices: list[str] | None = None,
        *,
        label: str = QT_TRANSLATE_NOOP("dialogs", "Reason:"),
        initial: str = "",
    ) -> tuple[str, str] | None:
        """(chosen item or "", text); None if cancelled."""
        dialog = cls(parent, title, prompt, choices, label, initial)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice.currentText(), dialog.text.text().strip()


class AwardDialog(QDialog):
    """Ask for an awarded amount; a mistyped one keeps the dialog open, saying what is
    accepted, with ``example`` written both ways. Less than ``requested`` also needs the
    reason, which the award keeps."""

    def __init__(
        self,
        parent: QWidget | None,
        prompt: str,
        example: Decimal,
        requested: Decimal | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs", "Awarded amount"))
        self.example = example
        self.requested = requested
        self.amount: Decimal | None = None
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("award_reason")
        self.reason_edit.setPlaceholderText(
            translate("dialogs", "Needed when awarding less than requested")
        )
        self.amount_edit = QLineEdit(f"{example:.2f}")
        self.amount_edit.setObjectName("award_amount")
        self.problem = QLabel()
        self.problem.setObjectName("award_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a52a1f")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.amount_edit.textChanged.connect(self.problem.hide)
        self.reason_edit.textChanged.connect(self.problem.hide)
        form = QFormLayout(self)
        explanation = QLabel(prompt)
        explanation.setWordWrap(True)
        form.addRow(explanation)
        form.addRow(translate("dialogs", "Amount:"), self.amount_edit)
        if requested is not None:
            form.addRow(translate("dialogs", "Reason:"), self.reason_edit)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        """Close only on an amount; otherwise say how to write one."""
        typed = self.amount_edit.text().strip()
        # As people in the region write amounts too (48.000,00): no amount reads two ways.
        self.amount = parse_amount(typed, decimal_comma=True)
        if self.amount is None:
            comma = f"{self.example:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
            self.problem.setText(
                translate(
                    "dialogs",
                    "“{typed}” is not an amount. Write it for example {example:.2f}, "
                    "{example:,.2f} or {comma}.",
                ).format(typed=typed, example=self.example, comma=comma)
            )
            self.problem.show()
            self.amount_edit.setFocus()
            self.amount_edit.selectAll()
            return
        if self.requested is not None and self.amount < self.requested and not self.reason:
            self.problem.setText(
                translate(
                    "dialogs",
                    "{amount:,.2f} is less than the {requested:,.2f} requested: give the "
                    "reason for awarding less; the trail keeps it.",
                ).format(amount=self.amount, requested=self.requested)
            )
            self.problem.show()
            self.reason_edit.setFocus()
            return
        super().accept()

    @property
    def reason(self) -> str:
        """The reason typed, its spaces tidied."""
        return " ".join(self.reason_edit.text().split())

    @classmethod
    def ask(
        cls, parent: QWidget | None, prompt: str, example: Decimal, requested: Decimal
    ) -> tuple[Decimal, str] | None:
        """The amount typed and the reason (empty for the request itself); None if
        cancelled."""
        dialog = cls(parent, prompt, example, requested)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.amount is None:
            return None
        return dialog.amount, dialog.reason if dialog.amount < requested else ""


class PackageDialog(QDialog):
    """Choose the evaluators whose packages to export, and the folder to put them in."""

    def __init__(
        self, parent: QWidget | None, names: list[str], selected: str | None, folder: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs", "Export evaluation packages"))
        self.names = QListWidget()
        self.names.setObjectName("package_names")
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = selected is None or name == selected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.names.addItem(item)
        self.folder = QLineEdit(folder)
        self.folder.setObjectName("package_folder")
        browse = QPushButton(translate("dialogs", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("dialogs", "Export")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.folder.textChanged.connect(self._update)
        self.names.itemChanged.connect(self._update)
        form = QFormLayout(self)
        note = QLabel(
            translate(
                "dialogs",
                "Each evaluator gets one file with the call, their proposals and their "
                "own "
                "scores — nothing about other evaluators. Send it to them by e-mail or USB stick.",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(translate("dialogs", "Evaluators:"), self.names)
        form.addRow(translate("dialogs", "Folder:"), row)
        form.addRow(self.buttons)
        self._update()
        self.resize(520, 420)

    def chosen(self) -> list[str]:
        """The evaluators ticked."""
        return [
            self.names.item(i).text()
            for i in range(self.names.count())
            if self.names.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("dialogs", "Folder for the packages"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()) and Path(self.folder.text()).is_dir())

    @classmethod
    def ask(
        cls, parent: QWidget | None, names: list[str], selected: str | None, folder: str
    ) -> tuple[list[str], Path] | None:
        """(evaluators, folder), or None if cancelled."""
        dialog = cls(parent, names, selected, folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen(), Path(dialog.folder.text())
