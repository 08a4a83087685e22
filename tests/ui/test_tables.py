"""The itemized and tier tables: sorting, filtering, copying, tooltips."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from eventviewer.ui.main_window import MainWindow


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


def test_a_tier_name_cut_short_in_its_column_is_whole_in_its_tooltip(window: MainWindow) -> None:
    window.select_tab("tiers")
    model = window.tiers.tier_model
    derived = model.index(2, 0)
    assert model.data(derived) == "< RMB 5 bn (derived)"
    assert "&lt; RMB 5 bn (derived)" in model.data(derived, Qt.ItemDataRole.ToolTipRole)


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
