"""Comparing editions: like for like only when the bases agree, on screen, on paper, headless."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from eventviewer.domain.compare import ComparisonError, load_comparison
from eventviewer.ui.main_window import MainWindow

from ..conftest import NO_DISPLAY_AT_ALL, V1_YUNNAN, WAIT_MS, need_tool, run_cli

THREE = ["2023-yunnan", "2023-guangxi", "2025-hunan"]


def tool(name: str, *args: str) -> str:
    return subprocess.run(
        [need_tool(name), *args], capture_output=True, text=True, check=True
    ).stdout


def test_cells_keep_basis_qualifier_and_not_stated() -> None:
    c = load_comparison([*THREE, "2024-gansu", "2024-heilongjiang"])
    cells = {e.name: e.cells for e in c.editions}
    assert cells["2023-yunnan"]["amount"].shown == "RMB 396.6 bn (signed during the event)"
    assert cells["2025-hunan"]["projects"].shown == "543 (solicited)"
    assert cells["2024-gansu"]["amount"].shown == ("more than RMB 300 bn (expected to be signed)")
    assert cells["2024-gansu"]["amount"].lower_bound
    assert cells["2024-heilongjiang"]["amount"].shown == "not stated"
    assert cells["2024-heilongjiang"]["amount"].value is None  # not 0
    assert cells["2023-yunnan"]["follow_up"].shown == "140 (started, as of the end of June 2024)"
    assert c.notice("amount") == (
        "Amount: not like for like — signed during the event vs signed at the opening "
        "ceremony vs intended investment vs expected to be signed"
    )
    same = load_comparison(["2023-yunnan", "2023-inner-mongolia"])
    assert same.like_for_like("amount") and same.notice("amount") == ""
    assert [e.name for e in c.sorted_by("amount").editions] == [
        "2025-hunan",
        "2023-yunnan",
        "2023-guangxi",
        "2024-gansu",
        "2024-heilongjiang",  # not stated: last, not zero
    ]
    assert c.sorted_by("date").editions[0].name == "2023-guangxi"


def test_files_that_do_not_load_are_all_reported(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(ComparisonError) as info:
        load_comparison(["2023-yunnan", str(tmp_path / "bad.json"), str(tmp_path / "none.json")])
    assert [e.file for e in info.value.errors] == [
        str(tmp_path / "bad.json"),
        str(tmp_path / "none.json"),
    ]
    # a round-1 file compares too, under its file name
    c = load_comparison([str(V1_YUNNAN), "2025-hunan"])
    assert c.editions[0].name == "yunnan-2023-v1.json"
    assert c.editions[0].cells["amount"].basis_words == "basis not stated"


def test_the_chart_draws_different_bases_differently_and_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.open_comparison([*THREE, "2024-gansu"])
    view = window.compare_window.view  # type: ignore[union-attr]
    qtbot.waitExposed(window.compare_window, timeout=WAIT_MS)
    assert view.notices.isVisible()
    assert "not like for like" in view.notices.text() and "solicited" in view.notices.text()
    chart = view.chart
    assert {basis for _, _, basis in chart.bars} == {
        "signed_during_event",
        "signed_at_opening",
        "intended",
        "expected",
    }
    fills = {
        basis: QBrush(style.item.opts["brush"]).color().name()  # type: ignore[union-attr]
        for basis, style in chart.styles.items()
    }
    assert len(set(fills.values())) == 4  # no two bases look alike
    # each bar's tooltip names the edition, the figure with its basis, and its source
    hunan = next(i for i, cell, _ in chart.bars if cell.basis == "intended")
    tip = chart.tooltip(hunan)
    assert "The 2025 China Industrial Transfer" in tip and "(intended investment)" in tip
    assert not chart.styles["intended"].solid and chart.styles["signed_during_event"].solid
    labels = [label for _, label in [(s, t.text) for s, t in chart.legend.items]]  # type: ignore[union-attr]
    assert "▲ open-ended: a lower bound (“more than”)" in labels
    assert "intended investment" in labels and "signed during the event" in labels
    # the table says the basis in every cell, "not stated" where the source is silent
    model = view.model
    rows = {model.record(r).name: r for r in range(model.rowCount())}
    hunan = model.index(rows["2025-hunan"], 2)
    assert model.data(hunan) == "543 (solicited)"
    assert "solicited" in model.data(hunan, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(rows["2024-gansu"], 4)) == "not stated"
    # sorting and the charted figure are the reader's to choose
    view.sort_box.setCurrentIndex(view.sort_box.findData("amount"))
    assert model.record(0).name == "2025-hunan"
    view.figure_box.setCurrentIndex(view.figure_box.findData("projects"))
    assert (
        chart.figure == "projects" and "Projects by edition" in chart.getPlotItem().titleLabel.text
    )


def test_view_compare_editions_chooses_from_the_library(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.scanner.scanned, timeout=WAIT_MS):
        window.scanner.scan()
    window.menus.compare_action.trigger()
    chooser = window.chooser
    assert chooser is not None
    assert not chooser.ok.isEnabled()  # only the edition on screen is ticked
    items = [chooser.model.item(i) for i in range(chooser.model.rowCount())]
    assert len(items) == 13
    for item in items:
        if item.text().startswith(("2023-guangxi", "2025-hunan")):
            item.setCheckState(Qt.CheckState.Checked)
    assert chooser.ok.isEnabled()
    chooser.accept()
    view = window.compare_window.view  # type: ignore[union-attr]
    assert sorted(e.name for e in view.comparison.editions) == sorted(THREE)  # type: ignore[union-attr]


@pytest.mark.parametrize("many", [False, True], ids=["three", "all-13"])
def test_print_compare_writes_bases_and_footnotes_in_landscape(tmp_path: Path, many: bool) -> None:
    names = (
        THREE
        if not many
        else [
            p.stem
            for p in sorted(
                Path(V1_YUNNAN).parents[2].joinpath("resources", "events").glob("*.json")
            )
        ]
    )
    out = tmp_path / "compare.pdf"
    result = run_cli("--print-compare", str(out), *names, unset=NO_DISPLAY_AT_ALL)
    assert result.returncode == 0, result.stderr
    info = tool("pdfinfo", str(out))
    assert re.search(r"^Pages:\s+[123]$", info, re.M)  # its sources continue where needed
    assert "842 x 595" in info  # landscape: the table's eight columns
    text = " ".join(tool("pdftotext", str(out), "-").split())  # cell by cell
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in text)  # real characters, no radicals
    assert f"Comparison of {len(names)} editions" in text
    assert "not like for like" in text
    for cell in ("543", "solicited [1]", "RMB 448.1 bn", "RMB 396.6 bn", "[1, 2, 3, 4]"):
        assert cell in text, cell
    assert "[1] 工人日报, published 7 September 2023" in text
    assert "Yunnan 2023" in text and "Hunan 2025" in text
    fonts = tool("pdffonts", str(out))
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # every font embedded


def test_the_printed_chart_fills_its_width_and_a_long_legend_leaves_the_bars_their_room(
    qapp: Any, tmp_path: Path
) -> None:
    """Eight bases make a two-row legend (four to a row): the bars keep the height they have
    under a one-row legend, and the chart is drawn at its own proportions across the page, also
    when the page is laid out wider (a short page set larger)."""
    from PySide6.QtGui import QPageLayout, QPdfWriter

    from eventviewer.charts.compare_chart import CompareChart
    from eventviewer.printing.compare_page import PLOT_PT, _ComparePage

    every = sorted(Path(V1_YUNNAN).parents[2].joinpath("resources", "events").glob("*.json"))
    many = load_comparison([p.stem for p in every])
    two = load_comparison(["2023-yunnan", "2023-inner-mongolia"])  # one basis: one row
    writer = QPdfWriter(str(tmp_path / "c.pdf"))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    full = writer.pageLayout().paintRectPixels(writer.logicalDpiX()).width()
    for shrink in (1.0, 0.6):  # as first laid out, and laid out again to fit one page
        plot_pt = []
        for comparison, rows in ((two, 1), (many, 2)):
            page = _ComparePage(writer, full / shrink)
            block = page.compare_chart(comparison, "amount", PLOT_PT)
            chart = page.keep[-1]
            assert isinstance(chart, CompareChart)
            assert chart.legend is not None
            assert chart.legend.layout.rowCount() == rows
            assert chart.width() / chart.height() == pytest.approx(
                page.width / block.height, rel=0.01
            )
            to_pt = page.width / chart.width() / page.pt
            plot_pt.append(chart.getPlotItem().getViewBox().height() * to_pt)
            page.close()
        assert plot_pt[1] == pytest.approx(plot_pt[0], rel=0.05), plot_pt


@pytest.mark.parametrize("height", [190, 260, 800])
def test_every_value_label_stays_inside_the_plot_that_clips_it(qtbot: QtBot, height: int) -> None:
    """Labels keep their size whatever the plot's height; the value axis makes room for them
    (for a lower bound's label, above its mark too), or the view would cut them off."""
    from eventviewer.charts.compare_chart import CompareChart

    chart = CompareChart()
    qtbot.addWidget(chart)
    chart.setMinimumSize(0, 0)  # as on paper, where the page sets the height
    chart.set_comparison(load_comparison(["2023-shaanxi", "2024-gansu", "2023-yunnan"]))
    chart.resize(700, height)
    chart.show()
    qtbot.waitExposed(chart)
    view = chart.getPlotItem().getViewBox()
    inside = view.mapRectToScene(view.boundingRect())
    labels = [item for item in view.addedItems if hasattr(item, "textItem")]
    assert {label.textItem.toPlainText() for label in labels} >= {
        "more than RMB 300 bn",
        "RMB 396.6 bn",
    }
    for label in labels:  # its top: its anchor's height above the point it labels
        at = view.mapViewToScene(label.pos())
        top = at.y() - label.anchor.y() * label.boundingRect().height()
        assert inside.top() <= top and at.y() <= inside.bottom(), label.textItem.toPlainText()


def test_the_lower_bound_mark_prints_at_its_screen_size(qtbot: QtBot) -> None:
    """Drawn onto a page four times finer than the screen, the mark on a "more than" bar is four
    times as many pixels across: a mark, not a speck."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from eventviewer.charts.compare_chart import MARK_PX, CompareChart
    from eventviewer.charts.tier_chart import print_colours

    chart = CompareChart()
    qtbot.addWidget(chart)
    chart.set_colours(print_colours())
    chart.set_comparison(load_comparison(["2023-yunnan", "2024-gansu"]))  # Gansu: more than
    chart.resize(600, 320)
    chart.show()
    qtbot.waitExposed(chart)
    fine = 4
    image = QImage(600 * fine, 320 * fine, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    chart.scene().render(painter, QRectF(image.rect()), QRectF(chart.viewport().rect()))
    painter.end()
    colour = chart.styles["expected"].colour.rgb()
    tip = chart.getPlotItem().getViewBox().mapViewToScene(QPointF(1, 300)) * fine
    half = MARK_PX / 2 * fine  # the mark's upper half stands above the bar, alone
    inked = sum(
        image.pixel(x, y) == colour
        for x in range(round(tip.x() - half), round(tip.x() + half))
        for y in range(round(tip.y() - half), round(tip.y()))
    )
    assert inked >= 0.6 * half * half / 2, inked  # of its triangle's half·half/2 pixels


def test_screenshot_compare_renders_the_comparison(tmp_path: Path) -> None:
    out = tmp_path / "c.png"
    result = run_cli("--screenshot", str(out), "--compare", *THREE)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


@pytest.mark.parametrize(
    "args",
    [
        ["--print-compare", "x.pdf", "2023-yunnan"],
        ["--compare", "2023-yunnan"],
        ["--summary", "--compare", "2023-yunnan", "2025-hunan"],
        ["--print-compare", "", "2023-yunnan", "2025-hunan"],
    ],
)
def test_compare_usage_errors(args: list[str], tmp_path: Path) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("eventviewer: ")


def test_print_compare_reports_every_bad_file_and_writes_nothing(tmp_path: Path) -> None:
    shutil.copy(V1_YUNNAN, tmp_path / "good.json")
    (tmp_path / "bad.json").write_text("[]", encoding="utf-8")
    out = tmp_path / "c.pdf"
    result = run_cli(
        "--print-compare",
        str(out),
        str(tmp_path / "good.json"),
        str(tmp_path / "bad.json"),
        "nowhere.json",
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") >= 2 and "bad.json:" in result.stderr
    assert "nowhere.json: no such file" in result.stderr
    assert not out.exists()


def test_print_compare_never_writes_over_an_input(tmp_path: Path) -> None:
    data = tmp_path / "a.pdf"  # an event file may have any name
    shutil.copy(V1_YUNNAN, data)
    before = data.read_bytes()
    result = run_cli("--print-compare", str(data), "2025-hunan", str(data), unset=NO_DISPLAY_AT_ALL)
    assert result.returncode == 1 and "refusing to write over the input" in result.stderr
    assert data.read_bytes() == before


def test_from_yunnan_to_a_comparison_with_guangxi_and_hunan_in_three_actions(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Ctrl+click Guangxi 2023 and Hunan 2025 in the library (the edition on screen stays
    selected), then Ctrl+Shift+C."""
    with qtbot.waitSignal(window.scanner.scanned, timeout=WAIT_MS):
        window.scanner.scan()
    tree = window.library.tree
    model = window.library.model

    def row(year: int, place: str) -> Any:
        head = model.item(year)
        item = next(head.child(i) for i in range(head.rowCount()) if head.child(i).text() == place)
        return tree.visualRect(item.index()).center()

    control = Qt.KeyboardModifier.ControlModifier
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, control, row(0, "Guangxi, Nanning")
    )
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, control, row(2, "Hunan, Changsha"))
    assert window.loaded is not None and window.loaded.path is not None
    assert window.loaded.path.name == "2023-yunnan.json"  # nothing else was opened
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.compare_window is not None and window.compare_window.isVisible()
    names = [e.name for e in window.compare_window.view.comparison.editions]  # type: ignore[union-attr]
    assert sorted(names) == sorted(THREE)


ALL_THIRTEEN = [
    "2023-inner-mongolia", "2023-guangxi", "2023-yunnan", "2023-shaanxi", "2023-chongqing",
    "2024-sichuan", "2024-guangxi", "2024-heilongjiang", "2024-yunnan", "2024-gansu",
    "2025-hunan", "2025-sichuan", "2025-chongqing",
]  # fmt: skip


def test_many_editions_each_keep_their_name_and_an_unknown_is_never_a_blank(
    qtbot: QtBot,
) -> None:
    """Thirteen editions in a 1,200-pixel chart: every bar named (long names wrap onto lines
    of whole words, no two overlapping), values left to the tooltips as they would collide,
    and "not stated" written upright where an edition states no amount; with three editions
    the values are written over the bars."""
    from PySide6.QtGui import QFontMetricsF

    from eventviewer.charts.compare_chart import CompareChart
    from eventviewer.charts.tier_chart import pixel_font

    chart = CompareChart()
    qtbot.addWidget(chart)
    chart.set_comparison(load_comparison(ALL_THIRTEEN))
    chart.resize(1200, 420)
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: len(chart.ticks) == 13, timeout=WAIT_MS)
    names = [name.replace("\n", " ") for _, name in chart.ticks]
    assert names[0] == "Inner Mongolia 2023" and "\n" in chart.ticks[0][1]
    metrics = QFontMetricsF(pixel_font(chart.font()))
    pitch = chart.getPlotItem().getViewBox().width() / 13
    widest = max(metrics.horizontalAdvance(line) for _, n in chart.ticks for line in n.split("\n"))
    assert widest < pitch
    texts = [i.textItem.toPlainText() for i in chart.getPlotItem().items if hasattr(i, "textItem")]
    unstated = [e for e in load_comparison(ALL_THIRTEEN).editions if not e.cells["amount"].stated]
    assert not chart.labelled and texts == ["not stated"] * len(unstated) and len(unstated) == 3
    chart.set_comparison(load_comparison(THREE))
    texts = [i.textItem.toPlainText() for i in chart.getPlotItem().items if hasattr(i, "textItem")]
    assert chart.labelled and "RMB 396.6 bn" in texts


def test_enter_in_the_comparison_does_not_print(qtbot: QtBot, window: MainWindow) -> None:
    """Print… was the dialog's default button: Enter in the table opened the Print dialog."""
    assert window.open_comparison(["2023-yunnan", "2025-hunan"])
    compare = window.compare_window
    assert compare is not None
    qtbot.waitExposed(compare, timeout=WAIT_MS)
    compare.view.table.setFocus()
    qtbot.keyClick(compare.view.table, Qt.Key.Key_Return)
    assert compare.print_dialog is None
    assert not compare.view.print_button.isDefault()
    assert not compare.view.print_button.autoDefault()


@pytest.mark.parametrize("width", [800, 1024, 1200, 1600])
def test_every_bar_of_the_series_is_named_and_the_table_fits(qtbot: QtBot, width: int) -> None:
    """All 13 editions: each bar carries its name (the province's ISO code and the year where
    the names do not fit; the tooltip says it in full); four editions: the table's columns
    fit a window of 1024 px or more, their text wrapped, with no scroll bar across."""
    from eventviewer.domain.bundled import edition_ids
    from eventviewer.ui.compare import CompareWindow

    window = CompareWindow()
    qtbot.addWidget(window)
    window.resize(width, 800 if width > 1000 else 480)
    window.view.set_comparison(load_comparison(edition_ids()))
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    QApplication.processEvents()
    chart = window.view.chart
    names = [" ".join(text.split()) for _, text in chart.ticks]
    assert window.view.comparison is not None
    editions = window.view.comparison.sorted_by(window.view.sort).editions  # as drawn
    assert [i for i, _ in chart.ticks] == list(range(13))
    for name, edition in zip(names, editions, strict=True):
        assert name in (edition.short, edition.abbreviated)
        shown = " ".join(chart.tooltip(editions.index(edition)).split())  # wrapped where long
        assert html.escape(edition.title, quote=False) in shown
    if width == 800:
        assert "HL 2024" in names  # Heilongjiang, too long for its bar at this width
    window.view.set_comparison(
        load_comparison(["2023-yunnan", "2023-guangxi", "2024-gansu", "2025-hunan"])
    )
    table = window.view.table
    header = table.horizontalHeader()
    if width >= 1024:  # narrower, the figures kept whole need more: then it scrolls
        qtbot.waitUntil(lambda: header.length() <= table.viewport().width() + 1, timeout=WAIT_MS)
