"""Following the open event file on disk: reload it when it changes, report when it cannot be.

The window hands over what it shows (:meth:`FileReloader.follow`) and hears back through
signals; it never watches or reloads files itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from ..domain import EventFileError, LoadedEvent, load_event

SETTLE_MS = 300


class FileReloader(QObject):
    """Reloads the followed file ``SETTLE_MS`` after the last change seen on disk.

    ``reloaded`` carries a new LoadedEvent when the content changed; ``unchanged`` says the file
    is back as it was; ``failed`` carries the EventFileError of a file that cannot be read now
    (half-written, broken), while what is on screen stays. Editors that save by writing a new
    file and renaming it over the old one end the watch on the old file: it is taken up again
    on the path each time it fires.
    """

    reloaded = Signal(object)
    unchanged = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: LoadedEvent | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._reload)

    @property
    def path(self) -> Path | None:
        return self.current.path if self.current is not None else None

    def follow(self, loaded: LoadedEvent | None) -> None:
        """Follow the file ``loaded`` came from (if any) instead of the one before."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self.current = loaded
        self._rearm()

    def _rearm(self) -> None:
        path = self.path
        if path is not None and path.exists() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))

    @Slot(str)
    def _on_file_changed(self, _path: str) -> None:
        self._timer.start()

    @Slot()
    def _reload(self) -> None:
        self._rearm()
        if self.current is None or self.current.path is None:
            return
        try:
            loaded = load_event(self.current.path)
        except EventFileError as exc:
            self.failed.emit(exc)
            return
        if loaded.sha256 != self.current.sha256:
            self.reloaded.emit(loaded)  # the window shows it and follows it from then on
        else:
            self.unchanged.emit()
