"""What the sources leave in doubt stays in doubt: relations between figures only where a
source states them, and a figure computed from one whose scope is uncertain says so."""

from __future__ import annotations

from eventviewer.domain import build_summary, load_event
from eventviewer.domain.bundled import edition_path
from eventviewer.domain.text import render_text


def test_an_average_over_an_amount_in_doubt_carries_the_caveat() -> None:
    """Sichuan 2024: RMB 104.8 bn may cover the 21 industrial projects, not all 22."""
    summary = build_summary(load_event(edition_path("2024-sichuan")))
    average = [d for d in summary.derived_lines if d.label == "Average per project"]
    assert average and "21 industrial projects" in average[0].warning
    text = " ".join(render_text(summary).split())
    assert "104.8 ÷ 22 projects" in text and "scope is in doubt" in text


def test_a_subset_is_claimed_only_where_a_source_says_so() -> None:
    """Hunan 2025's 16 projects signed at the opening are another scope, not part of the 543
    solicited; Shaanxi 2023's 456 come from five thematic events, not one."""
    hunan = " ".join(render_text(build_summary(load_event(edition_path("2025-hunan")))).split())
    assert "part of the headline figures" not in hunan
    shaanxi = build_summary(load_event(edition_path("2023-shaanxi")))
    kinds = [group.kind for group in shaanxi.reports]
    assert "several sub-events" in kinds and "one sub-event" not in kinds


def test_a_source_is_cited_as_what_it_is() -> None:
    """Hunan 2025's first source is a translation of hunan.gov.cn and Xinhua, not a repost."""
    text = " ".join(render_text(build_summary(load_event(edition_path("2025-hunan")))).split())
    assert "Hunan Provincial Government, translation of hunan.gov.cn; Xinhua" in text
    assert "repost of hunan.gov.cn" not in text


def test_an_as_of_date_keeps_the_precision_its_source_gives() -> None:
    """截至2024年6月底 is the end of June, not the 30th; 截至4月底 (Guangxi 2023) gives no year,
    so the year shown is said to be inferred."""
    yunnan = " ".join(render_text(build_summary(load_event(edition_path("2023-yunnan")))).split())
    assert "started, as of the end of June 2024" in yunnan and "30 June 2024" not in yunnan
    guangxi = build_summary(load_event(edition_path("2023-guangxi")))
    started = [line for group in guangxi.follow_ups for line in group.lines]
    assert started and all("the end of April 2024 (the year inferred)" in x.basis for x in started)
