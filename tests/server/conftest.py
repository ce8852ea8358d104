"""The server tests' PostgreSQL: one temporary cluster per test run, a database per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from tests.postgres import NoServer, Server, temporary_server
from tests.ui.conftest import isolated_settings  # noqa: F401  (no remembered files or servers)

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """A PostgreSQL server of the test run's own, on loopback; never skipped."""
    try:
        with temporary_server() as server:
            yield server
    except NoServer as missing:
        pytest.fail(str(missing), pytrace=False)


@pytest.fixture
def pg_url(pg_server: Server) -> str:
    """The URL of a new, empty database on the test run's server."""
    return pg_server.new_database(f"ws{next(_numbers)}")
