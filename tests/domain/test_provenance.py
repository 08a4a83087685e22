"""Every stated figure in the bundled file can be found in the paragraph its locator names."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import pytest

from ..conftest import ARTICLE, BUNDLED, REQUIRE_TOOLS, SOURCES

BOILERPLATE = ("Also Read", "Previous article", "Next article", "Kindle", "Saudi", "Uzbek")


def paragraphs() -> list[str]:
    if not ARTICLE.is_file():
        if REQUIRE_TOOLS:
            pytest.fail(f"source article not found at {ARTICLE}")
        pytest.skip("source article not beside the checkout")
    text = ARTICLE.read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def facts(node: Any, path: str = "$") -> list[tuple[str, Any, dict[str, Any]]]:
    """(path, value, ref) for every ref of every object that has a value and refs."""
    found = []
    if isinstance(node, dict):
        if "value" in node and "refs" in node:
            found += [(path, node["value"], ref) for ref in node["refs"]]
        for key, child in node.items():
            found += facts(child, f"{path}.{key}")
    elif isinstance(node, list):
        for i, child in enumerate(node):
            found += facts(child, f"{path}[{i}]")
    return found


def spelled(value: Any) -> list[str]:
    """How the article may write a number: 3100 → 3,100; 396.6 → 396.6; 60 → 60%."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return []
    if isinstance(value, float) and not value.is_integer():
        return [repr(value)]
    n = int(value)
    return [f"{n:,}", str(n)]


def by_paragraph(data: dict[str, Any]) -> list[tuple[str, Any, int]]:
    return [(p, v, r["paragraph"]) for p, v, r in facts(data) if "paragraph" in r]


def test_every_stated_number_appears_in_its_paragraph(bundled_dict: dict[str, Any]) -> None:
    paras = paragraphs()
    checked = set()
    for path, value, paragraph in by_paragraph(bundled_dict):
        forms = spelled(value)
        if not forms:
            continue
        text = paras[paragraph - 1]
        assert any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d])", text) for f in forms), (
            f"{path} = {value} not found in paragraph {paragraph}: {text[:80]}…"
        )
        checked.add(path)
    assert len(checked) == 18  # every numeric fact the TDI article states, as in round 1


def english(name: str | dict[str, str]) -> str:
    """A name as the English source writes it (a name given in two languages: its ``en``)."""
    return name if isinstance(name, str) else name["en"]


def test_names_and_slogan_are_verbatim(bundled_dict: dict[str, Any]) -> None:
    paras = paragraphs()
    event = bundled_dict["event"]
    assert event["name"]["value"] in paras[0]
    assert event["opening_date"]["value"] == "2023-09-03" and "On September 3," in paras[0]
    assert "closing_date" not in event
    assert f"“{event['theme']['value']},”" in paras[1]
    for host in event["hosts"]:
        assert english(host["name"]) in paras[host["refs"][0]["paragraph"] - 1]
    for item in bundled_dict["activities"]["focus_industry_chains"]["items"]:
        assert english(item) in paras[12]


def test_named_themes_come_from_paragraph_12_and_two_are_unnamed(
    bundled_dict: dict[str, Any],
) -> None:
    paras = paragraphs()
    themes = bundled_dict["activities"]["themes"]
    named = [t for t in themes if t.get("name") is not None]
    assert len(themes) == 7 and len(named) == 5
    for theme in named:
        assert theme["refs"][0] == {"source": "S2", "paragraph": 12}
        name = english(theme["name"])
        key_words = [w for w in re.findall(r"[a-z]{5,}", name.lower())]
        assert all(w in paras[11].lower() for w in key_words), name


def test_no_locator_points_at_boilerplate(bundled_dict: dict[str, Any]) -> None:
    paras = paragraphs()
    refs = re.findall(r'"paragraph": (\d+)', str(bundled_dict).replace("'", '"'))
    for n in map(int, refs):
        assert not any(b in paras[n - 1] for b in BOILERPLATE), n


def test_bundled_file_holds_no_boilerplate(bundled_dict: dict[str, Any]) -> None:
    text = str(bundled_dict)
    for phrase in (*BOILERPLATE, "Pakistan", "Beautiful China", "Amazon"):
        assert phrase not in text


SHEETS = SOURCES / "series"


def sheet(edition: str) -> str:
    path = SHEETS / f"{edition}.md"
    if not path.is_file():
        if REQUIRE_TOOLS:
            pytest.fail(f"facts sheet not found at {path}")
        pytest.skip("facts sheets not beside the checkout")
    return path.read_text(encoding="utf-8")


def written(value: Any) -> list[str]:
    """How a sheet may write a figure: 3100 → 3100 or 3,100; RMB 396.6 bn → 3966(亿元)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return []
    forms = {f"{value:g}", f"{value:,}"}
    tenfold = Decimal(repr(value)) * 10
    forms.add(f"{tenfold.normalize():f}")
    words = {16: "Sixteen", 46: "46%"}
    if value in words:
        forms.add(words[int(value)])
    return sorted(forms)


EDITIONS = sorted(p.stem for p in BUNDLED.parent.glob("*.json"))


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_quoted_locator_is_in_its_facts_sheet_with_the_figure(edition: str) -> None:
    """Each web locator is copied from the edition's facts sheet (where it was read), and the
    sheet's line that holds it holds the figure too: nothing is located by a phrase no sheet
    gives, and no number is stored that its locator's line does not state."""
    text = sheet(edition)
    data = json.loads((BUNDLED.parent / f"{edition}.json").read_text(encoding="utf-8"))
    quotes = [r["quote"] for _, _, r in facts(data) if "quote" in r]
    quotes += re.findall(r'"quote": "((?:[^"\\]|\\.)*)"', json.dumps(data, ensure_ascii=False))
    assert quotes, edition
    for quote in quotes:
        quote = json.loads(f'"{quote}"') if "\\" in quote else quote
        assert quote in text, f"{edition}: locator not in the sheet: {quote}"
    for path, value, ref in facts(data):
        forms = written(value)
        if not forms or "quote" not in ref:
            continue
        lines = [line for line in text.splitlines() if ref["quote"] in line]
        assert any(f in line for line in lines for f in forms), (
            f"{edition} {path} = {value}: not on the sheet's line of “{ref['quote']}”"
        )


def test_every_sheet_of_the_series_is_an_edition() -> None:
    sheets = sorted(p.stem for p in SHEETS.glob("*.md") if p.stem != "INDEX") or [sheet("x")]
    assert sheets == EDITIONS


@pytest.mark.parametrize("edition", EDITIONS)
def test_names_slogans_and_conflicting_statements_are_quoted_from_the_sheet(edition: str) -> None:
    text = sheet(edition).replace("“", '"').replace("”", '"')
    data = json.loads((BUNDLED.parent / f"{edition}.json").read_text(encoding="utf-8"))
    event = data["event"]
    quoted = [event["name"], *(event["name"].get("variants", []))]
    if "theme" in event:
        quoted += [event["theme"], *event["theme"].get("variants", [])]
    quoted += [s for c in data.get("conflicts", []) for s in c["statements"]]
    for fact in quoted:
        if fact["refs"][0].get("paragraph"):
            continue  # the TDI article: checked against its paragraphs above
        value = fact["value"].replace("“", '"').replace("”", '"')
        for part in value.split(" … "):  # a quote with words left out marks them so
            assert part in text, f"{edition}: not quoted from the sheet: {part}"
