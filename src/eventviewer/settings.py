"""Every persistent setting, its key and its default, declared in one place (as Picard does).

Plain data, no Qt: the window reads and writes these through :class:`ui.settings.SettingsStore`.
"""

from __future__ import annotations


class Setting:
    """A QSettings key and its default (a plain class: a NamedTuple took 1 ms of start-up)."""

    __slots__ = ("default", "key")

    def __init__(self, key: str, default: object) -> None:
        self.key = key
        self.default = default

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.default!r})"


WINDOW_GEOMETRY = Setting("window/geometry", None)
WINDOW_STATE = Setting("window/state", None)
LAST_TAB = Setting("window/last_tab", "overview")
RECENT_FILES = Setting("files/recent", [])
LAST_DIRECTORY = Setting("files/last_directory", "")
TIER_CHART_MODE = Setting("tiers/chart_mode", "amount")
PAGE_SIZE = Setting("print/page_size", "A4")

MAX_RECENT_FILES = 8
