"""Participants tab: people and companies, the reported categories as bars, and, when the file
itemizes them, a searchable organization table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QSizePolicy,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..charts.text import WARNING_MARK, is_dark, plain_tooltip
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.loader import LoadedEvent
from ..domain.schema import Organization
from ..domain.summary import CATEGORY_NOTE, Line, Summary, note
from .common import (
    KeyFigureCard,
    explained,
    finding_note,
    heading,
    keep_wrapped_room,
    marked,
    muted,
    plain_label,
)
from .models import NOT_GIVEN_CELL, Column, ItemizedTable
from .settings import SettingsStore

ORGANIZATION_COLUMNS: list[Column[Organization]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Organization"), lambda o: o.name),
    Column(QT_TRANSLATE_NOOP("columns", "Category"), lambda o: o.category or NOT_GIVEN_CELL),
]


class CategoryBars(QWidget):
    """Horizontal bars, one per reported category, scaled to the largest; plain-text labels.
    A click on a row, or Enter on the row chosen with the arrow keys (``activated``), asks for
    its sources in full."""

    activated = Signal(object)  # the Line

    ROW = 34
    MAX_ROW = 72  # the most a row grows to when there is room
    MAX_BAR = 32  # the thickest a bar gets
    LABEL_SHARE = 0.5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []
        self.current = 0  # the row Enter opens, moved with the arrow keys
        # Its rows grow with the room there is, up to MAX_ROW each.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Participant categories"))

    def set_lines(self, lines: list[Line]) -> None:
        self.lines = lines
        self.current = 0
        self.setMaximumHeight(self.maximumSizeHint())
        self.setAccessibleDescription("; ".join(f"{x.label}: {x.text}" for x in lines))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(max(320, self.width())))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Each row as tall as its label wrapped at this width needs, at the least."""
        return sum(self._least_rows(width)) + 8

    def maximumSizeHint(self) -> int:
        return sum(max(row, self.MAX_ROW) for row in self._least_rows(self.width())) + 8

    def _least_rows(self, width: int) -> list[int]:
        metrics = QFontMetrics(self.font())
        least = max(self.ROW, metrics.height() * 2 + 10)
        room = QRect(0, 0, max(1, int(width * self.LABEL_SHARE) - 12), 10_000)
        flags = Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap
        return [
            max(least, metrics.boundingRect(room, flags, line.label).height() + 10)
            for line in self.lines
        ] or [least]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the labels wrap anew
            self.setMaximumHeight(self.maximumSizeHint())
            self.updateGeometry()

    def rows(self) -> list[tuple[Line, QRect, QRect]]:
        """Each row its least height, and a share of the room left up to MAX_ROW."""
        width = self.width()
        label_w = int(width * self.LABEL_SHARE)
        least = self._least_rows(width)
        extra = max(0, self.height() - 8 - sum(least)) // max(1, len(self.lines))
        top = 4
        rows = []
        for line, row in zip(self.lines, least, strict=False):
            h = max(row, min(row + extra, self.MAX_ROW))
            rows.append(
                (line, QRect(0, top, label_w - 12, h), QRect(label_w, top, width - label_w, h))
            )
            top += h
        return rows

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = QColor("#5b9bd5" if is_dark(palette) else "#1f5f99")
        biggest = max((float(x.value or 0) for x in self.lines), default=1.0) or 1.0
        metrics = QFontMetrics(self.font())
        number_w = metrics.horizontalAdvance(f"000,000* {WARNING_MARK}") + 12
        for i, (line, label_rect, bar_rect) in enumerate(self.rows()):
            if i == self.current and self.hasFocus():
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRect(label_rect.united(bar_rect).adjusted(0, 1, -1, -2))
            painter.setPen(text)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap,
                line.label,
            )
            space = bar_rect.width() - number_w
            length = int(space * float(line.value or 0) / biggest)
            thickness = min(bar_rect.height() - 14, self.MAX_BAR)
            top = bar_rect.top() + (bar_rect.height() - thickness) // 2
            body = QRect(bar_rect.left(), top, max(2, length), thickness)
            painter.fillRect(body, bar)
            painter.drawText(
                QRect(body.right() + 6, bar_rect.top(), number_w, bar_rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                marked(line.marked, line),
            )
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        line = self.line_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and line is not None:
            self.current = self.lines.index(line)
            self.update()
            self.activated.emit(line)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.lines:
            step = -1 if key == Qt.Key.Key_Up else 1
            self.current = min(max(self.current + step, 0), len(self.lines) - 1)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.lines:
            self.activated.emit(self.lines[self.current])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def line_at(self, pos: QPoint) -> Line | None:
        for line, label_rect, bar_rect in self.rows():
            if label_rect.united(bar_rect).contains(pos):
                return line
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            line = self.line_at(event.pos())
            if line is not None:
                QToolTip.showText(
                    event.globalPos(),
                    plain_tooltip(
                        explained(f"{line.label}: {line.text}\n{line.provenance.describe()}", line)
                    ),
                    self,
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class ParticipantsTab(QWidget):
    figure_activated = Signal(object)  # a Line whose sources the reader asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        splitter = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(splitter, 1)

        self.upper = upper = QWidget()
        layout = QVBoxLayout(upper)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Who took part")))
        cards = QGridLayout()
        self.people = KeyFigureCard()
        self.companies = KeyFigureCard()
        cards.addWidget(self.people, 0, 0)
        cards.addWidget(self.companies, 0, 1)
        for card in (self.people, self.companies):
            card.activated.connect(self.figure_activated)
        layout.addLayout(cards)
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Reported categories"), level=2))
        self.bars = CategoryBars()
        self.bars.activated.connect(self.figure_activated)
        layout.addWidget(self.bars, 1)
        self.note = muted(plain_label())
        layout.addWidget(self.note)
        layout.addStretch(1)
        splitter.addWidget(upper)

        self.organizations: ItemizedTable[Organization] = ItemizedTable(
            self.tr("Itemized organizations"),
            self.tr("Search organizations (name, category)…"),
            ORGANIZATION_COLUMNS,
        )
        splitter.addWidget(self.organizations)

    def connect_settings(self, store: SettingsStore) -> None:
        """Nothing on this tab is remembered."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        keep_wrapped_room(self.upper)

    def set_data(self, loaded: LoadedEvent, summary: Summary) -> None:
        for card, line in ((self.people, summary.people), (self.companies, summary.companies)):
            card.setVisible(line is not None)
            if line is not None:
                card.set_line(line)
        self.bars.set_lines(list(summary.categories))
        self.bars.setVisible(bool(summary.categories))
        sources = dict.fromkeys(c.provenance.named for c in summary.categories)
        said = self.tr("{note} Bars are scaled to the largest category. Counts: {sources}.")
        self.note.setText(
            said.format(note=note(CATEGORY_NOTE), sources="; ".join(sources))
            if summary.categories
            else self.tr("The sources read report no categories of participants.")
        )
        if summary.people is None and summary.companies is None:
            self.note.setText(self.tr("The sources read state no participants for this edition."))
        finding = summary.item_findings.get("organizations", "")
        self.organizations.set_records(loaded.event.organizations, finding_note("", finding))
