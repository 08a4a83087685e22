"""The event file format, version 2, as msgspec Structs.

The Structs are the single definition of the format: the loader decodes into them and the
published JSON Schema is generated from them, so the two cannot drift apart. Version 1 files
are decoded with :mod:`.schema_v1` and migrated on read (:mod:`.migration`).

Conventions:
- ``null`` or an absent field means "not stated by the sources"; it never means zero.
- Amounts are in billions of ``investment.currency``.
- Every stated fact carries ``refs``: one :class:`Ref` per source that states it, each with its
  own locator (a paragraph of a bundled text, or a verbatim quote from a web page).
- Every figure has a ``basis`` (what it counts, as the source phrases it) and a ``qualifier``
  (exact, more than, about…). Figures of different basis are never added or compared.
- Names and slogans are quoted as the source writes them, in its language; a rendering in
  another language is either another source's quote (``variants``) or ours (``translation``).
"""

# Annotations are objects here (no `from __future__ import annotations`): msgspec reads them
# directly instead of evaluating strings on the first decode.
import datetime
import re
import typing
from typing import Annotated, Literal

import msgspec

SCHEMA_VERSION = 2
MAX_SCHEMA_VERSION = 1000  # beyond any version there will be: a number out of range, not newer

MAX_COUNT = 10**12
MAX_AMOUNT_BN = 10**9
MAX_NAME = 500
MAX_TEXT = 5_000
MAX_LIST = 1_000
MAX_ITEMS = 5_000_000
MAX_QUOTE = 300
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
# In names and quotes, zero-width characters too: a zero-width space, non-joiner or joiner, a
# word joiner or a byte-order mark inside text makes two names that look alike differ, and a
# quote that Ctrl+F cannot find.
_ZERO_WIDTH = "\\u200b-\\u200d\\u2060\\ufeff"
NAME_PATTERN = f"^[^\\x00-\\x1f\\x7f-\\x9f{_BIDI}{_ZERO_WIDTH}]*$"
TEXT_PATTERN = f"^[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]*$"
FORBIDDEN_IN = {
    NAME_PATTERN: re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}{_ZERO_WIDTH}{_TAGS}]"),
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
Quote = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_QUOTE,
        extra_json_schema={"pattern": NAME_PATTERN},
        description="a verbatim phrase of the source that finds the fact with Ctrl+F",
    ),
]
Paragraph = Annotated[int, msgspec.Meta(ge=1, le=100_000)]
Language = Literal["en", "zh-Hans", "zh-Hant"]

# What a figure counts, as the sources phrase it. Derived from the facts sheets of the series;
# the README gives each its words. Figures of different basis are different things.
BasisName = Literal[
    "signed",  # signed; when (opening, on site, whole event) not said
    "signed_at_opening",  # signed at the opening ceremony's signing
    "signed_on_site",  # signed on site (现场签约)
    "signed_during_event",  # signed by or during the whole event (活动签约, 活动期间)
    "signed_at_sub_event",  # signed at one thematic sub-event only
    "signed_before_event",  # signed at matchmaking held before the event
    "introduced",  # introduced or undertaken (引进承接), not said to be signed
    "solicited",  # solicited, with a transfer intention (征集, 有转移意向)
    "intended",  # intended investment (意向投资)
    "expected",  # expected to be signed, reported before the results
    "estimated",  # estimated by the source
    "attended",  # took part in the event
    "registered",  # registered to take part, before the event
    "held",  # activities held
    "planned",  # activities or dates planned, announced before the event
    "agreement_followed",  # follow-up: went on to sign investment agreements
    "started",  # follow-up: construction started
    "completed",  # follow-up: completed and in production
    "invested",  # follow-up: investment completed (money spent)
    "investment_of_started",  # follow-up: total planned investment of the started projects
]
BASES: tuple[str, ...] = typing.get_args(BasisName)
Basis = Annotated[
    BasisName,
    msgspec.Meta(
        description="What the figure counts, as the source phrases it (README: 'Bases'). "
        "Figures of different basis are different things: never added or compared."
    ),
]
# Which bases can describe which figures: a count of participants is never "signed", a
# follow-up never "solicited". Each kind of figure takes its own set; the JSON Schema (and so
# --schema) lists the set of each field.
InvestmentBasis = Annotated[
    Literal[
        "signed",
        "signed_at_opening",
        "signed_on_site",
        "signed_during_event",
        "signed_at_sub_event",
        "signed_before_event",
        "introduced",
        "solicited",
        "intended",
        "expected",
        "estimated",
    ],
    msgspec.Meta(description="What the projects or amount count (README: 'Bases')."),
]
FollowUpBasis = Annotated[
    Literal["agreement_followed", "started", "completed", "invested", "investment_of_started"],
    msgspec.Meta(description="What became of the projects, as of a later day."),
]
ParticipantBasis = Annotated[
    Literal["attended", "registered", "expected", "estimated"],
    msgspec.Meta(description="Whether those counted took part, registered, or were expected."),
]
ActivityBasis = Annotated[
    Literal["held", "planned"],
    msgspec.Meta(description="Whether the activities were held or planned."),
]
Qualifier = Annotated[
    Literal["exact", "more_than", "at_least", "about", "nearly", "less_than", "at_most"],
    msgspec.Meta(description="How the source bounds the figure: 超300 is more_than 300"),
]


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


class Words(Base, frozen=True):
    """Our own words in English and in Chinese: a description written in both languages, neither
    a translation of the other nor of a source (docs/glossary.md gives the Chinese terms)."""

    en: Text
    zh: Text


class NameWords(Base, frozen=True):
    """A name in English and in Chinese. Each is quoted as a source cited beside it writes it —
    unless ``zh_translated``: then the Chinese is our translation, marked as such where shown."""

    en: Name
    zh: Name
    zh_translated: bool = False


# A field in our words, or a name, that may be given in English only (a plain string) or in both
# languages. ``domain.words.said`` picks the reader's.
OurText = Text | Words
OurName = Name | Words
NameText = Name | NameWords


class Ref(Base, frozen=True):
    """Where a source states a fact: a paragraph of a bundled text (blank-line separated block,
    from 1) or a verbatim quote of a web page. Exactly one of the two (checked by the loader).
    A quote holds the figure or name it stands for, as the source writes it; where the source's
    text at hand does not (a list summarised by the sheet), ``note`` says why."""

    source: Name
    paragraph: Paragraph | None = None
    quote: Quote | None = None
    note: OurText | None = None


Refs = Annotated[list[Ref], msgspec.Meta(min_length=1, max_length=MAX_LIST)]


class Sourced(Base, frozen=True):
    """A fact with the sources that state it; ``ref`` is the first of them."""

    refs: Refs

    @property
    def ref(self) -> Ref:
        return self.refs[0]


class FigureFact(Sourced, frozen=True):
    basis: Basis | None = None
    qualifier: Qualifier = "exact"
    as_of: datetime.date | None = None  # the day the figure held, when the source says
    # How precisely the source dates it (截至6月底 is the end of a month, not the 30th), and
    # whether its year is ours, inferred from the context (截至4月底 with no year).
    as_of_precision: Literal["day", "month_end", "month"] = "day"
    as_of_year_inferred: bool = False
    # Our words, where the file's own sources leave what the figure covers in doubt: a figure
    # computed from it carries the caveat wherever it is shown.
    scope_note: OurText | None = None


class CountFact(FigureFact, frozen=True, kw_only=True):
    value: Count


class AmountFact(FigureFact, frozen=True, kw_only=True):
    value: AmountBn


class PercentFact(FigureFact, frozen=True, kw_only=True):
    value: Annotated[float, msgspec.Meta(ge=0, le=100)]


# The figures of each kind, each taking only its own bases (see InvestmentBasis above).
class InvestmentCount(CountFact, frozen=True, kw_only=True):
    basis: InvestmentBasis | None = None


class InvestmentAmount(AmountFact, frozen=True, kw_only=True):
    basis: InvestmentBasis | None = None


class InvestmentPercent(PercentFact, frozen=True, kw_only=True):
    basis: InvestmentBasis | None = None


class FollowUpCount(CountFact, frozen=True, kw_only=True):
    basis: FollowUpBasis | None = None


class FollowUpAmount(AmountFact, frozen=True, kw_only=True):
    basis: FollowUpBasis | None = None


class FollowUpPercent(PercentFact, frozen=True, kw_only=True):
    basis: FollowUpBasis | None = None


class ParticipantCount(CountFact, frozen=True, kw_only=True):
    basis: ParticipantBasis | None = None


class ActivityCount(CountFact, frozen=True, kw_only=True):
    basis: ActivityBasis | None = None


class Translation(Base, frozen=True):
    """Our rendering of a name or slogan in another language: not a quote."""

    value: Text
    lang: Language


class Variant(Sourced, frozen=True):
    """The same name or slogan as another source writes it (a quote)."""

    value: Text
    lang: Language


class TextFact(Sourced, frozen=True):
    """A name or slogan quoted in ``lang``; with no ``lang``, what the sources say in our words
    (in both languages when ``value`` is :class:`Words`)."""

    value: OurText
    lang: Language | None = None
    variants: Annotated[list[Variant], msgspec.Meta(max_length=MAX_LIST)] = []
    translation: Translation | None = None


class YearFact(Sourced, frozen=True):
    value: Annotated[int, msgspec.Meta(ge=1900, le=2200)]


class DateFact(Sourced, frozen=True):
    value: datetime.date


class PeriodFact(Sourced, frozen=True):
    """The days an event was held, or planned to be (``basis`` planned)."""

    first: datetime.date
    last: datetime.date
    basis: Literal["held", "planned"] = "held"


class Source(Base, frozen=True):
    """A page read. For a page that carries another outlet's report, ``outlet`` is the site
    read (if it names itself), ``original_outlet`` the outlet whose report it carries and
    ``carries`` how: reposted as it was, translated, or mirrored (a copy of the same page)."""

    id: Name
    language: Language | None = None
    outlet: Name | None = None
    original_outlet: Name | None = None
    carries: Literal["repost", "translation", "mirror"] = "repost"
    short_name: Name | None = None
    title: Text | None = None
    url: Text | None = None
    published: datetime.date | None = None
    dateline_place: Name | None = None
    dateline_date: datetime.date | None = None
    file: Name | None = None  # a bundled copy of the text, for paragraph locators
    note: OurText | None = None  # our words: what the page is, how far it can be trusted


class Location(Base, frozen=True):
    city: Name | None = None
    province: Name | None = None
    country: Name | None = None
    venue: NameText | None = None
    refs: Annotated[list[Ref], msgspec.Meta(max_length=MAX_LIST)] = []  # the city (and venue)
    # The venue's own refs, where the city's do not name it; absent, ``refs`` stand for both.
    venue_refs: Annotated[list[Ref], msgspec.Meta(max_length=MAX_LIST)] = []

    @property
    def ref(self) -> Ref | None:
        return self.refs[0] if self.refs else None


class Host(Sourced, frozen=True):
    name: NameText
    role: Name | None = None


class Strategy(Sourced, frozen=True):
    industries: OurName
    approach: OurText


class Aims(Base, frozen=True):
    summary: TextFact | None = None
    strategies: Annotated[list[Strategy], msgspec.Meta(max_length=MAX_LIST)] = []


class Note(Base, frozen=True):
    """Another stated fact about the edition (its place in the series, officials…):
    ``label`` is ours, ``fact`` quotes or describes what the sources say."""

    label: OurName
    fact: TextFact


class EventInfo(Base, frozen=True):
    name: TextFact
    year: YearFact | None = None
    theme: TextFact | None = None
    opening_date: DateFact | None = None
    closing_date: DateFact | None = None
    period: PeriodFact | None = None
    location: Location | None = None
    hosts: Annotated[list[Host], msgspec.Meta(max_length=MAX_LIST)] = []
    significance: TextFact | None = None
    purpose: TextFact | None = None
    aims: Aims | None = None
    goal: TextFact | None = None
    notes: Annotated[list[Note], msgspec.Meta(max_length=MAX_LIST)] = []


class Tier(Base, frozen=True):
    """Projects whose individual amount lies in [lower_bn, upper_bn); ``upper_bn`` null = no cap.
    A tier counts projects of the headline figures' basis."""

    lower_bn: AmountBn
    projects: InvestmentCount
    amount_bn: InvestmentAmount
    upper_bn: AmountBn | None = None


class SectorShare(Base, frozen=True):
    """A share of the total amount taken by a group of sectors, e.g. "more than 60%"."""

    label: NameText
    share_percent: InvestmentPercent
    sectors: Annotated[list[NameText], msgspec.Meta(max_length=MAX_LIST)] = []
    sectors_complete: bool = False


class Report(Base, frozen=True):
    """Figures reported beside the headline ones, with another scope or basis: a part (only
    where a source says the figures are among the headline ones), one sub-event or several, a
    pre-event count, or another scope the sources do not relate to the headline."""

    scope: OurText
    relation: Literal[
        "part", "sub_event", "sub_events", "before_event", "scope_difference", "conflict"
    ]
    projects: InvestmentCount | None = None
    amount_bn: InvestmentAmount | None = None
    note: OurText | None = None


class BreakdownItem(Base, frozen=True):
    label: NameText  # as the source names the group
    projects: InvestmentCount | None = None
    amount_bn: InvestmentAmount | None = None
    share_percent: InvestmentPercent | None = None


class Breakdown(Base, frozen=True):
    """Groups of projects as a source counts them (by sub-event, sector, origin…); they may
    overlap, and need not add up to the headline figures."""

    title: OurName
    items: Annotated[list[BreakdownItem], msgspec.Meta(min_length=1, max_length=MAX_LIST)]
    note: OurText | None = None


class Investment(Base, frozen=True):
    currency: Annotated[str, msgspec.Meta(pattern="^[A-Z]{3}$")]
    projects: InvestmentCount | None = None
    amount_bn: InvestmentAmount | None = None
    tiers: Annotated[list[Tier], msgspec.Meta(max_length=MAX_LIST)] = []
    sector_shares: Annotated[list[SectorShare], msgspec.Meta(max_length=MAX_LIST)] = []
    reports: Annotated[list[Report], msgspec.Meta(max_length=MAX_LIST)] = []
    breakdowns: Annotated[list[Breakdown], msgspec.Meta(max_length=MAX_LIST)] = []


class FollowUp(Base, frozen=True):
    """What became of the signed projects, as of a later day (the figures carry ``as_of``)."""

    label: OurName
    projects: FollowUpCount | None = None
    amount_bn: FollowUpAmount | None = None
    percent: FollowUpPercent | None = None
    note: OurText | None = None


class Category(Base, frozen=True):
    """A participant category as the source counts it; categories may overlap."""

    name: NameText
    count: ParticipantCount
    members: Annotated[list[NameText], msgspec.Meta(max_length=MAX_LIST)] = []


class Participants(Base, frozen=True):
    people: ParticipantCount | None = None
    companies: ParticipantCount | None = None
    categories: Annotated[list[Category], msgspec.Meta(max_length=MAX_LIST)] = []


class ActivityTheme(Base, frozen=True):
    """A theme of the special activities; ``name`` null = counted by the source but not named."""

    name: NameText | None = None
    refs: Annotated[list[Ref], msgspec.Meta(max_length=MAX_LIST)] = []

    @property
    def ref(self) -> Ref | None:
        return self.refs[0] if self.refs else None


class InspectionTours(Sourced, frozen=True):
    participants: Annotated[list[NameText], msgspec.Meta(max_length=MAX_LIST)] = []
    destination: NameText | None = None
    purpose: OurText | None = None


class FocusChains(Sourced, frozen=True):
    items: Annotated[list[NameText], msgspec.Meta(max_length=MAX_LIST)] = []
    complete: bool = False


class Activities(Base, frozen=True):
    main: ActivityCount | None = None
    special: ActivityCount | None = None
    extension: ActivityCount | None = None
    theme_count: ActivityCount | None = None
    themes: Annotated[list[ActivityTheme], msgspec.Meta(max_length=MAX_LIST)] = []
    structure: TextFact | None = None  # the programme as the source names it, e.g. "1+7+2"
    inspection_tours: InspectionTours | None = None
    focus_industry_chains: FocusChains | None = None


class Statement(Sourced, frozen=True):
    """One side of a conflict: the value as the source gives it (verbatim)."""

    value: Text


class Conflict(Base, frozen=True):
    """Sources that disagree, or that report one thing with different scopes or words: kept
    side by side, never averaged or resolved silently."""

    subject: OurName
    kind: Literal["conflict", "scope_difference", "wording"]
    statements: Annotated[list[Statement], msgspec.Meta(min_length=2, max_length=MAX_LIST)]
    note: OurText | None = None  # what we can and cannot tell


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
    schema_version: Literal[2]
    sources: Annotated[list[Source], msgspec.Meta(min_length=1, max_length=MAX_LIST)]
    event: EventInfo
    investment: Investment | None = None
    participants: Participants | None = None
    activities: Activities | None = None
    follow_ups: Annotated[list[FollowUp], msgspec.Meta(max_length=MAX_LIST)] = []
    conflicts: Annotated[list[Conflict], msgspec.Meta(max_length=MAX_LIST)] = []
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
        "null means 'not given by the source'. Amounts are in billions of investment.currency. "
        "Version 1 files are still read (and migrated); this schema describes version 2."
    )
    return schema
