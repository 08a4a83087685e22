"""Bytes to a typed :class:`Event`, or every schema problem located.

UTF-8 only (a UTF-8 byte-order mark is ignored, UTF-16/32 refused); syntax errors are located
by ``line:column``, content errors by JSON path, in a user's words.
"""

from __future__ import annotations

import re
import types
import typing

import msgspec

from . import schema_v1
from .characters import FORBIDDEN_MESSAGE, forbidden_in
from .errors import MAX_PROBLEMS, EventFileError, Problem
from .i18n import QT_TRANSLATE_NOOP, translate
from .schema import ITEMIZED, MAX_SCHEMA_VERSION, SCHEMA_VERSION, Event

MAX_DEPTH = 64

_UTF16_32_BOMS = (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"


AnyEvent = Event | schema_v1.Event
MODELS: dict[int, type[AnyEvent]] = {1: schema_v1.Event, SCHEMA_VERSION: Event}


class _Version(msgspec.Struct):
    schema_version: object = None


def decode_event(data: bytes, file: str) -> AnyEvent:
    """The event in ``data`` (BOM already stripped) as its version's model, or
    :class:`EventFileError` with every problem located against that version's fields."""
    if not data.strip():
        raise EventFileError(
            file, [Problem("1:1", translate("loader", "file is empty; expected a JSON object"))]
        )
    try:
        return msgspec.json.decode(data, type=Event)
    except msgspec.ValidationError as exc:  # a subclass of DecodeError: catch it first
        first_message = str(exc)
    except msgspec.DecodeError as exc:
        raise EventFileError(file, [_syntax_problem(data, str(exc))]) from None
    except RecursionError:
        raise EventFileError(file, [_depth_problem(data)]) from None
    try:  # an older version, most likely: its model says whether the file is valid
        return msgspec.json.decode(data, type=schema_v1.Event)
    except msgspec.ValidationError:
        pass
    except msgspec.DecodeError as exc:  # the syntax error the first decoding did not reach
        raise EventFileError(file, [_syntax_problem(data, str(exc))]) from None
    except RecursionError:
        raise EventFileError(file, [_depth_problem(data)]) from None
    version = _stated_version(data)
    if type(version) is int and version in MODELS:
        model = MODELS[version]
        try:
            msgspec.json.decode(data, type=model)
        except msgspec.ValidationError as exc:
            first_message = str(exc)
        raise EventFileError(file, _structural_problems(data, first_message, model))
    # No version this eventviewer reads: located against whichever model fits the file better.
    found = [_structural_problems(data, first_message, m) for m in MODELS.values()]
    raise EventFileError(file, min(found, key=len))


def _stated_version(data: bytes) -> object:
    """The file's ``schema_version`` as written (None when there is none to read)."""
    try:
        return msgspec.json.decode(data, type=_Version).schema_version
    except (msgspec.DecodeError, RecursionError):
        return None


def strip_utf8_bom(data: bytes, file: str) -> bytes:
    """``data`` without a UTF-8 byte-order mark; UTF-16/UTF-32 is refused."""
    if data.startswith(_UTF8_BOM):
        return data[len(_UTF8_BOM) :]
    for bom in _UTF16_32_BOMS:
        if data.startswith(bom):
            _refuse_encoding(file, translate("loader", "has a UTF-16/UTF-32 byte-order mark"))
    if len(data) >= 2 and (data[0] == 0 or data[1] == 0):
        _refuse_encoding(file, translate("loader", "looks like UTF-16/UTF-32 (NUL bytes)"))
    return data


def _refuse_encoding(file: str, why: str) -> typing.NoReturn:
    said = translate("loader", "file {why}; event files must be UTF-8").format(why=why)
    raise EventFileError(file, [Problem("1:1", said)])


def position(data: bytes, offset: int) -> str:
    """``line:column`` (1-based, column in characters) of a byte offset."""
    offset = max(0, min(offset, len(data)))
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return f"{line}:{column}"


def _syntax_problem(data: bytes, message: str) -> Problem:
    if "UTF-8" in message:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return Problem(
                position(data, exc.start), translate("loader", "invalid UTF-8 byte sequence")
            )
        return Problem("", translate("loader", "invalid UTF-8 byte sequence"))
    if "truncated" in message:
        return Problem(
            position(data, len(data)), translate("loader", "unexpected end of file (truncated?)")
        )
    match = re.search(r"\(byte (\d+)\)", message)
    reason = message.removeprefix("JSON is malformed: ")
    reason = re.sub(r"\s*\(byte \d+\)", "", reason)
    if not match:
        return Problem("", translate("loader", "not valid JSON: {reason}").format(reason=reason))
    offset = int(match.group(1))
    if reason == "invalid character" and data[offset : offset + 3] in (b"NaN", b"Inf", b"-In"):
        reason = translate("loader", "NaN and Infinity are not JSON numbers")
    return Problem(
        position(data, offset),
        translate("loader", "not valid JSON: {reason}").format(reason=reason),
    )


def _depth_problem(data: bytes) -> Problem:
    """Locate where nesting first exceeds :data:`MAX_DEPTH` (strings skipped)."""
    depth, in_string, escaped = 0, False, False
    for i, byte in enumerate(data):
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > MAX_DEPTH:
                return Problem(position(data, i), _too_deep())
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return Problem("", _too_deep())


def _too_deep() -> str:
    return translate("loader", "nested deeper than {n} levels").format(n=MAX_DEPTH)


def _newer_problem(version: int) -> Problem:
    return Problem(
        "$.schema_version",
        translate(
            "loader",
            "made for a newer eventviewer (schema version {version}; this version reads up "
            "to {read}) — please update eventviewer",
        ).format(version=version, read=SCHEMA_VERSION),
    )


def _structural_problems(data: bytes, first_message: str, model: type[AnyEvent]) -> list[Problem]:
    """The slow path, taken only for invalid files: collect every problem, not just the first.

    Each top-level section is decoded on its own; only a section that fails is looked at
    further, value by value, except an itemized list, which reports its first problem.
    """
    try:
        found = _section_problems(data, first_message, model)
    except (msgspec.DecodeError, RecursionError):  # not an object at the top, bad syntax inside
        found = _walk_untyped(data, first_message, model)
    return [_versions_named(p) for p in found]


def _versions_named(problem: Problem) -> Problem:
    """A schema version that does not exist, said so (the model knows only its own)."""
    if problem.location == "$.schema_version" and "allowed values" in problem.message:
        read = " and ".join(map(str, MODELS))
        value = problem.message.rpartition(": ")[2]
        said = translate("loader", "no schema version {value}: eventviewer reads {read}")
        return Problem(problem.location, said.format(value=value, read=read))
    return problem


def _section_problems(data: bytes, first_message: str, model: type[AnyEvent]) -> list[Problem]:
    fields = {f.encode_name: f for f in msgspec.structs.fields(model)}
    sections = msgspec.json.decode(data, type=dict[str, msgspec.Raw])
    try:
        version = _decoded(sections.get("schema_version"))
    except msgspec.ValidationError:
        version = None
    if type(version) is int and SCHEMA_VERSION < version <= MAX_SCHEMA_VERSION:
        return [_newer_problem(version)]
    out: list[Problem] = []
    for key, unknown in sections.items():
        if key not in fields:
            _decoded(unknown)  # its syntax and encoding are checked all the same
            out.append(Problem("$", _unknown(key)))
    for name, field in fields.items():
        raw = sections.get(name)
        if raw is None:
            if field.required:
                out.append(Problem("$", _missing(name)))
            continue
        try:
            msgspec.json.decode(raw, type=field.type)
        except msgspec.ValidationError as exc:
            if name in ITEMIZED:  # millions of records, maybe: the first problem says enough
                note = translate("loader", " (the list is checked up to here)")
                out.append(_first_in(str(exc), f"$.{name}", note))
                continue
            try:
                _walk(_decoded(raw), field.type, f"$.{name}", out)
            except msgspec.ValidationError:  # e.g. 1e400: not representable untyped either
                out.append(_first_in(str(exc), f"$.{name}"))
    return out[:MAX_PROBLEMS] or [_first_problem(first_message)]


def _decoded(raw: msgspec.Raw | None) -> object:
    """A top-level section as plain Python values (None when absent)."""
    return None if raw is None else msgspec.json.decode(raw)


def _first_in(message: str, path: str, note: str = "") -> Problem:
    """The typed decoder's first problem in the section at ``path``."""
    problem = _first_problem(message)
    return Problem(path + problem.location.removeprefix("$"), problem.message + note)


def _walk_untyped(data: bytes, first_message: str, model: type[AnyEvent]) -> list[Problem]:
    """The whole file as plain Python values, walked against the model."""
    try:
        raw = msgspec.json.decode(data)
    except RecursionError:
        return [_depth_problem(data)]
    except msgspec.ValidationError:  # e.g. 1e400: not representable untyped either
        return [_first_problem(first_message)]
    except msgspec.DecodeError as exc:  # typed decoding stopped before the syntax error
        return [_syntax_problem(data, str(exc))]
    out: list[Problem] = []
    _walk(raw, model, "$", out)
    return out[:MAX_PROBLEMS] or [_first_problem(first_message)]


def _first_problem(message: str) -> Problem:
    """The typed decoder's own message, located by its JSON path."""
    text, _, where = message.partition(" - at `")
    return Problem(where.rstrip("`") or "$", _humane(text))


_JSON_TYPE = {dict: "object", list: "array", str: "str", int: "int", float: "float", bool: "bool"}


def _json_type(value: object) -> str:
    return "null" if value is None else _JSON_TYPE.get(type(value), type(value).__name__)


_TYPE_WORDS = {
    "int": QT_TRANSLATE_NOOP("loader", "a whole number"),
    "float": QT_TRANSLATE_NOOP("loader", "a number"),
    "str": QT_TRANSLATE_NOOP("loader", "text"),
    "bool": QT_TRANSLATE_NOOP("loader", "true or false"),
    "object": QT_TRANSLATE_NOOP("loader", "an object"),
    "array": QT_TRANSLATE_NOOP("loader", "an array"),
    "null": "null",
    "date": QT_TRANSLATE_NOOP("loader", "a date"),
}


def _words(name: str) -> str:
    return translate("loader", _TYPE_WORDS[name]) if name in _TYPE_WORDS else f"`{name}`"


def _unknown(key: str) -> str:
    return translate("loader", "unknown field `{key}`").format(key=key)


def _missing(name: str) -> str:
    return translate("loader", "missing required field `{name}`").format(name=name)


PATTERN_MEANINGS = {
    "^[A-Z]{3}$": QT_TRANSLATE_NOOP("loader", "expected a three-letter currency code such as CNY")
}


def _humane(message: str) -> str:
    """msgspec's messages in a user's words ("expected a number, got text")."""
    pattern = re.fullmatch(r"Expected `str` matching regex '(.*)'", message)
    if pattern:
        if pattern[1] in PATTERN_MEANINGS:
            return translate("loader", PATTERN_MEANINGS[pattern[1]])
        return translate("loader", "expected text matching {pattern}").format(pattern=pattern[1])
    if message.startswith("Invalid enum value"):
        values = message.removeprefix("Invalid enum value").strip()
        return translate("loader", "not one of the allowed values: {value}").format(value=values)
    if message.startswith("Invalid RFC3339 encoded date"):
        return translate("loader", "expected a date written as YYYY-MM-DD")
    if message == "Number out of range":
        return translate("loader", "number out of range")
    field = re.fullmatch(r"Object (missing required|contains unknown) field `(.*)`", message)
    if field:
        return _missing(field[2]) if field[1] == "missing required" else _unknown(field[2])
    match = re.fullmatch(r"Expected `([\w | ]+)`(.*)", message)
    if match:
        what = translate("loader", " or ").join(_words(w.strip()) for w in match[1].split("|"))
        got = translate("loader", ", got {what}")
        rest = re.sub(r", got `(\w+)`", lambda g: got.format(what=_words(g[1])), match[2])
        expected = translate("loader", "expected {what}").format(what=what)
        return expected + rest.replace(">=", "≥").replace("<=", "≤")
    return message[:1].lower() + message[1:]


def _expected(what: str, value: object) -> str:
    """``expected an array, got text``."""
    expected = translate("loader", "expected {what}").format(what=translate("loader", what))
    return expected + translate("loader", ", got {what}").format(what=_words(_json_type(value)))


def _walk(value: object, tp: object, path: str, out: list[Problem]) -> None:
    if len(out) >= MAX_PROBLEMS:
        return
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        inner, *metas = typing.get_args(tp)
        if typing.get_origin(inner) is list and isinstance(value, list):
            for meta in metas:
                if isinstance(meta, msgspec.Meta):
                    if meta.max_length is not None and len(value) > meta.max_length:
                        n = f"{meta.max_length:,}"
                        said = translate("loader", "more than {n} items").format(n=n)
                        out.append(Problem(path, said))
                        return
                    if meta.min_length is not None and len(value) < meta.min_length:
                        said = translate("loader", "needs at least {n} item(s)")
                        out.append(Problem(path, said.format(n=meta.min_length)))
            _walk(value, inner, path, out)
            return
    elif origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            _walk(value, rest[0], path, out)
            return
    elif origin is list:
        if not isinstance(value, list):
            out.append(Problem(path, _expected(QT_TRANSLATE_NOOP("loader", "an array"), value)))
            return
        (item_tp,) = typing.get_args(tp)
        for i, item in enumerate(value):
            _walk(item, item_tp, f"{path}[{i}]", out)
        return
    elif isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        _walk_struct(value, tp, path, out)
        return
    try:
        msgspec.convert(value, tp)
    except msgspec.ValidationError as exc:
        message, _, where = str(exc).partition(" - at `")
        sub = where.rstrip("`").removeprefix("$")
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            said = translate("loader", "there is no such date as {value}").format(value=value)
            out.append(Problem(path + sub, said))
        else:
            out.append(Problem(path + sub, _humane(message)))
        return
    if isinstance(value, str) and forbidden_in(tp, value):
        out.append(Problem(path, translate("loader", FORBIDDEN_MESSAGE)))


def _walk_struct(value: object, tp: type[msgspec.Struct], path: str, out: list[Problem]) -> None:
    if not isinstance(value, dict):
        out.append(Problem(path, _expected(QT_TRANSLATE_NOOP("loader", "an object"), value)))
        return
    fields = msgspec.structs.fields(tp)
    names = {f.encode_name for f in fields}
    for key in value:
        if key not in names:
            out.append(Problem(path, _unknown(key)))
    for f in fields:
        if f.encode_name in value:
            _walk(value[f.encode_name], f.type, f"{path}.{f.encode_name}", out)
        elif f.required:
            out.append(Problem(path, _missing(f.encode_name)))
