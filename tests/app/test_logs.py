"""An unexpected error in the window is logged and shown, with details to copy."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ..conftest import WAIT_MS


@pytest.fixture
def hooks() -> Iterator[None]:
    """The interpreter's hooks as they were, after the test."""
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


def _boxes(window: Any) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


@pytest.mark.usefixtures("hooks")
@pytest.mark.parametrize("where", ["gui", "worker"])
def test_an_unexpected_error_is_logged_and_shown_with_its_details(
    where: str, qtbot: QtBot, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    from eventviewer.app import _report_unexpected
    from eventviewer.app.logs import log

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    keep = _report_unexpected(window)

    def boom() -> None:
        raise ValueError("a bug of ours")

    if where == "gui":
        try:
            boom()
        except ValueError:
            sys.excepthook(*sys.exc_info())
    else:
        worker = threading.Thread(target=boom)
        worker.start()
        worker.join()
    qtbot.waitUntil(lambda: bool(_boxes(window)), timeout=WAIT_MS)
    [box] = _boxes(window)
    assert box.text() == "Something went wrong in eventviewer:"
    assert "ValueError: a bug of ours" in box.informativeText()
    logged = tmp_path / "eventviewer" / "eventviewer.log"
    assert str(logged) in box.informativeText()
    assert 'raise ValueError("a bug of ours")' in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Copy Details")
    copy.click()
    assert QApplication.clipboard().text() == box.detailedText()
    assert box.isVisible()  # copying does not close it
    for handler in log.handlers:
        handler.flush()
    assert "ValueError: a bug of ours" in logged.read_text(encoding="utf-8")
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    log.setLevel(logging.NOTSET)
    box.close()
    del keep


def test_a_relative_xdg_state_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventviewer.app.logs import log_path

    monkeypatch.setenv("XDG_STATE_HOME", "relative/state")
    assert log_path() == Path.home() / ".local" / "state" / "eventviewer" / "eventviewer.log"
