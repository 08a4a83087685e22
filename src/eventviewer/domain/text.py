"""The plain-text briefing (``eventviewer --summary``), rendered from the one summary."""

from __future__ import annotations

import textwrap

from .formatting import Provenance
from .summary import CATEGORY_NOTE, DERIVED_NOTE, PARAGRAPH_NOTE, Line, Summary

WIDTH = 88


def _wrap(text: str, indent: str = "  ", first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=first if first is not None else indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
    ) or [first or indent]


def _field(label: str, text: str, source: Provenance | None = None, width: int = 16) -> list[str]:
    tail = f"  [{source.short}]" if source is not None and source.given else ""
    return _wrap(text + tail, " " * (width + 2), f"{label + ':':<{width}}  ")


def _figure(line: Line, width: int = 44) -> str:
    where = line.provenance.short
    return f"  {line.label:<{width}} {line.marked:>16}   [{where}]"


def _heading(title: str) -> list[str]:
    return ["", title.upper(), "-" * len(title)]


def render_text(summary: Summary) -> str:
    out: list[str] = [summary.title, "=" * min(len(summary.title), WIDTH)]
    if summary.theme:
        out += _field("Theme", f"“{summary.theme}”")
    for line in (summary.opening, summary.closing, summary.place, summary.venue):
        out += _field(line.label, line.text, line.provenance)
    for host in summary.hosts:
        out += _field(host.label, host.text, host.provenance)
    for item in (summary.significance, summary.purpose):
        if item:
            out += _field(item.label, item.text, item.provenance)

    out += _heading("Key figures")
    out += [_figure(k) for k in summary.key_figures]

    if summary.tiers:
        out += _heading("Investment tiers")
        cur = summary.currency
        out.append(
            f"  {'Tier':<22}{'Projects':>10}{'Amount':>16}{'Share':>10}{'Avg per project':>18}"
        )
        for row in summary.tiers:
            label, projects, amount, share, _, average = row.cells()
            out.append(f"  {label:<22}{projects:>10}{amount:>16}{share:>10}{average:>18}")
        out.append(f"  Amounts in {cur} billion. Shares are of the total amount.")
    for sector in summary.sector_shares:
        where = sector.provenance.short
        out += _wrap(f"{sector.label}: {sector.text}  [{where}]")

    if summary.activities.lines() or summary.themes:
        out += _heading("Activities")
        out += [_figure(a) for a in summary.activities.lines()]
        if summary.themes:
            out.append("  Themes of the special activities:")
            for i, theme in enumerate(summary.themes, 1):
                where = theme.provenance.short
                out += _wrap(
                    theme.text + (f"  [{where}]" if where else ""), "        ", f"    {i}. "
                )
        for item in (summary.tours, summary.chains):
            if item:
                out += _field(item.label, item.text, item.provenance, 22)

    if summary.people or summary.categories:
        out += _heading("Participants")
        out += [_figure(p) for p in (summary.people, summary.companies) if p]
        if summary.categories:
            out.append("  Reported categories:")
            for c in summary.categories:
                where = c.provenance.short
                out += _wrap(f"{c.label}  [{where}]", " " * 12, f"  {c.marked:>8}  ")
            out += _wrap(CATEGORY_NOTE)

    if summary.itemized:
        out += _heading("Itemized in the file")
        out += [f"  {i.label:<44} {i.text:>16}" for i in summary.itemized]

    if summary.aims or summary.strategies or summary.goal:
        out += _heading("Aims")
        if summary.aims:
            out += _field(summary.aims.label, summary.aims.text, summary.aims.provenance)
        for s in summary.strategies:
            out += _wrap(f"{s.label}: {s.text}.", "    ", "  – ")
        if summary.goal:
            out += _field(summary.goal.label, summary.goal.text, summary.goal.provenance)

    if summary.derived_lines:
        out += _heading("Derived figures")
        out += _wrap(DERIVED_NOTE)
        for d in summary.derived_lines:
            out += _wrap(
                f"{d.label}: {d.marked} = {d.provenance.derivation}",
                "      ",
                "  – ",
            )

    if summary.findings:
        out += _heading("Audit findings")
        out += [f"  ! {f}" for f in summary.findings]

    out += _heading("Source")
    for source in summary.sources:
        out += _wrap(source)
    out += _wrap(PARAGRAPH_NOTE)
    return "\n".join(out) + "\n"
