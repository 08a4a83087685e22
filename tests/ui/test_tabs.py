"""The overview, activities and participants tabs, and the way from a figure to its sources."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from eventviewer.ui.main_window import MainWindow

from ..conftest import WAIT_MS


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
    assert copied.endswith("Locator: “活动签约项目382个”.")  # no words of the app's after it
    assert window.statusBar().currentMessage() == "Citation copied to the clipboard"
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
    assert "paragraph 3" in text and "“投资100亿元以上的项目6个,共1008亿元”" in text
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
    bar_rect = bars.rows()[1][2]
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
    assert len(buttons) == 13  # 2 + 1 + 1 + 1 figures reported apart, 4 + 2 + 2 statements
    assert not any("Venue" in name or "Opened" in name for name in buttons)
    qtbot.mouseClick(buttons[kunming], Qt.MouseButton.LeftButton)
    text = window.sources_panel.view.toPlainText()
    assert text.startswith("Projects: 96")
    assert "“全市签约项目96个,投资金额885.65亿元”" in text
