"""Number and label formats shared by the text summary, the window and the printed page."""

from __future__ import annotations

import datetime
from decimal import Decimal

import msgspec

from .derived import Figure, ItemTier, TierFigures, plain, rounded
from .schema import Ref, Source

CURRENCY_LABELS = {"CNY": "RMB"}
NOT_GIVEN = "not given in the source"
DERIVED_MARK = "*"


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(value: datetime.date) -> str:
    """``3 September 2023``, the same whatever the process locale (``%B`` follows LC_TIME)."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def currency_label(code: str) -> str:
    return CURRENCY_LABELS.get(code, code)


def count(value: Decimal | int) -> str:
    return f"{int(value):,}"


def money(value: Decimal, currency: str, places: int | None = None) -> str:
    shown = str(rounded(value, places)) if places is not None else plain(value)
    return f"{currency} {shown} bn"


def join_words(items: list[str] | tuple[str, ...], last: str = "and") -> str:
    """``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def percent(value: Decimal, places: int = 1) -> str:
    return f"{rounded(value, places)}%"


def tier_label(tier: TierFigures | ItemTier, currency: str = "RMB") -> str:
    lower, upper = tier.lower, tier.upper
    if lower is None and upper is None:
        return "Other projects"
    if upper is None:
        return f"≥ {currency} {plain(lower or Decimal(0))} bn"
    if not lower:
        return f"< {currency} {plain(upper)} bn"
    return f"{currency} {plain(lower)}–{plain(upper)} bn"


def cite(ref: Ref, sources: list[Source]) -> str:
    """``TDI, paragraph 3`` — the source's short name (or id) and the paragraph."""
    by_id = {s.id: s for s in sources}
    source = by_id.get(ref.source)
    name = (source.short_name or source.publication) if source else ref.source
    return f"{name}, paragraph {ref.paragraph}"


class Provenance(msgspec.Struct, frozen=True):
    """Where a shown figure or fact comes from: a citation for a stated one, the formula and
    its inputs for a derived one, neither when the source does not give it."""

    citation: str = ""  # "TDI, paragraph 12"
    formula: str = ""  # how eventviewer computed a derived figure
    inputs: str = ""  # the paragraphs the formula's figures are stated in
    source: str = ""  # the source in full: publication, title, dateline, address

    @property
    def derived(self) -> bool:
        return bool(self.formula)

    @property
    def given(self) -> bool:
        return bool(self.citation or self.formula)

    @property
    def short(self) -> str:
        """``derived``, the citation, or an empty string: for a table cell or a note."""
        return "derived" if self.derived else self.citation

    @property
    def derivation(self) -> str:
        """The formula and where its figures are stated, for a derived figure."""
        return f"{self.formula} — from {self.inputs}" if self.inputs else self.formula

    def describe(self) -> str:
        """The full sentence, for a tooltip."""
        if self.derived:
            return f"Derived by eventviewer: {self.derivation}"
        if self.citation:
            return f"Stated: {self.citation}" + (f"\nSource: {self.source}" if self.source else "")
        return NOT_GIVEN.capitalize()


def stated(ref: Ref | None, sources: list[Source]) -> Provenance:
    """The provenance of a fact stated at ``ref`` (none when ``ref`` is None)."""
    if ref is None:
        return Provenance()
    source = next((s for s in sources if s.id == ref.source), None)
    return Provenance(citation=cite(ref, sources), source=source_line(source) if source else "")


def source_line(source: Source) -> str:
    """``The Diplomatic Insight (TDI), dateline Kunming, 5 September 2023, https://…``."""
    name = source.publication + (f" ({source.short_name})" if source.short_name else "")
    parts = [name]
    if source.title:
        parts.append(f"“{source.title}”")
    place_date = (
        source.dateline_place,
        long_date(source.dateline_date) if source.dateline_date else None,
    )
    dateline = ", ".join(p for p in place_date if p)
    if dateline:
        parts.append(f"dateline {dateline}")
    if source.url:
        parts.append(source.url)
    return ", ".join(parts)


def provenance(figure: Figure, sources: list[Source]) -> Provenance:
    """Where a figure comes from: the stated source, or the formula and its inputs."""
    if figure.ref is not None:
        return stated(figure.ref, sources)
    paragraphs = sorted({r.paragraph for r in figure.inputs})
    names = sorted({cite(r, sources).rsplit(",", 1)[0] for r in figure.inputs})
    inputs = ""
    if paragraphs:
        plural = "s" if len(paragraphs) > 1 else ""
        inputs = f"{', '.join(names)} paragraph{plural} {', '.join(map(str, paragraphs))}"
    return Provenance(formula=figure.formula or "", inputs=inputs)
