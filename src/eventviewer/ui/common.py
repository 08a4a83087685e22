"""Small widgets and helpers shared by the tabs. Data strings are always shown as plain text."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QEnterEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..charts.text import WARNING_MARK, finding_words, one_line, plain_tooltip
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
            f"{line.basis} — {where}" if line.basis and where else line.basis or where
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


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
