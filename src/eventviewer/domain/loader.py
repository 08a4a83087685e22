"""Read an event file into a typed :class:`Event`, or fail with every located problem.

Decisions (documented in the README):
- Encoding: UTF-8; a UTF-8 byte-order mark is accepted and ignored; UTF-16/32 is refused.
- Duplicate keys in an object are refused: two values for one figure are ambiguous.
- Files larger than :data:`MAX_FILE_BYTES` are refused before being read.
- Only regular files are read (never a FIFO or device), and only ever opened read-only.
"""

from __future__ import annotations

import errno
import os
import re
import threading
import types
import typing
from pathlib import Path

import msgspec

from .checks import check_event
from .derived import Figures, compute_figures
from .errors import EventFileError, Problem
from .files import MAX_FILE_BYTES, ReadAhead, Refused, read_regular_file
from .schema import FORBIDDEN_IN, SCHEMA_VERSION, Event

MAX_DEPTH = 64
MAX_PROBLEMS = 100

_UTF16_32_BOMS = (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"


class ValidEvent(msgspec.Struct, frozen=True):
    """What validating a file establishes: the event, its derived figures, the audit findings."""

    event: Event
    figures: Figures
    file: str
    findings: tuple[Problem, ...] = ()


class LoadedEvent(msgspec.Struct, frozen=True):
    """A valid event plus what the viewer needs to say where it came from."""

    event: Event
    figures: Figures
    file: str
    sha256: str
    findings: tuple[Problem, ...] = ()
    path: Path | None = None


def load_event(path: str | os.PathLike[str], *, read_ahead: ReadAhead | None = None) -> LoadedEvent:
    """Load and validate an event file; raise :class:`EventFileError` on any problem.

    ``read_ahead``, started on the same path, supplies the bytes it has been reading meanwhile.
    """
    p = _checked_path(path, read_ahead)
    return load_event_bytes(read_event_bytes(p, read_ahead), file=str(p), path=p)


def validate_event(
    path: str | os.PathLike[str], *, read_ahead: ReadAhead | None = None
) -> ValidEvent:
    """:func:`load_event` without the SHA-256, which only the viewer and the printed page show:
    ``--validate`` neither imports hashlib nor spends a core on the digest."""
    p = _checked_path(path, read_ahead)
    return validate_event_bytes(read_event_bytes(p, read_ahead), file=str(p))


def _checked_path(path: str | os.PathLike[str], read_ahead: ReadAhead | None) -> Path:
    p = Path(path)
    if read_ahead is not None and read_ahead.path != p:
        raise ValueError(f"read-ahead of {read_ahead.path}, not of {p}")
    return p


def read_event_bytes(path: Path, read_ahead: ReadAhead | None = None) -> bytes:
    """Read a regular file read-only, refusing directories, FIFOs and oversize files up front."""
    file = str(path)
    try:
        return read_ahead.result() if read_ahead is not None else read_regular_file(path)
    except FileNotFoundError:
        raise EventFileError(file, [Problem("", "no such file")]) from None
    except Refused as exc:
        raise EventFileError(file, [Problem("", str(exc))]) from None
    except OSError as exc:
        raise EventFileError(file, [Problem("", _os_reason(exc))]) from None


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return (exc.strerror or str(exc)).lower()


def load_event_bytes(data: bytes, file: str = "<data>", path: Path | None = None) -> LoadedEvent:
    """Validate bytes as an event file. Never raises anything but :class:`EventFileError`."""
    _refuse_oversize(data, file)  # before hashing it
    hashing = _Sha256(data)  # on another core while we decode (hashlib releases the GIL)
    valid = validate_event_bytes(data, file)
    return LoadedEvent(valid.event, valid.figures, file, hashing.hexdigest(), valid.findings, path)


def validate_event_bytes(data: bytes, file: str = "<data>") -> ValidEvent:
    """Everything :func:`load_event_bytes` checks, without the digest."""
    _refuse_oversize(data, file)
    data = _strip_utf8_bom(file, data)
    if not data.strip():
        raise EventFileError(file, [Problem("1:1", "file is empty; expected a JSON object")])
    try:
        event = msgspec.json.decode(data, type=Event)
    except msgspec.ValidationError as exc:  # a subclass of DecodeError: catch it first
        raise EventFileError(file, _structural_problems(data, str(exc))) from None
    except msgspec.DecodeError as exc:
        raise EventFileError(file, [_syntax_problem(data, str(exc))]) from None
    except RecursionError:
        raise EventFileError(file, [_depth_problem(data)]) from None
    if event.schema_version > SCHEMA_VERSION:
        raise EventFileError(file, [_newer_problem(event.schema_version)])
    problems = forbidden_character_problems(data, event)
    if _duplicates_possible(data, event):
        problems += _duplicate_key_problems(data)
    figures = compute_figures(event)
    problems += check_event(event, figures)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise EventFileError(file, errors[:MAX_PROBLEMS])
    return ValidEvent(event, figures, file, tuple(problems))


def _refuse_oversize(data: bytes, file: str) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise EventFileError(file, [Problem("", f"larger than {MAX_FILE_BYTES // 2**20} MiB")])


class _Sha256:
    """SHA-256 of the file, computed on a thread for large files."""

    THREAD_ABOVE = 1 << 20

    def __init__(self, data: bytes) -> None:
        import hashlib  # here: validating alone needs no digest (3.5 ms of OpenSSL start-up)

        self._hash = hashlib.sha256()
        self._thread: threading.Thread | None = None
        if len(data) > self.THREAD_ABOVE:
            self._thread = threading.Thread(target=self._hash.update, args=(data,), daemon=True)
            self._thread.start()
        else:
            self._hash.update(data)

    def hexdigest(self) -> str:
        if self._thread is not None:
            self._thread.join()
        return self._hash.hexdigest()


def _strip_utf8_bom(file: str, data: bytes) -> bytes:
    if data.startswith(_UTF8_BOM):
        return data[len(_UTF8_BOM) :]
    for bom in _UTF16_32_BOMS:
        if data.startswith(bom):
            return _refuse_encoding(file, "has a UTF-16/UTF-32 byte-order mark")
    if len(data) >= 2 and (data[0] == 0 or data[1] == 0):
        return _refuse_encoding(file, "looks like UTF-16/UTF-32 (NUL bytes)")
    return data


def _refuse_encoding(file: str, why: str) -> bytes:
    raise EventFileError(file, [Problem("1:1", f"file {why}; event files must be UTF-8")])


def _position(data: bytes, offset: int) -> str:
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
            return Problem(_position(data, exc.start), "invalid UTF-8 byte sequence")
        return Problem("", "invalid UTF-8 byte sequence")
    if "truncated" in message:
        return Problem(_position(data, len(data)), "unexpected end of file (truncated?)")
    match = re.search(r"\(byte (\d+)\)", message)
    reason = message.removeprefix("JSON is malformed: ")
    reason = re.sub(r"\s*\(byte \d+\)", "", reason)
    if not match:
        return Problem("", f"not valid JSON: {reason}")
    offset = int(match.group(1))
    if reason == "invalid character" and data[offset : offset + 3] in (b"NaN", b"Inf", b"-In"):
        reason = "NaN and Infinity are not JSON numbers"
    return Problem(_position(data, offset), f"not valid JSON: {reason}")


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
                return Problem(_position(data, i), f"nested deeper than {MAX_DEPTH} levels")
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return Problem("", f"nested deeper than {MAX_DEPTH} levels")


def _newer_problem(version: int) -> Problem:
    return Problem(
        "$.schema_version",
        f"made for a newer eventviewer (schema version {version}; "
        f"this version reads up to {SCHEMA_VERSION}) — please update eventviewer",
    )


def _structural_problems(data: bytes, first_message: str) -> list[Problem]:
    """The slow path, taken only for invalid files: collect every problem, not just the first."""
    try:
        raw = msgspec.json.decode(data)
    except RecursionError:
        return [_depth_problem(data)]
    except msgspec.ValidationError:  # e.g. 1e400: not representable untyped either
        return [_first_problem(first_message)]
    except msgspec.DecodeError as exc:  # typed decoding stopped before the syntax error
        return [_syntax_problem(data, str(exc))]
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        return [_newer_problem(version)]
    out: list[Problem] = []
    _walk(raw, Event, "$", out)
    return out[:MAX_PROBLEMS] or [_first_problem(first_message)]


def _first_problem(message: str) -> Problem:
    """The typed decoder's own message, located by its JSON path."""
    text, _, where = message.partition(" - at `")
    return Problem(where.rstrip("`") or "$", _humane(text))


_SECTION_NAMES = tuple(f.encode_name for f in msgspec.structs.fields(Event))
_Sections = msgspec.defstruct(
    "_Sections", [(name, msgspec.Raw, msgspec.Raw()) for name in _SECTION_NAMES]
)

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


FORBIDDEN_MESSAGE = "contains control characters or bidirectional-override characters"
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
        out.append(Problem(path + sub, _humane(message)))
        return
    rule = _string_rule(tp)
    if rule is not None and isinstance(value, str) and rule.search(value):
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


def _colons(data: bytes | bytearray) -> int:
    """Colons, counting JSON's escaped colon too (an escape needs a backslash)."""
    escaped = data.count(b"\\u003a") + data.count(b"\\u003A") if b"\\" in data else 0
    return data.count(b":") + escaped


_ITEMIZED = ("projects", "organizations", "activity_items")
_ENCODE_CHUNK = 4096  # records per slice: ~0.5 MB of JSON, which stays in cache


def _encoded_colons(event: Event) -> int:
    """``_colons(msgspec.json.encode(event))``, counted slice by slice into one reused buffer.

    The same number without a second copy of a large file: at 100k projects + organizations,
    33 instead of 42 ms and 23 MB less peak memory (fresh pages and a cold count cost more).
    """
    encoder = msgspec.json.Encoder()
    buffer = bytearray()
    colons = 0
    emptied: dict[str, None] = {}
    for name in _ITEMIZED:
        items = getattr(event, name)
        if items is None:
            continue
        colons += 1  # the colon after the list's key
        for start in range(0, len(items), _ENCODE_CHUNK):
            encoder.encode_into(items[start : start + _ENCODE_CHUNK], buffer)
            colons += _colons(buffer)
        emptied[name] = None
    encoder.encode_into(msgspec.structs.replace(event, **emptied), buffer)
    return colons + _colons(buffer)


def _duplicates_possible(data: bytes, event: Event) -> bool:
    """False only when the file provably has no duplicate keys; then the exact check is skipped.

    Every colon in the re-encoded event (the fields the file set, strings as decoded) comes from
    a colon kept from the file, raw or escaped as \\u003a, and a dropped duplicate leaves at
    least its own colon behind: equal counts prove there is none. A surplus can also come from an
    explicit null, [] or false that re-encoding omits; then each top-level section is compared
    on its own and only a section that differs gets the exact (slow) check, so explicit nulls in
    the event's description do not cost a full exact pass over 100k itemized records.
    """
    raw_colons = _colons(data)
    if raw_colons == _encoded_colons(event):
        return False
    sections = msgspec.json.decode(data, type=_Sections)
    present = 0
    section_colons = 0
    for name in _SECTION_NAMES:
        raw = getattr(sections, name)
        if not len(raw):  # absent: an empty Raw
            continue
        present += 1
        part = bytes(raw)
        colons = _colons(part)
        section_colons += colons
        if colons != _colons(msgspec.json.encode(getattr(event, name))) and _duplicate_keys(part):
            return True
    return raw_colons != section_colons + present  # else a top-level key came twice


def _duplicate_keys(data: bytes) -> list[str]:
    """Exact: every key that an object repeats (json's pairs hook sees them all)."""
    import json  # only here, on the slow path: it is not needed to load a valid file

    duplicates: list[str] = []

    def hook(pairs: list[tuple[str, object]]) -> None:
        if len(pairs) > 1 and len({k for k, _ in pairs}) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    duplicates.append(key)
                seen.add(key)

    json.loads(data, object_pairs_hook=hook)
    return duplicates


def _duplicate_key_problems(data: bytes) -> list[Problem]:
    import json

    duplicates = _duplicate_keys(data)
    problems = []
    for key in dict.fromkeys(duplicates):
        pattern = re.compile(rb'"' + re.escape(json.dumps(key).encode()[1:-1]) + rb'"\s*:')
        hits = [m.start() for m in pattern.finditer(data)]
        where = _position(data, hits[1]) if len(hits) > 1 else ""
        problems.append(Problem(where, f"duplicate key `{key}` (a value would be silently lost)"))
    return problems


# -- forbidden characters ------------------------------------------------------------------
# They can reach a decoded string only through a backslash escape or as these literal UTF-8
# bytes: DEL (7F), C1 controls (C2 80-9F), bidi embeddings/overrides (E2 80 AA-AE) and
# isolates (E2 81 A6-A9). Literal C0 controls are not valid JSON at all.
_LITERAL_SUSPECTS = ((b"\xc2", 0x80, 0x9F), (b"\xe2\x80", 0xAA, 0xAE), (b"\xe2\x81", 0xA6, 0xA9))


def _may_hold_forbidden(data: bytes) -> bool:
    if b"\\" in data or b"\x7f" in data:
        return True
    # Lead bytes first: a one-byte search is a memchr, ~25x faster than a two-byte one.
    leads = {lead: lead in data for lead in {lead[:1] for lead, _, _ in _LITERAL_SUSPECTS}}
    for lead, low, high in _LITERAL_SUSPECTS:
        if not leads[lead[:1]]:
            continue
        at = data.find(lead)
        while at != -1:
            follow = at + len(lead)
            if follow < len(data) and low <= data[follow] <= high:
                return True
            at = data.find(lead, at + 1)
    return False


def _string_rule(tp: object) -> re.Pattern[str] | None:
    """The forbidden-character rule of a Name or Text annotation, from its published pattern."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        rules = [_string_rule(a) for a in typing.get_args(tp) if a is not type(None)]
        return rules[0] if len(rules) == 1 else None
    if typing.get_origin(tp) is typing.Annotated:
        for meta in typing.get_args(tp)[1:]:
            extra = getattr(meta, "extra_json_schema", None) or {}
            rule = FORBIDDEN_IN.get(extra.get("pattern", ""))
            if rule is not None:
                return rule
    return None


def forbidden_character_problems(data: bytes, event: Event) -> list[Problem]:
    """Walk the decoded strings, but only when the raw bytes could hold a forbidden character."""
    if not _may_hold_forbidden(data):
        return []
    out: list[Problem] = []
    _walk_strings(event, Event, "$", out)
    return out[:MAX_PROBLEMS]


def _walk_strings(value: object, tp: object, path: str, out: list[Problem]) -> None:
    if len(out) >= MAX_PROBLEMS or value is None:
        return
    if isinstance(value, msgspec.Struct):
        for f in msgspec.structs.fields(type(value)):
            _walk_strings(getattr(value, f.name), f.type, f"{path}.{f.encode_name}", out)
        return
    rule = _string_rule(tp)
    if isinstance(value, str):
        if rule is not None and rule.search(value):
            out.append(Problem(path, FORBIDDEN_MESSAGE))
        return
    if isinstance(value, list):
        item_tp = _list_item_type(tp)
        for i, item in enumerate(value):
            _walk_strings(item, item_tp, f"{path}[{i}]", out)


def _list_item_type(tp: object) -> object:
    """``str`` type of ``list[Name]`` inside Optional/Annotated wrappers."""
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
