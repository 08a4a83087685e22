"""What the window shows besides an event: the empty page before one is open, and the banner
that says the file on screen changed on disk and cannot be read now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..charts.text import plain_tooltip
from ..domain.errors import EventFileError, visible
from .common import plain_label
from .dialogs import first_problems

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
    """What shows where no event is: before one is open, or where the one asked for does not
    load: then its located problems, and the ways on (try again, open another, go back)."""

    def __init__(
        self,
        open_file: Callable[[], None],
        open_bundled: Callable[[], None],
        try_again: Callable[[], None],
        go_back: Callable[[], None],
    ) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.text = plain_label(no_event_text(), selectable=False)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.text)
        self.problems = plain_label()  # selectable: a reader copies a located line
        self.problems.hide()
        layout.addWidget(self.problems)
        row = QHBoxLayout()
        row.addStretch(1)
        again = QCoreApplication.translate("MainWindow", "Try Again")
        self.again = self._button(row, again, try_again)
        open_text = QCoreApplication.translate("MainWindow", "Open an event file…")
        self._button(row, open_text, open_file)
        bundled = QCoreApplication.translate("MainWindow", "Open the bundled event")
        self._button(row, bundled, open_bundled)
        self.back = self._button(row, "", go_back)
        self.again.hide()
        self.back.hide()
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    @staticmethod
    def _button(row: QHBoxLayout, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def show_error(self, error: EventFileError, back_to: str | None) -> None:
        """``error``'s file does not load: its problems, one a line (the first ones)."""
        name = Path(error.file).name
        said = QCoreApplication.translate("MainWindow", "Could not open {file}:")
        self.text.setText(said.format(file=visible(name)))
        shown, hidden = first_problems(error)
        if hidden:
            more = QCoreApplication.translate("MainWindow", "… and {n} more")
            shown.append(more.format(n=hidden))
        self.problems.setText("\n".join(shown))
        self.problems.show()
        self.again.show()
        if back_to is not None:
            back = QCoreApplication.translate("MainWindow", "Back to {title}")
            title = visible(back_to)
            short = title if len(title) <= BACK_TITLE else title[: BACK_TITLE - 1].rstrip() + "…"
            # "&&": a button reads a lone & as its shortcut's mark (Transfer _Development)
            self.back.setText(back.format(title=short).replace("&", "&&"))
            self.back.setToolTip(plain_tooltip(back.format(title=title)))
        self.back.setVisible(back_to is not None)

    def clear_error(self) -> None:
        self.text.setText(no_event_text())
        for widget in (self.problems, self.again, self.back):
            widget.hide()


BACK_TITLE = 40  # characters of the edition's title on the way back (whole in the tooltip)


def no_event_text() -> str:
    return QCoreApplication.translate("MainWindow", "No event is open.")
