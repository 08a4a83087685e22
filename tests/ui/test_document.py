"""The open document: a bad file keeps what is shown; a file that changes on disk is read again."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from eventviewer.ui.main_window import MainWindow
from eventviewer.ui.settings import SettingsStore

from ..conftest import WAIT_MS


def test_bad_file_keeps_the_data_and_reports_located_errors(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = window.summary
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1,\n "sources": ]}')
    assert window.open_path(bad) is False
    assert window.summary is before
    box = window.error_box
    assert box is not None and box.isVisible()
    assert "bad.json:2:13: not valid JSON: invalid character" in box.informativeText()
    assert "The data on screen is unchanged." in box.informativeText()
    box.close()


def test_file_changed_on_disk_reloads_and_survives_half_written(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    path = write_json(event_dict)
    assert window.open_path(path)
    good = path.read_text(encoding="utf-8")
    path.write_text(good[: len(good) // 2], encoding="utf-8")  # half-written
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=WAIT_MS)
    assert "showing the last good version" in window.banner_text.text()
    assert window.summary is not None and window.summary.title.startswith("China")
    event_dict["event"]["name"]["value"] = "Fixed on disk"
    path.write_text(json.dumps(event_dict), encoding="utf-8")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Fixed on disk — "), timeout=WAIT_MS)
    assert not window.banner.isVisible()


def test_the_error_dialog_shows_control_characters_escaped(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    event_dict["\x1b[31mRED\n"] = 1
    assert window.open_path(write_json(event_dict, name="bad\x07.json")) is False
    box = window.error_box
    assert box is not None
    shown = box.text() + box.informativeText()
    assert "\x1b" not in shown and "\x07" not in shown
    assert "bad\\x07.json:$: unknown field `\\x1b[31mRED\\n`" in box.informativeText()
    box.close()


def test_reloading_runs_off_the_gui_thread_and_the_newest_change_wins(
    qtbot: QtBot,
    window: MainWindow,
    event_dict: dict[str, Any],
    write_json: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A load held up on the worker leaves the window working; the load for an older change is
    never shown, even when it finishes last."""
    import threading

    from eventviewer.ui import watch

    path = write_json(event_dict)
    assert window.open_path(path)
    from eventviewer.domain import load_event_bytes

    gate = threading.Event()
    loads: list[bytes] = []

    def held_load(p: Path) -> Any:
        loads.append(p.read_bytes())  # what the file holds when the load starts
        if len(loads) == 1:
            assert gate.wait(30), "the test never released the first load"
        return load_event_bytes(loads[-1], str(p), p)

    monkeypatch.setattr(watch, "load_event", held_load)
    started: list[Path] = []
    window.reloader.reading.connect(started.append)
    titles: list[str] = []
    window.windowTitleChanged.connect(titles.append)
    event_dict["event"]["name"]["value"] = "First change"
    path.write_text(json.dumps(event_dict), encoding="utf-8")
    qtbot.waitUntil(lambda: len(loads) == 1, timeout=WAIT_MS)
    assert "reading it" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1  # the window answers while the file loads
    event_dict["event"]["name"]["value"] = "Second change"
    path.write_text(json.dumps(event_dict), encoding="utf-8")
    qtbot.waitUntil(lambda: len(started) == 2, timeout=WAIT_MS)  # asked for while the 1st runs
    gate.set()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Second change — "), timeout=WAIT_MS)
    assert not any(
        t.startswith("First change") for t in titles
    )  # the older load finished, and was not shown


def test_a_file_deleted_and_written_back_or_briefly_a_folder_is_followed_again(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    path = write_json(event_dict)
    assert window.open_path(path)
    path.unlink()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=WAIT_MS)
    assert "no such file" in window.banner_text.text()
    path.mkdir()
    path.rmdir()
    event_dict["event"]["name"]["value"] = "Written back"
    path.write_text(json.dumps(event_dict), encoding="utf-8")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Written back — "), timeout=WAIT_MS)
    assert not window.banner.isVisible()
    event_dict["event"]["name"]["value"] = "Changed again"
    path.write_text(json.dumps(event_dict), encoding="utf-8")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Changed again — "), timeout=WAIT_MS)


def test_a_file_broken_at_start_is_watched_until_it_can_be_read(
    qtbot: QtBot, store: SettingsStore, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    """No dead end: F5 works, the file is watched, and the bundled event is one click away."""
    path = write_json(event_dict)
    good = path.read_text(encoding="utf-8")
    path.write_text(good[:100], encoding="utf-8")  # broken when the window opens on it
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path) is False
    assert window.stack.currentWidget() is window.empty
    assert window.menus.reload_action.isEnabled()
    buttons = [b.text() for b in window.empty.findChildren(QPushButton) if not b.isHidden()]
    assert buttons == ["Try Again", "Open an event file…", "Open the bundled event"]
    # the located error is where the edition would be (it was "No event is open" and a box)
    assert window.empty.text.text() == f"Could not open {path.name}:"
    assert window.empty.problems.text().startswith(f"{path.name}:")
    path.write_text(good, encoding="utf-8")  # fixed by the editor
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=WAIT_MS)
    assert window.stack.currentWidget() is window.tabs
    assert window.error_box is None or not window.error_box.isVisible()


def test_an_edition_that_does_not_load_says_so_where_it_would_show(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    """Chosen in the library, a broken file left the previous edition on screen, silently."""
    path = write_json(event_dict, "broken.json")
    good = path.read_text(encoding="utf-8")
    path.write_text(good[:200], encoding="utf-8")
    shown = window.summary
    assert shown is not None
    window.library.open_requested.emit(str(path))
    assert window.stack.currentWidget() is window.empty
    assert window.empty.text.text() == "Could not open broken.json:"
    assert window.empty.problems.text().startswith("broken.json:")
    assert window.summary is shown  # nothing lost: the way back is there
    # the title shortened (whole in the tooltip), its & not taken for a shortcut's mark
    assert window.empty.back.text() == "Back to China Industrial Transfer && Development…"
    assert "Matchmaking Activity (Yunnan)" in window.empty.back.toolTip()  # the title whole
    assert not window.empty.back.isHidden()
    assert window.empty.back.sizeHint().width() < 420
    window.empty.back.click()
    assert window.stack.currentWidget() is window.tabs and window.summary is shown
    window.library.open_requested.emit(str(path))
    path.write_text(good, encoding="utf-8")  # mended
    window.empty.again.click()
    assert window.stack.currentWidget() is window.tabs
    assert window.loaded is not None and window.loaded.path == path.absolute()
