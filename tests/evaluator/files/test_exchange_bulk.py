"""The bulk merge of returns: the same workspace and the same audit trail as the ORM merge it
replaced (kept in ``orm_returns``), and a trail whose bulk entries are as tamper-evident as any."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import evaluator.files.exchange.authority
import evaluator.files.exchange.merge
import evaluator.files.exchange.package
import evaluator.files.exchange.returns
import evaluator.storage.audit
from evaluator.files.exchange import MergeResult, import_returns, score_changes
from evaluator.services.evaluators import find_evaluator
from evaluator.services.scoring import reopen, review_of
from evaluator.storage.audit import history, verify_chain
from tests.evaluator.files import orm_returns
from tests.evaluator.files.orm_returns import orm_import_returns
from tests.factories import (
    EVALUATORS,
    Round,
    add_conflicts,
    copy_round,
    envelope_body,
    merge_returns,
    reading,
    references_of,
    reseal,
    transaction,
    typed_scores,
)

NAMES = [name for name, _country in EVALUATORS[:3]]
ANA, BESNIK, DRAGANA = NAMES
# After the files were made: a merge refuses moments from after the import (a wrong clock).
FROZEN = datetime(2099, 3, 4, 5, 6, 7, tzinfo=UTC)
# Written at the moment of an import but not by the merge: their clock is not frozen here.
UNFROZEN = {("returns_import", "imported_at"), ("conflict", "created_at")}

Importer = Callable[..., MergeResult]


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both merges see the same clock, so that their audit entries can be compared."""
    for module in (
        evaluator.storage.audit,
        evaluator.files.exchange.authority,
        evaluator.files.exchange.merge,
        evaluator.files.exchange.package,
        evaluator.files.exchange.returns,
        orm_returns,
    ):
        monkeypatch.setattr(module, "utc_now", lambda: FROZEN)


def edited(game: Round, name: str, out: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """``name``'s returns with ``edit`` applied, validly signed by their workspace."""
    return reseal(game.returns[name], out, edit, key_of=game.workspaces[name])


def later_returns(game: Round, folder: Path) -> dict[str, Path]:
    """Returns that exercise every branch of a merge, made before anything is imported."""
    ana, besnik = references_of(game.chair, ANA), references_of(game.chair, BESNIK)

    def ana_in_progress(body: dict[str, Any]) -> None:
        # Her first two reviews are not submitted yet: later returns may still change them.
        for review in body["reviews"][:2]:
            review["submitted_at"] = None

    def besnik_declares(body: dict[str, Any]) -> None:
        # A conflict declared in the evaluator's workspace: the review is not sent.
        body["reviews"] = [r for r in body["reviews"] if r["reference"] != besnik[-1]]
        body["conflicts"] = [{"reference": besnik[-1], "reason": "Sestra radi u “MIOS”"}]

    def ana_changes(body: dict[str, Any]) -> None:
        body["revision"] = 2
        first, second = body["reviews"][0], body["reviews"][1]
        scores = {s["criterion"]: s for s in first["scores"]}
        scores["1.1"]["value"] = "4" if scores["1.1"]["value"] != "4" else "3"
        scores["1.1"]["comment"] = "Ispravljeno — исправлено"
        scores["1.2"]["comment"] += " (dopuna)"
        first["scores"] = [s for s in first["scores"] if s["criterion"] != "2.1"]
        first["submitted_at"] = None
        # The same moment written with another offset is equal: it does not change.
        moment = datetime.fromisoformat(second["declared_at"])
        second["declared_at"] = moment.astimezone(timezone(timedelta(hours=2))).isoformat()
        second["submitted_at"] = (moment + timedelta(hours=1)).isoformat()

    def dragana_again(body: dict[str, Any]) -> None:
        # Only the review the chair reopens meanwhile changes: it stays as the chair left it.
        body["revision"] = 2
        review = body["reviews"][0]
        review["scores"] = [dict(s, comment=s["comment"] + "!") for s in review["scores"]]

    assert len(ana) >= 2
    return {
        "ana-1": edited(game, ANA, folder / "ana-1.ger", ana_in_progress),
        "besnik": edited(game, BESNIK, folder / "besnik-declares.ger", besnik_declares),
        "ana-2": edited(game, ANA, folder / "ana-2.ger", ana_changes),
        "dragana-2": edited(game, DRAGANA, folder / "dragana-2.ger", dragana_again),
    }


def play(game: Round, files: dict[str, Path], importer: Importer) -> list[tuple[str, list[str]]]:
    """First imports (one review released, one conflict declared), a reopening, then newer
    revisions: changed, unchanged and kept reviews; the same file twice."""
    add_conflicts(game.chair, [(ANA, references_of(game.chair, ANA)[-1])])
    results = []
    for path in (files["ana-1"], files["besnik"], game.returns[DRAGANA]):
        with transaction(game.chair) as session:
            results.append(importer(session=session, path=path))
    with transaction(game.chair) as session:
        reopen(
            session=session,
            evaluator_name=DRAGANA,
            reference=references_of(game.chair, DRAGANA)[0],
            reason="Provjera 1.1",
        )
    for path in (files["ana-2"], files["ana-2"], files["dragana-2"]):
        with transaction(game.chair) as session:
            results.append(importer(session=session, path=path))
    return [(r.summary(), r.conflicts) for r in results]


def tables(workspace: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the audit trail, as stored, in a stable order; score ids
    are left out (a replaced score gets a new row either way, numbered as the writes go)."""
    connection = sqlite3.connect(workspace)
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    dump = {}
    for name in names:
        if name in ("audit", "seal"):  # seals digest score ids, which differ between merges
            continue
        cursor = connection.execute(f'SELECT * FROM "{name}"')
        columns = [d[0] for d in cursor.description]
        keep = [
            i
            for i, column in enumerate(columns)
            if (name, column) not in UNFROZEN and (name, column) != ("score", "id")
        ]
        dump[name] = sorted(
            (tuple(row[i] for i in keep) for row in cursor), key=lambda row: repr(row)
        )
    connection.close()
    return dump


def trail(workspace: Path) -> list[tuple[Any, ...]]:
    """The audit entries as stored, oldest first, without their hashes."""
    connection = sqlite3.connect(workspace)
    rows = [
        (at, actor, action, subject, reference, json.loads(changes), reason)
        for at, actor, action, subject, reference, changes, reason in connection.execute(
            "SELECT at, actor, action, subject, reference, changes, reason FROM audit "
            "WHERE action != 'sealed' ORDER BY id"  # seals digest score ids, as above
        )
    ]
    connection.close()
    return rows


def in_file_order(entries: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The entries of one import in the order the bulk merge writes them.

    The ORM merge's flush recorded the reviews' new dates in no set order, and after the
    import record when no conflict was declared: in each run of such entries, the reviews come
    in the order of their references (the order of the returns file), then the import record.
    """
    ordered: list[tuple[Any, ...]] = []
    run: list[tuple[Any, ...]] = []
    for entry in [*entries, None]:
        if entry is not None and (
            (entry[2] == "changed" and set(entry[5]) <= {"declared_at", "submitted_at"})
            or (entry[2], entry[3]) == ("created", "returnsimport")
        ):
            run.append(entry)
            continue
        ordered += sorted(run, key=lambda e: (e[3] == "returnsimport", e[3]))
        run = []
        if entry is not None:
            ordered.append(entry)
    return ordered


def chain_problems(workspace: Path) -> list[str]:
    with reading(workspace) as session:
        return verify_chain(session)


@pytest.mark.usefixtures("frozen")
def test_the_bulk_merge_writes_what_the_orm_merge_wrote(game: Round, tmp_path: Path) -> None:
    files = later_returns(game, tmp_path)
    reference = copy_round(game, tmp_path / "reference")

    fast = play(game, files, import_returns)
    slow = play(reference, files, orm_import_returns)

    assert fast == slow
    assert [summary.split(": ", 1)[1][:8] for summary, _ in fast] == [
        "imported",
        "imported",
        "imported",
        "imported",
        "already ",
        "imported",
    ]
    assert any(conflicts for _, conflicts in fast[:1])  # the released review
    assert any(conflicts for _, conflicts in fast[-1:])  # the reopened review, kept
    assert tables(game.chair) == tables(reference.chair)
    # What the chair kept against the returns is in the trail too; the old merge kept no note.
    kept = [e for e in trail(game.chair) if e[2] == "returns not merged"]
    assert [e[3] for e in kept] == [f"{references_of(game.chair, DRAGANA)[0]} review"]
    entries = [e for e in trail(game.chair) if e[2] != "returns not merged"]
    assert entries == in_file_order(trail(reference.chair))
    assert entries == in_file_order(entries)
    kinds = {
        (e[2], word) for e in entries for word in ("scores", "review") if f" {word} by " in e[3]
    }
    assert {("returns merged", "scores"), ("changed", "review"), ("deleted", "review")} <= kinds
    assert chain_problems(game.chair) == chain_problems(reference.chair) == []


def test_history_shows_every_score_from_what_to_what(game: Round, tmp_path: Path) -> None:
    reference = references_of(game.chair, ANA)[0]

    def in_progress(body: dict[str, Any]) -> None:
        # Not submitted: later returns may still change it (a submitted one stays as it is).
        body["reviews"][0]["submitted_at"] = None

    first_returns = edited(game, ANA, tmp_path / "ana-1.ger", in_progress)
    merge_returns(game.chair, first_returns)
    typed = typed_scores(ANA, reference)

    def changed() -> list[tuple[str, str, dict[str, Any]]]:
        """What the returns changed of Ana's review, after its assignment."""
        with reading(game.chair) as session:
            entries = [
                (e.action, e.subject, e.changes)
                for e in history(session, reference)
                if e.subject.endswith(f"by {ANA}")
            ]
        assert entries[0][:2] == ("created", f"{reference} review by {ANA}")
        return entries[1:]

    sent = envelope_body(first_returns)["reviews"][0]
    # A first score's comment lives in the score; the trail records a comment once replaced.
    first = {s["criterion"]: [None, s["value"]] for s in sent["scores"]}
    assert {code: value for code, (value, _comment) in typed.items()} == {
        s["criterion"]: s["value"] for s in sent["scores"]
    }
    assert changed() == [
        (
            "returns merged",
            f"{reference} scores by {ANA}",
            first,
        ),
        (
            "changed",
            f"{reference} review by {ANA}",
            {"declared_at": [None, sent["declared_at"]]},
        ),
    ]

    def one_score(body: dict[str, Any]) -> None:
        body["revision"] = 2
        for score in body["reviews"][0]["scores"]:
            if score["criterion"] == "3.2":
                score["value"] = "4" if score["value"] != "4" else "3"

    merge_returns(game.chair, reseal(first_returns, tmp_path / "ana-2.ger", one_score,
                                     key_of=game.workspaces[ANA]))  # fmt: skip

    body = envelope_body(tmp_path / "ana-2.ger")
    new = next(s["value"] for s in body["reviews"][0]["scores"] if s["criterion"] == "3.2")
    assert changed()[2:] == [
        ("returns merged", f"{reference} scores by {ANA}", {"3.2": [typed["3.2"][0], new]}),
    ]

    def one_comment(body: dict[str, Any]) -> None:
        body["revision"] = 3
        for score in body["reviews"][0]["scores"]:
            if score["criterion"] == "3.2":  # the value stays what revision 2 made it
                score.update(value=new, comment="Pročitano ponovo.")

    before = next(s["comment"] for s in body["reviews"][0]["scores"] if s["criterion"] == "3.2")
    merge_returns(game.chair, reseal(first_returns, tmp_path / "ana-3.ger", one_comment,
                                     key_of=game.workspaces[ANA]))  # fmt: skip
    assert changed()[3:] == [  # the comment alone changed, and says so ("3 → 3" would not)
        (
            "returns merged",
            f"{reference} scores by {ANA}",
            {"3.2 comment": [before or None, "Pročitano ponovo."]},
        ),
    ]
    assert chain_problems(game.chair) == []


def test_a_score_the_returns_no_longer_hold_is_recorded_as_removed() -> None:
    have = {"1.1": (Decimal("4"), "dobro"), "1.2": (Decimal("2"), "slabo")}
    wanted = {"1.1": (Decimal("4.0"), "dobro")}
    assert score_changes(have, wanted) == {"1.2": ("2", None), "1.2 comment": ("slabo", None)}
    assert score_changes(have, have) == {}


def test_bulk_entries_carry_the_sessions_actor_and_reason(game: Round) -> None:
    with transaction(game.chair) as session:
        session.info["actor"] = "Predsjedavajuća"
        session.info["reason"] = "Sjednica 2"
        import_returns(session=session, path=game.returns[BESNIK])
    with reading(game.chair) as session:
        merged = [
            e
            for reference in references_of(game.chair, BESNIK)
            for e in history(session, reference)
            if e.subject.endswith(f"by {BESNIK}") and e.action != "created"  # not the assignment
        ]
    assert len(merged) == 2 * len(references_of(game.chair, BESNIK))
    assert {(e.actor, e.reason) for e in merged} == {("Predsjedavajuća", "Sjednica 2")}


def test_objects_the_session_holds_show_the_merged_review(game: Round) -> None:
    reference = references_of(game.chair, DRAGANA)[0]
    with transaction(game.chair) as session:
        review = review_of(session, find_evaluator(session, DRAGANA), reference)
        assert (review.submitted_at, review.scores) == (None, [])
        import_returns(session=session, path=game.returns[DRAGANA])
        assert review.submitted_at is not None
        assert {s.criterion: s.comment for s in review.scores} == {
            code: comment for code, (_value, comment) in typed_scores(DRAGANA, reference).items()
        }


def tamper(workspace: Path, statement: str, *parameters: Any) -> None:
    connection = sqlite3.connect(workspace)
    connection.execute(statement, parameters)
    connection.commit()
    connection.close()


def merged_ids(workspace: Path) -> list[int]:
    connection = sqlite3.connect(workspace)
    ids = [
        row[0]
        for row in connection.execute(
            "SELECT id FROM audit WHERE action = 'returns merged' ORDER BY id"
        )
    ]
    connection.close()
    return ids


def test_an_edited_bulk_entry_is_found(game: Round) -> None:
    merge_returns(game.chair, game.returns[ANA])
    merge_returns(game.chair, game.returns[BESNIK])
    entry = merged_ids(game.chair)[1]
    changes = dict(trail(game.chair)[entry - 1][5])
    changes["1.1"] = [None, "5"] if changes["1.1"] != [None, "5"] else [None, "4"]
    tamper(game.chair, "UPDATE audit SET changes = ? WHERE id = ?", json.dumps(changes), entry)

    problems = chain_problems(game.chair)

    assert len(problems) == 1
    assert problems[0].startswith(f"audit entry {entry} (")
    assert problems[0].endswith(") was changed after it was written")


def test_a_deleted_bulk_entry_is_found(game: Round) -> None:
    merge_returns(game.chair, game.returns[ANA])
    merge_returns(game.chair, game.returns[BESNIK])
    entry = merged_ids(game.chair)[-2]
    tamper(game.chair, "DELETE FROM audit WHERE id = ?", entry)

    assert chain_problems(game.chair) == [
        f"audit entries are missing between {entry - 1} and {entry + 1}"
    ]


def test_the_last_bulk_entry_removed_with_its_import_record_is_found(game: Round) -> None:
    """Cutting the tail of the chain is found by the entry that follows: the import's own."""
    merge_returns(game.chair, game.returns[ANA])
    connection = sqlite3.connect(game.chair)
    last_merged = connection.execute(
        "SELECT max(id) FROM audit WHERE action IN ('returns merged', 'changed')"
    ).fetchone()[0]
    connection.close()
    tamper(game.chair, "DELETE FROM audit WHERE id = ?", last_merged)

    assert chain_problems(game.chair) == [
        f"audit entries are missing between {last_merged - 1} and {last_merged + 1}"
    ]


def test_a_bulk_entry_follows_entries_the_session_has_not_written_yet(game: Round) -> None:
    """Changes the flush hook has still to record come first in the chain."""
    with transaction(game.chair) as session:
        find_evaluator(session, ANA).email = "ana@example.org"
        assert session.dirty
        import_returns(session=session, path=game.returns[ANA])

    assert chain_problems(game.chair) == []
    actions = [(action, subject) for _, _, action, subject, *_ in trail(game.chair)]
    edited_at = actions.index(("changed", f"evaluator {ANA}"))
    first_merged = next(i for i, (action, _) in enumerate(actions) if action == "returns merged")
    assert edited_at < first_merged
    assert actions[-1] == ("created", "returnsimport")
