"""The one summary, and its plain-text rendering, carry every figure of the source."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eventviewer.domain import Summary, build_summary, load_event, render_text

from ..conftest import BUNDLED

STATED = [
    "382",
    "RMB 396.6 bn",
    "6",
    "RMB 100.8 bn",
    "14",
    "RMB 82.9 bn",
    "3,100",
    "2,066",
    "161",
    "56",
    "100",
    "156",
    "18",
    "7",
    "2",
]
DERIVED = [
    "362*",
    "RMB 212.9 bn*",
    "RMB 237.96 bn*",
    "21*",
    "25.4%*",
    "20.9%*",
    "53.7%*",
    "RMB 16.80 bn*",
    "RMB 5.92 bn*",
    "RMB 0.59 bn*",
]


@pytest.fixture(scope="module")
def summary() -> Summary:
    return build_summary(load_event(BUNDLED))


@pytest.fixture(scope="module")
def text(summary: Summary) -> str:
    return render_text(summary)


def test_text_has_every_stated_and_derived_figure(text: str) -> None:
    for figure in STATED + DERIVED:
        assert figure in text, figure


def test_stated_figures_are_never_marked_derived(summary: Summary) -> None:
    assert [k.text for k in summary.key_figures] == [
        "382",
        "RMB 396.6 bn",
        "3,100",
        "2,066",
        "21",
        "> 60%",
    ]
    assert [k.derived for k in summary.key_figures] == [False, False, False, False, True, False]
    stated_rows = [r for r in summary.tiers if not r.derived and not r.is_total]
    assert all(not r.projects.derived and not r.amount.derived for r in stated_rows)
    assert all(r.share and r.share.derived for r in summary.tiers if not r.is_total)


def test_every_derived_figure_explains_itself(summary: Summary, text: str) -> None:
    assert summary.derived_count == 15
    for line in summary.derived_lines:
        assert line.provenance.describe().startswith("Derived by eventviewer: ")
        assert line.marked.endswith("*")
    assert (
        "Amount < RMB 5 bn: RMB 212.9 bn* = 396.6 − 100.8 − 82.9 — from TDI paragraphs 2, 3" in text
    )


def test_provenance_of_stated_figures(summary: Summary) -> None:
    """A figure several sources state cites each, with its own locator, and names each."""
    by_label = {k.label: k.provenance.describe() for k in summary.key_figures}
    workers, tdi, kunming = summary.sources[0], summary.sources[1], summary.sources[2]
    assert by_label["Projects"] == (
        "Stated: 工人日报: “活动签约项目382个”; TDI, paragraph 2; "
        "wanpiaopiao.cn, repost of 昆明日报: “签约项目382个、计划投资金额3966亿元”\n"
        f"Source: {workers}\n{tdi}\n{kunming}"
    )
    assert by_label["People"] == (
        f"Stated: TDI, paragraph 8; 工人日报: “参加此次活动的企业共2066家3100人”\n"
        f"Source: {tdi}\n{workers}"
    )
    assert [k.basis for k in summary.key_figures[:4]] == [
        "signed during the event",
        "signed during the event",
        "took part",
        "took part",
    ]


def test_event_facts_and_unknowns(summary: Summary, text: str) -> None:
    assert summary.theme == "“Coordinated and Open Regional Development for a Win-Win Future”"
    assert summary.opening.text == "3 September 2023"
    assert summary.closing.text == "not given in the sources read"
    assert summary.venue.text == "Kunming Dianchi International Convention and Exhibition Center"
    assert summary.place.text == "Kunming, Yunnan, China"
    assert [h.text for h in summary.hosts] == [
        "Ministry of Industry and Information Technology",
        "People’s Government of Yunnan Province",
    ]
    assert "first national-level industry matchmaking event" in text


def test_themes_named_and_unnamed(summary: Summary, text: str) -> None:
    names = [t.text for t in summary.themes]
    assert len(names) == 7
    assert names[2] == "Information industry matchmaking"
    assert names[5:] == ["Not named in the source"] * 2
    assert "    6. Not named in the source" in text


def test_categories_as_reported_may_overlap(summary: Summary, text: str) -> None:
    assert [c.text for c in summary.categories] == ["161", "56", "100", "156"]
    assert "may overlap" in text
    assert "Fortune Global 500, Fortune China 500" in summary.categories[0].label


def test_emerging_industries_are_a_lower_bound(summary: Summary) -> None:
    [line] = summary.sector_shares
    assert line.text == "more than 60% of the total amount — more than RMB 237.96 bn*"
    assert line.label == "Emerging industries such as new energy, biomedicine and new materials"


def test_source_line_and_no_boilerplate(summary: Summary, text: str) -> None:
    assert summary.sources[1] == (
        "The Diplomatic Insight (TDI), dateline Kunming, 5 September 2023, in English, "
        "https://thediplomaticinsight.com/yunnan-matchmaking-event-spurs-rmb396-6-billion-in-projects/"
    )
    assert summary.sources[2] == (
        "wanpiaopiao.cn, repost of 昆明日报, in Chinese, https://wanpiaopiao.cn/show/113417.html"
    )
    assert len(summary.sources) == 6
    for phrase in ("Also Read", "Saudi", "Kindle", "Previous article"):
        assert phrase not in text


def test_negative_zero_and_extreme_values_are_written_sensibly(
    event_dict: dict[str, Any],
) -> None:
    from eventviewer.domain import load_event_bytes
    from eventviewer.domain.derived import dec, plain

    event_dict["investment"]["sector_shares"][0]["share_percent"]["value"] = -0.0
    summary = build_summary(load_event_bytes(json.dumps(event_dict).encode()))
    assert "-0" not in render_text(summary)
    assert "> 0%" in [line.text for line in summary.key_figures]
    assert plain(dec(5e-324)) == "5E-324"  # not 0.000…0005 with 324 digits
    assert plain(dec(1e9)) == "1000000000"
    assert plain(dec(396.6)) == "396.6"
