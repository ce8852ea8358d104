"""The main window: the File menu, the navigation between pages, and the open workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication
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
from evaluator.rules.text import safe_file_name
from ui import (
    file_actions,
    help_menu,
    language,
    menus,
    msgbox,
    operations,
    recent_menu,
    server_connect,
    settings,
)
from ui.damaged import ReadOnlyBanner, offer_backup
from ui.i18n import QT_TRANSLATE_NOOP, translate
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
    QT_TRANSLATE_NOOP("main_window", "Call"),
    QT_TRANSLATE_NOOP("main_window", "Proposals"),
    QT_TRANSLATE_NOOP("main_window", "Evaluators"),
    QT_TRANSLATE_NOOP("main_window", "Scoring"),
    QT_TRANSLATE_NOOP("main_window", "Reconciliation"),
    QT_TRANSLATE_NOOP("main_window", "Ranking"),
    QT_TRANSLATE_NOOP("main_window", "Contracts"),
)
EVALUATOR_PAGES = (
    QT_TRANSLATE_NOOP("main_window", "Call"),
    QT_TRANSLATE_NOOP("main_window", "Scoring"),
)
PACKAGE_SUFFIX = ".gep"


class MainWindow(QMainWindow):
    """One window per running application, showing one workspace at a time.

    Signals: ``workspace_opened(path)`` after a workspace is opened, ``proposals_imported()``
    after an import changed the proposals, ``language_changed(window)`` when this window
    gave way to ``window``, built in the language chosen.
    """

    workspace_opened = Signal(object)
    proposals_imported = Signal()
    language_changed = Signal(object)
    # The menus' actions (ui/menus.py).
    new_action: QAction
    open_action: QAction
    recent_menu: QMenu
    connect_action: QAction
    import_action: QAction
    open_package_action: QAction
    import_returns_action: QAction
    send_back_action: QAction
    close_action: QAction
    quit_action: QAction
    language_actions: QActionGroup

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
        self.navigation.addItems([translate("main_window", page) for page in PAGES])
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
        menus.build_file_menu(self)
        menus.build_view_menu(self, self.switch_language)
        self.help_actions = help_menu.add_menu(self)
        self._fill_recent_menu()

    def switch_language(self, code: str) -> None:
        """Speak ``code`` from now on: this window hands its workspace to a new one built in
        that language (Qt builds each screen's words once), then closes."""
        if self._job is not None and self._job.isRunning():
            msgbox.refusal(
                self,
                translate("main_window", "Language not changed"),
                EvaluatorError(
                    translate(
                        "main_window", "Wait until the work under way is done, then try again."
                    )
                ),
            )
            return
        self.scoring_page.flush()
        settings.set_geometry(self.saveGeometry())
        settings.set_language(code)
        language.install(code)
        successor = MainWindow(demo_path=self._demo_path)
        successor.take_over(self)
        successor.show()
        self.close()
        self.language_changed.emit(successor)

    def take_over(self, other: MainWindow) -> None:
        """Show the workspace ``other`` shows, on the same page; ``other`` lets go of it."""
        if other.workspace is None:
            return
        self.workspace, self.spec, self.own = other.workspace, other.spec, other.own
        row = other.navigation.currentRow()
        other.server_watch.watch(None)
        other.workspace = None
        self._show_workspace()
        self._show_damage()
        self.server_watch.watch(self.workspace)
        self.navigation.setCurrentRow(row)

    @Slot()
    def _fill_recent_menu(self) -> None:
        def reopen(place: Path | str) -> object:
            if isinstance(place, str):
                return server_connect.open_with_password(self, place, self.open_path)
            return self.open_path(place)

        recent_menu.fill(self.recent_menu, reopen, lambda: self.welcome.show_recent([]))

    def choose_file(self, title: str, file_filter: str, *, save: bool = False) -> Path | None:
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
        file_actions.new_workspace(self)

    @Slot()
    def open_dialog(self) -> None:
        """Open a workspace the user chooses."""
        path = self.choose_file(translate("main_window", "Open workspace"), menus.open_filter())
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
                self,
                translate("main_window", "Demo not created"),
                workspaces.create_demo,
                path=self._demo_path,
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
                msgbox.refusal(self, translate("main_window", "Workspace not opened"), error)
                return False
            return isinstance(path, Path) and offer_backup(self, path, error, self.open_path)
        except EvaluatorError as error:
            msgbox.refusal(self, translate("main_window", "Workspace not opened"), error)
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
                f"{workspace.path.name} — ",
                translate("main_window", "{name} (read-only: damaged) — ").format(
                    name=workspace.path.name
                ),
                1,
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
        package = self.choose_file(
            translate("main_window", "Open evaluation package"), menus.package_filter()
        )
        if package is not None:
            self.open_package(package)

    def open_package(self, package: Path) -> None:
        """Make an evaluator's workspace from ``package`` where the user says, and open it."""
        try:
            body = exchange.read_package(package)
        except EvaluatorError as error:
            msgbox.refusal(self, translate("main_window", "Package not opened"), error)
            return
        suggested = package.with_name(
            safe_file_name(f"{body.call.id} - {body.evaluator.name}{WORKSPACE_SUFFIX}")
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("main_window", "Save your evaluation workspace as"),
            str(suggested),
            menus.workspace_filter(),
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
            translate("main_window", "Opening {name}…").format(name=package.name),
            exchange.open_package,
            on_done=opened,
            refused=translate("main_window", "Package not opened"),
            package=package,
            path=target,
        )

    @Slot()
    def send_back(self) -> None:
        """Write the evaluator's signed returns file, to send to the chair."""
        file_actions.send_back(self)

    @Slot()
    def import_dialog(self) -> None:
        """Import a proposals file the user chooses."""
        if self.workspace is None:
            return
        if self.workspace.read_only:
            error = WorkspaceError(read_only_message(self.workspace.path))
            msgbox.refusal(self, translate("main_window", "Proposals not imported"), error)
            return
        path = self.choose_file(
            translate("main_window", "Import proposals"),
            translate(
                "main_window",
                "Proposals (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel workbooks "
                "(*.xlsx);;"
                "OpenDocument spreadsheets (*.ods)",
            ),
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
        self.statusBar().showMessage(report.summary(translate("main_window", "the file")), 10_000)
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
            self.setWindowTitle(
                translate("main_window", "{name} — {title} — Grant Evaluator").format(
                    name=self.workspace.path.name, title=title
                )
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scoring_page.flush()
        if self._job is not None and self._job.isRunning():
            # Whatever the job was writing is rolled back; the file stays as it was.
            self._job.cancel()
            self._job.wait()
        settings.set_geometry(self.saveGeometry())
        self.close_workspace()
        event.accept()
