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
        raise EventFileError(file, [Problem("1:1", "file is empty; expected a JSON object")])
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
            _refuse_encoding(file, "has a UTF-16/UTF-32 byte-order mark")
    if len(data) >= 2 and (data[0] == 0 or data[1] == 0):
        _refuse_encoding(file, "looks like UTF-16/UTF-32 (NUL bytes)")
    return data


def _refuse_encoding(file: str, why: str) -> typing.NoReturn:
    raise EventFileError(file, [Problem("1:1", f"file {why}; event files must be UTF-8")])


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
            return Problem(position(data, exc.start), "invalid UTF-8 byte sequence")
        return Problem("", "invalid UTF-8 byte sequence")
    if "truncated" in message:
        return Problem(position(data, len(data)), "unexpected end of file (truncated?)")
    match = re.search(r"\(byte (\d+)\)", message)
    reason = message.removeprefix("JSON is malformed: ")
    reason = re.sub(r"\s*\(byte \d+\)", "", reason)
    if not match:
        return Problem("", f"not valid JSON: {reason}")
    offset = int(match.group(1))
    if reason == "invalid character" and data[offset : offset + 3] in (b"NaN", b"Inf", b"-In"):
        reason = "NaN and Infinity are not JSON numbers"
    return Problem(position(data, offset), f"not valid JSON: {reason}")


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
                return Problem(position(data, i), f"nested deeper than {MAX_DEPTH} levels")
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return Problem("", f"nested deeper than {MAX_DEPTH} levels")


def _newer_problem(version: int) -> Problem:
    return Problem(
        "$.schema_version",
        f"made for a newer eventviewer (schema version {version}; "
        f"this version reads up to {SCHEMA_VERSION}) — please update eventviewer",
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
        return Problem(problem.location, f"no schema version {value}: eventviewer reads {read}")
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
            out.append(Problem("$", f"unknown field `{key}`"))
    for name, field in fields.items():
        raw = sections.get(name)
        if raw is None:
            if field.required:
                out.append(Problem("$", f"missing required field `{name}`"))
            continue
        try:
            msgspec.json.decode(raw, type=field.type)
        except msgspec.ValidationError as exc:
            if name in ITEMIZED:  # millions of records, maybe: the first problem says enough
                out.append(_first_in(str(exc), f"$.{name}", " (the list is checked up to here)"))
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
    "int": "a whole number",
    "float": "a number",
    "str": "text",
    "bool": "true or false",
    "object": "an object",
    "array": "an array",
    "null": "null",
    "date": "a date",
}


def _words(name: str) -> str:
    return _TYPE_WORDS.get(name, f"`{name}`")


PATTERN_MEANINGS = {"^[A-Z]{3}$": "expected a three-letter currency code such as CNY"}


def _humane(message: str) -> str:
    """msgspec's messages in a user's words ("expected a number, got text")."""
    pattern = re.fullmatch(r"Expected `str` matching regex '(.*)'", message)
    if pattern:
        return PATTERN_MEANINGS.get(pattern[1], f"expected text matching {pattern[1]}")
    if message.startswith("Invalid enum value"):
        return message.replace("Invalid enum value", "not one of the allowed values:", 1)
    if message.startswith("Invalid RFC3339 encoded date"):
        return "expected a date written as YYYY-MM-DD"
    if message == "Number out of range":
        return "number out of range"
    if message.startswith(("Object missing required field", "Object contains unknown field")):
        return message.removeprefix("Object ").replace("contains unknown", "unknown", 1)
    match = re.fullmatch(r"Expected `([\w | ]+)`(.*)", message)
    if match:
        what = " or ".join(_words(w.strip()) for w in match[1].split("|"))
        rest = re.sub(r", got `(\w+)`", lambda g: f", got {_words(g[1])}", match[2])
        return f"expected {what}{rest.replace('>=', '≥').replace('<=', '≤')}"
    return message[:1].lower() + message[1:]


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
                        out.append(Problem(path, f"more than {meta.max_length:,} items"))
                        return
                    if meta.min_length is not None and len(value) < meta.min_length:
                        out.append(Problem(path, f"needs at least {meta.min_length} item(s)"))
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
            out.append(Problem(path, f"expected an array, got {_words(_json_type(value))}"))
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
            out.append(Problem(path + sub, f"there is no such date as {value}"))
        else:
            out.append(Problem(path + sub, _humane(message)))
        return
    if isinstance(value, str) and forbidden_in(tp, value):
        out.append(Problem(path, FORBIDDEN_MESSAGE))


def _walk_struct(value: object, tp: type[msgspec.Struct], path: str, out: list[Problem]) -> None:
    if not isinstance(value, dict):
        out.append(Problem(path, f"expected an object, got {_words(_json_type(value))}"))
        return
    fields = msgspec.structs.fields(tp)
    names = {f.encode_name for f in fields}
    for key in value:
        if key not in names:
            out.append(Problem(path, f"unknown field `{key}`"))
    for f in fields:
        if f.encode_name in value:
            _walk(value[f.encode_name], f.type, f"{path}.{f.encode_name}", out)
        elif f.required:
            out.append(Problem(path, f"missing required field `{f.encode_name}`"))
