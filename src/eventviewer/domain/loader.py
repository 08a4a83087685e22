"""Read an event file into a typed :class:`Event`, or fail with every located problem.

The steps, each in its own module: read the bytes (:mod:`.files`), decode them against the
schema of their version (:mod:`.decoding`), refuse forbidden characters (:mod:`.characters`)
and duplicate keys (:mod:`.duplicates`), migrate a version 1 file (:mod:`.migration`),
compute the derived figures and check that the numbers can all be true (:mod:`.derived`,
:mod:`.checks`). Decisions are documented in the README.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import msgspec

from . import schema_v1
from .characters import forbidden_character_problems
from .checks import check_event
from .decoding import decode_event, strip_utf8_bom
from .derived import Figures, compute_figures
from .duplicates import duplicate_key_problems
from .errors import EventFileError, Problem
from .files import MAX_FILE_BYTES, read_event_bytes
from .i18n import translate
from .migration import migrate, v1_path
from .schema import SCHEMA_VERSION, Event


class LoadedEvent(msgspec.Struct, frozen=True, dict=True):
    """A valid event, its derived figures and audit findings, and where it came from."""

    event: Event
    figures: Figures
    file: str
    data: bytes  # as read, for the digest
    findings: tuple[Problem, ...] = ()
    path: Path | None = None
    written_version: int = SCHEMA_VERSION  # the file's own schema version (1: migrated on read)

    @functools.cached_property
    def sha256(self) -> str:
        """The file's SHA-256, computed when first shown (--validate never shows it)."""
        import hashlib

        return hashlib.sha256(self.data).hexdigest()


def load_event(path: str | os.PathLike[str]) -> LoadedEvent:
    """Load and validate an event file; raise :class:`EventFileError` on any problem."""
    if str(path).endswith(("/", os.sep)):  # Path() would drop the slash and read the file
        reason = translate("loader", "a name ending in / is a folder, not an event file")
        raise EventFileError(str(path), [Problem("", reason)])
    p = Path(path)
    return load_event_bytes(read_event_bytes(p), file=str(p), path=p)


def load_event_bytes(data: bytes, file: str = "<data>", path: Path | None = None) -> LoadedEvent:
    """Validate bytes as an event file. Never raises anything but :class:`EventFileError`."""
    if len(data) > MAX_FILE_BYTES:
        said = translate("loader", "larger than {n} MiB").format(n=MAX_FILE_BYTES // 2**20)
        raise EventFileError(file, [Problem("", said)])
    text = strip_utf8_bom(data, file)
    event = decode_event(text, file)
    problems = forbidden_character_problems(text, event)
    encoded = msgspec.json.encode(event)  # re-encoded once: the duplicate proof and a check read it
    problems.extend(duplicate_key_problems(text, event, encoded))
    written_version = event.schema_version
    figures: Figures
    if isinstance(event, schema_v1.Event):
        event = migrate(event)
        figures = compute_figures(event)
        checked = [
            msgspec.structs.replace(p, location=v1_path(p.location))
            for p in check_event(event, figures, migrated=True, encoded=encoded)
        ]
    else:
        figures = compute_figures(event)
        checked = check_event(event, figures, encoded=encoded)
    findings = tuple(p for p in checked if p.severity == "warning")
    problems.extend(p for p in checked if p.severity == "error")
    if problems:
        raise EventFileError(file, problems)
    return LoadedEvent(event, figures, file, data, findings, path, written_version)
