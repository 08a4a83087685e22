"""Refusing control characters and bidirectional overrides/isolates in names and texts.

The rule of each ``Name``/``Text`` field is its published JSON Schema pattern. Checking every
decoded string would cost more than decoding the file, so the raw bytes are looked at first:
such a character can reach a decoded string only through a backslash escape or as one of a few
literal UTF-8 sequences.
"""

from __future__ import annotations

import functools
import re
import types
import typing

import msgspec

from .errors import Problem, Problems
from .i18n import QT_TRANSLATE_NOOP, translate
from .schema import FORBIDDEN_IN

FORBIDDEN_MESSAGE = QT_TRANSLATE_NOOP(
    "loader", "contains control characters, or invisible or bidirectional-override characters"
)

# The UTF-8 forms of the forbidden characters that JSON allows literally: DEL (7F), C1 controls
# (C2 80-9F), ALM (D8 9C), the zero-width space, non-joiner and joiner (E2 80 8B-8D), LRM and
# RLM (E2 80 8E-8F), the line and paragraph separators and the bidi embeddings and overrides
# (E2 80 A8-AE), the word joiner (E2 81 A0), the isolates (E2 81 A6-A9), the byte-order mark
# (EF BB BF) and the tag characters (F3 A0 80 80 - F3 A0 81 BF). Literal C0 controls are not
# valid JSON at all.
_LITERAL_SUSPECTS = re.compile(
    rb"\x7f|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8b-\x8f\xa8-\xae]|\xe2\x81[\xa0\xa6-\xa9]"
    rb"|\xef\xbb\xbf|\xf3\xa0[\x80\x81]"
)
_LEAD_BYTES = (b"\x7f", b"\xc2", b"\xd8", b"\xe2", b"\xef", b"\xf3")
# The escapes that can write one of them: \b \f \n \r \t, \u0000-\u001f, \u007f-\u009f,
# \u061c, \u200b-\u200f, \u2028-\u202e, \u2060, \u2066-\u2069, \ufeff and \udb40 (the high
# half of a tag character). A match may be an escaped backslash followed by such letters: that
# only costs a walk.
_ESCAPED_SUSPECTS = re.compile(
    rb"\\(?:[bfnrt]|u00[01]|u007f|u00[89]|u061c|u200[b-f]|u202[89a-e]|u206[06-9]|ufeff|udb40)",
    re.IGNORECASE,
)


def forbidden_character_problems(data: bytes, event: msgspec.Struct) -> Problems:
    """Every name or text of ``event`` that holds a forbidden character, by JSON path."""
    out = Problems()
    if not may_hold_forbidden(data):
        return out
    _walk(event, "$", out)
    return out


def may_hold_forbidden(data: bytes) -> bool:
    """False when no decoded string can hold a forbidden character. The one-byte membership
    tests are memchr scans; the pattern runs only if a possible lead byte is there."""
    if b"\\" in data and _ESCAPED_SUSPECTS.search(data):
        return True
    leads = any(lead in data for lead in _LEAD_BYTES)
    return leads and _LITERAL_SUSPECTS.search(data) is not None


def forbidden_in(tp: object, text: str) -> bool:
    """Whether ``text`` breaks the character rule of the field type ``tp`` (if it has one)."""
    rule = _string_rule(tp)
    return rule is not None and rule.search(text) is not None


def _walk(value: msgspec.Struct, path: str, out: list[Problem]) -> None:
    for name, encode_name, rule in _plan(type(value)):
        child = getattr(value, name)
        where = f"{path}.{encode_name}"
        if isinstance(child, str):
            if rule is not None and rule.search(child):
                out.append(Problem(where, translate("loader", FORBIDDEN_MESSAGE)))
        elif isinstance(child, msgspec.Struct):
            _walk(child, where, out)
        elif isinstance(child, list):
            for i, item in enumerate(child):
                if isinstance(item, msgspec.Struct):
                    _walk(item, f"{where}[{i}]", out)
                elif isinstance(item, str) and rule is not None and rule.search(item):
                    out.append(Problem(f"{where}[{i}]", translate("loader", FORBIDDEN_MESSAGE)))


@functools.cache
def _plan(tp: type[msgspec.Struct]) -> tuple[tuple[str, str, re.Pattern[str] | None], ...]:
    """Each field of a Struct type with the character rule of its strings (or list items)."""
    return tuple(
        (f.name, f.encode_name, _string_rule(_list_item_type(f.type) or f.type))
        for f in msgspec.structs.fields(tp)
    )


def _string_rule(tp: object) -> re.Pattern[str] | None:
    """The forbidden-character rule of a Name or Text annotation, from its published pattern."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        # A Struct in the union (a name in both languages) is walked for rules of its own.
        strings = [
            a
            for a in typing.get_args(tp)
            if a is not type(None) and not (isinstance(a, type) and issubclass(a, msgspec.Struct))
        ]
        rules = [_string_rule(a) for a in strings]
        return rules[0] if len(rules) == 1 else None
    if typing.get_origin(tp) is typing.Annotated:
        for meta in typing.get_args(tp)[1:]:
            extra = getattr(meta, "extra_json_schema", None) or {}
            rule = FORBIDDEN_IN.get(extra.get("pattern", ""))
            if rule is not None:
                return rule
    return None


def _list_item_type(tp: object) -> object:
    """The item type of ``list[...]`` inside Optional/Annotated wrappers, or None."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        elif origin is list:
            return typing.get_args(tp)[0]
        else:
            return None
