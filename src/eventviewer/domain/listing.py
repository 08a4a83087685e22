"""One line per edition (``eventviewer --list``): its id first, then what a reader scans for."""

from __future__ import annotations

from collections.abc import Sequence

from .derived import dec
from .errors import visible
from .formatting import basis_words, count, currency_label, money, qualified
from .i18n import QT_TRANSLATE_NOOP, translate
from .loader import LoadedEvent
from .places import place_name
from .schema import AmountFact, CountFact
from .text import columns

NOT_STATED = QT_TRANSLATE_NOOP("listing", "not stated")
HEADER = (
    QT_TRANSLATE_NOOP("listing", "ID"),
    QT_TRANSLATE_NOOP("listing", "Year"),
    QT_TRANSLATE_NOOP("listing", "Province"),
    QT_TRANSLATE_NOOP("listing", "City"),
    QT_TRANSLATE_NOOP("listing", "Opened"),
    QT_TRANSLATE_NOOP("listing", "Projects"),
    QT_TRANSLATE_NOOP("listing", "Amount"),
)


def edition_row(edition_id: str, loaded: LoadedEvent) -> tuple[str, ...]:
    """The id, year, province, city, opening date, projects and amount (each with its basis)."""
    ev = loaded.event
    info = ev.event
    loc = info.location
    opened = translate("listing", NOT_STATED)
    year = str(info.year.value) if info.year else ""
    if info.opening_date is not None:
        opened = info.opening_date.value.isoformat()
        year = year or str(info.opening_date.value.year)
    elif info.period is not None:
        opened = info.period.first.isoformat()
        if info.period.basis == "planned":
            opened += translate("listing", " (planned)")
        year = year or str(info.period.first.year)
    inv = ev.investment
    currency = currency_label(inv.currency) if inv else ""
    return (
        edition_id,
        year or translate("listing", NOT_STATED),
        place_name(loc.province if loc else "") or translate("listing", NOT_STATED),
        place_name(loc.city if loc else "") or translate("listing", NOT_STATED),
        opened,
        _figure(inv.projects if inv else None, "projects", ""),
        _figure(inv.amount_bn if inv else None, "amount", currency),
    )


def _figure(fact: CountFact | AmountFact | None, what: str, currency: str) -> str:
    if fact is None:
        if what == "projects":
            return translate("listing", "projects not stated")
        return translate("listing", "amount not stated")
    if isinstance(fact, AmountFact):
        text = money(dec(fact.value), currency)
    else:
        text = translate("listing", "{n} projects").format(n=count(fact.value))
    said = translate("listing", "{figure} ({basis})")
    return said.format(figure=qualified(text, fact.qualifier), basis=basis_words(fact.basis))


def table(rows: Sequence[Sequence[str]]) -> str:
    """Rows under the header, in columns two spaces apart; control and bidirectional
    characters in a cell (a file's name may hold any) are escaped, so no cell can colour the
    terminal, set its title or start a row of its own."""
    header = [translate("listing", h) for h in HEADER]
    every = [header, *([visible(cell) for cell in row] for row in rows)]
    widths = [max(columns(r[i]) for r in every) for i in range(len(HEADER) - 1)]
    lines = [
        "  ".join(c + " " * (w - columns(c)) for c, w in zip(r, widths, strict=False))
        + "  "
        + r[-1]
        for r in every
    ]
    return "\n".join(line.rstrip() for line in lines) + "\n"
