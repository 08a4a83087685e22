"""The one-page comparison of editions: the same painter path as the summary page.

Header, the not-like-for-like notices, the chart (the screen's chart, print colours), a table
with every figure's basis and footnote numbers, and each edition's sources as footnotes.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QTextBlockFormat,
    QTextCursor,
)

from .. import __version__
from ..domain.compare import TABLE_FIGURES, Comparison, FigureKey, figure_name
from ..domain.i18n import translate
from .output import save_pdf
from .page import (
    ACCENT,
    INK,
    MUTED,
    Block,
    _Page,
    paint_one_page,
)

PLOT_PT = 125  # the chart's plot; with a one-row legend, about 150 pt on A4
MAX_ON_PAPER = 40  # editions in the table; more are counted
LANDSCAPE_FROM = 4  # editions: from this many on, the page is turned


class _ComparePage(_Page):
    def compare_header(self, c: Comparison, figure: FigureKey) -> Block:
        doc, cur = self.doc(self.width)
        self.para(cur, True)
        n = len(c.editions)
        title = translate("page", "Comparison of {n} editions").format(n=n)
        cur.insertText(title, self.fmt(15, bold=True))
        self.para(cur, False, 1)
        cur.insertText(
            translate(
                "page",
                "Each figure as its sources state it, with its basis and footnoted sources; "
                "“not stated” where they say nothing.",
            ),
            self.fmt(8, ink=MUTED),
        )
        for key in dict.fromkeys((figure, *TABLE_FIGURES[:2])):
            notice = c.notice(key)
            if notice:
                self.para(cur, False, 2)
                cur.insertText("⚠ " + notice, self.fmt(9, bold=True, ink=QColor("#8a4b00")))
        return self.text_block(doc)

    def compare_chart(self, c: Comparison, figure: FigureKey, plot_pt: float) -> Block:
        from ..charts.compare_chart import CompareChart
        from ..charts.tier_chart import print_colours

        chart = CompareChart()
        chart.set_colours(print_colours())
        chart.set_comparison(c, figure)
        return self.chart_block(chart, plot_pt)

    def compare_table(self, c: Comparison) -> Block:
        doc, cur = self.doc(self.width)
        fmt = self.table_format()
        headers = [
            translate("page", "Edition"),
            translate("page", "Opened"),
            *(figure_name(k) for k in TABLE_FIGURES),
        ]
        editions = c.editions[:MAX_ON_PAPER]
        cur.beginEditBlock()
        table = cur.insertTable(len(editions) + 1, len(headers), fmt)

        def put(row: int, col: int, parts: list[tuple[str, float, bool]]) -> None:
            cell = table.cellAt(row, col).firstCursorPosition()
            for i, (text, size, bold) in enumerate(parts):
                if i:
                    cell.insertBlock(QTextBlockFormat())
                cell.insertText(text, self.fmt(size, bold=bold, ink=MUTED if size < 7 else INK))

        for col, title in enumerate(headers):
            put(0, col, [(title, 7.5, True)])
        for r, e in enumerate(editions, 1):
            put(r, 0, [(e.short, 7.5, True), (e.name, 6.5, False)])
            put(r, 1, [(e.opened_text, 7.5, False)])
            for col, key in enumerate(TABLE_FIGURES, 2):
                cell = e.cells[key]
                if not cell.stated:
                    put(r, col, [(cell.shown, 6.5, False)])
                    continue
                notes = " ".join(x for x in (cell.basis_words, e.footnotes(cell)) if x)
                put(r, col, [(cell.text, 7.5, False), (notes, 6.5, False)])
        cur.movePosition(QTextCursor.MoveOperation.End)
        if len(c.editions) > len(editions):
            self.para(cur, False, 1)
            more = len(c.editions) - len(editions)
            cur.insertText(f"… and {more:,} more editions (listed in the app)", self.fmt(7))
        cur.endEditBlock()
        return self.text_block(doc)

    def compare_sources(self, c: Comparison) -> Block:
        doc, cur = self.doc(self.width)
        self.para(cur, True)
        heading = translate("page", "Sources, by edition")
        cur.insertText(heading, self.fmt(8, bold=True, ink=ACCENT))
        for e in c.editions[:MAX_ON_PAPER]:
            self.para(cur, False, 1.5)
            cur.insertText(f"{e.title} ({e.name}): ", self.fmt(6.5, bold=True))
            cur.insertText(
                " ".join(f"[{n}] {s}" for n, s in enumerate(e.sources, 1)), self.fmt(6.5)
            )
        self.para(cur, False, 2)
        cur.insertText(
            translate(
                "page",
                "Figures of different basis are different things: they are drawn differently "
                "and never added or ranked as alike. * derived by eventviewer.",
            )
            + f" eventviewer {__version__}",
            self.fmt(6.5, ink=MUTED),
        )
        return self.text_block(doc)

    def compare_blocks(self, c: Comparison, figure: FigureKey) -> list[Block]:
        return [
            self.compare_header(c, figure),
            self.spacer(4),
            self.compare_chart(c, figure, PLOT_PT),
            self.spacer(4),
            self.compare_table(c),
            self.spacer(4),
            self.rule(),
            self.compare_sources(c),
        ]


def orientation(c: Comparison) -> QPageLayout.Orientation:
    wide = len(c.editions) >= LANDSCAPE_FROM
    return QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait


def render_compare(device: QPagedPaintDevice, c: Comparison, figure: FigureKey = "amount") -> bool:
    """Paint the one-page comparison on ``device``; False if it cannot be painted."""

    def lay_out(width: float) -> tuple[_Page, list[Block]]:
        page = _ComparePage(device, width)
        return page, page.compare_blocks(c, figure)

    return paint_one_page(device, lay_out)


def write_compare_pdf(
    out: str | os.PathLike[str],
    c: Comparison,
    page_size: str = "A4",
    figure: FigureKey = "amount",
    sources: tuple[Path, ...] = (),
) -> Path:
    """Write the comparison as a one-page PDF; raises SaveError. Never over an input file."""
    title = translate("page", "Comparison of {n} editions").format(n=len(c.editions))
    return save_pdf(
        out,
        title,
        page_size,
        lambda writer: render_compare(writer, c, figure),
        sources,
        orientation(c),
    )
