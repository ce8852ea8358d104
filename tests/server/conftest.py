"""The server tests: the PostgreSQL fixtures are the whole run's (``tests/conftest.py``); GUI
tests here remember no files or servers of the user's."""

from __future__ import annotations

from tests.ui.conftest import isolated_settings  # noqa: F401
