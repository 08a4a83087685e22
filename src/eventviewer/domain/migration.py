"""Version 1 files, migrated on read to the version 2 model.

Nothing is guessed: a version 1 file has no basis, qualifier (but for sector shares) or
language, so the migrated figures have none either, and the audit says so. Each ``ref``
becomes a one-item ``refs``; ``publication`` becomes ``outlet``; a sector share's qualifier
moves onto its percentage ("exactly" is now "exact"). The itemized records are the same
objects: their format did not change.
"""

from __future__ import annotations

from typing import Any

import msgspec

from . import schema_v1
from .schema import ITEMIZED, SCHEMA_VERSION, Event


def migrate(old: schema_v1.Event) -> Event:
    """The version 2 event that says what the version 1 ``old`` says."""
    small = msgspec.structs.replace(old, **dict.fromkeys(ITEMIZED))
    data = _refs(msgspec.to_builtins(small))
    data["schema_version"] = SCHEMA_VERSION
    for source in data["sources"]:
        source["outlet"] = source.pop("publication")
    for share in (data.get("investment") or {}).get("sector_shares", []):
        qualifier = share.pop("qualifier")
        share["share_percent"]["qualifier"] = "exact" if qualifier == "exactly" else qualifier
    new = msgspec.convert(data, Event)
    return msgspec.structs.replace(new, **{name: getattr(old, name) for name in ITEMIZED})


def _refs(value: Any) -> Any:
    """``value`` with every ``"ref": {...}`` made ``"refs": [{...}]``."""
    if isinstance(value, dict):
        out = {k: _refs(v) for k, v in value.items() if k != "ref"}
        if value.get("ref") is not None:
            out["refs"] = [_refs(value["ref"])]
        return out
    if isinstance(value, list):
        return [_refs(v) for v in value]
    return value


def v1_path(location: str) -> str:
    """A JSON path into the migrated event, as the version 1 file spells it."""
    return location.replace(".refs[0]", ".ref").removesuffix(".refs") + (
        ".ref" if location.endswith(".refs") else ""
    )
