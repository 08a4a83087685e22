"""Refusing duplicate keys: with two values for one key, the decoder keeps one and loses one.

msgspec cannot see duplicates, so :func:`duplicate_key_problems` first tries a cheap proof
that there are none (:func:`no_duplicates_proved`) and otherwise runs the exact check, which
compares the decoded keys of every object (:func:`find_duplicates`).

The proof. Let *R* be the colons in the file counted as raw ``:`` bytes plus every ``\\u003``
byte sequence (the start of an escaped colon, ``\\u003a``), and *E* the raw ``:`` bytes of the
event re-encoded by msgspec.

- *R* is at least the number of colons the file really holds — the key separators and the
  colons in decoded strings, whether written raw or escaped: a sequence counted without being a
  colon (``\\u0030``, or an escaped backslash before ``u003a``) only errs upwards.
- msgspec never writes a colon as an escape, so *E* is exactly the key separators and string
  colons of the re-encoded event. Each of them stands for a distinct colon of the file: a field
  is re-encoded only if the file set it (``omit_defaults``; the model has no tags, datetimes
  or other values that encoding could add colons to), under the key the file used, with the
  string it decoded to.
- A key that the decoder dropped as a duplicate leaves at least its own separator unmatched.

So *E* ≤ *R*, and *E* = *R* proves the file has no duplicate key. *E* < *R* proves nothing (an
explicit ``null`` that re-encoding omits also leaves colons unmatched): then each top-level
section that does not balance gets the exact check.
"""

from __future__ import annotations

import functools
import json
import re

import msgspec

from .decoding import positions
from .errors import MAX_PROBLEMS, Problem, Problems
from .i18n import translate


@functools.cache
def _sections(model: type[msgspec.Struct]) -> tuple[tuple[str, ...], type[msgspec.Struct]]:
    """The top-level field names of an event model, and a Struct reading each as raw JSON."""
    names = tuple(f.encode_name for f in msgspec.structs.fields(model))
    return names, msgspec.defstruct("_Sections", [(n, msgspec.Raw, msgspec.Raw()) for n in names])


# A JSON string (escapes included) or one structural character; numbers, literals and commas
# between them are skipped. Only run on text that is already known to be valid JSON.
_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]:]', re.DOTALL)


COUNTED = 10 * MAX_PROBLEMS  # duplicate keys counted before "… and at least N more"


def duplicate_key_problems(
    data: bytes, event: msgspec.Struct, encoded: bytes | None = None
) -> Problems:
    """The repeated keys of ``data`` (valid JSON that decoded to ``event``): the first
    :data:`MAX_PROBLEMS` located in one pass; counted by the standard library's parser up to
    :data:`COUNTED` (a file of 100,000 costs about what one of 1,000 does)."""
    total = duplicate_count(data, event, enough=COUNTED, encoded=encoded)
    if not total:
        return Problems()
    shown = find_duplicates(data, limit=MAX_PROBLEMS)
    said = translate("loader", "duplicate key `{key}` (a value would be silently lost)")
    where = positions(data, [offset for offset, _ in shown])
    located = zip(where, shown, strict=True)
    problems = [Problem(at, said.format(key=key)) for at, (_, key) in located]
    return Problems(problems, more=total - len(shown), all_counted=total < COUNTED)


def file_colons(data: bytes | bytearray) -> int:
    """*R*: raw colons plus sequences that may be escaped colons (an upper bound)."""
    escaped = data.count(b"\\u003") if b"\\" in data else 0
    return data.count(b":") + escaped


def no_duplicates_proved(data: bytes, event: msgspec.Struct) -> bool:
    """True when ``data`` has no duplicate key (the colon counts prove it for most files)."""
    return duplicate_count(data, event) == 0


def duplicate_count(
    data: bytes, event: msgspec.Struct, enough: int = 0, encoded: bytes | None = None
) -> int:
    """How many keys of ``data`` repeat one earlier in the same object: 0 without a look at
    any object when the colon counts balance (see the module), else exactly, looking only at
    the top-level sections that do not balance; counting stops at ``enough`` (if not 0)."""
    colons = file_colons(data)
    if encoded is None:
        encoded = msgspec.json.encode(event)
    if colons == encoded.count(b":"):
        return 0
    names, model = _sections(type(event))
    sections = msgspec.json.decode(data, type=model)
    present = 0
    section_colons = 0
    unbalanced: list[bytes] = []
    for name in names:
        raw = getattr(sections, name)
        if not len(raw):  # absent: an empty Raw
            continue
        present += 1
        part = bytes(raw)
        part_colons = file_colons(part)
        section_colons += part_colons
        if part_colons != msgspec.json.encode(getattr(event, name)).count(b":"):
            unbalanced.append(part)
    if colons != section_colons + present:  # a top-level key came twice: count them all
        unbalanced = [data]
    found = 0
    for part in unbalanced:
        found += _count_duplicates(part, enough - found if enough else 0)
    return found


class _Enough(Exception):
    """Raised from json's hook to stop counting."""


def _count_duplicates(data: bytes, enough: int = 0) -> int:
    """Exact: the repeated keys of every object of ``data`` (json's pairs hook sees them all),
    or ``enough`` once that many are found."""
    found = 0

    def hook(pairs: list[tuple[str, object]]) -> None:
        nonlocal found
        found += len(pairs) - len(dict(pairs))
        if enough and found >= enough:
            raise _Enough

    try:
        json.loads(data, object_pairs_hook=hook)
    except _Enough:
        return enough
    return found


def find_duplicates(data: bytes, limit: int | None = None) -> list[tuple[int, str]]:
    """Exact: the byte offset and decoded text of every key that repeats one earlier in the
    same object, in file order, up to ``limit`` of them. ``data`` must be valid JSON."""
    found: list[tuple[int, str]] = []
    objects: list[set[str] | None] = []  # the keys seen so far in each open object; None: array
    last_string: re.Match[bytes] | None = None
    for token in _TOKEN.finditer(data):
        first = data[token.start()]
        if first == 0x22:  # "
            last_string = token
        elif first == 0x3A:  # ':' follows a key
            assert last_string is not None
            text = last_string.group()
            key = json.loads(text) if b"\\" in text else text[1:-1].decode("utf-8")
            keys = objects[-1]
            assert keys is not None
            if key in keys:
                found.append((last_string.start(), key))
                if len(found) == limit:
                    break
            keys.add(key)
        elif first == 0x7B:  # {
            objects.append(set())
        elif first == 0x5B:  # [
            objects.append(None)
        else:  # } or ]
            objects.pop()
    return found
