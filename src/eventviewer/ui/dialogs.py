"""The window's dialogs: asking for a file or folder, reporting a file that does not load,
the audit findings, About. Each takes what it shows as arguments; a message box is opened
window-modal and returned, for the caller to keep (and close) while it is open.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget

from .. import __version__
from ..domain.errors import EventFileError, visible
from ..domain.schema import SCHEMA_VERSION

MAX_DIALOG_PROBLEMS = 12


translate = QCoreApplication.translate


def open_file(parent: QWidget, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Dialogs", "Open event file"),
        folder or str(Path.home()),
        translate("Dialogs", "Event files (*.json);;All files (*)"),
    )
    return path or None


def open_folder(parent: QWidget, folder: str) -> str | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("Dialogs", "Add a folder to the library"), folder or str(Path.home())
    )
    return chosen or None


def save_path(parent: QWidget, title: str, folder: str, name: str) -> str | None:
    """Ask where to save ``name`` (in ``folder`` first); the path ends in ``name``'s extension,
    which names the format written."""
    suffix = Path(name).suffix
    path, _ = QFileDialog.getSaveFileName(parent, title, f"{folder}/{name}" if folder else name)
    if not path:
        return None
    return path if path.lower().endswith(suffix) else path + suffix


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, visible(text))


READING_WIDTH = 72  # average characters a line of a message's text may take


def readable_width(box: QMessageBox) -> None:
    """Lines of about READING_WIDTH characters (no wider than the screen): Qt's message box
    keeps its text narrow and wraps a list of problems every three or four words."""
    width = box.fontMetrics().averageCharWidth() * READING_WIDTH
    screen = box.screen().availableGeometry().width() if box.screen() else width
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        if label is not None:
            label.setMinimumWidth(min(width, screen * 2 // 3))


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def first_problems(error: EventFileError) -> tuple[list[str], int]:
    """The first problems of a file that does not load, one a line and located by the file's
    name (its folder is shown elsewhere), and how many more there are."""
    lines = [p.format(Path(error.file).name) for p in error.problems]
    shown = lines[:MAX_DIALOG_PROBLEMS]
    return shown, len(lines) - len(shown) + error.more


def file_error(
    parent: QWidget, title: str, error: EventFileError, *, data_unchanged: bool
) -> QMessageBox:
    """The located problems of a file that does not load (the first ones; all in Details)."""
    shown, more = first_problems(error)
    box = _box(parent, QMessageBox.Icon.Warning, title, f"{title}:\n{visible(error.file)}")
    if more:
        shown.append(translate("Dialogs", "… and {n} more (see details)").format(n=more))
        box.setDetailedText(error.describe())  # the full list
    if data_unchanged:
        shown += ["", translate("Dialogs", "The data on screen is unchanged.")]
    box.setInformativeText("\n".join(shown))
    readable_width(box)
    box.open()
    return box


def comparison_error(parent: QWidget, text: str) -> QMessageBox:
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        translate("Dialogs", "Cannot compare"),
        translate("Dialogs", "Some of the editions could not be read:"),
    )
    box.setInformativeText(visible(text))
    readable_width(box)
    box.open()
    return box


def findings(parent: QWidget, found: Sequence[str]) -> QMessageBox:
    """The audit findings, one a line: implausible things the file says, not errors."""
    box = _box(
        parent,
        QMessageBox.Icon.Information,
        translate("Dialogs", "Audit findings"),
        translate("Dialogs", "The file is valid, but these figures look implausible; check them:"),
    )
    box.setInformativeText("\n".join(visible(f) for f in found))
    readable_width(box)
    box.open()
    return box


def linked(text: str) -> str:
    """``text`` escaped as HTML, each http(s) address in it a link (opened only when clicked)."""
    parts = re.split(r"(https?://[^\s,<>\"]+)", visible(text))
    return "".join(
        f'<a href="{html.escape(part)}">{html.escape(part)}</a>' if i % 2 else html.escape(part)
        for i, part in enumerate(parts)
    )


def about(parent: QWidget, sources: Sequence[str] | None, version: int | None) -> QMessageBox:
    """Version, data sources (each address a link; every data string escaped), schema."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("Dialogs", "About eventviewer"))
    icon = QApplication.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    if sources is not None:
        listed = "<br>".join(linked(source) for source in sources)
    else:
        listed = html.escape(translate("Dialogs", "no file open"))
    box.setText(f"eventviewer {__version__}")
    schema = translate("Dialogs", "Event schema version %d (this version reads up to %d).")
    box.setInformativeText(
        html.escape(translate("Dialogs", "A viewer for reports of investment-matchmaking events."))
        + f"<br><br>{html.escape(translate('Dialogs', 'Data source:'))}<br>{listed}<br><br>"
        + html.escape(schema % (version or SCHEMA_VERSION, SCHEMA_VERSION))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    readable_width(box)
    box.open()
    return box


def unexpected_error(parent: QWidget | None, what: str, details: str, log: str) -> QMessageBox:
    """An error eventviewer did not expect: said, with the details to copy for a report."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Dialogs", "Unexpected error"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("Dialogs", "Something went wrong in eventviewer:"))
    where = translate("Dialogs", "The details are in {log}.").format(log=log) if log else ""
    box.setInformativeText("\n\n".join(x for x in (visible(what), where) if x))
    box.setDetailedText(details)
    copy = box.addButton(translate("Dialogs", "Copy Details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # an action button would close the box
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    readable_width(box)
    box.open()
    return box
