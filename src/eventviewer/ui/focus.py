"""Where the keyboard focus is, seen at a glance: a ring around the focused widget.

Qt's styles mark focus faintly or not at all (a card, a chart, the tab bar looked the same with
and without it). One ring, drawn over the window in the palette's highlight colour, marks
whichever widget of that window has the focus, in light and dark palettes alike; it follows
the widget when it moves, scrolls or resizes, and is never in the way of the mouse.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

RING = 3  # px: the ring's width, drawn just outside the widget
MOVES = {
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
}


class FocusRing(QWidget):
    """The focus ring of ``window`` (one per top-level window)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.watched: list[QWidget] = []
        self.pending = False
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for old in self.watched:
            if shiboken6.isValid(old):  # a page rebuilt deletes the widgets it had
                old.removeEventFilter(self)
        if isinstance(self.target, QTabBar) and shiboken6.isValid(self.target):
            self.target.currentChanged.disconnect(self.later)
        self.watched = []
        window = self.parentWidget()
        ours = new is not None and new is not window and new.window() is window
        self.target = new if ours else None
        widget: QWidget | None = self.target
        while widget is not None and widget is not window:
            widget.installEventFilter(self)
            self.watched.append(widget)
            widget = widget.parentWidget()
        if isinstance(self.target, QTabBar):  # the ring is around the current tab
            self.target.currentChanged.connect(self.later)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Destroy or event.type() == QEvent.Type.DeferredDelete:
            self.target, self.watched = None, []
            self.hide()
        elif event.type() in MOVES:
            self.later()
        return False

    @Slot()
    def later(self) -> None:
        """Once the layout has moved everything."""
        if not self.pending:
            self.pending = True
            QTimer.singleShot(0, self.place)

    def visible_part(self, widget: QWidget) -> QRect:
        """The part of ``widget`` that can be seen, in the window's coordinates."""
        window = self.parentWidget()
        assert window is not None
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        parent: QWidget | None = widget.parentWidget()
        while parent is not None and parent is not window:
            rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        return rect

    @Slot()
    def place(self) -> None:
        self.pending = False
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        window = self.parentWidget()
        assert window is not None
        seen = self.visible_part(target)
        if isinstance(target, QTabBar) and target.currentIndex() >= 0:
            tab = target.tabRect(target.currentIndex())
            seen = seen.intersected(tab.translated(target.mapTo(window, QPoint())))
        if seen.width() < 2 or seen.height() < 2:
            self.hide()
            return
        self.setGeometry(seen.adjusted(-RING, -RING, RING, RING).intersected(window.rect()))
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING - 0.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)
        painter.end()
