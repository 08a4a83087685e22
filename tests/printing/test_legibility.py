"""Pages worth printing: every word box measured on every page eventviewer prints.

No word under 6.5 pt, body text (the commonest size) at 8 pt or more, and no page more than
15 % empty at its foot — except the last page of a document of two pages or more. Sizes come
from the PDF itself (pdfminer.six reads each glyph's size, upright or turned).
"""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTComponent, LTPage, LTTextLine

from eventviewer.domain.bundled import edition_ids
from eventviewer.printing.output import MARGINS_MM

from ..conftest import NO_DISPLAY_AT_ALL, run_cli, with_many_tiers

FLOOR_PT = 6.5
BODY_PT = 8.0
MOST_EMPTY = 0.15
PAGE_NUMBER = re.compile(r"^(Page \d+ of \d+|第\d+页，共\d+页)$")
MARGIN_PT = MARGINS_MM.bottom() * 72 / 25.4


class Page:
    def __init__(self, page: LTPage) -> None:
        self.height = page.height
        self.sizes: list[float] = []
        self.lowest = page.height  # the foot of the lowest text, page number aside
        self.small: list[str] = []
        self._walk(page)

    def _walk(self, item: LTComponent) -> None:
        if isinstance(item, LTTextLine):
            text = " ".join(item.get_text().split())  # pdfminer puts tabs between words
            chars = [c for c in item if isinstance(c, LTChar) and c.get_text().strip()]
            sizes = [c.size if c.upright else c.width for c in chars]  # turned: across is size
            self.sizes += sizes
            if sizes and min(sizes) < FLOOR_PT:
                self.small.append(f"{min(sizes):.1f} pt: {text[:50]!r}")
            if chars and not PAGE_NUMBER.match(text):
                self.lowest = min(self.lowest, item.y0)
        elif isinstance(item, collections.abc.Iterable):
            for child in item:
                self._walk(child)

    @property
    def empty_at_foot(self) -> float:
        usable = self.height - 2 * MARGIN_PT
        return (self.lowest - MARGIN_PT) / usable


def measured(pdf: Path) -> list[Page]:
    return [Page(page) for page in extract_pages(str(pdf))]


def check(pdf: Path) -> list[str]:
    pages = measured(pdf)
    found = []
    sizes = collections.Counter(round(s, 1) for page in pages for s in page.sizes)
    body = sizes.most_common(1)[0][0]
    if body < BODY_PT:
        found.append(f"body text at {body} pt")
    for number, page in enumerate(pages, 1):
        found += [f"page {number}: {small}" for small in page.small[:5]]
        last_of_several = number == len(pages) and len(pages) > 1
        if not last_of_several and page.empty_at_foot > MOST_EMPTY:
            found.append(f"page {number} is {page.empty_at_foot:.0%} empty at its foot")
    return found


def printed(out: Path, *args: str) -> Path:
    result = run_cli(*args, unset=NO_DISPLAY_AT_ALL)
    assert result.returncode == 0, result.stderr
    return out


SUMMARIES = {
    "A4": ("--page-size", "A4"),
    "Letter": ("--page-size", "Letter"),
    "Chinese": ("--lang", "zh"),
}
SERIES = edition_ids()
COMPARISONS = {
    "2": ["2023-yunnan", "2025-hunan"],
    "4": ["2023-yunnan", "2023-guangxi", "2024-gansu", "2025-hunan"],
    "13": SERIES,
}


@pytest.mark.parametrize("kind", list(SUMMARIES))
def test_the_bundled_summary_is_legible(kind: str, tmp_path: Path) -> None:
    out = printed(tmp_path / "s.pdf", "--print-summary", str(tmp_path / "s.pdf"), *SUMMARIES[kind])
    assert not check(out), check(out)


@pytest.mark.parametrize("count", list(COMPARISONS))
def test_comparisons_are_legible(count: str, tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    printed(out, "--print-compare", str(out), *COMPARISONS[count])
    assert not check(out), check(out)


def _many_hosts(event: dict[str, Any], hosts: int) -> dict[str, Any]:
    ref = event["event"]["hosts"][0]["refs"][:1]
    event["event"]["hosts"] = [
        {"name": f"Host organisation number {i}", "role": "co-host", "refs": ref}
        for i in range(hosts)
    ]
    return event


@pytest.mark.parametrize("heavy", ["1,000 tiers", "1,000 hosts"])
def test_heavy_files_are_legible(heavy: str, tmp_path: Path, event_dict: dict[str, Any]) -> None:
    data = with_many_tiers(event_dict, 1000) if "tiers" in heavy else _many_hosts(event_dict, 1000)
    source = tmp_path / "heavy.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "h.pdf"
    printed(out, "--print-summary", str(out), str(source))
    assert not check(out), check(out)


def test_the_first_page_holds_the_essentials(tmp_path: Path) -> None:
    """Title, key figures, chart and tier table on page 1 of the bundled summary; page 2 names
    the edition in its running header and is numbered."""
    from pdfminer.high_level import extract_text

    out = printed(tmp_path / "s.pdf", "--print-summary", str(tmp_path / "s.pdf"))
    pages = extract_text(str(out)).split("\f")
    first = " ".join(pages[0].split())
    for essential in (
        "(Yunnan) 2023",
        "RMB 396.6 bn",
        "Investment by tier",
        "RMB 212.9 bn*",
        "Total",
    ):
        assert essential in first, essential
    if len(pages) > 2 or pages[1].strip():
        second = " ".join(pages[1].split())
        assert (
            "China Industrial Transfer & Development Matchmaking Activity (Yunnan) 2023 — page 2"
            in second
        )
        assert "Page 2 of" in second


def _faces_of_quotation_marks(item: LTComponent, faces: collections.Counter[str]) -> None:
    if isinstance(item, LTChar) and item.get_text() in "“”":
        faces[item.fontname.split("+")[-1]] += 1
    elif isinstance(item, collections.abc.Iterable):
        for child in item:
            _faces_of_quotation_marks(child, faces)


@pytest.mark.parametrize("args", [("--print-summary",), ("--print-compare", *SERIES)])
def test_chinese_pages_set_quotation_marks_full_width(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    """“ and ” in the Simplified face, as Chinese sets them — not the Latin face's narrow
    marks (the body's Latin face is named first, for the digits a reader copies)."""
    out = tmp_path / "zh.pdf"
    printed(out, args[0], str(out), *args[1:], "--lang", "zh")
    faces: collections.Counter[str] = collections.Counter()
    for page in extract_pages(str(out)):
        _faces_of_quotation_marks(page, faces)
    assert faces and all("CJKsc" in face for face in faces), faces
