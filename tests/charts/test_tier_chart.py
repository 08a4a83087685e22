"""The tier chart on screen: values, tooltips, legend, palette, labels that fit."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from eventviewer.ui.main_window import MainWindow

from ..conftest import WAIT_MS, with_many_tiers


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
