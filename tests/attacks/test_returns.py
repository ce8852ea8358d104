"""Attacks through returns files: an evaluator editing their own workspace with any SQLite tool,
and correctly signed returns carrying hostile values. The chair's workspace decides."""

from __future__ import annotations

import base64
import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from evaluator.files.exchange import setting
from tests.cli_helpers import ok, run
from tests.factories import (
    EVALUATORS,
    Round,
    canonical_dump,
    envelope_body,
    reading,
    references_of,
)
from tests.factories import edit_with_sqlite as sql

ANA, BESNIK, DRAGANA = (name for name, _country in EVALUATORS[:3])


def review_row(workspace: Path, name: str, reference: str) -> dict[str, Any]:
    """The review of ``reference`` by ``name`` as the workspace stores it."""
    connection = sqlite3.connect(workspace)
    connection.row_factory = sqlite3.Row
    row = connection.execute(
        "SELECT review.* FROM review JOIN evaluator ON evaluator.id = review.evaluator_id "
        "JOIN proposal ON proposal.id = review.proposal_id "
        "WHERE evaluator.name = ? AND proposal.reference = ?",
        (name, reference),
    ).fetchone()
    connection.close()
    return dict(row) if row else {}


def of_review(reference: str) -> str:
    """The SQL condition that picks the evaluator workspace's review of ``reference``."""
    return f"review_id IN (SELECT review.id FROM review JOIN proposal ON proposal.id = " \
           f"review.proposal_id WHERE proposal.reference = '{reference}')"  # fmt: skip


def send_again(capsys: pytest.CaptureFixture[str], game: Round, name: str, out: Path) -> Path:
    """The evaluator's application exports their (edited) workspace's returns again."""
    ok(capsys, game.workspaces[name], "export-returns", "--out", out)
    return out


def import_to_chair(capsys: pytest.CaptureFixture[str], game: Round, *files: Path) -> str:
    return ok(capsys, game.chair, "import-returns", *files)


@pytest.fixture
def merged(game: Round, capsys: pytest.CaptureFixture[str]) -> Round:
    """Ana's first returns (every review submitted) merged into the chair's workspace."""
    import_to_chair(capsys, game, game.returns[ANA])
    return game


EDITS: dict[str, tuple[Callable[[str], list[str]], str]] = {
    "rescored": (
        lambda ref: [f"UPDATE score SET value = '1', comment = 'Slabo.' WHERE {of_review(ref)}"],
        "change its scores or comments",
    ),
    "unsubmitted": (
        lambda ref: [
            "UPDATE review SET submitted_at = NULL WHERE proposal_id = "
            f"(SELECT id FROM proposal WHERE reference = '{ref}')"
        ],
        "un-submit it",
    ),
    "declaration withdrawn": (
        lambda ref: [
            "UPDATE review SET submitted_at = NULL, declared_at = NULL WHERE proposal_id = "
            f"(SELECT id FROM proposal WHERE reference = '{ref}')"
        ],
        "withdraw the declaration of no conflict of interest",
    ),
}


@pytest.mark.parametrize("attack", list(EDITS))
def test_a_submitted_and_merged_review_stays_as_the_chair_holds_it(
    merged: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path, attack: str
) -> None:
    game = merged
    reference = references_of(game.chair, ANA)[0]
    statements, words = EDITS[attack]
    before = canonical_dump(game.chair)
    sql(game.workspaces[ANA], *statements(reference))

    out = import_to_chair(capsys, game, send_again(capsys, game, ANA, tmp_path / "ana-2.ger"))

    assert canonical_dump(game.chair) == before
    assert review_row(game.chair, ANA, reference)["submitted_at"] is not None
    assert f"not merged: {reference}: the chair holds this review as submitted, but these " \
           "returns " in out  # fmt: skip
    assert words in out
    with reading(game.chair) as session:
        from evaluator.storage.audit import history

        kept = [e for e in history(session, reference) if e.action == "returns not merged"]
    assert len(kept) == 1 and words in kept[0].changes["kept"]


def test_a_raised_chair_version_does_not_undo_a_reopening(
    merged: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    game = merged
    reference = references_of(game.chair, ANA)[0]
    ok(capsys, game.chair, "reopen", reference, ANA, "--reason", "Provjeriti 2.1")
    before = canonical_dump(game.chair)
    # The evaluator's copy still holds it submitted; they claim a chair version far ahead.
    sql(game.workspaces[ANA], "UPDATE review SET chair_version = 99")

    out = import_to_chair(capsys, game, send_again(capsys, game, ANA, tmp_path / "ana-2.ger"))

    assert review_row(game.chair, ANA, reference)["submitted_at"] is None
    assert canonical_dump(game.chair) == before
    assert f"not merged: {reference}: the chair changed this review after {ANA}'s package " \
           "was made; it is kept as the chair left it" in out  # fmt: skip


def test_a_raised_chair_version_does_not_undo_an_exclusion(
    merged: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    game = merged
    reference = references_of(game.chair, ANA)[1]
    ok(capsys, game.chair, "exclude", reference, ANA, "--reason", "Pristrasno")
    before = canonical_dump(game.chair)
    sql(
        game.workspaces[ANA],
        "UPDATE review SET chair_version = 99, submitted_at = NULL",
        f"UPDATE score SET value = '5', comment = 'Odlično.' WHERE {of_review(reference)}",
    )

    out = import_to_chair(capsys, game, send_again(capsys, game, ANA, tmp_path / "ana-2.ger"))

    row = review_row(game.chair, ANA, reference)
    assert (row["excluded"], row["exclusion_reason"]) == (1, "Pristrasno")
    assert row["submitted_at"] is not None
    assert canonical_dump(game.chair) == before
    assert f"{reference}: the chair changed this review after {ANA}'s package" in out


def test_a_conflict_declared_for_a_submitted_review_does_not_release_it(
    merged: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    game = merged
    reference = references_of(game.chair, ANA)[0]
    before = canonical_dump(game.chair)
    sql(
        game.workspaces[ANA],
        "INSERT INTO conflict (evaluator_id, proposal_id, reason, declared, created_at) "
        f"SELECT 1, id, 'Rođak', 1, '2026-11-30 10:00:00' FROM proposal WHERE reference = "
        f"'{reference}'",
        "DELETE FROM review WHERE proposal_id = "
        f"(SELECT id FROM proposal WHERE reference = '{reference}')",
    )

    out = import_to_chair(capsys, game, send_again(capsys, game, ANA, tmp_path / "ana-2.ger"))

    assert review_row(game.chair, ANA, reference)["submitted_at"] is not None
    assert canonical_dump(game.chair) == before
    assert f"{reference}: the chair holds this review as submitted, but these returns declare " \
           "a conflict of interest for it" in out  # fmt: skip
    code, listing, _ = run(capsys, "-w", game.chair, "evaluators", "--format", "json")
    assert code == 0 and "Rođak" not in listing


def test_a_review_assigned_again_after_a_release_is_not_the_old_packages(
    game: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The chair releases a review (conflict), withdraws the conflict and assigns the
    evaluator again: returns made from the first package cannot fill the new review."""
    reference = references_of(game.chair, ANA)[0]
    ok(capsys, game.chair, "conflict-add", ANA, reference, "--reason", "Provjera")
    with reading(game.chair) as session:
        assert setting(session, "workspace_id") is not None
    from evaluator.services.evaluators import find_evaluator, find_proposal, remove_conflict
    from tests.factories import transaction

    with transaction(game.chair) as session:
        remove_conflict(
            session=session,
            evaluator=find_evaluator(session, ANA),
            proposal=find_proposal(session, reference),
        )
    ok(capsys, game.chair, "assign")
    assert review_row(game.chair, ANA, reference)

    out = import_to_chair(capsys, game, game.returns[ANA])

    assert review_row(game.chair, ANA, reference)["submitted_at"] is None
    assert f"{reference}: this review was assigned to {ANA} after the package these returns " \
           "come from was made" in out  # fmt: skip


def test_a_reopened_review_can_be_changed_from_the_package_issued_after(
    merged: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The legitimate path still works: the chair reopens, sends a new package, the evaluator
    rescores and submits again, and the chair's import takes it."""
    game = merged
    reference = references_of(game.chair, ANA)[0]
    ok(capsys, game.chair, "reopen", reference, ANA, "--reason", "Provjeriti 2.1")
    package = tmp_path / "ana-again.gep"
    ok(capsys, game.chair, "export-package", ANA, "--out", package)
    again = tmp_path / "ana-again.gew"
    ok(capsys, again, "open-package", package)
    ok(capsys, again, "score", reference, "2.1", "4", "--comment", "Popravljeno.")
    ok(capsys, again, "submit", reference)
    returns = tmp_path / "ana-again.ger"
    ok(capsys, again, "export-returns", "--out", returns)

    out = import_to_chair(capsys, game, returns)

    assert "not merged" not in out
    assert review_row(game.chair, ANA, reference)["submitted_at"] is not None
    assert any(row[:4] == (reference, ANA, "2.1", "4") for row in canonical_dump(game.chair))


# --- hostile values in correctly signed returns -----------------------------------------------


def _review(edit: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def change(body: dict[str, Any]) -> None:
        edit(body["reviews"][0])

    return change


def _first_score(**values: Any) -> Callable[[dict[str, Any]], None]:
    return _review(lambda review: review["scores"][0].update(values))


HOSTILE: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "revision 2**63": (lambda b: b.update(revision=2**63), "revision: Input should be less"),
    "negative revision": (lambda b: b.update(revision=-1), "revision: Input should be greater"),
    "chair version 2**64": (
        _review(lambda r: r.update(chair_version=2**64)),
        "RG-001 chair_version: Input should be less",
    ),
    "year 9999": (
        _review(lambda r: r.update(submitted_at="9999-12-31T23:59:59-14:00")),
        "RG-001 submitted_at: “9999-12-31T23:59:59-14:00” is not a plausible date and time",
    ),
    "year 1": (
        _review(lambda r: r.update(declared_at="0001-01-01T00:00:00+14:00")),
        "RG-001 declared_at: “0001-01-01T00:00:00+14:00” is not a plausible date and time",
    ),
    "no time zone": (
        _review(lambda r: r.update(submitted_at="2026-11-27T10:15:00")),
        "RG-001 submitted_at: “2026-11-27T10:15:00” has no time zone",
    ),
    "not a date": (
        _review(lambda r: r.update(submitted_at="yesterday")),
        "RG-001 submitted_at: “yesterday” is not a date and time",
    ),
    "lone surrogate in a comment": (
        _first_score(comment="Dobro \ud800"),
        "RG-001 1.1 comment: holds an unpaired surrogate",
    ),
    "lone surrogate in a reference": (
        _review(lambda r: r.update(reference="RG-001\udfff")),
        "holds an unpaired surrogate",
    ),
    "NUL in a comment": (_first_score(comment="a\x00b"), "RG-001 1.1 comment: holds control"),
    "escape in a comment": (_first_score(comment="\x1b[2J"), "RG-001 1.1 comment: holds control"),
    "zero-width criterion": (
        _first_score(criterion="1.1\u200b"),
        "comment" if False else "holds control or invisible characters",
    ),
    "huge exponent": (_first_score(value="1E+999999999"), "RG-001 1.1 value: “1E+999999999”"),
    "NaN": (_first_score(value="NaN"), "RG-001 1.1 value: “NaN” is not a number"),
    "words for a score": (_first_score(value="four"), "RG-001 1.1 value: “four” is not a number"),
    "number instead of text": (_first_score(value=4), "RG-001 1.1 value: Input should be a"),
    "huge comment": (_first_score(comment="x" * 20_001), "longer than 20,000 characters"),
    "deep nesting": (lambda b: None, "content is unreadable"),
    "wrong type for reviews": (lambda b: b.update(reviews={"RG-001": 1}), "reviews: Input should"),
    "unknown field": (lambda b: b.update(note="hi"), "note: Extra inputs are not permitted"),
}


def signing_key(workspace: Path) -> Ed25519PrivateKey:
    """The key an evaluator's workspace signs its returns with."""
    with reading(workspace) as session:
        secret = setting(session, "signing_key")
    assert secret is not None
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret))


def signed_text(key: Ed25519PrivateKey, content: str, out: Path) -> Path:
    """A returns file whose content is ``content`` exactly, validly signed with ``key``: what
    an attacker holding the evaluator's workspace can write."""
    signed = f"GRANT-EVALUATOR RETURNS 1\n{content}\n".encode()
    out.write_bytes(signed + b"SIGNATURE ed25519 " + base64.b64encode(key.sign(signed)) + b"\n")
    return out


def _signed(game: Round, body_edit: Callable[[dict[str, Any]], None], out: Path) -> Path:
    body = envelope_body(game.returns[ANA])
    deep = body_edit is HOSTILE["deep nesting"][0]
    if not deep:
        body_edit(body)
    else:
        body["conflicts"] = "DEEP"
    # ASCII escapes, as an editor would write a lone surrogate ("\ud800").
    content = json.dumps(body, ensure_ascii=True, sort_keys=True, indent=1)
    if deep:
        content = content.replace('"DEEP"', "[" * 100_000 + "]" * 100_000)
    return signed_text(signing_key(game.workspaces[ANA]), content, out)


@pytest.mark.parametrize("attack", list(HOSTILE))
def test_hostile_values_in_signed_returns_refuse_that_file_and_the_batch_goes_on(
    game: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path, attack: str
) -> None:
    edit, words = HOSTILE[attack]
    bad = _signed(game, edit, tmp_path / "bad.ger")
    before = canonical_dump(game.chair)

    code, out, err = run(capsys, "-w", game.chair, "import-returns", bad, game.returns[BESNIK])

    assert code == 1, err
    assert "Traceback" not in err
    assert "bad.ger: refused: bad.ger " in err
    assert words in err, err
    assert "1 file of 2 refused; each refused file changed nothing." in err
    assert f"{game.returns[BESNIK].name}: imported revision 1 from {BESNIK}" in out
    assert canonical_dump(game.chair) != before  # Besnik's file went in
    assert all(row[1] != ANA for row in canonical_dump(game.chair))


def test_duplicate_keys_in_signed_returns_are_refused(
    game: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    content = json.dumps(envelope_body(game.returns[ANA]), ensure_ascii=False, indent=1)
    # The same key twice, signed: which one counts would be a guess, so neither does.
    content = '{\n "revision": 7,' + content[1:]
    bad = signed_text(signing_key(game.workspaces[ANA]), content, tmp_path / "twice.ger")

    code, _, err = run(capsys, "-w", game.chair, "import-returns", bad)

    assert code == 1
    assert "twice.ger is not usable: its content gives the key “revision” twice." in err


# --- found by the review of this change ----------------------------------------------------------


def test_a_review_id_used_again_is_not_the_one_the_package_issued(
    game: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The chair unassigns the newest review and assigns the evaluator elsewhere: the new
    review never takes the old one's id, so returns renamed to it do not fill it."""
    from evaluator.services.assignment import assign_one, unassign
    from tests.factories import transaction

    connection = sqlite3.connect(game.chair)
    newest_id, reference, name = connection.execute(
        "SELECT review.id, proposal.reference, evaluator.name FROM review JOIN proposal ON "
        "proposal.id = review.proposal_id JOIN evaluator ON evaluator.id = review.evaluator_id "
        "ORDER BY review.id DESC LIMIT 1"
    ).fetchone()
    free = connection.execute(
        "SELECT reference FROM proposal WHERE id NOT IN (SELECT proposal_id FROM review "
        "JOIN evaluator ON evaluator.id = review.evaluator_id WHERE evaluator.name = ?) "
        "ORDER BY reference LIMIT 1",
        (name,),
    ).fetchone()[0]
    connection.close()
    with transaction(game.chair) as session:
        unassign(session=session, evaluator_name=name, reference=reference)
        assign_one(session=session, evaluator_name=name, reference=free)
    assert review_row(game.chair, name, free)["id"] != newest_id

    def renamed(body: dict[str, Any]) -> None:
        for review in body["reviews"]:
            if review["reference"] == reference:
                review["reference"] = free

    forged = signed_text(
        signing_key(game.workspaces[name]),
        _edited_content(game.returns[name], renamed),
        tmp_path / "renamed.ger",
    )
    out = import_to_chair(capsys, game, forged)

    assert review_row(game.chair, name, free)["submitted_at"] is None
    assert f"{free}: this review was assigned to {name} after the package these returns " \
           "come from was made" in out  # fmt: skip


def _edited_content(source: Path, edit: Callable[[dict[str, Any]], None]) -> str:
    body = envelope_body(source)
    edit(body)
    return json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1)


def test_a_package_from_before_the_chair_kept_what_it_issued_covers_only_earlier_reviews(
    game: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Packages exported by an earlier version carry no record of what they issued: their
    returns can fill only reviews assigned by the time the package was made."""
    from evaluator.services.assignment import assign_one
    from tests.factories import transaction

    sql(game.chair, "UPDATE package SET issued = NULL")
    time.sleep(1.1)  # moments are kept to the second: the new review comes after the package
    free = next(r for r in ("RG-001", "RG-002", "RG-003", "RG-004")
                if not review_row(game.chair, ANA, r))  # fmt: skip
    with transaction(game.chair) as session:
        assign_one(session=session, evaluator_name=ANA, reference=free)
    first = references_of(game.chair, ANA)[0]

    def added(body: dict[str, Any]) -> None:
        body["reviews"].append(dict(body["reviews"][0], reference=free))

    forged = signed_text(
        signing_key(game.workspaces[ANA]),
        _edited_content(game.returns[ANA], added),
        tmp_path / "added.ger",
    )
    out = import_to_chair(capsys, game, forged)

    assert review_row(game.chair, ANA, free)["submitted_at"] is None
    assert f"{free}: this review was assigned to {ANA} after the package" in out
    assert review_row(game.chair, ANA, first)["submitted_at"] is not None  # issued: merged


def test_exporting_onto_a_folder_is_refused_before_anything_is_recorded(
    game: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    before = sqlite3.connect(game.chair).execute("SELECT count(*) FROM package").fetchone()
    code, _, err = run(capsys, "-w", game.chair, "export-package", ANA, "--out", folder)
    assert (code, err) == (
        1,
        f"grant-evaluator: {folder} is a folder; give the name of the file to write.\n",
    )
    assert sqlite3.connect(game.chair).execute("SELECT count(*) FROM package").fetchone() == before
    code, _, err = run(capsys, "-w", game.workspaces[ANA], "export-returns", "--out", folder)
    assert code == 1 and "is a folder" in err
    code, out, _ = run(
        capsys, "-w", game.workspaces[ANA], "export-returns", "--out", tmp_path / "r.ger"
    )
    assert code == 0 and "revision 2" in out  # revision 1 went out before; none was used up


def test_a_revision_far_ahead_of_the_last_is_refused(
    game: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    forged = signed_text(
        signing_key(game.workspaces[ANA]),
        _edited_content(game.returns[ANA], lambda body: body.update(revision=2**31 - 1)),
        tmp_path / "far.ger",
    )
    code, _, err = run(capsys, "-w", game.chair, "import-returns", forged)
    assert code == 1
    assert (
        f"far.ger: revision 2147483647 lies far beyond the last one imported from {ANA} (0)" in err
    )


def test_a_review_and_a_conflict_for_it_in_one_file_change_neither(
    game: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    reference = references_of(game.chair, ANA)[0]

    def both(body: dict[str, Any]) -> None:
        body["reviews"][0]["submitted_at"] = None
        body["conflicts"] = [{"reference": reference, "reason": "Rođak"}]

    forged = signed_text(
        signing_key(game.workspaces[ANA]),
        _edited_content(game.returns[ANA], both),
        tmp_path / "b.ger",
    )
    out = import_to_chair(capsys, game, forged)
    assert "these returns give both a review and a conflict of interest for it" in out
    assert review_row(game.chair, ANA, reference)  # still assigned
    assert sqlite3.connect(game.chair).execute("SELECT count(*) FROM conflict").fetchone() == (0,)


def test_a_conflict_declared_twice_is_refused(
    game: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    reference = references_of(game.chair, ANA)[0]

    def twice(body: dict[str, Any]) -> None:
        body["reviews"] = body["reviews"][1:]
        body["conflicts"] = [{"reference": reference, "reason": "a"}] * 2

    forged = signed_text(
        signing_key(game.workspaces[ANA]),
        _edited_content(game.returns[ANA], twice),
        tmp_path / "t.ger",
    )
    code, _, err = run(capsys, "-w", game.chair, "import-returns", forged)
    assert code == 1
    assert f"t.ger: {reference}: a conflict of interest is declared more than once" in err


@pytest.mark.parametrize(
    ("dates", "words"),
    [
        (
            {
                "declared_at": "2026-11-30T10:00:00+00:00",
                "submitted_at": "2026-11-29T10:00:00+00:00",
            },
            "is marked submitted (2026-11-29T10:00:00+00:00) before its declaration",
        ),
        (
            {
                "declared_at": "1970-01-01T00:00:00+00:00",
                "submitted_at": "1970-01-02T00:00:00+00:00",
            },
            "declared at 1970-01-01T00:00:00+00:00, outside the time since the package was made",
        ),
        (
            {
                "declared_at": "2999-12-31T00:00:00+00:00",
                "submitted_at": "2999-12-31T01:00:00+00:00",
            },
            "declared at 2999-12-31T00:00:00+00:00, outside the time since the package was made",
        ),
    ],
    ids=["submitted-before-declared", "1970", "2999"],
)
def test_moments_an_evaluator_cannot_have_lived_are_refused(
    game: Round,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dates: dict[str, str],
    words: str,
) -> None:
    forged = signed_text(
        signing_key(game.workspaces[ANA]),
        _edited_content(game.returns[ANA], lambda body: body["reviews"][0].update(dates)),
        tmp_path / "d.ger",
    )
    code, _, err = run(capsys, "-w", game.chair, "import-returns", forged)
    assert code == 1 and words in err, err


def test_exporting_onto_a_link_or_device_is_refused(
    game: Round, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere.ger"
    target.write_bytes(b"keep me")
    link = tmp_path / "link.ger"
    link.symlink_to(target)
    code, _, err = run(capsys, "-w", game.workspaces[ANA], "export-returns", "--out", link)
    assert code == 1 and "is not a regular file" in err
    assert link.is_symlink() and target.read_bytes() == b"keep me"
