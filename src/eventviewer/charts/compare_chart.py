"""The comparison chart (pyqtgraph): one bar per edition, figures of different basis drawn
differently, lower bounds open-ended. Shared by the screen and the printed comparison."""

from __future__ import annotations

import os

import PySide6.QtWidgets  # noqa: F401  (PySide6 first, so pyqtgraph binds to it)

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QWidget

from ..domain.compare import Cell, Comparison, FigureKey, figure_name
from ..domain.formatting import NO_BASIS, basis_words
from ..domain.i18n import QT_TRANSLATE_NOOP, chinese
from ..domain.schema import BASES
from .text import plain_tooltip
from .tier_chart import (
    ChartColours,
    HatchItem,
    LegendSample,
    ReportChart,
    ScenePixelItem,
    pixel_font,
)

# One colour per basis, the same in every chart, on screen and on paper, whatever else is
# drawn beside it. Okabe–Ito hues (and a brown): the bases signed at the event are solid, the
# others hatched, and within each group any two stay apart under a simulation of protanopia,
# deuteranopia and tritanopia (tests/charts/test_basis_colours.py).
BASIS_COLOURS: dict[str, str] = {
    "signed": "#0072b2",
    "signed_at_opening": "#d55e00",
    "signed_on_site": "#009e73",
    "signed_during_event": "#cc79a7",
    "signed_at_sub_event": "#0072b2",
    "signed_before_event": "#cc79a7",
    "introduced": "#009e73",
    "solicited": "#e69f00",
    "intended": "#56b4e9",
    "expected": "#f0e442",
    "estimated": "#8c510a",
}
NOT_STATED_COLOUR = "#5a5a5a"  # a figure whose basis the source does not state
SIGNED = ("signed", "signed_at_opening", "signed_on_site", "signed_during_event")
MARK_PX = 12.0  # the lower-bound mark, in scene pixels
LOWER_BOUND_LABEL = QT_TRANSLATE_NOOP("CompareChart", "▲ open-ended: a lower bound (“more than”)")


class Style:
    """How bars of one basis look: a fill, solid for what was signed at the event, lighter
    and hatched for anything else (solicited, intended, expected…)."""

    def __init__(self, basis: str, colours: ChartColours) -> None:
        self.basis = basis
        self.colour = QColor(BASIS_COLOURS.get(basis, NOT_STATED_COLOUR))
        self.solid = basis in SIGNED
        self.fill = self.colour if self.solid else QColor(self.colour).lighter(160)
        if not self.solid and colours.background.lightness() < 128:  # dark: keep it dark
            self.fill = QColor(self.colour).darker(170)
        self.item: pg.BarGraphItem | None = None  # the bars of this basis, once drawn
        self.pen = QPen(self.colour.darker(130) if self.solid else self.colour)
        self.pen.setCosmetic(True)
        self.pen.setWidthF(1.5)
        if not self.solid:
            self.pen.setStyle(Qt.PenStyle.DashLine)

    @property
    def label(self) -> str:
        return basis_words(self.basis) if self.basis != NO_BASIS else NO_BASIS


class BoundMarks(ScenePixelItem):
    """A triangle pointing up (the bar goes on) on each bar that is a lower bound, MARK_PX
    across: pyqtgraph's scatter symbols are sized in device pixels, specks on paper."""

    def __init__(self, marks: list[tuple[int, float, QColor]], outline: QColor) -> None:
        super().__init__()
        self.marks = marks
        self.outline = outline

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return QRectF(view.viewRect()) if view is not None else QRectF()

    def paint_scene(self, p: QPainter, to_scene: QTransform) -> None:
        p.setPen(QPen(self.outline))
        half = MARK_PX / 2
        for x, value, colour in self.marks:
            at = to_scene.map(QPointF(x, value))
            p.setBrush(QBrush(colour))
            p.drawPolygon(
                QPolygonF(
                    [at + QPointF(0, -half), at + QPointF(half, half), at + QPointF(-half, half)]
                )
            )


class CompareChart(ReportChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.figure: FigureKey = "amount"
        self.styles: dict[str, Style] = {}
        self.bars: list[tuple[int, Cell, str]] = []  # index, cell, basis of each drawn bar
        self.fitted = (False, False)  # values over the bars; else "not stated" upright
        self.setMinimumHeight(220)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._ready = True

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def set_comparison(self, comparison: Comparison, figure: FigureKey | None = None) -> None:
        self.comparison = comparison
        if figure is not None:
            self.figure = figure
        self._redraw()

    def _redraw(self) -> None:
        """One bar item per basis (a thousand editions stay quick), hatching for the bases
        that were not signed, an upward mark on lower bounds, labels when few enough."""
        self.bars = []
        comparison = self.comparison
        if comparison is None:
            self.getPlotItem().clear()
            return
        colours = self.colours()
        plot = self._start_plot(colours)
        self._titles(plot, colours)
        # The legend in the schema's order of bases, however the editions are sorted.
        order = {b: i for i, b in enumerate((*BASES, NO_BASIS))}
        present = sorted(comparison.bases(self.figure), key=order.__getitem__)
        self.styles = {basis: Style(basis, colours) for basis in present}
        editions = comparison.editions
        self.fitted = self._fitting()
        groups, bounds, label_heights = self._place(plot, colours)
        self._draw_bars(plot, groups)
        if bounds:
            plot.addItem(BoundMarks(bounds, colours.text))
        self._update_ticks()
        top = max((v for bars in groups.values() for _, v in bars), default=1.0)
        plot.setXRange(-0.6, len(editions) - 0.4, padding=0)
        above = max(label_heights, default=0.0) * (1.9 if bounds else 1.0)  # clear of the mark
        self._set_value_range(top, above, 0.3 / 1.3)  # at least the top bar's 30%
        self._draw_legend(colours)
        self.setAccessibleDescription(
            "; ".join(f"{e.name}: {e.cells[self.figure].shown}" for e in editions[:100])
        )

    def _titles(self, plot: pg.PlotItem, colours: ChartColours) -> None:
        title = figure_name(self.figure)
        unit = self.tr("RMB bn") if self.figure == "amount" else title.lower()
        plot.setTitle(
            self.tr("{figure} by edition").format(figure=title), color=colours.text.name()
        )
        plot.setLabel("left", unit, color=colours.text.name())

    def _place(
        self, plot: pg.PlotItem, colours: ChartColours
    ) -> tuple[dict[str, list[tuple[int, float]]], list[tuple[int, float, QColor]], list[float]]:
        """Each edition's bar, grouped by basis; the lower bounds to mark; the values written
        over the bars (and their heights), and "not stated" where a bar would be."""
        assert self.comparison is not None
        labelled, upright = self.fitted
        yi = chinese() and self.figure == "amount"  # 亿元, as the labels write amounts
        groups: dict[str, list[tuple[int, float]]] = {}
        bounds: list[tuple[int, float, QColor]] = []
        label_heights: list[float] = []
        for i, edition in enumerate(self.comparison.editions):
            cell = edition.cells[self.figure]
            if not cell.stated:  # unknown, not zero: said where the bar would be
                if labelled or upright:
                    plot.addItem(self._not_stated(i, colours, labelled))
                continue
            value = float(cell.value) * (10.0 if yi else 1.0) if cell.value is not None else 0.0
            basis = cell.basis or NO_BASIS
            groups.setdefault(basis, []).append((i, value))
            self.bars.append((i, cell, basis))
            if cell.lower_bound:
                bounds.append((i, value, self.styles[basis].colour))
            if labelled:
                above = 1.9 if cell.lower_bound else 1.0  # clear of the lower-bound mark
                label = pg.TextItem(text=cell.text, color=colours.text, anchor=(0.5, above))
                label.setFont(self.label_font())
                label.setPos(i, value)
                plot.addItem(label)
                label_heights.append(label.boundingRect().height())
        return groups, bounds, label_heights

    def _not_stated(self, i: int, colours: ChartColours, level: bool) -> pg.TextItem:
        note = pg.TextItem(
            text=self.tr("not stated"),
            color=colours.grid,
            anchor=(0.5, 1) if level else (-0.1, 0.5),  # upright: off the axis
            angle=0 if level else 90,
        )
        note.setFont(pixel_font(self.font()))
        note.setPos(i, 0)
        return note

    def _draw_bars(self, plot: pg.PlotItem, groups: dict[str, list[tuple[int, float]]]) -> None:
        """One bar item per basis, hatched where the basis was not signed at the event."""
        for basis, bars in groups.items():
            style = self.styles[basis]
            xs, heights = [x for x, _ in bars], [h for _, h in bars]
            item = pg.BarGraphItem(
                x=xs, height=heights, width=0.6, brush=QBrush(style.fill), pen=style.pen
            )
            plot.addItem(item)
            style.item = item
            if not style.solid:
                rects = [QRectF(x - 0.3, 0, 0.6, h) for x, h in bars]
                plot.addItem(HatchItem(rects, style.colour))

    def value_texts(self) -> list[str]:
        cells = (e.cells[self.figure] for e in self.comparison.editions) if self.comparison else ()
        return [c.text for c in cells if c.stated]

    def _upright_room(self) -> bool:
        """Whether "not stated" fits upright in a bar's place."""
        metrics = QFontMetricsF(pixel_font(self.font()))
        tall = metrics.horizontalAdvance(self.tr("not stated")) * 1.2
        high = self.getPlotItem().getViewBox().height() >= tall
        return high and self.pitch() >= metrics.height() * 1.5

    def _fitting(self) -> tuple[bool, ...]:
        """The values over the bars, or else "not stated" upright where the room allows."""
        labelled = self.labels_fit()
        return (labelled, not labelled and self._upright_room())

    @property
    def upright(self) -> bool:
        """Whether "not stated" is written upright (the values did not fit)."""
        return self.fitted[1]

    def bar_at(self, scene_pos: QPointF) -> int | None:
        """The index of the edition whose bar (or place) is under ``scene_pos``."""
        if self.comparison is None:
            return None
        x = self.getPlotItem().vb.mapSceneToView(scene_pos).x()
        i = round(x)
        return i if 0 <= i < len(self.comparison.editions) and abs(x - i) <= 0.3 else None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        """The tooltip of the bar under the pointer: the edition, its figure with basis and
        qualifier, and where it comes from."""
        i = self.bar_at(scene_pos)
        if i is None or self.comparison is None:
            self.setToolTip("")
            return
        self.setToolTip(self.tooltip(i))

    def tooltip(self, i: int) -> str:
        assert self.comparison is not None
        edition = self.comparison.editions[i]
        cell = edition.cells[self.figure]
        where = cell.provenance.describe() if cell.stated else ""
        return plain_tooltip(f"{edition.title}\n{cell.shown}\n{where}".strip())

    def tick_names(self) -> list[tuple[int, str]]:
        editions = self.comparison.editions if self.comparison else ()
        return [(i, e.short) for i, e in enumerate(editions)]

    def short_tick_names(self) -> list[tuple[int, str]]:
        editions = self.comparison.editions if self.comparison else ()
        return [(i, e.abbreviated) for i, e in enumerate(editions)]

    def _draw_legend(self, colours: ChartColours) -> None:
        """One swatch per basis drawn, and the open-ended mark if a lower bound is."""
        legend = self._new_legend(colours, wanted=bool(self.styles))
        if legend is None:
            return
        for style in self.styles.values():
            sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=style.fill, pen=style.pen)
            hatching = None if style.solid else style.colour
            legend.addItem(LegendSample(sample, hatching=hatching), style.label)
        if any(cell.lower_bound for _, cell, _ in self.bars):
            mark = pg.BarGraphItem(x=[0], height=[1], width=1, brush=colours.background)
            legend.addItem(LegendSample(mark), self.tr(LOWER_BOUND_LABEL))
