"""One error type for every way an event file can be wrong, each problem with its location."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import msgspec

from .i18n import translate

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


class Problems(list[Problem]):
    """Problems as they are found: the first :data:`MAX_PROBLEMS` kept, the rest only counted
    (in :attr:`more`), so that a file with a million faults costs no more memory than one.
    ``all_counted`` is False where counting stopped early: ``more`` is then a lower bound."""

    def __init__(
        self, problems: Iterable[Problem] = (), more: int = 0, *, all_counted: bool = True
    ) -> None:
        super().__init__()
        self.more = more
        self.all_counted = all_counted and getattr(problems, "all_counted", True)
        for problem in problems:
            self.append(problem)

    def append(self, problem: Problem) -> None:
        if len(self) < MAX_PROBLEMS:
            super().append(problem)
        else:
            self.more += 1

    def total(self) -> int:
        """How many problems were found, kept or only counted."""
        return len(self) + self.more

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)
        self.more += getattr(problems, "more", 0)
        self.all_counted = self.all_counted and getattr(problems, "all_counted", True)


class EventFileError(Exception):
    """Raised by the loader; carries the problems found (up to :data:`MAX_PROBLEMS`) and how
    many more there were."""

    def __init__(self, file: str, problems: Iterable[Problem], more: int = 0) -> None:
        kept = Problems(problems, more + getattr(problems, "more", 0))
        self.file = file
        self.problems = tuple(kept)
        self.more = kept.more
        self.all_counted = kept.all_counted
        super().__init__(self.describe())

    def lines(self) -> list[str]:
        """One line per problem, then how many more there were past the reporting limit."""
        lines = [p.format(self.file) for p in self.problems]
        if self.more:
            if not self.all_counted:  # counting stopped: a lower bound
                more = translate("loader", "… and at least {n} more problems").format(n=self.more)
            elif self.more == 1:
                more = translate("loader", "… and 1 more problem")
            else:
                more = translate("loader", "… and {n} more problems").format(n=self.more)
            lines.append(visible(f"{self.file}: {more}"))
        return lines

    def describe(self) -> str:
        return "\n".join(self.lines())
