"""The comparison of editions: the same painter path and blocks as the summary.

Header, the not-like-for-like notices, the chart (the screen's chart, print colours), a table
with every figure's basis and footnote numbers, and each edition's sources as footnotes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QTextBlockFormat,
    QTextCursor,
    QTextLength,
    QTextTable,
)

from .. import __version__
from ..domain.compare import TABLE_FIGURES, Comparison, FigureKey, figure_name
from ..domain.i18n import bracketed, lead, translate
from .flow import Block, TextBlock, paint_pages
from .output import save_pdf
from .page import (
    ACCENT,
    BODY_PT,
    HEADING_PT,
    INK,
    MUTED,
    NOTE_PT,
    TITLE_PT,
    _Page,
    set_in_chinese,
    whole,
)

PLOT_PT = 125  # the chart's plot at least; a quarter of the page's height where that is more
CHART_SHARE = 0.25
MAX_ON_PAPER = 40  # editions in the table; more are counted
LANDSCAPE_FROM = 2  # editions: from this many on, the page is turned (the table's 8 columns)


class _ComparePage(_Page):
    def compare_header(self, c: Comparison, figure: FigureKey) -> Block:
        doc, cur = self.doc(self.width)
        self.para(cur, True)
        n = len(c.editions)
        title = translate("page", "Comparison of {n} editions").format(n=n)
        cur.insertText(title, self.fmt(TITLE_PT, bold=True))
        self.para(cur, False, 1)
        cur.insertText(
            translate(
                "page",
                "Each figure as its sources state it, with its basis and footnoted sources; "
                "“not stated” where they say nothing.",
            ),
            self.fmt(ink=MUTED),
        )
        for key in dict.fromkeys((figure, *TABLE_FIGURES[:2])):
            notice = c.notice(key)
            if notice:
                self.para(cur, False, 2)
                cur.insertText("⚠ " + notice, self.fmt(bold=True, ink=QColor("#8a4b00")))
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

        right = QTextBlockFormat()
        right.setAlignment(Qt.AlignmentFlag.AlignRight)

        def put(row: int, col: int, parts: list[tuple[str, float, bool]]) -> None:
            cell = table.cellAt(row, col).firstCursorPosition()
            for i, (text, size, bold) in enumerate(parts):
                if i:
                    cell.insertBlock(right if col > 1 else QTextBlockFormat())
                elif col > 1:  # figures on the right, as in the tier table
                    cell.setBlockFormat(right)
                ink = MUTED if size < BODY_PT else INK
                cell.insertText(text, self.fmt(size, bold=bold, ink=ink, figures=col > 1))

        for col, title in enumerate(headers):
            put(0, col, [(title, NOTE_PT, True)])
        for r, e in enumerate(editions, 1):
            put(r, 0, [(e.short, BODY_PT, True), (e.name, NOTE_PT, False)])
            put(r, 1, [(e.opened_text, BODY_PT, False)])
            for col, key in enumerate(TABLE_FIGURES, 2):
                cell = e.cells[key]
                if not cell.stated:
                    put(r, col, [(cell.shown, NOTE_PT, False)])
                    continue
                notes = " ".join(x for x in (cell.basis_words, whole(e.footnotes(cell))) if x)
                put(r, col, [(cell.text, BODY_PT, False), (notes, NOTE_PT, False)])
        fmt.setColumnWidthConstraints(self.column_widths(table))
        table.setFormat(fmt)
        cur.movePosition(QTextCursor.MoveOperation.End)
        self.more(cur, len(c.editions), "editions", MAX_ON_PAPER)
        cur.endEditBlock()
        header = doc.documentLayout().blockBoundingRect(
            table.cellAt(1, 0).firstCursorPosition().block()
        )
        return TextBlock.table(set_in_chinese(doc), header.top() - fmt.cellPadding())

    def column_widths(self, table: QTextTable) -> list[QTextLength]:
        """Every column at least as wide as its longest word and its widest figure (a cell's
        first line), so that no figure or date breaks; the room left shared out evenly among
        the columns whose text still wraps, each up to its text's width on one line."""
        metrics: dict[float, QFontMetricsF] = {}  # by size: one font made for each

        def advance(size: float, text: str) -> float:
            if size not in metrics:
                font = self.font(size, bold=True, figures=True)
                metrics[size] = QFontMetricsF(font, self.device)
            return metrics[size].horizontalAdvance(text)

        least: list[float] = []
        most: list[float] = []
        for col in range(table.columns()):
            lines = [self.cell_lines(table, row, col) for row in range(table.rows())]
            first = [line for cell in lines[1:] for line in cell[:1]]
            words = [word for cell in lines for _, text in cell for word in text.split()]
            least.append(max([advance(*w) for w in first] + [advance(NOTE_PT, x) for x in words]))
            most.append(max(advance(*line) for cell in lines for line in cell))
        pad = 4 * self.pt
        room = self.width - pad * len(least) - sum(least)
        extra = shared_out(room, [max(0.0, m - x) for m, x in zip(most, least, strict=True)])
        widths = [x + e + pad for x, e in zip(least, extra, strict=True)]
        widths[0] += max(0.0, self.width - sum(widths))  # all on one line: the names widen
        return [
            QTextLength(QTextLength.Type.PercentageLength, 100 * w / self.width) for w in widths
        ]

    def cell_lines(self, table: QTextTable, row: int, col: int) -> list[tuple[float, str]]:
        """The size and text of each paragraph in a cell."""
        cell = table.cellAt(row, col)
        block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        found = []
        while block.isValid():
            fragment = block.begin().fragment()
            size = fragment.charFormat().fontPointSize() if fragment.isValid() else BODY_PT
            found.append((size, block.text()))
            if block == last:
                break
            block = block.next()
        return found

    def compare_sources(self, c: Comparison) -> Block:
        doc, cur = self.doc(self.width)
        self.para(cur, True)
        heading = translate("page", "Sources, by edition")
        cur.insertText(heading, self.fmt(HEADING_PT, bold=True, ink=ACCENT))
        for e in c.editions[:MAX_ON_PAPER]:
            self.para(cur, False, 1.5)
            cur.insertText(lead(e.title + bracketed(e.name)), self.fmt(NOTE_PT, bold=True))
            cur.insertText(
                " ".join(f"[{n}] {s}" for n, s in enumerate(e.sources, 1)), self.fmt(NOTE_PT)
            )
        self.para(cur, False, 2)
        cur.insertText(
            translate(
                "page",
                "Figures of different basis are different things: they are drawn differently "
                "and never added or ranked as alike. * derived by eventviewer.",
            )
            + f" eventviewer {__version__}",
            self.fmt(NOTE_PT, ink=MUTED),
        )
        return self.text_block(doc)

    def compare_blocks(self, c: Comparison, figure: FigureKey) -> list[Block]:
        usable = self.device.pageLayout().paintRectPixels(self.device.logicalDpiX()).height()
        plot_pt = max(PLOT_PT, CHART_SHARE * usable / self.pt * self.width / self.full_width())
        return [
            self.compare_header(c, figure),
            self.spacer(4),
            self.compare_chart(c, figure, plot_pt),
            self.spacer(4),
            self.compare_table(c),
            self.spacer(4),
            self.rule(),
            self.compare_sources(c),
        ]


def shared_out(room: float, wants: list[float]) -> list[float]:
    """``room`` given out in equal shares, none more than it ``wants``; what one does not
    take goes to the others."""
    given = [0.0] * len(wants)
    while room > 0.5:
        short = [i for i, want in enumerate(wants) if want - given[i] > 0.01]
        if not short:
            break
        each = room / len(short)
        for i in short:
            take = min(each, wants[i] - given[i])
            given[i] += take
            room -= take
    return given


def orientation(c: Comparison) -> QPageLayout.Orientation:
    wide = len(c.editions) >= LANDSCAPE_FROM
    return QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait


def render_compare(device: QPagedPaintDevice, c: Comparison, figure: FigureKey = "amount") -> bool:
    """Paint the comparison on ``device`` (its sources continue on a second page where they
    do not fit the first); False if it cannot be painted."""

    def lay_out(width: float) -> tuple[list[Block], Callable[[], None]]:
        page = _ComparePage(device, width)
        return page.compare_blocks(c, figure), page.close

    title = translate("page", "Comparison of {n} editions").format(n=len(c.editions))
    return paint_pages(device, lay_out, lambda width: _ComparePage(device, width).running(title))


def write_compare_pdf(
    out: str | os.PathLike[str],
    c: Comparison,
    page_size: str = "A4",
    figure: FigureKey = "amount",
    sources: tuple[Path, ...] = (),
) -> Path:
    """Write the comparison as a PDF; raises SaveError. Never over an input file."""
    title = translate("page", "Comparison of {n} editions").format(n=len(c.editions))
    return save_pdf(
        out,
        title,
        page_size,
        lambda writer: render_compare(writer, c, figure),
        sources,
        orientation(c),
    )
