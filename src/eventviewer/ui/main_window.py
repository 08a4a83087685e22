"""The main window: a view of the open document (ui/document.py).

It lays out the tabs, the library and the source panel, and shows what the document says:
an event to show, a file that does not load, a reload. What it asks of the user goes through
the dialogs of ui/dialogs.py and ui/print_dialogs.py; its menus are in ui/menus.py.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import EventFileError, LoadedEvent, Summary
from ..domain.errors import visible
from ..domain.summary import Line
from . import dialogs, settings
from .docks import PanelRoom
from .document import Document
from .focus import FocusRing
from .library import LibraryPanel
from .menus import Menus
from .notices import Banner, EmptyPage
from .outputs import Outputs
from .settings import SettingsStore, restore_window, save_window
from .sources import SourcePanel
from .status import EventStatus
from .tabs import Tab, TabPages
from .watch import FileReloader

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMessageBox

    from .activities import ActivitiesTab
    from .compare import CompareWindow, Comparisons, EditionChooser
    from .overview import OverviewTab
    from .participants import ParticipantsTab
    from .tiers import TiersTab

LIBRARY_WAIT_MS = 30_000  # a hang guard for --screenshot, not a target


def window_title(title: str, file: str) -> str:
    """``Event title — file.json``: what is shown and where it comes from."""
    shown = f"{visible(title)} — {visible(Path(file).name)}"
    return shown.replace("[*]", "[*][*]")  # Qt reads "[*]" as the unsaved-changes marker


class MainWindow(QMainWindow):
    def __init__(self, store: SettingsStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store or SettingsStore()
        self.document = Document(self.store, self)
        self.error_box: QMessageBox | None = None
        self.findings_box: QMessageBox | None = None
        self._in_place = False  # a failure is shown where the edition would be
        self.setWindowTitle(self.tr("eventviewer"))
        self.setAcceptDrops(True)
        self.tabs = TabPages(self._tab_built)
        self.setCentralWidget(self._central())
        self.status = EventStatus(self.statusBar())
        self.status.findings_button.clicked.connect(self.show_findings)
        self.sources_panel = SourcePanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sources_panel)
        self.sources_panel.hide()  # until a figure is followed to its sources
        self.sources_panel.copied.connect(self._citation_copied)
        self.library = LibraryPanel(self)
        self.library.open_requested.connect(self._open_from_library)
        self.library.shown.connect(self._on_library_scanned)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library)
        self.scanner = self.library.scanner
        self.room = PanelRoom(
            self,
            self.library,
            self.sources_panel,
            least=lambda: self.library.fitting_width(2),
            wanted=self.library.fitting_width,
        )
        self.scanner.set_folders([Path(f) for f in self.store.strings(settings.LIBRARY_FOLDERS)])
        self._library_scanned = False
        self._comparisons: Comparisons | None = None  # made (and its module imported) on use
        self.outputs = Outputs(self, self.document, self.store)
        self.outputs.saved.connect(self._saved)
        self.menus = Menus(self)
        self.menus.show_recent(self.store.strings(settings.RECENT_FILES))
        self.focus_ring = FocusRing(self)
        self._listen(self.document)
        self._update_actions()
        self.restore_settings()

    def _central(self) -> QWidget:
        self.banner = Banner()
        self.banner_text = self.banner.label
        self.empty = EmptyPage(self.open_dialog, self.open_bundled, self.try_again, self.go_back)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        return central

    def _listen(self, document: Document) -> None:
        """The window's parts each hear the document themselves (the window first: it brings
        the tabs forward)."""
        document.changed.connect(self._show_event)
        document.changed.connect(self.tabs.set_data)
        document.changed.connect(self.status.show)
        document.changed.connect(self.library.show_event)
        document.open_failed.connect(self._open_failed)
        document.reloaded.connect(self._reloaded)
        document.reload_failed.connect(self._on_reload_failed)
        document.unchanged.connect(self.hide_banner)
        document.busy.connect(self._on_reload_busy)
        document.recent_changed.connect(self._recent_changed)

    # -- what the document holds ------------------------------------------------------------
    @property
    def loaded(self) -> LoadedEvent | None:
        return self.document.loaded

    @property
    def summary(self) -> Summary | None:
        return self.document.summary

    @property
    def reloader(self) -> FileReloader:
        return self.document.reloader

    @property
    def comparisons(self) -> Comparisons:
        """Comparing editions: made when first used (the window's start does not import it)."""
        if self._comparisons is None:
            from .compare import Comparisons

            self._comparisons = Comparisons(self, self.store)
            self._comparisons.saved.connect(self._saved)
        return self._comparisons

    @property
    def compare_window(self) -> CompareWindow | None:
        return self._comparisons.window if self._comparisons else None

    @property
    def chooser(self) -> EditionChooser | None:
        return self._comparisons.chooser if self._comparisons else None

    def open_path(self, path: str | os.PathLike[str], *, remember: bool = True) -> bool:
        """Load ``path`` and show it; a file that does not load is reported and what is on
        screen stays (the document's policy)."""
        return self.document.open(path, remember=remember)

    def set_loaded(self, loaded: LoadedEvent) -> None:
        self.document.show(loaded)

    @Slot(object, object)
    def _show_event(self, loaded: LoadedEvent, summary: Summary) -> None:
        self.empty.clear_error()
        self.stack.setCurrentWidget(self.tabs)
        self.setWindowTitle(window_title(summary.title, loaded.file))
        self.sources_panel.clear()
        self.menus.findings_action.setEnabled(bool(loaded.findings))
        self._update_actions()
        self.hide_banner()

    @Slot(object)
    def _open_failed(self, error: EventFileError) -> None:
        """A file asked for does not load: said where it would be shown (with the way back to
        the edition on screen) when chosen in the library or with nothing on screen; in a
        message over what stays on screen when opened by a dialog or a drop."""
        if self._in_place or self.loaded is None:
            back = self.summary.title if self.summary is not None else None
            self.empty.show_error(error, back)
            self.stack.setCurrentWidget(self.empty)
        else:
            title = self.tr("Could not open the event file")
            self.error_box = dialogs.file_error(self, title, error, data_unchanged=True)
        self._update_actions()

    @Slot()
    def try_again(self) -> None:
        failed = self.document.failed
        if failed is not None:
            self._open_in_place(str(failed))

    @Slot()
    def go_back(self) -> None:
        """Back to the edition on screen before one that did not load."""
        if self.loaded is not None:
            self.empty.clear_error()
            self.stack.setCurrentWidget(self.tabs)

    def _open_in_place(self, path: str) -> None:
        self._in_place = True
        try:
            self.open_path(path, remember=False)
        finally:
            self._in_place = False

    def _update_actions(self) -> None:
        self.menus.update(self.loaded, self.summary, can_reload=self.document.path is not None)

    @Slot()
    def _recent_changed(self) -> None:
        self.menus.show_recent(self.store.strings(settings.RECENT_FILES))

    # -- tabs -------------------------------------------------------------------------------
    @property
    def overview(self) -> OverviewTab:
        from .overview import OverviewTab

        return self.tabs.tab("overview", OverviewTab)

    @property
    def tiers(self) -> TiersTab:
        from .tiers import TiersTab

        return self.tabs.tab("tiers", TiersTab)

    @property
    def activities(self) -> ActivitiesTab:
        from .activities import ActivitiesTab

        return self.tabs.tab("activities", ActivitiesTab)

    @property
    def participants(self) -> ParticipantsTab:
        from .participants import ParticipantsTab

        return self.tabs.tab("participants", ParticipantsTab)

    def _tab_built(self, tab: Tab) -> None:
        tab.connect_settings(self.store)
        activated = getattr(tab, "figure_activated", None)
        if activated is not None:  # a tab whose figures can be followed to their sources
            activated.connect(self.show_sources)
        if self.loaded is not None and self.summary is not None:
            tab.set_data(self.loaded, self.summary)

    def select_tab(self, key: str) -> None:
        self.tabs.select(key)

    @Slot()
    def toggle_chart_mode(self) -> None:
        """Show the tier chart, switched between amount and number of projects (the tab's
        buttons may have changed it since: the remembered mode is what counts)."""
        projects = self.store.text(settings.TIER_CHART_MODE) != "projects"
        self.select_tab("tiers")  # the change is seen where it happens
        self.tiers.set_mode("projects" if projects else "amount")
        self.menus.chart_mode_action.setChecked(projects)

    @Slot(object)
    def show_sources(self, line: Line) -> None:
        """The sources of ``line``, in the source panel."""
        if self.loaded is not None:
            self.sources_panel.show_line(line, self.loaded.event.sources)
            self.sources_panel.view.setFocus()

    @Slot()
    def show_findings(self) -> None:
        if self.summary is not None and self.summary.findings:
            self.findings_box = dialogs.findings(self, self.summary.findings)

    # -- files --------------------------------------------------------------------------------
    def _folder(self) -> str:
        return self.store.text(settings.LAST_DIRECTORY)

    @Slot()
    def open_dialog(self) -> None:
        path = dialogs.open_file(self, self._folder())
        if path:
            self.open_path(path)

    @Slot()
    def open_bundled(self) -> None:
        from ..domain import bundled_event_path

        self.open_path(bundled_event_path(), remember=False)

    @Slot()
    def reload(self) -> None:
        if self.document.reload():
            self.statusBar().showMessage(self.tr("Reloaded"), 3000)

    @Slot()
    def _reloaded(self) -> None:
        if self.error_box is not None:
            self.error_box.close()  # the file it reported on can be read now
        self.statusBar().showMessage(self.tr("Reloaded: the file changed on disk"), 4000)

    @Slot(bool)
    def _on_reload_busy(self, busy: bool) -> None:
        if busy and self.loaded is not None:
            name = visible(Path(self.loaded.file).name)
            self.statusBar().showMessage(self.tr("%s changed on disk: reading it…") % name)
        elif not busy:
            self.statusBar().clearMessage()

    @Slot(object)
    def _on_reload_failed(self, error: EventFileError) -> None:
        """A broken or half-written file keeps the last good data on screen, and says so."""
        self.banner.unreadable(error, showing_last=self.loaded is not None)

    def show_banner(self, text: str) -> None:
        self.banner.say(text)

    @Slot()
    def hide_banner(self) -> None:
        self.banner.hide()

    @staticmethod
    def _dropped_file(mime: QMimeData) -> str | None:
        urls = mime.urls() if mime.hasUrls() else []
        local = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return local[0] if len(local) == 1 else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_path(path)

    # -- the library and comparisons ----------------------------------------------------------
    @Slot()
    def open_folder_dialog(self) -> None:
        folder = dialogs.open_folder(self, self._folder())
        if folder:
            self.add_library_folder(folder)

    def add_library_folder(self, folder: str) -> None:
        """Add ``folder`` to the library (remembered) and scan it."""
        folders = [f for f in self.store.strings(settings.LIBRARY_FOLDERS) if f != folder]
        folders.append(folder)
        self.store.set(settings.LIBRARY_FOLDERS, folders)
        self.library.add_folder(folders)

    @Slot()
    def _on_library_scanned(self) -> None:
        self.room.later()  # the library's content is known: the width it wants, if there is room

    def wait_for_library(self, timeout_ms: int = LIBRARY_WAIT_MS) -> None:
        """What the window shows a moment after its first paint (for --screenshot)."""
        self.library.wait_for_scan(timeout_ms)

    @Slot(str)
    def _open_from_library(self, path: str) -> None:
        if (
            self.loaded is None
            or str(self.loaded.path) != path
            or self.stack.currentWidget() is self.empty
        ):
            self._open_in_place(path)

    @Slot()
    def compare_dialog(self) -> None:
        """Compare the editions selected in the library (Ctrl+click), or choose them."""
        selected = self.library.selected_paths() if self.library.isVisible() else []
        if len(selected) >= 2:
            self.open_comparison([Path(p) for p in selected])
            return
        current = str(self.loaded.path) if self.loaded and self.loaded.path else None
        self.comparisons.choose(self.library.comparable(current), current)

    def open_comparison(self, names: list[Path] | list[str]) -> bool:
        """Show the comparison of ``names``; an edition that does not load is reported."""
        shown = self.comparisons.open(names)
        if not shown:
            self.error_box = self.comparisons.error_box
        return shown

    # -- printing and exports: ui/print_dialogs.py ---------------------------------------
    def export_to(self, kind: str, suffix: str, path: str | None = None) -> Path | None:
        """Export the chart, the summary or a table of the event shown (``path`` given:
        without asking where)."""
        return self.outputs.export(kind, suffix, path)

    @Slot()
    def _citation_copied(self) -> None:
        self.statusBar().showMessage(self.tr("Citation copied to the clipboard"), 4000)

    @Slot(str)
    def _saved(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Saved %s") % visible(path), 5000)

    # -- about, language, settings ------------------------------------------------------------
    @Slot()
    def about(self) -> None:
        summary = self.summary
        sources = summary.sources if summary is not None else None
        dialogs.about(self, sources, summary.written_version if summary else None)

    def choose_language(self, code: str) -> None:
        """Remember the language; it applies from the next start (the note says so)."""
        self.store.set(settings.LANGUAGE, code)
        self.statusBar().showMessage(
            self.tr("The language changes when eventviewer starts again. 重新启动后生效。"), 8000
        )

    def restore_settings(self) -> None:
        self.room.restored = restore_window(self, self.store)
        self.select_tab(self.store.text(settings.LAST_TAB))

    def save_settings(self) -> None:
        self.store.set(settings.LAST_TAB, self.tabs.current_key())
        save_window(self, self.store)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._library_scanned:  # after the first paint, off the start-up path
            self._library_scanned = True
            QTimer.singleShot(0, self.scanner.scan)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.document.close()
        self.scanner.stop()
        self.save_settings()
        super().closeEvent(event)
