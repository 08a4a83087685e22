"""The library of editions: the bundled series and the user's own folders, as plain entries.

Each entry says what a reader scans a list for (year, province, city, opening date, headline
figures with their basis) or, for a file that does not load, its located error. Loading one file
never stops the others.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

import msgspec

from .bundled import edition_ids, edition_path
from .errors import EventFileError, visible
from .i18n import translate
from .listing import edition_row
from .loader import load_event
from .words import in_reader_language


class Entry(msgspec.Struct, frozen=True):
    """One edition in the library, or one file that failed to load (``error`` set)."""

    name: str  # the bundled id, or the file name
    path: str
    year: str = ""
    province: str = ""
    city: str = ""
    opened: str = ""
    projects: str = ""
    amount: str = ""
    title: str = ""
    error: str = ""

    @property
    def headline(self) -> str:
        """``382 projects (signed during the event) · RMB 396.6 bn (…)``."""
        return " · ".join(x for x in (self.projects, self.amount) if x)


def entry(name: str, path: Path) -> Entry:
    """The library entry of one file: loaded, or its located error."""
    try:
        loaded = load_event(path)
    except EventFileError as exc:
        return Entry(name, str(path), error=exc.describe())
    _, year, province, city, opened, projects, amount = edition_row(name, loaded)
    title = in_reader_language(loaded.event.event.name)
    return Entry(name, str(path), year, province, city, opened, projects, amount, title)


def bundled_entries() -> list[Entry]:
    return sorted((entry(i, edition_path(i)) for i in edition_ids()), key=_order)


def folder_entries(folder: Path) -> list[Entry]:
    """Every ``*.json`` in ``folder``, loaded or with its error, by opening date; a folder
    that cannot be read is one entry with the reason (a glob would say nothing)."""
    try:
        paths = sorted(p for p in folder.iterdir() if fnmatch.fnmatchcase(p.name, "*.json"))
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        said = translate("library", "cannot read this folder: {reason}").format(reason=reason)
        return [Entry(folder.name, str(folder), error=visible(f"{folder}: {said}"))]
    return sorted((entry(p.name, p) for p in paths if not p.name.startswith(".")), key=_order)


def _order(e: Entry) -> tuple[bool, str, str]:
    return (bool(e.error), e.opened, e.name)
