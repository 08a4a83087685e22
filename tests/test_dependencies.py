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
    calls = 3 * 3000
    before = sys.getrefcount(None)
    for i in range(calls // 3):
        label.setText(str(i))
        palette.setColor(QPalette.ColorRole.Window, QColor(i % 256, 0, 0))
        label.setPalette(palette)
    # A leaking binding loses one reference a call (9,000 here); other threads of the test run
    # (a library scan, a reload) move the count by some hundreds either way.
    assert before - sys.getrefcount(None) < calls // 10, "void Qt calls leak references to None"


def test_ci_tests_the_lowest_versions_pyproject_allows() -> None:
    """.ci/run installs .ci/lowest.txt as constraints and runs the suite again: it must name
    exactly the floor of every direct dependency, or the floors are declared but untested."""
    import re
    import tomllib

    from .conftest import REPO

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    floors: dict[str, str] = {}
    for requirement in declared:
        match = re.match(r"([\w.-]+)\s*>=\s*([\w.]+)", requirement)
        if match:  # ruff and mypy are pinned exactly
            floors.setdefault(match[1].lower(), match[2])  # one floor a name, whatever the marker
    pinned = {}
    for line in (REPO / ".ci" / "lowest.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pinned[name.strip().lower()] = version.strip()
    assert pinned == floors
