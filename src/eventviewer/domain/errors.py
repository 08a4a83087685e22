"""One error type for every way an event file can be wrong, each problem with its location."""

from __future__ import annotations

from typing import Literal

import msgspec

Severity = Literal["error", "warning"]


class Problem(msgspec.Struct, frozen=True):
    """A located problem. ``location`` is ``line:column`` for syntax, a JSON path for content."""

    location: str
    message: str
    severity: Severity = "error"

    def format(self, file: str) -> str:
        where = f"{file}:{self.location}" if self.location else file
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"


class EventFileError(Exception):
    """Raised by the loader; carries every problem found, not just the first."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = tuple(problems)
        super().__init__(self.describe())

    def describe(self) -> str:
        return "\n".join(p.format(self.file) for p in self.problems)
