"""The main window's menus and their actions (File, View, Help), each wired to a slot of the
window; the export entries come from the exports' registry (eventviewer.exports)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QWidget

from ..domain import LoadedEvent, Summary
from ..domain.errors import visible
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..exports import EXPORTS, Export
from . import settings
from .tabs import tab_title

if TYPE_CHECKING:
    from .main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None
PAGE_SIZES = (
    ("A4", QT_TRANSLATE_NOOP("MainWindow", "A4")),
    ("Letter", QT_TRANSLATE_NOOP("MainWindow", "US Letter")),
)


translate = QCoreApplication.translate


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's key for ``key``, or ``fallback`` where it has none (e.g. Quit on some)."""
    keys = QKeySequence.keyBindings(key)
    return keys if keys else [QKeySequence(fallback)]


def recent_label(path: str) -> str:
    """``name.json  (~/folder)``: enough to tell two files of one name apart, as menu text."""
    file = Path(path)
    folder, home = str(file.parent), str(Path.home())
    if folder == home or folder.startswith(home + os.sep):
        folder = "~" + folder[len(home) :]
    return visible(f"{file.name}  ({folder})").replace("&", "&&")  # & marks a menu shortcut


class Menus:
    """The menu bar of ``window``; :meth:`update` enables what the shown event allows."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        self._file_menu(bar.addMenu(translate("MainWindow", "&File")))
        self._view_menu(bar.addMenu(translate("MainWindow", "&View")))
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(
            self._action(translate("MainWindow", "&About eventviewer"), window.about)
        )
        help_menu.addAction(
            self._action(translate("MainWindow", "About &Qt"), QApplication.aboutQt)
        )

    def _action(self, text: str, slot: Callable[..., object], shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self.window)
        if isinstance(shortcut, QKeySequence):
            action.setShortcut(shortcut)
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        action.triggered.connect(slot)
        return action

    def _file_menu(self, menu: QMenu) -> None:
        w = self.window
        self.open_action = self._action(
            translate("MainWindow", "&Open…"), w.open_dialog, QKeySequence.StandardKey.Open
        )
        self.open_folder_action = self._action(
            translate("MainWindow", "Open &Folder…"), w.open_folder_dialog
        )
        self.recent_menu = QMenu(translate("MainWindow", "Open &Recent"), w)
        self.reload_action = self._action(
            translate("MainWindow", "&Reload"), w.reload, QKeySequence("F5")
        )
        menu.addAction(self.open_action)
        menu.addAction(self.open_folder_action)
        menu.addMenu(self.recent_menu)
        menu.addAction(self.reload_action)
        menu.addSeparator()
        self.print_action = self._action(
            translate("MainWindow", "&Print…"),
            w.outputs.print_summary,
            QKeySequence.StandardKey.Print,
        )
        self.preview_action = self._action(
            translate("MainWindow", "Print Pre&view…"), w.outputs.preview
        )
        self.export_action = self._action(
            translate("MainWindow", "&Export PDF…"), w.outputs.export_pdf
        )
        for action in (self.print_action, self.preview_action, self.export_action):
            menu.addAction(action)
        self._export_menu(menu.addMenu(translate("MainWindow", "E&xport")))
        self._page_size_menu(menu.addMenu(translate("MainWindow", "Page Si&ze")))
        menu.addSeparator()
        quit_keys = standard_or(QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.quit_action = self._action(translate("MainWindow", "&Quit"), w.close, quit_keys)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        menu.addAction(self.quit_action)

    def _export_menu(self, menu: QMenu) -> None:
        self.export_menu = menu
        self.exports: list[tuple[Export, QAction]] = []
        for export in EXPORTS:
            label = QCoreApplication.translate("exports", export.label)
            action = self._action(label, lambda _=False, e=export: self._export(e))
            menu.addAction(action)
            self.exports.append((export, action))
        self.chart_exports = [a for e, a in self.exports if e.group == "chart"]

    def _export(self, export: Export) -> None:
        self.window.export_to(export.kind, export.suffix)

    def _page_size_menu(self, menu: QMenu) -> None:
        store = self.window.store
        self.page_size_group = QActionGroup(self.window)
        saved = store.text(settings.PAGE_SIZE)
        for size, label in PAGE_SIZES:
            action = QAction(translate("MainWindow", label), self.window, checkable=True)
            action.setData(size)
            action.setChecked(size == saved)
            action.triggered.connect(lambda _=False, s=size: store.set(settings.PAGE_SIZE, s))
            self.page_size_group.addAction(action)
            menu.addAction(action)

    def _view_menu(self, menu: QMenu) -> None:
        w = self.window
        self.tab_actions: list[QAction] = []
        for i, slot in enumerate(w.tabs.slots):
            go = self._action(
                tab_title(slot.spec),
                lambda _=False, i=i: w.tabs.setCurrentIndex(i),
                QKeySequence(f"Ctrl+{i + 1}"),
            )
            menu.addAction(go)
            self.tab_actions.append(go)
        menu.addSeparator()
        next_keys = [QKeySequence("Ctrl+PgDown"), QKeySequence(QKeySequence.StandardKey.NextChild)]
        back_keys = [
            QKeySequence("Ctrl+PgUp"),
            QKeySequence(QKeySequence.StandardKey.PreviousChild),
        ]
        self.next_tab_action = self._action(
            translate("MainWindow", "&Next Tab"), lambda: w.tabs.step(1), next_keys
        )
        self.previous_tab_action = self._action(
            translate("MainWindow", "P&revious Tab"), lambda: w.tabs.step(-1), back_keys
        )
        menu.addAction(self.next_tab_action)
        menu.addAction(self.previous_tab_action)
        menu.addSeparator()
        self._panel_actions(menu)
        self._language_menu(menu.addMenu(translate("MainWindow", "&Language")))
        self.findings_action = self._action(
            translate("MainWindow", "Audit &Findings…"), w.show_findings
        )
        menu.addAction(self.findings_action)

    def _panel_actions(self, menu: QMenu) -> None:
        w = self.window
        self.library_action = self._panel(
            translate("MainWindow", "&Library"), "Ctrl+L", w.library, w.library.tree
        )
        self.sources_action = self._panel(
            translate("MainWindow", "&Sources"), "Ctrl+I", w.sources_panel, w.sources_panel.view
        )
        menu.addAction(self.library_action)
        menu.addAction(self.sources_action)
        self.compare_action = self._action(
            translate("MainWindow", "&Compare Editions…"),
            w.compare_dialog,
            QKeySequence("Ctrl+Shift+C"),
        )
        menu.addAction(self.compare_action)
        self.chart_mode_action = self._action(
            translate("MainWindow", "Tier Chart Shows Number of &Projects"),
            w.toggle_chart_mode,
            QKeySequence("Ctrl+M"),
        )
        self.chart_mode_action.setCheckable(True)
        menu.addAction(self.chart_mode_action)
        menu.aboutToShow.connect(self._sync_chart_mode)

    def _panel(self, text: str, keys: str, dock: QDockWidget, inside: QWidget) -> QAction:
        """A side panel's action, ticked while it shows: its key shows the panel and moves the
        focus there, or, pressed where the focus already is, hides it."""
        action = QAction(text, self.window, checkable=True)
        action.setShortcut(QKeySequence(keys))
        action.setChecked(not dock.isHidden())
        dock.visibilityChanged.connect(lambda _shown: action.setChecked(not dock.isHidden()))

        def go() -> None:
            focus = QApplication.focusWidget()
            if dock.isVisible() and focus is not None and dock.isAncestorOf(focus):
                dock.hide()
                return
            dock.show()
            dock.raise_()
            inside.setFocus(Qt.FocusReason.ShortcutFocusReason)

        action.triggered.connect(go)
        return action

    def _sync_chart_mode(self) -> None:
        projects = self.window.store.text(settings.TIER_CHART_MODE) == "projects"
        self.chart_mode_action.setChecked(projects)

    def _language_menu(self, menu: QMenu) -> None:
        self.language_menu = menu
        self.language_group = QActionGroup(self.window)
        saved = self.window.store.text(settings.LANGUAGE)
        for code, label in (
            ("", translate("MainWindow", "System language")),
            ("zh", "中文"),
            ("en", "English"),
        ):
            action = QAction(label, self.window, checkable=True)
            action.setData(code)
            action.setChecked(code == saved)
            action.triggered.connect(lambda _=False, c=code: self.window.choose_language(c))
            self.language_group.addAction(action)
            menu.addAction(action)

    def update(self, loaded: LoadedEvent | None, summary: Summary | None, can_reload: bool) -> None:
        """Enable what the event shown allows: an export only where it has something to
        write (no chart or tier table where no tiers are stated, no list the file lacks)."""
        has_data = loaded is not None and summary is not None
        self.reload_action.setEnabled(can_reload)
        shown = (self.print_action, self.preview_action, self.export_action)
        for action in (*shown, self.chart_mode_action, *self.tab_actions):
            action.setEnabled(has_data)
        self.export_menu.setEnabled(has_data)
        for export, action in self.exports:
            action.setEnabled(
                loaded is not None and summary is not None and export.available(loaded, summary)
            )

    def show_recent(self, recent: Sequence[str]) -> None:
        self.recent_menu.clear()
        for i, path in enumerate(recent, 1):
            action = QAction(f"&{i} {recent_label(path)}", self.recent_menu)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.window.open_path(p))
            self.recent_menu.addAction(action)
        if recent:
            self.recent_menu.addSeparator()
            clear = self._action(
                translate("MainWindow", "&Clear List"), self.window.document.clear_recent
            )
            self.recent_menu.addAction(clear)
        self.recent_menu.setEnabled(bool(recent))
