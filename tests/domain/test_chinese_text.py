"""The Chinese summary is Chinese: our words are written in Chinese, names come in Chinese
where a source gives them, and what stays in Latin letters is quoted text, a URL, an outlet's
name or an id."""

from __future__ import annotations

import itertools
import json
import re
from urllib.parse import urlsplit

import pytest

from eventviewer.domain.bundled import edition_ids, edition_path

from ..conftest import python_output
from .test_provenance import sheet

SUMMARIES = """
import sys
from eventviewer.app.language import for_one_shot
from eventviewer.domain import load_event
from eventviewer.domain.bundled import edition_path
from eventviewer.domain.summary import build_summary
from eventviewer.domain import text
keep = for_one_shot("zh", paints=False)
if sys.argv[1] == "whole":
    text.WIDTH = 10**6  # one line per field: names are not cut where the terminal's lines end
for name in sys.argv[2:]:
    print(text.render_text(build_summary(load_event(edition_path(name)))))
    print("\\f")
"""
# Words that are ours in every language: the programs, file formats.
OURS_IN_ANY_LANGUAGE = {
    "eventviewer",
    "OpenCC",
    "PDF",
    "CSV",
    "Markdown",
    "JSON",
    "ID",
    "RMB",
    "USD",
}
URL = re.compile(r"https?://\S+")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")  # quotes, English ones too, are the sources' text
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")
HAN = re.compile(r"[\u3400-\u9fff]")
PERSON = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?(?![A-Za-z])")
UNIT = re.compile("[亿万元个家人场项年月日%]")
FORMULA = re.compile(r"\d+(?:\+\d+)*\+N")  # a programme as the sources write it: 1+3+N


def _summaries(width: str) -> dict[str, str]:
    names = edition_ids()
    texts = python_output(SUMMARIES, width, *names).split("\f\n")[:-1]  # each ends in a form feed
    return dict(zip(names, texts, strict=True))


@pytest.fixture(scope="module")
def summaries() -> dict[str, str]:
    return _summaries("whole")


@pytest.fixture(scope="module")
def wrapped() -> dict[str, str]:
    return _summaries("wrapped")


def ours(edition: str, text: str) -> str:
    """The summary without what may stay in Latin letters: URLs, quotes, the sources' outlet
    names and short names, and the edition's id; the section that lists the sources goes too."""
    text = text.split("\n来源\n", 1)[0]
    text = FORMULA.sub("", QUOTED.sub("", URL.sub("", text)))
    names = {edition}
    every = [json.loads(edition_path(e).read_text(encoding="utf-8")) for e in edition_ids()]
    for source in (s for d in every for s in d["sources"]):  # iChongqing, in another's note
        names |= {source.get(k, "") for k in ("outlet", "original_outlet", "short_name")}
        names.add(urlsplit(source.get("url", "")).hostname or "")  # an outlet named by its site
    for name in sorted(filter(None, names), key=len, reverse=True):
        text = text.replace(name, "")
    return text


def without_people(text: str, edition: str) -> str:
    """``text`` without the people its sources name only in Latin letters (Hu Henghua): their
    names are the sources', not English of ours."""
    facts = sheet(edition)
    return PERSON.sub(lambda m: "" if m[0] in facts else m[0], text)


@pytest.mark.parametrize("edition", edition_ids())
def test_the_chinese_summary_has_no_english_words_of_ours(
    summaries: dict[str, str], edition: str
) -> None:
    text = without_people(ours(edition, summaries[edition]), edition)
    words = [w for w in LATIN_WORD.findall(text) if w.strip(".-") not in OURS_IN_ANY_LANGUAGE]
    latin = sum(len(w) for w in words)
    han = len(HAN.findall(text))
    assert latin < 0.05 * (latin + han), f"{latin} Latin letters to {han} Han: {words[:40]}"
    assert not words, words


@pytest.mark.parametrize("edition", edition_ids())
def test_chinese_lines_never_part_a_number_from_its_unit(
    wrapped: dict[str, str], edition: str
) -> None:
    """3086亿元 and 2023年7月16日 stay whole where the text summary's lines end, and no line
    starts with a closing mark (the review found 3086亿 / 元, 发布于 2023 / 年7月16日, and lines
    starting with ``:`` or ``]``)."""
    lines = [line.strip() for line in wrapped[edition].splitlines() if line.strip()]
    for before, after in itertools.pairwise(lines):
        assert not (re.search(r"\d$", before) and re.match(UNIT, after)), (before, after)
        assert not re.match(r"[：；，。、）」』》”’:;,.)\]]", after), (before, after)


def test_traditional_quotes_are_labelled_and_converted_as_ours(summaries: dict[str, str]) -> None:
    """Traditional text under simplified headings says it is quoted as written (繁体原文), and
    comes with OpenCC's simplified conversion, marked as a conversion, never as a source."""
    guangxi = summaries["2024-guangxi"]
    assert guangxi.startswith("第二屆中國產業轉移發展對接活動(廣西)（繁体原文）")
    converted = next(line for line in guangxi.splitlines() if line.startswith("名称（简体转换）"))
    assert "第二届中国产业转移发展对接活动(广西)" in converted and "非来源原文" in converted
    assert "主题（繁体原文）：" in summaries["2023-inner-mongolia"]
    assert "“开放、合作、发展、共赢”" in summaries["2023-inner-mongolia"]  # 開放、合作、發展、共贏
    assert "简体转换" not in summaries["2023-yunnan"]  # simplified already: nothing to convert
