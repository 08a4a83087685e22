"""Every stated figure in the bundled file can be found in the paragraph its locator names."""

from __future__ import annotations

import re
from typing import Any

import pytest

from .conftest import ARTICLE, REQUIRE_TOOLS

BOILERPLATE = ("Also Read", "Previous article", "Next article", "Kindle", "Saudi", "Uzbek")


def paragraphs() -> list[str]:
    if not ARTICLE.is_file():
        if REQUIRE_TOOLS:
            pytest.fail(f"source article not found at {ARTICLE}")
        pytest.skip("source article not beside the checkout")
    text = ARTICLE.read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def facts(node: Any, path: str = "$") -> list[tuple[str, Any, dict[str, Any]]]:
    """(path, value, ref) for every object that has both a value and a ref."""
    found = []
    if isinstance(node, dict):
        if "value" in node and "ref" in node:
            found.append((path, node["value"], node["ref"]))
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


def test_every_stated_number_appears_in_its_paragraph(bundled_dict: dict[str, Any]) -> None:
    paras = paragraphs()
    checked = 0
    for path, value, ref in facts(bundled_dict):
        forms = spelled(value)
        if not forms:
            continue
        text = paras[ref["paragraph"] - 1]
        assert any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d])", text) for f in forms), (
            f"{path} = {value} not found in paragraph {ref['paragraph']}: {text[:80]}…"
        )
        checked += 1
    assert checked == 18  # every numeric fact in the bundled file


def test_names_and_slogan_are_verbatim(bundled_dict: dict[str, Any]) -> None:
    paras = paragraphs()
    event = bundled_dict["event"]
    assert event["name"]["value"] in paras[0]
    assert event["opening_date"]["value"] == "2023-09-03" and "On September 3," in paras[0]
    assert event["closing_date"] is None and event["location"]["venue"] is None
    assert f"“{event['theme']['value']},”" in paras[1]
    for host in event["hosts"]:
        assert host["name"] in paras[host["ref"]["paragraph"] - 1]
    for item in bundled_dict["activities"]["focus_industry_chains"]["items"]:
        assert item in paras[12]


def test_named_themes_come_from_paragraph_12_and_two_are_unnamed(
    bundled_dict: dict[str, Any],
) -> None:
    paras = paragraphs()
    themes = bundled_dict["activities"]["themes"]
    named = [t for t in themes if t["name"] is not None]
    assert len(themes) == 7 and len(named) == 5
    for theme in named:
        assert theme["ref"]["paragraph"] == 12
        key_words = [w for w in re.findall(r"[a-z]{5,}", theme["name"].lower())]
        assert all(w in paras[11].lower() for w in key_words), theme["name"]


def test_no_locator_points_at_boilerplate(bundled_dict: dict[str, Any]) -> None:
    paras = paragraphs()
    refs = re.findall(r'"paragraph": (\d+)', str(bundled_dict).replace("'", '"'))
    for n in map(int, refs):
        assert not any(b in paras[n - 1] for b in BOILERPLATE), n


def test_bundled_file_holds_no_boilerplate(bundled_dict: dict[str, Any]) -> None:
    text = str(bundled_dict)
    for phrase in (*BOILERPLATE, "Pakistan", "Beautiful China", "Amazon"):
        assert phrase not in text
