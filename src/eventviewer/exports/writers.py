"""Writing the exports (``--export-table``, ``--export-summary``, ``--export-chart`` and File >
Export): the format from the file's extension, every file through the one atomic writer."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QIODevice

from ..domain.export import TableKind, markdown, nothing_to_export, table, write_csv
from ..domain.loader import LoadedEvent
from ..domain.summary import Summary, build_summary
from ..saving import save_file, write_bytes

CHART_FORMATS = (".png", ".svg")


class FormatError(ValueError):
    """The extension does not name a format this export writes."""


class NothingToExport(ValueError):
    """The event has nothing of what was asked for (a chart of tiers no source states)."""


def _check(out: str | os.PathLike[str], allowed: tuple[str, ...]) -> None:
    suffix = Path(out).suffix.lower()
    if suffix not in allowed:
        raise FormatError(f"{out}: the extension names the format; use {' or '.join(allowed)}")


def export_table(
    out: str | os.PathLike[str],
    kind: TableKind,
    loaded: LoadedEvent,
    summary: Summary | None = None,
) -> Path:
    """One table as CSV; raises FormatError, NothingToExport or SaveError."""
    _check(out, (".csv",))
    summary = summary or build_summary(loaded)
    why = nothing_to_export(kind, loaded, summary)
    if why is not None:  # a header alone would look like a table that says there is nothing
        raise NothingToExport(f"{summary.title}: {why}")
    header, rows = table(kind, loaded, summary)

    def write(device: QIODevice) -> bool:
        def chunk(text: str) -> None:
            write_bytes(device, text.encode("utf-8"))

        write_csv(header, rows, chunk)
        return True

    return save_file(out, write, source=loaded.path)


def export_summary(
    out: str | os.PathLike[str], loaded: LoadedEvent, summary: Summary | None = None
) -> Path:
    """The summary as Markdown; raises FormatError or SaveError."""
    _check(out, (".md",))
    summary = summary or build_summary(loaded)
    urls = {s.id: s.url for s in loaded.event.sources if s.url}
    data = markdown(summary, urls).encode("utf-8")
    return save_file(out, lambda device: write_bytes(device, data), source=loaded.path)


def export_chart(
    out: str | os.PathLike[str], loaded: LoadedEvent, summary: Summary | None = None
) -> Path:
    """The tier chart as PNG (twice the device pixels, white) or SVG (vectors, text as text);
    raises FormatError, NothingToExport or SaveError."""
    _check(out, CHART_FORMATS)
    from ..printing.chart_image import chart_png, chart_svg

    summary = summary or build_summary(loaded)
    if not summary.tiers:  # an empty chart would look like a chart of nothing
        raise NothingToExport(f"{summary.title}: the sources read state no investment tiers")
    render = chart_svg if Path(out).suffix.lower() == ".svg" else chart_png
    data = render(summary)
    return save_file(out, lambda device: write_bytes(device, data), source=loaded.path)
