"""Every persistent setting, declared in one place (key, default, what a value may be, as
Picard does), and the one store that reads and writes them through QSettings: a value read is
always one its setting can take."""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

T = TypeVar("T")


class Setting(NamedTuple, Generic[T]):
    """A QSettings key, its default (whose type is the setting's type) and what a saved value
    may be: one of ``choices`` (when given), at most ``limit`` items for a list, at most
    ``limit`` bytes for bytes. A saved value outside these is read as the default: the
    settings file is the user's to edit, or to lose half of in a crash."""

    key: str
    default: T
    choices: tuple[str, ...] = ()
    limit: int = 0


MAX_TEXT = 4096  # characters of a saved text (a folder's path at most)

WINDOW_GEOMETRY: Setting[bytes | None] = Setting("window/geometry", None, limit=4096)
WINDOW_STATE: Setting[bytes | None] = Setting("window/state", None, limit=65536)
LAST_TAB: Setting[str] = Setting("window/last_tab", "overview")  # select_tab checks it
RECENT_FILES: Setting[tuple[str, ...]] = Setting("files/recent", (), limit=8)
LAST_DIRECTORY: Setting[str] = Setting("files/last_directory", "")
TIER_CHART_MODE: Setting[str] = Setting("tiers/chart_mode", "amount", ("amount", "projects"))
PAGE_SIZE: Setting[str] = Setting("print/page_size", "A4", ("A4", "Letter"))
LIBRARY_FOLDERS: Setting[tuple[str, ...]] = Setting("library/folders", (), limit=64)
LANGUAGE: Setting[str] = Setting("view/language", "", ("", "zh", "en"))  # "": the system's

MAX_RECENT_FILES = RECENT_FILES.limit


class SettingsStore:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings("eventviewer", "eventviewer")

    def text(self, setting: Setting[str]) -> str:
        """The saved text, or the default where it is not one the setting can take."""
        value = self.q.value(setting.key, setting.default)
        if not _usable(value) or (setting.choices and value not in setting.choices):
            return setting.default
        assert isinstance(value, str)
        return value

    def bytes(self, setting: Setting[bytes | None]) -> QByteArray | None:
        value = self.q.value(setting.key)
        if not isinstance(value, QByteArray) or value.isEmpty() or value.size() > setting.limit:
            return None
        return value

    def strings(self, setting: Setting[tuple[str, ...]]) -> list[str]:
        """The saved list's first ``setting.limit`` usable texts (a hand-edited file may hold
        thousands: the rest are never looked at)."""
        value = self.q.value(setting.key, list(setting.default))
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [v for v in items[: setting.limit] if _usable(v)]

    def set(self, setting: Setting[T], value: object) -> None:
        self.q.setValue(setting.key, value)

    def add_recent(self, path: str) -> list[str]:
        recent = [path] + [p for p in self.strings(RECENT_FILES) if p != path]
        recent = recent[:MAX_RECENT_FILES]
        self.set(RECENT_FILES, recent)
        return recent

    def sync(self) -> None:
        self.q.sync()


def _usable(value: object) -> bool:
    """A text that can be a saved value: not too long, and no NUL (no path holds one)."""
    return isinstance(value, str) and len(value) <= MAX_TEXT and "\0" not in value


DEFAULT_SIZE = (1200, 800)
MIN_RESTORED_SIZE = (640, 400)  # a saved size below this is taken for a damaged setting


def restore_window(window: QMainWindow, store: SettingsStore) -> bool:
    """The window's saved size, place and docks; True if the docks' state was restored. A
    damaged saved size gives the default, never a sliver of a window."""
    geometry = store.bytes(WINDOW_GEOMETRY)
    restored = geometry is not None and window.restoreGeometry(geometry)
    smallest = MIN_RESTORED_SIZE
    if not restored or window.width() < smallest[0] or window.height() < smallest[1]:
        window.resize(*DEFAULT_SIZE)
    fit_to_screen(window)
    state = store.bytes(WINDOW_STATE)
    return state is not None and window.restoreState(state)


def fit_to_screen(window: QMainWindow) -> None:
    """No larger than the screen's free area, and on a screen (screens change between runs)."""
    room = window.screen().availableGeometry()
    window.resize(window.size().boundedTo(room.size()))
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    if not any(area.intersects(window.frameGeometry()) for area in screens):
        window.move(room.topLeft())


def save_window(window: QMainWindow, store: SettingsStore) -> None:
    store.set(WINDOW_GEOMETRY, window.saveGeometry())
    store.set(WINDOW_STATE, window.saveState())
    store.sync()
