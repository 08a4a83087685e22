"""Overview tab: what the event was, the key figures, and what it set out to do."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..charts.text import plain_tooltip
from ..domain.i18n import chinese, dash, lead
from ..domain.loader import LoadedEvent
from ..domain.summary import DERIVED_NOTE, NO_FIGURES, PARAGRAPH_NOTE, Group, Line, Summary, note
from .common import (
    FactForm,
    KeyFigureCard,
    ReflowArea,
    heading,
    hline,
    muted,
    plain_label,
)
from .settings import SettingsStore

MIN_CARD_WIDTH = 240  # px: the widest key figure, "RMB 396.6 bn", and its margins


class OverviewTab(ReflowArea):
    figure_activated = Signal(object)  # a Line whose sources the reader asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 14, 24, 12)
        layout.setSpacing(8)

        self.title = heading("", level=0)
        self.title.setWordWrap(True)
        self.theme = plain_label()
        italic = QFont(self.theme.font())
        italic.setItalic(not chinese())  # Han has no italic: Qt would slant it
        italic.setPointSizeF(italic.pointSizeF() * 1.1)
        self.theme.setFont(italic)
        layout.addWidget(self.title)
        layout.addWidget(self.theme)

        self.facts = FactForm()
        layout.addLayout(self.facts)

        layout.addWidget(hline())
        layout.addWidget(heading(self.tr("Key figures")))
        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(10)
        layout.addLayout(self.cards_grid)
        self.no_figures = muted(plain_label(note(NO_FIGURES)))
        layout.addWidget(self.no_figures)
        self.cards: list[KeyFigureCard] = []
        self.columns = 0

        self.more_rule = hline()
        layout.addWidget(self.more_rule)
        self.more_heading = heading(
            self.tr("Also reported, follow-up and where the sources differ")
        )
        layout.addWidget(self.more_heading)
        self.more = FactForm()
        layout.addLayout(self.more)

        self.aims_rule = hline()
        layout.addWidget(self.aims_rule)
        self.aims_heading = heading(self.tr("Purpose, aims and goal"))
        layout.addWidget(self.aims_heading)
        self.aims = FactForm()
        layout.addLayout(self.aims)

        layout.addWidget(hline())
        self.footer = muted(plain_label())
        layout.addWidget(self.footer)
        layout.addStretch(1)

    def connect_settings(self, store: SettingsStore) -> None:
        """Nothing on this tab is remembered."""

    def set_data(self, loaded: LoadedEvent, summary: Summary) -> None:
        self.title.setText(summary.title)
        self.title.setToolTip(plain_tooltip(summary.title_provenance.describe()))
        self.theme.setText(
            summary.theme if summary.theme else self.tr("Theme not given in the sources read")
        )
        self.theme.setToolTip(plain_tooltip(self.tr("The event's official theme")))
        _clear_form(self.facts)
        slogans = [  # a slogan in quotation marks, as under the title
            msgspec.structs.replace(line, text=f"“{line.text}”") for line in summary.theme_lines[1:]
        ]
        facts = [*summary.names, *slogans, summary.opening, summary.closing]
        facts += [x for x in (summary.period,) if x]
        facts += [summary.place, summary.venue, *summary.hosts]
        facts += [x for x in (summary.significance,) if x]
        for line in facts:
            self._add_fact(self.facts, line)
        self._show_cards(summary)
        self._show_more(summary)
        self._show_aims(summary)
        self.footer.setText("\n".join(self._footnotes(summary)))

    def _show_cards(self, summary: Summary) -> None:
        for card in self.cards:
            self.cards_grid.removeWidget(card)
            card.hide()  # now: deleteLater waits for the event loop, which a screenshot may not
            card.deleteLater()
        self.cards = []
        for line in summary.key_figures:
            card = KeyFigureCard()
            card.set_line(line)
            card.activated.connect(self.figure_activated)
            self.cards.append(card)
        self.columns = 0
        self._place_cards()
        self.no_figures.setVisible(not summary.key_figures)

    def _show_more(self, summary: Summary) -> None:
        """Also reported, follow-ups, differences, breakdowns and other stated facts."""
        _clear_form(self.more)
        for kind, groups in (
            (self.tr("Also reported"), summary.reports),
            (self.tr("Follow-up"), summary.follow_ups),
            (self.tr("Where the sources differ"), summary.conflicts),
            (self.tr("Breakdown"), summary.breakdowns),
        ):
            for group in groups:
                self._add_group(kind, group)
        for stated_note in summary.notes:
            self._add_fact(self.more, stated_note)
        more = self.more.rowCount() > 0
        for widget in (self.more_rule, self.more_heading):
            widget.setVisible(more)

    def _show_aims(self, summary: Summary) -> None:
        _clear_form(self.aims)
        for item in (summary.purpose, summary.aims, *summary.strategies, summary.goal):
            if item:
                self._add_fact(self.aims, item)
        for widget in (self.aims_rule, self.aims_heading):
            widget.setVisible(self.aims.rowCount() > 0)

    def _footnotes(self, summary: Summary) -> list[str]:
        notes = [self.tr("Source: {source}").format(source=s) for s in summary.sources]
        if summary.derived_count:
            notes.append(note(DERIVED_NOTE))
        if summary.by_paragraph:
            notes.append(note(PARAGRAPH_NOTE))
        notes.append(self.tr("Hover a figure to see where it comes from."))
        return notes

    def _place_cards(self) -> None:
        """As many columns as fit, in rows as even as can be: 6 cards are 6×1, 3×2 or 2×3."""
        room = max(1, self.viewport().width() - 48) // MIN_CARD_WIDTH
        count = max(1, len(self.cards))
        rows = -(-count // max(1, min(room, count)))
        columns = -(-count // rows)
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.cards_grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.cards_grid.addWidget(card, i // columns, i % columns)
        for column in range(self.cards_grid.columnCount()):
            self.cards_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards()

    def _add_group(self, kind: str, group: Group) -> None:
        """A group of figures: its title (and what kind of report it is), then each line."""
        what = group.heading
        head = plain_label(what)
        bold = QFont(head.font())
        bold.setBold(True)
        head.setFont(bold)
        self.more.add_row(lead(kind).rstrip(), head)
        for line in group.lines:
            basis = dash() + line.basis if line.basis else ""
            shown = msgspec.structs.replace(line, text=line.text + basis)
            given = line.provenance.given
            self._add_fact(self.more, shown, sources=line if given else None, within=group.title)
        if group.note:
            self.more.add_row("", muted(plain_label(group.note)))

    def _add_fact(
        self, form: FactForm, line: Line, sources: Line | None = None, within: str = ""
    ) -> None:
        """A labelled fact; a figure (``sources``, of the group titled ``within``) gets a
        button that opens its sources."""
        value = plain_label(line.text)
        where = line.provenance.describe()
        value.setToolTip(plain_tooltip(where))
        value.setAccessibleName(f"{line.label}: {line.text}")
        if not line.provenance.given:
            muted(value)
        if sources is None:
            form.add_row(lead(line.label).rstrip(), value)
            return
        button = QToolButton()  # an icon, so the values keep their width
        button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView))
        button.setToolTip(self.tr("Sources…"))
        button.setAutoRaise(True)
        figure = f"{within} — {line.label}" if within else line.label
        button.setAccessibleName(self.tr("Sources of {figure}").format(figure=figure))
        button.clicked.connect(lambda _=False, s=sources: self.figure_activated.emit(s))
        side = value.fontMetrics().height() + 2  # no taller than the text
        button.setFixedSize(side + 4, side)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(value, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        form.add_row(lead(line.label).rstrip(), row)


def _clear_form(form: FactForm) -> None:
    while form.rowCount():
        form.removeRow(0)
