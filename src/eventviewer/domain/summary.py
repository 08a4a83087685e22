"""The one summary builder: pure data that the text briefing, the Overview tab and the printed
page all render, so a figure cannot read differently in two places."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from .derived import Figure, Figures, TierFigures, plain
from .formatting import (
    CONFLICT_WORDS,
    DERIVED_MARK,
    RELATION_WORDS,
    TRANSLATION_MARK,
    Provenance,
    basis_words,
    count,
    currency_label,
    join_words,
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
from .i18n import QT_TRANSLATE_NOOP, chinese, translate
from .loader import LoadedEvent
from .schema import AmountFact, CountFact, Event, PercentFact, TextFact

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
# What a count counts, written after it in Chinese (382个项目, 3100人, 2066家).
UNITS = {
    "Projects": QT_TRANSLATE_NOOP("unit", "个项目"),
    "People": QT_TRANSLATE_NOOP("unit", "人"),
    "Companies": QT_TRANSLATE_NOOP("unit", "家"),
}


# Words the builder picks at run time, marked here so that lupdate finds them.
ROLES = (
    QT_TRANSLATE_NOOP("summary", "Co-host"),
    QT_TRANSLATE_NOOP("summary", "Organiser"),
    QT_TRANSLATE_NOOP("summary", "Host"),
    QT_TRANSLATE_NOOP("summary", "Planned"),
    QT_TRANSLATE_NOOP("summary", "Held"),
)


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
            when = translate("summary", "as of {date}").format(date=long_date(figure.as_of))
            basis = f"{basis}, {when}" if basis else when
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
        text = count(figure.value) + (UNITS[unit] if unit in UNITS and chinese() else "")
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
        self, label: str, fact: CountFact | AmountFact | PercentFact | None
    ) -> Line | None:
        """A stated figure of any kind, as its kind is written."""
        if fact is None:
            return None
        figure = Figure.stated(fact)
        if isinstance(fact, AmountFact):
            return self.money_line(label, figure, headline=True)
        if isinstance(fact, PercentFact):
            return self.line(label, figure, f"{plain(figure.value)}%", headline=True)
        return self.count_line(label, figure, headline=True)

    def text_lines(self, label: str, fact: TextFact | None) -> tuple[Line, ...]:
        """A name or slogan as quoted, in its other languages, and in our translation."""
        if fact is None:
            return ()
        lang = f", {language_name(fact.lang)}" if fact.lang else ""
        out = [Line(f"{label}{lang}", fact.value, stated(fact.refs, self.sources))]
        out += [
            Line(f"{label}, {language_name(v.lang)}", v.value, stated(v.refs, self.sources))
            for v in fact.variants
        ]
        if fact.translation is not None:
            t = fact.translation
            out.append(
                Line(
                    f"{label}, {language_name(t.lang)} ({translate('summary', TRANSLATION_MARK)})",
                    t.value,
                    Provenance(citation=translate("summary", TRANSLATION_MARK)),
                )
            )
        return tuple(out)

    def in_language(self, fact: TextFact) -> tuple[str, Provenance]:
        """A name or slogan in the reader's language when the file has it — quoted, or in our
        translation, which says so — else as the source writes it."""
        want = "zh" if chinese() else "en"
        if (fact.lang or "").startswith(want) or fact.lang is None:
            return fact.value, stated(fact.refs, self.sources)
        for v in fact.variants:
            if v.lang.startswith(want):
                return v.value, stated(v.refs, self.sources)
        t = fact.translation
        if t is not None and t.lang.startswith(want):
            mark = translate("summary", TRANSLATION_MARK)
            return f"{t.value} ({mark})", Provenance(citation=mark)
        return fact.value, stated(fact.refs, self.sources)

    def figure_lines(
        self,
        projects: CountFact | None,
        amount: AmountFact | None,
        share: PercentFact | None = None,
    ) -> tuple[Line, ...]:
        """The stated ones of a group's projects, amount and share, in that order."""
        lines = (
            self.fact_line(translate("summary", "Projects"), projects),
            self.fact_line(translate("summary", "Amount"), amount),
            self.fact_line(translate("summary", "Share"), share),
        )
        return tuple(line for line in lines if line is not None)

    def groups(self) -> dict[str, tuple[Group, ...]]:
        ev = self.event
        inv = ev.investment
        reports = tuple(
            Group(
                r.scope,
                self.figure_lines(r.projects, r.amount_bn),
                r.note or "",
                translate("relation", RELATION_WORDS[r.relation]),
            )
            for r in (inv.reports if inv else [])
        )
        breakdowns = tuple(
            Group(
                b.title,
                tuple(
                    Line(
                        item.label,
                        "; ".join(line.text for line in lines),
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
                b.note or "",
            )
            for b in (inv.breakdowns if inv else [])
        )
        conflicts = tuple(
            Group(
                c.subject,
                tuple(
                    Line(
                        translate("summary", "Statement {n}").format(n=i),
                        st.value,
                        stated(st.refs, self.sources),
                    )
                    for i, st in enumerate(c.statements, 1)
                ),
                c.note or "",
                translate("conflict", CONFLICT_WORDS[c.kind]),
            )
            for c in ev.conflicts
        )
        return {"reports": reports, "breakdowns": breakdowns, "conflicts": conflicts}

    def follow_up_groups(self) -> tuple[Group, ...]:
        """Each follow-up: its figures, dated, and what we can say of them."""
        return tuple(
            Group(
                f.label,
                self.figure_lines(f.projects, f.amount_bn, f.percent),
                f.note or "",
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
        ev, info, figs = self.event, self.event.event, self.figures
        total_projects = self.count_line(
            translate("summary", "Projects"), figs.total_projects, headline=True, unit="Projects"
        )
        total_amount = self.money_line(
            translate("summary", "Amount"), figs.total_amount, headline=True
        )
        average = self.money_line(
            translate("summary", "Average per project"), figs.average_per_project, 2
        )

        tiers = [self.tier_row(t) for t in figs.tiers]
        if tiers and total_projects and total_amount:
            tiers.append(
                TierRow(
                    translate("summary", "Total"),
                    total_projects,
                    total_amount,
                    None,
                    None,
                    average,
                    False,
                    True,
                )
            )

        shares = []
        for s in figs.sector_shares:
            bound = ""
            qualifier = QUALIFIERS[s.qualifier]
            if s.amount_bound is not None:
                amount = money(s.amount_bound.value, self.currency, 2)
                said = qualified(amount, s.qualifier)
                bound = f" — {self.line(f'{s.label}, amount', s.amount_bound, said).marked}"
            sectors = join_words(s.sectors)
            if s.sectors:
                sectors = (
                    f" ({sectors})"
                    if s.sectors_complete
                    else translate("summary", " such as {sectors}").format(sectors=sectors)
                )
            share = translate("summary", "{qualifier} {percent}% of the total amount").format(
                qualifier=translate("qualifier", qualifier), percent=plain(s.percent.value)
            )
            text = f"{share}{bound}"
            shares.append(
                Line(
                    s.label + sectors,
                    text,
                    provenance(s.percent, self.sources),
                    s.percent.value,
                )
            )

        key: list[Line | None] = [total_projects, total_amount]
        part = ev.participants
        people = (
            self.count_line(
                translate("summary", "People"),
                Figure.stated(part.people),
                headline=True,
                unit="People",
            )
            if part and part.people
            else None
        )
        companies = (
            self.count_line(
                translate("summary", "Companies"),
                Figure.stated(part.companies),
                headline=True,
                unit="Companies",
            )
            if part and part.companies
            else None
        )
        key += [people, companies]
        activities_total = self.count_line(
            translate("summary", "Activities in all"), figs.total_activities
        )
        key.append(activities_total)
        for s in figs.sector_shares:
            symbol = BOUND_SYMBOL.get(s.qualifier, "")
            key.append(
                Line(
                    translate("summary", "{label}, share of investment").format(label=s.label),
                    f"{symbol} {plain(s.percent.value)}%".strip(),
                    provenance(s.percent, self.sources),
                    s.percent.value,
                )
            )

        act = ev.activities
        activities = ActivityCounts()
        themes: list[ActivityTheme] = []
        tours = chains = None
        if act is not None:

            def stated_count(label: str, fact: CountFact | None) -> Line | None:
                return self.count_line(label, Figure.stated(fact)) if fact else None

            special = stated_count(translate("summary", "Special activities"), act.special)
            activities = ActivityCounts(
                main=stated_count(translate("summary", "Main activity"), act.main),
                special=special and self.warned(special, "$.activities.special"),
                theme_count=stated_count(
                    translate("summary", "Themes of the special activities"), act.theme_count
                ),
                extension=stated_count(translate("summary", "Extension activities"), act.extension),
                total=activities_total,
                unnamed_themes=self.count_line(
                    translate("summary", "Themes not named in the source"), figs.unnamed_themes
                ),
            )
            themes = [ActivityTheme(t.name, stated(t.refs, self.sources)) for t in act.themes]
            if act.theme_count is not None:
                themes += [
                    ActivityTheme(None, Provenance())
                    for _ in range(act.theme_count.value - len(act.themes))
                ]
            if act.inspection_tours is not None:
                t = act.inspection_tours
                who = join_words(t.participants) or not_given()
                where = t.destination or translate("summary", "destinations not given")
                text = translate("summary", "For {who}, to {where}.").format(who=who, where=where)
                if t.purpose:
                    text += " " + translate("summary", "Aim: {aim}").format(aim=t.purpose)
                tours = Line(
                    translate("summary", "Inspection tours"), text, stated(t.refs, self.sources)
                )
            if act.focus_industry_chains is not None:
                chain = act.focus_industry_chains
                text = (
                    join_words(chain.items)
                    if chain.complete
                    else ", ".join(chain.items) + " and more"
                )
                chains = Line(
                    translate("summary", "Focus industry chains"),
                    text,
                    stated(chain.refs, self.sources),
                )

        categories = [
            self.warned(
                self.line(c.name, Figure.stated(c.count), count(c.count.value)),
                f"$.participants.categories[{i}]",
            )
            for i, c in enumerate(part.categories if part else [])
        ]

        loc = info.location
        place_parts = [p for p in (loc.city, loc.province, loc.country) if p] if loc else []
        itemized = {
            name: self.warned(
                Line(
                    label,
                    count(len(items)),
                    Provenance(citation=translate("summary", "itemized in the file")),
                ),
                f"$.{name}",
            )
            for name, label in (
                ("projects", translate("summary", "Itemized projects")),
                ("organizations", translate("summary", "Itemized organizations")),
                ("activity_items", translate("summary", "Itemized activities")),
            )
            if (items := getattr(ev, name)) is not None
        }

        def text_line(label: str, fact: TextFact | None) -> Line | None:
            return Line(label, fact.value, stated(fact.refs, self.sources)) if fact else None

        period = None
        if info.period is not None:
            p = info.period
            word = translate("summary", "Planned" if p.basis == "planned" else "Held")
            period = Line(
                word,
                f"{long_date(p.first)} to {long_date(p.last)}",
                stated(p.refs, self.sources),
            )
        act_structure = ev.activities.structure if ev.activities else None
        groups = self.groups()
        return Summary(
            names=self.text_lines(translate("summary", "Name"), info.name)[1:],
            theme_lines=self.text_lines(translate("summary", "Theme"), info.theme),
            period=period,
            structure=(
                self.text_lines(translate("summary", "Programme"), act_structure) or (None,)
            )[0],
            notes=tuple(line for n in info.notes for line in self.text_lines(n.label, n.fact)),
            reports=groups["reports"],
            breakdowns=groups["breakdowns"],
            follow_ups=self.follow_up_groups(),
            conflicts=groups["conflicts"],
            written_version=self.written_version,
            by_paragraph=any(s.file for s in self.sources),
            source_ids=tuple(s.id for s in self.sources),
            title=self.in_language(info.name)[0],
            title_provenance=self.in_language(info.name)[1],
            theme=self.in_language(info.theme)[0] if info.theme else None,
            opening=Line(
                translate("summary", "Opened"),
                long_date(info.opening_date.value) if info.opening_date else not_given(),
                stated(info.opening_date.refs, self.sources) if info.opening_date else Provenance(),
            ),
            closing=Line(
                translate("summary", "Closed"),
                long_date(info.closing_date.value) if info.closing_date else not_given(),
                stated(info.closing_date.refs, self.sources) if info.closing_date else Provenance(),
            ),
            place=Line(
                translate("summary", "Place"),
                ", ".join(place_parts) or not_given(),
                stated(loc.refs, self.sources) if loc else Provenance(),
            ),
            venue=Line(
                translate("summary", "Venue"),
                loc.venue if loc and loc.venue else not_given(),
                stated(loc.refs, self.sources) if loc and loc.venue else Provenance(),
            ),
            hosts=tuple(
                Line(
                    translate("summary", (h.role or "host").capitalize()),
                    h.name,
                    stated(h.refs, self.sources),
                )
                for h in info.hosts
            ),
            significance=text_line(translate("summary", "Significance"), info.significance),
            purpose=text_line(translate("summary", "Purpose"), info.purpose),
            aims=text_line(translate("summary", "Aims"), info.aims.summary if info.aims else None),
            strategies=tuple(
                Line(s.industries, s.approach, stated(s.refs, self.sources))
                for s in (info.aims.strategies if info.aims else [])
            ),
            goal=text_line(translate("summary", "Ultimate goal"), info.goal),
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
            schema_version=ev.schema_version,
        )


def build_summary(loaded: LoadedEvent) -> Summary:
    findings = tuple(
        f"{p.location}: {p.message}" if p.location else p.message for p in loaded.findings
    )
    return _Builder(loaded).build(findings)
