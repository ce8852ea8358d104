"""Hostile packages and returns files: each refused with one sentence, the workspace untouched."""

from __future__ import annotations

import base64
import io
import json
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from evaluator.cli import WORKSPACE_ENV, main
from evaluator.files.exchange import MAX_FILE_BYTES, ExchangeError, import_returns, open_package
from evaluator.storage.workspace import open_path
from tests.factories import (
    EVALUATORS,
    Round,
    canonical_dump,
    demo_call_text,
    edit_call,
    envelope_body,
    exchange_round,
    merge_returns,
    reseal,
    sha256_of,
)

NAMES = [name for name, _country in EVALUATORS[:3]]
ANA, BESNIK, DRAGANA = NAMES
INCOMPLETE = "is incomplete: its signature is missing (cut short?)."
NOT_RETURNS = "is not a Grant Evaluator returns file."
TAMPERED = "was changed or damaged after the evaluator signed it; it cannot be used."
FOREIGN = "was not made from a package of this workspace; it cannot be imported."
# The sentences a damaged returns file may get, depending on where it is damaged.
DAMAGE = (
    NOT_RETURNS,
    "is an evaluation package, not a returns file.",
    "uses format version “",
    INCOMPLETE,
    "is damaged: ",
    TAMPERED,
    FOREIGN,
)


@pytest.fixture(autouse=True)
def _no_workspace_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WORKSPACE_ENV, raising=False)


def refusal(chair: Path, path: Path) -> str:
    """The sentence that refuses ``path``; the chair's workspace must be byte-identical."""
    before = sha256_of(chair)
    with pytest.raises(ExchangeError) as refused:
        merge_returns(chair, path)
    assert sha256_of(chair) == before
    return refused.value.message


def cli_refusal(capsys: pytest.CaptureFixture[str], chair: Path, path: Path) -> str:
    """What ``import-returns`` says on stderr about ``path``: exit 1, workspace unchanged."""
    before = sha256_of(chair)
    code = main(["-w", str(chair), "import-returns", str(path)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert sha256_of(chair) == before
    return err


def cli_message(path: Path, sentence: str, *details: str) -> str:
    """The stderr of ``import-returns`` refusing the one file ``path`` with ``sentence``."""
    lines = [
        "grant-evaluator: 1 file of 1 refused; each refused file changed nothing.",
        f"  {path.name}: refused: {path.name} {sentence}",
        *(f"    {path.name}: {d}" for d in details),
    ]
    return "\n".join(lines) + "\n"


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def zip_bytes(build: Callable[[zipfile.ZipFile], None]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        build(archive)
    return buffer.getvalue()


# --- files that are not returns files at all ------------------------------------------------


def test_an_empty_file_is_refused(game: Round) -> None:
    empty = write(game.chair.parent / "empty.ger", b"")

    assert refusal(game.chair, empty) == f"empty.ger {NOT_RETURNS}"


def test_a_text_file_renamed_is_refused(game: Round, capsys: pytest.CaptureFixture[str]) -> None:
    text = write(game.chair.parent / "notes.ger", "Ocjene — Ana\n1.1 5\n".encode())

    assert cli_refusal(capsys, game.chair, text) == cli_message(text, NOT_RETURNS)


def test_a_missing_file_and_a_folder_are_refused(game: Round) -> None:
    folder = game.chair.parent / "folder.ger"
    folder.mkdir()

    assert refusal(game.chair, game.chair.parent / "gone.ger") == "gone.ger does not exist."
    assert refusal(game.chair, folder) == "folder.ger is a folder, not a returns file."


def _plain(archive: zipfile.ZipFile) -> None:
    archive.writestr("returns.json", json.dumps({"kind": "returns"}))


def _parent(archive: zipfile.ZipFile) -> None:
    archive.writestr(zipfile.ZipInfo("../x"), b"escaped")


def _absolute(archive: zipfile.ZipFile) -> None:
    archive.writestr(zipfile.ZipInfo("/etc/x"), b"root")


def _duplicate(archive: zipfile.ZipFile) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of the duplicate name
        archive.writestr("returns.json", b"{}")
        archive.writestr("returns.json", b"{}")


def _bomb(archive: zipfile.ZipFile) -> None:
    info = zipfile.ZipInfo("bomb.json")
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as member:
        chunk = bytes(1 << 20)
        for _ in range(64):  # 64 MB of zeros, a few dozen kilobytes packed
            member.write(chunk)


@pytest.mark.parametrize(
    ("build", "names"),
    [
        (_plain, ["returns.json"]),
        (_parent, ["../x"]),
        (_absolute, ["/etc/x"]),
        (_duplicate, ["returns.json", "returns.json"]),
        (_bomb, ["bomb.json"]),
    ],
    ids=["zip", "parent-member", "absolute-member", "duplicate-members", "bomb"],
)
def test_a_zip_renamed_is_refused_without_unpacking_it(
    game: Round, build: Callable[[zipfile.ZipFile], None], names: list[str]
) -> None:
    data = zip_bytes(build)
    archive = write(game.chair.parent / "returns.ger", data)
    with zipfile.ZipFile(archive) as check:  # the file is the hostile archive it claims to be
        assert check.namelist() == names

    assert refusal(game.chair, archive) == f"returns.ger {NOT_RETURNS}"
    assert len(data) < 200_000
    assert sorted(p.name for p in game.chair.parent.iterdir()) == sorted(
        [game.chair.name, "returns.ger", *(p.name for p in game.packages.values())]
        + [p.name for p in game.workspaces.values()]
        + [p.name for p in game.returns.values()]
    )


def test_a_json_bomb_inside_a_signed_envelope_is_refused(game: Round) -> None:
    header = b"GRANT-EVALUATOR RETURNS 1\n"
    nested = b"[" * 200_000 + b"]" * 200_000 + b"\n"
    bomb = write(
        game.chair.parent / "deep.ger",
        header + nested + b"SIGNATURE ed25519 " + base64.b64encode(bytes(64)) + b"\n",
    )

    assert refusal(game.chair, bomb) == "deep.ger is damaged: its content is unreadable."


def test_an_oversized_file_is_refused_before_it_is_read_whole(game: Round) -> None:
    big = game.chair.parent / "big.ger"
    with big.open("wb") as handle:
        handle.write(game.returns[ANA].read_bytes())
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing more is written to the disk

    assert big.stat().st_size > 50_000_000
    assert refusal(game.chair, big) == "big.ger is larger than 50 MB; it is not a returns file."


def test_a_package_is_not_a_returns_file_and_the_reverse(
    game: Round, capsys: pytest.CaptureFixture[str]
) -> None:
    package = game.packages[ANA]
    target = game.chair.parent / "new.gew"

    err = cli_refusal(capsys, game.chair, package)
    with pytest.raises(ExchangeError) as reverse:
        open_package(package=game.returns[ANA], workspace=target)

    assert err == cli_message(package, "is an evaluation package, not a returns file.")
    assert reverse.value.message == "returns-1.ger is a returns file, not an evaluation package."
    assert not target.exists()


@pytest.mark.parametrize("version", ["2", "0", "1.1", "2 beta"])
def test_an_unknown_format_version_is_refused(
    game: Round, capsys: pytest.CaptureFixture[str], version: str
) -> None:
    data = game.returns[ANA].read_bytes()
    newer = write(
        game.chair.parent / "newer.ger",
        data.replace(b"RETURNS 1\n", f"RETURNS {version}\n".encode(), 1),
    )

    assert cli_refusal(capsys, game.chair, newer) == cli_message(
        newer,
        f"uses format version “{version}”, which this version of Grant Evaluator does not "
        "know; update the application.",
    )


# --- damaged returns files -----------------------------------------------------------------


def cut_points(data: bytes) -> dict[str, int]:
    """Named places to cut a returns file."""
    signature = data.rindex(b"\nSIGNATURE")
    return {
        "within-the-first-line": 10,
        "after-the-first-line": data.index(b"\n") + 1,
        "a-third": len(data) // 3,
        "half": len(data) // 2,
        "before-the-signature": signature + 1,
        "mid-signature": signature + 40,
        "last-newline": len(data) - 1,
    }


@pytest.mark.parametrize(
    "where",
    [
        "within-the-first-line",
        "after-the-first-line",
        "a-third",
        "half",
        "before-the-signature",
        "mid-signature",
        "last-newline",
    ],
)
def test_a_truncated_file_is_refused(game: Round, where: str) -> None:
    data = game.returns[BESNIK].read_bytes()
    cut = write(game.chair.parent / "cut.ger", data[: cut_points(data)[where]])

    expected = NOT_RETURNS if where == "within-the-first-line" else INCOMPLETE
    assert refusal(game.chair, cut) == f"cut.ger {expected}"


def test_a_truncated_file_exits_1_from_the_command_line(
    game: Round, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = write(game.chair.parent / "cut.ger", game.returns[BESNIK].read_bytes()[:2000])

    assert cli_refusal(capsys, game.chair, cut) == cli_message(cut, INCOMPLETE)


def flip_every(
    chair: Path, data: bytes, positions: range | list[int], masks: list[int]
) -> Counter[str]:
    """Import ``data`` with one byte changed (XOR each mask), at each position in turn; every
    attempt must be refused. Counts the refusals by sentence."""
    bad = chair.parent / "bad.ger"
    before = sha256_of(chair)
    sentences: Counter[str] = Counter()
    with open_path(chair) as workspace:
        for position in positions:
            for mask in masks:
                changed = bytearray(data)
                changed[position] ^= mask
                bad.write_bytes(changed)
                try:
                    with workspace.transaction() as session:
                        result = import_returns(session=session, path=bad)
                except ExchangeError as error:
                    assert error.message.startswith("bad.ger "), error.message
                    sentence = error.message.removeprefix("bad.ger ")
                    assert sentence.startswith(DAMAGE) or TAMPERED in sentence, sentence
                    sentences[sentence.split(":")[0]] += 1
                else:
                    raise AssertionError(f"byte {position} ^ {mask:#x} accepted: {result}")
    assert sha256_of(chair) == before
    return sentences


def test_a_flipped_byte_is_refused_wherever_it_is(game: Round) -> None:
    data = game.returns[DRAGANA].read_bytes()  # the smallest returns file of the round
    first_line = data.index(b"\n") + 1
    signature = data.rindex(b"\nSIGNATURE")
    every_bit = [1 << bit for bit in range(8)]

    header = flip_every(game.chair, data, range(first_line), every_bit)
    body = flip_every(game.chair, data, range(first_line, signature, 17), [0x01])
    tail = flip_every(game.chair, data, range(signature, len(data)), [0x01, 0x02, 0x04])

    assert sum(header.values()) == 8 * first_line
    assert TAMPERED in body
    assert sum(tail.values()) == 3 * (len(data) - signature)
    assert merge_returns(game.chair, game.returns[DRAGANA]).status == "imported"


@pytest.mark.slow
def test_every_flipped_bit_of_a_returns_file_is_refused(game: Round) -> None:
    data = game.returns[DRAGANA].read_bytes()

    refused = flip_every(game.chair, data, range(len(data)), [1 << bit for bit in range(8)])

    assert sum(refused.values()) == 8 * len(data)


def test_a_signature_rewritten_to_the_same_bytes_is_refused(game: Round) -> None:
    data = game.returns[ANA].read_bytes()
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = len(data) - len(b"==\n") - 1  # the last signature character: 4 of its 6 bits unused
    changed = bytearray(data)
    changed[last] = alphabet[alphabet.index(data[last]) ^ 1]
    signature = data.rsplit(b" ", 1)[1]
    same = bytes(changed).rsplit(b" ", 1)[1]
    assert base64.b64decode(same) == base64.b64decode(signature)  # one byte changed, same signature
    bad = write(game.chair.parent / "bad.ger", bytes(changed))

    assert refusal(game.chair, bad) == "bad.ger is damaged: its signature is unreadable."


# --- returns from elsewhere, or made with the wrong key ------------------------------------


@pytest.fixture(scope="module")
def other_call(tmp_path_factory: pytest.TempPathFactory) -> Round:
    """A round of another call (the call file edited), with its own chair workspace."""
    text = edit_call(demo_call_text(), 'id = "SB-RG-2023"', 'id = "SB-RG-2024"')
    return exchange_round(tmp_path_factory.mktemp("other-call"), call_text=text)


@pytest.fixture(scope="module")
def other_chair(tmp_path_factory: pytest.TempPathFactory) -> Round:
    """A round of the same call in another chair's workspace."""
    return exchange_round(tmp_path_factory.mktemp("other-chair"))


def test_returns_of_another_call_are_refused(
    game: Round, other_call: Round, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = other_call.returns[ANA]

    assert cli_refusal(capsys, game.chair, foreign) == cli_message(foreign, FOREIGN)


def test_returns_of_another_workspace_of_the_same_call_are_refused(
    game: Round, other_chair: Round
) -> None:
    assert refusal(game.chair, other_chair.returns[ANA]) == f"returns-1.ger {FOREIGN}"


def forged(game: Round, name: str, edit: Callable[[dict[str, Any]], None]) -> Path:
    """Returns of ``name`` edited by ``edit`` and validly signed again with their key: what an
    evaluator's workspace whose data disagrees with the chair's would send."""
    return reseal(
        game.returns[name], game.chair.parent / "forged.ger", edit, key_of=game.workspaces[name]
    )


def _set(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def edit(body: dict[str, Any]) -> None:
        body[key] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "sentence"),
    [
        (_set("call_id", "SB-RG-2024"), "is for the call SB-RG-2024, not SB-RG-2023."),
        (
            _set("chair_workspace_id", "00000000-0000-4000-8000-000000000000"),
            "belongs to another chair's workspace.",
        ),
        (
            _set("format", "1"),
            "is not a valid returns file (format: Input should be a valid integer).",
        ),
        (_set("kind", "package"), "is damaged: it does not describe a returns file."),
    ],
    ids=["call", "chair-workspace", "format-type", "kind"],
)
def test_signed_returns_that_disagree_with_the_chair_are_refused(
    game: Round, edit: Callable[[dict[str, Any]], None], sentence: str
) -> None:
    assert refusal(game.chair, forged(game, ANA, edit)) == f"forged.ger {sentence}"


def _claim(reference: str) -> Callable[[dict[str, Any]], None]:
    """Add a review of ``reference`` copied from the first one."""

    def edit(body: dict[str, Any]) -> None:
        body["reviews"].append({**body["reviews"][0], "reference": reference})

    return edit


def _first_review(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def edit(body: dict[str, Any]) -> None:
        change(body["reviews"][0])

    return edit


def _score(index: int, **values: str) -> Callable[[dict[str, Any]], None]:
    return _first_review(lambda review: review["scores"][index].update(values))


def _conflict(reference: str) -> Callable[[dict[str, Any]], None]:
    def edit(body: dict[str, Any]) -> None:
        body["conflicts"].append({"reference": reference, "reason": "Old colleague"})

    return edit


def _unjustify(review: dict[str, Any]) -> None:
    for score in review["scores"]:
        score.update(value="1", comment="")


@pytest.mark.parametrize(
    ("edit", "detail"),
    [
        (_claim("RG-003"), f"RG-003 is not assigned to {ANA}"),
        (_claim("RG-404"), f"RG-404 is not assigned to {ANA}"),
        (_claim("RG-001"), "RG-001 is listed more than once"),
        (_conflict("RG-003"), f"RG-003 is not assigned to {ANA}"),
        (_score(0, value="7"), "RG-001 1.1: 7 is above the scale of 1.1 (1–5)"),
        (_score(0, value="3.5"), "RG-001 1.1: 3.5 is not on the scale of 1.1: 1–5 in steps of 1"),
        (
            _score(0, criterion="9.9"),
            "RG-001 9.9: The call has no criterion “9.9”; its criteria are 1.1, 1.2, 1.3, 2.1, "
            "2.2, 2.3, 3.1, 3.2, 4.1, 4.2, 5.1, 5.2.",
        ),
        (_score(1, criterion="1.1"), "RG-001 1.1: scored more than once"),
        (
            _first_review(lambda review: review.update(scores=review["scores"][:10])),
            "RG-001 is marked submitted but not scored: 5.1, 5.2",
        ),
        (
            _first_review(lambda review: review.update(declared_at=None)),
            "RG-001 is marked submitted but no declaration of absence of conflict of interest",
        ),
        (
            _first_review(_unjustify),
            "RG-001 is marked submitted but justification missing for "
            + ", ".join(f"{c} (score 1)" for c in ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"])
            + ", "
            + ", ".join(f"{c} (score 1)" for c in ["3.1", "3.2", "4.1", "4.2", "5.1", "5.2"]),
        ),
    ],
    ids=[
        "unassigned",
        "unknown",
        "twice",
        "conflict-unassigned",
        "above-scale",
        "off-step",
        "unknown-criterion",
        "criterion-twice",
        "incomplete",
        "undeclared",
        "unjustified",
    ],
)
def test_signed_returns_with_bad_reviews_are_refused_whole(
    game: Round,
    capsys: pytest.CaptureFixture[str],
    edit: Callable[[dict[str, Any]], None],
    detail: str,
) -> None:
    before = canonical_dump(game.chair)
    bad = forged(game, ANA, edit)

    err = cli_refusal(capsys, game.chair, bad)

    assert err == cli_message(bad, "was not imported: 1 problem, nothing was changed.", detail)
    assert canonical_dump(game.chair) == before


def test_returns_signed_with_another_key_are_refused(game: Round) -> None:
    stranger = reseal(
        game.returns[ANA],
        game.chair.parent / "stranger.ger",
        lambda body: None,
        key=Ed25519PrivateKey.generate(),
    )
    swapped = reseal(
        game.returns[ANA],
        game.chair.parent / "swapped.ger",
        lambda body: None,
        key_of=game.workspaces[BESNIK],
    )

    assert refusal(game.chair, stranger) == f"stranger.ger {TAMPERED}"
    assert refusal(game.chair, swapped) == f"swapped.ger {TAMPERED}"
    assert merge_returns(game.chair, game.returns[ANA]).status == "imported"


def test_an_edited_score_is_refused(game: Round) -> None:
    data = game.returns[ANA].read_text(encoding="utf-8")
    body = envelope_body(game.returns[ANA])
    value = body["reviews"][0]["scores"][0]["value"]
    other = "5" if value != "5" else "4"
    edited = data.replace(f'"value": "{value}"', f'"value": "{other}"', 1)
    assert edited != data
    bad = write(game.chair.parent / "edited.ger", edited.encode("utf-8"))

    assert refusal(game.chair, bad) == f"edited.ger {TAMPERED}"


# --- packages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    ["title", "flip", "cut"],
)
def test_a_modified_package_is_refused_and_creates_no_workspace(
    game: Round, capsys: pytest.CaptureFixture[str], change: str
) -> None:
    data = game.packages[ANA].read_bytes()
    if change == "title":
        data = data.replace(b"Regional helpline 1", b"Regional helpline 9", 1)
    elif change == "flip":
        data = data[:500] + bytes([data[500] ^ 0x04]) + data[501:]
    else:
        data = data[: len(data) // 2]
    package = write(game.chair.parent / "changed.gep", data)
    target = game.chair.parent / "ana-new.gew"

    code = main(["-w", str(target), "open-package", str(package)])
    out, err = capsys.readouterr()

    assert (code, out) == (1, "")
    assert err.startswith("grant-evaluator: changed.gep ")
    if change == "title":
        assert err == (
            "grant-evaluator: changed.gep was changed or damaged after the chair's workspace "
            "signed it; it cannot be used.\n"
        )
    if change == "cut":
        assert err == (
            "grant-evaluator: changed.gep is incomplete: its signature is missing (cut short?).\n"
        )
    assert not target.exists()
    assert not any(".partial" in p.name for p in game.chair.parent.iterdir())
