"""Activities tab: the programme's structure as a tree, the tours and focus industry chains,
and, when the file itemizes them, a sortable, filterable activity table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..charts.text import plain_tooltip
from ..domain.formatting import cite, not_given
from ..domain.i18n import QT_TRANSLATE_NOOP, chinese
from ..domain.loader import LoadedEvent
from ..domain.schema import ActivityItem
from ..domain.summary import Line, Summary
from ..domain.words import said, said_list
from .common import EmptyState, explained, finding_note, heading, marked, plain_label
from .models import NOT_GIVEN_CELL, Column, ItemizedTable
from .settings import SettingsStore

ACTIVITY_COLUMNS: list[Column[ActivityItem]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Activity"), lambda a: a.title),
    Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda a: a.kind or NOT_GIVEN_CELL),
    Column(QT_TRANSLATE_NOOP("columns", "Theme"), lambda a: a.theme or NOT_GIVEN_CELL),
    Column(
        QT_TRANSLATE_NOOP("columns", "Date"),
        lambda a: a.date.isoformat() if a.date else NOT_GIVEN_CELL,
        sort_key=lambda a: a.date,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Venue"), lambda a: a.venue or NOT_GIVEN_CELL),
]


def _item(
    text: str, tooltip: str = "", *, italic: bool = False, bold: bool = False
) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tooltip:
        item.setToolTip(plain_tooltip(tooltip))
    if italic or bold:
        font = QFont()
        font.setItalic(italic and not chinese())  # Han has no italic: Qt would slant it
        font.setBold(bold)
        item.setFont(font)
    return item


LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Line a row of the programme shows


def _row(line: Line | None, label: str | None = None, *, bold: bool = False) -> list[QStandardItem]:
    """A part of the programme: its name, its count (with the basis where one is noted) and
    where it is stated; "not given in the sources read" where there is no count."""
    if line is None:
        return [_item(label or ""), _item(not_given()), _item("")]
    shown = marked(line.marked, line)
    if line.noted_basis:
        shown += f" ({line.noted_basis})"
    tip = explained(line.provenance.describe(), line)
    count = _item(shown, tip, bold=bold)
    count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    cells = [_item(label or line.label, tip, bold=bold), count, _item(line.provenance.named)]
    for cell in cells:
        cell.setData(line, LINE_ROLE)
    return cells


class ActivitiesTab(QWidget):
    figure_activated = Signal(object)  # a Line whose sources the reader asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(heading(self.tr("Programme")))
        self.structure = plain_label()
        outer.addWidget(self.structure)
        splitter = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(splitter, 1)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Programme structure"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.activated.connect(self._on_activated)
        self.tree.viewport().installEventFilter(self)
        upper_layout.addWidget(self.tree)
        self.no_programme = EmptyState()
        upper_layout.addWidget(self.no_programme, 1)
        self.tours_title = heading(self.tr("Inspection tours"), level=2)
        self.tours = QFormLayout()
        self.chains_title = heading(self.tr("Focus industry chains"), level=2)
        self.chains = plain_label()
        self.tours.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        upper_layout.addSpacing(10)
        upper_layout.addWidget(self.tours_title)
        upper_layout.addLayout(self.tours)
        upper_layout.addSpacing(10)
        upper_layout.addWidget(self.chains_title)
        upper_layout.addWidget(self.chains)
        upper_layout.addStretch(1)
        splitter.addWidget(upper)

        self.items: ItemizedTable[ActivityItem] = ItemizedTable(
            self.tr("Itemized activities"),
            self.tr("Filter activities (title, kind, theme, date, venue)…"),
            ACTIVITY_COLUMNS,
        )
        splitter.addWidget(self.items)

    def connect_settings(self, store: SettingsStore) -> None:
        """Nothing on this tab is remembered."""

    def set_data(self, loaded: LoadedEvent, summary: Summary) -> None:
        self._fill_tree(summary)
        programme = self._programme(summary)
        counts = summary.activities.lines()
        stated = bool(summary.structure is not None or summary.themes or counts)
        self.structure.setText(programme)
        self.structure.setVisible(stated)
        self.tree.setVisible(stated)
        self.no_programme.setVisible(not stated)
        self.no_programme.say(self.tr("No programme"), [programme])
        self._fill_tours(loaded)
        self.chains_title.setVisible(summary.chains is not None)
        self.chains.setVisible(summary.chains is not None)
        if summary.chains is not None:
            self.chains.setText(f"{summary.chains.text}  ({summary.chains.provenance.named})")
            self.chains.setToolTip(plain_tooltip(summary.chains.provenance.describe()))
        finding = summary.item_findings.get("activity_items", "")
        self.items.set_records(loaded.event.activity_items, finding_note("", finding))

    def _programme(self, summary: Summary) -> str:
        """``Programme “1+7+2”: 1 main activity, 18 special activities across 7 themes and
        2 extension activities — 21* in all.``"""
        counts = summary.activities
        parts = []
        for line, words in (
            (counts.main, self.tr("{n} main activity")),
            (
                counts.special,
                self.tr("{n} special activities across {themes} themes")
                if counts.theme_count
                else self.tr("{n} special activities"),
            ),
            (counts.extension, self.tr("{n} extension activities")),
        ):
            if line is not None:
                themes = counts.theme_count.marked if counts.theme_count else ""
                part = words.format(n=line.marked, themes=themes)
                parts.append(part + (f" ({line.noted_basis})" if line.noted_basis else ""))
        listed = ""
        if parts:
            listed = self.tr(", ").join(parts[:-1]) + self.tr(" and ") if len(parts) > 1 else ""
            listed += parts[-1]
            total = counts.total
            listed += self.tr(" — {n} in all.").format(n=total.marked) if total else self.tr(".")
        if summary.structure is not None:
            name = summary.structure.text
            if listed:
                return self.tr("Programme “{name}”: {parts}").format(name=name, parts=listed)
            return self.tr("Programme “{name}”.").format(name=name)
        return listed or self.tr("The sources read state no programme for this edition.")

    def _fill_tours(self, loaded: LoadedEvent) -> None:
        while self.tours.rowCount():
            self.tours.removeRow(0)
        act = loaded.event.activities
        tours = act.inspection_tours if act else None
        self.tours_title.setVisible(tours is not None)
        if tours is None:
            return
        where = cite(tours.ref, loaded.event.sources)
        for label, text in (
            (self.tr("For:"), said_list(tours.participants) or not_given()),
            (self.tr("To:"), said(tours.destination) if tours.destination else not_given()),
            (self.tr("Aim:"), said(tours.purpose) if tours.purpose else not_given()),
            (self.tr("Source:"), where),
        ):
            value = plain_label(text)
            value.setToolTip(plain_tooltip(self.tr("Stated: {where}").format(where=where)))
            self.tours.addRow(plain_label(label, selectable=False), value)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        """Enter or a double-click on a count: its sources, in the window's source panel."""
        line = index.data(LINE_ROLE)
        if line is not None:
            self.figure_activated.emit(line)

    def _fit_tree(self) -> None:
        """Size the tree to its rows, so the tab is not mostly empty white."""
        rows = 0
        index = self.tree_model.index(0, 0)
        while index.isValid():
            rows += 1
            index = self.tree.indexBelow(index)
        row_height = max(self.tree.sizeHintForRow(0), 1)
        frame = self.tree.frameWidth() * 2
        self.tree.setFixedHeight(
            self.tree.header().sizeHint().height() + rows * row_height + frame + 2
        )

    def _fill_tree(self, summary: Summary) -> None:
        model = self.tree_model
        model.clear()
        model.setHorizontalHeaderLabels(
            [self.tr("Part of the programme"), self.tr("Count"), self.tr("Source")]
        )
        counts = summary.activities
        root = _row(counts.total, self.tr("The whole programme"), bold=True)
        model.appendRow(root)
        parent = root[0]
        parent.appendRow(_row(counts.main, None if counts.main else self.tr("Main activity")))
        special = _row(counts.special, None if counts.special else self.tr("Special activities"))
        parent.appendRow(special)
        if counts.theme_count is not None or summary.themes:
            themes = _row(counts.theme_count, self.tr("Themes"))
            special[0].appendRow(themes)
            self._add_themes(themes[0], summary)
        parent.appendRow(
            _row(counts.extension, None if counts.extension else self.tr("Extension activities"))
        )
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self._fit_tree()
        self._fit_sources_column()

    def _fit_sources_column(self) -> None:
        """The sources' column as wide as its text, but never more than a third of the tree:
        the parts' names come first (a source cut short is whole in its tooltip)."""
        room = self.tree.viewport().width() // 3
        self.tree.header().resizeSection(2, min(self.tree.sizeHintForColumn(2), room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_sources_column()  # the tree's own width, once its splitter has set it
        return super().eventFilter(watched, event)

    def _add_themes(self, themes: QStandardItem, summary: Summary) -> None:
        """The themes, numbered; those the source counts but does not name in grey italics."""
        unnamed_colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for i, theme in enumerate(summary.themes, 1):
            # the name in full, where the column cuts it short, then where it comes from
            tip = f"{theme.text}\n{theme.provenance.describe()}" if theme.name else theme.text
            name = _item(f"{i}. {theme.text}", tip)
            name.setAccessibleText(theme.text)
            where = _item(theme.provenance.named or "—")
            if theme.name is None:
                for cell in (name, where):
                    font = QFont()
                    font.setItalic(not chinese())  # grey says it; Han is never slanted
                    cell.setFont(font)
                    cell.setForeground(unnamed_colour)
            themes.appendRow([name, _item(""), where])
        unnamed = summary.activities.unnamed_themes
        if unnamed is not None and unnamed.value:
            themes.appendRow(_row(unnamed))
