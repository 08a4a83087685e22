"""Comparing editions on screen: choose them, then see a table and a chart in which figures of
different basis never look alike, with a notice whenever they are not like for like.

The chart module (pyqtgraph) is imported when the view is first built, not at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..charts.text import plain_tooltip
from ..domain.compare import (
    CHARTED,
    FIGURES,
    TABLE_FIGURES,
    Comparison,
    Edition,
    FigureKey,
    SortKey,
    figure_name,
)
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.library import Entry
from . import settings
from .common import plain_label
from .focus import FocusRing
from .models import Column, FittingTable, RecordTableModel, configure_table
from .settings import SettingsStore

if TYPE_CHECKING:
    from ..charts.compare_chart import CompareChart

# The comparison's column titles, in the "columns" context the tables translate in.
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("columns", "People"),
    QT_TRANSLATE_NOOP("columns", "Companies"),
    QT_TRANSLATE_NOOP("columns", "Activities"),
    QT_TRANSLATE_NOOP("columns", "Follow-up"),
)
SORTS: dict[SortKey, str] = {
    "date": "Opening date",
    "province": "Province",
    "amount": "Amount",
    "projects": "Projects",
}
NOTICE_STYLE = (
    "QLabel { background: #fff4ce; color: #3d3000; border: 1px solid #e0b400;"
    " border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
)


def _cell_column(key: FigureKey) -> Column[Edition]:
    def tip(e: Edition) -> str:
        cell = e.cells[key]
        if not cell.stated:
            return f"{figure_name(key)}: {cell.shown} — {e.title}"
        return f"{figure_name(key)}: {cell.shown}\n{cell.provenance.describe()}"

    def sort_key(e: Edition) -> object:
        value = e.cells[key].value
        return (value is None, -(value or 0))

    return Column(FIGURES[key], lambda e: e.cells[key].shown, sort_key, True, tip)


COLUMNS: list[Column[Edition]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Edition"),
        lambda e: e.short,
        lambda e: e.short,
        tooltip=lambda e: e.title,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Opened"), lambda e: e.opened_text, lambda e: e.opened_text
    ),
    *(_cell_column(k) for k in TABLE_FIGURES),
]


class CompareView(QWidget):
    """The comparison: notices, chart, table, and the buttons to print or export it."""

    print_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.figure: FigureKey = "amount"
        self.sort: SortKey = "date"
        layout = QVBoxLayout(self)
        self.notices = plain_label()
        self.notices.setStyleSheet(NOTICE_STYLE)
        self.notices.setAccessibleName(self.tr("Not like for like"))
        layout.addWidget(self.notices)
        row = QHBoxLayout()
        self.figure_box = QComboBox()
        names = {"amount": self.tr("Amount"), "projects": self.tr("Projects")}
        for key in CHARTED:
            self.figure_box.addItem(names.get(key, figure_name(key)), key)
        self.figure_box.currentIndexChanged.connect(self._on_figure)
        self.sort_box = QComboBox()
        sorts = {
            "date": self.tr("Opening date"),
            "province": self.tr("Province"),
            "amount": self.tr("Amount"),
            "projects": self.tr("Projects"),
        }
        for sort, text in SORTS.items():
            self.sort_box.addItem(sorts.get(sort, text), sort)
        self.sort_box.currentIndexChanged.connect(self._on_sort)
        chart_label = QLabel(self.tr("&Chart shows:"))
        chart_label.setBuddy(self.figure_box)
        sort_label = QLabel(self.tr("&Sort by:"))
        sort_label.setBuddy(self.sort_box)
        for widget in (chart_label, self.figure_box, sort_label, self.sort_box):
            row.addWidget(widget)
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAutoDefault(False)  # Enter in the comparison does not print
        self.print_button.clicked.connect(self.print_requested)
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_requested)
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        from ..charts.compare_chart import CompareChart

        self.chart: CompareChart = CompareChart()
        layout.addWidget(self.chart, 3)
        self.model: RecordTableModel[Edition] = RecordTableModel(COLUMNS)
        self.table = FittingTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Comparison table"))
        configure_table(self.table, sortable=False)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # rows sampled for widths
        layout.addWidget(self.table, 2)

    def set_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self._show()

    def _show(self) -> None:
        if self.comparison is None:
            return
        shown = self.comparison.sorted_by(self.sort)
        notices = [shown.notice(k) for k in dict.fromkeys((self.figure, *CHARTED))]
        text = "\n".join(f"⚠ {n}" for n in notices if n)
        self.notices.setText(text)
        self.notices.setVisible(bool(text))
        why = self.tr(
            "Figures of different basis count different things (signed, solicited, "
            "expected…): they are drawn differently and are not to be ranked as alike."
        )
        self.notices.setToolTip(plain_tooltip(why))
        self.chart.set_comparison(shown, self.figure)
        self.model.set_records(list(shown.editions))
        self.table.fit()

    @Slot(int)
    def _on_figure(self, _index: int) -> None:
        self.figure = cast(FigureKey, self.figure_box.currentData())
        self._show()

    @Slot(int)
    def _on_sort(self, _index: int) -> None:
        self.sort = cast(SortKey, self.sort_box.currentData())
        self._show()


class CompareWindow(QDialog):
    """The comparison in a window of its own, beside the main one; it prints and exports what
    it shows, as it is sorted and charted. ``saved`` carries the path of a PDF written."""

    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, store: SettingsStore | None = None) -> None:
        super().__init__(parent)
        self.store = store or SettingsStore()
        self.print_dialog: QDialog | None = None  # kept alive while open
        self.setWindowTitle(self.tr("Compare editions"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.view = CompareView()
        self.view.print_requested.connect(self.print_comparison)
        self.view.export_requested.connect(self.export_pdf)
        layout.addWidget(self.view)
        self.focus_ring = FocusRing(self)
        self.resize(1100, 760)

    def _shown(self) -> Comparison | None:
        view = self.view
        return view.comparison.sorted_by(view.sort) if view.comparison is not None else None

    @Slot()
    def print_comparison(self) -> None:
        from .print_dialogs import print_comparison

        shown = self._shown()
        if shown is not None:
            page_size = self.store.text(settings.PAGE_SIZE)
            self.print_dialog = print_comparison(self, shown, self.view.figure, page_size)

    @Slot()
    def export_pdf(self) -> None:
        from .print_dialogs import export_comparison_pdf

        shown = self._shown()
        if shown is None:
            return
        page_size, folder = (
            self.store.text(s) for s in (settings.PAGE_SIZE, settings.LAST_DIRECTORY)
        )
        written = export_comparison_pdf(self, shown, self.view.figure, page_size, folder)
        if written is not None:
            self.saved.emit(str(written))


class Comparisons(QObject):
    """Comparing editions from the main window: the chooser, the comparison window, and the
    report of editions that do not load (nothing else changes then)."""

    saved = Signal(str)

    def __init__(self, parent: QWidget, store: SettingsStore) -> None:
        super().__init__(parent)
        self.parent_widget, self.store = parent, store
        self.window: CompareWindow | None = None
        self.chooser: EditionChooser | None = None
        self.error_box: QMessageBox | None = None

    def open(self, names: Sequence[Path | str]) -> bool:
        """Show the comparison of ``names`` (paths or bundled ids)."""
        from ..domain.compare import ComparisonError, load_comparison
        from .dialogs import comparison_error

        try:
            comparison = load_comparison(names)
        except ComparisonError as exc:
            self.error_box = comparison_error(self.parent_widget, exc.describe())
            return False
        if self.window is None:
            self.window = CompareWindow(self.parent_widget, self.store)
            self.window.saved.connect(self.saved)
        self.window.view.set_comparison(comparison)
        self.window.show()
        self.window.raise_()
        return True

    def choose(self, entries: list[Entry], current: str | None) -> None:
        """Ask which editions to compare (the one on screen ticked)."""
        chooser = EditionChooser(entries, {current} if current else set(), self.parent_widget)
        chooser.accepted.connect(lambda: self.open(chooser.paths()))
        chooser.setWindowModality(Qt.WindowModality.WindowModal)
        chooser.show()
        self.chooser = chooser


class EditionChooser(QDialog):
    """Tick two or more editions of the library (or the file open now) to compare."""

    def __init__(self, entries: list[Entry], ticked: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare editions"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Tick the editions to compare (two or more):")))
        self.model = QStandardItemModel(self)
        for e in entries:
            text = f"{e.name} — {e.province or e.title}, {e.opened}"
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if e.path in ticked else Qt.CheckState.Unchecked
            )
            item.setData(e.path, Qt.ItemDataRole.UserRole)
            item.setToolTip(plain_tooltip(f"{e.title}\n{e.headline}"))
            item.setEditable(False)
            self.model.appendRow(item)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Editions"))
        layout.addWidget(self.list)
        self.focus_ring = FocusRing(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Compare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.model.itemChanged.connect(self._update)
        self._update()
        self.resize(520, 480)

    def paths(self) -> list[Path]:
        return [
            Path(self.model.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.model.rowCount())
            if self.model.item(i).checkState() == Qt.CheckState.Checked
        ]

    @Slot()
    def _update(self) -> None:
        self.ok.setEnabled(len(self.paths()) >= 2)
