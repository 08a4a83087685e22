"""The event file format, version 1: read, validated and migrated to version 2 on read.

Kept as it was published so that every version 1 file still loads and is located against the
fields it was written with. The itemized records did not change and are shared with version 2.
"""

# Annotations are objects here (no `from __future__ import annotations`): msgspec reads them
# directly instead of evaluating strings on the first decode.
import datetime
from typing import Annotated, Literal

import msgspec

from .schema import (
    MAX_ITEMS,
    MAX_LIST,
    ActivityItem,
    AmountBn,
    Count,
    Name,
    Organization,
    Paragraph,
    Project,
    Text,
)

SCHEMA_VERSION = 1


class Base(
    msgspec.Struct,
    forbid_unknown_fields=True,
    frozen=True,
    kw_only=True,
    gc=False,
    omit_defaults=True,
):
    """The options of version 2's Base (see there), declared here for this module's Structs."""


class Ref(Base, frozen=True):
    """Where a fact was read: a source id and the paragraph (blank-line separated block, from 1)."""

    source: Name
    paragraph: Paragraph


class CountFact(Base, frozen=True):
    value: Count
    ref: Ref


class AmountFact(Base, frozen=True):
    value: AmountBn
    ref: Ref


class PercentFact(Base, frozen=True):
    value: Annotated[float, msgspec.Meta(ge=0, le=100)]
    ref: Ref


class TextFact(Base, frozen=True):
    value: Text
    ref: Ref


class YearFact(Base, frozen=True):
    value: Annotated[int, msgspec.Meta(ge=1900, le=2200)]
    ref: Ref


class DateFact(Base, frozen=True):
    value: datetime.date
    ref: Ref


class Source(Base, frozen=True):
    id: Name
    publication: Name
    short_name: Name | None = None
    dateline_place: Name | None = None
    dateline_date: datetime.date | None = None
    title: Text | None = None
    url: Text | None = None
    file: Name | None = None


class Location(Base, frozen=True):
    city: Name | None = None
    province: Name | None = None
    country: Name | None = None
    venue: Name | None = None
    ref: Ref | None = None


class Host(Base, frozen=True):
    name: Name
    ref: Ref
    role: Name | None = None


class Strategy(Base, frozen=True):
    industries: Name
    approach: Text
    ref: Ref


class Aims(Base, frozen=True):
    summary: TextFact | None = None
    strategies: Annotated[list[Strategy], msgspec.Meta(max_length=MAX_LIST)] = []


class EventInfo(Base, frozen=True):
    name: TextFact
    year: YearFact | None = None
    theme: TextFact | None = None
    opening_date: DateFact | None = None
    closing_date: DateFact | None = None
    location: Location | None = None
    hosts: Annotated[list[Host], msgspec.Meta(max_length=MAX_LIST)] = []
    significance: TextFact | None = None
    purpose: TextFact | None = None
    aims: Aims | None = None
    goal: TextFact | None = None


class Tier(Base, frozen=True):
    """Projects whose individual amount lies in [lower_bn, upper_bn); ``upper_bn`` null = no cap."""

    lower_bn: AmountBn
    projects: CountFact
    amount_bn: AmountFact
    upper_bn: AmountBn | None = None


class SectorShare(Base, frozen=True):
    """A share of the total amount taken by a group of sectors, e.g. "more than 60%"."""

    label: Name
    share_percent: PercentFact
    qualifier: Literal["more_than", "at_least", "exactly", "about", "less_than", "at_most"]
    sectors: Annotated[list[Name], msgspec.Meta(max_length=MAX_LIST)] = []
    sectors_complete: bool = False


class Investment(Base, frozen=True):
    currency: Annotated[str, msgspec.Meta(pattern="^[A-Z]{3}$")]
    projects: CountFact | None = None
    amount_bn: AmountFact | None = None
    tiers: Annotated[list[Tier], msgspec.Meta(max_length=MAX_LIST)] = []
    sector_shares: Annotated[list[SectorShare], msgspec.Meta(max_length=MAX_LIST)] = []


class Category(Base, frozen=True):
    """A participant category as the source counts it; categories may overlap."""

    name: Name
    count: CountFact
    members: Annotated[list[Name], msgspec.Meta(max_length=MAX_LIST)] = []


class Participants(Base, frozen=True):
    people: CountFact | None = None
    companies: CountFact | None = None
    categories: Annotated[list[Category], msgspec.Meta(max_length=MAX_LIST)] = []


class ActivityTheme(Base, frozen=True):
    """A theme of the special activities; ``name`` null = counted by the source but not named."""

    name: Name | None = None
    ref: Ref | None = None


class InspectionTours(Base, frozen=True):
    ref: Ref
    participants: Annotated[list[Name], msgspec.Meta(max_length=MAX_LIST)] = []
    destination: Name | None = None
    purpose: Text | None = None


class FocusChains(Base, frozen=True):
    ref: Ref
    items: Annotated[list[Name], msgspec.Meta(max_length=MAX_LIST)] = []
    complete: bool = False


class Activities(Base, frozen=True):
    main: CountFact | None = None
    special: CountFact | None = None
    extension: CountFact | None = None
    theme_count: CountFact | None = None
    themes: Annotated[list[ActivityTheme], msgspec.Meta(max_length=MAX_LIST)] = []
    inspection_tours: InspectionTours | None = None
    focus_industry_chains: FocusChains | None = None


class Event(Base, frozen=True):
    schema_version: Literal[1]
    sources: Annotated[list[Source], msgspec.Meta(min_length=1, max_length=MAX_LIST)]
    event: EventInfo
    investment: Investment | None = None
    participants: Participants | None = None
    activities: Activities | None = None
    projects: Annotated[list[Project], msgspec.Meta(max_length=MAX_ITEMS)] | None = None
    organizations: Annotated[list[Organization], msgspec.Meta(max_length=MAX_ITEMS)] | None = None
    activity_items: Annotated[list[ActivityItem], msgspec.Meta(max_length=MAX_ITEMS)] | None = None
