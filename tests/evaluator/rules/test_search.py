"""What a search box compares: across scripts, cases and accents."""

from __future__ import annotations

from evaluator.rules.text import search_key


def test_a_search_key_reads_serbian_and_macedonian_cyrillic_as_latin() -> None:
    assert search_key("Ниш") == search_key("Niš") == search_key("nis") == "nis"
    assert search_key("ЉУБОВИЈА Ђурђевак") == "ljubovija đurđevak"
    assert search_key("Ѓорѓе Ќосе Ѕвездан Џеп") == "gjorgje kjose dzvezdan dzep"
    # Letters of no Serbian or Macedonian word stay as they are.
    assert search_key("Щука") == "щuka"


def test_a_search_key_drops_case_and_accents_as_before() -> None:
    assert (
        search_key("Udruženje roditelja “Zajedno” Nikšić") == "udruzenje roditelja “zajedno” niksic"
    )
    assert search_key("RG-007") == "rg-007"
