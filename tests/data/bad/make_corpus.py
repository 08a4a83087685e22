"""Regenerate the bad-input corpus and its manifest from the round-1 event (schema version 1,
which every later eventviewer still reads).

    python tests/data/bad/make_corpus.py

Each entry: the file, what it tries, and the error expected (location and a message fragment),
or ``"valid": true`` where the decision is to accept it. Cases that need the file system or a
large size (directory, missing path, FIFO, symlink loop, oversize, 10^5-deep nesting, 1 MB
strings) are made at test time instead (tests/test_loader.py, tests/test_bad_input.py).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parent / "yunnan-2023-v1.json"  # the round-1 event, schema version 1
BASE: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
TEXT = json.dumps(BASE, ensure_ascii=False, indent=2)

entries: list[dict[str, Any]] = []


def add(name: str, tries: str, data: bytes | str, location: str | None, message: str) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    (HERE / name).write_bytes(raw)
    entry: dict[str, Any] = {"file": name, "tries": tries}
    if message == "VALID":
        entry["valid"] = True
    else:
        entry.update(location=location, message=message)
    entries.append(entry)


def mutated(change: Callable[[dict[str, Any]], None]) -> str:
    data = copy.deepcopy(BASE)
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=2)


def setter(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        if value is DELETE:
            del node[last]
        else:
            node[int(last) if last.isdigit() else last] = value

    return change


DELETE = object()

# -- syntax and encoding ---------------------------------------------------------------------
add("empty.json", "an empty file", b"", "1:1", "file is empty")
add("whitespace.json", "only whitespace", b"  \n\t\n", "1:1", "file is empty")
add("not-json.txt", "plain text", "Yunnan 2023 report\n", "1:1", "not valid JSON")
add("truncated.json", "a file cut off mid-way", TEXT[:1500], None, "unexpected end of file")
add("trailing-garbage.json", "text after the object", TEXT + "\nEOF\n", None, "trailing characters")
add("comments.json", "JSON with // comments", "// note\n" + TEXT, "1:1", "not valid JSON")
add("single-quotes.json", "single-quoted strings", "{'schema_version': 1}", "1:2", "not valid JSON")
add("trailing-comma.json", "a trailing comma", TEXT[:-2] + ",\n}", None, "trailing comma")
add(
    "nan.json",
    "NaN as a number",
    TEXT.replace('"value": 382', '"value": NaN', 1),
    None,
    "NaN and Infinity are not JSON numbers",
)
add(
    "infinity.json",
    "Infinity",
    TEXT.replace('"value": 396.6', '"value": Infinity', 1),
    None,
    "NaN and Infinity are not JSON numbers",
)
add(
    "minus-infinity.json",
    "-Infinity",
    TEXT.replace('"value": 396.6', '"value": -Infinity', 1),
    None,
    "NaN and Infinity are not JSON numbers",
)
add(
    "invalid-utf8.json",
    "bytes that are not UTF-8",
    TEXT.encode().replace(b"Kunming", b"Kun\xffming", 1),
    None,
    "invalid UTF-8",
)
add(
    "utf8-bom.json",
    "a UTF-8 byte-order mark (accepted)",
    b"\xef\xbb\xbf" + TEXT.encode(),
    None,
    "VALID",
)
add(
    "utf16-bom.json",
    "UTF-16 with a byte-order mark",
    TEXT.encode("utf-16"),
    "1:1",
    "UTF-16/UTF-32 byte-order mark",
)
add(
    "utf32-bom.json",
    "UTF-32 with a byte-order mark",
    TEXT.encode("utf-32"),
    "1:1",
    "UTF-16/UTF-32 byte-order mark",
)
add(
    "utf16le-no-bom.json",
    "UTF-16 without a byte-order mark",
    TEXT.encode("utf-16-le"),
    "1:1",
    "NUL bytes",
)
add(
    "duplicate-key.json",
    "a key twice in one object",
    TEXT.replace('"currency": "CNY",', '"currency": "CNY",\n    "currency": "USD",', 1),
    None,
    "duplicate key `currency`",
)
add(
    "duplicate-top-level.json",
    "a top-level section twice",
    TEXT.replace(
        '  "participants": {', '  "investment": {"currency": "USD"},\n  "participants": {', 1
    ),
    None,
    "duplicate key `investment`",
)

# -- wrong shape ----------------------------------------------------------------------------
add("top-level-array.json", "an array instead of an object", "[1, 2]", "$", "expected an object")
add("top-level-string.json", "a string instead of an object", '"event"', "$", "expected an object")
add("top-level-null.json", "null instead of an object", "null", "$", "expected an object")
for field in ("schema_version", "sources", "event"):
    add(
        f"missing-{field.replace('_', '-')}.json",
        f"no `{field}`",
        mutated(setter(field, DELETE)),
        "$",
        f"missing required field `{field}`",
    )
add(
    "missing-event-name.json",
    "no event name",
    mutated(setter("event.name", DELETE)),
    "$.event",
    "missing required field `name`",
)
add(
    "missing-ref.json",
    "a figure without its locator",
    mutated(setter("investment.projects.ref", DELETE)),
    "$.investment.projects",
    "missing required field `ref`",
)
add(
    "unknown-field.json",
    "a field the schema does not have (a typo)",
    mutated(setter("investment.totl", 1)),
    "$.investment",
    "unknown field `totl`",
)
add(
    "string-count.json",
    "a count written as text",
    mutated(setter("investment.projects.value", "382")),
    "$.investment.projects.value",
    "expected a whole number, got text",
)
add(
    "bool-amount.json",
    "an amount written as true",
    mutated(setter("investment.amount_bn.value", True)),
    "$.investment.amount_bn.value",
    "expected a number, got true or false",
)
add(
    "float-count.json",
    "a fractional count",
    mutated(setter("participants.people.value", 3100.5)),
    "$.participants.people.value",
    "expected a whole number, got a number",
)
add(
    "sources-object.json",
    "sources as an object",
    mutated(setter("sources", {"id": "x"})),
    "$.sources",
    "expected an array",
)
add(
    "sources-empty.json",
    "no source at all",
    mutated(setter("sources", [])),
    "$.sources",
    "needs at least 1 item",
)
add(
    "negative-count.json",
    "a negative count",
    mutated(setter("participants.companies.value", -5)),
    "$.participants.companies.value",
    "≥ 0",
)
add(
    "negative-amount.json",
    "a negative amount",
    mutated(setter("investment.amount_bn.value", -396.6)),
    "$.investment.amount_bn.value",
    "≥ 0",
)
add(
    "number-1e400.json",
    "a number beyond double range",
    TEXT.replace('"value": 396.6', '"value": 1e400', 1),
    "$.investment.amount_bn.value",
    "number out of range",
)
add(
    "huge-integer.json",
    "an integer with 40 digits",
    mutated(setter("investment.projects.value", 10**40)),
    "$.investment.projects.value",
    "≤ ",
)
add(
    "percent-over-100.json",
    "a share above 100%",
    mutated(setter("investment.sector_shares.0.share_percent.value", 160)),
    "$.investment.sector_shares[0].share_percent.value",
    "≤ 100",
)
add(
    "bad-date.json",
    "a date in words",
    mutated(setter("event.opening_date.value", "3 Sept 2023")),
    "$.event.opening_date.value",
    "YYYY-MM-DD",
)
add(
    "bad-currency.json",
    "a lower-case currency",
    mutated(setter("investment.currency", "rmb")),
    "$.investment.currency",
    "three-letter currency code",
)
add(
    "bad-qualifier.json",
    "a qualifier outside the list",
    mutated(setter("investment.sector_shares.0.qualifier", "roughly")),
    "$.investment.sector_shares[0].qualifier",
    "is not one of the values this field takes",
)
add(
    "empty-name.json",
    "an empty name",
    mutated(setter("event.hosts.0.name", "")),
    "$.event.hosts[0].name",
    "length ≥ 1",
)
add(
    "future-schema.json",
    "a file from a newer eventviewer",
    mutated(lambda d: d.update(schema_version=3, new_section={"x": 1})),
    "$.schema_version",
    "made for a newer eventviewer",
)
add(
    "schema-version-zero.json",
    "schema version 0",
    mutated(setter("schema_version", 0)),
    "$.schema_version",
    "no schema version 0",
)

# -- numbers that cannot all be true -----------------------------------------------------------
add(
    "tier-bounds-reversed.json",
    "a tier whose upper bound is below its lower",
    mutated(lambda d: d["investment"]["tiers"][1].update(lower_bn=10, upper_bn=5)),
    "$.investment.tiers[1]",
    "is not above lower",
)
add(
    "tier-overlap.json",
    "two tiers covering the same amounts",
    mutated(setter("investment.tiers.1.upper_bn", 12)),
    "$.investment.tiers[1]",
    "overlaps",
)
add(
    "tier-counts-above-total.json",
    "tiers holding more projects than the total",
    mutated(setter("investment.projects.value", 10)),
    "$.investment.tiers",
    "more than the 10 projects in total",
)
add(
    "tier-amounts-above-total.json",
    "tiers holding more money than the total",
    mutated(setter("investment.amount_bn.value", 150)),
    "$.investment.tiers",
    "more than the RMB 150 bn in total",
)
add(
    "tier-amount-below-bounds.json",
    "6 projects of at least 10 bn holding 30 bn",
    mutated(setter("investment.tiers.0.amount_bn.value", 30)),
    "$.investment.tiers[0].amount_bn",
    "below 6 projects × RMB 10 bn",
)
add(
    "tier-amount-above-bounds.json",
    "14 projects under 10 bn holding 150 bn",
    mutated(setter("investment.tiers.1.amount_bn.value", 150)),
    "$.investment.tiers[1].amount_bn",
    "above 14 projects × RMB 10 bn",
)
add(
    "tier-empty-with-money.json",
    "a tier with 0 projects but an amount",
    mutated(setter("investment.tiers.1.projects.value", 0)),
    "$.investment.tiers[1].amount_bn",
    "0 projects must have amount 0",
)
add(
    "unknown-source.json",
    "a locator naming a source that is not listed",
    mutated(setter("participants.people.ref.source", "nowhere")),
    "$.participants.people.ref.source",
    "unknown source `nowhere`",
)
add(
    "too-many-themes.json",
    "more themes listed than counted",
    mutated(
        lambda d: d["activities"]["themes"].append(
            {"name": "Extra", "ref": d["activities"]["themes"][0]["ref"]}
        )
    ),
    "$.activities.themes",
    "8 themes listed but the source counts 7",
)
add(
    "theme-without-ref.json",
    "a named theme with no locator",
    mutated(setter("activities.themes.0.ref", None)),
    "$.activities.themes[0].ref",
    "a named theme needs a ref",
)

# -- strings -----------------------------------------------------------------------------------
add(
    "rtl-override.json",
    "a right-to-left override in a name",
    mutated(setter("event.hosts.1.name", "People\u2019s Government \u202eecnivorP")),
    "$.event.hosts[1].name",
    "bidirectional-override",
)
add(
    "control-character.json",
    "a control character in a name",
    mutated(setter("event.location.city", "Kun\u0007ming")),
    "$.event.location.city",
    "control characters",
)


def _payloads(data: Any) -> None:
    """Put markup into every string value that is free text (ids and codes keep their form)."""
    payload = ' <b>bold</b> <img src="file:///etc/passwd"> <a href="https://example.invalid">x</a>'

    def walk(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: walk(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, key) for v in node]
        if (
            isinstance(node, str)
            and key not in {"id", "source", "currency", "qualifier", "dateline_date", "role"}
            and not (key == "value" and node[:4].isdigit())
        ):
            return node + payload
        return node

    data.update(walk(data))


add(
    "html-payloads.json",
    "HTML in every kind of string (accepted, shown as plain text)",
    mutated(_payloads),
    None,
    "VALID",
)

if __name__ == "__main__":
    (HERE / "manifest.json").write_text(
        json.dumps({"entries": entries}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"{len(entries)} files")
