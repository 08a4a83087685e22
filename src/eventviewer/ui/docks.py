"""Side panels that give way: the tabs keep a readable width whatever the window's size.

The library (left) and the sources (right) sit beside the tabs while there is room. When the
tabs would fall below ``READABLE``, the library first narrows; if both panels are open and that
is not enough, it joins the sources as a tab of one panel on the right, and goes back to the
left when the window has room again. The library gets back the width its content wants (up to a
third of the window) whenever there is room for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow

READABLE = 480  # px: the tabs never get less while a panel could make room
LEFT_LEAST = 220  # px: the library narrows to this before it joins the sources as a tab
ROOM_TO_SPLIT = 60  # px more than that before the panels stand apart again (no flicker)


class PanelRoom(QObject):
    """Arranges ``left`` and ``right`` (dock widgets of ``window``) after every resize and
    every panel shown or hidden. ``wanted`` gives the left panel's natural width."""

    def __init__(
        self,
        window: QMainWindow,
        left: QDockWidget,
        right: QDockWidget,
        wanted: Callable[[], int],
    ) -> None:
        super().__init__(window)
        self.window, self.left, self.right, self.wanted = window, left, right, wanted
        self.pending = False
        window.installEventFilter(self)
        for dock in (left, right):
            dock.visibilityChanged.connect(self.later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.later()
        return False

    @Slot()
    def later(self) -> None:
        """Once the window has laid itself out (a dock shown changes the tabs' width after)."""
        if not self.pending:
            self.pending = True
            QTimer.singleShot(0, self.arrange)

    def shared(self) -> bool:
        return self.right in self.window.tabifiedDockWidgets(self.left)

    @staticmethod
    def is_open(dock: QDockWidget) -> bool:
        """Open (shown, or a tab behind another panel's), not closed by the user."""
        return not dock.isHidden() or dock.toggleViewAction().isChecked()

    @Slot()
    def arrange(self) -> None:
        self.pending = False
        central = self.window.centralWidget()
        if central is None or not self.window.isVisible():
            return
        both = self.is_open(self.left) and self.is_open(self.right)
        wanted = max(LEFT_LEAST, min(self.wanted(), self.window.width() // 3))
        if self.shared():
            room = self.window.width() - self.right.width() - wanted
            if not both or room >= READABLE + ROOM_TO_SPLIT:
                self.stand_apart(wanted)
            return
        lacking = READABLE - central.width()
        if lacking > 0 and self.left.isVisible() and self.left.width() > LEFT_LEAST:
            width = max(LEFT_LEAST, self.left.width() - lacking)
            self.window.resizeDocks([self.left], [width], Qt.Orientation.Horizontal)
            lacking -= self.left.width() - width
        if both and lacking > 0:
            self.window.tabifyDockWidget(self.right, self.left)
            self.right.raise_()  # the figure just followed stays in view
            return
        short = wanted - self.left.width()
        if self.left.isVisible() and short > 0:  # it was squeezed, or its content grew
            width = self.left.width() + min(short, central.width() - READABLE)
            if width > self.left.width():
                self.window.resizeDocks([self.left], [width], Qt.Orientation.Horizontal)

    def stand_apart(self, wanted: int) -> None:
        shown = self.left.isVisible()
        self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.left)
        if self.is_open(self.left) or shown:
            self.left.show()
        self.window.resizeDocks([self.left], [wanted], Qt.Orientation.Horizontal)
