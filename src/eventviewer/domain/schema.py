"""The event file format, version 1, as msgspec Structs.

The Structs are the single definition of the format: the loader decodes into them and the
published JSON Schema is generated from them, so the two cannot drift apart.

Conventions:
- ``null`` means "not given by the source" and is shown as such; it never means zero.
- Amounts are in billions of ``investment.currency``.
- Every stated figure is a ``*Fact`` carrying a :class:`Ref` to a source paragraph.
"""

# Annotations are objects here (no `from __future__ import annotations`): msgspec reads them
# directly instead of evaluating strings on the first decode.
import datetime
import re
from typing import Annotated, Literal

import msgspec

SCHEMA_VERSION = 1
MAX_SCHEMA_VERSION = 1000  # beyond any version there will be: a number out of range, not newer

MAX_COUNT = 10**12
MAX_AMOUNT_BN = 10**9
MAX_NAME = 500
MAX_TEXT = 5_000
MAX_LIST = 1_000
MAX_ITEMS = 5_000_000
ITEMIZED = ("projects", "organizations", "activity_items")  # the Event fields that list records

Count = Annotated[int, msgspec.Meta(ge=0, le=MAX_COUNT)]
AmountBn = Annotated[float, msgspec.Meta(ge=0, le=MAX_AMOUNT_BN)]
# Control characters and bidirectional overrides/isolates are refused: they can make a name
# display differently from what it says (spoofing) and have no place in a report. The patterns
# are published in the JSON Schema; the loader enforces them after decoding, looking at the
# strings only when the raw bytes could hold such a character (see domain/characters.py).
# Also refused: the invisible direction marks (ALM, LRM, RLM), the line and paragraph
# separators, and (by the loader only: JSON Schema's regex dialect cannot name characters
# beyond U+FFFF) the tag characters U+E0000-U+E007F.
_BIDI = "\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069"
_TAGS = "\\U000e0000-\\U000e007f"
NAME_PATTERN = f"^[^\\x00-\\x1f\\x7f-\\x9f{_BIDI}]*$"
TEXT_PATTERN = f"^[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]*$"
FORBIDDEN_IN = {
    NAME_PATTERN: re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}{_TAGS}]"),
    TEXT_PATTERN: re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}{_TAGS}]"),
}

Name = Annotated[
    str,
    msgspec.Meta(min_length=1, max_length=MAX_NAME, extra_json_schema={"pattern": NAME_PATTERN}),
]
Text = Annotated[
    str,
    msgspec.Meta(min_length=1, max_length=MAX_TEXT, extra_json_schema={"pattern": TEXT_PATTERN}),
]
Paragraph = Annotated[int, msgspec.Meta(ge=1, le=100_000)]


class Base(
    msgspec.Struct,
    forbid_unknown_fields=True,
    frozen=True,
    kw_only=True,
    gc=False,
    omit_defaults=True,
):
    """Unknown fields are refused so that a typo is reported instead of silently dropped.

    The options are inherited by every Struct below; each repeats ``frozen=True`` only because
    mypy does not see an inherited one. gc=False: these trees hold no cycles, so
    the garbage collector need not track them. omit_defaults: re-encoding gives the fields a
    file actually set, which the duplicate-key proof relies on (domain/duplicates.py).
    """


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


class Project(Base, frozen=True):
    name: Name
    amount_bn: AmountBn | None = None
    sector: Name | None = None
    location: Name | None = None
    investor: Name | None = None


class Organization(Base, frozen=True):
    name: Name
    category: Name | None = None


class ActivityItem(Base, frozen=True):
    title: Name
    kind: Literal["main", "special", "extension"] | None = None
    theme: Name | None = None
    date: datetime.date | None = None
    venue: Name | None = None


class Event(Base, frozen=True):
    schema_version: Annotated[int, msgspec.Meta(ge=1, le=MAX_SCHEMA_VERSION)]
    sources: Annotated[list[Source], msgspec.Meta(min_length=1, max_length=MAX_LIST)]
    event: EventInfo
    investment: Investment | None = None
    participants: Participants | None = None
    activities: Activities | None = None
    projects: Annotated[list[Project], msgspec.Meta(max_length=MAX_ITEMS)] | None = None
    organizations: Annotated[list[Organization], msgspec.Meta(max_length=MAX_ITEMS)] | None = None
    activity_items: Annotated[list[ActivityItem], msgspec.Meta(max_length=MAX_ITEMS)] | None = None


def json_schema() -> dict[str, object]:
    """The JSON Schema of the file format, generated from the Structs above."""
    schema = msgspec.json.schema(Event)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "eventviewer event file"
    schema["description"] = (
        f"Investment-matchmaking event report, schema version {SCHEMA_VERSION}. "
        "null means 'not given by the source'. Amounts are in billions of investment.currency."
    )
    return schema
