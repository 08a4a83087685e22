"""The library panel: the bundled series by year, the user's folders, errors that block nothing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from eventviewer.domain.bundled import bundled_event_path, edition_path
from eventviewer.domain.library import bundled_entries, folder_entries
from eventviewer.ui import settings as keys
from eventviewer.ui.library import PATH_ROLE
from eventviewer.ui.main_window import MainWindow

from ..conftest import BUNDLED, V1_YUNNAN, WAIT_MS


def rows(window: MainWindow) -> dict[str, list[list[str]]]:
    """Group title → its rows, each as the texts of its cells."""
    model = window.library.model
    out: dict[str, list[list[str]]] = {}
    for r in range(model.rowCount()):
        head = model.item(r)
        out[head.text()] = [
            [head.child(c, col).text() for col in range(model.columnCount())]
            for c in range(head.rowCount())
        ]
    return out


def scanned(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.scanner.scanned, timeout=WAIT_MS):
        window.scanner.scan()


def test_entries_say_what_a_reader_scans_for() -> None:
    entries = {e.name: e for e in bundled_entries()}
    assert len(entries) == 13
    yunnan = entries["2023-yunnan"]
    assert (yunnan.year, yunnan.province, yunnan.city, yunnan.opened) == (
        "2023",
        "Yunnan",
        "Kunming",
        "2023-09-03",
    )
    assert yunnan.amount == "RMB 396.6 bn (signed during the event)"
    assert entries["2025-hunan"].amount == "RMB 448.1 bn (intended investment)"
    assert [e.name for e in bundled_entries()][:2] == ["2023-inner-mongolia", "2023-guangxi"]


def test_the_panel_lists_the_series_by_year_and_a_click_shows_an_edition(
    qtbot: QtBot, window: MainWindow
) -> None:
    scanned(qtbot, window)
    groups = rows(window)
    assert list(groups) == ["2023", "2024", "2025"]
    assert ["Yunnan, Kunming", "2023-09-03", "RMB 396.6 bn (signed during the event)"] in groups[
        "2023"
    ]
    assert ["Heilongjiang, Harbin", "2024-09-01", "projects not stated"] in groups["2024"]
    current = window.library.tree.currentIndex()
    assert current.data(PATH_ROLE) == str(bundled_event_path())  # what is shown is selected
    hunan = next(
        window.library.model.item(2).child(i)
        for i in range(3)
        if window.library.model.item(2).child(i).text() == "Hunan, Changsha"
    )
    window.library.tree.setCurrentIndex(hunan.index())
    window.library.tree.setFocus()
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Return)
    assert window.loaded is not None and window.loaded.path == edition_path("2025-hunan")
    assert window.windowTitle().endswith(" — 2025-hunan.json")


def test_the_library_is_a_panel_that_hides_and_comes_back_on_ctrl_l(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.library.isVisible()
    window.menus.library_action.trigger()  # shown: Ctrl+L goes there (it used to hide it)
    assert window.library.isVisible()
    assert QApplication.focusWidget() is window.library.tree
    window.menus.library_action.trigger()  # pressed there again: it hides
    assert not window.library.isVisible()
    assert not window.menus.library_action.isChecked()
    window.menus.library_action.trigger()
    assert window.library.isVisible()
    assert window.menus.library_action.shortcut().toString() == "Ctrl+L"
    assert QApplication.focusWidget() is window.library.tree


def test_a_folder_lists_every_file_and_a_broken_one_blocks_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, store: Any
) -> None:
    shutil.copy(edition_path("2025-hunan"), tmp_path / "hunan.json")
    shutil.copy(V1_YUNNAN, tmp_path / "round-one.json")
    (tmp_path / "broken.json").write_text('{"schema_version": 2,', encoding="utf-8")
    with qtbot.waitSignal(window.scanner.scanned, timeout=WAIT_MS):
        window.add_library_folder(str(tmp_path))
    assert store.strings(keys.LIBRARY_FOLDERS) == [str(tmp_path)]  # remembered
    folder = rows(window)[tmp_path.name]
    assert [r[0] for r in folder] == ["Yunnan, Kunming", "Hunan, Changsha", "⚠ broken.json"]
    assert folder[2][1] == "does not load"
    assert folder[2][2].startswith(f"{tmp_path / 'broken.json'}:1:")
    # a file that changes on disk is read again
    with qtbot.waitSignal(window.scanner.scanned, timeout=WAIT_MS):
        (tmp_path / "broken.json").write_bytes(BUNDLED.read_bytes())
    assert [r[0] for r in rows(window)[tmp_path.name]].count("Yunnan, Kunming") == 2


def test_folder_entries_are_located_errors_or_editions(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("[]", encoding="utf-8")
    shutil.copy(BUNDLED, tmp_path / "b.json")
    [good, bad] = folder_entries(tmp_path)
    assert good.name == "b.json" and not good.error
    assert bad.error.startswith(f"{tmp_path / 'a.json'}:") and bad.opened == ""


def test_the_library_item_knows_its_file(qtbot: QtBot, window: MainWindow) -> None:
    scanned(qtbot, window)
    index: QModelIndex = window.library.model.item(0).child(0).index()
    assert Path(index.data(PATH_ROLE)).is_file()


def test_each_edition_s_place_and_date_show_whole_at_first_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    """With no saved window state the panel opens wide enough for the place and the date;
    a width the user chose (saved state) is kept. (At most a third of the window's width:
    the editions' figures come first; and narrow enough here to leave the tabs their 560 px
    on the 800 px offscreen screen the window is fitted to when it starts again.)"""
    window.resize(1200, 800)
    window.wait_for_library()
    QApplication.processEvents()
    tree = window.library.tree
    model = window.library.model
    visible = tree.viewport().width()
    for r in range(model.rowCount()):
        head = model.item(r)
        for c in range(head.rowCount()):
            date = tree.visualRect(head.child(c, 1).index())
            assert date.right() < visible, head.child(c, 0).text()
    narrow = min(window.library.width() - 60, 220)
    window.resizeDocks([window.library], [narrow], Qt.Orientation.Horizontal)
    window.close()  # saves the window's state
    again = MainWindow(window.store)
    qtbot.addWidget(again)
    again.show()
    again.wait_for_library()
    QApplication.processEvents()
    assert again.library.width() == narrow
