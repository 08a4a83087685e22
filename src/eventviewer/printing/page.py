"""The one-page summary: a single rendering path for print, preview and PDF.

Everything is drawn with a QPainter on a QPagedPaintDevice (QPrinter or QPdfWriter):
text through QTextDocuments filled with ``QTextCursor.insertText`` (so data is never parsed as
markup), the tier chart by rendering the same pyqtgraph chart as the screen, as vectors, with a
print palette. Inks are explicit, so a dark screen palette never reaches the paper.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..domain.i18n import chinese, translate
from ..domain.loader import LoadedEvent
from ..domain.summary import (
    CATEGORY_NOTE,
    DERIVED_NOTE,
    NO_FIGURES,
    PARAGRAPH_NOTE,
    Line,
    Summary,
    note,
)

if TYPE_CHECKING:  # pyqtgraph is loaded only when a chart is drawn
    from ..charts.tier_chart import ReportChart

INK = QColor("#111111")
MUTED = QColor("#555555")
RULE = QColor("#9a9a9a")
ACCENT = QColor("#1f5f99")
BOX = QColor("#f1f5fa")
BASE_PT = 8.0
# QTextDocument takes margins and paddings in 96-dpi pixels and scales them to the device.
DOC_UNITS_PER_PT = 96 / 72
CHART_LOGICAL_WIDTH = 760
PLOT_PT = 148  # the tier chart's plot; with its one-row legend, 175 pt on A4
NO_LIGATURES = ("liga", "clig", "dlig")
MAX_LISTED = 12  # tiers, themes, categories or shares on paper; the rest are counted
MAX_KEY_FIGURES = 9
MIN_SCALE = 0.55
FILL_GOAL = 0.85  # a page shrunk to fit and left emptier than this is enlarged again


def on_paper(text: str, limit: int = 400) -> str:
    """``text``, or its first ``limit`` characters and a note that it was shortened here."""
    if len(text) <= limit:
        return text
    return f"{text[:limit].rstrip()}… (shortened on paper; in full in the app)"


class PrintMeta(msgspec.Struct, frozen=True):
    """What the integrity stamp says about the printout."""

    file_name: str
    sha256: str
    schema_version: int
    printed: datetime.date

    @classmethod
    def of(cls, loaded: LoadedEvent, summary: Summary) -> PrintMeta:
        name = loaded.path.name if loaded.path is not None else loaded.file
        return cls(name, loaded.sha256, summary.written_version, datetime.date.today())

    def stamp(self) -> str:
        return translate(
            "page",
            "Data file {name} · SHA-256 {digest} · schema v{version} · eventviewer {app} "
            "· printed {date}",
        ).format(
            name=self.file_name,
            digest=self.sha256[:12],
            version=self.schema_version,
            app=__version__,
            date=self.printed.isoformat(),
        )


class Block(msgspec.Struct):
    height: float
    draw: Callable[[QPainter, float, float], None]


class _Page:
    """Lays the summary out for one width (device pixels), as a stack of blocks."""

    def __init__(self, device: QPagedPaintDevice, width: float) -> None:
        self.device = device
        self.width = width
        self.pt = device.logicalDpiY() / 72.0  # device pixels per point
        self.keep: list[QWidget] = []  # off-screen charts, alive until painted

    def close(self) -> None:
        """Close the off-screen charts this layout made."""
        for widget in self.keep:
            widget.close()
            widget.deleteLater()
        self.keep.clear()

    def font(self, size: float = BASE_PT, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        for tag in NO_LIGATURES:  # "ﬁ" glyphs would make the handout's text hard to search
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def fmt(
        self, size: float = BASE_PT, *, bold: bool = False, italic: bool = False, ink: QColor = INK
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFont(self.font(size, bold=bold, italic=italic))
        fmt.setForeground(QBrush(ink))
        return fmt

    def doc(self, width: float) -> tuple[QTextDocument, QTextCursor]:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setTextWidth(width)
        doc.setDefaultFont(self.font(BASE_PT))
        return doc, QTextCursor(doc)

    @staticmethod
    def para(cursor: QTextCursor, first: bool, space_before_pt: float = 0.0) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(space_before_pt * DOC_UNITS_PER_PT)
        if first:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt)

    def text_block(self, doc: QTextDocument) -> Block:
        def draw(painter: QPainter, x: float, y: float) -> None:
            painter.save()
            painter.translate(x, y)
            doc.drawContents(painter)
            painter.restore()

        return Block(doc.size().height(), draw)

    def spacer(self, points: float) -> Block:
        return Block(points * self.pt, lambda painter, x, y: None)

    def rule(self) -> Block:
        def draw(painter: QPainter, x: float, y: float) -> None:
            pen = QPen(RULE)
            pen.setWidthF(0.6 * self.pt)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y + 3 * self.pt), QPointF(x + self.width, y + 3 * self.pt))

        return Block(6 * self.pt, draw)

    # -- sections ---------------------------------------------------------------------------
    def header(self, s: Summary) -> Block:
        doc, c = self.doc(self.width)
        self.para(c, True)
        c.insertText(on_paper(s.title, 300), self.fmt(15, bold=True))
        if s.theme:
            self.para(c, False, 2)
            c.insertText(f"“{on_paper(s.theme, 300)}”", self.fmt(10, italic=True))
        for name in s.names[:MAX_LISTED]:
            self.para(c, False, 1)
            c.insertText(f"{name.label}: ", self.fmt(8, ink=MUTED))
            c.insertText(on_paper(name.text, 300), self.fmt(8))
            c.insertText(f" {s.footnotes(name.provenance)}", self.fmt(7, ink=MUTED))
        for theme in s.theme_lines[1:MAX_LISTED]:
            self.para(c, False, 1)
            c.insertText(f"{theme.label}: ", self.fmt(8, ink=MUTED))
            c.insertText(f"“{on_paper(theme.text, 300)}”", self.fmt(8, italic=True))
            c.insertText(f" {s.footnotes(theme.provenance)}", self.fmt(7, ink=MUTED))
        self.para(c, False, 4)
        dates = translate("page", "Opened {opened} · closing date {closed}").format(
            opened=s.opening.text, closed=s.closing.text
        )
        if s.period is not None:
            dates += f" · {s.period.label.lower()} {s.period.text}"
        c.insertText(dates, self.fmt(8.5))
        self.para(c, False)
        c.insertText(on_paper(f"{s.place.text} · venue {s.venue.text}"), self.fmt(8.5))
        if s.hosts:
            self.para(c, False, 1)
            role = translate("page", "Co-hosts") if len(s.hosts) > 1 else s.hosts[0].label
            c.insertText(f"{role}: ", self.fmt(8.5, bold=True))
            c.insertText(
                "; ".join(on_paper(h.text, 200) for h in s.hosts[:MAX_LISTED]), self.fmt(8.5)
            )
            self.more(c, len(s.hosts), "hosts")
        if s.significance:
            self.para(c, False, 1)
            c.insertText(on_paper(s.significance.text, 600), self.fmt(8.5))
        return self.text_block(doc)

    def heading(self, text: str) -> Block:
        doc, c = self.doc(self.width)
        self.para(c, True)
        c.insertText(text, self.fmt(10.5, bold=True, ink=ACCENT))
        return self.text_block(doc)

    def key_figures(self, s: Summary) -> Block:
        """Boxes in rows of at most three, wide enough that a figure never breaks; at most
        MAX_KEY_FIGURES, the others counted under them. Each says its basis and its sources'
        footnote numbers."""
        every = s.key_figures
        if not every:
            doc, c = self.doc(self.width)
            self.para(c, True)
            c.insertText(note(NO_FIGURES), self.fmt(italic=True, ink=MUTED))
            return self.text_block(doc)
        lines = every[:MAX_KEY_FIGURES]
        columns = min(3, max(1, len(lines)))
        gap = 5 * self.pt
        box_w = (self.width - gap * (columns - 1)) / columns
        pad = 4 * self.pt
        docs = []
        for line in lines:
            doc, c = self.doc(box_w - 2 * pad)
            self.para(c, True)
            c.insertText(line.marked, self.fmt(12, bold=True))
            self.para(c, False)
            c.insertText(on_paper(line.label, 150), self.fmt(7.5))
            notes = " ".join(x for x in (line.basis, s.footnotes(line.provenance)) if x)
            if notes:
                self.para(c, False)
                c.insertText(notes, self.fmt(6.5, ink=MUTED))
            docs.append(doc)
        box_h = max((d.size().height() for d in docs), default=0) + 2 * pad
        rows = (len(docs) + columns - 1) // columns

        def draw(painter: QPainter, x: float, y: float) -> None:
            for i, doc in enumerate(docs):
                left = x + (i % columns) * (box_w + gap)
                top = y + (i // columns) * (box_h + gap)
                painter.save()
                painter.fillRect(QRectF(left, top, box_w, box_h), BOX)
                painter.translate(left + pad, top + pad)
                doc.drawContents(painter)
                painter.restore()

        height = rows * box_h + (rows - 1) * gap
        if len(every) > len(lines):
            doc, c = self.doc(self.width)
            self.para(c, True, 2)
            c.insertText(
                f"… and {len(every) - len(lines):,} more key figures (listed in the app)",
                self.fmt(italic=True, ink=MUTED),
            )
            more = self.text_block(doc)
            boxes = draw

            def draw(painter: QPainter, x: float, y: float) -> None:
                boxes(painter, x, y)
                more.draw(painter, x, y + height)

            height += more.height
        return Block(height, draw)

    def chart(self, s: Summary, plot_pt: float) -> Block:
        from ..charts.tier_chart import TierChart, print_colours

        chart = TierChart()
        chart.set_colours(print_colours())
        chart.set_rows(list(s.tiers), s.currency, "amount")
        chart.getPlotItem().setTitle(None)
        return self.chart_block(chart, plot_pt)

    def chart_block(self, chart: ReportChart, plot_pt: float) -> Block:
        """The chart, off screen, drawn across the page: ``plot_pt`` tall, and its legend
        below (eight bases make four rows, which must not squeeze the bars)."""
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        chart.setMinimumSize(0, 0)  # the screen's minimum would squeeze it into the page
        # Lay the chart out at a size where its fonts read well, and wider as the page shrinks
        # to fit, so that its text shrinks with the page's text.
        full_width = self.device.pageLayout().paintRectPixels(self.device.logicalDpiX()).width()
        width = round(CHART_LOGICAL_WIDTH * max(1.0, self.width / full_width))
        legend = chart.legend.boundingRect().height() if chart.legend is not None else 0.0
        size = QSize(width, round(width * plot_pt * self.pt / self.width + legend))
        chart.resize(size)
        chart.show()
        QApplication.processEvents()  # let pyqtgraph lay the plot out at that size
        if chart.extra_tick_px:  # names wrapped under the bars take their lines from below
            size.setHeight(size.height() + round(chart.extra_tick_px))
            chart.resize(size)
            QApplication.processEvents()
        height = size.height() * self.width / width
        source = QRectF(chart.viewport().rect())
        self.keep.append(chart)

        def draw(painter: QPainter, x: float, y: float) -> None:
            chart.scene().render(painter, QRectF(x, y, self.width, height), source)

        return Block(height, draw)

    def table_format(self) -> QTextTableFormat:
        """A borderless table across the width, its first row a header."""
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellPadding(1.5 * DOC_UNITS_PER_PT)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setHeaderRowCount(1)
        return fmt

    def tier_table(self, s: Summary) -> Block:
        doc, c = self.doc(self.width)
        fmt = self.table_format()
        widths = [22, 11, 17, 16, 16, 18]
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        headers = [
            translate("page", "Tier"),
            translate("page", "Projects"),
            translate("page", "Amount"),
            translate("page", "Share of amount"),
            translate("page", "Share of projects"),
            translate("page", "Avg per project"),
        ]
        tiers = [r for r in s.tiers if not r.is_total]
        listed = [*tiers[:MAX_LISTED], *(r for r in s.tiers if r.is_total)]
        c.beginEditBlock()  # lay the table out once, not after every cell
        table = c.insertTable(len(listed) + 1, len(headers), fmt)
        right = QTextBlockFormat()
        right.setAlignment(Qt.AlignmentFlag.AlignRight)

        def put(row: int, col: int, text: str, char: QTextCharFormat) -> None:
            cell = table.cellAt(row, col)
            cursor = cell.firstCursorPosition()
            if col:
                cursor.setBlockFormat(right)
            cursor.insertText(text, char)

        for col, title in enumerate(headers):
            put(0, col, title, self.fmt(7.5, bold=True, ink=MUTED))
        for r, row in enumerate(listed, 1):
            char = self.fmt(8, bold=row.is_total, italic=row.derived)
            cells = row.cells()
            for col, text in enumerate(cells):
                put(r, col, text, char)
        c.movePosition(QTextCursor.MoveOperation.End)
        self.more(c, len(tiers), "tiers")
        c.endEditBlock()
        block = self.text_block(doc)
        rows = len(listed) + 1
        base = block.draw

        def draw(painter: QPainter, x: float, y: float) -> None:
            pen = QPen(RULE)
            pen.setWidthF(0.5 * self.pt)
            painter.setPen(pen)
            for r in (1, rows - 1):  # under the header, above the total
                cell = table.cellAt(r, 0)
                top = doc.documentLayout().blockBoundingRect(cell.firstCursorPosition().block())
                line_y = y + top.top() - 2 * self.pt
                painter.drawLine(QPointF(x, line_y), QPointF(x + self.width, line_y))
            base(painter, x, y)

        return Block(block.height, draw)

    def lines_doc(
        self, width: float, title: str, body: Callable[[QTextCursor], None]
    ) -> QTextDocument:
        doc, c = self.doc(width)
        self.para(c, True)
        c.insertText(title, self.fmt(10.5, bold=True, ink=ACCENT))
        body(c)
        return doc

    def figure_line(self, c: QTextCursor, line: Line, indent: bool = False) -> None:
        self.para(c, False, 1)
        if indent:
            c.insertText("    ", self.fmt())
        c.insertText(f"{line.marked}  ", self.fmt(bold=True))
        c.insertText(on_paper(line.label, 200), self.fmt())
        if line.noted_basis:
            c.insertText(f" ({line.basis})", self.fmt(7, ink=MUTED))

    def not_stated(self, c: QTextCursor) -> None:
        self.para(c, False, 1)
        said = translate("page", "Not stated in the sources read.")
        c.insertText(said, self.fmt(italic=True, ink=MUTED))

    def more(self, c: QTextCursor, total: int, what: str) -> None:
        if total > MAX_LISTED:
            self.para(c, False, 0.5)
            c.insertText(
                translate("page", "… and {n} more (listed in the app)").format(
                    n=f"{total - MAX_LISTED:,}"
                )
                if chinese()
                else f"… and {total - MAX_LISTED:,} more {what} (listed in the app)",
                self.fmt(italic=True, ink=MUTED),
            )

    def reported(self, s: Summary) -> Block | None:
        """What else the sources report: other scopes, follow-ups and where they differ, each
        with its basis and footnotes, side by side and never merged."""
        sections = (
            (translate("page", "Also reported"), s.reports),
            (translate("page", "Follow-up"), s.follow_ups),
            (translate("page", "Where the sources differ"), s.conflicts),
        )
        if not any(groups for _, groups in sections):
            return None
        doc, c = self.doc(self.width)
        first = True
        for title, groups in sections:
            for group in groups[:MAX_LISTED]:
                self.para(c, first, 0 if first else 1.5)
                first = False
                kind = f" ({group.kind})" if group.kind else ""
                c.insertText(f"{title}: ", self.fmt(7.5, ink=MUTED))
                c.insertText(on_paper(group.title, 200) + kind + ". ", self.fmt(7.5, bold=True))
                parts = []
                for line in group.lines:
                    basis = f", {line.basis}" if line.basis else ""
                    parts.append(
                        f"{line.label}: {on_paper(line.marked, 200)}{basis} "
                        f"{s.footnotes(line.provenance)}".rstrip()
                    )
                c.insertText("; ".join(parts) + ". ", self.fmt(7.5))
                if group.note:
                    c.insertText(on_paper(group.note, 300), self.fmt(7, italic=True, ink=MUTED))
            self.more(c, len(groups), title.lower())
        return self.text_block(doc)

    def columns(self, s: Summary) -> Block:
        """Activities beside participants, each column as tall as it needs."""
        gap = 14 * self.pt
        col_w = (self.width - gap) / 2
        left = self.lines_doc(
            col_w, translate("page", "Activities"), lambda c: self.activities_text(c, s)
        )
        right = self.lines_doc(
            col_w, translate("page", "Participants"), lambda c: self.participants_text(c, s)
        )

        def draw(painter: QPainter, x: float, y: float) -> None:
            for doc, dx in ((left, 0.0), (right, col_w + gap)):
                painter.save()
                painter.translate(x + dx, y)
                doc.drawContents(painter)
                painter.restore()

        return Block(max(left.size().height(), right.size().height()), draw)

    def activities_text(self, c: QTextCursor, s: Summary) -> None:
        counts = s.activities
        if s.structure is not None:
            self.para(c, False, 1)
            programme = translate("page", "Programme “{name}” ").format(name=s.structure.text)
            c.insertText(programme, self.fmt(bold=True))
            c.insertText(s.footnotes(s.structure.provenance), self.fmt(7, ink=MUTED))
        if not (counts.lines() or s.themes or s.tours or s.chains or s.structure):
            self.not_stated(c)
        for line in (counts.main, counts.special, counts.extension, counts.total):
            if line is not None:
                self.figure_line(c, line)
        if s.themes:
            self.themes_text(c, s)
        for item in (s.tours, s.chains):
            if item is not None:
                self.para(c, False, 3)
                c.insertText(f"{item.label}: ", self.fmt(bold=True))
                c.insertText(on_paper(item.text, 600), self.fmt())

    def themes_text(self, c: QTextCursor, s: Summary) -> None:
        self.para(c, False, 3)
        count = s.activities.theme_count
        if count:
            label = translate("page", "Themes of the special activities ({n})")
            label = label.format(n=count.marked)
        else:
            label = translate("page", "Themes")
        c.insertText(label, self.fmt(bold=True))
        for i, theme in enumerate(s.themes[:MAX_LISTED], 1):
            self.para(c, False, 0.5)
            unnamed = theme.name is None
            fmt = self.fmt(italic=unnamed, ink=MUTED if unnamed else INK)
            c.insertText(f"{i}. {on_paper(theme.text, 200)}", fmt)
        self.more(c, len(s.themes), "themes")

    def participants_text(self, c: QTextCursor, s: Summary) -> None:
        if not (s.people or s.companies or s.categories or s.itemized):
            self.not_stated(c)
        for line in (s.people, s.companies):
            if line is not None:
                self.figure_line(c, line)
        if s.categories:
            self.para(c, False, 3)
            c.insertText(translate("page", "Reported categories"), self.fmt(bold=True))
            for line in s.categories[:MAX_LISTED]:
                self.figure_line(c, line)
            self.more(c, len(s.categories), "categories")
            self.para(c, False, 2)
            c.insertText(note(CATEGORY_NOTE), self.fmt(7, italic=True, ink=MUTED))
        for line in s.itemized:
            self.para(c, False, 1)
            c.insertText(f"{line.label}: {line.text}", self.fmt(7, ink=MUTED))

    def footer(self, s: Summary, meta: PrintMeta) -> Block:
        doc, c = self.doc(self.width)
        first = True
        for share in s.sector_shares[:MAX_LISTED]:
            self.para(c, first)
            first = False
            c.insertText(on_paper(f"{share.label}: {share.text}", 300), self.fmt(8))
        self.more(c, len(s.sector_shares), "sector shares")
        if s.derived_count:
            self.para(c, first, 3)
            first = False
            c.insertText(note(DERIVED_NOTE) + " ", self.fmt(7, ink=MUTED))
            remainder = [r for r in s.tiers if r.derived]
            for row in remainder:
                said = translate("page", "{label}: amount {formula}. ").format(
                    label=row.label, formula=row.amount.provenance.derivation
                )
                c.insertText(said, self.fmt(7, ink=MUTED))
        self.para(c, first, 3)
        heading = (
            translate("page", "Sources") if len(s.sources) > 1 else translate("page", "Source")
        )
        c.insertText(heading, self.fmt(7.5, bold=True))
        for n, source in enumerate(s.sources[:MAX_LISTED], 1):
            self.para(c, False, 0.5)
            c.insertText(f"[{n}] {on_paper(source)}", self.fmt(7))
        self.more(c, len(s.sources), "sources")
        if s.by_paragraph:
            self.para(c, False, 0.5)
            c.insertText(note(PARAGRAPH_NOTE), self.fmt(7, ink=MUTED))
        if s.findings:
            self.para(c, False, 2)
            c.insertText(
                translate("page", "Audit findings ({n}): ").format(n=len(s.findings))
                + on_paper("; ".join(s.findings), 800),
                self.fmt(7, ink=MUTED),
            )
        self.para(c, False, 3)
        c.insertText(meta.stamp(), self.fmt(6.5, ink=MUTED))
        return self.text_block(doc)

    def blocks(self, s: Summary, meta: PrintMeta) -> list[Block]:
        blocks = [self.header(s), self.spacer(6), self.key_figures(s), self.spacer(6)]
        reported = self.reported(s)
        if reported is not None:
            blocks += [reported, self.spacer(6)]
        if s.tiers:
            blocks += [self.heading(translate("page", "Investment by tier")), self.spacer(2)]
            blocks += [self.chart(s, PLOT_PT), self.spacer(4), self.tier_table(s), self.spacer(6)]
        blocks += [self.rule(), self.columns(s), self.spacer(6), self.rule(), self.footer(s, meta)]
        return blocks


def render_page(
    device: QPagedPaintDevice, loaded: LoadedEvent, summary: Summary, meta: PrintMeta | None = None
) -> bool:
    """Paint the one-page summary on ``device``. Returns False if the device cannot be painted."""
    meta = meta or PrintMeta.of(loaded, summary)

    def lay_out(width: float) -> tuple[_Page, list[Block]]:
        page = _Page(device, width)
        return page, page.blocks(summary, meta)

    return paint_one_page(device, lay_out)


def paint_one_page(
    device: QPagedPaintDevice, lay_out: Callable[[float], tuple[_Page, list[Block]]]
) -> bool:
    """Lay the blocks out for the page's width, shrinking uniformly until they fit one page,
    and paint them on white. ``lay_out(width)`` makes a page of that width and its blocks.
    Returns False if the device cannot be painted."""
    rect = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
    width, height = rect.width(), rect.height()

    def attempt(scale: float) -> tuple[_Page, list[Block], float]:
        """The page laid out at ``scale``, and how full it is (above 1: it does not fit)."""
        page, blocks = lay_out(width / scale)
        return page, blocks, sum(b.height for b in blocks) * scale / height

    scale, too_large, over = 1.0, 0.0, 0.0
    page, blocks, filled = attempt(scale)
    while filled > 1 and scale > MIN_SCALE:  # shrink uniformly until it fits one page
        page.close()
        too_large, over = scale, filled
        scale = max(MIN_SCALE, scale * min(0.97, 1 / filled))
        page, blocks, filled = attempt(scale)
    # A wider layout wraps less, so the shrinking can overshoot and leave much of the page
    # empty: aim between the two last scales for a page just under full (two tries at most).
    for _ in range(2):
        if filled > 1 or filled >= FILL_GOAL or not too_large:
            break
        guess = scale + (too_large - scale) * (0.98 - filled) / (over - filled)
        candidate = attempt(guess)
        if candidate[2] <= 1:
            page.close()
            scale, (page, blocks, filled) = guess, candidate
        else:
            candidate[0].close()
            too_large, over = guess, candidate[2]
    try:
        painter = QPainter()
        if not painter.begin(device):
            return False
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(width, height)), QColor("white"))
        painter.scale(scale, scale)
        y = 0.0
        for block in blocks:
            block.draw(painter, 0.0, y)
            y += block.height
        painter.end()
        return True
    finally:
        page.close()
