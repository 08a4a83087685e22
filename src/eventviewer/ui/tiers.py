"""Investment tiers tab: the chart (created on first show), the tier table, sector shares and,
when the file itemizes them, a sortable, filterable project table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..charts.text import plain_tooltip
from ..domain.derived import assign_tiers, dec, ordered_tiers, plain
from ..domain.formatting import amount_unit, count, money, tier_label
from ..domain.i18n import QT_TRANSLATE_NOOP, chinese, labelled, translate
from ..domain.loader import LoadedEvent
from ..domain.schema import Project
from ..domain.summary import DERIVED_NOTE, Summary, TierRow, note
from . import settings
from .common import (
    EmptyState,
    explained,
    finding_note,
    heading,
    keep_wrapped_room,
    marked,
    muted,
    plain_label,
)
from .models import (
    NOT_GIVEN_CELL,
    Column,
    FittingTable,
    ItemizedTable,
    RecordTableModel,
    configure_table,
)
from .settings import SettingsStore

if TYPE_CHECKING:
    from ..charts.tier_chart import Mode, TierChart


MAX_TABLE_ROWS = 12
TIER_HEADERS = (
    QT_TRANSLATE_NOOP("columns", "Tier"),
    QT_TRANSLATE_NOOP("columns", "Projects"),
    QT_TRANSLATE_NOOP("columns", "Amount"),
    QT_TRANSLATE_NOOP("columns", "Share of amount"),
    QT_TRANSLATE_NOOP("columns", "Share of projects"),
    QT_TRANSLATE_NOOP("columns", "Average per project"),
)


def _tier_column(index: int) -> Column[TierRow]:
    """A column of TierRow.cells(); its tooltip is the provenance of the figure behind it."""

    def tooltip(row: TierRow) -> str:
        if index == 0:  # the tier's name in full, where the column cuts it short
            return plain_tooltip(explained(row.title, row.amount))
        line = row.lines()[index - 1]
        return plain_tooltip(explained(line.provenance.describe(), line)) if line else ""

    def text(row: TierRow) -> str:
        cell = row.cells()[index]
        line = row.amount if index == 0 else row.lines()[index - 1]
        return marked(cell, line) if line is not None else cell

    return Column(
        TIER_HEADERS[index],
        text,
        numeric=index > 0,
        tooltip=tooltip,
    )


TIER_COLUMNS = [_tier_column(i) for i in range(len(TIER_HEADERS))]


def _tier_style(row: TierRow) -> str:
    return "total" if row.is_total else "derived" if row.derived else ""


def project_columns(currency: str, tier_of: dict[int, str]) -> list[Column[Project]]:
    def opt(value: str | None) -> str:
        return value if value is not None else NOT_GIVEN_CELL

    def shown(p: Project) -> str:
        return plain(dec(p.amount_bn) * scale) if p.amount_bn is not None else NOT_GIVEN_CELL

    # in the unit the page writes amounts in: billions, or 亿 of the currency (×10) in Chinese
    scale = 10 if chinese() else 1
    amount = translate("columns", "Amount ({unit})").format(unit=amount_unit(currency))
    return [
        Column(QT_TRANSLATE_NOOP("columns", "Project"), lambda p: p.name),
        Column(
            amount,
            shown,
            sort_key=lambda p: p.amount_bn,
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Tier"), lambda p: tier_of.get(id(p), NOT_GIVEN_CELL)),
        Column(QT_TRANSLATE_NOOP("columns", "Sector"), lambda p: opt(p.sector)),
        Column(QT_TRANSLATE_NOOP("columns", "Location"), lambda p: opt(p.location)),
        Column(QT_TRANSLATE_NOOP("columns", "Investor"), lambda p: opt(p.investor)),
    ]


class TiersTab(QWidget):
    mode_changed = Signal(str)
    figure_activated = Signal(object)  # a Line whose sources the reader asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: TierChart | None = None
        self._summary: Summary | None = None
        self._mode: Mode = "amount"

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Investment by tier")))
        top.addStretch(1)
        self.amount_button = QRadioButton(self.tr("Amount"))
        self.projects_button = QRadioButton(self.tr("Number of projects"))
        self.amount_button.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.amount_button)
        self.mode_group.addButton(self.projects_button)
        self.amount_button.toggled.connect(self._on_mode_toggled)
        top.addWidget(self.amount_button)
        top.addWidget(self.projects_button)
        outer.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(self.splitter, 1)

        upper = self.upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_holder = QVBoxLayout()
        upper_layout.addLayout(self.chart_holder, 3)

        self.tier_model: RecordTableModel[TierRow] = RecordTableModel(TIER_COLUMNS, _tier_style)
        self.tier_table = FittingTable()
        self.tier_table.setModel(self.tier_model)
        self.tier_table.setAccessibleName(self.tr("Tier table"))
        configure_table(self.tier_table, sortable=False)
        self.tier_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tier_table.activated.connect(self._on_tier_activated)
        self.tier_table.fitted.connect(self._fit_table_height)
        upper_layout.addWidget(self.tier_table)
        self.no_tiers = EmptyState()  # what the sources do say, when they give no tiers
        upper_layout.addWidget(self.no_tiers, 3)
        self.shares = plain_label()
        upper_layout.addWidget(self.shares)
        self.note = muted(plain_label(note(DERIVED_NOTE)))
        upper_layout.addWidget(self.note)
        self.splitter.addWidget(upper)

        self.projects: ItemizedTable[Project] = ItemizedTable(
            self.tr("Itemized projects"),
            self.tr("Filter projects (name, sector, location, investor)…"),
            [],
        )
        self.splitter.addWidget(self.projects)

    def connect_settings(self, store: SettingsStore) -> None:
        """The chart mode is remembered."""
        self.set_mode(
            "projects" if store.text(settings.TIER_CHART_MODE) == "projects" else "amount"
        )
        self.mode_changed.connect(lambda mode: store.set(settings.TIER_CHART_MODE, mode))

    def set_data(self, loaded: LoadedEvent, summary: Summary) -> None:
        self._summary = summary
        tiered = bool(summary.tiers)
        for widget in (self.tier_table, self.amount_button, self.projects_button):
            widget.setVisible(tiered)
        if self.chart is not None:
            self.chart.setVisible(tiered)
        self.no_tiers.setVisible(not tiered)
        stated = [
            labelled(k.label, k.text) + (f" ({k.basis})" if k.basis else "")
            for k in summary.key_figures[:2]
            if k.label in ("Projects", "Amount")
        ]
        self.no_tiers.say(
            self.tr("No breakdown by tier"),
            [self.tr("The sources give no breakdown of the investment by tier."), *stated],
        )
        self.tier_model.set_records(list(summary.tiers))
        scrolls = len(summary.tiers) > MAX_TABLE_ROWS
        self.tier_table.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if scrolls
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.tier_table.fit()
        unit = (
            self.tr("Amount ({unit})").format(unit=amount_unit(summary.currency))
            if summary.currency
            else self.tr("Amount")
        )
        self.amount_button.setText(unit)
        self.shares.setText("\n".join(labelled(s.label, s.text) for s in summary.sector_shares))
        self.shares.setToolTip(
            plain_tooltip("\n".join(s.provenance.describe() for s in summary.sector_shares))
        )
        self.shares.setVisible(bool(summary.sector_shares))
        self.note.setVisible(summary.derived_count > 0)
        self._set_items(loaded, summary)
        if self.chart is not None:
            self.chart.set_rows(list(summary.tiers), summary.currency, self._mode)

    def _set_items(self, loaded: LoadedEvent, summary: Summary) -> None:
        projects = loaded.event.projects
        if projects is None:
            self.projects.set_records(None)
            return
        stated = ordered_tiers(loaded.event.investment.tiers if loaded.event.investment else [])
        labels = [tier_label(t, summary.currency) for t in loaded.figures.tiers]
        tier_of = {
            id(p): labels[slot]
            for p, slot in zip(projects, assign_tiers(loaded.event, stated), strict=True)
            if slot is not None and slot < len(labels)
        }
        self.projects.model.columns = project_columns(summary.currency, tier_of)
        one, many = (
            self.tr("{tier}: {n} project, {amount}"),
            self.tr("{tier}: {n} projects, {amount}"),
        )
        recount = [
            (one if t.projects == 1 else many).format(
                tier=tier_label(t, summary.currency),
                n=count(t.projects),
                amount=money(t.amount, summary.currency, 1),
            )
            for t in loaded.figures.item_tiers
        ]
        note = self.tr("Recounted from the itemized projects (derived): ") + " · ".join(recount)
        finding = summary.item_findings.get("projects", "")
        self.projects.set_records(projects, finding_note(note if recount else "", finding))

    @Slot(bool)
    def _on_mode_toggled(self, amount_checked: bool) -> None:
        self.set_mode("amount" if amount_checked else "projects")

    def set_mode(self, mode: Mode) -> None:
        self._mode = mode
        with QSignalBlocker(self.amount_button):
            self.amount_button.setChecked(mode == "amount")
            self.projects_button.setChecked(mode == "projects")
        if self.chart is not None:
            self.chart.set_mode(mode)
        self.mode_changed.emit(mode)

    def mode(self) -> Mode:
        return self._mode

    def ensure_chart(self) -> TierChart:
        """Create the chart on first need: pyqtgraph is imported here, not at start-up."""
        if self.chart is None:
            from ..charts.tier_chart import TierChart

            self.chart = TierChart()
            self.chart_holder.addWidget(self.chart)
            self.chart.setVisible(self._summary is None or bool(self._summary.tiers))
            if self._summary is not None:
                self.chart.set_rows(list(self._summary.tiers), self._summary.currency, self._mode)
        return self.chart

    @Slot()
    def _fit_table_height(self) -> None:
        """As tall as its rows (wrapped to the width) up to MAX_TABLE_ROWS; beyond, it scrolls."""
        rows = max(1, min(self.tier_model.rowCount(), MAX_TABLE_ROWS))
        table = self.tier_table
        across = table.horizontalHeader().length() > table.viewport().width()  # it scrolls
        bar = table.horizontalScrollBar().sizeHint().height() if across else 0
        table.setFixedHeight(table.rows_height(rows) + bar + 4)
        keep_wrapped_room(self.upper)

    @Slot(QModelIndex)
    def _on_tier_activated(self, index: QModelIndex) -> None:
        """Enter or a double-click on a cell: the sources of its figure (the tier's amount for
        the tier's name)."""
        row = self.tier_model.record(index.row())
        lines = row.lines()
        line = lines[index.column() - 1] if index.column() > 0 else row.amount
        self.figure_activated.emit(line or row.amount)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped notes take more lines when the tab is narrow: the chart's pane keeps the room
        they need."""
        super().resizeEvent(event)
        keep_wrapped_room(self.upper)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_chart()
        super().showEvent(event)
