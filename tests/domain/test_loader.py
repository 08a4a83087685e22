"""The loader returns a typed event or raises EventFileError with every located problem."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventviewer.domain import EventFileError, load_event, load_event_bytes
from eventviewer.domain.characters import may_hold_forbidden
from eventviewer.domain.decoding import MAX_DEPTH
from eventviewer.domain.schema import FORBIDDEN_IN, NAME_PATTERN
from eventviewer.domain.words import said

from ..conftest import BUNDLED, V1_YUNNAN, located_problems
from .test_duplicates import write_string

problems = located_problems


def test_bundled_event_loads_without_findings() -> None:
    loaded = load_event(BUNDLED)
    assert said(loaded.event.event.name.value).startswith("China Industrial Transfer")
    assert loaded.findings == ()
    assert len(loaded.sha256) == 64


def test_syntax_error_is_located_by_line_and_column() -> None:
    assert problems(b'{\n  "a": 1,\n  "b": ]\n}') == [("3:8", "not valid JSON: invalid character")]


def test_truncated_file_points_at_the_end() -> None:
    data = BUNDLED.read_bytes()[:200]
    [(where, message)] = problems(data)
    assert message == "unexpected end of file (truncated?)"
    lines = data.split(b"\n")
    assert where == f"{len(lines)}:{len(lines[-1]) + 1}"


def test_column_counts_characters_not_bytes() -> None:
    assert problems('{"名前": x}'.encode())[0][0] == "1:8"


def test_every_structural_problem_is_reported_with_its_json_path(
    event_dict: dict[str, Any],
) -> None:
    event_dict["investment"]["tiers"][1]["projects"]["value"] = -3
    event_dict["participants"]["people"]["value"] = "many"
    del event_dict["event"]["name"]
    event_dict["surprise"] = 1
    found = problems(json.dumps(event_dict).encode())
    assert ("$.investment.tiers[1].projects.value", "expected a whole number ≥ 0") in found
    assert ("$.participants.people.value", "expected a whole number, got text") in found
    assert ("$.event", "missing required field `name`") in found
    assert ("$", "unknown field `surprise`") in found
    assert len(found) == 4


def test_semantic_errors_are_all_reported(event_dict: dict[str, Any]) -> None:
    tiers = event_dict["investment"]["tiers"]
    tiers[1]["projects"]["value"] = 400  # more than 382 in total, and 82.9 < 400 × 5
    tiers[0]["amount_bn"]["value"] = 500  # above the total 396.6
    event_dict["activities"]["themes"][0]["refs"][0]["source"] = "nowhere"
    found = problems(json.dumps(event_dict).encode())
    messages = [m for _, m in found]
    assert "tiers hold 406 projects, more than the 382 projects in total" in messages
    assert "tiers hold RMB 582.9 bn, more than the RMB 396.6 bn in total" in messages
    assert (
        "$.investment.tiers[1].amount_bn",
        "RMB 82.9 bn is below 400 projects × RMB 5 bn (the tier's lower bound)",
    ) in found
    assert (
        "$.activities.themes[0].refs[0].source",
        "refers to unknown source `nowhere`",
    ) in found


def test_tier_amount_above_its_upper_bound(event_dict: dict[str, Any]) -> None:
    event_dict["investment"]["tiers"][1]["amount_bn"]["value"] = 150.0  # > 14 × 10
    assert (
        "$.investment.tiers[1].amount_bn",
        "RMB 150 bn is above 14 projects × RMB 10 bn (the tier's upper bound)",
    ) in problems(json.dumps(event_dict).encode())


def test_reversed_and_overlapping_tiers(event_dict: dict[str, Any]) -> None:
    tiers = event_dict["investment"]["tiers"]
    tiers[1]["lower_bn"], tiers[1]["upper_bn"] = 10, 5
    assert problems(json.dumps(event_dict).encode())[0] == (
        "$.investment.tiers[1]",
        "upper bound 5 is not above lower 10",
    )
    tiers[1]["lower_bn"], tiers[1]["upper_bn"] = 5, 12
    assert ("$.investment.tiers[1]", "tier overlaps another tier's range") in problems(
        json.dumps(event_dict).encode()
    )


def test_implausible_remainder_is_an_audit_finding_not_an_error(
    event_dict: dict[str, Any],
) -> None:
    event_dict["investment"]["projects"]["value"] = 21  # leaves 1 project holding 212.9 bn
    loaded = load_event_bytes(json.dumps(event_dict).encode())
    assert [(p.severity, p.location) for p in loaded.findings] == [("warning", "$.investment")]
    assert "212.9 bn" in loaded.findings[0].message


def test_category_larger_than_all_companies_is_a_finding(event_dict: dict[str, Any]) -> None:
    event_dict["participants"]["categories"][3]["count"]["value"] = 3000
    loaded = load_event_bytes(json.dumps(event_dict).encode())
    assert loaded.findings[0].location == "$.participants.categories[3].count"


def test_future_schema_version_says_update(event_dict: dict[str, Any]) -> None:
    event_dict["schema_version"] = 3
    event_dict["new_thing"] = {}
    [(where, message)] = problems(json.dumps(event_dict).encode())
    assert where == "$.schema_version"
    assert message.startswith("made for a newer eventviewer (schema version 3")


def test_utf8_bom_is_accepted_utf16_is_refused() -> None:
    data = BUNDLED.read_bytes()
    assert load_event_bytes(b"\xef\xbb\xbf" + data).event.schema_version == 2
    utf16 = data.decode("utf-8").encode("utf-16")
    assert problems(utf16)[0][1].startswith("file has a UTF-16/UTF-32 byte-order mark")
    assert "NUL bytes" in problems(data.decode("utf-8").encode("utf-16-le"))[0][1]


def test_invalid_utf8_is_located() -> None:
    assert problems(b'{\n "a": "\xff"}') == [("2:8", "invalid UTF-8 byte sequence")]


def test_duplicate_keys_are_refused_and_located() -> None:
    data = BUNDLED.read_bytes().replace(
        b'"currency": "CNY",', b'"currency": "CNY",\n    "currency": "USD",', 1
    )
    [(where, message)] = problems(data)
    assert message.startswith("duplicate key `currency`")
    line = data[: data.index(b'"currency": "USD"')].count(b"\n") + 1
    assert where == f"{line}:5"


def test_empty_and_whitespace_files() -> None:
    assert problems(b"") == [("1:1", "file is empty; expected a JSON object")]
    assert problems(b" \n\t ") == [("1:1", "file is empty; expected a JSON object")]


@pytest.mark.parametrize(
    ("prefix", "column"),
    [(b"", 65), (b'{"schema_version": 1, "x": ', 91), (b'{"schema_version": 1, "sources": [', 97)],
)
def test_deep_nesting_is_located_without_recursion_error(prefix: bytes, column: int) -> None:
    data = prefix + b"[" * 100_000 + b"]" * 100_000 + b"}" * prefix.count(b"{")
    assert problems(data)[0] == (f"1:{column}", f"nested deeper than {MAX_DEPTH} levels")


def test_paths_that_are_not_files(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    expected = [
        (tmp_path, "is a directory, not an event file"),
        (tmp_path / "missing.json", "no such file"),
        (fifo, "is not a regular file (FIFO, device or socket)"),  # refused, never blocks
        (loop, "symbolic link loop"),
    ]
    for path, message in expected:
        assert problems(path) == [("", message)]


def test_loading_never_writes_to_the_input(
    tmp_path: Path, write_json: Callable[..., Path], bundled_dict: dict[str, Any]
) -> None:
    path = write_json(bundled_dict)
    os.chmod(path, 0o444)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_event(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize(
    ("place", "text"),
    [
        ("venue", "Hall\u202eA"),  # optional name, bidi override
        ("sector", "energy\x01"),  # itemized record, C0 control via escape
        ("sectors", "new\u2066energy"),  # list of names, bidi isolate
        ("purpose", "two\nlines"),  # a text may hold a newline ...
        ("name_newline", "two\nlines"),  # ... a name may not
        ("literal_del", "del\x7f"),
        ("literal_c1", "c1\x85"),
    ],
)
def test_forbidden_characters_anywhere(event_dict: dict[str, Any], place: str, text: str) -> None:
    ok = place == "purpose"
    where = {
        "venue": "$.event.location.venue",
        "sector": "$.projects[1].sector",
        "sectors": "$.investment.sector_shares[0].sectors[1]",
        "purpose": "",
        "name_newline": "$.participants.categories[2].name",
        "literal_del": "$.event.location.city",
        "literal_c1": "$.event.location.city",
    }[place]
    if place == "venue":
        event_dict["event"]["location"]["venue"] = text
    elif place == "sector":
        event_dict["projects"] = [{"name": "A"}, {"name": "B", "sector": text}]
    elif place == "sectors":
        event_dict["investment"]["sector_shares"][0]["sectors"][1] = text
    elif place == "purpose":
        event_dict["event"]["purpose"]["value"] = text
    elif place == "name_newline":
        event_dict["participants"]["categories"][2]["name"] = text
    else:
        event_dict["event"]["location"]["city"] = text
    data = json.dumps(event_dict, ensure_ascii=place not in ("literal_del", "literal_c1")).encode()
    if ok:
        assert load_event_bytes(data).event.event.purpose is not None
    else:
        assert problems(data) == [
            (
                where,
                "contains control characters, or invisible or bidirectional-override characters",
            )
        ]


def test_duplicate_keys_in_itemized_records(event_dict: dict[str, Any]) -> None:
    event_dict["projects"] = [{"name": "A", "amount_bn": 1.0}]
    data = (
        json.dumps(event_dict)
        .encode()
        .replace(b'"amount_bn": 1.0}', b'"amount_bn": 1.0, "amount_bn": 2.0}')
    )
    [(_, message)] = problems(data)
    assert message.startswith("duplicate key `amount_bn`")


def test_colon_escapes_do_not_hide_or_invent_duplicates(event_dict: dict[str, Any]) -> None:
    event_dict["event"]["location"]["venue"] = "Hall: A"
    data = json.dumps(event_dict).encode().replace(b"Hall: A", b"Hall\\u003a A")
    assert load_event_bytes(data).event.event.location.venue == "Hall: A"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        (b'"participants":', b'"investment": {"currency": "USD"}, "participants":', "investment"),
        (b'"venue": null', b'"venue": null, "venue": "Hall A"', "venue"),  # dropped one is null
        (b'"venue": null', b'"venue": "Hall A", "venue": null', "venue"),
    ],
)
def test_duplicates_that_explicit_nulls_could_mask(old: bytes, new: bytes, key: str) -> None:
    data = json.dumps(json.loads(V1_YUNNAN.read_bytes())).encode()  # it writes nulls
    assert old in data
    [(_, message)] = problems(data.replace(old, new, 1))
    assert message.startswith(f"duplicate key `{key}`")


FORBIDDEN_SAMPLES = ["\x00", "\x1f", "\n", "\t", "\x7f", "\x85", "\x9f", "\u202a", "\u202e"]
FORBIDDEN_SAMPLES += ["\u2066", "\u2069", "\\", '"', "a", "é", "–", "😀", "\u2028", "\u2029"]
FORBIDDEN_SAMPLES += ["\u061c", "\u200e", "\u200f", "\U000e0041", "\U000e007f", "\u200d", "ؤ"]


@given(
    texts=st.lists(st.text(st.sampled_from(FORBIDDEN_SAMPLES), max_size=6), min_size=1),
    seed=st.integers(0, 2**32),
)
def test_the_byte_prefilter_never_misses_a_forbidden_character(texts: list[str], seed: int) -> None:
    """Whatever escapes write them, strings holding a forbidden character are looked at."""
    rng = random.Random(seed)
    data = ("[" + ",".join(write_string(t, rng) for t in texts) + "]").encode(
        "utf-8", "surrogatepass"
    )
    assert json.loads(data) == texts
    if any(FORBIDDEN_IN[NAME_PATTERN].search(t) for t in texts):
        assert may_hold_forbidden(data)


@pytest.mark.parametrize(
    "text",
    [f"Kun{mark}ming" for mark in "\u2028\u2029\u200e\u200f\u061c\U000e0041\U000e007f"],
)
def test_invisible_direction_marks_separators_and_tags_are_refused(
    event_dict: dict[str, Any], text: str
) -> None:
    event_dict["event"]["location"]["city"] = text
    for ascii_only in (True, False):  # escaped and literal
        data = json.dumps(event_dict, ensure_ascii=ascii_only).encode()
        assert problems(data) == [
            (
                "$.event.location.city",
                "contains control characters, or invisible or bidirectional-override characters",
            )
        ]


def test_dates_that_do_not_exist_and_versions_out_of_range(event_dict: dict[str, Any]) -> None:
    event_dict["event"]["opening_date"]["value"] = "2023-02-30"
    assert problems(json.dumps(event_dict).encode()) == [
        ("$.event.opening_date.value", "there is no such date as 2023-02-30")
    ]
    event_dict["event"]["opening_date"]["value"] = "2023-09-03"
    event_dict["schema_version"] = 10**30
    [(where, message)] = problems(json.dumps(event_dict).encode())
    assert where == "$.schema_version" and "newer" not in message


def test_a_name_ending_in_a_slash_is_not_read_as_the_file(tmp_path: Path) -> None:
    name = f"{BUNDLED}/"
    with pytest.raises(EventFileError) as info:
        load_event(name)
    assert info.value.describe() == f"{name}: a name ending in / is a folder, not an event file"


def test_a_problem_deep_in_an_itemized_list_is_located_without_walking_every_record(
    event_dict: dict[str, Any],
) -> None:
    event_dict["projects"] = [{"name": f"P{i}", "amount_bn": 1.0} for i in range(10_000)]
    event_dict["projects"][7_000]["amount_bn"] = "a lot"
    event_dict["event"]["location"]["city"] = 5  # problems in other sections are all listed
    found = problems(json.dumps(event_dict).encode())
    assert found == [
        ("$.event.location.city", "expected text, got a whole number"),
        (
            "$.projects[7000].amount_bn",
            "expected a number or null, got text (the list is checked up to here)",
        ),
    ]
    event_dict["event"]["location"]["city"] = "Kunming"
    event_dict["projects"] = [{}] * 100_000
    assert problems(json.dumps(event_dict).encode()) == [
        ("$.projects[0]", "missing required field `name` (the list is checked up to here)")
    ]


def test_a_file_longer_than_its_stated_size_is_read_whole() -> None:
    """The reader asks for the size the system gives plus one byte; a file that holds more
    (grown since, or a /proc file that says 0) is read on to the end, up to the limit."""
    from eventviewer.domain.files import read_regular_file

    proc = Path("/proc/self/maps")
    if not proc.is_file():
        pytest.skip("no /proc here")
    assert proc.stat().st_size == 0
    data = read_regular_file(proc)
    assert len(data) > 100 and data.endswith(b"\n") and b"python" in data.lower()
