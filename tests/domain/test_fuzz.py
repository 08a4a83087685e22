"""Property-based tests: whatever the bytes, the loader returns an event or raises its one
error type. Two oracles from the standard library: a valid file loads to exactly what
``json.loads`` reads, and a file whose objects repeat a key is refused.

Quick in CI (150 cases each); by hand: ``python -m pytest tests/domain/test_fuzz.py --fuzz``
(10,000 cases each).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import msgspec
from hypothesis import given
from hypothesis import strategies as st

from eventviewer.domain import EventFileError, load_event_bytes
from eventviewer.domain.schema import Event

from ..conftest import BUNDLED

BASE: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
BASE_BYTES = BUNDLED.read_bytes()

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, child in node.items():
            found += paths(child, (*prefix, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            found += paths(child, (*prefix, i))
    return found


ALL_PATHS = paths(BASE)


def standard_reading(data: bytes) -> tuple[Any, bool] | None:
    """What json.loads reads, and whether an object repeats a key; None: not JSON to it."""
    repeated = False

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeated
        repeated = repeated or len({k for k, _ in pairs}) != len(pairs)
        return dict(pairs)

    try:
        return json.loads(data, object_pairs_hook=hook), repeated
    except (ValueError, RecursionError):
        return None


def check(data: bytes) -> None:
    try:
        loaded = load_event_bytes(data, file="fuzz.json")
    except EventFileError as exc:
        assert exc.problems, "an error must say what is wrong"
        for problem in exc.problems:
            assert problem.message
            assert "\n" not in problem.format("fuzz.json")
        return
    assert isinstance(loaded.event, Event)
    reading = standard_reading(data)
    assert reading is not None, "loaded a file that is not JSON"
    value, repeated = reading
    assert not repeated, "loaded a file with a duplicate key"
    assert msgspec.convert(value, Event) == loaded.event, "loaded other values than json reads"


@given(
    st.lists(
        st.tuples(
            st.sampled_from(ALL_PATHS), st.sampled_from(["drop", "replace", "retype"]), json_values
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mutations_of_the_bundled_event(mutations: list[tuple[tuple[Any, ...], str, Any]]) -> None:
    data = copy.deepcopy(BASE)
    for path, how, value in mutations:
        parent: Any = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            current = parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue
        if how == "drop":
            del parent[path[-1]]
        elif how == "replace":
            parent[path[-1]] = value
        else:  # same content, another JSON type
            parent[path[-1]] = [current] if not isinstance(current, list) else {"x": current}
    check(json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"))


@given(
    st.lists(
        st.tuples(st.integers(0, len(BASE_BYTES) - 1), st.integers(0, 255)), min_size=1, max_size=8
    )
)
def test_random_byte_flips(flips: list[tuple[int, int]]) -> None:
    data = bytearray(BASE_BYTES)
    for at, byte in flips:
        data[at] = byte
    check(bytes(data))


@given(st.integers(0, len(BASE_BYTES)), st.binary(max_size=64))
def test_truncation_and_insertion(at: int, inserted: bytes) -> None:
    check(BASE_BYTES[:at])
    check(BASE_BYTES[:at] + inserted + BASE_BYTES[at:])


@given(json_values)
def test_any_json_value(value: Any) -> None:
    check(json.dumps(value).encode("utf-8", "surrogatepass"))
