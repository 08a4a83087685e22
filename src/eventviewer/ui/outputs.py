"""What the window prints and exports: Print, Print Preview, Export PDF and File > Export of
the event the document holds, through the dialogs of ui/print_dialogs.py. ``saved`` carries
the path of a file written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from ..domain import LoadedEvent, Summary
from . import settings
from .document import Document
from .settings import SettingsStore


class Outputs(QObject):
    saved = Signal(str)

    def __init__(self, parent: QWidget, document: Document, store: SettingsStore) -> None:
        super().__init__(parent)
        self.parent_widget, self.document, self.store = parent, document, store
        self.dialog: QDialog | None = None  # an open print dialog, kept alive

    def _shown(self) -> tuple[LoadedEvent, Summary, str] | None:
        """The event shown and the paper it goes on (None: nothing is shown)."""
        loaded, summary = self.document.loaded, self.document.summary
        if loaded is None or summary is None:
            return None
        return loaded, summary, self.store.text(settings.PAGE_SIZE)

    def _folder(self) -> str:
        return self.store.text(settings.LAST_DIRECTORY)

    @Slot()
    def print_summary(self) -> None:
        from .print_dialogs import print_summary

        if (shown := self._shown()) is not None:
            self.dialog = print_summary(self.parent_widget, *shown)

    @Slot()
    def preview(self) -> None:
        from .print_dialogs import preview_summary

        if (shown := self._shown()) is not None:
            self.dialog = preview_summary(self.parent_widget, *shown)

    @Slot()
    def export_pdf(self) -> None:
        from .print_dialogs import export_summary_pdf

        if (shown := self._shown()) is not None:
            written = export_summary_pdf(self.parent_widget, *shown, self._folder())
            if written is not None:
                self.saved.emit(str(written))

    def export(self, kind: str, suffix: str, path: str | None = None) -> Path | None:
        """The export of ``kind`` that writes ``suffix`` files (the exports' registry), asking
        where unless ``path`` is given; the path written, or None."""
        from ..exports import find
        from .print_dialogs import export_file

        if (shown := self._shown()) is None:
            return None
        loaded, summary, _ = shown
        written = export_file(
            self.parent_widget, find(kind, suffix), loaded, summary, self._folder(), path
        )
        if written is not None:
            self.saved.emit(str(written))
        return written
