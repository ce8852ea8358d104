"""Call files at the edges of the call rules: fields inside the contract's ``number_format``
fields are refused with the reason, and a huge scale never gives a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import run
from tests.factories import demo_call_text, edit_call, edit_criterion, write_call


@pytest.mark.parametrize(
    ("number_format", "why"),
    [
        ("{call_id.x}", "'str' object has no attribute 'x'"),
        ("{seq[0]}", "'int' object is not subscriptable"),
    ],
    ids=["attribute", "index"],
)
def test_a_number_format_with_fields_inside_fields_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], number_format: str, why: str
) -> None:
    text = edit_call(
        demo_call_text(),
        'number_format = "{call_id}/{seq:03d}"',
        f'number_format = "{number_format}"',
    )
    call = write_call(tmp_path, text)
    workspace = tmp_path / "call.gew"

    code, out, err = run(capsys, "-w", workspace, "new", "--call", call)

    assert (code, out) == (1, "")
    problem = (
        f"contract.number_format: '{number_format}' may only use {{call_id}} and {{seq}} ({why})"
    )
    assert err == (
        f"grant-evaluator: call.toml is not a valid call file (1 problem): {problem}\n"
        f"  call.toml: {problem}\n"
    )
    assert not workspace.exists()


def test_a_huge_scale_in_a_call_file_gives_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call = write_call(tmp_path, edit_criterion(demo_call_text(), "1.1", "scale_max", '"1e30"'))
    workspace = tmp_path / "call.gew"

    code, out, err = run(capsys, "-w", workspace, "new", "--call", call)

    # Either a call whose scale is huge, or a refusal naming the key: never a traceback.
    if code == 0:
        assert (out.startswith(f"Created {workspace} for SB-RG-2023"), err) == (True, "")
        assert workspace.exists()
    else:
        assert (code, out) == (1, "")
        assert err.startswith("grant-evaluator: call.toml is not a valid call file")
        assert "1.1" in err and "scale_max" in err
        assert "Traceback" not in err
        assert not workspace.exists()
