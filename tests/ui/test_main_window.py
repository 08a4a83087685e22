"""The main window, driven as a person would: tabs, keys, menus, status bar, settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from eventviewer.domain import bundled_event_path
from eventviewer.ui import settings as keys
from eventviewer.ui.main_window import MainWindow
from eventviewer.ui.registry import TAB_KEYS
from eventviewer.ui.settings import SettingsStore


def test_title_and_four_tabs_in_order(window: MainWindow) -> None:
    assert window.windowTitle() == (
        "China Industrial Transfer & Development Matchmaking Activity (Yunnan) 2023"
        " — 2023-yunnan.json"
    )
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Overview", "Investment tiers", "Activities", "Participants"]


def test_clicking_each_tab_with_the_mouse_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.tabs.tabBar()
    for i in (1, 2, 3, 0):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
        assert window.tabs.currentIndex() == i
        assert window.tabs.currentWidget().isVisible()


def test_keyboard_switches_tabs(qtbot: QtBot, window: MainWindow) -> None:
    for i, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == i
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0  # wraps around
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0


def test_standard_shortcuts(window: MainWindow) -> None:
    assert window.menus.open_action.shortcut().toString() == "Ctrl+O"
    assert window.menus.print_action.shortcut().toString() == "Ctrl+P"
    assert window.menus.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.menus.reload_action.shortcut().toString() == "F5"
    assert window.menus.quit_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


def test_status_bar(window: MainWindow) -> None:
    assert window.status.file_label.text() == "2023-yunnan.json"
    assert window.status.schema_label.text() == "Schema v2"
    assert window.status.audit_label.text() == "15 derived figures ·"
    assert window.status.findings_button.text() == "0 warnings"
    assert not window.status.findings_button.isEnabled()


def test_settings_round_trip(qtbot: QtBot, store: SettingsStore, tmp_path: Path) -> None:
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.open_path(bundled_event_path())
    first.resize(700, 500)  # the offscreen screen is 800×600; restoreGeometry clamps to it
    first.tabs.setCurrentIndex(2)
    first.tiers.set_mode("projects")
    first.close()
    second = MainWindow(store)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 2
    assert (second.size().width(), second.size().height()) == (700, 500)
    assert second.tiers.mode() == "projects"
    assert store.strings(keys.RECENT_FILES) == [str(bundled_event_path().resolve())]
    recent = second.menus.recent_menu.actions()[0]
    assert recent.text() == f"&1 2023-yunnan.json  ({bundled_event_path().parent})"


def test_recent_files_keep_at_most_eight(store: SettingsStore) -> None:
    for i in range(12):
        store.add_recent(f"/data/{i}.json")
    assert store.strings(keys.RECENT_FILES) == [f"/data/{i}.json" for i in range(11, 3, -1)]


def test_drag_and_drop_opens_a_file(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    event_dict["event"]["name"]["value"] = "Dropped event"
    path = write_json(event_dict)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert window.windowTitle().startswith("Dropped event — ")


def test_page_size_menu_is_remembered(window: MainWindow, store: SettingsStore) -> None:
    actions = {a.data(): a for a in window.menus.page_size_group.actions()}
    assert actions["A4"].isChecked()
    actions["Letter"].trigger()
    assert store.text(keys.PAGE_SIZE) == "Letter" and actions["Letter"].isChecked()
    assert not actions["A4"].isChecked()


def test_a_long_unbroken_name_wraps_instead_of_widening_the_window(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    long_name = "N" * 500
    event_dict["event"]["name"]["value"] = long_name
    event_dict["event"]["hosts"][0]["name"] = "H" * 500
    event_dict["participants"]["categories"][0]["name"] = "C" * 500
    assert window.open_path(write_json(event_dict))
    for key in ("overview", "tiers", "activities", "participants"):
        window.select_tab(key)
        qtbot.wait(1)
        assert window.minimumSizeHint().width() <= 1200, key
    title = window.overview.title
    assert title.text().replace("\u200b", "") == long_name  # the text itself is whole
    assert title.width() <= window.width()


def test_menus_say_what_a_person_types(window: MainWindow, store: SettingsStore) -> None:
    from eventviewer.ui.menus import recent_label

    shown = window.menus.previous_tab_action.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert shown == "Ctrl+PgUp" and "Backtab" not in shown
    home = Path.home()
    assert recent_label(str(home / "a&b" / "x.json")) == "x.json  (~/a&&b)"
    assert recent_label("/data/2024/event.json") == "event.json  (/data/2024)"


def test_the_chart_mode_switches_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    assert window.menus.chart_mode_action.shortcut().toString() == "Ctrl+M"
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.tiers.mode() == "projects"
    assert window.tiers.projects_button.isChecked()
    qtbot.mouseClick(window.tiers.amount_button, Qt.MouseButton.LeftButton)  # by mouse, back
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.tiers.mode() == "projects"  # the key follows what the buttons did


def test_audit_findings_open_as_a_list_from_the_status_bar(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    event_dict["participants"]["categories"][0]["count"]["value"] = 5000  # > all companies
    assert window.open_path(write_json(event_dict))
    button = window.status.findings_button
    assert button.isEnabled() and button.text() == "1 warning"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = window.findings_box
    assert box is not None and box.isVisible()
    assert "$.participants.categories[0]" in box.informativeText()
    box.close()


def test_about_names_the_source_with_its_address_as_a_link(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from eventviewer.ui.dialogs import linked

    window.about()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    url = "https://thediplomaticinsight.com/yunnan-matchmaking-event-spurs-rmb396-6-billion-in-projects/"
    assert f'<a href="{url}">{url}</a>' in box.informativeText()
    assert "The Diplomatic Insight (TDI)" in box.informativeText()
    box.close()
    assert linked("<b>x</b> javascript:alert(1)") == "&lt;b&gt;x&lt;/b&gt; javascript:alert(1)"


def test_the_empty_window_opens_the_bundled_event(qtbot: QtBot, store: SettingsStore) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    button = next(
        b for b in window.empty.findChildren(QPushButton) if b.text() == "Open the bundled event"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.windowTitle().endswith(" — 2023-yunnan.json")


def test_every_edition_opens_and_a_sparse_one_says_what_is_not_stated(
    qtbot: QtBot, window: MainWindow
) -> None:
    from eventviewer.domain.bundled import edition_ids, edition_path

    for edition in edition_ids():
        assert window.open_path(edition_path(edition)), edition
        for key in TAB_KEYS:
            window.select_tab(key)
        assert window.windowTitle().endswith(f" — {edition}.json")
    window.open_path(edition_path("2024-heilongjiang"))
    window.select_tab("overview")
    assert window.overview.cards == [] and window.overview.no_figures.isVisible()
    window.select_tab("tiers")
    assert window.tiers.no_tiers.isVisible() and not window.tiers.tier_table.isVisible()
    assert window.tiers.chart is not None and not window.tiers.chart.isVisible()
    window.select_tab("activities")  # no tree of "not given in the sources read"
    assert window.activities.no_programme.isVisible() and not window.activities.tree.isVisible()
    assert window.activities.no_programme.title.text() == "No programme"
    window.open_path(edition_path("2025-hunan"))
    assert window.tiers.no_tiers.title.text() == "No breakdown by tier"
    assert window.tiers.no_tiers.text.text().splitlines() == [
        "The sources give no breakdown of the investment by tier.",
        "Projects: 543 (solicited)",
        "Amount: RMB 448.1 bn (intended investment)",
    ]
    window.select_tab("overview")
    shown = [
        label.text()
        for label in window.overview.findChildren(QLabel)
        if label.isVisibleTo(window.overview)
    ]
    assert (
        "Projects Hunan will take up that transfer from outside the province (a different scope)"
        in shown
    )
    assert "337 — intended investment" in shown and "RMB 308.6 bn — intended investment" in shown
    window.open_path(bundled_event_path())
    window.select_tab("tiers")
    assert window.tiers.tier_table.isVisible() and window.tiers.chart.isVisible()


def test_the_sources_panel_has_its_place_in_the_view_menu(qtbot: QtBot, window: Any) -> None:
    """Once closed, Sources only came back by clicking a figure."""
    action = window.menus.sources_action
    assert action in window.menuBar().actions()[1].menu().actions()
    assert not window.sources_panel.isVisible() and not action.isChecked()
    action.trigger()
    assert window.sources_panel.isVisible() and action.isChecked()
    assert QApplication.focusWidget() is window.sources_panel.view
    assert action.shortcut().toString() == "Ctrl+I"
    action.trigger()  # pressed where the focus is: it hides again
    assert not window.sources_panel.isVisible() and not action.isChecked()


def test_library_tooltips_break_lines_instead_of_showing_backslash_n(window: Any) -> None:
    window.wait_for_library()
    model = window.library.model
    head = model.item(0)
    tip = head.child(0).toolTip()
    assert "\\n" not in tip  # the escaping of control characters escaped our own breaks
    # the title (wrapped where long); the id and opening date; the headline figures
    lines = tip.splitlines()
    assert "2023-inner-mongolia · 2023-07-16" in lines[-2], lines
    assert lines[-1].startswith("160 projects"), lines


def test_a_locator_that_does_not_hold_its_figure_says_why_in_the_sources(
    window: MainWindow,
) -> None:
    """Beijing's 37 projects in Shaanxi 2023: the quote finds the list at Guangdong's clause;
    the source panel says so beside the locator."""
    from eventviewer.domain.bundled import edition_path

    assert window.open_path(edition_path("2023-shaanxi"))
    assert window.summary is not None
    lines = [line for group in window.summary.breakdowns for line in group.lines]
    noted = [line for line in lines if any(ref.note for ref in line.provenance.refs)]
    assert noted, "no figure of Shaanxi 2023 has a locator note"
    window.show_sources(noted[0])
    shown = window.sources_panel.view.toPlainText()
    assert "About the locator" in shown and "广东 first" in shown, shown


def test_an_edition_without_figures_shows_none_of_the_last_one_s(window: MainWindow) -> None:
    """Opening Guangxi 2024 (no figures) after Yunnan 2023: Yunnan's cards are gone at once,
    not left over the new page until the event loop gets round to deleting them."""
    from eventviewer.domain.bundled import edition_path
    from eventviewer.ui.common import KeyFigureCard

    assert window.open_path(edition_path("2023-yunnan"), remember=False)
    assert window.open_path(edition_path("2024-guangxi"), remember=False)
    cards = [c for c in window.overview.findChildren(KeyFigureCard) if c.isVisibleTo(window)]
    assert not cards and window.overview.no_figures.isVisibleTo(window)
