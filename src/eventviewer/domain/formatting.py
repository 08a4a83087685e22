"""Number and label formats shared by the text summary, the window and the printed page."""

from __future__ import annotations

from decimal import Decimal

from .derived import Figure, ItemTier, TierFigures, plain, rounded
from .schema import Ref, Source

CURRENCY_LABELS = {"CNY": "RMB"}
NOT_GIVEN = "not given in the source"
DERIVED_MARK = "*"


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


def provenance(figure: Figure, sources: list[Source]) -> str:
    """Where a figure comes from, in words: the stated source, or the formula and its inputs."""
    if figure.ref is not None:
        return f"Stated: {cite(figure.ref, sources)}"
    paragraphs = sorted({r.paragraph for r in figure.inputs})
    names = sorted({cite(r, sources).rsplit(",", 1)[0] for r in figure.inputs})
    where = ""
    if paragraphs:
        plural = "s" if len(paragraphs) > 1 else ""
        where = f" — from {', '.join(names)} paragraph{plural} {', '.join(map(str, paragraphs))}"
    return f"Derived by eventviewer: {figure.formula}{where}"
