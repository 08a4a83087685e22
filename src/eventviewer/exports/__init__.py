"""The exports, declared once: what each writes, its menu label and its file's extension.

The command line (``--export-chart``, ``--export-summary``, ``--export-table KIND``), File >
Export and the README's test all read :data:`EXPORTS`. Qt-free to import, so that the command
line can offer the kinds without Qt; each writer imports the Qt side (:mod:`.writers`) when it
runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from ..domain.export import TABLES, TableKind
from ..domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ..domain.loader import LoadedEvent
    from ..domain.summary import Summary

Group = Literal["chart", "summary", "table"]  # --export-chart, --export-summary, --export-table
Writer = Callable[[str | os.PathLike[str], "LoadedEvent", "Summary"], Path]


class Export(NamedTuple):
    kind: str  # "chart", "summary" or a table's kind
    group: Group
    label: str  # File > Export, in English; translated in the "exports" context
    suffix: str  # the file's extension, which names its format
    write: Writer  # raises SaveError, FormatError or NothingToExport

    def available(self, loaded: LoadedEvent, summary: Summary) -> bool:
        """Whether this event has something to write (File > Export greys the rest)."""
        if self.group == "chart":
            return bool(summary.tiers)
        if self.group == "table":
            from ..domain.export import nothing_to_export

            kind = next(k for k in TABLES if k == self.kind)  # the table's kind, typed
            return nothing_to_export(kind, loaded, summary) is None
        return True


def _chart(out: str | os.PathLike[str], loaded: LoadedEvent, summary: Summary) -> Path:
    from .writers import export_chart

    return export_chart(out, loaded, summary)


def _summary(out: str | os.PathLike[str], loaded: LoadedEvent, summary: Summary) -> Path:
    from .writers import export_summary

    return export_summary(out, loaded, summary)


def _table(kind: TableKind) -> Writer:
    def write(out: str | os.PathLike[str], loaded: LoadedEvent, summary: Summary) -> Path:
        from .writers import export_table

        return export_table(out, kind, loaded, summary)

    return write


_TABLE_LABELS: dict[TableKind, str] = {
    "tiers": QT_TRANSLATE_NOOP("exports", "&Tiers as CSV…"),
    "programme": QT_TRANSLATE_NOOP("exports", "P&rogramme as CSV…"),
    "categories": QT_TRANSLATE_NOOP("exports", "&Categories as CSV…"),
    "projects": QT_TRANSLATE_NOOP("exports", "Itemized P&rojects as CSV…"),
    "organizations": QT_TRANSLATE_NOOP("exports", "Itemized &Organizations as CSV…"),
}

EXPORTS: tuple[Export, ...] = (
    Export("chart", "chart", QT_TRANSLATE_NOOP("exports", "Chart as &PNG…"), ".png", _chart),
    Export("chart", "chart", QT_TRANSLATE_NOOP("exports", "Chart as &SVG…"), ".svg", _chart),
    Export(
        "summary", "summary", QT_TRANSLATE_NOOP("exports", "&Summary as Markdown…"), ".md", _summary
    ),
    *(Export(kind, "table", _TABLE_LABELS[kind], ".csv", _table(kind)) for kind in TABLES),
)


def suffixes(group: Group) -> tuple[str, ...]:
    """The extensions a group of exports writes (``.png``, ``.svg`` for the chart)."""
    return tuple(dict.fromkeys(e.suffix for e in EXPORTS if e.group == group))


def table_kinds() -> tuple[str, ...]:
    return tuple(e.kind for e in EXPORTS if e.group == "table")


def find(kind: str, suffix: str) -> Export:
    """The export of ``kind`` that writes ``suffix`` files (KeyError if there is none)."""
    for export in EXPORTS:
        if export.kind == kind and export.suffix == suffix.lower():
            return export
    raise KeyError((kind, suffix))
