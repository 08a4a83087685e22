"""The reader's language in the Qt-free core: words through Qt Linguist, numbers and dates by
the conventions of the language.

The core marks its words with :func:`translate` (context, English text), which Qt's ``lupdate``
finds, and renders English until the Qt layer hands it a translator and a date format with
:func:`use` (``QCoreApplication.translate`` and ``QLocale``). Amounts in Chinese are written
as the Chinese sources write them, in 亿元 (RMB 396.6 bn → 3966亿元).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

Translator = Callable[[str, str], str]
DateFormat = Callable[[datetime.date], str]


class _State:
    language = "en"
    translator: Translator | None = None
    date_format: DateFormat | None = None


def use(language: str, translator: Translator | None, date_format: DateFormat | None) -> None:
    """Render in ``language`` ("zh" or "en") from now on."""
    _State.language = language
    _State.translator = translator if language != "en" else None
    _State.date_format = date_format if language != "en" else None


def chinese() -> bool:
    return _State.language == "zh"


def lead(label: str) -> str:
    """A label before its text: ``Projects: `` — in Chinese with a full-width colon and no
    space: ``项目：``."""
    return f"{label}：" if chinese() else f"{label}: "


def semicolon() -> str:
    """Between items that hold commas of their own (citations): ``; `` / ``；``."""
    return "；" if chinese() else "; "


def comma() -> str:
    """Between the parts of a phrase (a source's outlet, date, address): ``, `` / ``，``."""
    return "，" if chinese() else ", "


def bracketed(text: str) -> str:
    """`` (text)`` after what it qualifies — in Chinese ``（text）``, with no space."""
    return f"（{text}）" if chinese() else f" ({text})"


def full_stop() -> str:
    """After a sentence that another follows: ``. `` / ``。``."""
    return "。" if chinese() else ". "


def dash() -> str:
    """Between a figure and what it counts: `` — `` / ``——`` (a Chinese dash takes two
    characters' room and no spaces)."""
    return "——" if chinese() else " — "


def labelled(label: str, text: str) -> str:
    """``Projects: 96`` / ``项目：96``."""
    return lead(label) + text


def translate(context: str, text: str) -> str:
    """``text`` in the reader's language (English when there is no translation)."""
    translator = _State.translator
    return translator(context, text) if translator is not None else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; translated where it is shown."""
    return text


def date_in_language(value: datetime.date) -> str | None:
    """The date as the reader's locale writes it, or None for the core's English format."""
    fmt = _State.date_format
    return fmt(value) if fmt is not None else None
