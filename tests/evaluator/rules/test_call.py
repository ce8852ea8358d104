"""The call file: the shipped SMART Balkans call, and every refusal naming its key."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from evaluator.errors import CallFileError
from evaluator.files.call_file import demo_call_path, load_call
from tests.factories import demo_call_text, edit_call, edit_criterion, write_call

# The seed's example topics, in its order (shared/seed/smart-balkans-regional-grants.txt).
SEED_TOPICS = {
    "Security and Stability": [
        "Combating radicalization",
        "Disinformation as a security threat",
        "Arms trafficking",
        "Human trafficking",
        "Cybercrime as a destabilizer of security",
        "The fight against organized crime",
        "Prevention of money laundering",
        "The fight against terrorism",
        "Good security amid the armed conflict and climate change",
        "The influence of the climate change on the security and stability in the region",
        "Energy security",
        "Preparedness for emergency situations",
        "Intercultural dialogue",
        "Social cohesion, reconciliation and peace",
        "Human security and gender equality",
        "Cyber security",
        "Data privacy",
        "Overseeing security institutions/monitoring the implementation of security and "
        "stability policies",
    ],
    "Governance": [
        "Promoting digital literacy",
        "Freedom of expression",
        "Civil society participation in decision making",
        "Fight against fake news",
        "Euro-Atlantic integration",
        "Digitalization",
        "Public administration reforms",
        "Hidden economy",
        "Corruption, including high level corruption",
    ],
}


def refusal(tmp_path: Path, text: str) -> CallFileError:
    """The error loading a call file of ``text`` raises."""
    with pytest.raises(CallFileError) as caught:
        load_call(write_call(tmp_path, text))
    return caught.value


def test_shipped_call_loads_with_its_grid() -> None:
    spec, text = load_call(demo_call_path())

    assert text == demo_call_path().read_text(encoding="utf-8")
    assert spec.call.id == "SB-RG-2023"
    assert spec.call.currency == "EUR"
    assert spec.call.budget == Decimal("480000")
    assert (spec.call.min_grant, spec.call.max_grant) == (Decimal(30000), Decimal(60000))
    assert (spec.call.min_duration_months, spec.call.max_duration_months) == (12, 18)
    maxima = {s.name: spec.section_max(s.name) for s in spec.sections}
    assert maxima == {
        "Relevance": 30,
        "Design": 25,
        "Capacity": 15,
        "Sustainability": 15,
        "Budget": 15,
    }
    assert list(maxima) == ["Relevance", "Design", "Capacity", "Sustainability", "Budget"]
    assert spec.total_max == 100
    assert spec.sections[0].pass_min == Decimal(18)
    assert spec.scoring.pass_total == Decimal(65)
    assert spec.contract is not None
    assert [p.percent for p in spec.contract.payments] == [80, 20]


def test_shipped_call_has_the_six_beneficiary_countries() -> None:
    spec, _ = load_call(demo_call_path())

    assert spec.call.countries == [
        "Albania",
        "Bosnia and Herzegovina",
        "Kosovo",
        "Montenegro",
        "North Macedonia",
        "Serbia",
    ]
    assert spec.eligibility.min_members == 3
    assert spec.eligibility.min_countries == 3
    assert spec.eligibility.network_types == ["Regional network"]


def test_shipped_call_has_both_priority_areas_with_every_seed_topic() -> None:
    spec, _ = load_call(demo_call_path())

    assert {a.name: a.topics for a in spec.priority_areas} == SEED_TOPICS


def test_contracting_authority_keeps_its_diacritics() -> None:
    spec, _ = load_call(demo_call_path())

    assert spec.contracting_authority is not None
    assert spec.contracting_authority.representative == "Ivana Kovačević"


def test_unknown_key_is_named(tmp_path: Path) -> None:
    text = edit_call(demo_call_text(), 'currency = "EUR"\n', 'currency = "EUR"\ncolour = "red"\n')

    error = refusal(tmp_path, text)

    assert error.details == ["call.toml: call.colour: unknown key"]
    assert "call.toml is not a valid call file (1 problem): call.colour: unknown key" in str(error)


def test_wrong_type_is_named(tmp_path: Path) -> None:
    text = edit_call(demo_call_text(), "min_duration_months = 12", 'min_duration_months = "12"')

    error = refusal(tmp_path, text)

    assert len(error.details) == 1
    assert error.details[0].startswith("call.toml: call.min_duration_months: ")
    assert "integer" in error.details[0]


def test_criterion_naming_a_missing_section_is_named(tmp_path: Path) -> None:
    text = edit_criterion(demo_call_text(), "5.2", "section", '"Budgett"')

    error = refusal(tmp_path, text)

    assert error.details == [
        "call.toml: criteria[12] (code 5.2).section: no section is named 'Budgett'"
    ]


def test_duplicate_criterion_codes_are_named(tmp_path: Path) -> None:
    text = edit_criterion(demo_call_text(), "5.2", "code", '"5.1"')

    error = refusal(tmp_path, text)

    assert error.details == ["call.toml: criteria.code: '5.1' appears more than once"]


def test_scale_min_not_below_scale_max_is_named(tmp_path: Path) -> None:
    text = edit_criterion(demo_call_text(), "2.3", "scale_min", "5")

    error = refusal(tmp_path, text)

    assert error.details == [
        "call.toml: criteria[6] (code 2.3): scale_min (5) must be below scale_max (5)"
    ]


@pytest.mark.parametrize("weight", ['"0"', '"-1"'])
def test_weight_not_above_zero_is_named(tmp_path: Path, weight: str) -> None:
    text = edit_criterion(demo_call_text(), "3.2", "weight", weight)

    error = refusal(tmp_path, text)

    assert len(error.details) == 1
    assert error.details[0].startswith("call.toml: criteria[8] (code 3.2).weight: ")
    assert "greater than 0" in error.details[0]


@pytest.mark.parametrize("weight", ['"1e-100"', '"0.0000001"'])
def test_a_weight_with_too_many_decimals_is_named(tmp_path: Path, weight: str) -> None:
    # The ranking's exact arithmetic has room for every figure a call with six decimals
    # can produce; beyond that a call is refused, not ranked with a traceback.
    text = edit_criterion(demo_call_text(), "3.2", "weight", weight)

    error = refusal(tmp_path, text)

    assert error.details == [
        "call.toml: criteria[8] (code 3.2).weight: expected at most 6 decimal places "
        f"(got {weight.replace(chr(34), chr(39))})"
    ]


def test_six_decimals_are_enough_and_rank_exactly() -> None:
    from evaluator.rules.call import parse_call
    from evaluator.rules.ranking import ProposalFacts, ReviewFacts, rank

    spec = parse_call(edit_criterion(demo_call_text(), "3.2", "weight", '"0.333333"'))
    scores = {c.code: Decimal("4.5") for c in spec.criteria}  # step 0.5 is not checked here
    reviews = [ReviewFacts("Ana", scores, True), ReviewFacts("Besnik", scores, True)]
    outcome = rank(spec, [ProposalFacts("RG-001", "Title", True, Decimal(45000), reviews)])
    # Weights 2 × 8 + 1 × 3 + 0.333333 = 19.333333; 4.5 × 19.333333 = 86.9999985 → 87.00
    assert outcome.outcomes[0].final_score == Decimal("87.00")


def test_min_grant_above_max_grant_is_named(tmp_path: Path) -> None:
    text = edit_call(demo_call_text(), 'min_grant = "30000"', 'min_grant = "70000"')

    error = refusal(tmp_path, text)

    assert error.details == [
        "call.toml: call.min_grant (70000) is greater than call.max_grant (60000)"
    ]


def test_budget_below_min_grant_is_named(tmp_path: Path) -> None:
    text = edit_call(demo_call_text(), 'budget = "480000"', 'budget = "20000"')

    error = refusal(tmp_path, text)

    assert error.details == ["call.toml: call.budget (20000) is below call.min_grant (30000)"]


def test_payments_not_adding_up_to_100_are_named(tmp_path: Path) -> None:
    text = edit_call(demo_call_text(), '"Pre-financing on signature", "80"', '"Advance", "70"')

    error = refusal(tmp_path, text)

    assert error.details == ["call.toml: contract.payments: the percentages add up to 90, not 100"]


def test_bad_toml_syntax_names_the_file_and_line(tmp_path: Path) -> None:
    text = edit_call(demo_call_text(), 'currency = "EUR"', 'currency = "EUR')
    line = text.split("\n").index('currency = "EUR') + 1

    error = refusal(tmp_path, text)

    assert str(error).startswith("call.toml is not valid TOML: ")
    assert f"line {line}," in str(error)


def test_non_utf8_file_is_refused(tmp_path: Path) -> None:
    # The representative's name saved in Windows-1250, the rest in UTF-8.
    utf8 = demo_call_text().encode("utf-8")
    path = tmp_path / "call.toml"
    path.write_bytes(utf8.replace("Kovačević".encode(), "Kovačević".encode("cp1250")))
    bad_byte = utf8.index(b"Kova\xc4\x8d") + len("Kova")

    with pytest.raises(CallFileError) as caught:
        load_call(path)

    assert str(caught.value) == (
        f"call.toml is not UTF-8 text (bad byte at position {bad_byte}); "
        "save it with UTF-8 encoding."
    )


def test_utf8_file_with_bom_loads(tmp_path: Path) -> None:
    path = tmp_path / "call.toml"
    path.write_bytes(b"\xef\xbb\xbf" + demo_call_text().encode("utf-8"))

    spec, _ = load_call(path)

    assert spec.call.id == "SB-RG-2023"


def test_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"

    with pytest.raises(CallFileError) as caught:
        load_call(path)

    assert str(caught.value) == f"Call file {path} does not exist."


def test_field_errors_are_all_listed(tmp_path: Path) -> None:
    text = demo_call_text()
    text = edit_call(text, 'currency = "EUR"\n', 'currency = "EUR"\ncolour = "red"\n')
    text = edit_call(text, "min_duration_months = 12", 'min_duration_months = "12"')
    text = edit_criterion(text, "3.2", "weight", '"0"')
    text = edit_call(text, 'aggregate = "mean"', 'aggregate = "average"')

    error = refusal(tmp_path, text)

    named = [line.split(": ")[1] for line in error.details]
    assert sorted(named) == sorted(
        [
            "call.colour",
            "call.min_duration_months",
            "criteria[8] (code 3.2).weight",
            "scoring.aggregate",
        ]
    )
    assert "(4 problems)" in str(error)


def test_rule_errors_are_all_listed(tmp_path: Path) -> None:
    text = demo_call_text()
    text = edit_call(text, 'min_grant = "30000"', 'min_grant = "70000"')
    text = edit_criterion(text, "5.2", "code", '"5.1"')
    text = edit_criterion(text, "4.2", "section", '"Sustainibility"')
    text = edit_criterion(text, "2.3", "scale_min", "5")
    text = edit_call(text, '"Pre-financing on signature", "80"', '"Advance", "70"')

    error = refusal(tmp_path, text)

    assert error.details == [
        "call.toml: call.min_grant (70000) is greater than call.max_grant (60000)",
        "call.toml: criteria.code: '5.1' appears more than once",
        "call.toml: criteria[6] (code 2.3): scale_min (5) must be below scale_max (5)",
        "call.toml: criteria[10] (code 4.2).section: no section is named 'Sustainibility'",
        "call.toml: contract.payments: the percentages add up to 90, not 100",
    ]
    assert "(5 problems)" in str(error)
