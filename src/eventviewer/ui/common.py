"""Small widgets and helpers shared by the tabs. Data strings are always shown as plain text."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QEnterEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..charts.text import WARNING_MARK, finding_words, one_line, plain_tooltip
from ..domain.i18n import dash
from ..domain.summary import Line


def marked(text: str, line: Line) -> str:
    """``text``, with the warning mark when an audit finding concerns ``line``."""
    return f"{text} {WARNING_MARK}" if line.warning else text


def explained(tip: str, line: Line) -> str:
    """A tooltip's text, with the audit finding about ``line`` (if any) added in words."""
    return f"{tip}\n{finding_words(line.warning)}" if line.warning else tip


def finding_note(note: str, finding: str) -> str:
    """An itemized table's note, with the audit finding about its list (if any)."""
    return "\n".join(part for part in (note, finding and finding_words(finding)) if part)


LONGEST_RUN = 40  # characters without a break opportunity before one is offered
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN}}}(?=\S)")


def breakable(text: str) -> str:
    """``text`` with a zero-width space after every 40 characters that have no space between
    them, so that a long unbroken name wraps instead of widening the window."""
    return _LONG_RUN.sub(lambda run: run.group() + "\u200b", text)


class PlainLabel(QLabel):
    """Plain text (never markup); when it wraps, long unbroken runs wrap too."""

    def setText(self, text: str) -> None:
        super().setText(breakable(text) if self.wordWrap() else text)

    def setWordWrap(self, on: bool) -> None:
        text = self.text().replace("\u200b", "")
        super().setWordWrap(on)
        self.setText(text)


class SelectableLabel(PlainLabel):
    """Plain text the mouse can select, made selectable when the pointer first enters it.

    A selectable QLabel lays its text out through a QTextDocument, several times dearer than a
    plain one (its saving is in benchmarks/README.md). A pointer has to enter a label before it
    can select or right-click there, so to the user it is the same.
    """

    def __init__(self) -> None:
        super().__init__()
        self.selectable = False

    def make_selectable(self) -> None:
        if not self.selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.selectable = True

    def enterEvent(self, event: QEnterEvent) -> None:
        self.make_selectable()
        super().enterEvent(event)


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    label = SelectableLabel() if selectable else PlainLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def heading(text: str, level: int = 1) -> QLabel:
    label = plain_label(text, selectable=False)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * (1.45 if level == 0 else 1.15 if level == 1 else 1.0))
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label


class KeyFigureCard(QFrame):
    """A key figure: big value, label, provenance on hover; derived ones say so on the card.
    A click or Enter (``activated``) asks for its sources in full."""

    activated = Signal(object)  # the Line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Preferred height: cards in one row take the row's height, whatever their text.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.value = plain_label(selectable=False, wrap=False)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.label = plain_label(selectable=False)
        self.note = muted(plain_label(selectable=False))
        self.line: Line | None = None
        copy = QAction(self.tr("&Copy"), self)
        copy.setShortcuts(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        for widget in (self.value, self.label, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_line(self, line: Line) -> None:
        self.line = line
        self.value.setText(marked(line.marked, line))
        self.label.setText(line.label)
        where = line.provenance.named
        self.note.setText(
            f"{line.basis}{dash()}{where}" if line.basis and where else line.basis or where
        )
        tip = explained(line.provenance.describe(), line)
        basis = f" ({line.basis})" if line.basis else ""
        self.setToolTip(plain_tooltip(f"{line.label}: {line.marked}{basis}\n{tip}"))
        self.setAccessibleName(f"{line.label}: {line.text}")
        self.setAccessibleDescription(tip)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.line is not None:
            self.activated.emit(self.line)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.line is not None:
            self.activated.emit(self.line)
            return
        super().keyPressEvent(event)

    def copy(self) -> None:
        """The figure with its label and where it comes from, as one line of text."""
        if self.line is not None:
            line = self.line
            basis = f", {line.basis}" if line.basis else ""
            text = f"{line.label}: {line.marked}{basis} ({line.provenance.describe()})"
            QGuiApplication.clipboard().setText(one_line(text))


class ReflowArea(QScrollArea):
    """A frameless scroll area for a tab's content, which fills the room there is and scrolls
    when it needs more. Its wrapped text is laid out again on every change of width (a panel
    shown or hidden, the window resized, a splitter moved), also one made while it was hidden
    behind another tab: Qt keeps the heights and minimum widths measured at the old width."""

    def __init__(self, widget: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.width_seen = -1
        if widget is not None:
            self.setWidget(widget)

    def reflow(self) -> None:
        width = self.viewport().width()
        content = self.widget()
        layout = content.layout() if content is not None else None
        if layout is not None and width != self.width_seen:
            self.width_seen = width
            layout.invalidate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.reflow()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.width_seen = -1  # resized while hidden: the width it saw may be stale
        self.reflow()
        super().showEvent(event)


class EmptyState(QWidget):
    """What a tab shows where the sources give nothing for it: a short title and what is
    known instead, centred in the room in the muted text colour (as KDE's and GNOME's
    placeholder pages), rather than an empty chart or a tree of "not given"."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.title = muted(heading(""))
        self.text = muted(plain_label())
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(2)
        self.hide()

    def say(self, title: str, lines: list[str]) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.text.setText("\n".join(lines))
        self.text.setVisible(bool(lines))


def keep_wrapped_room(pane: QWidget) -> None:
    """Give ``pane`` (a splitter's) the height its wrapped text needs at its width: a splitter
    goes by minimum sizes, which know nothing of wrapping. Call it on every resize."""
    layout = pane.layout()
    needed = layout.totalHeightForWidth(pane.width()) if layout else -1
    if needed > 0:
        pane.setMinimumHeight(needed)


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


STACKED_BELOW = 460  # px: a form narrower than this puts each label above its value
LABEL_SHARE = 0.34  # of a form's width, at most, for its labels (they wrap beyond it)
LABEL_FLOOR = 120  # px: a label column is never squeezed narrower than this


class FormLabel(PlainLabel):
    """A form's label: as wide as its text on one line, unless its column is narrower (then it
    wraps, never inside a word)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.text()) + 2 * self.margin() + 2
        width = min(width, self.maximumWidth())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        words = self.text().split() or [""]
        width = max(self.fontMetrics().horizontalAdvance(word) for word in words) + 2
        width = min(width, self.maximumWidth())
        return QSize(width, self.heightForWidth(width))


class FactForm(QFormLayout):
    """Labelled values that adapt to their width: labels wrap in a column of at most a third
    of the width, and sit above their values when the form is narrow. Every change of width
    lays the rows out again (a form keeps its rows' heights from the width it had otherwise)."""

    def __init__(self) -> None:
        super().__init__()
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.setHorizontalSpacing(14)
        self.setVerticalSpacing(3)
        self.width_seen = -1

    def add_row(self, label: str, field: QWidget | QLayout) -> None:
        """A row whose ``label`` (plain text, ending in a colon when not empty) wraps."""
        name = FormLabel(label)
        name.setAlignment(self.labelAlignment() | Qt.AlignmentFlag.AlignTop)
        name.setMaximumWidth(self.label_room(self.width_seen))
        if isinstance(field, QWidget):
            self.addRow(name, field)
        else:  # the binding has one signature per kind of field
            self.addRow(name, field)

    @staticmethod
    def label_room(width: int) -> int:
        if width < 0:
            return 16777215
        return max(LABEL_FLOOR, int(width * LABEL_SHARE))

    def setGeometry(self, rect: QRect) -> None:
        if rect.width() != self.width_seen:
            self.width_seen = rect.width()
            self._adapt(rect.width())
        super().setGeometry(rect)

    def _adapt(self, width: int) -> None:
        stacked = width < STACKED_BELOW
        wrap = QFormLayout.RowWrapPolicy
        self.setRowWrapPolicy(wrap.WrapAllRows if stacked else wrap.DontWrapRows)
        align = Qt.AlignmentFlag.AlignLeft if stacked else Qt.AlignmentFlag.AlignRight
        room = width if stacked else self.label_room(width)
        for row in range(self.rowCount()):
            item = self.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setMaximumWidth(room)
                label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
