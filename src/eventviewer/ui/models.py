"""Table models for lists that can grow (100k+ rows).

The view sees a :class:`QSortFilterProxyModel` over a :class:`QAbstractTableModel`, as in Qt's
address_book example, but the proxy delegates sorting and filtering to the source model, which
does them in bulk on precomputed keys (per-row Python callbacks are far too slow at that size;
see benchmarks/README.md).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import msgspec
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..charts.text import plain_tooltip
from ..domain.i18n import chinese
from ..domain.text import unbreakable
from .common import heading, muted, plain_label
from .copying import install_copy

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

HAY_CHUNK = 5_000
NOT_GIVEN_CELL = "—"  # a table cell whose value the file does not give
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


LONG_CELL = 30  # characters: a longer cell shows its text in full on hover


class Column(msgspec.Struct, Generic[T], frozen=True):
    title: str
    display: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[T], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are records; ``visible`` is the filtered, sorted permutation the view sees."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        style: Callable[[T], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.style = style
        self.records: Sequence[T] = ()
        self.visible: list[int] = []
        self._haystack: list[str] = []
        self._needle = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # The search text of every row is built in chunks while the app is idle, so that the
        # first keystroke does not stall on a large table.
        self._hay_timer = QTimer(self)
        self._hay_timer.setInterval(0)
        self._hay_timer.timeout.connect(self._grow_hay)

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self.records = records
        self._haystack = []
        if len(records) > HAY_CHUNK:
            self._hay_timer.start()
        self.visible = self._filtered(self._needle)
        self._apply_sort()
        self.endResetModel()

    def _row_text(self, record: T) -> str:
        return "\x1f".join(c.display(record) for c in self.columns).casefold()

    @Slot()
    def _grow_hay(self) -> None:
        start = len(self._haystack)
        chunk = self.records[start : start + HAY_CHUNK]
        self._haystack.extend(map(self._row_text, chunk))
        if len(self._haystack) >= len(self.records):
            self._hay_timer.stop()

    def record(self, row: int) -> T:
        return self.records[self.visible[row]]

    def set_filter(self, needle: str) -> None:
        needle = needle.strip().casefold()
        if needle == self._needle:
            return
        narrowing = bool(self._needle) and needle.startswith(self._needle)
        self.beginResetModel()
        if narrowing:  # typing on: only rows that matched so far can still match
            hay = self._hay()
            self.visible = [i for i in self.visible if needle in hay[i]]
        else:
            self.visible = self._filtered(needle)
            self._apply_sort()
        self._needle = needle
        self.endResetModel()

    def _hay(self) -> list[str]:
        """All rows' search text; finishes the idle build now if someone types early."""
        if len(self._haystack) < len(self.records):
            self._hay_timer.stop()
            rest = self.records[len(self._haystack) :]
            self._haystack.extend(map(self._row_text, rest))
        return self._haystack

    def _filtered(self, needle: str) -> list[int]:
        if not needle:
            return list(range(len(self.records)))
        hay = self._hay()
        return [i for i, text in enumerate(hay) if needle in text]

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        spec = self.columns[column]
        key = spec.sort_key or spec.display
        records = self.records
        keyed = [(key(records[i]), i) for i in self.visible]
        present = [pair for pair in keyed if pair[0] is not None]
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        # Rows without a value stay last in both directions.
        self.visible = [i for _, i in present] + [i for k, i in keyed if k is None]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; column -1 (no sort indicator) restores the file's order."""
        if column >= len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        if column < 0:
            self._sort = None
            self.visible.sort()
        else:
            self._sort = (column, order)
            self._apply_sort()
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.visible):
            return None
        column = self.columns[index.column()]
        record = self.records[self.visible[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(record)
            text = column.display(record)  # a long text the column may cut short, in full
            return plain_tooltip(text) if len(text) > LONG_CELL else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.numeric else LEFT
        if role == Qt.ItemDataRole.FontRole and self.style is not None:
            style = self.style(record)
            if style:
                font = QFont()
                font.setItalic(style == "derived" and not chinese())  # no slanted Han
                font.setBold(style == "total")
                return font
        if role == Qt.ItemDataRole.UserRole:
            return (column.sort_key or column.display)(record)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:  # titles are marked in the "columns" context
                return QCoreApplication.translate("columns", self.columns[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole:  # a narrow column's title wraps
                side = RIGHT if self.columns[section].numeric else LEFT
                return side.value | Qt.TextFlag.TextWordWrap.value
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class BulkFilterProxy(QSortFilterProxyModel):
    """A pass-through proxy whose sort and filter run in bulk in the source model."""

    def __init__(self, source: RecordTableModel[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.setSourceModel(source)
        self.records_model = source

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.records_model.sort(column, order)

    def set_filter_text(self, text: str) -> None:
        self.records_model.set_filter(text)


def configure_table(view: QTableView, *, sortable: bool) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)  # Tab leaves the table (the arrows move within it)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    # Qt's default indicator is column 0, descending: start in the file's order instead, and
    # let a third click on a header return to it.
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorClearable(True)
    view.setSortingEnabled(sortable)
    view.setWordWrap(isinstance(view, FittingTable))  # the others keep one line a row
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(not isinstance(view, FittingTable))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    install_copy(view)


class WrappingHeader(QHeaderView):
    """Column titles that wrap onto more lines when their column is narrower than them."""

    PADDING = 12  # px around a title, as the style draws it

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        model = self.model()
        text = model.headerData(logicalIndex, self.orientation()) if model else None
        width = self.sectionSize(logicalIndex) - self.PADDING
        if not isinstance(text, str) or width <= 0:
            return size
        room = QRect(0, 0, width, 10_000)
        wrapped = self.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), wrapped.height() + self.PADDING // 2))


class FittingTable(QTableView):
    """A table whose columns fit its width, their text and headers wrapping, rather than
    hiding the last ones past a scroll bar or cutting their headers (down to COLUMN_FLOOR
    each; then it scrolls). ``fitted`` says the rows' heights may have changed."""

    COLUMN_FLOOR = 90  # px
    WRAPPED_ROWS = 200  # more rows keep one line each (measuring them all would be slow)
    fitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalHeader(WrappingHeader())
        self.horizontalHeader().setStretchLastSection(False)  # fit() shares the room out

    def fit(self) -> None:
        self.resizeColumnsToContents()
        model = self.model()
        if model is None or model.rowCount() > self.WRAPPED_ROWS:
            return
        header = self.horizontalHeader()
        widths = [header.sectionSize(i) for i in range(header.count())]
        spare = [max(0, w - self.floor(i)) for i, w in enumerate(widths)]
        excess = sum(widths) - self.viewport().width()
        if excess > 0 and sum(spare) > 0:
            share = min(1.0, excess / sum(spare))
            for i, (width, above) in enumerate(zip(widths, spare, strict=True)):
                header.resizeSection(i, width - math.ceil(above * share))
        if header.count():
            # room left over goes to the first column (names), not to the figures' last one
            room = self.viewport().width() - header.length()
            if room > 0:
                header.resizeSection(0, header.sectionSize(0) + room)
            # the header's height measured again, for the titles at their new widths
            header.headerDataChanged(Qt.Orientation.Horizontal, 0, header.count() - 1)
        self.resizeRowsToContents()
        self.fitted.emit()

    def floor(self, column: int) -> int:
        """The narrowest a column gets: COLUMN_FLOOR, and wide enough for its title's longest
        word, and for each figure whole (the text before its basis in brackets) and each piece
        a line may not break inside (a word; in Chinese a character, or a number with its units)."""
        model = self.model()
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        pieces = unbreakable(title)
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            pieces += [re.split(r" \(|（", text)[0], *unbreakable(text)]
        font = self.font()
        cells = QFontMetrics(font)
        font.setBold(True)  # a total row's
        widest = max((QFontMetrics(font).horizontalAdvance(p) for p in pieces), default=0)
        return max(self.COLUMN_FLOOR, widest + WrappingHeader.PADDING, cells.height())

    def rows_height(self, rows: int) -> int:
        """The height of the header and the first ``rows`` rows."""
        shown = sum(self.rowHeight(r) for r in range(min(rows, self.model().rowCount())))
        return self.horizontalHeader().sizeHint().height() + shown

    def viewportEvent(self, event: QEvent) -> bool:
        """A new width (the window's, or a scroll bar come or gone): fit again, once the
        view has finished laying itself out."""
        if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self.fit)
        return super().viewportEvent(event)


class ItemizedTable(QWidget, Generic[T]):
    """An itemized list from the file: a title, an optional note, a filter box and a sortable
    table (view -> BulkFilterProxy -> RecordTableModel). Hidden until given records."""

    def __init__(self, title: str, placeholder: str, columns: Sequence[Column[T]]) -> None:
        super().__init__()
        self.base_title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.title = heading(title, level=2)
        layout.addWidget(self.title)
        self.note = muted(plain_label())
        self.note.hide()
        layout.addWidget(self.note)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(placeholder.rstrip("…"))
        layout.addWidget(self.filter)
        self.model: RecordTableModel[T] = RecordTableModel(columns)
        self.proxy = BulkFilterProxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(title)
        configure_table(self.table, sortable=True)
        layout.addWidget(self.table, 1)
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.hide()

    def set_records(self, records: Sequence[T] | None, note: str = "") -> None:
        self.setVisible(records is not None)
        self.model.set_records(records or [])
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if records is not None:
            self.title.setText(f"{self.base_title} ({len(records):,})")
            self.table.resizeColumnsToContents()
