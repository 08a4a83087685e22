"""The four tabs, declared once: key (for ``--tab`` and settings), title and a factory.

Qt-free to import, so that the command line can offer the keys without Qt: each factory
imports its tab's module when the tab is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from ..domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .activities import ActivitiesTab
    from .overview import OverviewTab
    from .participants import ParticipantsTab
    from .tiers import TiersTab

    AnyTab = OverviewTab | TiersTab | ActivitiesTab | ParticipantsTab


class TabSpec(NamedTuple):
    key: str
    title: str  # English; the window translates it in the "tabs" context
    make: Callable[[], AnyTab]


def _overview() -> OverviewTab:
    from .overview import OverviewTab

    return OverviewTab()


def _tiers() -> TiersTab:
    from .tiers import TiersTab

    return TiersTab()


def _activities() -> ActivitiesTab:
    from .activities import ActivitiesTab

    return ActivitiesTab()


def _participants() -> ParticipantsTab:
    from .participants import ParticipantsTab

    return ParticipantsTab()


TABS = (
    TabSpec("overview", QT_TRANSLATE_NOOP("tabs", "Overview"), _overview),
    TabSpec("tiers", QT_TRANSLATE_NOOP("tabs", "Investment tiers"), _tiers),
    TabSpec("activities", QT_TRANSLATE_NOOP("tabs", "Activities"), _activities),
    TabSpec("participants", QT_TRANSLATE_NOOP("tabs", "Participants"), _participants),
)
TAB_KEYS = tuple(tab.key for tab in TABS)
