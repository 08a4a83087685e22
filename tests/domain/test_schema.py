"""The published JSON Schema is generated from the model and agrees with the loader."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import jsonschema
import pytest

from eventviewer.domain import EventFileError, json_schema, load_event_bytes

from ..conftest import BUNDLED


@pytest.fixture(scope="module")
def cli_schema() -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "eventviewer", "--schema"],
        capture_output=True,
        text=True,
        check=True,
    )
    schema: dict[str, Any] = json.loads(out.stdout)
    return schema


def test_schema_from_cli_is_valid_draft_2020_12(cli_schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(cli_schema)
    assert cli_schema == json_schema()


def test_bundled_file_validates_under_third_party_jsonschema(cli_schema: dict[str, Any]) -> None:
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(cli_schema).validate(data)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("sources"),
        lambda d: d["investment"]["projects"].update(value=-1),
        lambda d: d["investment"]["projects"].update(value="382"),
        lambda d: d["event"].update(venue="somewhere"),
        lambda d: d["investment"]["sector_shares"][0].update(qualifier="roughly"),
        lambda d: d["investment"].update(currency="rmb"),
        lambda d: d["event"]["name"].update(value="a\u202eb"),
        lambda d: d["event"]["opening_date"].update(value="3 Sept 2023"),
    ],
    ids=[
        "missing-sources",
        "negative",
        "string-count",
        "unknown-field",
        "bad-enum",
        "bad-currency",
        "bidi-override",
        "bad-date",
    ],
)
def test_schema_and_loader_reject_the_same_structural_errors(
    cli_schema: dict[str, Any], event_dict: dict[str, Any], mutate: Any
) -> None:
    mutate(event_dict)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(
            cli_schema, format_checker=jsonschema.FormatChecker()
        ).validate(event_dict)
    with pytest.raises(EventFileError):
        load_event_bytes(json.dumps(event_dict).encode())


def test_schema_documents_unknown_as_null() -> None:
    schema = json_schema()
    assert "null means 'not given by the source'" in str(schema["description"])
    closing = schema["$defs"]["EventInfo"]["properties"]["closing_date"]  # type: ignore[index]
    assert {"type": "null"} in closing["anyOf"]
