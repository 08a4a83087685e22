"""The plain-text briefing (``eventviewer --summary``), rendered from the one summary."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .formatting import Provenance
from .i18n import chinese, dash, labelled, lead, translate
from .summary import (
    CATEGORY_NOTE,
    DERIVED_NOTE,
    NO_FIGURES,
    PARAGRAPH_NOTE,
    Group,
    Line,
    Summary,
    note,
)

WIDTH = 88


# A line may break between words, and before or after any wide (CJK) character — but not
# after opening or before closing punctuation, which stays with the character it belongs to,
# nor inside a number with its Chinese units (3086亿元, 2023年7月16日, 60%以上: GB/T 15834's
# rule that a figure and its unit are not parted).
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_OPENING = re.escape("[(“‘（《「『")
_CLOSING = "，。、：；！？）》」』”’" + re.escape("]),.:;!?")
NUMBER_UNITS = "亿万千元个家人场项届年月日号段%％"  # what follows a number without a break
_TOKENS = re.compile(
    f"\\s+"
    f"|[{_OPENING}]*(?:\\d[\\d.,]*[{NUMBER_UNITS}]+)+[{_CLOSING}]*"
    f"|[{_OPENING}]*(?![{_OPENING}])[{_WIDE}][{_CLOSING}]*"  # an opening mark never alone
    f"|[{_OPENING}]*[^\\s{_WIDE}]+[{_CLOSING}]*"
)


def unbreakable(text: str) -> list[str]:
    """The pieces a line may not break inside: words, and in Chinese each character with its
    punctuation, or a number with its units."""
    return [token for token in _TOKENS.findall(text) if not token.isspace()]


def _wrap(text: str, indent: str = "  ", first: str | None = None) -> list[str]:
    """``text`` in lines of at most WIDTH terminal columns (a word longer than that, such as
    an address, stays whole, to be copied)."""
    lines: list[str] = []
    line = first if first is not None else indent
    start = used = columns(line)
    space = ""
    for token in _TOKENS.findall(text):
        if token.isspace():
            space = token if used > start else ""
            continue
        width = columns(token)
        if used > start and used + len(space) + width > WIDTH:
            lines.append(line)
            line, used, space = indent, columns(indent), ""
            start = used
        line += space + token
        used += len(space) + width
        space = ""
    lines.append(line)
    return lines


def _pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded to ``width`` terminal columns."""
    fill = " " * max(width - columns(text), 0)
    return fill + text if right else text + fill


def _field(label: str, text: str, source: Provenance | None = None, width: int = 16) -> list[str]:
    tail = f"  [{source.short}]" if source is not None and source.given else ""
    return _wrap(text + tail, " " * (width + 2), _pad(lead(label).rstrip(), width) + "  ")


def _figure(line: Line, width: int = 44, basis: str | None = None) -> list[str]:
    """The figure on one line with its basis (or ``basis``); where it comes from below."""
    head = f"  {_pad(line.label, width)} {_pad(line.marked, 16, right=True)}"
    basis = line.basis if basis is None else basis
    if basis:
        head += f"   {basis}"
    where = line.provenance.short
    return [head, *(_wrap(f"[{where}]", "        ", "      ") if where else [])]


def _group(group: Group) -> list[str]:
    title = group.heading
    out = _wrap(title, "    ", "  ")
    for line in group.lines:
        out += _wrap(
            labelled(line.label, line.marked) + (f"{dash()}{line.basis}" if line.basis else ""),
            "      ",
            "    ",
        )
        if line.provenance.given:
            out += _wrap(f"[{line.provenance.short}]", "        ", "      ")
    if group.note:
        out += _wrap(group.note, "      ", "    " + translate("text", "Note: "))
    return out


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: a wide (CJK) character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _heading(title: str) -> list[str]:
    return ["", title.upper(), "-" * columns(title)]


def render_text(summary: Summary) -> str:
    """The plain-text briefing: one section after another, each only where it has content."""
    out: list[str] = [summary.title, "=" * min(columns(summary.title), WIDTH)]
    for section in SECTIONS:
        out += section(summary)
    return "\n".join(out) + "\n"


def _identity(summary: Summary) -> list[str]:
    out: list[str] = []
    for name in summary.names:
        out += _field(name.label, name.text, name.provenance, 28)
    for slogan in summary.theme_lines:
        out += _field(slogan.label, f"“{slogan.text}”", slogan.provenance, 28)
    dates = (summary.opening, summary.closing, summary.period)
    for line in (*dates, summary.place, summary.venue, *summary.hosts):
        if line is not None:
            out += _field(line.label, line.text, line.provenance)
    for item in (summary.significance, summary.purpose):
        if item:
            out += _field(item.label, item.text, item.provenance)
    return out


def _key_figures(summary: Summary) -> list[str]:
    out = _heading(translate("text", "Key figures"))
    if not summary.key_figures:
        out += _wrap(note(NO_FIGURES))
    for k in summary.key_figures:
        out += _figure(k)
    for title, groups in (
        (translate("text", "Also reported"), summary.reports),
        (translate("text", "Follow-up: what became of the projects"), summary.follow_ups),
        (translate("text", "Where the sources differ"), summary.conflicts),
        (translate("text", "Breakdowns as the sources give them"), summary.breakdowns),
    ):
        if groups:
            out += _heading(title)
            for group in groups:
                out += _group(group)
    return out


def _tiers(summary: Summary) -> list[str]:
    out: list[str] = []
    if summary.tiers:
        out += _heading(translate("text", "Investment tiers"))
        heads = (
            translate("text", "Tier"),
            translate("text", "Projects"),
            translate("text", "Amount"),
            translate("text", "Share"),
            "",
            translate("text", "Avg per project"),
        )
        for cells in (heads, *(row.cells() for row in summary.tiers)):
            label, projects, amount, share, _, average = cells
            out.append(
                f"  {_pad(label, 22)}{_pad(projects, 10, right=True)}"
                f"{_pad(amount, 16, right=True)}{_pad(share, 10, right=True)}"
                f"{_pad(average, 18, right=True)}"
            )
        out.append("  " + translate("text", "Shares are of the total amount."))
    for sector in summary.sector_shares:
        out += _wrap(f"{labelled(sector.label, sector.text)}  [{sector.provenance.short}]")
    return out


def _activities(summary: Summary) -> list[str]:
    if not (summary.activities.lines() or summary.themes):
        return []
    out = _heading(translate("text", "Activities"))
    if summary.structure:
        st = summary.structure
        out += _field(st.label, f"“{st.text}”", st.provenance)
    for a in summary.activities.lines():
        out += _figure(a, basis=a.noted_basis)  # "held" goes without saying here
    if summary.themes:
        out.append("  " + translate("text", "Themes of the special activities:"))
        for i, theme in enumerate(summary.themes, 1):
            where = theme.provenance.short
            out += _wrap(theme.text + (f"  [{where}]" if where else ""), "        ", f"    {i}. ")
    for item in (summary.tours, summary.chains):
        if item:
            out += _field(item.label, item.text, item.provenance, 22)
    return out


def _participants(summary: Summary) -> list[str]:
    if not (summary.people or summary.categories):
        return []
    out = _heading(translate("text", "Participants"))
    for p in (summary.people, summary.companies):
        if p:
            out += _figure(p)
    if summary.categories:
        out.append("  " + translate("text", "Reported categories:"))
        for c in summary.categories:
            where = c.provenance.short
            out += _wrap(f"{c.label}  [{where}]", " " * 12, f"  {_pad(c.marked, 8, right=True)}  ")
        out += _wrap(note(CATEGORY_NOTE))
    return out


def _itemized(summary: Summary) -> list[str]:
    if not summary.itemized:
        return []
    out = _heading(translate("text", "Itemized in the file"))
    return out + [f"  {_pad(i.label, 44)} {_pad(i.text, 16, right=True)}" for i in summary.itemized]


def _aims(summary: Summary) -> list[str]:
    if not (summary.aims or summary.strategies or summary.goal):
        return []
    out = _heading(translate("text", "Aims"))
    if summary.aims:
        out += _field(summary.aims.label, summary.aims.text, summary.aims.provenance)
    for s in summary.strategies:
        out += _wrap(labelled(s.label, s.text) + ("。" if chinese() else "."), "    ", "  – ")
    if summary.goal:
        out += _field(summary.goal.label, summary.goal.text, summary.goal.provenance)
    return out


def _derived(summary: Summary) -> list[str]:
    if not summary.derived_lines:
        return []
    out = _heading(translate("text", "Derived figures")) + _wrap(note(DERIVED_NOTE))
    for d in summary.derived_lines:
        caveat = f"{dash()}⚠ {d.warning}" if d.warning else ""
        said = f"{labelled(d.label, d.marked)} = {d.provenance.derivation}{caveat}"
        out += _wrap(said, "      ", "  – ")
    return out


def _notes_and_findings(summary: Summary) -> list[str]:
    out: list[str] = []
    if summary.notes:
        out += _heading(translate("text", "Also stated"))
        for stated_note in summary.notes:
            out += _field(stated_note.label, stated_note.text, stated_note.provenance, 28)
    if summary.findings:
        out += _heading(translate("text", "Audit findings"))
        out += [f"  ! {f}" for f in summary.findings]
    return out


def _sources(summary: Summary) -> list[str]:
    several = len(summary.sources) > 1
    out = _heading(translate("text", "Sources") if several else translate("text", "Source"))
    for source in summary.sources:
        out += _wrap(source, "    ", "  – ")
    if summary.by_paragraph:
        out += _wrap(note(PARAGRAPH_NOTE))
    return out


SECTIONS: tuple[Callable[[Summary], list[str]], ...] = (
    _identity,
    _key_figures,
    _tiers,
    _activities,
    _participants,
    _itemized,
    _aims,
    _derived,
    _notes_and_findings,
    _sources,
)
