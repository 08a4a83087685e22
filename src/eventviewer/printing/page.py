"""The printed summary: a single rendering path for print, preview and PDF.

Everything is drawn with a QPainter on a QPagedPaintDevice (QPrinter or QPdfWriter):
text through QTextDocuments filled with ``QTextCursor.insertText`` (so data is never parsed as
markup), the tier chart by rendering the same pyqtgraph chart as the screen, as vectors, with a
print palette. Inks are explicit, so a dark screen palette never reaches the paper.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
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
from ..charts.faces import SIMPLIFIED_FACES, latin_then_simplified
from ..domain.formatting import count, long_date
from ..domain.i18n import (
    bracketed,
    chinese,
    comma,
    full_stop,
    labelled,
    lead,
    semicolon,
    translate,
)
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
from ..domain.text import NUMBER_UNITS
from .flow import Block, Furniture, TextBlock, paint_pages

if TYPE_CHECKING:  # pyqtgraph is loaded only when a chart is drawn
    from ..charts.tier_chart import ReportChart

INK = QColor("#111111")
MUTED = QColor("#555555")
RULE = QColor("#9a9a9a")
ACCENT = QColor("#1f5f99")
BOX = QColor("#f1f5fa")
# The one type scale of every page (points). Nothing is set smaller: what does not fit a page
# continues on the next (flow.py); a page with room to spare is set larger.
TITLE_PT = 16.0
HEADING_PT = 11.0
FIGURE_PT = 14.0  # a key figure's value
BODY_PT = 9.0
NOTE_PT = 8.0  # footnotes, sources, bases, the stamp
BASE_PT = BODY_PT
# QTextDocument takes margins and paddings in 96-dpi pixels and scales them to the device.
DOC_UNITS_PER_PT = 96 / 72
CHART_TEXT_PT = 8.0  # the chart's ticks, values and legend on paper
PLOT_PT = 170  # the tier chart's plot
NO_LIGATURES = ("liga", "clig", "dlig")
TABULAR = ("tnum",)  # figures in tables line up
MAX_LISTED = 12  # tiers, themes, categories or shares on paper; the rest are counted
MAX_KEY_FIGURES = 9


# Chinese line-breaking: a number never parts from its unit (3086亿元, 382个, 2023年9月3日, 60%).
# A word joiner (U+2060, no glyph: it is not in the PDF's text) sits between them.
WORD_JOINER = "\u2060"
_UNIT_AFTER_NUMBER = re.compile(
    f"(?<=[\\d.])(?=[{NUMBER_UNITS}])|(?<=[亿万])(?=元)|(?<=[年月])(?=\\d)"
)


QUOTATION_MARKS = "“”‘’"


def set_in_chinese(doc: QTextDocument) -> QTextDocument:
    """``doc`` as Chinese is typeset (in Chinese only): each number kept on one line with its
    unit, and quotation marks in the Simplified face — full-width, as Chinese sets them, not
    the Latin face's narrow ones."""
    if not chinese():
        return doc
    marks = QTextCharFormat()
    marks.setFontFamilies(list(SIMPLIFIED_FACES))
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        fragments = []
        while not it.atEnd():
            fragments.append(it.fragment())
            it += 1
        for fragment in reversed(fragments):  # from the end: positions before stay valid
            start = fragment.position()
            cursor = QTextCursor(doc)
            joined = _UNIT_AFTER_NUMBER.sub(WORD_JOINER, fragment.text())
            if joined != fragment.text():
                cursor.setPosition(start)
                cursor.setPosition(start + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(joined, fragment.charFormat())
            for i, character in enumerate(joined):
                if character in QUOTATION_MARKS:
                    cursor.setPosition(start + i)
                    cursor.setPosition(start + i + 1, QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(marks)
        block = block.next()
    return doc


def whole(marks: str) -> str:
    """Footnote numbers that never break across lines: ``[1, 2, 3]`` with no-break spaces."""
    return marks.replace(", ", ",\u00a0")


def on_paper(text: str, limit: int = 400) -> str:
    """``text``, or its first ``limit`` characters and a note that it was shortened here."""
    if len(text) <= limit:
        return text
    shortened = translate("page", " (shortened on paper; in full in the app)")
    return f"{text[:limit].rstrip()}…{shortened}"


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
            date=long_date(self.printed),
        )


class _Page:
    """Lays the summary out for one width (device pixels), as a stack of blocks."""

    def __init__(self, device: QPagedPaintDevice, width: float) -> None:
        self.device = device
        self.width = width
        self.pt = device.logicalDpiY() / 72.0  # device pixels per point
        self.keep: list[QWidget] = []  # off-screen charts, alive until painted

    def full_width(self) -> float:
        """The page's width at the type scale (``width`` is narrower when set larger)."""
        return float(self.device.pageLayout().paintRectPixels(self.device.logicalDpiX()).width())

    def close(self) -> None:
        """Close the off-screen charts this layout made."""
        for widget in self.keep:
            widget.close()
            widget.deleteLater()
        self.keep.clear()

    def font(
        self,
        size: float = BASE_PT,
        *,
        bold: bool = False,
        italic: bool = False,
        figures: bool = False,
    ) -> QFont:
        font = latin_then_simplified(QFont()) if chinese() else QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic and not chinese())  # Han has no italic: Qt would slant it
        for tag in NO_LIGATURES:  # "ﬁ" glyphs would make the handout's text hard to search
            font.setFeature(QFont.Tag(tag), 0)
        if figures:
            for tag in TABULAR:
                font.setFeature(QFont.Tag(tag), 1)
        return font

    def fmt(
        self,
        size: float = BASE_PT,
        *,
        bold: bool = False,
        italic: bool = False,
        ink: QColor = INK,
        figures: bool = False,
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFont(self.font(size, bold=bold, italic=italic, figures=figures))
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
        """Text that may continue on the next page at any line."""
        return TextBlock.of((set_in_chinese(doc), 0.0))

    def spacer(self, points: float) -> Block:
        return Block(points * self.pt, lambda painter, x, y: None)

    def rule(self) -> Block:
        def draw(painter: QPainter, x: float, y: float) -> None:
            pen = QPen(RULE)
            pen.setWidthF(0.6 * self.pt)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y + 3 * self.pt), QPointF(x + self.width, y + 3 * self.pt))

        return Block(6 * self.pt, draw, keep_with_next=True)  # never last on a page

    # -- sections ---------------------------------------------------------------------------
    def header(self, s: Summary) -> Block:
        doc, c = self.doc(self.width)
        self.para(c, True)
        c.insertText(on_paper(s.title, 300), self.fmt(TITLE_PT, bold=True))
        if s.theme:
            self.para(c, False, 2)
            c.insertText(on_paper(s.theme, 300), self.fmt(HEADING_PT, italic=True))
        for name in s.names[:MAX_LISTED]:
            self.para(c, False, 1)
            c.insertText(lead(name.label), self.fmt(ink=MUTED))
            c.insertText(on_paper(name.text, 300), self.fmt())
            c.insertText(f" {whole(s.footnotes(name.provenance))}", self.fmt(NOTE_PT, ink=MUTED))
        for theme in s.theme_lines[1:MAX_LISTED]:
            self.para(c, False, 1)
            c.insertText(lead(theme.label), self.fmt(ink=MUTED))
            c.insertText(f"“{on_paper(theme.text, 300)}”", self.fmt(italic=True))
            c.insertText(f" {whole(s.footnotes(theme.provenance))}", self.fmt(NOTE_PT, ink=MUTED))
        self.para(c, False, 4)
        dates = translate("page", "Opened {opened} · closing date {closed}").format(
            opened=s.opening.text, closed=s.closing.text
        )
        if s.period is not None:
            dates += f" · {lead(s.period.label.lower())}{s.period.text}"
        c.insertText(dates, self.fmt())
        self.para(c, False)
        where = translate("page", "{place} · venue {venue}")
        c.insertText(on_paper(where.format(place=s.place.text, venue=s.venue.text)), self.fmt())
        if s.hosts:
            self.para(c, False, 1)
            role = translate("page", "Co-hosts") if len(s.hosts) > 1 else s.hosts[0].label
            c.insertText(lead(role), self.fmt(bold=True))
            joint = "、" if chinese() else "; "  # a list in Chinese takes the enumeration comma
            c.insertText(
                joint.join(on_paper(h.text, 200) for h in s.hosts[:MAX_LISTED]), self.fmt()
            )
            self.more(c, len(s.hosts), "hosts")
        if s.significance:
            self.para(c, False, 1)
            c.insertText(on_paper(s.significance.text, 600), self.fmt())
        return self.text_block(doc)

    def heading(self, text: str) -> Block:
        """A section's heading: never the last line of a page."""
        doc, c = self.doc(self.width)
        self.para(c, True)
        c.insertText(text, self.fmt(HEADING_PT, bold=True, ink=ACCENT))
        return TextBlock.of((set_in_chinese(doc), 0.0)).kept_with_next()

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
            c.insertText(line.marked, self.fmt(FIGURE_PT, bold=True))
            self.para(c, False)
            c.insertText(on_paper(line.label, 150), self.fmt())
            notes = " ".join(x for x in (line.basis, whole(s.footnotes(line.provenance))) if x)
            if notes:
                self.para(c, False)
                c.insertText(notes, self.fmt(NOTE_PT, ink=MUTED))
            docs.append(set_in_chinese(doc))
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
                self.fmt(NOTE_PT, italic=True, ink=MUTED),
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
        below (eight bases make several rows, which must not squeeze the bars). It is laid out
        at the width at which its text prints at CHART_TEXT_PT, in proportion to the page's."""
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        if chinese():  # its digits stay copyable text (charts/faces.py)
            chart.setFont(latin_then_simplified(chart.font()))
        chart.setMinimumSize(0, 0)  # the screen's minimum would squeeze it into the page
        from ..charts.tier_chart import pixel_font

        text_px = pixel_font(chart.font()).pixelSize()
        width = round(self.width / self.pt * text_px / CHART_TEXT_PT)
        chart.resize(QSize(width, round(width * plot_pt * self.pt / self.width)))
        chart.show()
        QApplication.processEvents()  # the legend's rows at this width
        legend = chart.legend.boundingRect().height() if chart.legend is not None else 0.0
        size = QSize(width, round(width * plot_pt * self.pt / self.width + legend))
        chart.resize(size)
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
            put(0, col, title, self.fmt(NOTE_PT, bold=True, ink=MUTED))
        for r, row in enumerate(listed, 1):
            char = self.fmt(bold=row.is_total, italic=row.derived, figures=True)
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
        c.insertText(title, self.fmt(HEADING_PT, bold=True, ink=ACCENT))
        body(c)
        return doc

    def figure_line(self, c: QTextCursor, line: Line, indent: bool = False) -> None:
        self.para(c, False, 1)
        if indent:
            c.insertText("    ", self.fmt())
        c.insertText(f"{line.marked}  ", self.fmt(bold=True))
        c.insertText(on_paper(line.label, 200), self.fmt())
        if line.noted_basis:
            c.insertText(bracketed(line.basis), self.fmt(NOTE_PT, ink=MUTED))

    def not_stated(self, c: QTextCursor) -> None:
        self.para(c, False, 1)
        said = translate("page", "Not stated in the sources read.")
        c.insertText(said, self.fmt(italic=True, ink=MUTED))

    def more(self, c: QTextCursor, total: int, what: str, shown: int = MAX_LISTED) -> None:
        """``… and 28 more themes (listed in the app)`` where only ``shown`` of ``total`` are."""
        if total > shown:
            self.para(c, False, 0.5)
            n = count(total - shown)  # 1,000 / 1000: ungrouped in Chinese
            c.insertText(
                translate("page", "… and {n} more (listed in the app)").format(n=n)
                if chinese()
                else f"… and {n} more {what} (listed in the app)",
                self.fmt(NOTE_PT, italic=True, ink=MUTED),
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
                c.insertText(lead(title), self.fmt(ink=MUTED))
                c.insertText(on_paper(group.heading, 250) + full_stop(), self.fmt(bold=True))
                parts = []
                for line in group.lines:
                    basis = comma() + line.basis if line.basis else ""
                    parts.append(
                        f"{labelled(line.label, on_paper(line.marked, 200))}{basis} "
                        f"{whole(s.footnotes(line.provenance))}".rstrip()
                    )
                c.insertText(semicolon().join(parts) + full_stop(), self.fmt())
                if group.note:
                    c.insertText(on_paper(group.note, 300), self.fmt(NOTE_PT, ink=MUTED))
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

        return TextBlock.of((set_in_chinese(left), 0.0), (set_in_chinese(right), col_w + gap))

    def activities_text(self, c: QTextCursor, s: Summary) -> None:
        counts = s.activities
        if s.structure is not None:
            self.para(c, False, 1)
            programme = translate("page", "Programme “{name}” ").format(name=s.structure.text)
            c.insertText(programme, self.fmt(bold=True))
            c.insertText(whole(s.footnotes(s.structure.provenance)), self.fmt(NOTE_PT, ink=MUTED))
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
                c.insertText(lead(item.label), self.fmt(bold=True))
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
            c.insertText(note(CATEGORY_NOTE), self.fmt(NOTE_PT, italic=True, ink=MUTED))
        for line in s.itemized:
            self.para(c, False, 1)
            c.insertText(labelled(line.label, line.text), self.fmt(NOTE_PT, ink=MUTED))

    def footer(self, s: Summary, meta: PrintMeta) -> Block:
        doc, c = self.doc(self.width)
        first = True
        for share in s.sector_shares[:MAX_LISTED]:
            self.para(c, first)
            first = False
            c.insertText(on_paper(labelled(share.label, share.text), 300), self.fmt())
        self.more(c, len(s.sector_shares), "sector shares")
        if s.derived_count:
            self.para(c, first, 3)
            first = False
            c.insertText(note(DERIVED_NOTE) + " ", self.fmt(NOTE_PT, ink=MUTED))
            remainder = [r for r in s.tiers if r.derived]
            for row in remainder:
                said = translate("page", "{label}: amount {formula}. ").format(
                    label=row.label, formula=row.amount.provenance.derivation
                )
                c.insertText(said, self.fmt(NOTE_PT, ink=MUTED))
        self.para(c, first, 3)
        heading = (
            translate("page", "Sources") if len(s.sources) > 1 else translate("page", "Source")
        )
        c.insertText(heading, self.fmt(bold=True))
        for n, source in enumerate(s.sources[:MAX_LISTED], 1):
            self.para(c, False, 0.5)
            c.insertText(f"[{n}] {on_paper(source)}", self.fmt(NOTE_PT))
        self.more(c, len(s.sources), "sources")
        if s.by_paragraph:
            self.para(c, False, 0.5)
            c.insertText(note(PARAGRAPH_NOTE), self.fmt(NOTE_PT, ink=MUTED))
        if s.findings:
            self.para(c, False, 2)
            c.insertText(
                translate("page", "Audit findings ({n}): ").format(n=len(s.findings))
                + on_paper("; ".join(s.findings), 800),
                self.fmt(NOTE_PT, ink=MUTED),
            )
        self.para(c, False, 3)
        c.insertText(meta.stamp(), self.fmt(NOTE_PT, ink=MUTED))
        return self.text_block(doc)

    def blocks(self, s: Summary, meta: PrintMeta) -> list[Block]:
        """The essentials first (title, key figures, the tier chart and table), so that they
        share the first page; what follows continues on the next where it does not fit."""
        blocks = [self.header(s), self.spacer(6), self.key_figures(s), self.spacer(8)]
        if s.tiers:
            blocks += [self.heading(translate("page", "Investment by tier")), self.spacer(2)]
            blocks += [self.chart(s, PLOT_PT), self.spacer(4), self.tier_table(s), self.spacer(8)]
        reported = self.reported(s)
        if reported is not None:
            blocks += [self.rule(), reported, self.spacer(6)]
        blocks += [self.rule(), self.columns(s), self.spacer(6), self.rule(), self.footer(s, meta)]
        return blocks

    def running(self, title: str) -> Furniture:
        """A document of several pages: its title and the page's number at the top of each
        page after the first, the number at the foot of every page."""
        return RunningTitle(self, title)


class RunningTitle:
    """The running header and page number of a document of several pages."""

    def __init__(self, page: _Page, title: str) -> None:
        self.page, self.title = page, title

    def _line(self, text: str, align: Qt.AlignmentFlag, rule_below: bool) -> Block:
        page = self.page
        doc, c = page.doc(page.width)
        fmt = QTextBlockFormat()
        fmt.setAlignment(align)
        c.setBlockFormat(fmt)
        c.insertText(text, page.fmt(NOTE_PT, ink=MUTED))
        text_h = doc.size().height()
        gap = 8 * page.pt

        def draw(painter: QPainter, x: float, y: float) -> None:
            top = y if rule_below else y + gap
            painter.save()
            painter.translate(x, top)
            doc.drawContents(painter)
            painter.restore()
            pen = QPen(RULE)
            pen.setWidthF(0.5 * page.pt)
            painter.setPen(pen)
            line_y = top + text_h + 2 * page.pt if rule_below else y + gap / 2
            painter.drawLine(QPointF(x, line_y), QPointF(x + page.width, line_y))

        return Block(text_h + gap, draw)

    def header(self, number: int, pages: int) -> Block:
        if number == 1:
            return Block(0.0, lambda painter, x, y: None)
        said = translate("page", "{title} — page {n} of {pages}")
        text = said.format(title=on_paper(self.title, 160), n=number, pages=pages)
        return self._line(text, Qt.AlignmentFlag.AlignLeft, rule_below=True)

    def footer(self, number: int, pages: int) -> Block:
        said = translate("page", "Page {n} of {pages}").format(n=number, pages=pages)
        return self._line(said, Qt.AlignmentFlag.AlignRight, rule_below=False)


def render_page(
    device: QPagedPaintDevice, loaded: LoadedEvent, summary: Summary, meta: PrintMeta | None = None
) -> bool:
    """Paint the summary on ``device``, on as many pages as its type at the type scale takes.
    Returns False if the device cannot be painted."""
    meta = meta or PrintMeta.of(loaded, summary)

    def lay_out(width: float) -> tuple[list[Block], Callable[[], None]]:
        page = _Page(device, width)
        return page.blocks(summary, meta), page.close

    return paint_pages(device, lay_out, lambda width: _Page(device, width).running(summary.title))
