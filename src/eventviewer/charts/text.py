"""Text helpers shared by the charts and the window: one cell on one line, an audit finding
in words, a tooltip shown literally, whether a palette is dark."""

from __future__ import annotations

import html
import textwrap

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

TOOLTIP_WIDTH = 80  # characters; longer lines are wrapped at spaces


WARNING_MARK = "⚠"


def one_line(text: str) -> str:
    """``text`` with its tabs, newlines and runs of spaces made single spaces: one cell."""
    return " ".join(text.split())


def finding_words(finding: str) -> str:
    """``⚠ Audit finding: …``: how an audit finding is said wherever it is shown."""
    words = QCoreApplication.translate("common", "Audit finding: {finding}")
    return f"{WARNING_MARK} " + words.format(finding=finding)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally, line by line as written (Qt would otherwise
    choose a narrow width and wrap "> 60%" after one word); long lines wrap at 80 characters."""
    lines = [textwrap.fill(line, TOOLTIP_WIDTH) or line for line in text.splitlines()]
    return f"<p style='white-space:pre'>{html.escape(chr(10).join(lines), quote=False)}</p>"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
