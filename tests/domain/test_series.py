"""The series as data: schema version 2, the bundled editions by id, the round-1 file migrated."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from eventviewer.domain import json_schema, load_event, load_event_bytes
from eventviewer.domain.bundled import edition_ids, edition_path, resolve
from eventviewer.domain.formatting import BASIS_WORDS, QUALIFIER_WORDS
from eventviewer.domain.schema import BASES
from eventviewer.domain.summary import Summary, build_summary
from eventviewer.domain.text import render_text

from ..conftest import BUNDLED, V1_YUNNAN, located_problems, run_cli

INDEX = BUNDLED.parents[3] / "shared" / "sources" / "series" / "INDEX.md"


def summary_of(path: Path | str) -> Summary:
    return build_summary(load_event(path))


def test_every_edition_validates_under_the_published_schema() -> None:
    validator = jsonschema.Draft202012Validator(
        json_schema(), format_checker=jsonschema.FormatChecker()
    )
    ids = edition_ids()
    assert len(ids) == 13
    for edition in ids:
        data = json.loads(edition_path(edition).read_text(encoding="utf-8"))
        validator.validate(data)
        assert load_event(edition_path(edition)).findings == (), edition


def test_the_round_one_file_still_loads_and_summarises_the_same_facts() -> None:
    old, new = summary_of(V1_YUNNAN), summary_of(BUNDLED)
    assert load_event(V1_YUNNAN).written_version == 1
    assert [k.text for k in old.key_figures] == [k.text for k in new.key_figures]
    assert [r.cells() for r in old.tiers] == [r.cells() for r in new.tiers]
    assert [c.text for c in old.categories] == [c.text for c in new.categories]
    assert [t.text for t in old.themes] == [t.text for t in new.themes]
    assert [h.text for h in old.hosts] == [h.text for h in new.hosts]
    assert (old.title, old.theme, old.opening.text) == (new.title, new.theme, new.opening.text)
    assert [d.text for d in old.derived_lines] == [d.text for d in new.derived_lines]
    # what version 1 could not say is said to be missing, not guessed
    assert [k.basis for k in old.key_figures[:2]] == ["basis not stated"] * 2
    assert old.key_figures[0].provenance.citation == "TDI, paragraph 2"


def test_a_v1_sector_share_keeps_its_qualifier_when_migrated() -> None:
    data = json.loads(V1_YUNNAN.read_text(encoding="utf-8"))
    data["investment"]["sector_shares"][0]["qualifier"] = "exactly"
    loaded = load_event_bytes(json.dumps(data).encode())
    assert loaded.event.investment is not None
    share = loaded.event.investment.sector_shares[0].share_percent
    assert (share.qualifier, share.refs[0].paragraph) == ("exact", 4)
    assert build_summary(loaded).sector_shares[0].text.startswith("exactly 60% of the total")


def test_every_basis_has_words_and_is_shown_with_its_figure(
    event_dict: dict[str, Any],
) -> None:
    """Each basis on a figure that takes it: the headline projects for the investment bases
    (checked in the key figures' column), else a participant, activity or follow-up count."""
    from typing import get_args

    from eventviewer.domain.schema import (
        ActivityBasis,
        FollowUpBasis,
        InvestmentBasis,
        ParticipantBasis,
    )

    def takes(kind: object) -> tuple[str, ...]:
        return get_args(get_args(kind)[0])

    assert set(BASIS_WORDS) == set(BASES)
    kinds = {
        ("investment", "projects"): takes(InvestmentBasis),
        ("participants", "people"): takes(ParticipantBasis),
        ("activities", "main"): takes(ActivityBasis),
        ("follow_ups", "projects"): takes(FollowUpBasis),
    }
    assert {b for bases in kinds.values() for b in bases} == set(BASES)
    for (section, field), bases in kinds.items():
        for basis in bases:
            data = copy.deepcopy(event_dict)
            holder = data[section][0] if section == "follow_ups" else data[section]
            holder[field]["basis"] = basis
            summary = build_summary(load_event_bytes(json.dumps(data).encode()))
            text = render_text(summary)
            assert BASIS_WORDS[basis] in text, basis
            if section == "investment":
                projects = summary.key_figures[0]
                assert projects.basis == BASIS_WORDS[basis]
                assert f"{projects.text:>16}   {BASIS_WORDS[basis]}" in text


@pytest.mark.parametrize("qualifier", sorted(QUALIFIER_WORDS))
def test_every_qualifier_is_written_and_derived_figures_need_exact_inputs(
    event_dict: dict[str, Any], qualifier: str
) -> None:
    event_dict["investment"]["amount_bn"]["qualifier"] = qualifier
    summary = build_summary(load_event_bytes(json.dumps(event_dict).encode()))
    amount = summary.key_figures[1]
    words = QUALIFIER_WORDS[qualifier]
    assert amount.text == (f"{words} RMB 396.6 bn" if words else "RMB 396.6 bn")
    derived = {d.label for d in summary.derived_lines}
    # an average or a remainder of "more than RMB 396.6 bn" would be a made-up number
    assert ("Average per project" in derived) == (qualifier == "exact")


def test_figures_of_different_basis_are_not_computed_together() -> None:
    hunan = summary_of(edition_path("2025-hunan"))  # 543 solicited, RMB 448.1 bn intended
    assert [(k.text, k.basis) for k in hunan.key_figures] == [
        ("543", "solicited"),
        ("RMB 448.1 bn", "intended investment"),
    ]
    assert hunan.derived_lines == ()


def test_conflicts_and_scope_differences_are_kept_side_by_side() -> None:
    hunan = summary_of(edition_path("2025-hunan"))
    [conflict] = hunan.conflicts
    assert conflict.kind == "Different scopes"
    assert [line.provenance.citation.split(":")[0] for line in conflict.lines] == [
        "Hunan Provincial Government, translation of hunan.gov.cn; Xinhua",
        "reportify.ai, repost of 长沙晚报",
    ]
    scope = next(g for g in hunan.reports if "outside the province" in g.title)
    assert [line.text for line in scope.lines] == ["337", "RMB 308.6 bn"]
    text = render_text(hunan)
    assert "543" in text and "337" in text and "RMB 448.1 bn" in text and "RMB 308.6 bn" in text
    assert "RMB 378.35 bn" not in text  # never averaged

    chongqing = summary_of(edition_path("2023-chongqing"))
    dates = next(g for g in chongqing.conflicts if g.title == "Opening date")
    assert dates.kind == "Sources disagree"
    assert [line.text for line in dates.lines] == [  # each source's words, quoted
        "“20日在重慶開幕”",
        "“on November 20, totaling 201.22 billion yuan”",
        "“On November 19, Chongqing and Shanxi simultaneously conducted their respective "
        "matchmaking events”",
    ]
    assert chongqing.opening.text == "20 November 2023"
    on_site = next(g for g in chongqing.reports if "on site" in g.title)
    assert [(line.text, line.basis) for line in on_site.lines] == [("30", "signed on site")]


def test_follow_ups_carry_their_date_apart_from_the_signing() -> None:
    yunnan = summary_of(BUNDLED)
    assert [
        (g.title, [(line.text, line.basis) for line in g.lines]) for g in yunnan.follow_ups
    ] == [
        ("Investment-type projects started", [("140", "started, as of the end of June 2024")]),
        ("Start rate", [("46%", "started, as of the end of June 2024")]),
        (
            "Total investment of the started projects",
            [
                (
                    "RMB 141 bn",
                    "total investment of the started projects, as of the end of June 2024",
                )
            ],
        ),
    ]
    text = render_text(yunnan)
    assert text.index("FOLLOW-UP") > text.index("KEY FIGURES")
    assert "Kunming Dianchi International Convention and Exhibition Center" in text
    assert "Name, Chinese:" in text and "2023中国产业转移发展对接活动(云南)" in text


def test_translations_are_marked_as_ours() -> None:
    text = " ".join(render_text(summary_of(edition_path("2023-inner-mongolia"))).split())
    assert "Theme, Chinese (traditional):" in text
    assert "Theme, English (our translation):" in text
    assert "“Openness, cooperation, development, win-win” [our translation]" in text


def test_a_sparse_edition_says_what_is_not_stated() -> None:
    text = render_text(summary_of(edition_path("2024-heilongjiang")))
    assert "The sources read state no projects, amounts or participants" in " ".join(text.split())
    assert "Planned:" in render_text(summary_of(edition_path("2024-guangxi")))


def fact(value: Any, basis: str | None, **ref: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"value": value, "refs": [{"source": "S1", **ref}]}
    if basis:
        out["basis"] = basis
    return out


@pytest.mark.parametrize(
    ("change", "location", "message"),
    [
        (
            lambda d: d["investment"]["projects"].update(basis="promised"),
            "$.investment.projects.basis",
            "is not one of the values this field takes",
        ),
        (
            lambda d: d["investment"]["projects"]["refs"][0].update(source="S9"),
            "$.investment.projects.refs[0].source",
            "refers to unknown source `S9`",
        ),
        (
            lambda d: d["investment"]["projects"]["refs"][0].update(quote=""),
            "$.investment.projects.refs[0].quote",
            "length ≥ 1",
        ),
        (
            lambda d: d["investment"]["projects"]["refs"][0].update(quote="   "),
            "$.investment.projects.refs[0].quote",
            "the locator quote is empty",
        ),
        (
            lambda d: d["investment"]["projects"]["refs"][0].pop("quote"),
            "$.investment.projects.refs[0]",
            "needs one locator: a paragraph number or a verbatim quote",
        ),
        (
            lambda d: d["investment"]["projects"].update(refs=[]),
            "$.investment.projects.refs",
            "needs at least 1 item(s)",
        ),
        (
            lambda d: d["follow_ups"][0]["projects"].update(as_of="2023-08-31"),
            "$.follow_ups[0].projects.as_of",
            "2023-08-31 is before the event opened (2023-09-03): a follow-up comes after its event",
        ),
        (
            lambda d: d["follow_ups"][0]["projects"].pop("as_of"),
            "$.follow_ups[0].projects.as_of",
            "a follow-up figure needs its as-of date",
        ),
        (
            lambda d: d["conflicts"][0].update(statements=d["conflicts"][0]["statements"][:1]),
            "$.conflicts[0].statements",
            "needs at least 2 item(s)",
        ),
    ],
    ids=[
        "unknown-basis",
        "dangling-source",
        "empty-locator",
        "blank-locator",
        "no-locator",
        "no-refs",
        "follow-up-before-event",
        "follow-up-undated",
        "one-sided-conflict",
    ],
)
def test_bad_sourcing_is_refused_and_located(
    event_dict: dict[str, Any], change: Any, location: str, message: str
) -> None:
    change(event_dict)
    found = located_problems(json.dumps(event_dict, ensure_ascii=False).encode())
    assert any(where == location and message in said for where, said in found), found


def test_a_missing_basis_is_a_finding_in_version_2_only(event_dict: dict[str, Any]) -> None:
    del event_dict["investment"]["amount_bn"]["basis"]
    loaded = load_event_bytes(json.dumps(event_dict).encode())
    assert [(p.location, p.severity) for p in loaded.findings] == [
        ("$.investment.amount_bn", "warning")
    ]
    assert "basis not given" in loaded.findings[0].message
    assert load_event(V1_YUNNAN).findings == ()


def test_list_names_every_edition_of_the_index_id_first() -> None:
    out = run_cli("--list")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["ID", "Year", "Province", "City", "Opened", "Projects", "Amount"]
    ids = [line.split()[0] for line in lines[1:]]
    assert sorted(ids) == edition_ids()
    rows = {line.split()[0]: " ".join(line.split()) for line in lines[1:]}
    assert "2023-09-03 382 projects (signed during the event)" in rows["2023-yunnan"]
    assert "RMB 396.6 bn (signed during the event)" in rows["2023-yunnan"]
    assert "more than RMB 300 bn (expected to be signed)" in rows["2024-gansu"]
    assert "543 projects (solicited) RMB 448.1 bn (intended investment)" in rows["2025-hunan"]
    assert "projects not stated amount not stated" in rows["2024-heilongjiang"]
    if INDEX.is_file():  # every province of the index has its line
        index = INDEX.read_text(encoding="utf-8")
        for edition in edition_ids():
            year, province = edition.split("-", 1)
            words = province.replace("-", " ").title()
            assert f"| {year} | {words} |" in index or f"{year} {words}" in index, edition


def test_an_id_works_wherever_a_file_does(tmp_path: Path, monkeypatch: Any) -> None:
    out = run_cli("--summary", "2025-hunan")
    assert out.returncode == 0, out.stderr
    assert "543" in out.stdout and "solicited" in out.stdout and "reportify.ai" in out.stdout
    assert run_cli("--validate", "2024-gansu").returncode == 0
    # a file of that name in the working folder wins over the id
    monkeypatch.chdir(tmp_path)
    (tmp_path / "2024-gansu").write_text("{}", encoding="utf-8")
    assert resolve("2024-gansu") == "2024-gansu"
    assert run_cli("--validate", "2024-gansu", cwd=tmp_path).returncode == 1
    assert resolve("2099-atlantis") == "2099-atlantis"


def test_list_of_a_folder_lists_every_file_and_fails_for_a_bad_one(tmp_path: Path) -> None:
    (tmp_path / "good.json").write_bytes(BUNDLED.read_bytes())
    (tmp_path / "old.json").write_bytes(V1_YUNNAN.read_bytes())
    (tmp_path / "bad.json").write_text('{"schema_version": 2', encoding="utf-8")
    out = run_cli("--list", str(tmp_path))
    assert out.returncode == 1
    assert [line.split()[0] for line in out.stdout.splitlines()[1:]] == ["good.json", "old.json"]
    assert out.stderr.startswith(f"{tmp_path / 'bad.json'}:1:")
    assert run_cli("--list", str(tmp_path / "good.json")).returncode == 2


def test_tiers_of_another_basis_are_not_checked_against_the_total(
    event_dict: dict[str, Any],
) -> None:
    """Solicited tiers larger than a signed total are two different things, not an error."""
    for tier in event_dict["investment"]["tiers"]:
        tier["projects"]["value"] *= 100
        tier["amount_bn"]["value"] *= 100
        tier["projects"]["basis"] = tier["amount_bn"]["basis"] = "solicited"
    loaded = load_event_bytes(json.dumps(event_dict).encode())
    assert loaded.findings == ()
    # the same tiers, counting what the total counts, cannot all be true
    for tier in event_dict["investment"]["tiers"]:
        tier["projects"]["basis"] = tier["amount_bn"]["basis"] = "signed_during_event"
    messages = [m for _, m in located_problems(json.dumps(event_dict).encode())]
    assert "tiers hold 2000 projects, more than the 382 projects in total" in messages


def test_an_as_of_date_is_shown_even_without_a_basis(event_dict: dict[str, Any]) -> None:
    event_dict["investment"]["tiers"][0]["projects"]["as_of"] = "2023-09-04"
    summary = build_summary(load_event_bytes(json.dumps(event_dict).encode()))
    assert summary.tiers[0].projects.basis == "signed during the event, as of 4 September 2023"
    del event_dict["investment"]["projects"]["basis"]  # the tier counts what the total counts
    summary = build_summary(load_event_bytes(json.dumps(event_dict).encode()))
    assert summary.tiers[0].projects.basis == "as of 4 September 2023"
    sichuan = summary_of(edition_path("2025-sichuan"))
    assert [(k.text, k.basis) for k in sichuan.key_figures[:2]] == [
        ("more than 300", "solicited, as of 29 April 2025"),
        ("more than RMB 300 bn", "solicited, as of 29 April 2025"),
    ]
