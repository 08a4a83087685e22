"""Our words and names in the reader's language.

A description of ours is written in English and in Chinese (:class:`~.schema.Words`); a name
may be quoted in both (:class:`~.schema.NameWords`). A file may give either as a plain string,
in English only: that is what a reader of either language then sees.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from .formatting import TRANSLATION_MARK, join_words
from .i18n import chinese, translate
from .schema import NameWords, TextFact, Translation, Variant, Words


def ours(text: str) -> str:
    """``text (our translation)`` / ``text（本应用译文）``."""
    mark = translate("summary", TRANSLATION_MARK)
    return translate("summary", "{text} ({ours})").format(text=text, ours=mark)


def said(text: str | Words | NameWords) -> str:
    """``text`` in the reader's language: the Chinese of a name translated by us says so."""
    if isinstance(text, str):
        return text
    if not chinese():
        return text.en
    return ours(text.zh) if isinstance(text, NameWords) and text.zh_translated else text.zh


def said_all(texts: list[str | NameWords]) -> list[str]:
    """Each of a list of names in the reader's language (our translations unmarked: the list
    says so once, with :func:`translated_mark`)."""
    return [t if isinstance(t, str) else (t.zh if chinese() else t.en) for t in texts]


def translated_mark(texts: list[str | NameWords]) -> str:
    """``（本应用译文）`` after a list of names, when a Chinese reader reads one of ours."""
    translated = any(isinstance(t, NameWords) and t.zh_translated for t in texts)
    return ours("") if translated and chinese() else ""


def said_list(names: list[str | NameWords]) -> str:
    """Names as a list in the reader's language (``a, b and c`` / ``a、b、c``), said once to be
    our translation where one of them is."""
    return join_words(said_all(names)) + translated_mark(names)


def english(text: str | Words | NameWords) -> str:
    """The English of ``text``: what an English source's paragraph or quote holds."""
    return text if isinstance(text, str) else text.en


def chosen(fact: TextFact) -> TextFact | Variant | Translation:
    """What of a name or slogan the reader reads: the quote in the reader's language, else our
    translation into it, else the quote as the source writes it."""
    want = "zh" if chinese() else "en"
    if fact.lang is None or fact.lang.startswith(want):
        return fact
    for variant in fact.variants:
        if variant.lang.startswith(want):
            return variant
    t = fact.translation
    return t if t is not None and t.lang.startswith(want) else fact


def in_reader_language(fact: TextFact, quote: str = "{text}") -> str:
    """The name or slogan as :func:`chosen` picks it (in ``quote``: “{text}” for a slogan);
    our translation, and a traditional original shown to a Chinese reader, say so after it."""
    choice = chosen(fact)
    shown = quote.format(text=said(choice.value))
    if isinstance(choice, Translation):
        return ours(shown)
    if chinese() and isinstance(choice, TextFact | Variant) and choice.lang == "zh-Hant":
        return translate("summary", "{text} (traditional original)").format(text=shown)
    return shown


@functools.cache
def _to_simplified() -> Callable[[str], str]:
    """OpenCC's Traditional-to-Simplified converter (its phrase tables, not a character map:
    發展 → 发展, 乾 stays 乾 where it is not 干). Loaded on first use: only a Chinese reader of
    a traditional quote needs it."""
    import opencc

    converter = opencc.OpenCC("t2s")
    return lambda text: str(converter.convert(text))


def simplified(text: str) -> str:
    """``text``, in traditional characters, converted to simplified ones by OpenCC — a
    conversion of ours, which every rendering marks as such."""
    return _to_simplified()(text)
