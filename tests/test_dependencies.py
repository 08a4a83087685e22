"""The Qt binding the app runs on must not corrupt the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 drops a reference to None on every call that returns nothing; Python 3.11
    aborts once the count reaches zero (a window resized ~50 times). pyproject.toml excludes
    that release; this fails on any installed binding that does the same."""
    label = QLabel()
    qtbot.addWidget(label)
    palette = QPalette()
    before = sys.getrefcount(None)
    for i in range(1000):
        label.setText(str(i))
        palette.setColor(QPalette.ColorRole.Window, QColor(i % 256, 0, 0))
        label.setPalette(palette)
    assert before - sys.getrefcount(None) < 100, "void Qt calls leak references to None"
