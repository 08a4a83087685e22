"""Exports a reader takes into their own work: the tables as CSV, the summary as Markdown.

CSV: UTF-8 without a byte-order mark, RFC 4180 quoting (the ``csv`` module's, CRLF line ends), a
header row, numbers as plain numbers, and for every figure its source and basis in columns of
their own; a derived value says so in a ``derived`` column, never with a mark in the number.
Markdown: the same content as ``--summary``, the sources as links.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Literal

from .derived import dec, plain, rounded
from .formatting import amount_unit
from .i18n import QT_TRANSLATE_NOOP, chinese, comma, translate
from .loader import LoadedEvent
from .summary import Line, Summary

TableKind = Literal["tiers", "programme", "categories", "projects", "organizations"]
TABLES: tuple[TableKind, ...] = ("tiers", "programme", "categories", "projects", "organizations")
CHUNK = 10_000  # rows written per call, so a million rows never sit in memory as one text


def _number(value: Decimal | None) -> str:
    return plain(value) if value is not None else ""


DERIVED_PLACES = 4  # a computed share or average: 25.4160, not 28 digits


def _figure(line: Line | None, scale: Decimal = Decimal(1)) -> list[str]:
    """value, basis, derived, source — the four cells of one figure (the value times
    ``scale``: an amount in 亿元 is ten times its billions)."""
    if line is None:
        return ["", "", "", ""]
    prov = line.provenance
    where = prov.derivation if prov.derived else prov.citation
    value = line.value
    if prov.derived and value is not None:
        value = rounded(value, DERIVED_PLACES).normalize()
    derived = translate("export", "yes" if prov.derived else "no")
    return [_number(value * scale if value is not None else None), line.basis, derived, where]


# The columns' names, in the reader's language like every other word of the file.
WORDS = (
    QT_TRANSLATE_NOOP("export", "yes"),
    QT_TRANSLATE_NOOP("export", "no"),
    QT_TRANSLATE_NOOP("export", "tier"),
    QT_TRANSLATE_NOOP("export", "projects"),
    QT_TRANSLATE_NOOP("export", "share of amount (%)"),
    QT_TRANSLATE_NOOP("export", "share of projects (%)"),
    QT_TRANSLATE_NOOP("export", "part"),
    QT_TRANSLATE_NOOP("export", "count"),
    QT_TRANSLATE_NOOP("export", "category"),
    QT_TRANSLATE_NOOP("export", "companies"),
    QT_TRANSLATE_NOOP("export", "project"),
    QT_TRANSLATE_NOOP("export", "sector"),
    QT_TRANSLATE_NOOP("export", "location"),
    QT_TRANSLATE_NOOP("export", "investor"),
    QT_TRANSLATE_NOOP("export", "organization"),
)


def _column(name: str) -> str:
    return translate("export", name)


def _figure_header(name: str) -> list[str]:
    """A figure's four columns: ``projects``, ``projects basis``… / ``项目数``, ``项目数口径``…"""
    short = name.split("（")[0]  # 金额口径, not 金额（亿元）口径: the unit is the value's
    return [
        name,
        *(
            translate("export", pattern).format(name=short)
            for pattern in (
                QT_TRANSLATE_NOOP("export", "{name} basis"),
                QT_TRANSLATE_NOOP("export", "{name} derived"),
                QT_TRANSLATE_NOOP("export", "{name} source"),
            )
        ),
    ]


def _amount(currency: str) -> tuple[str, Decimal]:
    """The amount column's name and the scale of its numbers: billions, or in Chinese 亿元
    (RMB 100.8 bn is 1008亿元, as the page and the sources write it)."""
    if chinese():
        said = translate("export", "amount ({unit})").format(unit=amount_unit(currency))
        return said, Decimal(10)
    said = translate("export", "amount ({currency} bn)").format(currency=currency)
    return said, Decimal(1)


def nothing_to_export(kind: TableKind, loaded: LoadedEvent, summary: Summary) -> str | None:
    """Why the table ``kind`` of this event would have no rows (None: it has some). A table
    of nothing would look like a table that says there is nothing."""
    ev = loaded.event
    nothing = {
        "tiers": not summary.tiers,
        "programme": not summary.activities.lines(),
        "categories": not summary.categories,
        "projects": not ev.projects,
        "organizations": not ev.organizations,
    }
    return translate("export", EMPTY[kind]) if nothing[kind] else None


EMPTY: dict[TableKind, str] = {
    "tiers": QT_TRANSLATE_NOOP("export", "the sources read state no investment tiers"),
    "programme": QT_TRANSLATE_NOOP("export", "the sources read state no programme"),
    "categories": QT_TRANSLATE_NOOP(
        "export", "the sources read report no categories of participants"
    ),
    "projects": QT_TRANSLATE_NOOP("export", "the file itemizes no projects"),
    "organizations": QT_TRANSLATE_NOOP("export", "the file itemizes no organizations"),
}


def table(
    kind: TableKind, loaded: LoadedEvent, summary: Summary
) -> tuple[list[str], Iterator[list[str]]]:
    """The header and the rows of one table of the event, as text cells."""
    amount, scale = _amount(summary.currency)
    if kind == "tiers":
        header = [
            _column("tier"),
            *_figure_header(_column("projects")),
            *_figure_header(amount),
            *_figure_header(_column("share of amount (%)")),
            *_figure_header(_column("share of projects (%)")),
        ]
        rows = (
            [
                r.label,
                *_figure(r.projects),
                *_figure(r.amount, scale),
                *_figure(r.share),
                *_figure(r.share_of_projects),
            ]
            for r in summary.tiers
        )
        return header, rows
    if kind == "programme":
        counts = summary.activities
        return [_column("part"), *_figure_header(_column("count"))], (
            [line.label, *_figure(line)] for line in counts.lines()
        )
    if kind == "categories":
        return [_column("category"), *_figure_header(_column("companies"))], (
            [line.label, *_figure(line)] for line in summary.categories
        )
    if kind == "projects":
        projects = loaded.event.projects or []
        header = [_column(c) for c in ("project", "", "sector", "location", "investor")]
        header[1] = amount
        return header, (
            [
                p.name,
                plain(dec(p.amount_bn) * scale) if p.amount_bn is not None else "",
                p.sector or "",
                p.location or "",
                p.investor or "",
            ]
            for p in projects
        )
    organizations = loaded.event.organizations or []
    header = [_column("organization"), _column("category")]
    return header, ([o.name, o.category or ""] for o in organizations)


def write_csv(header: list[str], rows: Iterator[list[str]], write: Callable[[str], None]) -> int:
    """Write the table through ``write`` in chunks; returns the number of rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # excel dialect: RFC 4180 quoting, CRLF
    writer.writerow(header)
    n = 0
    while True:
        chunk = [row for _, row in zip(range(CHUNK), rows, strict=False)]
        if not chunk:
            break
        writer.writerows(chunk)
        n += len(chunk)
        write(buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()
    write(buffer.getvalue())
    return n


def markdown(summary: Summary, urls: dict[str, str]) -> str:
    """The summary as Markdown: the same sections as ``--summary``, sources as links."""
    from .text import render_text

    def table_row(*cells: str) -> str:
        return "| " + " | ".join(cells) + " |"

    key_figures = translate("markdown", "Key figures")
    tiers = translate("markdown", "Investment tiers")
    sources = translate("markdown", "Sources")
    briefing = translate("markdown", "The full briefing")

    out = [f"# {_md(summary.title)}", ""]
    if summary.theme:
        theme = _md(summary.theme)
        out += [theme if chinese() else f"*{theme}*", ""]  # Han is never slanted
    facts = [summary.opening, summary.closing, summary.place, summary.venue, *summary.hosts]
    colon = "：" if chinese() else ": "
    out += [f"- **{_md(f.label)}**{colon}{_md(f.text)}" for f in facts]
    out += [
        "",
        f"## {key_figures}",
        "",
        table_row(
            translate("markdown", "Figure"),
            translate("markdown", "Value"),
            translate("markdown", "Basis"),
            translate("markdown", "Source"),
        ),
        "| --- | --- | --- | --- |",
    ]
    out += [
        f"| {_md(k.label)} | {_md(k.marked)} | {_md(k.basis)} | {_md(k.provenance.short)} |"
        for k in summary.key_figures
    ]
    out += _markdown_tiers(summary, tiers)
    out += ["", f"## {sources}", ""]
    for n, (source_id, line) in enumerate(
        zip(summary.source_ids, summary.sources, strict=False), 1
    ):
        url = urls.get(source_id, "")
        if url and line.endswith(url):  # the address as a link, the rest as text
            head = line[: -len(url)].removesuffix(comma())
            out.append(f"{n}. {_md(head)}{comma()}<{url}>")
        else:
            out.append(f"{n}. {_md(line)}")
    # The full briefing, every fact of --summary, as preformatted text.
    out += ["", f"## {briefing}", "", "```text", render_text(summary).rstrip(), "```", ""]
    return "\n".join(out)


def _markdown_tiers(summary: Summary, heading: str) -> list[str]:
    """The tier table, in Markdown (none when the sources give no tiers)."""
    if not summary.tiers:
        return []
    headers = [
        translate("markdown", "Tier"),
        translate("markdown", "Projects"),
        translate("markdown", "Amount"),
        translate("markdown", "Share"),
        translate("markdown", "Avg per project"),
    ]
    out = ["", f"## {heading}", "", "| " + " | ".join(headers) + " |"]
    out += ["| --- | ---: | ---: | ---: | ---: |"]
    for row in summary.tiers:
        label, projects, amount, share, _, average = row.cells()
        cells = " | ".join(_md(c) for c in (label, projects, amount, share, average))
        out.append(f"| {cells} |")
    return out


def _md(text: str) -> str:
    """Text safe in a Markdown table cell or line: pipes and markup characters escaped."""
    for ch in ("\\", "|", "*", "_", "`", "[", "]", "<", ">"):
        text = text.replace(ch, "\\" + ch)
    return text.replace("\n", " ")
