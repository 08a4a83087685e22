"""The one summary builder: pure data that the text briefing, the Overview tab and the printed
page all render, so a figure cannot read differently in two places."""

from __future__ import annotations

from decimal import Decimal
from typing import TypedDict

import msgspec

from .derived import Figure, Figures, TierFigures, plain
from .formatting import (
    CONFLICT_WORDS,
    DERIVED_MARK,
    RELATION_WORDS,
    TRANSLATION_MARK,
    Provenance,
    as_of_date,
    basis_words,
    count,
    counted,
    currency_label,
    date_range,
    language_name,
    long_date,
    money,
    not_given,
    percent,
    provenance,
    qualified,
    source_line,
    stated,
    tier_label,
)
from .i18n import QT_TRANSLATE_NOOP, bracketed, chinese, comma, dash, semicolon, translate
from .loader import LoadedEvent
from .places import place
from .schema import (
    Activities,
    AmountFact,
    CountFact,
    DateFact,
    Event,
    EventInfo,
    Location,
    PercentFact,
    PeriodFact,
    TextFact,
    Translation,
)
from .words import (
    chosen,
    in_reader_language,
    said,
    said_all,
    said_list,
    simplified,
    translated_mark,
)

QUALIFIERS = {
    "more_than": QT_TRANSLATE_NOOP("qualifier", "more than"),
    "at_least": QT_TRANSLATE_NOOP("qualifier", "at least"),
    "exact": QT_TRANSLATE_NOOP("qualifier", "exactly"),
    "nearly": QT_TRANSLATE_NOOP("qualifier", "nearly"),
    "about": QT_TRANSLATE_NOOP("qualifier", "about"),
    "less_than": QT_TRANSLATE_NOOP("qualifier", "less than"),
    "at_most": QT_TRANSLATE_NOOP("qualifier", "at most"),
}
BOUND_SYMBOL = {
    "more_than": ">",
    "at_least": "≥",
    "less_than": "<",
    "at_most": "≤",
    "about": "≈",
    "nearly": "≈",
}

# English here; each rendering shows them through note() in the reader's language.
DERIVED_NOTE = QT_TRANSLATE_NOOP(
    "summary",
    "* Derived: computed by eventviewer from the stated figures; not stated in the source.",
)
CATEGORY_NOTE = QT_TRANSLATE_NOOP(
    "summary",
    "Categories are listed as the source reports them. They may overlap and do not "
    "add up to the number of companies.",
)
NO_FIGURES = QT_TRANSLATE_NOOP(
    "summary", "The sources read state no projects, amounts or participants for this edition."
)
PARAGRAPH_NOTE = QT_TRANSLATE_NOOP(
    "summary", "Paragraphs are numbered as blank-line-separated blocks of the source text."
)


# Words the builder picks at run time, marked here so that lupdate finds them.
ROLES = (
    QT_TRANSLATE_NOOP("summary", "Co-host"),
    QT_TRANSLATE_NOOP("summary", "Organiser"),
    QT_TRANSLATE_NOOP("summary", "Host"),
    QT_TRANSLATE_NOOP("summary", "Planned"),
    QT_TRANSLATE_NOOP("summary", "Held"),
)


def share_qualifier(qualifier: str) -> str:
    """How a share is bounded, in words (``more than``); in Chinese nothing for an exact one."""
    if qualifier == "exact" and chinese():
        return ""
    return translate("qualifier", QUALIFIERS.get(qualifier, ""))


def note(text: str) -> str:
    """One of the notes above in the reader's language."""
    return translate("summary", text)


class Line(msgspec.Struct, frozen=True):
    """One labelled figure or fact, with where it comes from."""

    label: str
    text: str
    provenance: Provenance = Provenance()
    value: Decimal | None = None
    warning: str = ""  # an audit finding about this figure, in words
    basis: str = ""  # what the figure counts, in words ("signed at the opening ceremony")
    basis_id: str = ""  # the same as the file names it ("signed_at_opening")

    @property
    def derived(self) -> bool:
        return self.provenance.derived

    @property
    def noted_basis(self) -> str:
        """The basis in words where it needs saying: "held" goes without saying for a count
        of activities."""
        return "" if self.basis_id == "held" else self.basis

    @property
    def marked(self) -> str:
        return f"{self.text}{DERIVED_MARK}" if self.derived else self.text


class TierRow(msgspec.Struct, frozen=True):
    label: str
    projects: Line
    amount: Line
    share: Line | None
    share_of_projects: Line | None
    average: Line | None
    derived: bool
    is_total: bool = False

    @property
    def title(self) -> str:
        """The tier as every rendering names it: a derived tier says so."""
        if not self.derived:
            return self.label
        return translate("summary", "{tier} (derived)").format(tier=self.label)

    def lines(self) -> tuple[Line | None, ...]:
        """The figures behind cells()[1:], for their provenance."""
        return (self.projects, self.amount, self.share, self.share_of_projects, self.average)

    def cells(self) -> tuple[str, ...]:
        """Tier, projects, amount, share of amount, share of projects, average per project —
        as displayed on screen, on paper and in the text summary."""
        values = [line.marked if line is not None else "" for line in self.lines()]
        if self.is_total:
            values[2] = values[3] = "100%"
        return (self.title, *values)


class ActivityCounts(msgspec.Struct, frozen=True):
    """The programme's counts; None where the source gives none."""

    main: Line | None = None
    special: Line | None = None
    theme_count: Line | None = None
    extension: Line | None = None
    total: Line | None = None
    unnamed_themes: Line | None = None

    def lines(self) -> tuple[Line, ...]:
        """The counts that are there, in this order."""
        every = (self.main, self.special, self.theme_count, self.extension, self.total)
        return tuple(line for line in (*every, self.unnamed_themes) if line is not None)


class ActivityTheme(msgspec.Struct, frozen=True):
    name: str | None
    provenance: Provenance

    @property
    def text(self) -> str:
        return (
            self.name if self.name is not None else translate("summary", "Not named in the source")
        )


class Group(msgspec.Struct, frozen=True):
    """Figures shown together under a title of ours: a report beside the headline figures, a
    breakdown, a follow-up or a conflict (whose lines are the statements side by side)."""

    title: str
    lines: tuple[Line, ...]
    note: str = ""
    kind: str = ""  # in words: "one sub-event", "Sources disagree"…

    @property
    def heading(self) -> str:
        """The title and what kind of report it is, in one bracket where the title ends in
        one: ``Projects signed by Kunming (the most of any city; part of the headline
        figures)``."""
        if not self.kind:
            return self.title
        for close in (")", "）"):
            if self.title.endswith(close):
                return f"{self.title[:-1]}{semicolon()}{self.kind}{close}"
        return self.title + bracketed(self.kind)


class ReportGroups(TypedDict):
    reports: tuple[Group, ...]
    breakdowns: tuple[Group, ...]
    follow_ups: tuple[Group, ...]
    conflicts: tuple[Group, ...]


class PlaceLines(TypedDict):
    place: Line
    venue: Line


class AimLines(TypedDict):
    significance: Line | None
    purpose: Line | None
    aims: Line | None
    strategies: tuple[Line, ...]
    goal: Line | None


class EventLines(PlaceLines, AimLines):
    names: tuple[Line, ...]
    theme_lines: tuple[Line, ...]
    period: Line | None
    structure: Line | None
    notes: tuple[Line, ...]
    title: str
    title_provenance: Provenance
    theme: str | None
    opening: Line
    closing: Line
    hosts: tuple[Line, ...]


class Summary(msgspec.Struct, frozen=True):
    title: str
    title_provenance: Provenance
    theme: str | None
    opening: Line
    closing: Line
    place: Line
    venue: Line
    hosts: tuple[Line, ...]
    significance: Line | None
    purpose: Line | None
    aims: Line | None
    strategies: tuple[Line, ...]
    goal: Line | None
    currency: str
    key_figures: tuple[Line, ...]
    tiers: tuple[TierRow, ...]
    sector_shares: tuple[Line, ...]
    activities: ActivityCounts
    themes: tuple[ActivityTheme, ...]
    tours: Line | None
    chains: Line | None
    people: Line | None
    companies: Line | None
    categories: tuple[Line, ...]
    sources: tuple[str, ...]
    derived_lines: tuple[Line, ...]
    findings: tuple[str, ...]
    itemized: tuple[Line, ...] = ()
    item_findings: dict[str, str] = {}  # "projects", "organizations", "activity_items": in words
    schema_version: int = 1
    names: tuple[Line, ...] = ()  # the name in other languages: quotes, or our translation
    theme_lines: tuple[Line, ...] = ()  # the theme as quoted, then in other languages
    period: Line | None = None
    structure: Line | None = None
    notes: tuple[Line, ...] = ()
    reports: tuple[Group, ...] = ()
    breakdowns: tuple[Group, ...] = ()
    follow_ups: tuple[Group, ...] = ()
    conflicts: tuple[Group, ...] = ()
    written_version: int = 2
    by_paragraph: bool = False  # some fact is located by a paragraph of a bundled text
    source_ids: tuple[str, ...] = ()  # in the order of ``sources``: footnote n is id n-1

    def footnotes(self, provenance: Provenance) -> str:
        """``[1, 3]``: the numbers of the sources a figure rests on, as the page lists them."""
        numbers = [
            str(self.source_ids.index(i) + 1) for i in provenance.ids if i in self.source_ids
        ]
        return f"[{', '.join(numbers)}]" if numbers else ""

    @property
    def derived_count(self) -> int:
        return len(self.derived_lines)


class _Builder:
    def __init__(self, loaded: LoadedEvent) -> None:
        self.findings = loaded.findings
        self.written_version = loaded.written_version
        self.event: Event = loaded.event
        self.figures: Figures = loaded.figures
        self.sources = self.event.sources
        inv = self.event.investment
        self.currency = currency_label(inv.currency) if inv else ""
        self.derived: list[Line] = []

    def line(self, label: str, figure: Figure, text: str, *, headline: bool = False) -> Line:
        """A figure's line: its text with the qualifier in words, where it comes from, and its
        basis (for a headline figure, "basis not stated" when the file has none)."""
        basis = basis_words(figure.basis) if figure.basis or headline else ""
        if figure.as_of is not None:
            when = translate("summary", "as of {date}").format(date=as_of_date(figure))
            basis = f"{basis}{comma()}{when}" if basis else when
        result = Line(
            label,
            qualified(text, figure.qualifier),
            provenance(figure, self.sources, self.currency),
            figure.value,
            basis=basis,
            basis_id=figure.basis or "",
        )
        if figure.derived:
            self.derived.append(result)
        return result

    def count_line(
        self, label: str, figure: Figure | None, *, headline: bool = False, unit: str = ""
    ) -> Line | None:
        """A count; in Chinese with what it counts after it (``382个项目``)."""
        if figure is None:
            return None
        text = counted(figure.value, unit)
        return self.line(label, figure, text, headline=headline)

    def money_line(
        self,
        label: str,
        figure: Figure | None,
        places: int | None = None,
        *,
        headline: bool = False,
    ) -> Line | None:
        if figure is None:
            return None
        text = money(figure.value, self.currency, places)
        return self.line(label, figure, text, headline=headline)

    def percent_line(self, label: str, figure: Figure | None) -> Line | None:
        return self.line(label, figure, percent(figure.value)) if figure is not None else None

    def fact_line(
        self, label: str, fact: CountFact | AmountFact | PercentFact | None, unit: str = ""
    ) -> Line | None:
        """A stated figure of any kind, as its kind is written."""
        if fact is None:
            return None
        figure = Figure.stated(fact)
        if isinstance(fact, AmountFact):
            return self.money_line(label, figure, headline=True)
        if isinstance(fact, PercentFact):
            return self.line(label, figure, f"{plain(figure.value)}%", headline=True)
        return self.count_line(label, figure, headline=True, unit=unit)

    def text_lines(
        self, label: str, fact: TextFact | None, *, marks: bool = False
    ) -> tuple[Line, ...]:
        """A name or slogan as quoted, in its other languages, and in our translation; with
        ``marks``, a source's words are in quotation marks (a note, where they stand among ours)."""
        if fact is None:
            return ()

        def quoted(text: str) -> str:
            return f"“{text}”" if marks else text

        languages = {fact.lang, *(v.lang for v in fact.variants)} - {None}

        def in_(language: str | None) -> str:  # 名称（中文） in Chinese, not 名称, 中文
            if not language or (len(languages) == 1 and language != "zh-Hant"):
                return label  # one language: it goes without saying
            if language == "zh-Hant" and chinese():  # 名称（繁体原文）: quoted as written
                return translate("summary", "{label} (traditional original)").format(label=label)
            labelled = translate("summary", "{label}, {language}")
            return labelled.format(label=label, language=language_name(language))

        value = quoted(said(fact.value)) if fact.lang else said(fact.value)
        out = [Line(in_(fact.lang), value, stated(fact.refs, self.sources))]
        out += [
            Line(in_(v.lang), quoted(v.value), stated(v.refs, self.sources)) for v in fact.variants
        ]
        traditional = [fact.value] if fact.lang == "zh-Hant" else []
        traditional += [v.value for v in fact.variants if v.lang == "zh-Hant"]
        if chinese() and traditional and not any(v.lang == "zh-Hans" for v in fact.variants):
            converted = translate("summary", "{label} (converted to simplified characters)")
            how = translate("summary", "converted by eventviewer with OpenCC; not a source's text")
            text = simplified(said(traditional[0]))
            out.append(Line(converted.format(label=label), text, Provenance(citation=how)))
        t = fact.translation
        if t is not None and t.lang.startswith("zh" if chinese() else "en"):  # ours, in the
            # reader's language only: a Chinese reader needs no English of ours
            ours = translate("summary", TRANSLATION_MARK)
            labelled = translate("summary", "{label}, {language} ({ours})")
            out.append(
                Line(
                    labelled.format(label=label, language=language_name(t.lang), ours=ours),
                    t.value,
                    Provenance(citation=ours),
                )
            )
        return tuple(out)

    def in_language(self, fact: TextFact) -> tuple[str, Provenance]:
        """A name or slogan in the reader's language when the file has it — quoted, or in our
        translation, which says so — else as the source writes it."""
        choice = chosen(fact)
        if isinstance(choice, Translation):
            return in_reader_language(fact), Provenance(
                citation=translate("summary", TRANSLATION_MARK)
            )
        return in_reader_language(fact), stated(choice.refs, self.sources)

    def figure_lines(
        self,
        projects: CountFact | None,
        amount: AmountFact | None,
        share: PercentFact | None = None,
    ) -> tuple[Line, ...]:
        """The stated ones of a group's projects, amount and share, in that order."""
        lines = (
            self.fact_line(translate("summary", "Projects"), projects, "Items"),
            self.fact_line(translate("summary", "Amount"), amount),
            self.fact_line(translate("summary", "Share"), share),
        )
        return tuple(line for line in lines if line is not None)

    def groups(self) -> dict[str, tuple[Group, ...]]:
        ev = self.event
        inv = ev.investment
        reports = tuple(
            Group(
                said(r.scope),
                self.figure_lines(r.projects, r.amount_bn),
                said(r.note or ""),
                translate("relation", RELATION_WORDS[r.relation]),
            )
            for r in (inv.reports if inv else [])
        )
        breakdowns = tuple(
            Group(
                said(b.title),
                tuple(
                    Line(
                        said(item.label),
                        semicolon().join(line.text for line in lines),
                        lines[0].provenance,
                        basis=lines[0].basis,
                    )
                    for item in b.items
                    if (
                        lines := self.figure_lines(
                            item.projects, item.amount_bn, item.share_percent
                        )
                    )
                ),
                said(b.note or ""),
            )
            for b in (inv.breakdowns if inv else [])
        )
        conflicts = tuple(
            Group(
                said(c.subject),
                tuple(
                    Line(
                        translate("summary", "Statement {n}").format(n=i),
                        f"“{st.value}”",  # the source's words, side by side
                        stated(st.refs, self.sources),
                    )
                    for i, st in enumerate(c.statements, 1)
                ),
                said(c.note or ""),
                translate("conflict", CONFLICT_WORDS[c.kind]),
            )
            for c in ev.conflicts
        )
        return {"reports": reports, "breakdowns": breakdowns, "conflicts": conflicts}

    def follow_up_groups(self) -> tuple[Group, ...]:
        """Each follow-up: its figures, dated, and what we can say of them."""
        return tuple(
            Group(
                said(f.label),
                self.figure_lines(f.projects, f.amount_bn, f.percent),
                said(f.note or ""),
            )
            for f in self.event.follow_ups
        )

    def tier_row(self, tier: TierFigures) -> TierRow:
        label = tier_label(tier, self.currency)
        projects = self.count_line(
            translate("summary", "Projects {label}").format(label=label), tier.projects
        )
        amount = self.money_line(
            translate("summary", "Amount {label}").format(label=label), tier.amount
        )
        assert projects is not None and amount is not None
        if tier.is_remainder:  # what the checks find about the remainder they say of the total
            amount = self.warned(amount, "$.investment", inside=False)
        return TierRow(
            label,
            projects,
            amount,
            self.percent_line(
                translate("summary", "Share of total amount, {label}").format(label=label),
                tier.share_of_amount,
            ),
            self.percent_line(
                translate("summary", "Share of all projects, {label}").format(label=label),
                tier.share_of_projects,
            ),
            self.money_line(
                translate("summary", "Average per project, {label}").format(label=label),
                tier.average,
                2,
            ),
            tier.is_remainder,
        )

    def warned(self, line: Line, path: str, *, inside: bool = True) -> Line:
        """``line`` with the audit findings made at ``path`` (or, if ``inside``, within it)."""
        within = (f"{path}.", f"{path}[") if inside else ()
        found = [
            p.message for p in self.findings if p.location == path or p.location.startswith(within)
        ]
        if not found:
            return line
        return msgspec.structs.replace(line, warning="; ".join(found))

    def build(self, findings: tuple[str, ...]) -> Summary:
        """The summary, section by section (in the order their derived figures are listed)."""
        figs = self.figures
        total_projects = self.count_line(
            translate("summary", "Projects"), figs.total_projects, headline=True, unit="Projects"
        )
        total_amount = self.money_line(
            translate("summary", "Amount"), figs.total_amount, headline=True
        )
        tiers = self.tier_rows(total_projects, total_amount)
        shares = self.sector_share_lines()
        people, companies = self.participant_lines()
        activities_total = self.count_line(
            translate("summary", "Activities in all"), figs.total_activities, unit="Activities"
        )
        key = [total_projects, total_amount, people, companies, activities_total]
        key += self.share_key_figures()
        activities, themes, tours, chains = self.activity_lines(activities_total)
        categories = self.category_lines()
        itemized = self.itemized_lines()
        return Summary(
            **self.event_lines(),
            **self.report_groups(),
            written_version=self.written_version,
            by_paragraph=any(s.file for s in self.sources),
            source_ids=tuple(s.id for s in self.sources),
            currency=self.currency,
            key_figures=tuple(k for k in key if k is not None),
            tiers=tuple(tiers),
            sector_shares=tuple(shares),
            activities=activities,
            themes=tuple(themes),
            tours=tours,
            chains=chains,
            people=people,
            companies=companies,
            categories=tuple(categories),
            sources=tuple(source_line(s) for s in self.sources),
            derived_lines=tuple(dict.fromkeys(self.derived)),
            findings=findings,
            itemized=tuple(itemized.values()),
            item_findings={name: line.warning for name, line in itemized.items() if line.warning},
            schema_version=self.event.schema_version,
        )

    def tier_rows(self, projects: Line | None, amount: Line | None) -> list[TierRow]:
        """The tiers, then a total row when the headline figures are stated."""
        average = self.money_line(
            translate("summary", "Average per project"), self.figures.average_per_project, 2
        )
        doubt = self.event.investment.amount_bn if self.event.investment else None
        if average is not None and doubt is not None and doubt.scope_note:
            caveat = translate("summary", "computed from an amount whose scope is in doubt: {why}")
            plain_average = average
            average = msgspec.structs.replace(
                average, warning=caveat.format(why=said(doubt.scope_note))
            )
            self.derived = [average if d is plain_average else d for d in self.derived]
        tiers = [self.tier_row(t) for t in self.figures.tiers]
        if tiers and projects and amount:
            total = translate("summary", "Total")
            tiers.append(TierRow(total, projects, amount, None, None, average, False, True))
        return tiers

    def sector_share_lines(self) -> list[Line]:
        """``More than 60% of the total amount — more than RMB 300 bn``, per sector share."""
        shares = []
        for s in self.figures.sector_shares:
            label = said(s.label)
            bound = ""
            if s.amount_bound is not None:
                amount = qualified(money(s.amount_bound.value, self.currency, 2), s.qualifier)
                named = translate("summary", "{label}, amount").format(label=label)
                bound = f"{dash()}{self.line(named, s.amount_bound, amount).marked}"
            sectors = said_list(list(s.sectors))
            if s.sectors:
                such_as = translate("summary", " such as {sectors}").format(sectors=sectors)
                sectors = bracketed(sectors) if s.sectors_complete else such_as
            share = translate("summary", "{qualifier} {percent}% of the total amount").format(
                qualifier=share_qualifier(s.qualifier),
                percent=plain(s.percent.value),
            )
            prov = provenance(s.percent, self.sources)
            shares.append(Line(label + sectors, f"{share}{bound}", prov, s.percent.value))
        return shares

    def participant_lines(self) -> tuple[Line | None, Line | None]:
        """The people and the companies that took part, where stated."""
        part = self.event.participants
        found: list[Line | None] = []
        for label, unit, fact in (
            (translate("summary", "People"), "People", part.people if part else None),
            (translate("summary", "Companies"), "Companies", part.companies if part else None),
        ):
            figure = Figure.stated(fact) if fact else None
            found.append(self.count_line(label, figure, headline=True, unit=unit) if fact else None)
        return found[0], found[1]

    def share_key_figures(self) -> list[Line]:
        """Each sector share as a key figure: ``> 60%``."""
        key = []
        for s in self.figures.sector_shares:
            label = translate("summary", "{label}, share of investment").format(label=said(s.label))
            if chinese():  # 超过60%: Chinese text says it in words
                value = f"{share_qualifier(s.qualifier)}{plain(s.percent.value)}%"
            else:
                symbol = BOUND_SYMBOL.get(s.qualifier or "", "")
                value = f"{symbol} {plain(s.percent.value)}%".strip()
            key.append(Line(label, value, provenance(s.percent, self.sources), s.percent.value))
        return key

    def activity_lines(
        self, total: Line | None
    ) -> tuple[ActivityCounts, list[ActivityTheme], Line | None, Line | None]:
        """The programme's counts, its themes (unnamed ones too), inspection tours and focus
        industry chains."""
        act = self.event.activities
        if act is None:
            return ActivityCounts(), [], None, None

        def stated_count(
            label: str, fact: CountFact | None, unit: str = "Activities"
        ) -> Line | None:
            return self.count_line(label, Figure.stated(fact), unit=unit) if fact else None

        special = stated_count(translate("summary", "Special activities"), act.special)
        counts = ActivityCounts(
            main=stated_count(translate("summary", "Main activity"), act.main),
            special=special and self.warned(special, "$.activities.special"),
            theme_count=stated_count(
                translate("summary", "Themes of the special activities"), act.theme_count, "Themes"
            ),
            extension=stated_count(translate("summary", "Extension activities"), act.extension),
            total=total,
            unnamed_themes=self.count_line(
                translate("summary", "Themes not named in the source"),
                self.figures.unnamed_themes,
                unit="Themes",
            ),
        )
        themes = [
            ActivityTheme(said(t.name) if t.name else None, stated(t.refs, self.sources))
            for t in act.themes
        ]
        if act.theme_count is not None:
            unnamed = act.theme_count.value - len(act.themes)
            themes += [ActivityTheme(None, Provenance()) for _ in range(unnamed)]
        return counts, themes, self.tour_line(act), self.chain_line(act)

    def tour_line(self, act: Activities) -> Line | None:
        t = act.inspection_tours
        if t is None:
            return None
        who = said_list(t.participants) or not_given()
        where = (
            said(t.destination) if t.destination else translate("summary", "destinations not given")
        )
        text = translate("summary", "For {who}, to {where}.").format(who=who, where=where)
        if t.purpose:
            text += ("" if chinese() else " ") + translate("summary", "Aim: {aim}").format(
                aim=said(t.purpose)
            )
        return Line(translate("summary", "Inspection tours"), text, stated(t.refs, self.sources))

    def chain_line(self, act: Activities) -> Line | None:
        chain = act.focus_industry_chains
        if chain is None:
            return None
        if chain.complete:
            text = said_list(chain.items)
        else:  # the source names some of them (this was " and more", never translated)
            listed = translate("summary", ", ").join(said_all(chain.items))
            text = translate("summary", "{chains} and more").format(chains=listed)
            text += translated_mark(chain.items)
        label = translate("summary", "Focus industry chains")
        return Line(label, text, stated(chain.refs, self.sources))

    def category_lines(self) -> list[Line]:
        part = self.event.participants
        return [
            self.warned(
                self.line(said(c.name), Figure.stated(c.count), count(c.count.value)),
                f"$.participants.categories[{i}]",
            )
            for i, c in enumerate(part.categories if part else [])
        ]

    def itemized_lines(self) -> dict[str, Line]:
        """How many records each itemized list holds (with its audit findings)."""
        lines = {}
        for name, label in (
            ("projects", translate("summary", "Itemized projects")),
            ("organizations", translate("summary", "Itemized organizations")),
            ("activity_items", translate("summary", "Itemized activities")),
        ):
            items = getattr(self.event, name)
            if items is not None:
                where = Provenance(citation=translate("summary", "itemized in the file"))
                lines[name] = self.warned(Line(label, count(len(items)), where), f"$.{name}")
        return lines

    def report_groups(self) -> ReportGroups:
        """Figures reported beside the headline ones: parts, follow-ups, differences."""
        groups = self.groups()
        return {
            "reports": groups["reports"],
            "breakdowns": groups["breakdowns"],
            "follow_ups": self.follow_up_groups(),
            "conflicts": groups["conflicts"],
        }

    def event_lines(self) -> EventLines:
        """What the event was: its name and theme, dates, place, hosts, aims."""
        info = self.event.event
        act = self.event.activities
        structure = self.text_lines(
            translate("summary", "Programme"), act.structure if act else None
        )
        return {
            "names": self.text_lines(translate("summary", "Name"), info.name)[1:],
            "theme_lines": self.text_lines(translate("summary", "Theme"), info.theme),
            "period": self.period_line(info.period),
            "structure": (structure or (None,))[0],
            "notes": tuple(
                line
                for n in info.notes
                for line in self.text_lines(said(n.label), n.fact, marks=True)
            ),
            "title": self.in_language(info.name)[0],
            "title_provenance": self.in_language(info.name)[1],
            # quoted, with what it is after the quotation marks: “開放、合作”（繁体原文）
            "theme": in_reader_language(info.theme, "“{text}”") if info.theme else None,
            "opening": self.date_line(translate("summary", "Opened"), info.opening_date),
            "closing": self.date_line(translate("summary", "Closed"), info.closing_date),
            **self.place_lines(info.location),
            "hosts": tuple(
                Line(
                    translate("summary", (h.role or "host").capitalize()),
                    said(h.name),
                    stated(h.refs, self.sources),
                )
                for h in info.hosts
            ),
            **self.aim_lines(info),
        }

    def text_line(self, label: str, fact: TextFact | None) -> Line | None:
        return Line(label, said(fact.value), stated(fact.refs, self.sources)) if fact else None

    def period_line(self, p: PeriodFact | None) -> Line | None:
        if p is None:
            return None
        word = translate("summary", "Planned" if p.basis == "planned" else "Held")
        return Line(word, date_range(p.first, p.last), stated(p.refs, self.sources))

    def date_line(self, label: str, fact: DateFact | None) -> Line:
        if fact is None:
            return Line(label, not_given(), Provenance())
        return Line(label, long_date(fact.value), stated(fact.refs, self.sources))

    def place_lines(self, loc: Location | None) -> PlaceLines:
        parts = [p for p in (loc.city, loc.province, loc.country) if p] if loc else []
        shown = place(*parts)
        venue = said(loc.venue) if loc and loc.venue else None
        return {
            "place": Line(
                translate("summary", "Place"),
                shown or not_given(),
                stated(loc.refs, self.sources) if loc else Provenance(),
            ),
            "venue": Line(
                translate("summary", "Venue"),
                venue or not_given(),
                stated(loc.venue_refs or loc.refs, self.sources) if loc and venue else Provenance(),
            ),
        }

    def aim_lines(self, info: EventInfo) -> AimLines:
        aims = info.aims
        return {
            "significance": self.text_line(translate("summary", "Significance"), info.significance),
            "purpose": self.text_line(translate("summary", "Purpose"), info.purpose),
            "aims": self.text_line(translate("summary", "Aims"), aims.summary if aims else None),
            "strategies": tuple(
                Line(said(s.industries), said(s.approach), stated(s.refs, self.sources))
                for s in (aims.strategies if aims else [])
            ),
            "goal": self.text_line(translate("summary", "Ultimate goal"), info.goal),
        }


def build_summary(loaded: LoadedEvent) -> Summary:
    findings = tuple(
        f"{p.location}: {p.message}" if p.location else p.message for p in loaded.findings
    )
    return _Builder(loaded).build(findings)
