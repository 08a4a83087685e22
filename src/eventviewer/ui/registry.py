"""The four tabs, declared once: key (for ``--tab`` and settings), title, module and class.

Qt-free, so that the command line can offer the keys without importing Qt; the window imports a
tab's module when the tab is first shown.
"""

from __future__ import annotations

from typing import NamedTuple


class TabSpec(NamedTuple):
    key: str
    title: str  # English; the window translates it in the "tabs" context
    module: str  # under eventviewer.ui
    class_name: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` without Qt; the window translates it."""
    return text


TABS = (
    TabSpec("overview", QT_TRANSLATE_NOOP("tabs", "Overview"), "overview", "OverviewTab"),
    TabSpec("tiers", QT_TRANSLATE_NOOP("tabs", "Investment tiers"), "tiers", "TiersTab"),
    TabSpec("activities", QT_TRANSLATE_NOOP("tabs", "Activities"), "activities", "ActivitiesTab"),
    TabSpec(
        "participants", QT_TRANSLATE_NOOP("tabs", "Participants"), "participants", "ParticipantsTab"
    ),
)
TAB_KEYS = tuple(tab.key for tab in TABS)
