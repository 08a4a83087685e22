"""Derived figures, checked against the article's own numbers."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from eventviewer.domain import load_event, load_event_bytes
from eventviewer.domain.derived import Figures, rounded
from eventviewer.domain.formatting import formula_text, tier_label
from eventviewer.domain.words import english

from ..conftest import BUNDLED


@pytest.fixture(scope="module")
def figures() -> Figures:
    return load_event(BUNDLED).figures


def test_stated_tiers_are_not_derived_and_carry_paragraph_3(figures: Figures) -> None:
    top, middle = figures.tiers[:2]
    assert (top.projects.value, top.amount.value) == (Decimal(6), Decimal("100.8"))
    assert (middle.projects.value, middle.amount.value) == (Decimal(14), Decimal("82.9"))
    for tier in (top, middle):
        assert not tier.projects.derived and not tier.amount.derived
        assert tier.projects.ref is not None and tier.projects.ref.paragraph == 3


def test_remainder_tier_below_5_bn_is_derived_exactly(figures: Figures) -> None:
    rest = figures.tiers[2]
    assert rest.is_remainder
    assert tier_label(rest) == "< RMB 5 bn"
    assert rest.projects.value == 362 and rest.projects.derived
    assert rest.amount.value == Decimal("212.9")  # exact, no float residue
    assert rest.amount.formula is not None
    assert formula_text(rest.amount.formula) == "396.6 − 100.8 − 82.9"
    assert {r.paragraph for r in rest.amount.inputs if r.source == "S2"} == {2, 3}  # TDI


def test_shares_and_averages(figures: Figures) -> None:
    shares = [rounded(t.share_of_amount.value, 1) for t in figures.tiers if t.share_of_amount]
    assert shares == [Decimal("25.4"), Decimal("20.9"), Decimal("53.7")]
    assert sum(t.share_of_amount.value for t in figures.tiers if t.share_of_amount) == 100
    averages = [rounded(t.average.value, 3) for t in figures.tiers if t.average]
    assert averages == [Decimal("16.800"), Decimal("5.921"), Decimal("0.588")]
    assert all(t.average and t.average.derived for t in figures.tiers)
    assert figures.average_per_project is not None
    assert rounded(figures.average_per_project.value, 2) == Decimal("1.04")


def test_emerging_industries_lower_bound(figures: Figures) -> None:
    [share] = figures.sector_shares
    assert share.qualifier == "more_than"
    assert share.percent.value == 60 and not share.percent.derived
    assert share.amount_bound is not None
    assert share.amount_bound.value == Decimal("237.96")
    assert share.amount_bound.derived
    assert [english(s) for s in share.sectors] == ["new energy", "biomedicine", "new materials"]
    assert not share.sectors_complete


def test_activity_totals_and_unnamed_themes(figures: Figures) -> None:
    assert figures.total_activities is not None and figures.total_activities.value == 21
    assert figures.unnamed_themes is not None and figures.unnamed_themes.value == 2
    assert figures.unnamed_themes.derived


def test_derived_count_counts_only_derived(figures: Figures) -> None:
    # 3 tiers × (share of amount, share of projects, average) + remainder projects, amount
    # + overall average + emerging bound + activities total + unnamed themes
    assert figures.derived_count == 9 + 2 + 1 + 1 + 1 + 1


def test_gapped_tiers_leave_an_unbounded_remainder(event_dict: dict[str, Any]) -> None:
    event_dict["investment"]["tiers"][1]["upper_bn"] = 8  # gap between 8 and 10
    event_dict["investment"]["tiers"][1]["amount_bn"]["value"] = 80
    loaded = load_event_bytes(json.dumps(event_dict).encode())
    assert tier_label(loaded.figures.tiers[2]) == "Other projects"


def test_itemized_projects_are_recounted_into_tiers(event_dict: dict[str, Any]) -> None:
    event_dict["projects"] = [
        {"name": "A", "amount_bn": 12.0},
        {"name": "B", "amount_bn": 10.0},
        {"name": "C", "amount_bn": 9.99},
        {"name": "D", "amount_bn": 1.5},
        {"name": "E"},
    ]
    loaded = load_event_bytes(json.dumps(event_dict).encode())
    counts = [(t.projects, t.amount) for t in loaded.figures.item_tiers]
    assert counts == [(2, Decimal("22")), (1, Decimal("9.99")), (1, Decimal("1.5"))]
    messages = [f.message for f in loaded.findings]
    assert "5 itemized projects; the source states 382" in messages
    assert "2 itemized projects fall in ≥ RMB 10 bn; the source states 6" in messages
    assert all(f.severity == "warning" for f in loaded.findings)
