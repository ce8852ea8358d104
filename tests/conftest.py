"""Shared test setup: Qt runs offscreen, every test gets its own workspace folder."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
