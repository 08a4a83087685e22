"""Every persistent setting, its key and its default, declared in one place (as Picard does).

Plain data, no Qt: the window reads and writes these through :class:`ui.settings.SettingsStore`.
"""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

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
