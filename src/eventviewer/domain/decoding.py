"""Bytes to a typed :class:`Event`, or every schema problem located.

UTF-8 only (a UTF-8 byte-order mark is ignored, UTF-16/32 refused); syntax errors are located
by ``line:column``, content errors by JSON path, in a user's words.
"""

from __future__ import annotations

import codecs
import re
import types
import typing
from collections.abc import Sequence

import msgspec

from . import schema_v1
from .characters import FORBIDDEN_MESSAGE, forbidden_in
from .errors import EventFileError, Problem, Problems
from .i18n import QT_TRANSLATE_NOOP, translate
from .schema import ITEMIZED, MAX_SCHEMA_VERSION, MAX_TEXT, SCHEMA_VERSION, Event

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
    overlong = _overlong_value(data)
    if overlong is not None:
        said = translate("loader", "a value longer than any field takes (more than 1 MiB)")
        raise EventFileError(file, [Problem(position(data, overlong), said)])
    try:
        return msgspec.json.decode(data, type=Event)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError) as exc:
        first: Exception = exc
    try:
        return _older_or_problems(data, file, first)
    except UnicodeDecodeError:  # msgspec 0.18 raises it mid-decode where later ones DecodeError
        raise EventFileError(file, [_invalid_utf8(data)]) from None


def _older_or_problems(data: bytes, file: str, first: Exception) -> AnyEvent:
    """A file the current model refused (``first`` says why): an older version's event, or
    :class:`EventFileError` with every problem located."""
    if isinstance(first, RecursionError):
        raise EventFileError(file, [_depth_problem(data)])
    if not isinstance(first, msgspec.ValidationError):  # a subclass of DecodeError
        raise EventFileError(file, [_syntax_problem(data, str(first))])
    first_message = str(first)
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
    fewest = min(found, key=Problems.total)
    raise EventFileError(file, fewest)


def _invalid_utf8(data: bytes, invalid: int | None = None) -> Problem:
    """Bytes that are not UTF-8, located at the first (found here unless ``invalid`` says)."""
    invalid = first_invalid_utf8(data) if invalid is None else invalid
    where = position(data, invalid) if invalid is not None else ""
    return Problem(where, translate("loader", "invalid UTF-8 byte sequence"))


# No string of the schema is longer than MAX_TEXT characters, which JSON writes in at most
# 12 bytes each (an escaped surrogate pair): 60,000 bytes. Decoding a far longer one costs
# several times its size (the decoder builds a string before it checks its length, with an
# escape inside it in a growing buffer first): a run of 1 MiB without a quote is found in the
# bytes first, one search per MiB of the file. Shorter ones are decoded and refused with their
# JSON path as usual.
LONGEST = 1 << 20
assert MAX_TEXT * 12 < LONGEST


def _overlong_value(data: bytes) -> int | None:
    """Where a run of ``LONGEST`` bytes without a quote starts that is more than white space
    and brackets (which JSON allows in any number between values)."""
    for start in range(0, len(data) - LONGEST + 1, LONGEST):
        end = start + LONGEST
        if data.find(b'"', start, end) < 0 and data[start:end].translate(None, b" \t\r\n{}[],:"):
            return start
    return None


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
    return positions(data, [offset])[0]


def positions(data: bytes, offsets: Sequence[int]) -> list[str]:
    """``line:column`` of each of ``offsets`` (in ascending order), found in one forward pass
    over ``data``: the cost is the file's length once, not once per offset."""
    out: list[str] = []
    line, line_start, at, column = 1, 0, 0, 1  # ``column`` is the column of byte ``at``
    for wanted in offsets:
        offset = max(at, min(wanted, len(data)))
        newlines = data.count(b"\n", at, offset)
        if newlines:
            line += newlines
            line_start = data.rfind(b"\n", at, offset) + 1
            at, column = line_start, 1
        column += len(data[at:offset].decode("utf-8", errors="replace"))
        at = offset
        out.append(f"{line}:{column}")
    return out


def first_invalid_utf8(data: bytes, chunk: int = 1 << 20) -> int | None:
    """The offset of the first byte that is not valid UTF-8, or None. Decoded a chunk at a
    time and thrown away, so a large file costs no more than a chunk of memory."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for start in range(0, len(data), chunk):
        try:
            decoder.decode(data[start : start + chunk], final=start + chunk >= len(data))
        except UnicodeDecodeError as exc:
            pending = len(decoder.getstate()[0])  # bytes held back from the previous chunk
            return start - pending + exc.start
    return None


def _syntax_problem(data: bytes, message: str) -> Problem:
    """Where the JSON breaks, and how. Bytes that are not UTF-8 are said as such first: the
    decoder's message is not read to tell (its wording differs between versions)."""
    invalid = first_invalid_utf8(data)
    if invalid is not None:
        return _invalid_utf8(data, invalid)
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


def _structural_problems(data: bytes, first_message: str, model: type[AnyEvent]) -> Problems:
    """The slow path, taken only for invalid files: collect every problem, not just the first.

    Each top-level section is decoded on its own; only a section that fails is looked at
    further, value by value, except an itemized list, which reports its first problem.
    """
    try:
        found = _section_problems(data, first_message, model)
    except (msgspec.DecodeError, RecursionError):  # not an object at the top, bad syntax inside
        found = _walk_untyped(data, first_message, model)
    return found


def _section_problems(data: bytes, first_message: str, model: type[AnyEvent]) -> Problems:
    fields = {f.encode_name: f for f in msgspec.structs.fields(model)}
    sections = msgspec.json.decode(data, type=dict[str, msgspec.Raw])
    try:
        version = _decoded(sections.get("schema_version"))
    except msgspec.ValidationError:
        version = None
    if type(version) is int and SCHEMA_VERSION < version <= MAX_SCHEMA_VERSION:
        return Problems([_newer_problem(version)])
    out = Problems()
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
    return out or Problems([_first_problem(first_message)])


def _decoded(raw: msgspec.Raw | None) -> object:
    """A top-level section as plain Python values (None when absent)."""
    return None if raw is None else msgspec.json.decode(raw)


def _first_in(message: str, path: str, note: str = "") -> Problem:
    """The typed decoder's first problem in the section at ``path``."""
    problem = _first_problem(message)
    return Problem(path + problem.location.removeprefix("$"), problem.message + note)


def _walk_untyped(data: bytes, first_message: str, model: type[AnyEvent]) -> Problems:
    """The whole file as plain Python values, walked against the model."""
    try:
        raw = msgspec.json.decode(data)
    except RecursionError:
        return Problems([_depth_problem(data)])
    except msgspec.ValidationError:  # e.g. 1e400: not representable untyped either
        return Problems([_first_problem(first_message)])
    except msgspec.DecodeError as exc:  # typed decoding stopped before the syntax error
        return Problems([_syntax_problem(data, str(exc))])
    out = Problems()
    _walk(raw, model, "$", out)
    return out or Problems([_first_problem(first_message)])


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
    """Every problem of ``value`` read as type ``tp``, located by JSON path, into ``out``."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        inner = typing.get_args(tp)[0]
        if typing.get_origin(inner) is list and isinstance(value, list):
            if _length_ok(value, tp, path, out):
                _walk(value, inner, path, out)
            return
    elif origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        rest = [a for a in args if a is not type(None)]
        if value is None and len(rest) < len(args):
            return
        if len(rest) == 1:
            _walk(value, rest[0], path, out)
            return
    elif origin is list:
        _walk_list(value, tp, path, out)
        return
    elif isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        _walk_struct(value, tp, path, out)
        return
    _walk_value(value, tp, path, out)


def _length_ok(value: list[object], tp: object, path: str, out: list[Problem]) -> bool:
    """Whether a list's length is within its bounds (False: too long, not walked further)."""
    for meta in typing.get_args(tp)[1:]:
        if not isinstance(meta, msgspec.Meta):
            continue
        if meta.max_length is not None and len(value) > meta.max_length:
            said = translate("loader", "more than {n} items").format(n=f"{meta.max_length:,}")
            out.append(Problem(path, said))
            return False
        if meta.min_length is not None and len(value) < meta.min_length:
            said = translate("loader", "needs at least {n} item(s)")
            out.append(Problem(path, said.format(n=meta.min_length)))
    return True


def _walk_list(value: object, tp: object, path: str, out: list[Problem]) -> None:
    if not isinstance(value, list):
        out.append(Problem(path, _expected(QT_TRANSLATE_NOOP("loader", "an array"), value)))
        return
    (item_tp,) = typing.get_args(tp)
    for i, item in enumerate(value):
        _walk(item, item_tp, f"{path}[{i}]", out)


def _walk_value(value: object, tp: object, path: str, out: list[Problem]) -> None:
    """A value that is not a list or a struct: one of a field's values, its type and range,
    a real date, the character rule of names and texts."""
    allowed = _literal_values(tp)
    if allowed and value not in allowed:
        out.append(_not_allowed(path, value, allowed))
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


def _not_allowed(path: str, value: object, allowed: tuple[object, ...]) -> Problem:
    """A value outside a field's list; for the schema version, every version read (each model
    knows only its own)."""
    written = msgspec.json.encode(value).decode()
    if path == "$.schema_version":
        read = " and ".join(map(str, MODELS))
        said = translate("loader", "no schema version {value}: eventviewer reads {read}")
        return Problem(path, said.format(value=written, read=read))
    said = translate("loader", "{value} is not one of the values this field takes: {allowed}")
    return Problem(path, said.format(value=written, allowed=", ".join(map(str, allowed))))


def _literal_values(tp: object) -> tuple[object, ...]:
    """The values of a ``Literal`` type (inside ``Annotated``), or () for any other type."""
    if typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return typing.get_args(tp) if typing.get_origin(tp) is typing.Literal else ()


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
