"""File ▸ Connect to server…: open a workspace kept in a database on a PostgreSQL server.

The dialog asks for the server, the database and the role to sign in as. libpq finds the
password in ``~/.pgpass`` or ``PGPASSWORD``; when it finds none, the password is asked for
and used for this connection only: Grant Evaluator never stores one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import workspace as workspaces
from evaluator.errors import EvaluatorError, PasswordNeeded
from ui import settings
from ui.i18n import translate

DEFAULT_PORT = 5432


class ServerDialog(QDialog):
    """The server's address (host, or host:port), the database and the role to sign in as;
    a whole ``postgresql://`` URL may be pasted into the address instead."""

    def __init__(self, parent: QWidget | None, last: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("server_connect", "Connect to server"))
        self.address = QLineEdit()
        self.address.setObjectName("server_address")
        self.address.setPlaceholderText(
            translate("server_connect", "db.example.org or db.example.org:5432")
        )
        self.database = QLineEdit()
        self.database.setObjectName("server_database")
        self.user = QLineEdit()
        self.user.setObjectName("server_user")
        self.user.setPlaceholderText(translate("server_connect", "your database role, e.g. ana_s"))
        if last:
            self.address.setText(last)
        form = QFormLayout()
        form.addRow(translate("server_connect", "&Server:"), self.address)
        form.addRow(translate("server_connect", "&Database:"), self.database)
        form.addRow(translate("server_connect", "&Sign in as:"), self.user)
        note = QLabel(
            translate(
                "server_connect",
                "The password comes from ~/.pgpass or PGPASSWORD; if there is none, "
                "you are asked "
                "for it. Grant Evaluator never stores a password.",
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("server_connect", "Connect")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def url(self) -> str:
        """The ``postgresql://`` URL the fields make (the address itself when it is one)."""
        address = self.address.text().strip()
        if workspaces.is_server(address):
            return address
        user = self.user.text().strip()
        host = address or "localhost"
        if ":" not in host:
            host = f"{host}:{DEFAULT_PORT}"
        return f"postgresql://{user + '@' if user else ''}{host}/{self.database.text().strip()}"

    @classmethod
    def ask(cls, parent: QWidget | None, last: str | None) -> str | None:
        dialog = cls(parent, last)
        return dialog.url() if dialog.exec() == QDialog.DialogCode.Accepted else None


def connect(parent: QWidget, open_place: Callable[[str], bool]) -> bool:
    """Ask for a server workspace and open it with ``open_place``; the password is asked for
    once when libpq has none. Whether it opened."""
    servers = settings.recent_servers()
    url = ServerDialog.ask(parent, servers[0] if servers else None)
    if url is None:
        return False
    return open_with_password(parent, url, open_place)


def open_with_password(parent: QWidget, url: str, open_place: Callable[[str], bool]) -> bool:
    """``open_place(url)``; if the server asks for a password libpq did not find, ask the
    user once and try again with it (kept in memory for this connection only)."""
    try:
        workspaces.open_place(url).close()  # a probe: the window then opens it for real
    except PasswordNeeded as error:
        password, given = QInputDialog.getText(
            parent,
            translate("server_connect", "Password"),
            translate("server_connect", "{message}\n\nPassword for {shown}:").format(
                message=error.message, shown=workspaces.shown(url)
            ),
            QLineEdit.EchoMode.Password,
        )
        if not given:
            return False
        return open_place(workspaces.with_password(url, password))
    except EvaluatorError:
        pass  # the window opens it again and says what is wrong, in its own dialog
    return open_place(url)
