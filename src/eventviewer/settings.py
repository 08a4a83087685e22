"""Every persistent setting, its key and its default, declared in one place (as Picard does).

Plain data, no Qt: the window reads and writes these through :class:`ui.settings.SettingsStore`.
"""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")


class Setting(NamedTuple, Generic[T]):
    """A QSettings key and its default, whose type is the setting's type."""

    key: str
    default: T


WINDOW_GEOMETRY: Setting[bytes | None] = Setting("window/geometry", None)
WINDOW_STATE: Setting[bytes | None] = Setting("window/state", None)
LAST_TAB: Setting[str] = Setting("window/last_tab", "overview")
RECENT_FILES: Setting[tuple[str, ...]] = Setting("files/recent", ())
LAST_DIRECTORY: Setting[str] = Setting("files/last_directory", "")
TIER_CHART_MODE: Setting[str] = Setting("tiers/chart_mode", "amount")
PAGE_SIZE: Setting[str] = Setting("print/page_size", "A4")
LIBRARY_FOLDERS: Setting[tuple[str, ...]] = Setting("library/folders", ())
LANGUAGE: Setting[str] = Setting("view/language", "")  # "zh", "en"; "" follows the system

MAX_RECENT_FILES = 8
