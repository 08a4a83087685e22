"""What the window shows besides an event: the empty page before one is open, and the banner
that says the file on screen changed on disk and cannot be read now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import EventFileError, visible
from .common import plain_label

BANNER_STYLE = (
    "#banner { background: #fff4ce; border: 1px solid #e0b400; border-radius: 4px; }"
    "#banner QLabel { color: #3d3000; }"
)


class Banner(QFrame):
    """A notice above the tabs, hidden until there is something to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setStyleSheet(BANNER_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = plain_label()
        layout.addWidget(self.label, 1)
        self.hide()

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def unreadable(self, error: EventFileError, *, showing_last: bool) -> None:
        """The file shown changed on disk and cannot be read now (its first problem)."""
        name = Path(error.file).name
        first = error.problems[0].format(name) if error.problems else ""
        if showing_last:
            said = QCoreApplication.translate(
                "MainWindow",
                "%s changed on disk and cannot be read now; showing the last good version.",
            )
        else:
            said = QCoreApplication.translate(
                "MainWindow",
                "%s changed on disk and still cannot be read; it is shown once it can.",
            )
        self.say(said % visible(name) + f"\n{first}")


class EmptyPage(QWidget):
    """What shows before any event is: a sentence and the two ways to open one."""

    def __init__(self, open_file: Callable[[], None], open_bundled: Callable[[], None]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        said = QCoreApplication.translate("MainWindow", "No event is open.")
        self.text = plain_label(said, selectable=False)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in (
            (QCoreApplication.translate("MainWindow", "Open an event file…"), open_file),
            (QCoreApplication.translate("MainWindow", "Open the bundled event"), open_bundled),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
