"""Every locator proves its figure: a quote holds the number (or the Chinese name) it stands
for, as the source writes it, so that Ctrl+F on the page finds it; where the text at hand does
not, the ref says why in a note the source panel shows."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import msgspec
import pytest

from eventviewer.domain import load_event
from eventviewer.domain.bundled import edition_ids, edition_path
from eventviewer.domain.schema import (
    BreakdownItem,
    Category,
    Location,
    NameWords,
    Ref,
    SectorShare,
)
from eventviewer.domain.words import english

ENGLISH = [
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
]
NAMED = ("name", "theme", "structure", "hosts", "categories", "themes")  # names, not notes
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")  # a copy's reading aids: 發(fā)
CHINESE = "一二三四五六七八九十"
HAN = re.compile(r"[\u3400-\u9fff]")


def written(key: str, value: float) -> set[str]:
    """The ways a source writes ``value``: 100.8 bn as 1008(亿元) or 100.8 (billion), 1,600,
    16 as Sixteen, 4 as 四."""
    number = Decimal(str(value))
    forms = {format(number.normalize(), "f")}
    if key.endswith("_bn"):
        forms.add(format((number * 10).normalize(), "f"))  # 亿元
    if number == number.to_integral_value():
        whole = int(number)
        forms |= {str(whole), f"{whole:,}"}
        if 1 <= whole <= len(ENGLISH):
            forms |= {ENGLISH[whole - 1], ENGLISH[whole - 1].capitalize()}
        if 1 <= whole <= len(CHINESE):
            forms.add(CHINESE[whole - 1])
    return forms


def holds(quote: str, forms: set[str]) -> bool:
    """Whether ``quote`` holds one of ``forms`` as a whole number (38 is not in 603.38)."""
    return any(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d])", quote) for f in forms)


def facts(
    node: Any, path: str = "$", key: str = ""
) -> Iterator[tuple[str, str, Any, dict[str, Any]]]:
    """(path, key, value, ref) for each quoted ref of a figure or of a Chinese text."""
    if isinstance(node, dict):
        value = node.get("value")
        for ref in node.get("refs", []) if isinstance(node.get("refs"), list) else []:
            if isinstance(ref, dict) and ref.get("quote") is not None:
                numeric = isinstance(value, int | float) and not isinstance(value, bool)
                chinese = isinstance(value, str) and str(node.get("lang", "")).startswith("zh")
                chinese = chinese and key in NAMED
                if numeric or chinese:
                    yield path, key, value, ref
        for child_key, child in node.items():
            yield from facts(child, f"{path}.{child_key}", child_key)
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from facts(child, f"{path}[{i}]", key)


@pytest.mark.parametrize("edition", edition_ids())
def test_every_quote_holds_its_figure_or_says_why(edition: str) -> None:
    data = json.loads(edition_path(edition).read_text(encoding="utf-8"))
    wrong = []
    for path, key, value, ref in facts(data):
        quote = ref["quote"]
        if isinstance(value, str):
            found = re.sub(r"\s", "", value) in re.sub(r"\s", "", PINYIN.sub("", quote))
        else:
            found = holds(quote, written(key, value))
        if not found and not ref.get("note"):
            wrong.append(f"{path} = {value!r}: “{quote}”")
    assert not wrong, "\n".join(wrong)


def test_the_check_finds_a_quote_without_its_figure() -> None:
    """The Yunnan 2023 tier amount as it was cited: the count's clause, not 1008亿元."""
    assert not holds("投资100亿元以上的项目6个", written("amount_bn", 100.8))
    assert holds("投资100亿元以上的项目6个,共1008亿元", written("amount_bn", 100.8))
    assert not holds("广东有77个项目,投资额603.38亿元", written("projects", 38))
    assert holds("Sixteen projects were signed", written("projects", 16))


def named_in_chinese(node: object, refs: list[Ref]) -> Iterator[tuple[str, list[Ref]]]:
    """Each name given in English and Chinese (quoted, not our translation), with the refs of
    the fact it names: its own, its count's or share's, or a venue's own."""
    if isinstance(node, NameWords):
        if not node.zh_translated:
            yield node.zh, refs
    elif isinstance(node, list):
        for item in node:
            yield from named_in_chinese(item, refs)
    elif isinstance(node, msgspec.Struct):
        own = getattr(node, "refs", None) or refs
        if isinstance(node, Category):
            own = node.count.refs
        elif isinstance(node, SectorShare):
            own = node.share_percent.refs
        elif isinstance(node, BreakdownItem):  # the group the source counts: its figures' refs
            figures = (node.projects, node.amount_bn, node.share_percent)
            own = [r for f in figures if f is not None for r in f.refs]
        for field in msgspec.structs.fields(node):
            value = getattr(node, field.name)
            if isinstance(node, Location) and field.name == "venue":
                yield from named_in_chinese(value, node.venue_refs or node.refs)
            else:
                yield from named_in_chinese(value, own)


@pytest.mark.parametrize("edition", edition_ids())
def test_every_chinese_name_is_quoted_by_a_source_beside_it(edition: str) -> None:
    """A name shown in Chinese comes from a cited quote that holds it, character for character
    (our translations are marked as ours instead)."""
    event = load_event(edition_path(edition)).event
    unquoted = [
        f"{name}: {[r.quote for r in refs]}"
        for name, refs in named_in_chinese(event, [])
        if not any(
            r.quote and re.sub(r"\s", "", name) in re.sub(r"\s", "", PINYIN.sub("", r.quote))
            for r in refs
        )
    ]
    assert not unquoted, "\n".join(unquoted)


def named_things(event: Any) -> Iterator[tuple[str, str, list[Ref]]]:
    """(where, name, refs) of each host, activity theme and participant category named as a
    source writes it (a name in two languages: its English here; its Chinese is checked above)."""
    info = event.event
    for i, host in enumerate(info.hosts):
        yield f"hosts[{i}]", english(host.name), host.refs
    for i, theme in enumerate(event.activities.themes if event.activities else []):
        if theme.name is not None:
            yield f"themes[{i}]", english(theme.name), theme.refs
    for i, category in enumerate(event.participants.categories if event.participants else []):
        yield f"categories[{i}]", english(category.name), category.count.refs


@pytest.mark.parametrize("edition", edition_ids())
def test_every_named_host_theme_and_category_is_in_its_quote(edition: str) -> None:
    """Where a name is located by quotes in its language, one of them holds it (or says why
    it cannot)."""
    event = load_event(edition_path(edition)).event
    wrong = []
    for where, name, refs in named_things(event):
        in_chinese = HAN.search(name) is not None
        quotes = [r for r in refs if r.quote and (HAN.search(r.quote) is not None) == in_chinese]
        if not quotes or any(r.note for r in quotes):
            continue  # located by a paragraph (test_provenance), or the ref says why
        bare = re.sub(r"\s", "", name).casefold()
        if not any(
            bare in re.sub(r"\s", "", PINYIN.sub("", r.quote or "")).casefold() for r in quotes
        ):
            wrong.append(f"{where} {name!r}: {[r.quote for r in quotes]}")
    assert not wrong, "\n".join(wrong)
