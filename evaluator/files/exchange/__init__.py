"""Offline exchange: evaluation packages out, signed returns in, merged deterministically.

Both files are a signed plain-text envelope, readable in any editor::

    GRANT-EVALUATOR PACKAGE 2          (or RETURNS 1)
    { ...the content, as JSON... }
    SIGNATURE ed25519 <base64>
    <a package's documents: their bytes, one after the other>

The Ed25519 signature covers every byte before its line, so any change anywhere — a flipped
byte, a cut-off end, an edited score — is detected. A package's content lists its documents
with their size and SHA-256, so the signature covers their bytes too: each is hashed as it is
read, before it is stored. Nothing is unpacked: there are no archive members, paths or
compression to abuse. Format 1 packages (without documents) are still read.

A package is signed by the chair's workspace and carries a signing key issued to that
evaluator; their returns are signed with it, and the chair's workspace verifies them against
the public half it kept.

``envelope`` seals and opens the files, ``values`` and ``bodies`` say what they may hold,
``package`` and ``returns`` write and read them, ``authority`` says what returns may change,
``merge`` writes them into the chair's reviews and ``history`` keeps what was exchanged. The
workspace's own identity and settings are a service: ``evaluator.services.identity``.
"""

from __future__ import annotations

from evaluator.files.exchange.bodies import PackageBody, ReturnsBody, ReviewData
from evaluator.files.exchange.envelope import (
    FORMAT,
    MAGIC,
    MAX_FILE_BYTES,
    READ,
    SIGNATURE_PREFIX,
    WRITTEN,
    Envelope,
    ExchangeError,
    open_envelope,
    seal,
    write_on_commit,
)
from evaluator.files.exchange.history import ExchangeStatus, exchange_status
from evaluator.files.exchange.merge import score_changes
from evaluator.files.exchange.package import (
    Opened,
    PackageReport,
    export_package,
    open_package,
    read_package,
)
from evaluator.files.exchange.returns import (
    MergeResult,
    ReturnsReport,
    export_returns,
    import_returns,
)
from evaluator.files.exchange.values import printable
from evaluator.services.identity import own_evaluator, require_chair, setting

__all__ = [
    "FORMAT",
    "MAGIC",
    "MAX_FILE_BYTES",
    "READ",
    "SIGNATURE_PREFIX",
    "WRITTEN",
    "Envelope",
    "ExchangeError",
    "ExchangeStatus",
    "MergeResult",
    "Opened",
    "PackageBody",
    "PackageReport",
    "ReturnsBody",
    "ReturnsReport",
    "ReviewData",
    "exchange_status",
    "export_package",
    "export_returns",
    "import_returns",
    "open_envelope",
    "open_package",
    "own_evaluator",
    "printable",
    "read_package",
    "require_chair",
    "score_changes",
    "seal",
    "setting",
    "write_on_commit",
]
