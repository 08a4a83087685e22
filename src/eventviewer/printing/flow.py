"""Blocks laid out on pages: fill the page before shrinking, continue rather than crush.

A page is a stack of blocks. Text blocks (QTextDocuments, one or more side by side) may
continue on the next page at a line's top (a table's, at a row's); a chart or a row of key
figures moves whole. Type is never set below the type scale (``page.TYPE``): what does not fit
one page continues on the next, under a running header that names the document and numbers
the page. A document that fits one page with room to spare is set larger, up to MAX_SCALE,
until it fills the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)

MAX_SCALE = 1.5  # a short document is set at most this much larger than the type scale
FILL_GOAL = 0.88  # ...so that it fills at least this much of its page
KEEP_WITH_NEXT_PT = 40.0  # a heading needs this much of what follows below it on its page
EPSILON = 0.5  # device pixels: a line starting exactly at a cut belongs to the next part


class Block:
    """Something ``height`` tall (device pixels) that ``draw`` paints at (x, y); it moves to
    the next page whole. ``keep_with_next``: never the last thing on a page (a heading)."""

    def __init__(
        self,
        height: float,
        draw: Callable[[QPainter, float, float], None],
        *,
        keep_with_next: bool = False,
    ) -> None:
        self.height = height
        self.draw = draw
        self.keep_with_next = keep_with_next

    def split(self, room: float) -> tuple[Block, Block] | None:
        """The part that fits in ``room`` and the rest; None when nothing of it fits."""
        return None

    def kept_with_next(self) -> Block:
        self.keep_with_next = True
        return self


class Column:
    """A text document placed ``dx`` from the block's left, shown from ``start`` to ``end``;
    a continued part (``start`` > 0) repeats the document's first ``repeat`` pixels above it
    (a table's header row)."""

    def __init__(
        self, doc: QTextDocument, dx: float, start: float, end: float, repeat: float = 0.0
    ) -> None:
        self.doc, self.dx, self.start, self.end, self.repeat = doc, dx, start, end, repeat
        self.cuts = [c for c in cut_points(doc) if start < c < end and c > repeat]

    @property
    def above(self) -> float:
        """The header repeated above a continued part."""
        return self.repeat if self.start > 0 else 0.0

    @property
    def height(self) -> float:
        return self.end - self.start + self.above if self.end > self.start else 0.0

    def until(self, cut: float) -> Column:
        return Column(self.doc, self.dx, self.start, cut, self.repeat)

    def after(self, cut: float) -> Column:
        return Column(self.doc, self.dx, cut, self.end, self.repeat)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        if self.end <= self.start:
            return
        if self.above:
            self._draw_range(painter, x, y, 0.0, self.above)
        self._draw_range(painter, x, y + self.above, self.start, self.end)

    def _draw_range(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        painter.save()
        painter.translate(x + self.dx, y - start)
        shown = QRectF(0, start + EPSILON, self.doc.textWidth(), end - start - 2 * EPSILON)
        self.doc.drawContents(painter, shown)  # only the lines inside: text is not repeated
        painter.restore()


class TextBlock(Block):
    """Text documents side by side (a column or two), each able to continue on the next page
    at any of its lines' tops."""

    def __init__(self, columns: Sequence[Column], *, keep_with_next: bool = False) -> None:
        self.columns = list(columns)
        height = max((c.height for c in self.columns), default=0.0)
        super().__init__(height, self._draw, keep_with_next=keep_with_next)

    @classmethod
    def of(cls, *docs: tuple[QTextDocument, float]) -> TextBlock:
        return cls([Column(doc, dx, 0.0, doc.size().height()) for doc, dx in docs])

    @classmethod
    def table(cls, doc: QTextDocument, header: float) -> TextBlock:
        """A document holding a table whose first ``header`` pixels are repeated on top of
        each page it continues on."""
        return cls([Column(doc, 0.0, 0.0, doc.size().height(), header)])

    def _draw(self, painter: QPainter, x: float, y: float) -> None:
        for column in self.columns:
            column.draw(painter, x, y)

    def split(self, room: float) -> tuple[Block, Block] | None:
        firsts, rests = [], []
        for column in self.columns:
            if column.height <= room:
                firsts.append(column)
                rests.append(column.after(column.end))
                continue
            fitting = [c for c in column.cuts if c - column.start + column.above <= room]
            if not fitting:
                return None
            firsts.append(column.until(fitting[-1]))
            rests.append(column.after(fitting[-1]))
        return TextBlock(firsts), TextBlock(rests)


def cut_points(doc: QTextDocument) -> list[float]:
    """Where ``doc`` may continue on another page: the top of each line of its paragraphs, and
    of each row of its tables (never inside a row)."""
    layout = doc.documentLayout()
    cuts: set[float] = set()
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        top = layout.blockBoundingRect(block).top()
        if table is None:
            lines = block.layout()
            cuts.update(top + lines.lineAt(i).y() for i in range(lines.lineCount()))
        else:
            cell = table.cellAt(QTextCursor(block))
            if cell.column() == 0 and _first_in_cell(block, cell.firstCursorPosition().block()):
                cuts.add(top - table.format().cellPadding())
        block = block.next()
    return sorted(cuts)


def _first_in_cell(block: QTextBlock, first: QTextBlock) -> bool:
    return block.position() == first.position()


class Furniture(Protocol):
    """What a page of several carries besides its blocks: a running header on the pages after
    the first and a page number at the foot of every page."""

    def header(self, number: int, pages: int) -> Block: ...

    def footer(self, number: int, pages: int) -> Block: ...


Pages = list[list[Block]]


def paginate(blocks: Sequence[Block], room: Callable[[int], float]) -> Pages:
    """``blocks`` in order on pages of ``room(page index)`` device pixels."""
    pages: Pages = [[]]
    used = 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        free = room(len(pages) - 1) - used
        needed = block.height
        if block.keep_with_next and queue:
            needed += min(queue[0].height, KEEP_WITH_NEXT_PT)
        if needed <= free:
            pages[-1].append(block)
            used += block.height
            continue
        parts = block.split(free) if not block.keep_with_next else None
        if parts is not None and parts[0].height > 0:  # what fits; the rest on the next page,
            pages[-1].append(parts[0])  # split again there if it is taller than a page
            queue.insert(0, parts[1])
        elif not pages[-1]:  # nothing of it fits even an empty page: it stands there whole
            pages[-1].append(block)
            used += block.height
            continue
        else:
            queue.insert(0, block)
        pages.append([])
        used = 0.0
    return pages


def paint_pages(
    device: QPagedPaintDevice,
    lay_out: Callable[[float], tuple[list[Block], Callable[[], None]]],
    furniture: Callable[[float], Furniture],
) -> bool:
    """Lay the document out and paint it on ``device``, a page after another.

    ``lay_out(width)`` gives the blocks for a page ``width`` device pixels wide, and a function
    that frees what they hold. On one page, the type is set larger (up to MAX_SCALE) while it
    still fits, until the page is FILL_GOAL full. Returns False if the device cannot be painted.
    """
    paper = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
    width, height = paper.width(), paper.height()
    blocks, release = lay_out(width)
    pages = paginate(blocks, lambda _: height)
    scale = 1.0
    if len(pages) == 1:
        scale, blocks, release = _fill(lay_out, width, height, blocks, release)
        pages = [blocks]
    frame = None  # a page alone has no header or footer
    if len(pages) > 1:  # laid out again with room for the header and footer of that many
        frame = furniture(width)
        pages = paginate(blocks, _rooms(frame, height, 2))
        pages = paginate(blocks, _rooms(frame, height, len(pages)))
    try:
        painter = QPainter()
        if not painter.begin(device):
            return False
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for number, page in enumerate(pages, 1):
            if number > 1 and not device.newPage():
                painter.end()
                return False
            painter.fillRect(QRectF(QPointF(0, 0), QSizeF(width, height)), QColor("white"))
            painter.save()
            painter.scale(scale, scale)
            y = 0.0
            if frame is not None:
                top = frame.header(number, len(pages))
                top.draw(painter, 0.0, 0.0)
                y = top.height
                foot = frame.footer(number, len(pages))
                foot.draw(painter, 0.0, height - foot.height)
            for block in page:
                block.draw(painter, 0.0, y)
                y += block.height
            painter.restore()
        painter.end()
        return True
    finally:
        release()


def _rooms(frame: Furniture, height: float, pages: int) -> Callable[[int], float]:
    """The room for blocks on each page of ``pages``: the page less its header and footer,
    measured once (the first page has no header; the others' are alike)."""
    first = height - frame.header(1, pages).height - frame.footer(1, pages).height
    other = height - frame.header(2, pages).height - frame.footer(2, pages).height
    return lambda index: first if index == 0 else other


def _fill(
    lay_out: Callable[[float], tuple[list[Block], Callable[[], None]]],
    width: float,
    height: float,
    blocks: list[Block],
    release: Callable[[], None],
) -> tuple[float, list[Block], Callable[[], None]]:
    """The largest scale (from 1 to MAX_SCALE) at which the blocks still fit one page, found
    by bisection once a page is less than FILL_GOAL full; the blocks laid out at it."""
    best = (1.0, blocks, release)
    filled = sum(b.height for b in blocks) / height
    if filled >= FILL_GOAL or filled <= 0:
        return best
    low, high = 1.0, MAX_SCALE
    scale = min(MAX_SCALE, (FILL_GOAL + 1) / 2 / filled)  # a first guess: text grows as its area
    for _ in range(6):
        trial, freed = lay_out(width / scale)
        used = sum(b.height for b in trial) * scale / height
        if used <= 1.0:
            best[2]()
            best, low = (scale, trial, freed), scale
            if used >= FILL_GOAL:
                break
        else:
            freed()
            high = scale
        if high - low < 0.01:
            break
        scale = (low + high) / 2
    return best
