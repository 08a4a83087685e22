"""Every persistent setting, its key and its default, declared in one place (as Picard does).

Plain data, no Qt: the window reads and writes these through :class:`ui.settings.SettingsStore`.
"""

from __future__ import annotations

from typing import NamedTuple


class Setting(NamedTuple):
    key: str
    default: object


WINDOW_GEOMETRY = Setting("window/geometry", None)
WINDOW_STATE = Setting("window/state", None)
LAST_TAB = Setting("window/last_tab", "overview")
RECENT_FILES = Setting("files/recent", [])
LAST_DIRECTORY = Setting("files/last_directory", "")
TIER_CHART_MODE = Setting("tiers/chart_mode", "amount")
PAGE_SIZE = Setting("print/page_size", "A4")

MAX_RECENT_FILES = 8
