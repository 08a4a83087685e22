"""The library panel: the bundled editions by year and the user's folders, beside the tabs.

Scanning runs on a worker thread after the window is shown, so the first paint never waits for
it; a folder that changes on disk is scanned again. Selecting an edition (click, or Enter)
asks the window to show it; the panel never opens a file itself for display.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEventLoop,
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QTreeView, QWidget

from ..charts.text import plain_tooltip
from ..domain import places
from ..domain.errors import visible
from ..domain.i18n import translate
from ..domain.library import Entry, bundled_entries, entry, folder_entries
from ..domain.loader import LoadedEvent
from .worker import SerialWorker

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
RESCAN_MS = 300


class LibraryScanner(QObject):
    """Scans the bundled editions and the user's folders on a worker thread; ``scanned``
    carries ``[(group title, entries), …]``, the newest scan only."""

    scanned = Signal(object)
    _done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folders: list[Path] = []
        self._generation = 0
        self._worker = SerialWorker("library")
        self._done.connect(self._on_done)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._later)
        self._watcher.fileChanged.connect(self._later)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RESCAN_MS)
        self._timer.timeout.connect(self.scan)

    def set_folders(self, folders: list[Path]) -> None:
        self.folders = folders
        watched = self._watcher.directories() + self._watcher.files()
        if watched:
            self._watcher.removePaths(watched)
        for folder in folders:
            if folder.is_dir():
                self._watcher.addPath(str(folder))
                files = [str(p) for p in folder.glob("*.json")]
                if files:
                    self._watcher.addPaths(files)

    @Slot()
    def scan(self) -> None:
        self._generation += 1
        generation, folders = self._generation, list(self.folders)
        self._worker.submit(lambda: self._scan(generation, folders))

    def stop(self) -> None:
        self._generation += 1
        self._timer.stop()
        self._worker.stop()

    @Slot(str)
    def _later(self, _path: str) -> None:
        self._timer.start()

    def _scan(self, generation: int, folders: list[Path]) -> None:
        """On the worker thread."""
        groups: list[tuple[str, list[Entry]]] = []
        by_year: dict[str, list[Entry]] = {}
        for e in bundled_entries():
            by_year.setdefault(e.year, []).append(e)
        groups += [(year, entries) for year, entries in sorted(by_year.items())]
        for folder in folders:
            entries = folder_entries(folder) if folder.is_dir() else []
            groups.append((str(folder), entries))
        self._done.emit(generation, groups)

    @Slot(int, object)
    def _on_done(self, generation: int, groups: list[tuple[str, list[Entry]]]) -> None:
        if generation == self._generation:
            self.set_folders(self.folders)  # files added since are watched too
            self.scanned.emit(groups)


class LibraryPanel(QDockWidget):
    """Editions grouped by year (and by folder); ``open_requested`` carries a path."""

    open_requested = Signal(str)
    shown = Signal()  # a scan's groups are shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: str | None = None  # the path of the edition on screen
        self.scanner = LibraryScanner(self)
        self.scanner.scanned.connect(self._on_scanned)
        self.setWindowTitle(self.tr("Library"))
        self.setObjectName("library")  # for the window's saved state
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Edition"), self.tr("Opened"), self.tr("Headline figure")]
        )
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Library of editions"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        # Ctrl/Shift+click adds to the selection (for View > Compare Editions) without opening.
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.activated.connect(self._on_activated)
        self.tree.clicked.connect(self._on_clicked)
        self.setWidget(self.tree)
        self.groups: list[tuple[str, list[Entry]]] = []

    @Slot(object)
    def _on_scanned(self, groups: list[tuple[str, list[Entry]]]) -> None:
        self.set_groups(groups, self.current)
        self.shown.emit()

    def add_folder(self, folders: list[str]) -> None:
        """Scan ``folders`` (the user's, the last one just added) besides the bundled ones."""
        self.scanner.set_folders([Path(f) for f in folders])
        self.show()
        self.scanner.scan()

    def wait_for_scan(self, timeout_ms: int) -> None:
        """Return once the library has been scanned (or after ``timeout_ms``, a hang guard)."""
        if self.groups or not self.isVisible():
            return
        loop = QEventLoop()
        self.scanner.scanned.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.scanner.scanned.disconnect(loop.quit)

    def comparable(self, current: str | None) -> list[Entry]:
        """The editions one can compare: those that load, and the one on screen (first, if
        the library does not hold it); all bundled ones if the library is not scanned yet."""
        entries = [e for _, group in self.groups for e in group if not e.error]
        if not entries:
            entries = bundled_entries()
        if current and all(e.path != current for e in entries):
            entries.insert(0, entry(Path(current).name, Path(current)))
        return entries

    def set_groups(self, groups: list[tuple[str, list[Entry]]], current: str | None) -> None:
        """Show ``groups``; the edition at path ``current`` is selected."""
        self.groups = groups
        self.model.removeRows(0, self.model.rowCount())
        for title, entries in groups:
            folder = not title.isdigit()
            head = QStandardItem(visible(Path(title).name) if folder else title)
            head.setToolTip(plain_tooltip(visible(title)))
            head.setSelectable(False)
            note = QStandardItem(self.tr("no event files") if not entries else "")
            note.setSelectable(False)
            for e in entries:
                head.appendRow(self._row(e))
            self.model.appendRow([head, note])
        self.tree.expandAll()
        for column in range(self.model.columnCount()):  # the headline whole, scrolled to
            self.tree.resizeColumnToContents(column)
        self.select(current)

    def fitting_width(self, columns: int = 3) -> int:
        """The width that shows each edition's place and date (``columns`` 2) and headline
        figure (3) whole."""
        header = self.tree.header()
        rows = self.model.rowCount() + sum(len(entries) for _, entries in self.groups)
        scrolls = rows * self.tree.sizeHintForRow(0) > self.tree.viewport().height()
        scroll_bar = self.tree.verticalScrollBar().sizeHint().width() if scrolls else 0
        frame = 2 * self.tree.frameWidth()
        shown = sum(header.sectionSize(i) for i in range(min(columns, header.count())))
        return shown + scroll_bar + frame

    def _row(self, e: Entry) -> list[QStandardItem]:
        if e.error:
            lines = [visible(line) for line in e.error.splitlines()]  # one problem a line
            name = QStandardItem(f"⚠ {visible(e.name)}")
            problem = QStandardItem(self.tr("does not load"))
            detail = QStandardItem(lines[0] if lines else "")
            for item in (name, problem, detail):
                item.setToolTip(plain_tooltip("\n".join(lines)))
                item.setData(e.path, PATH_ROLE)  # chosen, it says why where it would show
            return [name, problem, detail]
        place = places.province_first(e.province, e.city) or visible(e.name)
        # Each line escaped on its own: the line breaks are ours, a control character the file's.
        tip = "\n".join(visible(x) for x in (e.title, f"{e.name} · {e.opened}", e.headline))
        items = [QStandardItem(place), QStandardItem(e.opened), QStandardItem(e.amount)]
        if e.amount == translate("listing", "amount not stated"):  # the projects say more
            items[2].setText(e.projects)
        for item in items:
            item.setData(e.path, PATH_ROLE)
            item.setToolTip(plain_tooltip(tip))
        items[0].setAccessibleDescription(tip)
        return items

    @Slot(object, object)
    def show_event(self, loaded: LoadedEvent, _summary: object) -> None:
        """The edition shown is selected (a file the library does not hold: none)."""
        self.select(str(loaded.path) if loaded.path else None)

    def select(self, path: str | None) -> None:
        """Select the row of ``path`` (if the library holds it), without opening it again."""
        self.current = path
        for row in range(self.model.rowCount()):
            head = self.model.item(row)
            for child in range(head.rowCount()):
                item = head.child(child)
                if path is not None and item.data(PATH_ROLE) == path:
                    self.tree.setCurrentIndex(item.index())
                    return

    def selected_paths(self) -> list[str]:
        """The editions selected, in the library's order."""
        rows = self.tree.selectionModel().selectedRows()
        paths = [i.data(PATH_ROLE) for i in sorted(rows, key=lambda i: (i.parent().row(), i.row()))]
        return [p for p in paths if isinstance(p, str)]

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        modifiers = QGuiApplication.keyboardModifiers()
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            return  # choosing editions to compare, not opening one
        self._on_activated(index)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if isinstance(path, str):
            self.open_requested.emit(path)
