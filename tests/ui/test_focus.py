"""Where the keyboard focus is can be seen: every focusable widget gets a ring when it has it."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from eventviewer.domain.compare import load_comparison
from eventviewer.ui.compare import CompareWindow
from eventviewer.ui.focus import RING

from ..conftest import WAIT_MS
from .test_layout import scheme, settle

__all__ = ["scheme"]  # the light and dark fixture


def pixels(widget: QWidget) -> Any:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    shape = (image.height(), image.width())
    return np.frombuffer(image.constBits(), np.uint32).reshape(shape).copy()


def ring_of(widget: QWidget, window: QWidget) -> QRect:
    """Where a ring around ``widget`` is drawn (the part of it the window shows; of a tab
    bar, its current tab)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if isinstance(widget, QTabBar):
        rect = widget.tabRect(widget.currentIndex()).translated(rect.topLeft())
    return rect.intersected(window.rect())


def changed_around(before: Any, after: Any, rect: QRect) -> float:
    """The share of the pixels on the band just outside ``rect`` that changed."""
    outer = rect.adjusted(-RING, -RING, RING, RING)
    top, bottom = max(outer.top(), 0), min(outer.bottom() + 1, before.shape[0])
    left, right = max(outer.left(), 0), min(outer.right() + 1, before.shape[1])
    band = np.zeros(before.shape, bool)
    band[top:bottom, left:right] = True
    inner = rect.adjusted(1, 1, -1, -1)
    band[max(inner.top(), 0) : inner.bottom() + 1, max(inner.left(), 0) : inner.right() + 1] = False
    changed, whole = np.count_nonzero((before != after) & band), np.count_nonzero(band)
    return float(changed) / float(max(1, int(whole)))


def ring_shows(window: Any, widget: QWidget) -> float:
    """The share of the band around ``widget`` that the ring changes (the same window drawn
    with its ring hidden is the comparison: a card the view scrolled to may take the place
    of the one before)."""
    ringed = pixels(window)
    window.focus_ring.hide()
    bare = pixels(window)
    window.focus_ring.show()
    return changed_around(bare, ringed, ring_of(widget, window))


def focus_on(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    settle(widget.window())


def test_each_tab_press_shows_where_the_focus_went(window: Any, scheme: str) -> None:
    """Twenty presses of Tab from the tab bar, in light and dark: after each, the band around
    the widget that took the focus looks different from before."""
    window.activateWindow()
    focus_on(window.tabs.tabBar())
    seen: list[str] = []
    for _ in range(20):
        before = pixels(window)
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        settle(window)
        now = QApplication.focusWidget()
        assert now is not None and now.window() is window
        seen.append(type(now).__name__)
        assert (pixels(window) != before).any(), f"{seen[-1]}: the window looks the same"
        share = ring_shows(window, now)
        assert share > 0.5, f"{seen[-1]}: its ring changes {share:.0%} of the band around it"
    assert {"KeyFigureCard", "QTreeView", "QToolButton"} <= set(seen), seen


def test_every_kind_of_focusable_widget_shows_it(window: Any, qtbot: QtBot) -> None:
    """The card, the ⓘ button, the tab bar, the chart, the tables, the category bars, the
    library, the sources and the comparison's controls."""
    window.activateWindow()
    window.show_sources(window.summary.key_figures[0])
    targets: list[QWidget] = [
        window.tabs.tabBar(),
        window.overview.cards[1],
        window.library.tree,
        window.sources_panel.view,
    ]
    window.select_tab("tiers")
    settle(window)
    chart = window.tiers.ensure_chart()
    targets += [chart, window.tiers.tier_table]
    window.select_tab("participants")
    settle(window)
    targets.append(window.participants.bars)
    for target in targets:
        window.select_tab(_tab_of(window, target))
        for dock in (window.library, window.sources_panel):
            if dock.isAncestorOf(target):
                dock.raise_()  # at 800 px the two panels are tabs of one
        elsewhere = window.library.tree if target is not window.library.tree else None
        focus_on(elsewhere or window.tabs.tabBar())
        before = pixels(window)
        focus_on(target)
        assert QApplication.focusWidget() is target, type(target).__name__
        assert (pixels(window) != before).any(), type(target).__name__
        share = ring_shows(window, target)
        assert share > 0.5, f"{type(target).__name__}: {share:.0%} of its ring changed"
    compare = CompareWindow()
    qtbot.addWidget(compare)
    compare.view.set_comparison(load_comparison(["2023-yunnan", "2025-hunan"]))
    compare.show()
    qtbot.waitExposed(compare, timeout=WAIT_MS)
    compare.activateWindow()
    view = compare.view
    for target in (view.figure_box, view.sort_box, view.print_button, view.table):
        focus_on(view.figure_box if target is not view.figure_box else view.sort_box)
        before = pixels(compare)
        focus_on(target)
        assert (pixels(compare) != before).any(), type(target).__name__
        share = ring_shows(compare, target)
        assert share > 0.5, f"{type(target).__name__}: {share:.0%} of its ring changed"


def _tab_of(window: Any, widget: QWidget) -> str:
    """The key of the tab ``widget`` is on (the current one for a widget beside the tabs)."""
    for slot in window.tabs.slots:
        if slot.isAncestorOf(widget):
            return str(slot.spec.key)
    return str(window.tabs.current_key())
