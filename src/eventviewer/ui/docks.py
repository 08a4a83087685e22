"""Side panels that give way: the tabs keep a readable width whatever the window's size.

The library (left) and the sources (right) sit beside the tabs while there is room. When the
tabs would fall below ``READABLE``, the library first narrows — with the sources open, never so
far that a place or a date is cut; alone, to ``PANEL_LEAST`` (its dates then scroll). If both
panels are open and that is not enough, the library joins the sources as a tab of one panel on
the right, and goes back to the left when the window has room again. Each panel
gets back the width it wants (the library's columns, up to a third of the window; the sources'
first width) whenever there is room for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow

READABLE = 560  # px: the tabs never get less while a panel could make room (the tier table)
ROOM_TO_SPLIT = 60  # px more than that before the panels stand apart again (no flicker)
PANEL_LEAST = 200  # px: a panel alone, or the two as tabs of one, narrow to this at most


class PanelRoom(QObject):
    """Arranges ``left`` and ``right`` (dock widgets of ``window``) after every resize and
    every panel shown or hidden. ``least`` and ``wanted`` give the left panel's narrowest
    useful width and its natural one; a width the user gives a panel (dragging its edge, or
    as saved: ``restored``) is the one it gets back, and the sources' first width otherwise."""

    def __init__(
        self,
        window: QMainWindow,
        left: QDockWidget,
        right: QDockWidget,
        least: Callable[[], int],
        wanted: Callable[[], int],
    ) -> None:
        super().__init__(window)
        self.window, self.left, self.right = window, left, right
        self.least, self.wanted = least, wanted
        self.chosen: dict[QDockWidget, int] = {}  # widths the user gave the panels
        self.arranged = False  # arranged once: the saved widths have been laid out
        self.restored = False  # the panels' widths came from the saved state
        self.pending = False
        window.installEventFilter(self)
        for dock in (left, right):
            dock.installEventFilter(self)
            dock.visibilityChanged.connect(self.later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.later()
        elif isinstance(watched, QDockWidget) and event.type() == QEvent.Type.Resize:
            self.seen(watched)
        return False

    def seen(self, dock: QDockWidget) -> None:
        """A panel's new width: the user's when they drag its edge (or as saved, at the first
        showing), else ours or one the window gave it."""
        restoring = self.restored and not self.arranged
        dragging = QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if restoring or (dragging and dock.isVisible() and not self.shared()):
            self.chosen[dock] = dock.width()

    def resize(self, dock: QDockWidget, width: int) -> None:
        self.window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

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
        self.arranged = True
        if self.right.isVisible():
            self.chosen.setdefault(self.right, self.right.width())  # its first width
        both = self.is_open(self.left) and self.is_open(self.right)
        least = self.least()
        wanted = max(least, min(self.wanted(), self.window.width() // 3))
        wanted = self.chosen.get(self.left, wanted)
        lacking = READABLE - central.width()
        right = self.chosen.get(self.right, 0)
        if self.shared():
            room = self.window.width() - right - wanted
            if not both or room >= READABLE + ROOM_TO_SPLIT:
                self.stand_apart(wanted)
                self.later()  # once apart, the sources get their width back
            elif lacking > 0:
                self.narrow(self.right, PANEL_LEAST, lacking)
            else:
                self.widen(self.right, right, central.width() - READABLE)
            return
        if lacking > 0:
            # with the sources beside it, the library keeps its places and dates whole and
            # becomes their tab instead; alone, it gives what it can (its dates then scroll)
            lacking -= self.narrow(self.left, least if both else PANEL_LEAST, lacking)
            if both and lacking > 0:
                self.window.tabifyDockWidget(self.right, self.left)
                self.right.raise_()  # the figure just followed stays in view
            elif lacking > 0:
                self.narrow(self.right, PANEL_LEAST, lacking)
            return
        self.widen(self.left, wanted, central.width() - READABLE)
        self.widen(self.right, right, central.width() - READABLE)

    def narrow(self, dock: QDockWidget, least: int, lacking: int) -> int:
        """``dock`` narrower by what the tabs lack, not below ``least``; how much it gave."""
        if lacking <= 0 or not dock.isVisible() or dock.width() <= least:
            return 0
        width = max(least, dock.width() - lacking)
        given = dock.width() - width
        self.resize(dock, width)
        return given

    def widen(self, dock: QDockWidget, wanted: int, spare: int) -> None:
        """``dock`` back to its ``wanted`` width (it was squeezed, or its content grew), as far
        as the tabs can spare."""
        width = dock.width() + min(wanted - dock.width(), spare)
        if dock.isVisible() and width > dock.width():
            self.resize(dock, width)

    def stand_apart(self, wanted: int) -> None:
        shown = self.left.isVisible()
        self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.left)
        if self.is_open(self.left) or shown:
            self.left.show()
        self.resize(self.left, wanted)
