"""Number and label formats shared by the text summary, the window and the printed page."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal

import msgspec

from .derived import Figure, Formula, ItemTier, TierFigures, plain, rounded
from .i18n import (
    QT_TRANSLATE_NOOP,
    bracketed,
    chinese,
    comma,
    date_in_language,
    lead,
    semicolon,
    translate,
)
from .places import place_name
from .schema import Ref, Source

CURRENCY_LABELS = {"CNY": "RMB"}
NOT_GIVEN = QT_TRANSLATE_NOOP("summary", "not given in the sources read")
LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("language", "English"),
    "zh-Hans": QT_TRANSLATE_NOOP("language", "Chinese"),
    "zh-Hant": QT_TRANSLATE_NOOP("language", "Chinese (traditional)"),
}
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


# What each basis means, in words a reader can put next to the figure.
BASIS_WORDS = {
    "signed": QT_TRANSLATE_NOOP("basis", "signed"),
    "signed_at_opening": QT_TRANSLATE_NOOP("basis", "signed at the opening ceremony"),
    "signed_on_site": QT_TRANSLATE_NOOP("basis", "signed on site"),
    "signed_during_event": QT_TRANSLATE_NOOP("basis", "signed during the event"),
    "signed_at_sub_event": QT_TRANSLATE_NOOP("basis", "signed at one sub-event"),
    "signed_before_event": QT_TRANSLATE_NOOP("basis", "signed before the event"),
    "introduced": QT_TRANSLATE_NOOP("basis", "introduced or taken up (not said to be signed)"),
    "solicited": QT_TRANSLATE_NOOP("basis", "solicited"),
    "intended": QT_TRANSLATE_NOOP("basis", "intended investment"),
    "expected": QT_TRANSLATE_NOOP("basis", "expected to be signed"),
    "estimated": QT_TRANSLATE_NOOP("basis", "estimated"),
    "attended": QT_TRANSLATE_NOOP("basis", "took part"),
    "registered": QT_TRANSLATE_NOOP("basis", "registered before the event"),
    "held": QT_TRANSLATE_NOOP("basis", "held"),
    "planned": QT_TRANSLATE_NOOP("basis", "planned"),
    "agreement_followed": QT_TRANSLATE_NOOP("basis", "went on to sign investment agreements"),
    "started": QT_TRANSLATE_NOOP("basis", "started"),
    "completed": QT_TRANSLATE_NOOP("basis", "completed and in production"),
    "invested": QT_TRANSLATE_NOOP("basis", "investment completed"),
    "investment_of_started": QT_TRANSLATE_NOOP("basis", "total investment of the started projects"),
}
NO_BASIS = QT_TRANSLATE_NOOP("basis", "basis not stated")
QUALIFIER_WORDS = {
    "exact": "",
    "more_than": QT_TRANSLATE_NOOP("qualifier", "more than"),
    "at_least": QT_TRANSLATE_NOOP("qualifier", "at least"),
    "about": QT_TRANSLATE_NOOP("qualifier", "about"),
    "nearly": QT_TRANSLATE_NOOP("qualifier", "nearly"),
    "less_than": QT_TRANSLATE_NOOP("qualifier", "less than"),
    "at_most": QT_TRANSLATE_NOOP("qualifier", "at most"),
}
RELATION_WORDS = {
    "part": QT_TRANSLATE_NOOP("relation", "part of the headline figures"),
    "sub_event": QT_TRANSLATE_NOOP("relation", "one sub-event"),
    "sub_events": QT_TRANSLATE_NOOP("relation", "several sub-events"),
    "before_event": QT_TRANSLATE_NOOP("relation", "before the event"),
    "scope_difference": QT_TRANSLATE_NOOP("relation", "a different scope"),
    "conflict": QT_TRANSLATE_NOOP("relation", "conflicting report"),
}
CONFLICT_WORDS = {
    "conflict": QT_TRANSLATE_NOOP("conflict", "Sources disagree"),
    "scope_difference": QT_TRANSLATE_NOOP("conflict", "Different scopes"),
    "wording": QT_TRANSLATE_NOOP("conflict", "Different wording"),
}
TRANSLATION_MARK = QT_TRANSLATE_NOOP("summary", "our translation")
PARAGRAPH = QT_TRANSLATE_NOOP("summary", "{names} paragraph {n}")
PARAGRAPHS = QT_TRANSLATE_NOOP("summary", "{names} paragraphs {n}")


def basis_words(basis: str | None) -> str:
    """The basis in the reader's words ("signed during the event", "活动期间签约")."""
    if not basis:
        return translate("basis", NO_BASIS)
    return translate("basis", BASIS_WORDS[basis]) if basis in BASIS_WORDS else basis


def qualified(text: str, qualifier: str) -> str:
    """``more than RMB 300 bn`` / ``超过3000亿元``: a figure with its qualifier in words."""
    words = QUALIFIER_WORDS.get(qualifier, qualifier)
    if not words:
        return text
    words = translate("qualifier", words)
    return f"{words}{text}" if chinese() else f"{words} {text}"


# What a count counts, written after it in Chinese (382个项目, 3100人, 2066家).
UNITS = {
    "Projects": QT_TRANSLATE_NOOP("unit", "个项目"),
    "People": QT_TRANSLATE_NOOP("unit", "人"),
    "Companies": QT_TRANSLATE_NOOP("unit", "家"),
    "Activities": QT_TRANSLATE_NOOP("unit", "场"),
    "Themes": QT_TRANSLATE_NOOP("unit", "个"),
    "Items": QT_TRANSLATE_NOOP("unit", "个"),  # after a label that says what: 项目：96个
}


def counted(value: Decimal | int, unit: str = "") -> str:
    """A count; in Chinese with what it counts after it (``382个项目``, ``3100人``)."""
    return count(value) + (UNITS[unit] if unit in UNITS and chinese() else "")


def not_given() -> str:
    return translate("summary", NOT_GIVEN)


def language_name(code: str) -> str:
    return translate("language", LANGUAGES[code]) if code in LANGUAGES else code


def long_date(value: datetime.date) -> str:
    """``3 September 2023`` (the same whatever the process locale: ``%B`` follows LC_TIME),
    or as the reader's locale writes it (``2023年9月3日``)."""
    return date_in_language(value) or f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def date_range(first: datetime.date, last: datetime.date) -> str:
    """``8 May 2025 to 10 May 2025``; in Chinese without what the start already says:
    2025年5月8日至10日, 2024年6月15日至7月2日."""
    end = long_date(last)
    if chinese() and date_in_language(first) is not None:
        if (first.year, first.month) == (last.year, last.month):
            end = f"{last.day}日"
        elif first.year == last.year:
            end = f"{last.month}月{last.day}日"
    return translate("summary", "{first} to {last}").format(first=long_date(first), last=end)


def as_of_date(figure: Figure) -> str:
    """The day a figure held, as precisely as its source dates it: ``30 June 2024``, ``the
    end of June 2024`` (2024年6月底), ``June 2024``; and whether we inferred its year."""
    day = figure.as_of
    if day is None:
        return ""
    month = date_in_language(day) and f"{day.year}年{day.month}月"  # Chinese: 2024年6月
    month = month or f"{MONTHS[day.month - 1]} {day.year}"
    if figure.as_of_precision == "month_end":
        said = translate("summary", "the end of {month}").format(month=month)
    elif figure.as_of_precision == "month":
        said = month
    else:
        said = long_date(day)
    if figure.as_of_year_inferred:
        said = translate("summary", "{date} (the year inferred)").format(date=said)
    return said


def currency_label(code: str) -> str:
    return CURRENCY_LABELS.get(code, code)


def count(value: Decimal | int) -> str:
    """``3,100``; in Chinese ungrouped, as Chinese text writes counts: ``3100``."""
    return str(int(value)) if chinese() else f"{int(value):,}"


# What follows 亿 in a Chinese amount: 3966亿元, 2129亿美元. A currency not named here keeps
# its code (亿CHF): never 元 for a currency that is not the yuan.
CHINESE_CURRENCIES = {"RMB": "元", "USD": "美元", "EUR": "欧元", "HKD": "港元", "JPY": "日元"}


def yi_of(currency: str) -> str | None:
    """In Chinese, the unit after 亿 that amounts in ``currency`` are written in (元, 美元…);
    None in English, which writes billions."""
    return CHINESE_CURRENCIES.get(currency, currency) if chinese() else None


def money(value: Decimal, currency: str, places: int | None = None) -> str:
    """``RMB 396.6 bn``; in Chinese, as the Chinese sources write it: ``3966亿元`` (and a USD
    figure ``3966亿美元``)."""
    unit = yi_of(currency)
    if unit is not None:
        yi = value * 10  # 1亿 = 0.1 bn
        shown = str(rounded(yi, max(places - 1, 0))) if places is not None else plain(yi)
        return f"{shown}亿{unit}"
    shown = str(rounded(value, places)) if places is not None else plain(value)
    return f"{currency} {shown} bn"


def amount_unit(currency: str) -> str:
    """The unit amounts are shown in: ``亿元`` (``亿美元``…) in Chinese, the figures then ten
    times larger, else ``{currency} bn``."""
    unit = yi_of(currency)
    return f"亿{unit}" if unit is not None else f"{currency} bn"


def formula_text(formula: Formula, currency: str = "RMB") -> str:
    """``396.6 − 100.8 − 82.9`` / ``3966 − 1008 − 829``: a formula in the reader's words, its
    amounts in the unit the figures are shown in (bn, or 亿元 in Chinese)."""
    yi = yi_of(currency) is not None
    shown = [
        plain(t.value * 10 if yi else t.value) if t.amount else _number(t.value)
        for t in formula.terms
    ]
    return translate("formula", formula.words).format(*shown)


def _number(value: Decimal) -> str:
    """A count as the figures show it (``1,000``); any other number plainly."""
    return count(value) if value == value.to_integral_value() else plain(value)


def join_words(items: list[str] | tuple[str, ...], last: str = "and") -> str:
    """``a, b and c`` — in Chinese ``a、b、c`` (a list takes the enumeration comma)."""
    if len(items) <= 1 or chinese():
        return "、".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def percent(value: Decimal, places: int = 1) -> str:
    return f"{rounded(value, places)}%"


def tier_label(tier: TierFigures | ItemTier, currency: str = "RMB") -> str:
    lower, upper = tier.lower, tier.upper
    if lower is None and upper is None:
        return translate("summary", "Other projects")
    # 100亿元以上, 50亿～100亿元 (GB/T 15834), 不足50亿元: 以下 would take in 50亿元 itself
    unit = yi_of(currency)
    if unit is not None:
        if upper is None:
            return f"{plain((lower or Decimal(0)) * 10)}亿{unit}以上"
        if not lower:
            return f"不足{plain(upper * 10)}亿{unit}"
        return f"{plain(lower * 10)}亿～{plain(upper * 10)}亿{unit}"
    if upper is None:
        return f"≥ {currency} {plain(lower or Decimal(0))} bn"
    if not lower:
        return f"< {currency} {plain(upper)} bn"
    return f"{currency} {plain(lower)}–{plain(upper)} bn"


def source_name(source: Source) -> str:
    """What a citation calls a source: its short name, its outlet or the site read, and the
    original outlet of a repost (``sgzy.1633.com, repost of 人民网``)."""
    name = _name(source, source.id)
    if source.original_outlet:
        return f"{name}{comma()}{carried(source)}"
    return name


CARRIES = {
    "repost": QT_TRANSLATE_NOOP("summary", "repost of {outlet}"),
    "translation": QT_TRANSLATE_NOOP("summary", "translation of {outlet}"),
    "mirror": QT_TRANSLATE_NOOP("summary", "mirror of {outlet}"),
}


def carried(source: Source) -> str:
    """``repost of 人民网`` / ``translation of hunan.gov.cn; Xinhua``: what the page carries."""
    said = translate("summary", CARRIES[source.carries])
    return said.format(outlet=source.original_outlet or "")


def locator(ref: Ref) -> str:
    """``paragraph 3`` or the verbatim quote in quotation marks."""
    if ref.paragraph is not None:
        return translate("summary", "paragraph {n}").format(n=ref.paragraph)
    return f"“{ref.quote}”"


def citation(source: Source, ref: Ref) -> str:
    """A plain-text citation, what a reader pastes into a report: the page read, the outlet it
    reposts, its date and language, the address, and where on the page the figure is."""
    said = translate("summary", "{source}. Locator: {locator}.")
    return said.format(source=source_line(source), locator=locator(ref))


def site(url: str | None) -> str:
    """The host of an address (``www.hkcd.com``), or an empty string."""
    if not url:
        return ""
    return url.split("://", 1)[-1].split("/", 1)[0]


def cite(ref: Ref, sources: Sequence[Source]) -> str:
    """``TDI, paragraph 3`` or ``工人日报: “活动签约项目382个”`` — the source and the locator."""
    source = next((s for s in sources if s.id == ref.source), None)
    name = source_name(source) if source else ref.source
    if ref.paragraph is not None:
        return f"{name}{comma()}{locator(ref)}"
    return f"{lead(name)}“{ref.quote}”"


class Provenance(msgspec.Struct, frozen=True):
    """Where a shown figure or fact comes from: a citation for a stated one, the formula and
    its inputs for a derived one, neither when the source does not give it."""

    citation: str = ""  # "TDI, paragraph 12"
    formula: str = ""  # how eventviewer computed a derived figure
    inputs: str = ""  # the paragraphs the formula's figures are stated in
    source: str = ""  # the source in full: publication, title, dateline, address
    brief: str = ""  # the sources by name, for a card or a cell: "工人日报; TDI, paragraph 2"
    ids: tuple[str, ...] = ()  # the ids of the sources it rests on, for footnote numbers
    refs: tuple[Ref, ...] = ()  # each source's locator (a derived figure: its inputs')

    @property
    def derived(self) -> bool:
        return bool(self.formula)

    @property
    def given(self) -> bool:
        return bool(self.citation or self.formula)

    @property
    def short(self) -> str:
        """``derived``, the citation, or an empty string: for a line of text."""
        return translate("summary", "derived") if self.derived else self.citation

    @property
    def named(self) -> str:
        """``derived``, the sources by name, or an empty string: for a card or a cell."""
        return translate("summary", "derived") if self.derived else (self.brief or self.citation)

    @property
    def derivation(self) -> str:
        """The formula and where its figures are stated, for a derived figure."""
        if not self.inputs:
            return self.formula
        return translate("summary", "{formula} — from {inputs}").format(
            formula=self.formula, inputs=self.inputs
        )

    def describe(self) -> str:
        """The full sentence, for a tooltip."""
        if self.derived:
            return translate("summary", "Derived by eventviewer: {how}").format(how=self.derivation)
        if self.citation:
            said = translate("summary", "Stated: {where}").format(where=self.citation)
            if self.source:
                said += "\n" + translate("summary", "Source: {source}").format(source=self.source)
            return said
        return not_given().capitalize()


def stated(refs: Sequence[Ref] | Ref | None, sources: Sequence[Source]) -> Provenance:
    """The provenance of a fact stated at ``refs`` (none when there are none)."""
    if refs is None:
        return Provenance()
    refs = (refs,) if isinstance(refs, Ref) else tuple(refs)
    if not refs:
        return Provenance()
    ids = dict.fromkeys(r.source for r in refs)
    lines = [source_line(s) for i in ids for s in sources if s.id == i]
    by_id = {s.id: s for s in sources}
    names = dict.fromkeys(
        cite(r, sources) if r.paragraph is not None else _name(by_id.get(r.source), r.source)
        for r in refs
    )
    return Provenance(
        citation=semicolon().join(cite(r, sources) for r in refs),
        source="\n".join(lines),
        brief=semicolon().join(names),
        ids=tuple(ids),
        refs=refs,
    )


def _name(source: Source | None, fallback: str) -> str:
    """A source's shortest name: ``TDI``, ``工人日报``, ``wanpiaopiao.cn``."""
    if source is None:
        return fallback
    return source.short_name or source.outlet or site(source.url) or source.id


def source_line(source: Source) -> str:
    """``The Diplomatic Insight (TDI), dateline Kunming, 5 September 2023, https://…``: the
    page read, the outlet it reposts, its date and language, its address."""
    outlet = source.outlet or site(source.url) or source.id
    parts = [outlet + (bracketed(source.short_name) if source.short_name else "")]
    if source.original_outlet:
        parts.append(carried(source))
    if source.title:
        parts.append(f"“{source.title}”")
    place_date = (
        place_name(source.dateline_place) if source.dateline_place else None,
        long_date(source.dateline_date) if source.dateline_date else None,
    )
    dateline = comma().join(p for p in place_date if p)
    if dateline:
        parts.append(translate("summary", "dateline {dateline}").format(dateline=dateline))
    if source.published:
        published = long_date(source.published)
        parts.append(translate("summary", "published {date}").format(date=published))
    if source.language:
        language = language_name(source.language)
        parts.append(translate("summary", "in {language}").format(language=language))
    if source.url:
        parts.append(source.url)
    return comma().join(parts)


def provenance(figure: Figure, sources: list[Source], currency: str = "RMB") -> Provenance:
    """Where a figure comes from: the stated source, or the formula (amounts in ``currency``)
    and its inputs."""
    if figure.refs:
        return stated(figure.refs, sources)
    return Provenance(
        formula=formula_text(figure.formula, currency) if figure.formula else "",
        inputs=_inputs(figure.inputs, sources),
        ids=tuple(dict.fromkeys(r.source for r in figure.inputs)),
        refs=figure.inputs,
    )


def _inputs(refs: Sequence[Ref], sources: Sequence[Source]) -> str:
    """``TDI paragraphs 2, 3`` for paragraph locators; quoted locators are cited one by one."""
    paragraphs = sorted({r.paragraph for r in refs if r.paragraph is not None})
    by_id = {s.id: s for s in sources}
    names = sorted(
        {
            source_name(by_id[r.source]) if r.source in by_id else r.source
            for r in refs
            if r.paragraph is not None
        }
    )
    parts = []
    if paragraphs:
        words = PARAGRAPHS if len(paragraphs) > 1 else PARAGRAPH
        numbers = ("、" if chinese() else ", ").join(map(str, paragraphs))
        parts.append(translate("summary", words).format(names=comma().join(names), n=numbers))
    # a quoted figure is named here; its quote is its own
    parts += dict.fromkeys(_name(by_id.get(r.source), r.source) for r in refs if r.quote)
    return semicolon().join(parts)
