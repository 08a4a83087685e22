"""One error type for every way an event file can be wrong, each problem with its location."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
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
