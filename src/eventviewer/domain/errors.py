"""One error type for every way an event file can be wrong, each problem with its location."""

from __future__ import annotations

from typing import Literal

import msgspec

Severity = Literal["error", "warning"]
MAX_PROBLEMS = 100  # reported for one file; the first ones say what is wrong

_NAMED_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# Characters that would act on a terminal or a text view instead of being shown: C0 and C1
# controls, DEL, line and paragraph separators, and the invisible bidirectional marks.
_INVISIBLE = [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, 0x061C, 0x200E, 0x200F]
_INVISIBLE += [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_VISIBLE = str.maketrans(
    {
        c: _NAMED_ESCAPES.get(chr(c), f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}")
        for c in _INVISIBLE
    }
)


def visible(text: str) -> str:
    """``text`` with control and bidirectional characters escaped (``\\x1b``, ``\\n``), so that
    a name taken from a file can neither colour a terminal nor start a second line."""
    return text.translate(_VISIBLE)


class Problem(msgspec.Struct, frozen=True):
    """A located problem. ``location`` is ``line:column`` for syntax, a JSON path for content."""

    location: str
    message: str
    severity: Severity = "error"

    def format(self, file: str) -> str:
        """One line: ``file:location: message``, whatever the file name or message holds."""
        where = f"{file}:{self.location}" if self.location else file
        prefix = "warning: " if self.severity == "warning" else ""
        return visible(f"{where}: {prefix}{self.message}")


class EventFileError(Exception):
    """Raised by the loader; carries every problem found, not just the first."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = tuple(problems)
        super().__init__(self.describe())

    def describe(self) -> str:
        return "\n".join(p.format(self.file) for p in self.problems)
