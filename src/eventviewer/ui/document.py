"""The open document: what the window shows, where it came from, and what happens to it.

:class:`Document` owns the loaded event and its summary, follows its file on disk (a
:class:`~.watch.FileReloader`), keeps the recent files, and applies the error policy: a file
that does not load never replaces what is shown, and with nothing shown yet it is followed
all the same, to be shown once it can be read. Views listen to its signals; it never touches
a widget (as mu's logic object asks its view, never paints it).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ..domain import EventFileError, LoadedEvent, Summary, build_summary, load_event
from . import settings
from .settings import SettingsStore
from .watch import FileReloader


class Document(QObject):
    """``changed`` (loaded, summary): a new event to show. ``open_failed`` (error): a file asked
    for does not load. ``reload_failed`` (error): the shown file changed on disk and cannot be
    read now. ``unchanged``: it is back as it was. ``busy`` (bool): a reload is under way.
    ``reloaded``: the shown file changed on disk and was read again. ``recent_changed``."""

    changed = Signal(object, object)
    open_failed = Signal(object)
    reload_failed = Signal(object)
    unchanged = Signal()
    busy = Signal(bool)
    reloaded = Signal()
    recent_changed = Signal()

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.loaded: LoadedEvent | None = None
        self.summary: Summary | None = None
        self.failed: Path | None = None  # the last file asked for that did not load
        self.reloader = FileReloader(self)
        self.reloader.reloaded.connect(self._on_reloaded)
        self.reloader.unchanged.connect(self.unchanged)
        self.reloader.failed.connect(self.reload_failed)
        self.reloader.busy.connect(self.busy)

    @property
    def path(self) -> Path | None:
        """The file shown, or followed until it can be read."""
        return self.loaded.path if self.loaded is not None else self.reloader.path

    def open(self, path: str | os.PathLike[str], *, remember: bool = True) -> bool:
        """Load ``path`` and show it; on failure say so and keep what is shown."""
        try:
            loaded = load_event(path)
        except EventFileError as exc:
            self.failed = Path(path).absolute()
            if self.loaded is None:  # followed, and shown once it can be read
                self.reloader.follow_path(self.failed)
            self.open_failed.emit(exc)
            return False
        self.failed = None
        self.show(loaded)
        if remember:
            self.store.add_recent(str(Path(path).resolve()))
            self.store.set(settings.LAST_DIRECTORY, str(Path(path).resolve().parent))
            self.recent_changed.emit()
        return True

    def reload(self) -> bool:
        path = self.path
        return path is not None and self.open(path, remember=False)

    def show(self, loaded: LoadedEvent) -> None:
        """Show ``loaded`` (already valid) and follow its file."""
        self.loaded, self.summary = loaded, build_summary(loaded)
        self.reloader.follow(loaded)
        self.changed.emit(loaded, self.summary)

    def clear_recent(self) -> None:
        self.store.set(settings.RECENT_FILES, [])
        self.recent_changed.emit()

    def close(self) -> None:
        """Stop following the file: nothing is delivered after the window closes."""
        self.reloader.stop()

    @Slot(object)
    def _on_reloaded(self, loaded: LoadedEvent) -> None:
        self.show(loaded)
        self.reloaded.emit()
