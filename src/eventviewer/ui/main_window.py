"""The main window: four tabs, menus, status bar, files, settings, keyboard.

The window is the only place that opens files; tabs receive data through ``set_data``. A file
that fails to load never replaces what is on screen.
"""

from __future__ import annotations

import html
import importlib
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from .. import settings as keys
from ..domain import EventFileError, LoadedEvent, Summary, build_summary, load_event
from ..domain.errors import visible
from ..domain.library import Entry
from ..domain.schema import SCHEMA_VERSION
from ..domain.summary import Line
from .common import plain_label, plain_tooltip
from .library import LibraryPanel, LibraryScanner
from .registry import TAB_KEYS, TABS, TabSpec
from .settings import SettingsStore
from .sources import SourcePanel
from .watch import FileReloader

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog, QMessageBox

    from .activities import ActivitiesTab
    from .compare import CompareWindow
    from .overview import OverviewTab
    from .participants import ParticipantsTab
    from .tiers import TiersTab

DEFAULT_SIZE = (1200, 800)
MIN_RESTORED_SIZE = (640, 400)  # a saved size below this is taken for a damaged setting
MAX_DIALOG_PROBLEMS = 12
T = TypeVar("T")


class Tab(Protocol):
    """What the window asks of every tab (see ui.registry)."""

    def set_data(self, loaded: LoadedEvent, summary: Summary) -> None: ...

    def connect_settings(self, store: SettingsStore) -> None:
        """Restore what the tab remembers and keep it up to date in ``store``."""


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's key for ``key``, or ``fallback`` where it has none (e.g. Quit on some)."""
    keys = QKeySequence.keyBindings(key)
    return keys if keys else [QKeySequence(fallback)]


def window_title(title: str, file: str) -> str:
    """``Event title — file.json``: what is shown and where it comes from."""
    shown = f"{visible(title)} — {visible(Path(file).name)}"
    return shown.replace("[*]", "[*][*]")  # Qt reads "[*]" as the unsaved-changes marker


def linked(text: str) -> str:
    """``text`` escaped as HTML, each http(s) address in it a link (opened only when clicked)."""
    parts = re.split(r"(https?://[^\s,<>\"]+)", visible(text))
    return "".join(
        f'<a href="{html.escape(part)}">{html.escape(part)}</a>' if i % 2 else html.escape(part)
        for i, part in enumerate(parts)
    )


def recent_label(path: str) -> str:
    """``name.json  (~/folder)``: enough to tell two files of one name apart, as menu text."""
    file = Path(path)
    folder, home = str(file.parent), str(Path.home())
    if folder == home or folder.startswith(home + os.sep):
        folder = "~" + folder[len(home) :]
    return visible(f"{file.name}  ({folder})").replace("&", "&&")  # & marks a menu shortcut


def tab_title(spec: TabSpec) -> str:
    return QCoreApplication.translate("tabs", spec.title)


class TabSlot(QWidget):
    """A tab page that builds its real widget when first needed."""

    def __init__(self, spec: TabSpec, on_built: Callable[[Tab], None]) -> None:
        super().__init__()
        self.spec = spec
        self.on_built = on_built
        self.widget: QWidget | None = None
        self.tab: Tab | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.widget is None:
            module = importlib.import_module(f"{__package__}.{self.spec.module}")
            widget: Any = getattr(module, self.spec.class_name)()
            self.widget, self.tab = widget, widget
            page = widget if isinstance(widget, QAbstractScrollArea) else scrolling(widget)
            self.box.addWidget(page)
            self.on_built(widget)
            if self.isVisible():  # Qt would show it only on a queued call
                page.show()
        return self.widget


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: it fills the room there is, and scrolls when it
    needs more, so no tab sets a minimum size on the window."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


LIBRARY_WAIT_MS = 30_000  # a hang guard for --screenshot, not a target


class MainWindow(QMainWindow):
    def __init__(self, store: SettingsStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store or SettingsStore()
        self.loaded: LoadedEvent | None = None
        self.summary: Summary | None = None
        self.error_box: QMessageBox | None = None
        self.findings_box: QMessageBox | None = None
        self.print_dialog_ref: tuple[QDialog, QPrinter] | None = None  # keeps an open dialog alive
        self.compare_window: CompareWindow | None = None
        self.chooser: QDialog | None = None
        self.setWindowTitle(self.tr("eventviewer"))
        self.setAcceptDrops(True)

        self.slots = [TabSlot(spec, self._tab_built) for spec in TABS]
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for slot in self.slots:
            self.tabs.addTab(slot, tab_title(slot.spec))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(
            "#banner { background: #fff4ce; border: 1px solid #e0b400; border-radius: 4px; }"
            "#banner QLabel { color: #3d3000; }"
        )
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        self.banner_text = plain_label()
        banner_layout.addWidget(self.banner_text, 1)
        self.banner.hide()

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_text = plain_label(self.tr("No event is open."), selectable=False)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.empty_text)
        open_button = QPushButton(self.tr("Open an event file…"))
        open_button.clicked.connect(self.open_dialog)
        bundled_button = QPushButton(self.tr("Open the bundled event"))
        bundled_button.clicked.connect(self.open_bundled)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(open_button)
        button_row.addWidget(bundled_button)
        button_row.addStretch(1)
        empty_layout.addLayout(button_row)
        empty_layout.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.file_label = QLabel()
        self.schema_label = QLabel()
        self.audit_label = QLabel()
        self.findings_button = QPushButton()
        self.findings_button.setFlat(True)
        self.findings_button.setToolTip(self.tr("List the audit findings"))
        self.findings_button.clicked.connect(self.show_findings)
        for label in (self.file_label, self.schema_label, self.audit_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addPermanentWidget(label)
        self.statusBar().addPermanentWidget(self.findings_button)

        self.reloader = FileReloader(self)
        self.reloader.reloaded.connect(self._on_reloaded)
        self.reloader.unchanged.connect(self.hide_banner)
        self.reloader.failed.connect(self._on_reload_failed)
        self.reloader.busy.connect(self._on_reload_busy)

        self.sources_panel = SourcePanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sources_panel)
        self.sources_panel.hide()  # until a figure is followed to its sources
        self.library = LibraryPanel(self)
        self.library.open_requested.connect(self._open_from_library)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library)
        self.scanner = LibraryScanner(self)
        self.scanner.scanned.connect(self._on_library_scanned)
        self.scanner.set_folders([Path(f) for f in self.store.strings(keys.LIBRARY_FOLDERS)])
        self._library_scanned = False

        self._build_menus()
        self._update_actions()
        self.restore_settings()

    # -- menus ------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence):
            action.setShortcut(shortcut)
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open
        )
        file_menu.addAction(self.open_action)
        self.open_folder_action = self._action(self.tr("Open &Folder…"), self.open_folder_dialog)
        file_menu.addAction(self.open_folder_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        file_menu.addMenu(self.recent_menu)
        self.reload_action = self._action(self.tr("&Reload"), self.reload, QKeySequence("F5"))
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        self.print_action = self._action(
            self.tr("&Print…"), self.print_dialog, QKeySequence.StandardKey.Print
        )
        self.preview_action = self._action(self.tr("Print Pre&view…"), self.print_preview)
        self.export_action = self._action(self.tr("&Export PDF…"), self.export_pdf)
        for action in (self.print_action, self.preview_action, self.export_action):
            file_menu.addAction(action)
        self.export_menu = file_menu.addMenu(self.tr("E&xport"))
        exports = (
            (self.tr("Chart as &PNG…"), "chart", ".png"),
            (self.tr("Chart as &SVG…"), "chart", ".svg"),
            (self.tr("&Summary as Markdown…"), "summary", ".md"),
            (self.tr("&Tiers as CSV…"), "tiers", ".csv"),
            (self.tr("P&rogramme as CSV…"), "programme", ".csv"),
            (self.tr("&Categories as CSV…"), "categories", ".csv"),
            (self.tr("Itemized P&rojects as CSV…"), "projects", ".csv"),
            (self.tr("Itemized &Organizations as CSV…"), "organizations", ".csv"),
        )
        self.chart_exports: list[QAction] = []
        for text, what, suffix in exports:
            action = self._action(text, lambda _=False, w=what, x=suffix: self.export_to(w, x))
            self.export_menu.addAction(action)
            if what == "chart":
                self.chart_exports.append(action)
        self.page_size_menu = file_menu.addMenu(self.tr("Page Si&ze"))
        self.page_size_group = QActionGroup(self)
        saved = self.store.text(keys.PAGE_SIZE)
        for size, label in (("A4", self.tr("A4")), ("Letter", self.tr("US Letter"))):
            action = QAction(label, self, checkable=True)
            action.setData(size)
            action.setChecked(size == saved)
            action.triggered.connect(lambda _=False, s=size: self.store.set(keys.PAGE_SIZE, s))
            self.page_size_group.addAction(action)
            self.page_size_menu.addAction(action)
        file_menu.addSeparator()
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, standard_or(QKeySequence.StandardKey.Quit, "Ctrl+Q")
        )
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.tab_actions: list[QAction] = []
        for i, slot in enumerate(self.slots):
            action = self._action(
                tab_title(slot.spec),
                lambda _=False, i=i: self.tabs.setCurrentIndex(i),
                QKeySequence(f"Ctrl+{i + 1}"),
            )
            view_menu.addAction(action)
            self.tab_actions.append(action)
        view_menu.addSeparator()
        self.next_tab_action = self._action(
            self.tr("&Next Tab"),
            lambda: self._step_tab(1),
            [QKeySequence("Ctrl+PgDown"), QKeySequence(QKeySequence.StandardKey.NextChild)],
        )
        self.previous_tab_action = self._action(
            self.tr("P&revious Tab"),
            lambda: self._step_tab(-1),
            [QKeySequence("Ctrl+PgUp"), QKeySequence(QKeySequence.StandardKey.PreviousChild)],
        )
        view_menu.addAction(self.next_tab_action)
        view_menu.addAction(self.previous_tab_action)
        view_menu.addSeparator()
        self.library_action = self.library.toggleViewAction()
        self.library_action.setText(self.tr("&Library"))
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.library_action.triggered.connect(self._focus_library)
        view_menu.addAction(self.library_action)
        self.compare_action = self._action(
            self.tr("&Compare Editions…"), self.compare_dialog, QKeySequence("Ctrl+Shift+C")
        )
        view_menu.addAction(self.compare_action)
        self.chart_mode_action = self._action(
            self.tr("Tier Chart Shows Number of &Projects"),
            self._toggle_chart_mode,
            QKeySequence("Ctrl+M"),
        )
        self.chart_mode_action.setCheckable(True)
        view_menu.addAction(self.chart_mode_action)
        view_menu.aboutToShow.connect(self._sync_view_menu)
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        saved_language = self.store.text(keys.LANGUAGE)
        for code, label in (("", self.tr("System language")), ("zh", "中文"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setData(code)
            action.setChecked(code == saved_language)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.findings_action = self._action(self.tr("Audit &Findings…"), self.show_findings)
        view_menu.addAction(self.findings_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About eventviewer"), self.about))
        help_menu.addAction(self._action(self.tr("About &Qt"), QApplication.aboutQt))
        self._rebuild_recent_menu()

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _update_actions(self) -> None:
        has_data = self.loaded is not None
        self.reload_action.setEnabled(has_data or self.reloader.path is not None)
        for action in (
            self.print_action,
            self.preview_action,
            self.export_action,
            self.chart_mode_action,
        ):
            action.setEnabled(has_data)
        for action in self.tab_actions:
            action.setEnabled(has_data)
        self.export_menu.setEnabled(has_data)
        has_chart = self.summary is not None and bool(self.summary.tiers)
        for action in self.chart_exports:  # no tiers stated, no chart: nothing to export
            action.setEnabled(has_chart)

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.store.strings(keys.RECENT_FILES)
        for i, path in enumerate(recent, 1):
            action = QAction(f"&{i} {recent_label(path)}", self.recent_menu)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
            self.recent_menu.addAction(action)
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self._action(self.tr("&Clear List"), self._clear_recent))
        self.recent_menu.setEnabled(bool(recent))

    @Slot()
    def _clear_recent(self) -> None:
        self.store.set(keys.RECENT_FILES, [])
        self._rebuild_recent_menu()

    # -- loading ----------------------------------------------------------------------------
    def open_path(self, path: str | os.PathLike[str], *, remember: bool = True) -> bool:
        """Load ``path``; on failure report it and keep whatever is on screen. With nothing on
        screen yet, the file is watched all the same and shown once it can be read."""
        try:
            loaded = load_event(path)
        except EventFileError as exc:
            self.report_error(self.tr("Could not open the event file"), exc)
            if self.loaded is None:
                self.reloader.follow_path(Path(path).absolute())
                self._update_actions()
            return False
        self.set_loaded(loaded)
        if remember:
            self.store.add_recent(str(Path(path).resolve()))
            self.store.set(keys.LAST_DIRECTORY, str(Path(path).resolve().parent))
            self._rebuild_recent_menu()
        return True

    # -- tabs ---------------------------------------------------------------------------
    def tab(self, key: str, cls: type[T]) -> T:
        """The tab ``key``, built if it was not yet, as the class the caller expects."""
        widget = self.slots[TAB_KEYS.index(key)].ensure()
        assert isinstance(widget, cls)
        return widget

    @property
    def overview(self) -> OverviewTab:
        from .overview import OverviewTab

        return self.tab("overview", OverviewTab)

    @property
    def tiers(self) -> TiersTab:
        from .tiers import TiersTab

        return self.tab("tiers", TiersTab)

    @property
    def activities(self) -> ActivitiesTab:
        from .activities import ActivitiesTab

        return self.tab("activities", ActivitiesTab)

    @property
    def participants(self) -> ParticipantsTab:
        from .participants import ParticipantsTab

        return self.tab("participants", ParticipantsTab)

    def _tab_built(self, tab: Tab) -> None:
        tab.connect_settings(self.store)
        activated = getattr(tab, "figure_activated", None)
        if activated is not None:  # a tab whose figures can be followed to their sources
            activated.connect(self.show_sources)
        if self.loaded is not None and self.summary is not None:
            tab.set_data(self.loaded, self.summary)

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.slots) and self.stack.currentWidget() is self.tabs:
            self.slots[index].ensure()

    def set_loaded(self, loaded: LoadedEvent) -> None:
        summary = build_summary(loaded)
        self.loaded, self.summary = loaded, summary
        for slot in self.slots:
            if slot.tab is not None:
                slot.tab.set_data(loaded, summary)
        self.stack.setCurrentWidget(self.tabs)
        self.slots[self.tabs.currentIndex()].ensure()
        # Qt reads "[*]" in a title as the unsaved-changes marker; doubled, it shows literally.
        self.setWindowTitle(window_title(summary.title, loaded.file))
        self.reloader.follow(loaded)
        self.sources_panel.clear()
        self.library.select(str(loaded.path) if loaded.path else None)
        self._update_status()
        self._update_actions()
        self.hide_banner()

    def _update_status(self) -> None:
        if self.loaded is None or self.summary is None:
            return
        loaded, summary = self.loaded, self.summary
        name = visible(Path(loaded.file).name)
        self.file_label.setText(name)
        self.file_label.setToolTip(
            plain_tooltip(f"{visible(loaded.file)}\nSHA-256 {loaded.sha256}")
        )
        self.schema_label.setText(self.tr("Schema v%d") % summary.written_version)
        if summary.written_version != summary.schema_version:
            self.schema_label.setToolTip(
                self.tr("Written in schema version %d and migrated on reading to version %d.")
                % (summary.written_version, summary.schema_version)
            )
        else:
            self.schema_label.setToolTip("")
        warnings = len(loaded.findings)
        n = summary.derived_count
        self.audit_label.setText(
            self.tr("1 derived figure ·")
            if n == 1
            else self.tr("{n} derived figures ·").format(n=n)
        )
        self.findings_button.setText(
            self.tr("1 warning") if warnings == 1 else self.tr("{n} warnings").format(n=warnings)
        )
        self.findings_button.setEnabled(warnings > 0)
        self.findings_action.setEnabled(warnings > 0)

    @Slot()
    def show_findings(self) -> None:
        """The audit findings, one a line: implausible things the file says, not errors."""
        from PySide6.QtWidgets import QMessageBox

        if self.summary is None or not self.summary.findings:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Audit findings"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("The file is valid, but these figures look implausible; check them:"))
        box.setInformativeText("\n".join(visible(f) for f in self.summary.findings))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.findings_box = box
        box.open()

    @Slot()
    def _sync_view_menu(self) -> None:
        projects = self.store.text(keys.TIER_CHART_MODE) == "projects"
        self.chart_mode_action.setChecked(projects)

    @Slot()
    def _toggle_chart_mode(self) -> None:
        """Show the tier chart, switched between amount and number of projects (the tab's
        buttons may have changed it since: the remembered mode is what counts)."""
        projects = self.store.text(keys.TIER_CHART_MODE) != "projects"
        self.select_tab("tiers")  # the change is seen where it happens
        self.tiers.set_mode("projects" if projects else "amount")
        self.chart_mode_action.setChecked(projects)

    def report_error(self, title: str, error: EventFileError) -> None:
        """A window-modal, non-blocking message with the located problems."""
        from PySide6.QtWidgets import QMessageBox  # dialogs are imported when first needed

        lines = [p.format(Path(error.file).name) for p in error.problems]
        shown = lines[:MAX_DIALOG_PROBLEMS]
        more = len(lines) - len(shown) + error.more
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{title}:\n{visible(error.file)}")
        if more:
            shown.append(self.tr("… and {n} more (see details)").format(n=more))
        if self.loaded is not None:
            shown += ["", self.tr("The data on screen is unchanged.")]
        box.setInformativeText("\n".join(shown))
        if more:  # the full list, when the message shows only the first ones
            box.setDetailedText(error.describe())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.error_box = box
        box.open()

    @Slot()
    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.store.text(keys.LAST_DIRECTORY) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open event file"), start, self.tr("Event files (*.json);;All files (*)")
        )
        if path:
            self.open_path(path)

    @Slot()
    def open_folder_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.store.text(keys.LAST_DIRECTORY) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Add a folder to the library"), start
        )
        if folder:
            self.add_library_folder(folder)

    def add_library_folder(self, folder: str) -> None:
        """Add ``folder`` to the library (remembered) and scan it."""
        folders = [f for f in self.store.strings(keys.LIBRARY_FOLDERS) if f != folder]
        folders.append(folder)
        self.store.set(keys.LIBRARY_FOLDERS, folders)
        self.scanner.set_folders([Path(f) for f in folders])
        self.library.show()
        self.scanner.scan()

    @Slot(object)
    def _on_library_scanned(self, groups: list[tuple[str, list[Entry]]]) -> None:
        current = str(self.loaded.path) if self.loaded and self.loaded.path else None
        self.library.set_groups(groups, current)
        if not self.state_restored:  # the user's own width stands
            width = min(self.library.fitting_width(), self.width() // 3)
            if width > self.library.width():
                self.resizeDocks([self.library], [width], Qt.Orientation.Horizontal)

    def wait_for_library(self, timeout_ms: int = LIBRARY_WAIT_MS) -> None:
        """Return once the library has been scanned (or after ``timeout_ms``, a hang guard)."""
        from PySide6.QtCore import QEventLoop

        if self.library.groups or not self.library.isVisible():
            return
        loop = QEventLoop()
        self.scanner.scanned.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.scanner.scanned.disconnect(loop.quit)

    @Slot(object)
    def show_sources(self, line: Line) -> None:
        """The sources of ``line``, in the source panel."""
        if self.loaded is not None:
            self.sources_panel.show_line(line, self.loaded.event.sources)
            self.sources_panel.view.setFocus()

    def export_to(self, what: str, suffix: str, path: str | None = None) -> Path | None:
        """Export the chart, the summary or a table of the event on screen (``path`` given:
        without asking where)."""
        from .. import exporting
        from ..domain.export import TABLES
        from ..saving import SaveError

        if self.loaded is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            start = self.store.text(keys.LAST_DIRECTORY)
            stem = self.loaded.path.stem if self.loaded.path else "event"
            name = f"{stem}-{what}{suffix}"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export"), f"{start}/{name}" if start else name
            )
            if not path:
                return None
            if not path.lower().endswith(suffix):
                path += suffix
        try:
            if what == "chart":
                written = exporting.export_chart(path, self.loaded, self.summary)
            elif what == "summary":
                written = exporting.export_summary(path, self.loaded)
            else:
                kind = next(k for k in TABLES if k == what)  # one of the table kinds
                written = exporting.export_table(path, kind, self.loaded)
        except (SaveError, exporting.FormatError, exporting.NothingToExport) as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Export failed"), visible(str(exc)))
            return None
        self.statusBar().showMessage(self.tr("Saved %s") % visible(str(written)), 5000)
        return written

    def choose_language(self, code: str) -> None:
        """Remember the language; it applies from the next start (the note says so)."""
        self.store.set(keys.LANGUAGE, code)
        self.statusBar().showMessage(
            self.tr("The language changes when eventviewer starts again. 重新启动后生效。"), 8000
        )

    @Slot()
    def compare_dialog(self) -> None:
        """Compare the editions selected in the library (Ctrl+click), or choose them."""
        from .compare import EditionChooser

        selected = self.library.selected_paths() if self.library.isVisible() else []
        if len(selected) >= 2:
            self.open_comparison([Path(p) for p in selected])
            return

        entries = [e for _, group in self.library.groups for e in group if not e.error]
        if not entries:  # the library is not scanned yet: do it now
            from ..domain.library import bundled_entries

            entries = bundled_entries()
        current = str(self.loaded.path) if self.loaded and self.loaded.path else None
        if current and all(e.path != current for e in entries) and self.loaded:
            from ..domain.library import entry

            entries.insert(0, entry(Path(current).name, Path(current)))
        chooser = EditionChooser(entries, {current} if current else set(), self)
        chooser.accepted.connect(lambda: self.open_comparison(chooser.paths()))
        chooser.setWindowModality(Qt.WindowModality.WindowModal)
        chooser.show()
        self.chooser = chooser

    def open_comparison(self, names: list[Path] | list[str]) -> bool:
        """Show the comparison of ``names`` (paths or bundled ids); a file that does not load
        is reported and nothing else changes."""
        from ..domain.compare import ComparisonError, load_comparison
        from .compare import CompareWindow

        try:
            comparison = load_comparison(names)
        except ComparisonError as exc:
            self._report_compare_error(exc.describe())
            return False
        if self.compare_window is None:
            self.compare_window = CompareWindow(self)
            self.compare_window.view.print_requested.connect(self._print_comparison)
            self.compare_window.view.export_requested.connect(self._export_comparison)
        self.compare_window.view.set_comparison(comparison)
        self.compare_window.show()
        self.compare_window.raise_()
        return True

    def _report_compare_error(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot compare"))
        box.setText(self.tr("Some of the editions could not be read:"))
        box.setInformativeText(visible(text))
        box.open()
        self.error_box = box

    @Slot()
    def _print_comparison(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ..printing.compare_page import orientation, render_compare
        from ..printing.output import set_up_page

        view = self.compare_window.view if self.compare_window else None
        if view is None or view.comparison is None:
            return
        comparison, figure = view.comparison.sorted_by(view.sort), view.figure
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up_page(printer, self.store.text(keys.PAGE_SIZE), orientation(comparison))
        dialog = QPrintDialog(printer, self.compare_window)
        dialog.accepted.connect(lambda: render_compare(printer, comparison, figure))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.print_dialog_ref = (dialog, printer)

    @Slot()
    def _export_comparison(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..printing.compare_page import write_compare_pdf
        from ..saving import SaveError

        view = self.compare_window.view if self.compare_window else None
        if view is None or view.comparison is None:
            return
        start = self.store.text(keys.LAST_DIRECTORY)
        name = "comparison.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self.compare_window,
            self.tr("Export comparison as PDF"),
            f"{start}/{name}" if start else name,
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        comparison = view.comparison.sorted_by(view.sort)
        try:
            written = write_compare_pdf(
                path, comparison, self.store.text(keys.PAGE_SIZE), view.figure
            )
        except SaveError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.compare_window, self.tr("Export failed"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Saved %s") % written, 5000)

    @Slot(str)
    def _open_from_library(self, path: str) -> None:
        if self.loaded is None or str(self.loaded.path) != path:
            self.open_path(path, remember=False)

    @Slot(bool)
    def _focus_library(self, shown: bool) -> None:
        if shown:
            self.library.tree.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._library_scanned:  # after the first paint, off the start-up path
            self._library_scanned = True
            QTimer.singleShot(0, self.scanner.scan)

    @Slot()
    def open_bundled(self) -> None:
        from ..domain import bundled_event_path

        self.open_path(bundled_event_path(), remember=False)

    @Slot()
    def reload(self) -> None:
        path = self.loaded.path if self.loaded is not None else self.reloader.path
        if path is not None and self.open_path(path, remember=False):
            self.statusBar().showMessage(self.tr("Reloaded"), 3000)

    # -- the file changed on disk ----------------------------------------------------------
    @Slot(object)
    def _on_reloaded(self, loaded: LoadedEvent) -> None:
        if self.error_box is not None:
            self.error_box.close()  # the file it reported on can be read now
        self.set_loaded(loaded)
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
        name = Path(error.file).name
        first = error.problems[0].format(name) if error.problems else ""
        if self.loaded is not None:
            said = self.tr(
                "%s changed on disk and cannot be read now; showing the last good version."
            )
        else:
            said = self.tr("%s changed on disk and still cannot be read; it is shown once it can.")
        self.show_banner(said % visible(name) + f"\n{first}")

    def show_banner(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.show()

    def hide_banner(self) -> None:
        self.banner.hide()

    # -- drag and drop ----------------------------------------------------------------------
    @staticmethod
    def _dropped_file(mime: QMimeData) -> str | None:
        urls: list[QUrl] = mime.urls() if mime.hasUrls() else []
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

    # -- printing (the rendering path lives in eventviewer.printing) -------------------------
    @Slot()
    def print_dialog(self) -> None:
        from ..printing.dialogs import print_with_dialog

        print_with_dialog(self)

    @Slot()
    def print_preview(self) -> None:
        from ..printing.dialogs import preview

        preview(self)

    @Slot()
    def export_pdf(self) -> None:
        from ..printing.dialogs import export_pdf

        export_pdf(self)

    # -- about, settings --------------------------------------------------------------------
    @Slot()
    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About eventviewer"))
        icon = QApplication.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.setTextFormat(
            Qt.TextFormat.RichText
        )  # every data string escaped, its web address a link
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        if self.summary is not None:
            sources = "<br>".join(linked(source) for source in self.summary.sources)
        else:
            sources = html.escape(self.tr("no file open"))
        box.setText(f"eventviewer {__version__}")
        version = self.summary.written_version if self.summary else SCHEMA_VERSION
        schema = self.tr("Event schema version %d (this version reads up to %d).")
        box.setInformativeText(
            html.escape(self.tr("A viewer for reports of investment-matchmaking events."))
            + f"<br><br>{html.escape(self.tr('Data source:'))}<br>{sources}<br><br>"
            + html.escape(schema % (version, SCHEMA_VERSION))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    def restore_settings(self) -> None:
        geometry = self.store.bytes(keys.WINDOW_GEOMETRY)
        restored = geometry is not None and self.restoreGeometry(geometry)
        smallest = MIN_RESTORED_SIZE
        if not restored or self.width() < smallest[0] or self.height() < smallest[1]:
            self.resize(*DEFAULT_SIZE)  # a damaged setting must not give a sliver of a window
        self.fit_to_screen()
        state = self.store.bytes(keys.WINDOW_STATE)
        self.state_restored = state is not None and self.restoreState(state)
        self.select_tab(self.store.text(keys.LAST_TAB))

    def fit_to_screen(self) -> None:
        """No larger than the screen's free area, and on a screen (screens change between runs)."""
        from PySide6.QtGui import QGuiApplication

        room = self.screen().availableGeometry()
        self.resize(self.size().boundedTo(room.size()))
        screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
        if not any(area.intersects(self.frameGeometry()) for area in screens):
            self.move(room.topLeft())

    def save_settings(self) -> None:
        self.store.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.store.set(keys.WINDOW_STATE, self.saveState())
        self.store.set(keys.LAST_TAB, TAB_KEYS[self.tabs.currentIndex()])
        self.store.sync()

    def select_tab(self, key: str) -> None:
        if key in TAB_KEYS:
            self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reloader.stop()
        self.scanner.stop()
        self.save_settings()
        super().closeEvent(event)
