"""Shared test setup: Qt runs offscreen, every test gets its own workspace folder."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import itertools
from collections.abc import Iterator

import pytest

from evaluator import i18n
from tests.postgres import NoServer, Server, temporary_server


@pytest.fixture(autouse=True)
def _private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Backups and the demo go to a folder of the test's own, never the user's data folder."""
    monkeypatch.setenv("GRANT_EVALUATOR_DATA", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(autouse=True)
def _english_after_each_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English, whatever the machine's GRANT_EVALUATOR_LANG, and a test
    that switches the language leaves English behind it."""
    monkeypatch.delenv(i18n.ENV, raising=False)
    yield
    i18n.use(i18n.SOURCE)


_databases = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """A PostgreSQL server of the test run's own, on loopback, started when a test first asks
    for it; never skipped (without the server's programs, the test fails saying how to get
    them)."""
    try:
        with temporary_server() as server:
            yield server
    except NoServer as missing:
        pytest.fail(str(missing), pytrace=False)


@pytest.fixture
def pg_url(pg_server: Server) -> str:
    """The URL of a new, empty database on the test run's server."""
    return pg_server.new_database(f"ws{next(_databases)}")


@pytest.fixture(scope="session")
def _pg_demo_template(pg_server: Server) -> str:
    """A database holding the demo, built once, that other databases are copied from."""
    from evaluator.actions.workspace import create_demo

    create_demo(path=pg_server.new_database("demo_template"))
    return "demo_template"


@pytest.fixture
def pg_demo_url(pg_server: Server, _pg_demo_template: str) -> str:
    """The URL of a new database holding the demo (a copy of the template: seconds faster
    than building it)."""
    name = f"demo{next(_databases)}"
    pg_server.sql(f'CREATE DATABASE "{name}" TEMPLATE "{_pg_demo_template}"')
    return pg_server.url(name)
