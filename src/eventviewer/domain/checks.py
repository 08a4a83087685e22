"""Semantic checks that a schema cannot express.

Errors make a file invalid (the numbers cannot all be true). Warnings are *audit findings*:
things a real source can contain — an implied figure that looks off, an itemized list that does
not add up to the stated total — shown to the user but never fatal.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import typing
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from operator import attrgetter
from typing import TypeVar

import msgspec

from .bundled import paragraph_count
from .derived import Figures, contiguous_floor, dec, ordered_tiers, plain
from .errors import Problem
from .formatting import count, currency_label, money, tier_label
from .i18n import QT_TRANSLATE_NOOP, translate
from .schema import ITEMIZED, Event, FigureFact, Investment, Ref, Tier

# Stated figures are rounded (RMB 396.6 bn); itemized sums are compared within this tolerance.
AMOUNT_TOLERANCE_BN = Decimal("0.05")


def check_event(
    event: Event, figures: Figures, *, migrated: bool = False, encoded: bytes | None = None
) -> list[Problem]:
    """Every problem of ``event``. A file migrated from version 1 could not state bases, so
    their absence is not reported for it (its summary says "basis not stated")."""
    problems: list[Problem] = []
    _check_refs(event, problems)
    _check_dates(event, problems, encoded)
    _check_conflicts(event, problems)
    if not migrated:
        _check_bases(event, problems)
    _check_follow_ups(event, problems)
    _check_investment(event, problems)
    _check_activities(event, problems)
    _check_participants(event, problems)
    _check_items(event, figures, problems)
    _check_item_tiers(figures, problems)
    return problems


ITEMIZED_ACTIVITIES = {
    "main": QT_TRANSLATE_NOOP("checks", "{n} itemized main activities; the source states {stated}"),
    "special": QT_TRANSLATE_NOOP(
        "checks", "{n} itemized special activities; the source states {stated}"
    ),
    "extension": QT_TRANSLATE_NOOP(
        "checks", "{n} itemized extension activities; the source states {stated}"
    ),
}


def _error(path: str, message: str) -> Problem:
    return Problem(path, message, "error")


def _warning(path: str, message: str) -> Problem:
    return Problem(path, message, "warning")


def _holds(tp: object, kind: type, seen: frozenset[object] = frozenset()) -> bool:
    """Whether a value of type ``tp`` can hold a ``kind`` (through structs, lists, unions)."""
    if isinstance(tp, type) and issubclass(tp, kind):
        return True
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        return tp not in seen and any(_holds(t, kind, seen | {tp}) for t in _hints(tp).values())
    return any(_holds(arg, kind, seen) for arg in typing.get_args(tp))


@functools.cache
def _hints(cls: type[msgspec.Struct]) -> dict[str, object]:
    """A struct's field types, evaluated once (each evaluation compiles its annotations)."""
    return typing.get_type_hints(cls)


@functools.cache
def _fields_holding(cls: type[msgspec.Struct], kind: type) -> tuple[str, ...]:
    """The fields of ``cls`` worth walking for a ``kind`` (not text, numbers, dates, or the
    itemized lists, which hold neither refs nor figures)."""
    hints = _hints(cls)
    skip = ITEMIZED if cls is Event else ()
    return tuple(n for n in cls.__struct_fields__ if n not in skip and _holds(hints[n], kind))


def _refs(value: object, path: str | None) -> Iterator[tuple[str | None, Ref]]:
    """Every Ref below ``value`` with its JSON path, or with None when ``path`` is None (no
    paths built: the usual case, where every ref is sound). Itemized lists carry none."""
    if isinstance(value, Ref):
        yield path, value
    elif isinstance(value, msgspec.Struct):
        for name in _fields_holding(type(value), Ref):
            yield from _refs(getattr(value, name), None if path is None else f"{path}.{name}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _refs(item, None if path is None else f"{path}[{i}]")


def _sound(ref: Ref, ids: Counter[str], paragraphs: dict[str, int]) -> bool:
    """A ref to a known source with exactly one locator, not a blank quote, and not a
    paragraph past the end of the source's bundled text."""
    if ref.source not in ids or (ref.paragraph is None) == (ref.quote is None):
        return False
    if ref.paragraph is not None:
        return ref.paragraph <= paragraphs.get(ref.source, ref.paragraph)
    return ref.quote is None or bool(ref.quote.strip())


def _bundled_paragraphs(event: Event) -> dict[str, int]:
    """How many paragraphs each source with a bundled text has, by source id."""
    counts = {s.id: paragraph_count(s.file) for s in event.sources if s.file}
    return {source: n for source, n in counts.items() if n is not None}


def _check_refs(event: Event, problems: list[Problem]) -> None:
    ids = Counter(s.id for s in event.sources)
    paragraphs = _bundled_paragraphs(event)
    for i, source in enumerate(event.sources):
        if ids[source.id] > 1:
            problems.append(
                _error(
                    f"$.sources[{i}].id",
                    translate("checks", "source id `{id}` is used twice").format(id=source.id),
                )
            )
    if all(_sound(ref, ids, paragraphs) for _, ref in _refs(event, None)):
        return
    for located, ref in _refs(event, "$"):
        path = located or "$"  # never None: a path was asked for
        if ref.source not in ids:
            problems.append(
                _error(
                    f"{path}.source",
                    translate("checks", "refers to unknown source `{id}`").format(id=ref.source),
                )
            )
        if (ref.paragraph is None) == (ref.quote is None):
            problems.append(
                _error(
                    path,
                    translate(
                        "checks", "needs one locator: a paragraph number or a verbatim quote"
                    ),
                )
            )
        elif ref.quote is not None and not ref.quote.strip():
            problems.append(
                _error(f"{path}.quote", translate("checks", "the locator quote is empty"))
            )
        elif ref.paragraph is not None and ref.paragraph > paragraphs.get(
            ref.source, ref.paragraph
        ):
            said = translate(
                "checks",
                "paragraph {n}: the bundled text of source `{id}` has only {count} paragraphs",
            )
            count = paragraphs[ref.source]
            problems.append(
                _error(
                    f"{path}.paragraph", said.format(n=ref.paragraph, id=ref.source, count=count)
                )
            )


def _check_conflicts(event: Event, problems: list[Problem]) -> None:
    """A conflict sets statements side by side: one statement given twice is no conflict."""
    for i, conflict in enumerate(event.conflicts):
        seen: dict[bytes, int] = {}
        for j, statement in enumerate(conflict.statements):
            earlier = seen.setdefault(msgspec.json.encode(statement), j)
            if earlier != j:
                said = translate(
                    "checks", "repeats statement {n}: a conflict needs statements that differ"
                )
                problems.append(_error(f"$.conflicts[{i}].statements[{j}]", said.format(n=earlier)))


PLAUSIBLE_YEARS = 10  # an as-of date further than this from its event is worth a second look


def _check_dates(event: Event, problems: list[Problem], encoded: bytes | None = None) -> None:
    """Dates that cannot all be true are errors; an as-of date years away from its event is
    only implausible: a finding."""
    info = event.event
    period = info.period
    opened = info.opening_date.value if info.opening_date else None
    closed = info.closing_date.value if info.closing_date else None
    words: dict[str, object] = {"opened": opened, "closed": closed}
    said: list[tuple[str, str, object]] = []  # path, message, the date it is about
    if period is not None:
        words |= {"first": period.first, "last": period.last}
        if period.last < period.first:
            said.append(("$.event.period.last", ENDS_BEFORE_START, None))
    if opened is not None and closed is not None and closed < opened:
        said.append(("$.event.closing_date", CLOSES_BEFORE_OPENING, None))
    if period is not None and period.basis == "held" and period.first <= period.last:
        for name, day in (("opening_date", opened), ("closing_date", closed)):
            if day is not None and not period.first <= day <= period.last:
                said.append((f"$.event.{name}", OUTSIDE_PERIOD, day))
    start = opened or (period.first if period is not None else None)
    year = info.year.value if info.year is not None else start.year if start else None
    if year is not None and start is not None and year != start.year:
        said.append(("$.event.year.value", YEAR_DIFFERS, None))
    words |= {"year": year, "start": start}
    for path, message, about in said:
        problems.append(_error(path, translate("checks", message).format(**words, date=about)))
    # The as-of walk visits every figure; the event as re-encoded (msgspec writes keys as they
    # are, never escaped) says whether any states an as-of date at all: most state none.
    if year is not None and (encoded is None or b'"as_of"' in encoded):
        _check_as_of(event, year, problems)


def _check_as_of(event: Event, year: int, problems: list[Problem]) -> None:
    far: list[tuple[str, datetime.date]] = []
    _far_as_of(event, year, None, far)  # the usual case: none, and no path built
    if far:
        far.clear()
        _far_as_of(event, year, "$", far)
    for path, day in far:
        text = translate("checks", AS_OF_FAR).format(date=day, year=year, n=PLAUSIBLE_YEARS)
        problems.append(_warning(f"{path}.as_of", text))


ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "checks", "the period ends on {last}, before it starts on {first}"
)
CLOSES_BEFORE_OPENING = QT_TRANSLATE_NOOP(
    "checks", "the event closes on {closed}, before it opens on {opened}"
)
OUTSIDE_PERIOD = QT_TRANSLATE_NOOP(
    "checks", "{date} is outside the period the event was held ({first} to {last})"
)
YEAR_DIFFERS = QT_TRANSLATE_NOOP(
    "checks", "the year {year} is not the year of the event's start, {start}"
)
AS_OF_FAR = QT_TRANSLATE_NOOP(
    "checks", "as of {date}: more than {n} years from the event's year {year}; check the date"
)


def _far_as_of(
    value: object, year: int, path: str | None, out: list[tuple[str, datetime.date]]
) -> None:
    """Every figure below ``value`` whose as-of date is over PLAUSIBLE_YEARS from ``year``,
    with its JSON path ("" when ``path`` is None: only whether there are any)."""
    if isinstance(value, FigureFact):
        day = value.as_of
        if day is not None and abs(day.year - year) > PLAUSIBLE_YEARS:
            out.append((path or "", day))
    elif isinstance(value, msgspec.Struct):
        for name in _fields_holding(type(value), FigureFact):
            child = None if path is None else f"{path}.{name}"
            _far_as_of(getattr(value, name), year, child, out)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _far_as_of(item, year, None if path is None else f"{path}[{i}]", out)


MISSING_BASIS = QT_TRANSLATE_NOOP(
    "checks", "basis not given: say what the figure counts (signed, solicited, expected…)"
)


def _figures_needing_basis(event: Event) -> list[tuple[str, FigureFact | None]]:
    """The figures whose meaning depends on a basis, with their paths."""
    out: list[tuple[str, FigureFact | None]] = []
    inv = event.investment
    if inv is not None:
        out += [("$.investment.projects", inv.projects), ("$.investment.amount_bn", inv.amount_bn)]
        for i, report in enumerate(inv.reports):
            path = f"$.investment.reports[{i}]"
            out += [(f"{path}.projects", report.projects), (f"{path}.amount_bn", report.amount_bn)]
    part = event.participants
    if part is not None:
        out += [
            ("$.participants.people", part.people),
            ("$.participants.companies", part.companies),
        ]
    for i, follow in enumerate(event.follow_ups):
        path = f"$.follow_ups[{i}]"
        out += [
            (f"{path}.{name}", getattr(follow, name))
            for name in ("projects", "amount_bn", "percent")
        ]
    return out


def _check_bases(event: Event, problems: list[Problem]) -> None:
    for path, fact in _figures_needing_basis(event):
        if fact is not None and fact.basis is None:
            problems.append(_warning(path, translate("checks", MISSING_BASIS)))


def _check_follow_ups(event: Event, problems: list[Problem]) -> None:
    info = event.event
    start = info.opening_date.value if info.opening_date else None
    if info.period is not None:
        start = info.period.first if start is None else min(start, info.period.first)
    for i, follow in enumerate(event.follow_ups):
        figures = [(n, getattr(follow, n)) for n in ("projects", "amount_bn", "percent")]
        if all(fact is None for _, fact in figures):
            problems.append(
                _error(f"$.follow_ups[{i}]", translate("checks", "a follow-up needs a figure"))
            )
        for name, fact in figures:
            if fact is None:
                continue
            path = f"$.follow_ups[{i}].{name}"
            if fact.as_of is None:
                problems.append(
                    _error(
                        f"{path}.as_of",
                        translate("checks", "a follow-up figure needs its as-of date"),
                    )
                )
            elif start is not None and fact.as_of < start:
                problems.append(
                    _error(
                        f"{path}.as_of",
                        translate(
                            "checks",
                            "{date} is before the event opened ({opened}): a follow-up comes "
                            "after its event",
                        ).format(date=fact.as_of.isoformat(), opened=start.isoformat()),
                    )
                )


def _check_investment(event: Event, problems: list[Problem]) -> None:
    inv = event.investment
    if inv is None:
        return
    cur = currency_label(inv.currency)
    for i, tier in enumerate(inv.tiers):
        _check_tier(f"$.investment.tiers[{i}]", tier, cur, problems)
    index = {id(t): i for i, t in enumerate(inv.tiers)}
    for higher, lower_tier in itertools.pairwise(ordered_tiers(inv.tiers)):
        top = dec(lower_tier.upper_bn) if lower_tier.upper_bn is not None else None
        if top is None or top > dec(higher.lower_bn):
            problems.append(
                _error(
                    f"$.investment.tiers[{index[id(lower_tier)]}]",
                    translate("checks", "tier overlaps another tier's range"),
                )
            )
    _check_tier_totals(inv, cur, problems)


def _check_tier(path: str, tier: Tier, cur: str, problems: list[Problem]) -> None:
    """A tier's bounds, and its amount against its projects times its bounds."""
    lower = dec(tier.lower_bn)
    upper = dec(tier.upper_bn) if tier.upper_bn is not None else None
    n = tier.projects.value
    amount = dec(tier.amount_bn.value)
    if upper is not None and upper <= lower:
        said = translate("checks", "upper bound {upper} is not above lower {lower}")
        problems.append(_error(path, said.format(upper=plain(upper), lower=plain(lower))))
        return
    message = ""
    if n == 0 and amount != 0:
        message = translate("checks", "a tier with 0 projects must have amount 0")
    elif amount < lower * n:
        message = translate(
            "checks", "{amount} is below {n} projects × {bound} (the tier's lower bound)"
        ).format(amount=money(amount, cur), n=n, bound=money(lower, cur))
    elif upper is not None and amount > upper * n:
        message = translate(
            "checks", "{amount} is above {n} projects × {bound} (the tier's upper bound)"
        ).format(amount=money(amount, cur), n=n, bound=money(upper, cur))
    if message:
        problems.append(_error(f"{path}.amount_bn", message))


def _check_tier_totals(inv: Investment, cur: str, problems: list[Problem]) -> None:
    """The tiers together against the headline figures they are part of."""
    tier_projects = sum(t.projects.value for t in inv.tiers)
    tier_amount = sum((dec(t.amount_bn.value) for t in inv.tiers), Decimal(0))
    projects = _comparable(inv.projects, inv.tiers)
    amount_bn = _comparable(inv.amount_bn, inv.tiers)
    if projects is not None and tier_projects > projects.value:
        said = translate(
            "checks", "tiers hold {n} projects, more than the {total} projects in total"
        )
        problems.append(
            _error("$.investment.tiers", said.format(n=tier_projects, total=projects.value))
        )
    if amount_bn is None:
        return
    total = dec(amount_bn.value)
    if tier_amount > total:
        said = translate("checks", "tiers hold {amount}, more than the {total} in total")
        amounts = {"amount": money(tier_amount, cur), "total": money(total, cur)}
        problems.append(_error("$.investment.tiers", said.format(**amounts)))
    elif projects is not None and inv.tiers and projects.basis == amount_bn.basis:
        n = projects.value - tier_projects
        floor = contiguous_floor(inv.tiers)
        _check_remainder(n, total - tier_amount, floor, cur, problems)


Total = TypeVar("Total", bound=FigureFact)


def _comparable(total: Total | None, tiers: list[Tier]) -> Total | None:
    """``total`` if the tiers can be checked against it: an exact figure, and tiers that count
    the same thing (a tier states no basis of its own, or the total's)."""
    if total is None or total.qualifier != "exact":
        return None
    bases = {f.basis for t in tiers for f in (t.projects, t.amount_bn) if f.basis is not None}
    return total if bases <= {total.basis} else None


def _check_remainder(
    n: int, amount: Decimal, floor: Decimal | None, cur: str, problems: list[Problem]
) -> None:
    path = "$.investment"
    if n == 0 and amount > 0:
        problems.append(
            _warning(
                path,
                translate("checks", "no projects are left below the tiers, yet {amount} is").format(
                    amount=money(amount, cur)
                ),
            )
        )
    elif n > 0 and floor is not None and amount >= floor * n:
        problems.append(
            _warning(
                path,
                translate(
                    "checks",
                    "the remaining {n} projects hold {amount}, an average at or above the "
                    "{floor} they should each stay below",
                ).format(n=n, amount=money(amount, cur), floor=money(floor, cur)),
            )
        )


def _check_activities(event: Event, problems: list[Problem]) -> None:
    act = event.activities
    if act is None:
        return
    for i, theme in enumerate(act.themes):
        if theme.name is not None and theme.ref is None:
            problems.append(
                _error(
                    f"$.activities.themes[{i}].refs",
                    translate("checks", "a named theme needs a ref"),
                )
            )
    if act.theme_count is not None:
        if len(act.themes) > act.theme_count.value:
            problems.append(
                _error(
                    "$.activities.themes",
                    translate("checks", "{n} themes listed but the source counts {count}").format(
                        n=len(act.themes), count=act.theme_count.value
                    ),
                )
            )
        if act.special is not None and act.special.value < act.theme_count.value:
            problems.append(
                _warning(
                    "$.activities.special",
                    translate(
                        "checks", "{n} special activities cannot cover {themes} themes"
                    ).format(n=act.special.value, themes=act.theme_count.value),
                )
            )


def _check_participants(event: Event, problems: list[Problem]) -> None:
    part = event.participants
    if part is None or part.companies is None:
        return
    for i, category in enumerate(part.categories):
        if category.count.value > part.companies.value:
            problems.append(
                _warning(
                    f"$.participants.categories[{i}].count",
                    translate(
                        "checks", "{n} is more than the {companies} companies that took part"
                    ).format(n=category.count.value, companies=part.companies.value),
                )
            )


def _itemized_total(event: Event, figures: Figures) -> Decimal:
    """Sum of itemized amounts: from the tier recount when there is one (no second pass)."""
    if figures.item_tiers:
        return sum((t.amount for t in figures.item_tiers), Decimal(0))
    return Decimal(repr(sum(p.amount_bn for p in event.projects or () if p.amount_bn)))


def _check_items(event: Event, figures: Figures, problems: list[Problem]) -> None:
    """Itemized lists against the totals the sources state: audit findings, never errors."""
    _check_item_projects(event, figures, problems)
    _check_item_organizations(event, problems)
    _check_item_activities(event, problems)


def _check_item_projects(event: Event, figures: Figures, problems: list[Problem]) -> None:
    inv = event.investment
    if event.projects is not None and inv is not None:
        if inv.projects is not None and len(event.projects) != inv.projects.value:
            problems.append(
                _warning(
                    "$.projects",
                    translate("checks", "{n} itemized projects; the source states {stated}").format(
                        n=count(len(event.projects)), stated=count(inv.projects.value)
                    ),
                )
            )
        if inv.amount_bn is not None:
            cur = currency_label(inv.currency)
            total = _itemized_total(event, figures)
            stated = dec(inv.amount_bn.value)
            if abs(total - stated) > AMOUNT_TOLERANCE_BN:
                problems.append(
                    _warning(
                        "$.projects",
                        translate(
                            "checks",
                            "itemized amounts add up to {total}; the source states {stated}",
                        ).format(total=money(total, cur, 1), stated=money(stated, cur)),
                    )
                )


def _check_item_organizations(event: Event, problems: list[Problem]) -> None:
    part = event.participants
    if event.organizations is not None and part is not None:
        if part.companies is not None and len(event.organizations) != part.companies.value:
            problems.append(
                _warning(
                    "$.organizations",
                    translate(
                        "checks", "{n} itemized organizations; the source states {stated} companies"
                    ).format(n=count(len(event.organizations)), stated=count(part.companies.value)),
                )
            )
        per_category = Counter(map(attrgetter("category"), event.organizations))
        for i, category in enumerate(part.categories):
            n = per_category.get(category.name, 0)
            if n and n != category.count.value:
                problems.append(
                    _warning(
                        f"$.participants.categories[{i}]",
                        translate(
                            "checks",
                            "{n} itemized organizations in this category; the source states "
                            "{stated}",
                        ).format(n=count(n), stated=count(category.count.value)),
                    )
                )


def _check_item_activities(event: Event, problems: list[Problem]) -> None:
    act = event.activities
    if event.activity_items is not None and act is not None:
        kinds = Counter(a.kind for a in event.activity_items)
        for kind in ("main", "special", "extension"):
            stated = getattr(act, kind)
            if stated is not None and kinds.get(kind, 0) not in (0, stated.value):
                problems.append(
                    _warning(
                        "$.activity_items",
                        translate("checks", ITEMIZED_ACTIVITIES[kind]).format(
                            n=kinds[kind], stated=stated.value
                        ),
                    )
                )


def _check_item_tiers(figures: Figures, problems: list[Problem]) -> None:
    stated = [t for t in figures.tiers if not t.is_remainder]
    for tier, recount in zip(stated, figures.item_tiers, strict=False):
        if recount.projects != tier.projects.value:
            problems.append(
                _warning(
                    "$.projects",
                    translate(
                        "checks", "{n} itemized projects fall in {tier}; the source states {stated}"
                    ).format(
                        n=count(recount.projects),
                        tier=tier_label(tier),
                        stated=plain(tier.projects.value),
                    ),
                )
            )
