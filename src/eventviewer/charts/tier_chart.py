"""The investment-tier bar chart (pyqtgraph), shared by the screen and the printed page.

Imported lazily: pyqtgraph and numpy are loaded only when the chart is first shown.
"""

from __future__ import annotations

import math
import os
from typing import Literal

import msgspec
import PySide6.QtWidgets  # noqa: F401  (PySide6 first, so pyqtgraph binds to it)

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPicture,
    QTransform,
)
from PySide6.QtWidgets import QWidget

from ..domain.formatting import amount_unit
from ..domain.i18n import QT_TRANSLATE_NOOP, chinese
from ..domain.summary import Line, TierRow
from .text import finding_words, is_dark, one_line, plain_tooltip

Mode = Literal["amount", "projects"]
HATCH_SPACING = 7.0  # scene pixels between hatch lines
LEGEND_ROW = 4  # PlotItem's grid: title 0, top axis 1, view 2, bottom axis 3
CHART_PREFERRED_HEIGHT = 300
MAX_LABELLED_BARS = 12  # more bars get no value labels (the values are in their tooltips)
TICK_GAP_PX = 10.0  # at least this much space between two names under the bars
PAPER_LEGEND_COLUMNS = 4
LEGEND_COLUMN_PX = 250  # the width a legend column takes (a basis in words and its swatch)
MAX_TICK_LINES = 3  # a name under a bar wraps onto at most this many lines


def wrap_words(text: str, width: float, metrics: QFontMetricsF) -> str:
    """``text`` in lines no wider than ``width`` where it has spaces to break at."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


STATED_LABEL = QT_TRANSLATE_NOOP("TierChart", "Stated in the source")
DERIVED_LABEL = QT_TRANSLATE_NOOP("TierChart", "Derived: the total minus the stated tiers")


class ChartColours(msgspec.Struct, frozen=True):
    background: QColor
    text: QColor
    grid: QColor
    stated: QColor
    derived: QColor


def screen_colours(palette: QPalette) -> ChartColours:
    dark = is_dark(palette)
    return ChartColours(
        background=palette.color(QPalette.ColorRole.Base),
        text=palette.color(QPalette.ColorRole.Text),
        grid=palette.color(QPalette.ColorRole.Mid),
        stated=QColor("#5b9bd5" if dark else "#1f5f99"),
        derived=QColor("#9cc3e6" if dark else "#8fb4d9"),
    )


def print_colours() -> ChartColours:
    """White paper, dark ink; the derived bar stays distinct in greyscale (lighter + hatched)."""
    return ChartColours(
        background=QColor("white"),
        text=QColor("#1a1a1a"),
        grid=QColor("#b0b0b0"),
        stated=QColor("#1f5f99"),
        derived=QColor("#a9c6e3"),
    )


def pixel_font(font: QFont) -> QFont:
    """The same font sized in pixels: it then scales with the scene when the chart is rendered
    onto a printer, where a point size would resolve at 1200 dpi and print huge."""
    sized = QFont(font)
    if font.pixelSize() <= 0:
        sized.setPixelSize(max(1, round(font.pointSizeF() * 96 / 72)))
    return sized


def bar_line(row: TierRow, mode: Mode) -> Line:
    """The figure a bar shows: the tier's amount or its number of projects."""
    return row.amount if mode == "amount" else row.projects


def bar_text(row: TierRow, mode: Mode) -> str:
    return bar_line(row, mode).marked


def bar_tooltip(row: TierRow) -> str:
    translate = QCoreApplication.translate
    lines = [
        row.title,
        translate("TierChart", "Projects: {value}").format(value=row.projects.marked),
        translate("TierChart", "Amount: {value}").format(value=row.amount.marked),
    ]
    if row.amount.warning:
        lines.append(finding_words(row.amount.warning))
    if row.share:
        lines.append(
            translate("TierChart", "Share of total amount: {value}").format(value=row.share.marked)
        )
    if row.share_of_projects:
        lines.append(
            translate("TierChart", "Share of all projects: {value}").format(
                value=row.share_of_projects.marked
            )
        )
    if row.average:
        lines.append(
            translate("TierChart", "Average per project: {value}").format(value=row.average.marked)
        )
    lines.append("")
    lines.append(
        translate("TierChart", "Projects — {where}").format(
            where=row.projects.provenance.describe()
        )
    )
    lines.append(
        translate("TierChart", "Amount — {where}").format(where=row.amount.provenance.describe())
    )
    return "\n".join(lines)


class Bar(msgspec.Struct):
    row: TierRow
    value: float
    item: pg.BarGraphItem
    label: pg.TextItem

    @property
    def derived(self) -> bool:
        return self.row.derived


class ScenePixelItem(pg.GraphicsObject):  # type: ignore[misc]
    """An item that draws in scene pixels, mapping its data points itself: it then prints at
    the size it has on screen, where device pixels would be specks on a 1200-dpi page.
    Subclasses draw in ``paint_scene``."""

    def paint(self, p: QPainter, *args: object) -> None:
        to_scene = self.sceneTransform()
        from_scene, invertible = to_scene.inverted()
        if not invertible:
            return
        p.save()
        p.setTransform(from_scene, True)
        self.paint_scene(p, to_scene)
        p.restore()

    def paint_scene(self, p: QPainter, to_scene: QTransform) -> None:
        raise NotImplementedError


class HatchItem(ScenePixelItem):
    """Diagonal hatching over one bar or many, drawn as vector lines in scene pixels.

    Qt pattern brushes are drawn in device pixels (invisibly fine at 1200 dpi) and the PDF
    engine ignores brush transforms, so the lines are drawn explicitly: the same on screen and
    on paper.
    """

    def __init__(self, rects: QRectF | list[QRectF], colour: QColor) -> None:
        super().__init__()
        self.rects = [r.normalized() for r in (rects if isinstance(rects, list) else [rects])]
        self.colour = colour

    @property
    def rect(self) -> QRectF:
        return self.boundingRect()

    def boundingRect(self) -> QRectF:
        united = QRectF()
        for r in self.rects:
            united = united.united(r)
        return united

    def paint_scene(self, p: QPainter, to_scene: QTransform) -> None:
        for r in self.rects:
            hatch(p, to_scene.mapRect(r), self.colour)


def hatch(p: QPainter, area: QRectF, colour: QColor) -> None:
    """Diagonal lines HATCH_SPACING apart across ``area``, in the painter's current units.

    Each line is cut to the area by arithmetic, not by a clip: SVG Tiny (what QSvgGenerator
    writes) has no clipping, and the hatching must stay inside the bar there too.
    """
    height = area.height()
    if height <= 0 or area.width() < HATCH_SPACING / 2:
        return  # too thin to show a pattern: its fill and outline tell it apart
    p.save()
    pen = QPen(colour)
    pen.setWidthF(1.0)
    p.setPen(pen)
    x = area.left() - height
    while x < area.right():
        # the line from (x, bottom) to (x + height, top), kept where left <= x(t) <= right
        t0 = max(0.0, (area.left() - x) / height)
        t1 = min(1.0, (area.right() - x) / height)
        if t0 < t1:
            p.drawLine(
                QPointF(x + t0 * height, area.bottom() - t0 * height),
                QPointF(x + t1 * height, area.bottom() - t1 * height),
            )
        x += HATCH_SPACING
    p.restore()


class GridLines(pg.GraphicsObject):  # type: ignore[misc]
    """Lines across the plot at the value axis's major ticks, behind the bars.

    pyqtgraph's own grid keeps its axis from labelling the 0 at the foot of the axis.
    """

    def __init__(self, axis: pg.AxisItem, colour: QColor) -> None:
        super().__init__()
        self.axis = axis
        self.colour = colour
        self.setZValue(-10)

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return QRectF(view.viewRect()) if view is not None else QRectF()

    def paint(self, p: QPainter, *args: object) -> None:
        view = self.getViewBox()
        if view is None:
            return
        area = view.viewRect()
        levels = self.axis.tickValues(area.top(), area.bottom(), view.height())
        pen = QPen(self.colour)
        pen.setCosmetic(True)
        p.setPen(pen)
        for value in levels[0][1] if levels else ():
            if value > area.top():  # the axis line itself is the 0
                p.drawLine(QPointF(area.left(), value), QPointF(area.right(), value))


class LegendSample(pg.ItemSample):  # type: ignore[misc]
    """A legend swatch drawn like its bar, hatching included, that clicks cannot hide.

    pyqtgraph's sample toggles its item's visibility on click, which on a report chart would
    only turn the swatch into an eye icon.
    """

    SWATCH = QRectF(2, 2, 18, 18)  # pyqtgraph's place for a bar's swatch

    def __init__(self, item: pg.BarGraphItem, hatching: QColor | None = None) -> None:
        super().__init__(item)
        self.hatching = hatching

    def paint(self, p: QPainter, *args: object) -> None:
        p.setPen(pg.mkPen(self.item.opts["pen"]))
        p.setBrush(pg.mkBrush(self.item.opts["brush"]))
        p.drawRect(self.SWATCH)
        if self.hatching is not None:
            hatch(p, self.SWATCH, self.hatching)

    def mouseClickEvent(self, event: object) -> None:
        return


class DirectAxisItem(pg.AxisItem):  # type: ignore[misc]
    """An axis that paints straight onto the target painter.

    pyqtgraph caches axis drawing in a QPicture; replayed on a 1200-dpi printer its text comes
    out many times too large. Three bars need no cache.
    """

    def paint(self, p: QPainter, opt: object, widget: object) -> None:
        font = self.style["tickFont"]
        measure_on = QPicture()  # measure text at screen resolution, as on screen...
        measure = QPainter(measure_on)
        if font:
            measure.setFont(font)
        specs = self.generateDrawSpecs(measure)
        measure.end()
        if specs is None:
            return
        p.save()  # ...but draw onto the real target, where pixel-sized text scales with it
        if font:
            p.setFont(font)
        self.drawPicture(p, *specs)
        p.restore()


class ReportChart(pg.PlotWidget):  # type: ignore[misc]
    """What the report charts share: fixed or palette colours, no zooming or menus, value
    grid lines, tier or edition names under the bars thinned to fit, a legend row under the
    axis, and a redraw when the palette changes. Subclasses draw in ``_redraw`` and name their
    bars in ``tick_names``; they set ``_ready`` last in their ``__init__``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            axisItems={name: DirectAxisItem(name) for name in ("left", "bottom")},
            enableMenu=False,  # a report chart: no zooming or exporting menus
        )
        self.ticks: list[tuple[int, str]] = []  # the names under the bars (a subset of many)
        self.extra_tick_px = 0.0  # the height of their lines after the first
        self.fitted: tuple[bool, ...] = (False,)  # what the last drawing found room for
        self.legend: pg.LegendItem | None = None
        self._colours: ChartColours | None = None
        self._top = 1.0  # the highest bar, and the room above it: at least
        self._headroom_px = 0.0  # this many pixels (for its label), and at least
        self._min_headroom = 0.0  # this share of the plot
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.getViewBox().sigResized.connect(self._on_plot_resized)

    @Slot()
    def _on_plot_resized(self) -> None:
        """The plot's new size: the values' headroom and the names under the bars refit, and
        the values come out, or go in, as the room allows."""
        self._fit_values()
        if self.legend is not None and self.legend.columnCount != self.legend_columns():
            self.legend.setColumnCount(self.legend_columns())
        if getattr(self, "_ready", False):
            self._update_ticks()
            if self._fitting() != self.fitted:
                self._redraw()

    def _fitting(self) -> tuple[bool, ...]:
        """What the room allows now: the value labels first (a subclass may add more)."""
        return (self.labels_fit(),)

    @property
    def labelled(self) -> bool:
        """Whether the values are written over the bars."""
        return self.fitted[0]

    def pitch(self) -> float:
        """The width each bar has, in pixels."""
        room = float(self.getPlotItem().getViewBox().width() or self.width() - 80.0)
        return max(1.0, room) / max(len(self.tick_names()), 1)

    def value_texts(self) -> list[str]:
        """The values written over the bars."""
        raise NotImplementedError

    def labels_fit(self) -> bool:
        """Whether every value fits over its bar without touching its neighbours' (and there
        are at most MAX_LABELLED_BARS of them)."""
        if len(self.tick_names()) > MAX_LABELLED_BARS:
            return False
        metrics = QFontMetricsF(self.label_font())
        widest = max(map(metrics.horizontalAdvance, self.value_texts()), default=0.0)
        return widest + TICK_GAP_PX <= self.pitch()

    def set_colours(self, colours: ChartColours | None) -> None:
        """Fixed colours (print); None follows the widget palette (screen)."""
        self._colours = colours
        self._redraw()

    def colours(self) -> ChartColours:
        return self._colours or screen_colours(self.palette())

    def _redraw(self) -> None:
        raise NotImplementedError

    def tick_names(self) -> list[tuple[int, str]]:
        raise NotImplementedError

    def _start_plot(self, colours: ChartColours) -> pg.PlotItem:
        """The plot emptied, with its grid lines, background and axes in ``colours``."""
        plot = self.getPlotItem()
        plot.clear()
        grid = QColor(colours.grid)
        grid.setAlphaF(0.3)
        plot.addItem(GridLines(plot.getAxis("left"), grid))
        self.setBackground(colours.background)
        text_pen = pg.mkPen(colours.text)
        tick_font = pixel_font(self.font())
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(colours.grid))
            axis.setTextPen(text_pen)
            axis.setStyle(tickFont=tick_font)
        return plot

    def label_font(self) -> QFont:
        """The font of the values written above the bars."""
        font = pixel_font(self.font())
        font.setBold(True)
        return font

    def _set_value_range(self, top: float, headroom_px: float, min_headroom: float) -> None:
        """The value axis from 0 to above ``top``, leaving ``headroom_px`` above it for the
        labels (which do not scale with the plot; the view clips them) or ``min_headroom`` of
        the plot, whichever is more. Kept as the plot is resized."""
        self._top, self._headroom_px, self._min_headroom = top or 1.0, headroom_px, min_headroom
        self._fit_values()

    def _fit_values(self) -> None:
        height = self.getPlotItem().getViewBox().height()
        labels = self._headroom_px / height if height > 0 else 0.0
        share = min(0.6, max(self._min_headroom, labels))
        self.getPlotItem().setYRange(0, self._top / (1.0 - share), padding=0)

    def _update_ticks(self) -> None:
        """Name every bar, each name on up to MAX_TICK_LINES lines of whole words; where the
        names do not fit, their short forms (``short_tick_names``); where those do not
        either, every n-th bar."""
        plot = self.getPlotItem()
        if plot is None:  # closed
            return
        metrics = QFontMetricsF(pixel_font(self.font()))
        room = max(1.0, plot.getViewBox().width() or self.width() - 80.0)
        ticks, lines = self._fit_ticks(self.tick_names(), room, metrics)
        if len(ticks) < len(self.tick_names()):
            ticks, lines = self._fit_ticks(self.short_tick_names(), room, metrics)
        self.ticks = ticks
        self.extra_tick_px = (lines - 1) * metrics.lineSpacing()
        axis = plot.getAxis("bottom")
        axis.setTicks([ticks])
        offset = axis.style["tickTextOffset"][1] + max(0, axis.style["tickLength"])
        axis.setHeight(math.ceil(lines * metrics.lineSpacing() + offset))

    @staticmethod
    def _fit_ticks(
        names: list[tuple[int, str]], room: float, metrics: QFontMetricsF
    ) -> tuple[list[tuple[int, str]], int]:
        """The names of every bar, or every n-th, wrapped to their room; and their lines."""
        pitch = room / max(len(names), 1)
        words = [word for _, name in names for word in name.split()]
        widest = max(map(metrics.horizontalAdvance, words), default=0.0)
        step = max(1, math.ceil((widest + TICK_GAP_PX) / pitch))
        while True:
            width = step * pitch - TICK_GAP_PX
            ticks = [(i, wrap_words(name, width, metrics)) for i, name in names[::step]]
            lines = max((name.count("\n") + 1 for _, name in ticks), default=1)
            if lines <= MAX_TICK_LINES or step >= len(names):
                return ticks, lines
            step += 1

    def short_tick_names(self) -> list[tuple[int, str]]:
        """Shorter names for the bars, where the full ones do not fit (the same by default)."""
        return self.tick_names()

    def _new_legend(self, colours: ChartColours, wanted: bool) -> pg.LegendItem | None:
        """The old legend removed and, if ``wanted``, an empty one in its own row under the
        axis, so it can never hide a bar."""
        layout = self.getPlotItem().layout
        if self.legend is not None:
            layout.removeItem(self.legend)
            if self.legend.scene() is not None:
                self.legend.scene().removeItem(self.legend)
        self.legend = None
        if not wanted:
            return None
        size = f"{pixel_font(self.font()).pixelSize()}px"  # pixels: scales onto a printer too
        columns = self.legend_columns()
        legend = pg.LegendItem(labelTextColor=colours.text, labelTextSize=size, colCount=columns)
        # pyqtgraph keeps legends unscaled for zooming; ours sits in the layout and must scale
        # with the rest when the scene is rendered onto a printer.
        legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        layout.addItem(legend, LEGEND_ROW, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.legend = legend
        return legend

    def legend_columns(self) -> int:
        """On screen, as many columns of legend entries as the width takes (a wide chart's
        legend is a row or two, not a column that squeezes the plot); on paper, four: a compact
        row or two under the plot, never taller than it."""
        if self._colours is not None:
            return PAPER_LEGEND_COLUMNS
        return max(2, min(4, int(self.width() // LEGEND_COLUMN_PX)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # pyqtgraph's own __init__ changes the palette before ours has run: wait until ready.
        ready = getattr(self, "_ready", False)
        if ready and event.type() == QEvent.Type.PaletteChange and self._colours is None:
            self._redraw()


class TierChart(ReportChart):
    """One bar per tier; the derived remainder is lighter, hatched and named in the legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.mode: Mode = "amount"
        self._rows: list[TierRow] = []
        self._currency = ""
        plot = self.getPlotItem()
        left = plot.getAxis("left")
        left.setStyle(maxTickLevel=0, hideOverlappingLabels=False)  # its 0 at the foot, too
        plot.getAxis("bottom").setStyle(tickLength=5)  # tick marks below the axis, not in the bars
        self.setAccessibleName(self.tr("Investment tier chart"))
        self.setMinimumHeight(240)
        for text, slot in (
            (self.tr("&Copy Values"), self.copy_values),
            (self.tr("Copy &Image"), self.copy_image),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._ready = True

    def copy_values(self) -> None:
        """Each bar's tier, value and source, tab-separated under a header row."""
        header = "Tier\tValue\tSource"
        rows = []
        for bar in self.bars:
            line = bar_line(bar.row, self.mode)
            cells = (bar.row.title, line.marked, line.provenance.describe())
            rows.append("\t".join(one_line(cell) for cell in cells))
        text = "\n".join([header, *rows]) + "\n"
        QGuiApplication.clipboard().setText(text)

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.grab())

    def sizeHint(self) -> QSize:
        """Modest: the chart grows into the room there is (pyqtgraph's hint is 600×494, which
        made the tab scroll in a 1200×800 window)."""
        return QSize(600, CHART_PREFERRED_HEIGHT)

    def set_rows(self, rows: list[TierRow], currency: str, mode: Mode | None = None) -> None:
        self._rows = [r for r in rows if not r.is_total]
        self._currency = currency
        if mode is not None:
            self.mode = mode
        self._redraw()

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self._redraw()

    def _redraw(self) -> None:
        self.bars = []
        colours = self.colours()
        plot = self._start_plot(colours)
        unit = amount_unit(self._currency) if self.mode == "amount" else self.tr("projects")
        title = (
            self.tr("Amount by tier ({unit})").format(unit=unit)
            if self.mode == "amount"
            else self.tr("Projects by tier")
        )
        plot.setTitle(title, color=colours.text.name())
        plot.setLabel("left", unit, color=colours.text.name())
        # Amounts in the unit the labels use: billions, or 亿 (×10) when the reader reads Chinese.
        scale = 10.0 if chinese() else 1.0
        values = [
            float(r.amount.value or 0) * scale
            if self.mode == "amount"
            else float(r.projects.value or 0)
            for r in self._rows
        ]
        label_font = self.label_font()
        self.fitted = self._fitting()
        labelled = self.labelled
        for i, (row, value) in enumerate(zip(self._rows, values, strict=True)):
            fill = colours.derived if row.derived else colours.stated
            pen = QPen(colours.stated if row.derived else fill.darker(130))
            pen.setCosmetic(True)
            pen.setWidthF(1.5)
            if row.derived:
                pen.setStyle(Qt.PenStyle.DashLine)
            item = pg.BarGraphItem(x=[i], height=[value], width=0.6, brush=QBrush(fill), pen=pen)
            item.setToolTip(plain_tooltip(bar_tooltip(row)))
            plot.addItem(item)
            if row.derived:
                hatch = HatchItem(QRectF(i - 0.3, 0, 0.6, value), colours.stated)
                hatch.setToolTip(item.toolTip())
                plot.addItem(hatch)
            label = pg.TextItem(text=bar_text(row, self.mode), color=colours.text, anchor=(0.5, 1))
            label.setFont(label_font)
            label.setPos(i, value)
            if labelled:  # more would overlap: values on hover
                plot.addItem(label)
            self.bars.append(Bar(row, value, item, label))
        self._update_ticks()
        plot.setXRange(-0.6, len(values) - 0.4, padding=0)
        above = max((b.label.boundingRect().height() for b in self.bars), default=0.0)
        # at least the top bar's 18% (as when the view's height was not known)
        self._set_value_range(max(values, default=1.0), above if labelled else 0.0, 0.18 / 1.18)
        self._draw_legend(colours)
        self.setAccessibleDescription(
            "; ".join(f"{b.row.label}: {bar_text(b.row, self.mode)}" for b in self.bars)
        )

    def tick_names(self) -> list[tuple[int, str]]:
        return [(i, r.title) for i, r in enumerate(self._rows)]

    def value_texts(self) -> list[str]:
        return [bar_text(r, self.mode) for r in self._rows]

    def _draw_legend(self, colours: ChartColours) -> None:
        legend = self._new_legend(colours, wanted=any(r.derived for r in self._rows))
        if legend is None:
            return
        stated = pg.BarGraphItem(x=[0], height=[1], width=1, brush=QBrush(colours.stated))
        derived = pg.BarGraphItem(
            x=[0],
            height=[1],
            width=1,
            brush=QBrush(colours.derived),
            pen=pg.mkPen(colours.stated, style=Qt.PenStyle.DashLine),
        )
        legend.addItem(LegendSample(stated), self.tr(STATED_LABEL))
        legend.addItem(LegendSample(derived, hatching=colours.stated), self.tr(DERIVED_LABEL))
