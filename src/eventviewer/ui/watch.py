"""Following the open event file on disk: reload it when it changes, report when it cannot be.

The window hands over what it shows (:meth:`FileReloader.follow`) and hears back through
signals; it never watches or loads files itself. Loading runs on a worker thread
(:mod:`.worker`), so a large file does not freeze the window, and a load started for an older
change is never shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from ..domain import EventFileError, LoadedEvent, load_event
from .worker import SerialWorker

SETTLE_MS = 300


class FileReloader(QObject):
    """Reloads the followed file ``SETTLE_MS`` after the last change seen on disk.

    ``reloaded`` carries a new LoadedEvent when the content changed; ``unchanged`` says the file
    is back as it was; ``failed`` carries the EventFileError of a file that cannot be read now
    (half-written, broken, briefly gone), while what is on screen stays; ``busy`` says whether
    a load is under way, ``reading`` that one more was asked for. The file's folder is watched
    too, so a file that editors or sync tools replace, delete and write back, or that was
    briefly something else, is taken up again.
    """

    reloaded = Signal(object)
    unchanged = Signal()
    failed = Signal(object)
    busy = Signal(bool)
    reading = Signal(Path)  # a load of the file was asked for (one per change that settled)
    _finished = Signal(int, object)  # emitted on the worker thread, delivered on this one

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.current: LoadedEvent | None = None  # the last good load of ``path``, if any
        self._generation = 0  # which change the newest load is for
        self._busy = False
        self._worker = SerialWorker("reloader")  # loads run one after another, newest last
        self._finished.connect(self._on_finished)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_changed)
        self._watcher.directoryChanged.connect(self._on_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._reload)

    def follow(self, loaded: LoadedEvent | None) -> None:
        """Follow the file ``loaded`` came from (if any) instead of the one before."""
        self.follow_path(loaded.path if loaded is not None else None)
        self.current = loaded

    def follow_path(self, path: Path | None) -> None:
        """Follow ``path``, which has not loaded yet (broken, or not there): reload it when it
        changes, and say ``reloaded`` once it can be read."""
        self._generation += 1  # whatever is loading now is for another file
        self._set_busy(False)
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self.path, self.current = path, None
        if path is not None and path.parent.is_dir():
            self._watcher.addPath(str(path.parent))
        self._rearm()

    def stop(self) -> None:
        """Stop watching, drop the loads not started yet and let a running one end (the window
        is closing: nothing may be delivered to it afterwards)."""
        self.follow_path(None)
        self._worker.stop()

    def _rearm(self) -> None:
        path = self.path
        if path is not None and path.is_file() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))

    @Slot(str)
    def _on_changed(self, _path: str) -> None:
        self._timer.start()

    @Slot()
    def _reload(self) -> None:
        self._rearm()
        path = self.path
        if path is None:
            return

        self._generation += 1
        self._set_busy(True)
        self.reading.emit(path)
        generation = self._generation
        self._worker.submit(lambda: self._load(generation, path))  # replaces loads not started

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy.emit(busy)

    def _load(self, generation: int, path: Path) -> None:
        """On the worker thread."""
        result: LoadedEvent | EventFileError
        try:
            result = load_event(path)
        except EventFileError as exc:
            result = exc
        self._finished.emit(generation, result)

    @Slot(int, object)
    def _on_finished(self, generation: int, result: LoadedEvent | EventFileError) -> None:
        if generation != self._generation:
            return  # a newer change, or another file, is what counts now
        self._set_busy(False)
        if isinstance(result, EventFileError):
            self.failed.emit(result)
        elif self.current is None or result.sha256 != self.current.sha256:
            self.reloaded.emit(result)  # the window shows it and follows it from then on
        else:
            self.unchanged.emit()
