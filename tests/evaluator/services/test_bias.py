"""The evaluator bias view's figures, computed by hand (advisory only)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from evaluator.services.bias import evaluator_bias
from tests.factories import FULL_SCORES, reading, score_review, scoring_workspace

THREES = {code: ("3", "") for code in FULL_SCORES}
FOURS = {code: ("4", "") for code in FULL_SCORES}
# Demo call weights: 2,2,2, 2,2,1, 2,1, 2,1, 2,1 (sum 20).
# FULL_SCORES: 5·2+4·2+3·2 + 4·2+2·2+3·1 + 4·2+1·1 + 3·2+4·1 + 3·2+5·1 = 69
# THREES: 3·20 = 60; FOURS: 4·20 = 80


def test_mean_spread_and_deviation_from_co_reviewers(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)
    # Ana: RG-001, RG-002; Besnik: RG-001, RG-003; Dragana: RG-002, RG-003.
    score_review(workspace, "Ana Petrović", "RG-001", FULL_SCORES, submitted=True)  # 69
    score_review(workspace, "Ana Petrović", "RG-002", THREES, submitted=True)  # 60
    score_review(workspace, "Besnik Hoxha", "RG-001", THREES, submitted=True)  # 60
    score_review(workspace, "Besnik Hoxha", "RG-003", FULL_SCORES, submitted=True)  # 69
    score_review(workspace, "Dragana Đurić", "RG-002", FOURS, submitted=True)  # 80
    score_review(workspace, "Dragana Đurić", "RG-003", THREES, submitted=True)  # 60

    with reading(workspace) as session:
        rows = {b.evaluator: b for b in evaluator_bias(session)}

    ana, besnik, dragana = rows["Ana Petrović"], rows["Besnik Hoxha"], rows["Dragana Đurić"]
    # Ana: (69+60)/2 = 64.50; 69−60 = 9; ((69−60) + (60−80)) / 2 = −5.50
    assert (ana.reviews, ana.mean_total, ana.spread, ana.deviation) == (
        2,
        Decimal("64.50"),
        Decimal("9.00"),
        Decimal("-5.50"),
    )
    # Besnik: 64.50; 9; ((60−69) + (69−60)) / 2 = 0
    assert (besnik.mean_total, besnik.spread, besnik.deviation) == (
        Decimal("64.50"),
        Decimal("9.00"),
        Decimal("0.00"),
    )
    # Dragana: (80+60)/2 = 70; 20; ((80−60) + (60−69)) / 2 = 5.50
    assert (dragana.mean_total, dragana.spread, dragana.deviation) == (
        Decimal("70.00"),
        Decimal("20.00"),
        Decimal("5.50"),
    )
    # Box plot of Ana's totals [60, 69]: min 60, lower half [60], median 64.5, upper [69], max 69.
    assert ana.quartiles() == (60.0, 60.0, 64.5, 69.0, 69.0)


def test_unsubmitted_reviews_do_not_count(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, "Ana Petrović", "RG-001", FULL_SCORES, submitted=True)
    score_review(workspace, "Besnik Hoxha", "RG-001", THREES, submitted=False)
    with reading(workspace) as session:
        rows = evaluator_bias(session)
    assert [(b.evaluator, b.reviews, b.deviation) for b in rows] == [("Ana Petrović", 1, None)]
