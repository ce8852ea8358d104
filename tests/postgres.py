"""A real PostgreSQL server for the tests: a temporary cluster that the test run starts on
loopback, on a free port, and stops at its end.

The server's programs come from the machine (Debian's ``postgresql`` package: ``.ci/run``
installs it when it is missing). A run without them fails with one sentence saying how to get
them; the server tests are never skipped.
"""

from __future__ import annotations

import contextlib
import getpass
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Where Debian puts the server's programs, newest first; PATH and pg_config come before.
DEBIAN_BINDIRS = "/usr/lib/postgresql/*/bin"
HOW_TO_GET_ONE = (
    "The server tests need PostgreSQL's server programs (initdb, pg_ctl): on Debian or Ubuntu "
    "`sudo apt install postgresql`, or set GRANT_EVALUATOR_PG_BINDIR to the folder that holds "
    "them."
)


class NoServer(RuntimeError):
    """The machine has no PostgreSQL server programs."""


def server_bindir() -> Path:
    """The folder of ``initdb`` and ``pg_ctl``."""
    chosen = os.environ.get("GRANT_EVALUATOR_PG_BINDIR")
    candidates = [Path(chosen)] if chosen else []
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).resolve().parent)
    config = shutil.which("pg_config")
    if config:
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            out = subprocess.run([config, "--bindir"], capture_output=True, text=True, check=True)
            candidates.append(Path(out.stdout.strip()))
    candidates += [Path(p) for p in sorted(glob.glob(DEBIAN_BINDIRS), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise NoServer(HOW_TO_GET_ONE)


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Server:
    """A running temporary cluster: its superuser connects by password-less trust."""

    port: int
    superuser: str
    folder: Path

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        """``postgresql://user@127.0.0.1:port/database``."""
        return f"postgresql://{user or self.superuser}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run ``statement`` as the superuser, outside any transaction."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            connection.execute(statement.encode())

    def new_database(self, name: str) -> str:
        """Create an empty database ``name``; its URL."""
        self.sql(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _run(*argv: str | Path, env: dict[str, str]) -> None:
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(str(argv[0])).name} failed: {done.stderr.strip()[-2000:]}")


@contextlib.contextmanager
def temporary_server() -> Iterator[Server]:
    """Start a new cluster in a temporary folder, on loopback only; stop and remove it after."""
    bindir = server_bindir()
    folder = Path(tempfile.mkdtemp(prefix="ge-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    user = getpass.getuser()
    run_as: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root: as nobody, in a folder it owns
        user = "postgres_test"
        run_as = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]
        os.chmod(folder, 0o777)
        shutil.chown(sockets, "nobody", "nogroup")
        os.chmod(sockets, 0o777)
    port = free_port()
    try:
        _run(*run_as, bindir / "initdb", "-D", data, "-U", user, "-A", "trust", "-E", "UTF8",
             "--no-locale", "--no-sync", env=env)  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sockets} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=120 -c shared_buffers=64MB"
        )
        _run(*run_as, bindir / "pg_ctl", "-D", data, "-o", options, "-l", folder / "log",
             "-w", "-t", "60", "start", env=env)  # fmt: skip
        try:
            yield Server(port=port, superuser=user, folder=folder)
        finally:
            _run(*run_as, bindir / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop", env=env)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
