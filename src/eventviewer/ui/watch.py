"""Watching the open event file: one ``changed`` signal once a burst of writes has settled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

SETTLE_MS = 300


class FileWatch(QObject):
    """Emits ``changed`` with the path, ``SETTLE_MS`` after the last change seen on disk.

    Editors that save by writing a new file and renaming it over the old one end the watch on
    the old file; the watch is taken up again on the path each time it fires.
    """

    changed = Signal(Path)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._settled)

    def watch(self, path: Path | None) -> None:
        """Watch ``path`` instead of what was watched before (None: nothing)."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self.path = path
        self._rearm()

    def _rearm(self) -> None:
        path = self.path
        if path is not None and path.exists() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))

    @Slot(str)
    def _on_file_changed(self, _path: str) -> None:
        self._timer.start()

    @Slot()
    def _settled(self) -> None:
        self._rearm()
        if self.path is not None:
            self.changed.emit(self.path)
