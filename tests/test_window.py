"""The window, driven as a person would: mouse, keyboard, files, settings (offscreen Qt)."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from eventviewer.domain import bundled_event_path
from eventviewer.ui import settings as keys
from eventviewer.ui.main_window import MainWindow
from eventviewer.ui.registry import TAB_KEYS
from eventviewer.ui.settings import SettingsStore

from .conftest import NO_DISPLAY_AT_ALL, WAIT_MS, run_cli, with_many_tiers


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


def test_values_become_selectable_when_the_pointer_enters(window: MainWindow) -> None:
    from PySide6.QtGui import QEnterEvent

    from eventviewer.ui.common import SelectableLabel, plain_label

    item = window.overview.facts.itemAt(0, window.overview.facts.ItemRole.FieldRole)
    assert item is not None
    shown = item.widget()
    assert isinstance(shown, SelectableLabel)
    value = plain_label("Kunming, Yunnan, China")
    select = Qt.TextInteractionFlag.TextSelectableByMouse
    assert not value.textInteractionFlags() & select
    here = QPointF(2, 2)
    QApplication.sendEvent(value, QEnterEvent(here, here, value.mapToGlobal(here)))
    assert value.textInteractionFlags() & select
    value.setSelection(0, 5)
    assert value.selectedText() == value.text()[:5]


def test_chart_bars_carry_tier_values_in_both_modes(qtbot: QtBot, window: MainWindow) -> None:
    assert window.tiers.chart is None  # not built before it is needed
    window.select_tab("tiers")
    chart = window.tiers.chart
    assert chart is not None
    assert [round(b.value, 1) for b in chart.bars] == [100.8, 82.9, 212.9]
    assert [b.derived for b in chart.bars] == [False, False, True]
    assert [b.label.toPlainText() for b in chart.bars] == [
        "RMB 100.8 bn",
        "RMB 82.9 bn",
        "RMB 212.9 bn*",
    ]
    assert [name for _, name in chart.ticks] == [
        "≥ RMB 10 bn",
        "RMB 5–10 bn",
        "< RMB 5 bn (derived)",
    ]
    qtbot.mouseClick(window.tiers.projects_button, Qt.MouseButton.LeftButton)
    assert [b.value for b in chart.bars] == [6, 14, 362]
    assert [b.label.toPlainText() for b in chart.bars] == ["6", "14", "362*"]
    assert chart.bars[2].item.opts["brush"].color() != chart.bars[0].item.opts["brush"].color()


def test_bar_tooltips_and_legend_say_what_is_derived(window: MainWindow) -> None:
    window.select_tab("tiers")
    chart = window.tiers.chart
    assert chart is not None
    derived_tip = chart.bars[2].item.toolTip()
    assert "Derived by eventviewer: 396.6 − 100.8 − 82.9" in derived_tip
    assert "Share of total amount: 53.7%*" in derived_tip
    assert "Average per project: RMB 0.59 bn*" in derived_tip
    assert "Stated: TDI, paragraph 3" in chart.bars[0].item.toolTip()
    legend = chart.legend
    assert legend is not None
    assert [label.text for _, label in legend.items] == [
        "Stated in the source",
        "Derived: the total minus the stated tiers",
    ]
    (stated, _), (derived, _) = legend.items
    assert stated.hatching is None
    assert derived.hatching == chart.colours().stated  # hatched like the derived bar
    # pyqtgraph's own sample hides its item when clicked; a report's legend must not.
    view = chart.mapFromScene(derived.sceneBoundingRect().center())
    QtBot(chart).mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=view)
    assert derived.item.isVisible() and stated.item.isVisible()


def test_key_figure_tooltips_carry_provenance(window: MainWindow) -> None:
    cards = {c.label.text(): c for c in window.overview.cards}
    assert "TDI, paragraph 2" in cards["Projects"].toolTip()
    assert "Projects: 382 (signed during the event)\nStated: 工人日报: “活动签约项目382个”" in (
        cards["Projects"].toolTip()
    )
    assert "Derived by eventviewer: 1 + 18 + 2" in cards["Activities in all"].toolTip()
    assert cards["Activities in all"].value.text() == "21*"
    assert cards["Projects"].accessibleName() == "Projects: 382"
    assert cards["Projects"].note.text().startswith("signed during the event — 工人日报; TDI")


def test_every_figure_on_screen_matches_the_summary(window: MainWindow) -> None:
    summary = window.summary
    assert summary is not None
    model = window.tiers.tier_model
    cells = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert cells[2] == [
        "< RMB 5 bn (derived)",
        "362*",
        "RMB 212.9 bn*",
        "53.7%*",
        "94.8%*",
        "RMB 0.59 bn*",
    ]
    assert cells[3][:3] == ["Total", "382", "RMB 396.6 bn"]
    overview_text = " ".join(lbl.text() for lbl in window.overview.findChildren(QLabel))
    for line in summary.key_figures:
        assert line.marked in overview_text
    assert window.participants.bars.lines == list(summary.categories)


def test_activities_show_unnamed_themes_as_unknown(window: MainWindow) -> None:
    model = window.activities.tree_model
    texts: list[str] = []

    def walk(parent: Any) -> None:
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            texts.append(index.data())
            walk(index)

    walk(model.invisibleRootItem().index())
    assert "6. Not named in the source" in texts and "7. Not named in the source" in texts
    assert "3. Information industry matchmaking" in texts
    assert window.activities.structure.text() == (
        "Programme “1+7+2”: 1 main activity, 18 special activities across 7 themes and 2 "
        "extension activities — 21* in all."
    )


def test_status_bar(window: MainWindow) -> None:
    assert window.status.file_label.text() == "2023-yunnan.json"
    assert window.status.schema_label.text() == "Schema v2"
    assert window.status.audit_label.text() == "15 derived figures ·"
    assert window.status.findings_button.text() == "0 warnings"
    assert not window.status.findings_button.isEnabled()


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


def test_html_in_data_is_shown_literally(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    payload = "<b>Bold</b> <img src=file:///etc/passwd> <a href='x'>link</a>"
    event_dict["event"]["name"]["value"] = payload
    event_dict["event"]["theme"]["value"] = "<i>theme</i>"
    event_dict["participants"]["categories"][0]["name"] = "<b>category</b>"
    event_dict["activities"]["themes"][0]["name"] = "<u>theme one</u>"
    assert window.open_path(write_json(event_dict))
    assert window.windowTitle() == f"{payload} — event.json"
    assert window.overview.title.text() == payload
    assert window.overview.title.textFormat() == Qt.TextFormat.PlainText
    assert window.overview.theme.text() == "“<i>theme</i>”"
    from eventviewer.charts.text import plain_tooltip

    assert plain_tooltip(payload + " & &amp;") == (
        "<p style='white-space:pre'>&lt;b&gt;Bold&lt;/b&gt; &lt;img "
        "src=file:///etc/passwd&gt; &lt;a href='x'&gt;link&lt;/a&gt; &amp; &amp;amp;</p>"
    )
    # What Qt shows for it is the text itself, markup and entities included.
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(plain_tooltip(payload + " & &amp;"))
    assert doc.toPlainText() == payload + " & &amp;"
    for label in window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert window.participants.bars.lines[0].label == "<b>category</b>"
    window.select_tab("tiers")
    assert window.tiers.chart is not None
    event_dict["event"]["name"]["value"] = "Expo [*] 2023"  # Qt's modified-marker placeholder
    assert window.open_path(write_json(event_dict))
    window.show()
    assert window.windowHandle().title() == "Expo [*] 2023 — event.json"


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


def test_itemized_projects_table_sorts_and_filters(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    event_dict["projects"] = [
        {"name": "Solar farm", "amount_bn": 12.5, "sector": "new energy"},
        {"name": "Battery plant", "amount_bn": 6.0, "sector": "new energy"},
        {"name": "Aluminium smelter", "amount_bn": 1.2, "sector": "green aluminium"},
        {"name": "Unknown amount"},
    ]
    assert window.open_path(write_json(event_dict))
    tab = window.tiers
    window.select_tab("tiers")
    assert tab.projects.isVisibleTo(window)
    proxy = tab.projects.proxy
    names = lambda: [proxy.index(r, 0).data() for r in range(proxy.rowCount())]  # noqa: E731
    tab.projects.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert names() == ["Solar farm", "Battery plant", "Aluminium smelter", "Unknown amount"]
    qtbot.keyClicks(tab.projects.filter, "energy")
    assert names() == ["Solar farm", "Battery plant"]
    assert [proxy.index(r, 2).data() for r in range(2)] == ["≥ RMB 10 bn", "RMB 5–10 bn"]
    tab.projects.filter.clear()
    assert len(names()) == 4
    assert "Recounted from the itemized projects (derived)" in tab.projects.note.text()


def test_table_models_pass_qtmodeltester(
    qtmodeltester: Any,
    window: MainWindow,
    event_dict: dict[str, Any],
    write_json: Callable[..., Path],
) -> None:
    event_dict["projects"] = [{"name": f"P{i}", "amount_bn": i / 3} for i in range(30)]
    event_dict["organizations"] = [
        {"name": f"O{i}", "category": "Industry leaders"} for i in range(9)
    ]
    event_dict["activity_items"] = [{"title": f"A{i}", "kind": "special"} for i in range(5)]
    assert window.open_path(write_json(event_dict))
    for model in (
        window.tiers.tier_model,
        window.tiers.projects.model,
        window.tiers.projects.proxy,
        window.participants.organizations.proxy,
        window.activities.items.proxy,
        window.activities.tree_model,
    ):
        qtmodeltester.check(model, force_py=True)


def test_chart_follows_a_dark_palette(qtbot: QtBot, window: MainWindow) -> None:
    from eventviewer.ui.palette import apply_color_scheme

    window.select_tab("tiers")
    chart = window.tiers.chart
    assert chart is not None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    try:
        apply_color_scheme(app, "dark")
        qtbot.waitUntil(lambda: chart.colours().background.lightness() < 80, timeout=WAIT_MS)
        assert chart.colours().text.lightness() > 180
        # An unchecked radio button must still show its ring against the dark window.
        button = window.tiers.projects_button
        assert not button.isChecked()
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        image = window.grab(where).toImage()  # as it shows in the window
        background = image.pixelColor(image.width() - 1, 0).lightness()
        ring = max(
            image.pixelColor(x, y).lightness()
            for x in range(min(20, image.width()))
            for y in range(image.height())
        )
        assert ring - background > 40, (ring, background)
    finally:
        app.setPalette(original)
        for widget_class in ("QRadioButton", "QCheckBox"):
            # The stub declares bytes for the class name; the binding accepts only str.
            app.setPalette(original, widget_class)  # type: ignore[arg-type]


def test_no_display_says_so_and_exits_2() -> None:
    out = run_cli(unset=NO_DISPLAY_AT_ALL)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "no display" in out.stderr
    assert "--summary" in out.stderr and "--screenshot" in out.stderr


def test_a_display_that_does_not_answer_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """Qt itself aborts (exit 134) with a hint about missing libraries."""
    unused = next(n for n in range(99, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY_AT_ALL}
    for name, value in (("DISPLAY", f":{unused}"), ("WAYLAND_DISPLAY", "no-such-wayland-0")):
        out = subprocess.run(
            [sys.executable, "-m", "eventviewer"],
            env={**env, name: value, "XDG_RUNTIME_DIR": str(tmp_path)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 2, out.stderr
        assert out.stderr == (
            f"eventviewer: the display cannot be reached ({name}={value}). Use --summary, "
            "--print-summary OUT.pdf or --screenshot OUT.png, or set QT_QPA_PLATFORM.\n"
        )
    png = tmp_path / "x.png"  # a screenshot needs no display: it falls back to offscreen
    shot = subprocess.run(
        [sys.executable, "-m", "eventviewer", "--screenshot", str(png)],
        env={**env, "DISPLAY": f":{unused}"},
        capture_output=True,
        timeout=120,
    )
    assert shot.returncode == 0 and png.stat().st_size > 0


@pytest.mark.parametrize("tab", ["overview", "tiers", "activities", "participants"])
def test_screenshot_writes_the_window_for_each_tab(tab: str, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / f"{tab}.png"
    result = run_cli("--screenshot", str(out), "--tab", tab)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    assert not list(tmp_path.glob(".*tmp*"))
    assert "propagateSizeHints" not in result.stderr  # the offscreen plugin's noise


def test_only_the_offscreen_noise_is_dropped(qtlog: Any) -> None:
    """Other messages reach the handler that was there before (here pytest-qt's)."""
    from PySide6.QtCore import qWarning

    from eventviewer.app import OFFSCREEN_NOISE, _drop_offscreen_noise

    _drop_offscreen_noise.cache_clear()  # install it under this test's handler
    _drop_offscreen_noise()
    qWarning(OFFSCREEN_NOISE)
    qWarning("a warning that matters")
    assert [r.message for r in qtlog.records] == ["a warning that matters"]


def test_page_size_menu_is_remembered(window: MainWindow, store: SettingsStore) -> None:
    actions = {a.data(): a for a in window.menus.page_size_group.actions()}
    assert actions["A4"].isChecked()
    actions["Letter"].trigger()
    assert store.text(keys.PAGE_SIZE) == "Letter" and actions["Letter"].isChecked()
    assert not actions["A4"].isChecked()


def test_itemized_tables_start_in_file_order_and_can_return_to_it(
    window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    names = ["Zeta plant", "Alpha mill", "Mid works"]
    event_dict["organizations"] = [{"name": n} for n in names]
    assert window.open_path(write_json(event_dict))
    table = window.participants.organizations
    header = table.table.horizontalHeader()
    shown = lambda: [table.proxy.index(r, 0).data() for r in range(3)]  # noqa: E731
    assert header.sortIndicatorSection() == -1 and shown() == names
    table.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown() == ["Zeta plant", "Mid works", "Alpha mill"]
    table.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert shown() == names


def test_a_thousand_tiers_fit_the_window_and_the_chart_names_no_two_on_one_spot(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    assert window.open_path(write_json(with_many_tiers(event_dict, 1000)))
    window.resize(1200, 800)
    window.select_tab("tiers")
    qtbot.waitUntil(lambda: window.tiers.chart is not None, timeout=WAIT_MS)
    chart = window.tiers.chart
    assert chart is not None and len(chart.bars) == 1001
    table = window.tiers.tier_table
    assert table.height() < 500 and table.verticalScrollBar().maximum() > 0  # it scrolls
    layout = window.layout()
    assert layout is not None and layout.totalMinimumSize().height() < 800
    names = [name for _, name in chart.ticks]
    assert 2 <= len(names) <= 20
    spacing = (
        chart.getPlotItem().getViewBox().width()
        / len(chart.bars)
        * (chart.ticks[1][0] - chart.ticks[0][0])
    )
    lines = [line for name in names for line in name.splitlines()]  # long names wrap
    widest = max(chart.fontMetrics().horizontalAdvance(line) for line in lines)
    assert spacing > widest, "tier names under the bars would overlap"
    labels = [item for item in chart.getPlotItem().items if item.__class__.__name__ == "TextItem"]
    assert labels == []  # 1,001 value labels would be a smear; values are in the tooltips
    assert "RMB 1009.5 bn" in chart.bars[0].item.toolTip()


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


def test_select_all_and_copy_put_every_tier_row_on_the_clipboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_tab("tiers")
    table = window.tiers.tier_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == [
        "Tier",
        "Projects",
        "Amount",
        "Share of amount",
        "Share of projects",
        "Average per project",
    ]
    assert [line.split("\t")[:3] for line in lines[1:]] == [
        ["≥ RMB 10 bn", "6", "RMB 100.8 bn"],
        ["RMB 5–10 bn", "14", "RMB 82.9 bn"],
        ["< RMB 5 bn (derived)", "362*", "RMB 212.9 bn*"],
        ["Total", "382", "RMB 396.6 bn"],
    ]
    titles = [action.text() for action in table.actions()]
    assert titles == ["&Copy", "Copy &Table", "Select &All"]  # also on the context menu
    table.clearSelection()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().splitlines()[1].startswith("RMB 5–10 bn\t14\t")


def test_chart_titles_name_the_unit_once_and_ticks_stay_out_of_the_bars(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_tab("tiers")
    chart = window.tiers.chart
    assert chart is not None
    assert chart.getPlotItem().titleLabel.text == "Amount by tier (RMB bn)"
    qtbot.mouseClick(window.tiers.projects_button, Qt.MouseButton.LeftButton)
    assert chart.getPlotItem().titleLabel.text == "Projects by tier"
    assert chart.getPlotItem().getAxis("bottom").style["tickLength"] > 0  # below the axis line


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


def test_a_tier_name_cut_short_in_its_column_is_whole_in_its_tooltip(window: MainWindow) -> None:
    window.select_tab("tiers")
    model = window.tiers.tier_model
    derived = model.index(2, 0)
    assert model.data(derived) == "< RMB 5 bn (derived)"
    assert "&lt; RMB 5 bn (derived)" in model.data(derived, Qt.ItemDataRole.ToolTipRole)


def test_the_value_axis_labels_its_zero(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QPainter, QPicture

    window.select_tab("tiers")
    chart = window.tiers.chart
    assert chart is not None
    axis = chart.getPlotItem().getAxis("left")
    picture = QPicture()
    painter = QPainter(picture)
    _, _, texts = axis.generateDrawSpecs(painter)
    painter.end()
    labels = [text for _, _, text in texts]
    assert "0" in labels, labels


def test_cards_and_the_chart_copy_their_figures_with_sources(
    qtbot: QtBot, window: MainWindow
) -> None:
    card = next(c for c in window.overview.cards if c.label.text() == "Projects")
    assert [a.text() for a in card.actions()] == ["&Copy"]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert copied.startswith(
        "Projects: 382, signed during the event "
        "(Stated: 工人日报: “活动签约项目382个”; TDI, paragraph 2;"
    )
    window.select_tab("tiers")
    chart = window.tiers.chart
    assert chart is not None
    assert [a.text() for a in chart.actions()] == ["&Copy Values", "Copy &Image"]
    chart.actions()[0].trigger()
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0] == "Tier\tValue\tSource"
    assert lines[3].startswith("< RMB 5 bn (derived)\tRMB 212.9 bn*\tDerived by eventviewer")
    chart.actions()[1].trigger()
    assert not QApplication.clipboard().image().isNull()


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


def test_audit_findings_are_marked_where_the_figure_is(
    qtbot: QtBot, window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    event_dict["participants"]["categories"][0]["count"]["value"] = 5000  # > all companies
    event_dict["activities"]["special"]["value"] = 5  # fewer than the 7 themes
    event_dict["projects"] = [{"name": "Only one", "amount_bn": 1.0}]  # not the 382 stated
    assert window.open_path(write_json(event_dict))
    bars = window.participants.bars
    flagged = [line for line in bars.lines if line.warning]
    assert [line.text for line in flagged] == ["5,000"]
    assert "more than the 2066 companies" in flagged[0].warning
    window.select_tab("activities")
    model = window.activities.tree_model
    special = model.index(1, 1, model.index(0, 0))  # the whole programme > special: count
    assert special.data() == "5 ⚠"
    assert "cannot cover 7 themes" in special.data(Qt.ItemDataRole.ToolTipRole)
    window.select_tab("tiers")
    assert "⚠ Audit finding: 1 itemized projects" in window.tiers.projects.note.text()


def test_long_cells_in_itemized_tables_show_in_full_on_hover(
    window: MainWindow, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    long_name = "A project whose name runs well past any column's width " * 3
    event_dict["projects"] = [{"name": long_name.strip(), "amount_bn": 1.0}]
    assert window.open_path(write_json(event_dict))
    model = window.tiers.projects.table.model()
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert " ".join(tip.removesuffix("</p>").split(">", 1)[1].split()) == long_name.strip()
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None  # "1", short


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
    buttons = [b.text() for b in window.empty.findChildren(QPushButton)]
    assert buttons == ["Open an event file…", "Open the bundled event"]
    path.write_text(good, encoding="utf-8")  # fixed by the editor
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=WAIT_MS)
    assert window.stack.currentWidget() is window.tabs
    assert window.error_box is None or not window.error_box.isVisible()


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
    window.open_path(edition_path("2025-hunan"))
    assert window.tiers.no_tiers.text().splitlines() == [
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


def test_a_figure_leads_to_its_sources_url_and_locator_in_two_actions(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Click a key figure (1): the panel names every source with its locator and address;
    follow the address (2): the browser is asked to open it, and only then."""
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    panel = window.sources_panel
    assert not panel.isVisible()
    card = next(c for c in window.overview.cards if c.label.text() == "Projects")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert panel.isVisible()
    text = panel.view.toPlainText()
    assert text.startswith("Projects: 382 (signed during the event)")
    for expected in (
        "工人日报",
        "“活动签约项目382个”",
        "https://workercn.cn/papers/grrb/2023/09/07/4/news-5.html",
        "paragraph 2",
        "Reposts\n昆明日报",
    ):
        assert expected in text, expected
    assert opened == []  # nothing is fetched or opened unasked
    panel.view.anchorClicked.emit(QUrl("https://workercn.cn/papers/grrb/2023/09/07/4/news-5.html"))
    assert opened == ["https://workercn.cn/papers/grrb/2023/09/07/4/news-5.html"]
    panel.view.anchorClicked.emit(QUrl("copy:0"))
    copied = QApplication.clipboard().text()
    assert copied.startswith("工人日报, published 7 September 2023, in Chinese, https://workercn")
    assert "Locator: “活动签约项目382个”." in copied
    # by keyboard: a card takes focus and Enter shows its sources
    derived = next(c for c in window.overview.cards if c.label.text() == "Activities in all")
    derived.setFocus()
    qtbot.keyClick(derived, Qt.Key.Key_Return)
    text = panel.view.toPlainText()
    assert "Derived by eventviewer: 1 + 18 + 2 (main + special + extension)" in text
    assert "paragraph 11" in text and "“此次活动设计安排了“1+7+2”系列活动”" in text
    assert window.loaded is not None and window.loaded.path is not None
    window.open_path(window.loaded.path)
    assert panel.line is None  # another load: nothing stale is shown


def test_table_figures_lead_to_their_sources_too(qtbot: QtBot, window: MainWindow) -> None:
    """Enter on a tier's amount, or on a count of the programme, fills the source panel."""
    window.select_tab("tiers")
    table = window.tiers.tier_table
    table.setFocus()
    table.setCurrentIndex(window.tiers.tier_model.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    text = window.sources_panel.view.toPlainText()
    assert text.startswith("Amount ≥ RMB 10 bn: RMB 100.8 bn")
    assert "paragraph 3" in text and "“投资100亿元以上的项目6个”" in text
    window.select_tab("activities")
    tree = window.activities.tree
    tree.setFocus()
    tree.setCurrentIndex(window.activities.tree_model.index(0, 1))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.sources_panel.view.toPlainText().startswith("Activities in all: 21*")


def test_participant_figures_lead_to_their_sources(qtbot: QtBot, window: MainWindow) -> None:
    """A click on a category's bar, Down and Enter on the bars, or Enter on the people card
    fills the source panel with that figure's sources."""
    window.select_tab("participants")
    tab = window.participants
    bars = tab.bars
    qtbot.waitUntil(lambda: bars.isVisible() and bars.height() > 0, timeout=WAIT_MS)
    bar_rect = bars._rows()[1][2]
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=bar_rect.center())
    text = window.sources_panel.view.toPlainText()
    assert text.startswith("National manufacturing individual champions: 56")
    assert "paragraph 9" in text and "“国家制造业单项冠军企业56家”" in text
    bars.setFocus()
    qtbot.keyClick(bars, Qt.Key.Key_Down)
    qtbot.keyClick(bars, Qt.Key.Key_Return)
    assert window.sources_panel.view.toPlainText().startswith(
        "National-level specialized, high-end and innovation-driven businesses: 100"
    )
    tab.people.setFocus()
    qtbot.keyClick(tab.people, Qt.Key.Key_Return)
    assert window.sources_panel.view.toPlainText().startswith("People: 3,100")
    assert "Bars are scaled to the largest category. Counts: TDI, paragraph 8" in tab.note.text()


def test_reported_and_follow_up_figures_open_their_sources(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Beside each figure reported apart from the headline ones (a part, a follow-up, a
    differing statement) a button opens its sources; plain facts have none."""
    from PySide6.QtWidgets import QToolButton

    buttons = {b.accessibleName(): b for b in window.overview.findChildren(QToolButton)}
    kunming = (
        "Sources of Projects signed by Kunming city during the event (the most of any city in "
        "the province) — Projects"
    )
    assert (
        kunming in buttons and "Sources of Investment-type projects started — Projects" in buttons
    )
    assert len(buttons) == 11  # 2 + 1 + 1 + 1 figures reported apart, 4 + 2 statements
    assert not any("Venue" in name or "Opened" in name for name in buttons)
    qtbot.mouseClick(buttons[kunming], Qt.MouseButton.LeftButton)
    text = window.sources_panel.view.toPlainText()
    assert text.startswith("Projects: 96")
    assert "“全市签约项目96个,投资金额885.65亿元”" in text


def test_tier_values_are_written_over_the_bars_only_while_they_fit(
    qtbot: QtBot, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    """Twelve tiers: in a narrow chart the values would run into each other and are left to
    the tooltips; widened, the chart writes them, none touching its neighbour."""
    from eventviewer.charts.tier_chart import TierChart
    from eventviewer.domain import load_event
    from eventviewer.domain.summary import build_summary

    loaded = load_event(write_json(with_many_tiers(event_dict, 11)))
    chart = TierChart()
    qtbot.addWidget(chart)
    summary = build_summary(loaded)
    chart.set_rows(list(summary.tiers), summary.currency)
    chart.resize(600, 360)
    chart.show()
    qtbot.waitExposed(chart)

    def written() -> list[Any]:
        return [i for i in chart.getPlotItem().items if i.__class__.__name__ == "TextItem"]

    qtbot.waitUntil(lambda: len(chart.bars) == 12 and not chart.labelled, timeout=WAIT_MS)
    assert written() == []
    chart.resize(1800, 360)
    qtbot.waitUntil(lambda: chart.labelled, timeout=WAIT_MS)
    rects = sorted((i.sceneBoundingRect() for i in written()), key=lambda r: r.left())
    assert len(rects) == 12
    assert all(a.right() < b.left() for a, b in itertools.pairwise(rects))
