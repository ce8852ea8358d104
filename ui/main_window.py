"""The main window: the File menu, the navigation between pages, and the open workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import exchange, proposals
from evaluator.actions import workspace as workspaces
from evaluator.actions.changes import Changes
from evaluator.actions.proposals import ImportReport
from evaluator.actions.workspace import (
    WORKSPACE_SUFFIX,
    ServerWorkspace,
    Workspace,
    read_only_message,
)
from evaluator.errors import DamagedWorkspace, EvaluatorError, WorkspaceError
from evaluator.rules.call import CallSpec
from evaluator.rules.text import plural, safe_file_name
from ui import help_menu, msgbox, operations, recent_menu, server_connect, settings
from ui.damaged import ReadOnlyBanner, offer_backup
from ui.pages.call_page import CallPage
from ui.pages.contracts_page import ContractsPage
from ui.pages.evaluators_page import EvaluatorsPage
from ui.pages.lazy import LazyPage, freshness
from ui.pages.proposals_page import ProposalsPage
from ui.pages.ranking_page import RankingPage
from ui.pages.reconciliation_page import ReconciliationPage
from ui.pages.scoring_page import ScoringPage
from ui.pages.welcome_page import WelcomePage
from ui.server_watch import ServerWatch

PAGES = (
    "Call",
    "Proposals",
    "Evaluators",
    "Scoring",
    "Reconciliation",
    "Ranking",
    "Contracts",
)
EVALUATOR_PAGES = ("Call", "Scoring")
PACKAGE_FILTER = "Evaluation packages (*.gep);;All files (*)"
RETURNS_FILTER = "Returns files (*.ger);;All files (*)"
WORKSPACE_FILTER = f"Grant Evaluator workspaces (*{WORKSPACE_SUFFIX});;All files (*)"
PACKAGE_SUFFIX = ".gep"
OPEN_FILTER = (
    f"Workspaces and packages (*{WORKSPACE_SUFFIX} *{PACKAGE_SUFFIX});;"
    f"Grant Evaluator workspaces (*{WORKSPACE_SUFFIX});;"
    f"Evaluation packages (*{PACKAGE_SUFFIX});;All files (*)"
)


class MainWindow(QMainWindow):
    """One window per running application, showing one workspace at a time.

    Signals: ``workspace_opened(path)`` after a workspace is opened, ``proposals_imported()``
    after an import changed the proposals.
    """

    workspace_opened = Signal(object)
    proposals_imported = Signal()

    def __init__(self, demo_path: Path | None = None) -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self.spec: CallSpec | None = None
        self.own: str | None = None
        self._demo_path = demo_path
        self._job: operations.Job | None = None
        # What the Proposals page was loaded from (see ui/pages/lazy.py).
        self._proposals_loaded: tuple[object, ...] | None = None
        self.server_watch = ServerWatch(self)
        self.setWindowTitle("Grant Evaluator")
        self.setMinimumSize(QSize(760, 520))
        self._build_pages()
        self._build_navigation()
        self._build_body()
        self._build_menu()
        self._connect_signals()
        self._show_workspace()
        self._restore_geometry()

    def _build_pages(self) -> None:
        """One widget per page, and the welcome page shown while no workspace is open."""
        self.welcome = WelcomePage()
        self.call_page = CallPage()
        self.proposals_page = ProposalsPage()
        self.evaluators_page = EvaluatorsPage()
        self.scoring_page = ScoringPage()
        self.reconciliation_page = ReconciliationPage()
        self.ranking_page = RankingPage()
        self.contracts_page = ContractsPage()

    def _build_navigation(self) -> None:
        """The list of pages on the left and the stack of pages it switches between."""
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.addItems(list(PAGES))
        self.navigation.setFixedWidth(170)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setStyleSheet(
            "QListWidget { background: #eef1f5; font-size: 11pt; }"
            "QListWidget::item { padding: 9px 12px; }"
            "QListWidget::item:selected { background: #2f6db5; color: white; }"
        )
        self.pages = QStackedWidget()
        for name in PAGES:
            self.pages.addWidget(self._page(name))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

    def _build_body(self) -> None:
        """The welcome page while no workspace is open; else the pages, under the banner of a
        damaged workspace."""
        # Shown above the pages while the open workspace is damaged and read-only.
        self.read_only_banner = ReadOnlyBanner()
        self.read_only_banner.restore_requested.connect(self._restore_requested)
        self.read_only_text = self.read_only_banner.message
        self.restore_button = self.read_only_banner.restore_button
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.read_only_banner)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        body.addLayout(row, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.body)
        self.setCentralWidget(self.stack)

    def _connect_signals(self) -> None:
        """What the pages ask of the window, and what makes the page on screen reload."""
        self.welcome.new_requested.connect(self.new_workspace)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.package_requested.connect(self.open_package_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_chosen.connect(self.open_path)
        self.proposals_page.import_requested.connect(self.import_dialog)
        self.scoring_page.send_back_requested.connect(self.send_back)
        # Every action announces what it changed; the pages that show it reload.
        operations.announcer().changes_made.connect(self._changes_made)
        self.ranking_page.explain_requested.connect(self._explain)
        self.navigation.currentRowChanged.connect(self._page_shown)
        # Another program (the CLI, a second window) may have written the workspace while the
        # user was away: coming back to the application shows what is there now.
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state_changed)

    def _restore_geometry(self) -> None:
        """Where the window was when it was last closed; else most of the screen."""
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width() * 9 // 10), min(800, screen.height() * 9 // 10))

    def _page(self, name: str) -> QWidget:
        if name == "Call":
            return self.call_page
        pages: dict[str, QWidget] = {
            "Proposals": self.proposals_page,
            "Evaluators": self.evaluators_page,
            "Scoring": self.scoring_page,
            "Reconciliation": self.reconciliation_page,
            "Ranking": self.ranking_page,
            "Contracts": self.contracts_page,
        }
        return pages[name]

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu("&File")
        self.new_action = self._action(menu, "&New workspace from call file…", self.new_workspace)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = self._action(menu, "&Open…", self.open_dialog)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.connect_action = self._action(
            menu, "Connect to &server…", lambda: server_connect.connect(self, self.open_path)
        )
        menu.addSeparator()
        self.import_action = self._action(menu, "&Import proposals…", self.import_dialog)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        menu.addSeparator()
        self.open_package_action = self._action(
            menu, "Open evaluation &package…", self.open_package_dialog
        )
        self.import_returns_action = self._action(
            menu, "Import &returns…", self.evaluators_page.import_returns
        )
        self.send_back_action = self._action(menu, "&Send back scores…", self.send_back)
        menu.addSeparator()
        self.close_action = self._action(menu, "&Close workspace", self.close_workspace)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.quit_action = self._action(menu, "&Quit", self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.help_actions = help_menu.add_menu(self)
        self._fill_recent_menu()

    def _action(self, menu: QMenu, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @Slot()
    def _fill_recent_menu(self) -> None:
        def reopen(place: Path | str) -> object:
            if isinstance(place, str):
                return server_connect.open_with_password(self, place, self.open_path)
            return self.open_path(place)

        recent_menu.fill(self.recent_menu, reopen, lambda: self.welcome.show_recent([]))

    def _choose_file(self, title: str, file_filter: str, *, save: bool = False) -> Path | None:
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        name, _ = ask(self, title, settings.last_folder(), file_filter)
        if not name:
            return None
        path = Path(name)
        settings.set_last_folder(path)
        return path

    @Slot()
    def new_workspace(self) -> None:
        """Create a workspace from a call file the user chooses, then open it."""
        call_file = self._choose_file("Choose the call file", "Call files (*.toml);;All files (*)")
        if call_file is None:
            return
        try:
            workspaces.read_call(call_file)
        except EvaluatorError as error:
            msgbox.refusal(self, "Not a valid call file", error)
            return
        target = self._choose_file(
            "Save the new workspace as",
            WORKSPACE_FILTER,
            save=True,
        )
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(WORKSPACE_SUFFIX)
        if target.exists():
            msgbox.information(
                self,
                "Workspace not created",
                f"{target} already exists; a new workspace never overwrites a file.",
            )
            return
        created = operations.perform(
            self,
            "Workspace not created",
            workspaces.new_workspace,
            path=target,
            call_file=call_file,
        )
        if created is not None:
            self.open_path(target)

    @Slot()
    def open_dialog(self) -> None:
        """Open a workspace the user chooses."""
        path = self._choose_file("Open workspace", OPEN_FILTER)
        if path is None:
            return
        # An evaluator's first file is their package: opening it means making its workspace.
        if path.suffix.lower() == PACKAGE_SUFFIX:
            self.open_package(path)
        else:
            self.open_path(path)

    @Slot()
    def open_demo(self) -> None:
        """Open the demo workspace, creating it on first use."""
        if self._demo_path is None:
            return
        if not self._demo_path.exists():
            self._demo_path.parent.mkdir(parents=True, exist_ok=True)
            if not operations.perform(
                self, "Demo not created", workspaces.create_demo, path=self._demo_path
            ):
                return
        self.open_path(self._demo_path)

    @Slot(Path)
    def open_path(self, path: Path | str, *, read_only_if_damaged: bool = False) -> bool:
        """Open the workspace at ``path`` (or the server's, for a URL) in place of the current.

        A damaged workspace offers its latest good backup; with ``read_only_if_damaged`` one
        whose data can still be read is opened read-only instead.
        """
        try:
            workspace = workspaces.open_place(path, read_only_if_damaged=read_only_if_damaged)
            opened = workspaces.describe(workspace=workspace)
            spec, own = opened.spec, opened.own
        except DamagedWorkspace as error:
            if read_only_if_damaged:
                msgbox.refusal(self, "Workspace not opened", error)
                return False
            return isinstance(path, Path) and offer_backup(self, path, error, self.open_path)
        except EvaluatorError as error:
            msgbox.refusal(self, "Workspace not opened", error)
            return False
        self.close_workspace()
        self.workspace = workspace
        self.spec = spec
        self.own = own
        if isinstance(path, Path):
            settings.add_recent_file(path)
        else:
            settings.add_recent_server(workspaces.shown(path))
        self._show_workspace()
        self._show_damage()
        self.server_watch.watch(workspace)
        self.navigation.setCurrentRow(PAGES.index("Scoring" if own else "Proposals"))
        self.workspace_opened.emit(path)
        return True

    def _show_damage(self) -> None:
        """The banner, title and File menu of a damaged workspace open read-only."""
        workspace = self.workspace
        self.read_only_banner.show_workspace(workspace)
        if workspace is None or not workspace.read_only:
            return
        for action in (self.import_action, self.import_returns_action, self.send_back_action):
            action.setEnabled(False)
        self.setWindowTitle(
            self.windowTitle().replace(
                f"{workspace.path.name} — ", f"{workspace.path.name} (read-only: damaged) — ", 1
            )
        )

    @Slot()
    def _restore_requested(self) -> None:
        """Offer the damaged workspace's latest good backup again (it stays open if declined)."""
        if self.workspace is not None and self.workspace.damage is not None:
            damage = DamagedWorkspace(self.workspace.damage, readable=True)
            offer_backup(self, self.workspace.path, damage, self.open_path)

    @Slot()
    def close_workspace(self) -> None:
        """Close the open workspace; the file is then complete on disk."""
        self.scoring_page.flush()
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = None
        self.server_watch.watch(None)
        self.spec = None
        self.own = None
        self._show_workspace()
        self._show_damage()

    @Slot()
    def open_package_dialog(self) -> None:
        """Make an evaluator's workspace from a package, then open it on the Scoring page."""
        package = self._choose_file("Open evaluation package", PACKAGE_FILTER)
        if package is not None:
            self.open_package(package)

    def open_package(self, package: Path) -> None:
        """Make an evaluator's workspace from ``package`` where the user says, and open it."""
        try:
            body = exchange.read_package(package)
        except EvaluatorError as error:
            msgbox.refusal(self, "Package not opened", error)
            return
        suggested = package.with_name(
            safe_file_name(f"{body.call.id} - {body.evaluator.name}{WORKSPACE_SUFFIX}")
        )
        name, _ = QFileDialog.getSaveFileName(
            self, "Save your evaluation workspace as", str(suggested), WORKSPACE_FILTER
        )
        if not name:
            return
        target = Path(name)
        if not target.suffix:
            target = target.with_suffix(WORKSPACE_SUFFIX)

        def opened(_opened: exchange.Opened) -> None:
            self.open_path(target)

        operations.in_background(
            self,
            f"Opening {package.name}…",
            exchange.open_package,
            on_done=opened,
            refused="Package not opened",
            package=package,
            path=target,
        )

    @Slot()
    def send_back(self) -> None:
        """Write the evaluator's signed returns file, to send to the chair."""
        if self.workspace is None or self.own is None:
            return
        revision = exchange.next_returns_revision(workspace=self.workspace)
        suggested = safe_file_name(
            f"{self.spec.call.id if self.spec else 'call'} - {self.own} - returns {revision}.ger"
        )
        folder = settings.remembered_folder() or str(self.workspace.path.parent)
        name, _ = QFileDialog.getSaveFileName(
            self, "Send back scores", str(Path(folder) / suggested), RETURNS_FILTER
        )
        if not name:
            return
        out = Path(name)
        settings.set_last_folder(out)
        self.scoring_page.flush()
        done = operations.perform(
            self, "Scores not written", exchange.export_returns, workspace=self.workspace, out=out
        )
        if done is not None:
            report = done.result
            msgbox.information(
                self,
                "Scores ready to send",
                f"{out.name} holds revision {report.revision}: "
                f"{plural(report.reviews, 'review')}, {report.submitted} submitted, "
                f"{plural(report.scores, 'score')}.\n\nSend this file to the chair "
                "(e-mail or USB stick). It is signed: any change to it will be detected.",
            )

    @Slot()
    def import_dialog(self) -> None:
        """Import a proposals file the user chooses."""
        if self.workspace is None:
            return
        if self.workspace.read_only:
            error = WorkspaceError(read_only_message(self.workspace.path))
            msgbox.refusal(self, "Proposals not imported", error)
            return
        path = self._choose_file(
            "Import proposals",
            "Proposals (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel workbooks (*.xlsx);;"
            "OpenDocument spreadsheets (*.ods)",
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> operations.Job | None:
        """Import ``path`` into the open workspace, off the GUI thread."""
        if self.workspace is None:
            return None
        job = operations.import_proposals(
            parent=self, workspace=self.workspace, path=path, on_imported=self._imported
        )
        self._job = job
        job.finished.connect(self._job_finished)
        return job

    @Slot()
    def _job_finished(self) -> None:
        self._job = None

    @Slot(str)
    def _explain(self, reference: str) -> None:
        """Show the reviews, exclusions and consensus behind a proposal's final score."""
        self.navigation.setCurrentRow(PAGES.index("Reconciliation"))
        self.reconciliation_page.tabs.setCurrentIndex(0)
        self.reconciliation_page.open(reference)

    @Slot(object)
    def _changes_made(self, changes: Changes) -> None:
        """What an action changed: the proposals list follows, the page on screen reloads
        if it shows any of it, and the others reload when next shown (see pages/lazy.py)."""
        if changes.touches("proposals"):
            self.refresh()
        self.refresh_shown()

    @Slot()
    def refresh_shown(self) -> None:
        """Reload the page on screen if the workspace changed since it last loaded: scores
        change on other pages, through imports and in other programs (see ui/pages/lazy.py).

        While this window's own background job writes, the page waits for its result.
        """
        row = self.navigation.currentRow()
        if (
            self.workspace is None
            or not 0 <= row < len(PAGES)
            or self.stack.currentWidget() is not self.body
        ):
            return
        if self._job is not None and self._job.isRunning():
            return
        page = self._page(PAGES[row])
        try:
            if isinstance(page, LazyPage):
                page.refresh_if_stale()
            elif page is self.proposals_page and self._proposals_loaded != freshness(
                self.workspace
            ):
                self.refresh()
        except WorkspaceError as error:
            # Another program holds the file locked: the page reloads at the next chance.
            self.statusBar().showMessage(error.message, 10_000)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh_shown()
        return super().event(event)

    @Slot(Qt.ApplicationState)
    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.refresh_shown()

    @Slot(int)
    def _page_shown(self, _row: int) -> None:
        self.refresh_shown()

    def _imported(self, report: ImportReport) -> None:
        self.navigation.setCurrentRow(PAGES.index("Proposals"))
        self.statusBar().showMessage(report.summary("the file"), 10_000)
        self.proposals_imported.emit()

    def refresh(self) -> None:
        """Reload what the pages show from the workspace."""
        loaded = freshness(self.workspace)
        if self.workspace is None:
            self.proposals_page.show_proposals(None, [])
            self._proposals_loaded = loaded
            return
        listed = proposals.list_proposals(workspace=self.workspace)
        self.proposals_page.show_proposals(self.spec, listed)
        self._proposals_loaded = loaded

    def _show_workspace(self) -> None:
        has_workspace = self.workspace is not None
        chair = has_workspace and self.own is None
        self.import_action.setEnabled(chair)
        self.import_returns_action.setEnabled(chair)
        self.send_back_action.setEnabled(
            self.own is not None and not isinstance(self.workspace, ServerWorkspace)
        )
        self.close_action.setEnabled(has_workspace)
        # An evaluator's workspace shows only what the evaluator works with.
        for row, name in enumerate(PAGES):
            self.navigation.item(row).setHidden(
                self.own is not None and name not in EVALUATOR_PAGES
            )
        self.call_page.show_call(self.spec, self.workspace)
        workspace = self.workspace
        self.proposals_page.history_of = (
            (lambda reference: workspaces.history(workspace=workspace, reference=reference))
            if workspace is not None
            else None
        )
        self.proposals_page.documents.show_workspace(
            workspace, editable=chair and workspace is not None and not workspace.read_only
        )
        self.evaluators_page.show_workspace(self.workspace if chair else None, self.spec)
        self.reconciliation_page.show_workspace(self.workspace if chair else None, self.spec)
        self.ranking_page.show_workspace(self.workspace if chair else None, self.spec)
        self.contracts_page.show_workspace(self.workspace if chair else None, self.spec)
        self.scoring_page.show_workspace(self.workspace, self.spec, self.own)
        self.refresh()
        if self.workspace is None:
            self.welcome.show_recent(settings.recent_files())
            self.stack.setCurrentWidget(self.welcome)
            self.setWindowTitle("Grant Evaluator")
            self.setWindowFilePath("")
        else:
            self.stack.setCurrentWidget(self.body)
            self.setWindowFilePath(str(self.workspace.path))
            title = self.spec.call.title if self.spec else ""
            self.setWindowTitle(f"{self.workspace.path.name} — {title} — Grant Evaluator")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scoring_page.flush()
        if self._job is not None and self._job.isRunning():
            # Whatever the job was writing is rolled back; the file stays as it was.
            self._job.cancel()
            self._job.wait()
        settings.set_geometry(self.saveGeometry())
        self.close_workspace()
        event.accept()
