"""Duplicate keys: every one refused, named, and located at its own line:column.

The loader proves most files duplicate-free by counting colons and checks the rest exactly;
the property test below holds the proof to the exact check on documents written with every
escape JSON allows.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import msgspec
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from eventviewer.domain import EventFileError, load_event_bytes, schema, schema_v1
from eventviewer.domain.duplicates import COUNTED, find_duplicates, no_duplicates_proved
from eventviewer.domain.errors import MAX_PROBLEMS

from ..conftest import BUNDLED, V1_YUNNAN, located_problems

PRETTY = V1_YUNNAN.read_bytes()  # written by hand, with nulls and spaces
CANONICAL = msgspec.json.encode(msgspec.json.decode(PRETTY, type=schema_v1.Event))  # no nulls
CANONICAL_V2 = msgspec.json.encode(msgspec.json.decode(BUNDLED.read_bytes(), type=schema.Event))


def pairs_hook_duplicates(data: bytes) -> list[str]:
    """The standard library's view: every key an object repeats."""
    found: list[str] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                found.append(key)
            seen.add(key)
        return dict(pairs)

    json.loads(data, object_pairs_hook=hook)
    return found


def line_column(data: bytes, needle: bytes, occurrence: int = 1) -> str:
    at = -1
    for _ in range(occurrence):
        at = data.index(needle, at + 1)
    line = data.count(b"\n", 0, at) + 1
    column = len(data[data.rfind(b"\n", 0, at) + 1 : at].decode()) + 1  # in characters
    return f"{line}:{column}"


@pytest.mark.parametrize("canonical", [CANONICAL, CANONICAL_V2], ids=["v1", "v2"])
def test_an_escaped_backslash_before_u003a_no_longer_hides_a_duplicate(canonical: bytes) -> None:
    """The reported data loss: USD was dropped and the file called valid."""
    data = canonical.replace(b'"currency":"CNY"', b'"currency":"USD","currency":"CNY"', 1)
    data = data.replace(b'"city":"Kunming"', b'"city":"\\u005cu003a"', 1)
    assert json.loads(data)["event"]["location"]["city"] == "\\u003a"
    [(where, message)] = located_problems(data)
    assert message == "duplicate key `currency` (a value would be silently lost)"
    assert where == line_column(data, b'"currency"', 2)


def test_a_duplicate_is_located_at_itself_not_at_an_earlier_key_of_that_name() -> None:
    ref = b'"Information industry matchmaking", "ref": {"source": "tdi-2023-09-05", '
    ref += b'"paragraph": 12}'
    assert ref in PRETTY
    twice = ref.replace(b'"paragraph": 12', b'"paragraph": 12, "paragraph": 13')
    data = PRETTY.replace(ref, twice, 1)
    [(where, message)] = located_problems(data)
    assert message.startswith("duplicate key `paragraph`")
    assert where == line_column(data, b'"paragraph": 13')
    assert int(where.split(":")[0]) > 100  # far below the file's first "paragraph"


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        # the same key spelled with escapes
        (b'"currency":"CNY"', b'"curr\\u0065ncy":"USD","currency":"CNY"', "currency"),
        (b'"currency":"CNY"', b'"currency":"CNY","\\u0063urrency":"USD"', "currency"),
        # at the top level, and deep in a list of objects
        (b'{"schema_version":1', b'{"schema_version":1,"schema_version":1', "schema_version"),
        (b'"paragraph":1}', b'"paragraph":2,"paragraph":1}', "paragraph"),
        # colons in the dropped value, in escaped and raw form
        (b'"city":"Kunming"', b'"city":"a\\u003ab:c","city":"Kunming"', "city"),
        # a dropped object with many colons of its own
        (
            b'"location":{',
            b'"location":{"city":"X","province":"Y"},"location":{',
            "location",
        ),
    ],
)
def test_duplicates_however_they_are_written(old: bytes, new: bytes, key: str) -> None:
    assert old in CANONICAL
    data = CANONICAL.replace(old, new, 1)
    found = located_problems(data)
    assert found and all(m.startswith(f"duplicate key `{key}`") for _, m in found)


def test_a_key_from_the_file_is_escaped_in_the_message() -> None:
    data = CANONICAL.replace(b'{"schema_version":1', b'{"schema_version":1,"a\\u001bb\\n":1', 1)
    data = data.replace(b'"currency":"CNY"', b'"currency":"USD","currency":"CNY"', 1)
    from eventviewer.domain import EventFileError

    with pytest.raises(EventFileError) as info:
        load_event_bytes(data, file="x\n.json")
    text = info.value.describe()
    assert "\x1b" not in text and text.count("\n") == len(info.value.problems) - 1
    assert "x\\n.json:" in text


# -- the proof against the exact check ---------------------------------------------------------

FRAGMENTS = ["a", ":", '"', "\\", "\\u003a", "\\u003A", "u003a", "{", "}", "[", "]", ",", " "]
FRAGMENTS += ["行", "龙", "😀", "\u00e9", "\\\\", '\\"', "/"]
ESCAPES = {'"': ['\\"', "\\u0022"], "\\": ["\\\\", "\\u005c", "\\u005C"], "/": ["/", "\\/"]}
SHORT = {"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def write_string(text: str, rng: random.Random) -> str:
    """``text`` as a JSON string, each character written raw or escaped, chosen at random."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        choices = ESCAPES.get(ch, [SHORT[ch]] if ch in SHORT else [] if code < 0x20 else [ch])
        if code > 0xFFFF:
            high, low = divmod(code - 0x10000, 0x400)
            choices = [ch, f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04X}"]
        else:
            choices = [*choices, f"\\u{code:04x}", f"\\u{code:04X}"]
        out.append(rng.choice(choices))
    out.append('"')
    return "".join(out)


class Obj(list[tuple[str, Any]]):
    """A JSON object as its pairs, so that a key can occur twice."""


def to_pairs(value: Any) -> Any:
    if isinstance(value, dict):
        return Obj((k, to_pairs(v)) for k, v in value.items())
    if isinstance(value, list):
        return [to_pairs(v) for v in value]
    return value


def write(value: Any, rng: random.Random) -> str:
    if isinstance(value, Obj):
        return "{" + ",".join(f"{write_string(k, rng)}:{write(v, rng)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ",".join(write(v, rng) for v in value) + "]"
    if isinstance(value, str):
        return write_string(value, rng)
    return json.dumps(value)


def objects(value: Any) -> list[Obj]:
    found: list[Obj] = []
    if isinstance(value, Obj):
        found.append(value)
        for _, child in value:
            found += objects(child)
    elif isinstance(value, list):
        for child in value:
            found += objects(child)
    return found


FREE_TEXT = {"city", "province", "country", "name", "label", "publication", "title", "role"}
BASES = [to_pairs(json.loads(PRETTY)), to_pairs(json.loads(CANONICAL))]  # with and without nulls


@given(
    base=st.sampled_from([0, 1]),
    texts=st.lists(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8), max_size=6),
    duplicates=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), max_size=2),
    seed=st.integers(0, 2**32),
)
@example(base=1, texts=[["\\u003a"]], duplicates=[(3, 0)], seed=5)
def test_the_colon_proof_never_passes_a_file_the_exact_check_refuses(
    base: int, texts: list[list[str]], duplicates: list[tuple[int, int]], seed: int
) -> None:
    rng = random.Random(seed)
    doc = copy.deepcopy(BASES[base])
    text_slots = [
        (obj, i) for obj in objects(doc) for i, (k, v) in enumerate(obj) if k in FREE_TEXT
    ]
    text_slots = [(o, i) for o, i in text_slots if isinstance(o[i][1], str)]
    for fragments in texts:
        obj, i = rng.choice(text_slots)
        obj[i] = (obj[i][0], "".join(fragments))
    every_object = [o for o in objects(doc) if o]
    for which, pair in duplicates:
        obj = every_object[which % len(every_object)]
        key, value = obj[pair % len(obj)]
        obj.insert(rng.randrange(len(obj) + 1), (key, value))
    data = write(doc, rng).encode("utf-8", "surrogatepass")

    exact = pairs_hook_duplicates(data)
    assert sorted(k for _, k in find_duplicates(data)) == sorted(exact)
    try:
        event = msgspec.json.decode(data, type=schema_v1.Event)
    except msgspec.ValidationError:
        return  # e.g. a name made empty or too long: not a question for the proof
    if no_duplicates_proved(data, event):
        assert exact == [], "the proof passed a file with a duplicate key"
    if exact:
        assert {m for _, m in located_problems(data)} >= {
            f"duplicate key `{k}` (a value would be silently lost)" for k in exact
        }


def _many_duplicates(n: int) -> bytes:
    """The bundled file with ``n`` itemized projects, each repeating its ``name`` key."""
    record = b'{"name":"P","name":"Q"}'
    projects = b"[" + b",".join([record] * n) + b"]"
    return CANONICAL_V2[:-1] + b',"projects":' + projects + b"}"


@pytest.mark.parametrize("n", [150, 3_000])
def test_duplicates_past_the_reporting_limit_are_counted_not_located(
    n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of 32,000 repeated keys took 65 s: each was located from the file's start. Only
    the reported ones are located, in one pass, and the rest are counted."""
    from eventviewer.domain import decoding, duplicates

    located: list[int] = []
    passes: list[int] = []
    real = decoding.positions

    def counting(data: bytes, offsets: list[int]) -> list[str]:
        passes.append(1)
        located.extend(offsets)
        return real(data, offsets)

    monkeypatch.setattr(duplicates, "positions", counting)
    with pytest.raises(EventFileError) as caught:
        load_event_bytes(_many_duplicates(n), file="many.json")
    assert len(passes) == 1
    assert len(located) == MAX_PROBLEMS  # the same at 150 and at 3,000 duplicates
    assert len(caught.value.problems) == MAX_PROBLEMS
    last = caught.value.describe().splitlines()[-1]
    if n < COUNTED:  # counted to the last one
        assert caught.value.more == n - MAX_PROBLEMS
        assert last == f"many.json: … and {n - MAX_PROBLEMS} more problems"
    else:  # counting stopped at COUNTED: a file of 100,000 costs what one of 1,000 does
        assert caught.value.more == COUNTED - MAX_PROBLEMS
        assert last == f"many.json: … and at least {COUNTED - MAX_PROBLEMS} more problems"
    data = _many_duplicates(n)
    assert caught.value.problems[-1].location == line_column(data, b'"name":"Q"', MAX_PROBLEMS)


def test_positions_in_one_pass_match_one_at_a_time() -> None:
    from eventviewer.domain.decoding import positions

    data = 'ab\n日本x\n\n  ü"z\n'.encode()
    offsets = [0, 1, 3, 6, 9, 10, 11, 13, 16, len(data)]
    one_by_one = []
    for at in offsets:
        line = data.count(b"\n", 0, at) + 1
        column = len(data[data.rfind(b"\n", 0, at) + 1 : at].decode(errors="replace")) + 1
        one_by_one.append(f"{line}:{column}")
    assert positions(data, offsets) == one_by_one
