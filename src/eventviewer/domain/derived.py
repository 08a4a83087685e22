"""Every figure the viewer shows, stated or derived, computed in one place.

A :class:`Figure` is either *stated* (it has a ``ref`` to a source paragraph) or *derived*
(it has a ``formula`` and the refs of its inputs). Arithmetic is done in ``Decimal`` on the
shortest decimal form of each stated float, so 396.6 − 100.8 − 82.9 is exactly 212.9.
"""

from __future__ import annotations

import datetime
import itertools
import math
from decimal import ROUND_HALF_UP, Decimal
from operator import attrgetter

import msgspec

from .i18n import QT_TRANSLATE_NOOP
from .schema import (
    AmountFact,
    CountFact,
    Event,
    NameWords,
    PercentFact,
    Ref,
    SectorShare,
    Tier,
)

PERCENT = Decimal(100)


def dec(value: float | int) -> Decimal:
    """Exact decimal of a JSON number as written (shortest repr of the float); -0 is 0."""
    if value == 0:
        return Decimal(0)
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


class Term(msgspec.Struct, frozen=True):
    """A number in a formula; an amount (in bn) is written in the reader's unit."""

    value: Decimal
    amount: bool = False


class Formula(msgspec.Struct, frozen=True):
    """How a derived figure was computed: English words marked for translation (context
    ``formula``) with a placeholder for each term, ``{0} ÷ {1} projects``."""

    words: str
    terms: tuple[Term, ...]


class Figure(msgspec.Struct, frozen=True):
    value: Decimal
    refs: tuple[Ref, ...] = ()  # the sources that state it; none for a derived figure
    formula: Formula | None = None
    inputs: tuple[Ref, ...] = ()
    basis: str | None = None
    qualifier: str = "exact"
    as_of: datetime.date | None = None
    as_of_precision: str = "day"
    as_of_year_inferred: bool = False

    @property
    def derived(self) -> bool:
        return self.formula is not None

    @property
    def ref(self) -> Ref | None:
        return self.refs[0] if self.refs else None

    @classmethod
    def stated(cls, fact: CountFact | AmountFact | PercentFact) -> Figure:
        return cls(
            dec(fact.value),
            refs=tuple(fact.refs),
            basis=fact.basis,
            qualifier=fact.qualifier,
            as_of=fact.as_of,
            as_of_precision=fact.as_of_precision,
            as_of_year_inferred=fact.as_of_year_inferred,
        )

    @classmethod
    def compute(cls, value: Decimal, formula: Formula, *parts: Figure) -> Figure:
        refs = dict.fromkeys(r for p in parts for r in (*p.refs, *p.inputs))
        return cls(value, formula=formula, inputs=tuple(refs), basis=parts[0].basis)


def alike(*figures: Figure | None) -> bool:
    """Whether figures may be computed with: all there, exact, and of one basis (a version 1
    file states none: its figures are taken as they were read then)."""
    present = [f for f in figures if f is not None]
    return (
        len(present) == len(figures)
        and all(f.qualifier == "exact" for f in present)
        and len({f.basis for f in present}) <= 1
    )


PLAIN_DIGITS = 15  # a number that would need more digits than this is written 5E-324


def plain(value: Decimal) -> str:
    """A Decimal as people write it: no exponent, no trailing zeros; a tiny or huge one in
    scientific notation, all its significant digits kept."""
    value = value.normalize()
    if value.is_zero():
        return "0"
    if not -PLAIN_DIGITS <= value.adjusted() < PLAIN_DIGITS:
        return format(value, "E")
    return format(value, "f")


def rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


class TierFigures(msgspec.Struct, frozen=True):
    lower: Decimal | None
    upper: Decimal | None
    projects: Figure
    amount: Figure
    share_of_amount: Figure | None
    share_of_projects: Figure | None
    average: Figure | None
    is_remainder: bool = False


class SectorShareFigures(msgspec.Struct, frozen=True):
    label: str | NameWords
    sectors: tuple[str | NameWords, ...]
    sectors_complete: bool
    qualifier: str
    percent: Figure
    amount_bound: Figure | None


class ItemTier(msgspec.Struct, frozen=True):
    """A tier recounted from the itemized projects, to compare with what the source states."""

    lower: Decimal | None
    upper: Decimal | None
    projects: int
    amount: Decimal


class Figures(msgspec.Struct, frozen=True):
    total_projects: Figure | None
    total_amount: Figure | None
    average_per_project: Figure | None
    tiers: tuple[TierFigures, ...]
    sector_shares: tuple[SectorShareFigures, ...]
    total_activities: Figure | None
    unnamed_themes: Figure | None
    item_tiers: tuple[ItemTier, ...] = ()

    @property
    def derived_count(self) -> int:
        figures: list[Figure | None] = [
            self.total_projects,
            self.total_amount,
            self.average_per_project,
            self.total_activities,
            self.unnamed_themes,
        ]
        for tier in self.tiers:
            figures += [
                tier.projects,
                tier.amount,
                tier.share_of_amount,
                tier.share_of_projects,
                tier.average,
            ]
        for share in self.sector_shares:
            figures.append(share.amount_bound)
        return sum(1 for f in figures if f is not None and f.derived)


def ordered_tiers(tiers: list[Tier]) -> list[Tier]:
    """Highest tier first, as the source lists them."""
    return sorted(tiers, key=lambda t: dec(t.lower_bn), reverse=True)


def contiguous_floor(tiers: list[Tier]) -> Decimal | None:
    """The lowest bound if the stated tiers cover [floor, ∞) without gaps, else None."""
    if not tiers:
        return None
    ordered = ordered_tiers(tiers)
    if ordered[0].upper_bn is not None:
        return None
    for upper_tier, lower_tier in itertools.pairwise(ordered):
        if lower_tier.upper_bn is None or dec(lower_tier.upper_bn) != dec(upper_tier.lower_bn):
            return None
    return dec(ordered[-1].lower_bn)


SHARE_OF_AMOUNT = QT_TRANSLATE_NOOP("formula", "{0} ÷ {1} of the total amount")
SHARE_OF_PROJECTS = QT_TRANSLATE_NOOP("formula", "{0} ÷ {1} of all projects")
PER_PROJECT = QT_TRANSLATE_NOOP("formula", "{0} ÷ {1} projects")


def _share(part: Figure, whole: Figure | None, words: str, amount: bool) -> Figure | None:
    if whole is None or whole.value == 0:
        return None
    terms = (Term(part.value, amount), Term(whole.value, amount))
    return Figure.compute(part.value / whole.value * PERCENT, Formula(words, terms), part, whole)


def _per_project(amount: Figure, projects: Figure) -> Figure:
    terms = (Term(amount.value, amount=True), Term(projects.value))
    return Figure.compute(
        amount.value / projects.value, Formula(PER_PROJECT, terms), amount, projects
    )


def _tier(
    lower: Decimal | None,
    upper: Decimal | None,
    projects: Figure,
    amount: Figure,
    total_projects: Figure | None,
    total_amount: Figure | None,
    is_remainder: bool = False,
) -> TierFigures:
    average = None
    if projects.value:
        average = _per_project(amount, projects)
    return TierFigures(
        lower,
        upper,
        projects,
        amount,
        _share(amount, total_amount, SHARE_OF_AMOUNT, amount=True),
        _share(projects, total_projects, SHARE_OF_PROJECTS, amount=False),
        average,
        is_remainder,
    )


def _in_tier(figure: Figure, total: Figure | None) -> Figure:
    """A tier's figure: one that states no basis counts what the headline figure counts."""
    if figure.basis is None and total is not None:
        return msgspec.structs.replace(figure, basis=total.basis)
    return figure


def compute_figures(event: Event) -> Figures:
    """The figures the summary shows: the stated ones and those computed from them."""
    inv = event.investment
    if inv is None:
        return Figures(None, None, None, (), (), _total_activities(event), _unnamed_themes(event))
    total_projects = Figure.stated(inv.projects) if inv.projects else None
    total_amount = Figure.stated(inv.amount_bn) if inv.amount_bn else None
    comparable = alike(total_projects, total_amount)
    average = None
    if total_projects and total_amount and comparable and total_projects.value:
        average = _per_project(total_amount, total_projects)
    stated = ordered_tiers(inv.tiers)
    tiers = _tier_figures(stated, total_projects, total_amount)
    if stated and total_projects and total_amount and comparable:
        tiers.append(_remainder(tiers, contiguous_floor(inv.tiers), total_projects, total_amount))
    shares = tuple(_share_figures(s, total_amount) for s in inv.sector_shares)
    item_tiers = recount_tiers(event, stated) if event.projects is not None and stated else ()
    return Figures(
        total_projects,
        total_amount,
        average,
        tuple(tiers),
        shares,
        _total_activities(event),
        _unnamed_themes(event),
        item_tiers,
    )


def _tier_figures(
    stated: list[Tier], projects: Figure | None, amount: Figure | None
) -> list[TierFigures]:
    """Each stated tier, with its shares of totals of the same basis."""
    return [
        _tier(
            dec(t.lower_bn),
            dec(t.upper_bn) if t.upper_bn is not None else None,
            _in_tier(Figure.stated(t.projects), projects),
            _in_tier(Figure.stated(t.amount_bn), amount),
            projects if alike(projects) else None,
            amount if alike(amount) else None,
        )
        for t in stated
    ]


def _share_figures(s: SectorShare, total_amount: Figure | None) -> SectorShareFigures:
    """A sector share, and the amount it bounds where the total is of one basis."""
    percent = Figure.stated(s.share_percent)
    bound = None
    if total_amount is not None and alike(total_amount):
        terms = (Term(percent.value), Term(total_amount.value, amount=True))
        bound = Figure.compute(
            percent.value / PERCENT * total_amount.value,
            Formula("{0}% × {1}", terms),
            percent,
            total_amount,
        )
    qualifier = s.share_percent.qualifier
    return SectorShareFigures(
        s.label, tuple(s.sectors), s.sectors_complete, qualifier, percent, bound
    )


MAX_TERMS = 6  # a longer difference is written with the sum of its parts


SUM_OF_TIERS = QT_TRANSLATE_NOOP("formula", "{0} − {1} (the sum of the {2} stated tiers)")


def _difference(total: Figure, parts: list[Figure], amount: bool) -> Figure:
    """``total`` minus every part: ``396.6 − 100.8 − 82.9``, or with many stated tiers
    ``509605 − 509600 (the sum of the 1,000 stated tiers)``."""
    subtracted = sum((p.value for p in parts), Decimal(0))
    if len(parts) <= MAX_TERMS:
        values = [total.value, *(p.value for p in parts)]
        words = " − ".join(f"{{{i}}}" for i in range(len(values)))
        terms = tuple(Term(v, amount) for v in values)
    else:
        words = SUM_OF_TIERS
        terms = (Term(total.value, amount), Term(subtracted, amount), Term(Decimal(len(parts))))
    formula = Formula(words, terms)
    return Figure.compute(total.value - subtracted, formula, total, *parts)


def _remainder(
    stated: list[TierFigures], floor: Decimal | None, total_projects: Figure, total_amount: Figure
) -> TierFigures:
    projects = _difference(total_projects, [t.projects for t in stated], amount=False)
    amount = _difference(total_amount, [t.amount for t in stated], amount=True)
    return _tier(
        Decimal(0) if floor is not None else None,
        floor,
        projects,
        amount,
        total_projects,
        total_amount,
        is_remainder=True,
    )


def tier_bounds(stated: list[Tier]) -> list[tuple[float, float]]:
    """Each stated tier as [lower, upper) in bn; a tier with no cap ends at infinity."""
    return [(t.lower_bn, t.upper_bn if t.upper_bn is not None else math.inf) for t in stated]


def assign_tiers(event: Event, stated: list[Tier]) -> list[int | None]:
    """For each itemized project: the index of its stated tier, len(stated) for the remainder,
    None when its amount is not given."""
    bounds = tier_bounds(stated)
    slots: list[int | None] = []
    for project in event.projects or ():
        amount = project.amount_bn
        slot = None if amount is None else len(bounds)
        if amount is not None:
            for i, (lower, upper) in enumerate(bounds):
                if lower <= amount < upper:
                    slot = i
                    break
        slots.append(slot)
    return slots


def recount_tiers(event: Event, stated: list[Tier]) -> tuple[ItemTier, ...]:
    """Count itemized projects (with an amount) into the stated tiers and the remainder."""
    # One bulk pass per tier rather than a Python loop per project. Tiers cannot overlap in a
    # valid file, so the remainder is what the tiers leave.
    amounts = [a for a in map(attrgetter("amount_bn"), event.projects or ()) if a is not None]
    counts: list[int] = []
    floats: list[float] = []
    for lower, upper in tier_bounds(stated):
        inside = [a for a in amounts if lower <= a < upper]
        counts.append(len(inside))
        floats.append(math.fsum(inside))
    counts.append(len(amounts) - sum(counts))
    floats.append(math.fsum(amounts) - math.fsum(floats))
    sums = [rounded(Decimal(repr(total)), 6) for total in floats]
    floor = contiguous_floor(stated)
    result = [
        ItemTier(dec(t.lower_bn), dec(t.upper_bn) if t.upper_bn is not None else None, n, total)
        for t, n, total in zip(stated, counts, sums, strict=False)
    ]
    result.append(ItemTier(Decimal(0) if floor is not None else None, floor, counts[-1], sums[-1]))
    return tuple(result)


ACTIVITIES = QT_TRANSLATE_NOOP("formula", "{0} + {1} + {2} (main + special + extension)")
UNNAMED_THEMES = QT_TRANSLATE_NOOP("formula", "{0} themes counted − {1} named")


def _total_activities(event: Event) -> Figure | None:
    act = event.activities
    if act is None or act.main is None or act.special is None or act.extension is None:
        return None
    parts = [Figure.stated(act.main), Figure.stated(act.special), Figure.stated(act.extension)]
    if not alike(*parts):
        return None
    terms = tuple(Term(p.value) for p in parts)
    return Figure.compute(
        sum((p.value for p in parts), Decimal(0)), Formula(ACTIVITIES, terms), *parts
    )


def _unnamed_themes(event: Event) -> Figure | None:
    act = event.activities
    if act is None or act.theme_count is None:
        return None
    count = Figure.stated(act.theme_count)
    if not alike(count):
        return None
    named = sum(1 for t in act.themes if t.name is not None)
    return Figure.compute(
        count.value - named,
        Formula(UNNAMED_THEMES, (Term(count.value), Term(Decimal(named)))),
        count,
        *(Figure(Decimal(1), refs=tuple(t.refs)) for t in act.themes if t.refs),
    )
