"""Comparing editions: their key figures side by side, each with its basis, never made alike.

A :class:`Comparison` holds one row per edition and one :class:`Cell` per figure. A cell keeps
its value, qualifier, basis and sources, or says "not stated". :meth:`Comparison.bases` tells
whether a figure is like for like across the editions compared; the table, the chart and the
printed page all say so when it is not.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Literal

import msgspec

from .bundled import edition_names, resolve
from .derived import Figure
from .errors import EventFileError, Problem
from .formatting import (
    NO_BASIS,
    Provenance,
    as_of_date,
    basis_words,
    counted,
    currency_label,
    money,
    provenance,
    qualified,
    source_line,
)
from .i18n import QT_TRANSLATE_NOOP, bracketed, comma, translate
from .loader import LoadedEvent, load_event
from .places import place_name
from .schema import CountFact, Source
from .words import in_reader_language

FigureKey = Literal["projects", "amount", "people", "companies", "activities", "follow_up"]
FIGURES: dict[FigureKey, str] = {
    "projects": QT_TRANSLATE_NOOP("compare", "Projects"),
    "amount": QT_TRANSLATE_NOOP("compare", "Amount"),
    "people": QT_TRANSLATE_NOOP("compare", "People"),
    "companies": QT_TRANSLATE_NOOP("compare", "Companies"),
    "activities": QT_TRANSLATE_NOOP("compare", "Activities"),
    "follow_up": QT_TRANSLATE_NOOP("compare", "Follow-up"),
}


def figure_name(key: FigureKey) -> str:
    return translate("compare", FIGURES[key])


CHARTED: tuple[FigureKey, ...] = ("amount", "projects")
TABLE_FIGURES: tuple[FigureKey, ...] = tuple(FIGURES)  # the columns of every comparison table
NOT_STATED = QT_TRANSLATE_NOOP("compare", "not stated")
LOWER_BOUNDS = ("more_than", "at_least")
SortKey = Literal["date", "province", "amount", "projects"]


class Cell(msgspec.Struct, frozen=True):
    """One figure of one edition: what to show, and what it is."""

    text: str  # with its qualifier in words: "more than RMB 300 bn"; NOT_STATED if none
    value: Decimal | None = None
    basis: str | None = None  # the schema's name ("solicited"); None: not stated
    qualifier: str = "exact"
    provenance: Provenance = Provenance()
    as_of: str = ""

    @property
    def stated(self) -> bool:
        return self.value is not None or self.text != NOT_STATED

    @property
    def basis_words(self) -> str:
        """``started, as of 2024-06-30``; nothing for a figure not stated."""
        if not self.stated:
            return ""
        words = basis_words(self.basis)
        if not self.as_of:
            return words
        return words + comma() + translate("summary", "as of {date}").format(date=self.as_of)

    @property
    def lower_bound(self) -> bool:
        return self.qualifier in LOWER_BOUNDS

    @property
    def shown(self) -> str:
        """The text with its basis: ``543 (solicited)``."""
        if not self.stated:
            return translate("compare", self.text)
        return self.text + bracketed(self.basis_words)


# ISO 3166-2:CN subdivision codes (the 2017 revision), by the province's English name.
PROVINCE_CODES = {
    "anhui": "AH", "beijing": "BJ", "chongqing": "CQ", "fujian": "FJ", "gansu": "GS",
    "guangdong": "GD", "guangxi": "GX", "guizhou": "GZ", "hainan": "HI", "hebei": "HE",
    "heilongjiang": "HL", "henan": "HA", "hong kong": "HK", "hubei": "HB", "hunan": "HN",
    "inner mongolia": "NM", "jiangsu": "JS", "jiangxi": "JX", "jilin": "JL", "liaoning": "LN",
    "macao": "MO", "ningxia": "NX", "qinghai": "QH", "shaanxi": "SN", "shandong": "SD",
    "shanghai": "SH", "shanxi": "SX", "sichuan": "SC", "taiwan": "TW", "tianjin": "TJ",
    "tibet": "XZ", "xinjiang": "XJ", "xizang": "XZ", "yunnan": "YN", "zhejiang": "ZJ",
}  # fmt: skip


class Edition(msgspec.Struct, frozen=True):
    name: str  # the bundled id or the file name
    title: str
    province: str
    city: str
    opened: datetime.date | None
    opened_text: str
    cells: dict[str, Cell]
    sources: tuple[str, ...]  # each source in full, in the order its footnotes number them
    source_ids: tuple[str, ...]

    @property
    def short(self) -> str:
        """``Yunnan 2023``: the province and year, or the name when the file gives neither."""
        year = self.opened.year if self.opened else ""
        return f"{self.province} {year}".strip() or self.name

    @property
    def abbreviated(self) -> str:
        """``YN 2023``: the province's ISO 3166-2:CN code and the year, for a bar too narrow
        for the name (its tooltip gives the name in full)."""
        code = PROVINCE_CODES.get(self.province.casefold(), self.province[:3])
        year = self.opened.year if self.opened else ""
        return f"{code} {year}".strip() or self.name[:6]

    def footnotes(self, cell: Cell) -> str:
        numbers = [str(self.source_ids.index(i) + 1) for i in cell.provenance.ids]
        return f"[{', '.join(numbers)}]" if numbers else ""


class Comparison(msgspec.Struct, frozen=True):
    editions: tuple[Edition, ...]

    def bases(self, figure: FigureKey) -> list[str]:
        """The bases of ``figure`` among the editions that state it, in order of first use."""
        found = (e.cells[figure] for e in self.editions)
        return list(dict.fromkeys(c.basis or NO_BASIS for c in found if c.stated))

    def like_for_like(self, figure: FigureKey) -> bool:
        return len(self.bases(figure)) <= 1

    def notice(self, figure: FigureKey) -> str:
        """``Not like for like: signed during the event vs solicited`` — or an empty string."""
        bases = self.bases(figure)
        if len(bases) <= 1:
            return ""
        versus = translate("compare", " vs ")
        words = versus.join(basis_words(b if b != NO_BASIS else None) for b in bases)
        return translate("compare", "{figure}: not like for like — {bases}").format(
            figure=figure_name(figure), bases=words
        )

    def sorted_by(self, key: SortKey) -> Comparison:
        """The same editions in another order (not stated last)."""

        def order(e: Edition) -> tuple[bool, object]:
            if key == "date":
                return (e.opened is None, e.opened or datetime.date.min)
            if key == "province":
                return (not e.province, e.province)
            value = e.cells[key].value
            return (value is None, -(value or 0))

        return Comparison(tuple(sorted(self.editions, key=order)))


def compare(named: Sequence[tuple[str, LoadedEvent]]) -> Comparison:
    """The comparison of the editions in ``named`` (name, loaded), in that order."""
    return Comparison(tuple(_edition(name, loaded) for name, loaded in named))


def _edition(name: str, loaded: LoadedEvent) -> Edition:
    ev = loaded.event
    info = ev.event
    sources = ev.sources
    inv = ev.investment
    currency = currency_label(inv.currency) if inv else "RMB"
    opened = info.opening_date.value if info.opening_date else None
    opened_text = opened.isoformat() if opened else translate("compare", NOT_STATED)
    if opened is None and info.period is not None:
        opened = info.period.first
        planned = translate("listing", " (planned)") if info.period.basis == "planned" else ""
        opened_text = f"{info.period.first.isoformat()}{planned}"

    def count_cell(fact: CountFact | None, unit: str) -> Cell:
        if fact is None:
            return Cell(NOT_STATED)
        figure = Figure.stated(fact)
        return _cell(figure, counted(figure.value, unit), sources)

    amount = Cell(NOT_STATED)
    if inv is not None and inv.amount_bn is not None:
        figure = Figure.stated(inv.amount_bn)
        amount = _cell(figure, money(figure.value, currency), sources)
    activities = Cell(NOT_STATED)
    total = loaded.figures.total_activities
    if total is not None:
        activities = _cell(total, f"{counted(total.value, 'Activities')}*", sources)
    follow = Cell(NOT_STATED)
    started = next((f.projects for f in ev.follow_ups if f.projects is not None), None)
    if started is not None:
        figure = Figure.stated(started)
        when = as_of_date(figure)
        cell = _cell(figure, counted(figure.value, "Items"), sources)
        follow = msgspec.structs.replace(cell, as_of=when)
    part = ev.participants
    loc = info.location
    return Edition(
        name=name,
        title=in_reader_language(info.name),
        province=place_name(loc.province if loc else ""),
        city=place_name(loc.city if loc else ""),
        opened=opened,
        opened_text=opened_text,
        cells={
            "projects": count_cell(inv.projects if inv else None, "Items"),
            "amount": amount,
            "people": count_cell(part.people if part else None, "People"),
            "companies": count_cell(part.companies if part else None, "Companies"),
            "activities": activities,
            "follow_up": follow,
        },
        sources=tuple(source_line(s) for s in sources),
        source_ids=tuple(s.id for s in sources),
    )


def _cell(figure: Figure, text: str, sources: list[Source]) -> Cell:
    prov = provenance(figure, sources)
    return Cell(
        qualified(text, figure.qualifier),
        figure.value,
        figure.basis,
        figure.qualifier,
        prov,
    )


def load_comparison(names: Sequence[str | Path]) -> Comparison:
    """Load every file (or bundled id) named and compare them; if any does not load,
    :class:`ComparisonError` carries every one's located error."""
    paths = [resolve(name) if isinstance(name, str) else name for name in names]
    loaded: list[tuple[str, LoadedEvent]] = []
    errors: list[EventFileError] = []
    for path, edition in zip(paths, edition_names([Path(p) for p in paths]), strict=True):
        try:
            loaded.append((edition, load_event(path)))
        except EventFileError as exc:
            errors.append(exc)
    errors += _repeated(loaded)
    if errors:
        raise ComparisonError(errors)
    return compare(loaded)


def _repeated(loaded: list[tuple[str, LoadedEvent]]) -> list[EventFileError]:
    """An edition named twice (the same file, or a copy of it): compared with itself, it
    would look like a second edition that agrees with the first on every figure."""
    first: dict[str, str] = {}
    out: list[EventFileError] = []
    for _, event in loaded:
        earlier = first.get(event.sha256)
        if earlier is None:
            first[event.sha256] = event.file
            continue
        said = translate("compare", "the same edition as {other}: compare different editions")
        out.append(EventFileError(event.file, [Problem("", said.format(other=earlier))]))
    return out


class ComparisonError(Exception):
    """Some of the files to compare do not load; ``errors`` holds each one's located error."""

    def __init__(self, errors: list[EventFileError]) -> None:
        super().__init__("\n".join(e.describe() for e in errors))
        self.errors = errors

    def describe(self) -> str:
        return "\n".join(e.describe() for e in self.errors)
