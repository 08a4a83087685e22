"""Every tab at every size: nothing drawn over anything else, nothing cut off out of reach.

A widget may be cut off only by a scroll area (its content then scrolls); anywhere else, a
label, button, view or chart must lie wholly inside each of its parents, and no two of them
may overlap.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from eventviewer.domain import bundled_event_path, load_event
from eventviewer.domain.bundled import edition_path
from eventviewer.ui.main_window import MainWindow
from eventviewer.ui.participants import CategoryBars
from eventviewer.ui.registry import TAB_KEYS

from ..conftest import REPO, WAIT_MS

SIZES = [(800, 500), (960, 540), (1024, 640), (1200, 800), (1280, 720), (1600, 1000)]
LEAVES = (QLabel, QAbstractButton, QAbstractItemView, QGraphicsView, QLineEdit, CategoryBars)
OPAQUE = (QAbstractItemView, QGraphicsView, QTabBar, QMenuBar, QScrollBar)  # inner parts their own


@pytest.fixture(scope="module")
def itemized(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("layout") / "itemized.json"
    script = REPO / "benchmarks" / "make_large_event.py"
    args = ["--projects", "2000", "--organizations", "3000", "--out", str(out)]
    subprocess.run([sys.executable, str(script), *args], check=True)
    return out


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest) -> Iterator[str]:
    from eventviewer.ui.palette import apply_color_scheme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, style = app.palette(), app.style().name()
    apply_color_scheme(app, request.param)
    yield request.param
    app.setStyle(style)
    app.setPalette(palette)
    for widget_class in ("QRadioButton", "QCheckBox"):
        # The stub declares bytes for the class name; the binding accepts only str.
        app.setPalette(palette, widget_class)  # type: ignore[arg-type]


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def on_screen(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` that can be seen: cut by every parent (scroll areas included)."""
    rect = in_window(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(in_window(parent, window))
        parent = parent.parentWidget()
    return rect


def settle(window: QWidget) -> None:
    """Let layouts that depend on other layouts (a tab built on first show) finish."""
    shape, same = None, 0
    for _ in range(20):
        QApplication.processEvents()
        now = [in_window(w, window) for w in leaves(window)]
        same = same + 1 if now == shape else 0
        if same == 2:  # a layout may post another request once it has run
            return
        shape = now


def behind_a_tab(widget: QWidget, window: QWidget) -> bool:
    """In a side panel that is a tab behind another (Qt keeps it shown, out of the window)."""
    dock = widget.parentWidget()
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    return dock is not None and not window.rect().intersects(in_window(dock, window))


def leaves(window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, LEAVES) or not widget.isVisible() or widget.size().isEmpty():
            continue
        if behind_a_tab(widget, window):
            continue
        parent = widget.parentWidget()
        inside_opaque = False
        while parent is not None and parent is not window:
            inside_opaque = inside_opaque or isinstance(parent, OPAQUE)
            parent = parent.parentWidget()
        if not inside_opaque and not isinstance(widget, QScrollBar):
            found.append(widget)
    return found


def clipped(widget: QWidget, window: QWidget) -> str | None:
    """The first parent that cuts ``widget`` off without a way to scroll to it, if any."""
    rect = in_window(widget, window)
    parent = widget.parentWidget()
    while parent is not None:
        scroll = parent.parentWidget()
        if isinstance(scroll, QAbstractScrollArea) and scroll.viewport() is parent:
            return None  # it scrolls into view
        room = in_window(parent, window) if parent is not window else window.rect()
        if not room.adjusted(-1, -1, 1, 1).contains(rect):
            return f"{parent.__class__.__name__} {room} cuts off {rect}"
        if parent is window:
            return None
        parent = parent.parentWidget()
    return None


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{widget.__class__.__name__}({text[:30]!r})"


def text_cut(widget: QWidget) -> str | None:
    """A wrapped label shorter than its text at its width (laid out for another width)."""
    if not isinstance(widget, QLabel) or not widget.wordWrap() or not widget.text():
        return None
    need = widget.heightForWidth(widget.width())
    if need > widget.height() + 1:
        return f"{widget.height()} px tall at {widget.width()} px, its text needs {need}"
    return None


def table_cut(widget: QWidget) -> str | None:
    """A fitting table whose titles or rows are shorter than their wrapped text."""
    from eventviewer.ui.models import FittingTable

    if not isinstance(widget, FittingTable) or widget.model() is None:
        return None
    header = widget.horizontalHeader()
    for column in range(header.count()):
        need = header.sectionSizeFromContents(column).height()
        if need > header.height() + 1:
            return f"column {column}'s title needs {need} px, its header is {header.height()}"
    for row in range(min(widget.model().rowCount(), 40)):
        if widget.sizeHintForRow(row) > widget.rowHeight(row) + 1:
            return f"row {row} needs {widget.sizeHintForRow(row)} px, has {widget.rowHeight(row)}"
    return None


def bars_cut(widget: QWidget) -> str | None:
    """A category's label, painted wrapped in its row, taller than the row."""
    from PySide6.QtCore import Qt

    if not isinstance(widget, CategoryBars):
        return None
    flags = Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap
    for line, label, _bar in widget.rows():
        need = widget.fontMetrics().boundingRect(label, flags, line.label).height()
        if need > label.height():
            return f"the label {line.label[:30]!r} needs {need} px, its row has {label.height()}"
    return None


def problems_on_screen(window: QWidget) -> list[str]:
    found: list[str] = []
    shown = leaves(window)
    for widget in shown:
        cut = clipped(widget, window) or text_cut(widget) or table_cut(widget)
        cut = cut or bars_cut(widget)
        if cut:
            found.append(f"{describe(widget)}: {cut}")
    rects = [(w, on_screen(w, window)) for w in shown]
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if ra.intersected(rb).width() > 1 and ra.intersected(rb).height() > 1:
                found.append(f"{describe(a)} {ra} overlaps {describe(b)} {rb}")
    return found


@pytest.mark.parametrize("which", ["bundled", "itemized", "2025-hunan", "2024-heilongjiang"])
def test_every_tab_fits_every_size(
    qtbot: QtBot, store: Any, scheme: str, which: str, itemized: Path
) -> None:
    """The bundled event, a large itemized file, an edition with conflicting reports and one
    whose sources state no figures at all."""
    path = {"bundled": bundled_event_path(), "itemized": itemized}.get(which)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.set_loaded(load_event(path or edition_path(which)))
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    failures = []
    for width, height in SIZES:
        window.resize(width, height)
        for key in TAB_KEYS:
            window.select_tab(key)
            settle(window)
            assert (window.width(), window.height()) == (width, height), "a minimum size"
            failures += [f"{width}×{height} {key}: {p}" for p in problems_on_screen(window)]
    assert not failures, "\n".join(failures[:40])


PANELS = [(True, False), (True, True), (False, True), (False, False)]  # library, sources
SIZES_BACK_AND_FORTH = [
    (1600, 1000),
    (800, 480),
    (1200, 800),
    (1024, 640),
    (1600, 1000),
    (960, 540),
]


@pytest.mark.parametrize("which", ["bundled", "2025-hunan"])
def test_every_tab_fits_every_size_as_panels_come_and_go(
    qtbot: QtBot, store: Any, which: str
) -> None:
    """Wrapped text is measured again after every change of width: the window made smaller and
    larger, the library and the sources shown and hidden. Each time, on every tab, no text
    is cut off or drawn over other text, and the tabs keep a readable width."""
    from eventviewer.ui.docks import READABLE

    window = MainWindow(store)
    qtbot.addWidget(window)
    loaded = load_event(bundled_event_path() if which == "bundled" else edition_path(which))
    window.set_loaded(loaded)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    assert window.summary is not None
    figure = window.summary.key_figures[0]
    central = window.centralWidget()
    assert central is not None
    failures = []
    for width, height in SIZES_BACK_AND_FORTH:
        window.resize(width, height)
        for library, sources in PANELS:
            window.library.setVisible(library)
            if sources:
                window.show_sources(figure)
            else:
                window.sources_panel.hide()
            for key in TAB_KEYS:
                window.select_tab(key)
                settle(window)
                where = f"{width}×{height} library {library} sources {sources} {key}"
                failures += [f"{where}: {p}" for p in problems_on_screen(window)]
                room = central.width()
                if room < READABLE and (library or sources):
                    failures.append(f"{where}: the tabs are {room} px wide")
    assert not failures, "\n".join(failures[:40])


@pytest.mark.parametrize("which", ["bundled", "itemized"])
def test_the_screenshot_is_the_settled_window(
    qtbot: QtBot, store: Any, which: str, itemized: Path, tmp_path: Path
) -> None:
    """`--screenshot` renders what the live window shows at 1200×800 once its layout settled."""
    import numpy as np
    from PySide6.QtGui import QImage

    path = bundled_event_path() if which == "bundled" else itemized
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.set_loaded(load_event(path))
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.wait_for_library()  # as --screenshot does
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    for key in TAB_KEYS:
        out = tmp_path / f"{key}.png"
        command = ["--screenshot", str(out), "--tab", key, str(path)]
        subprocess.run([sys.executable, "-m", "eventviewer", *command], env=env, check=True)
        window.select_tab(key)
        settle(window)
        live, shot = window.grab().toImage(), QImage(str(out))
        assert (shot.width(), shot.height()) == (live.width(), live.height())

        def pixels(image: QImage) -> Any:
            image = image.convertToFormat(QImage.Format.Format_RGB32)
            return np.frombuffer(image.constBits(), np.uint32).copy()

        differ = np.count_nonzero(pixels(live) != pixels(shot)) / (live.width() * live.height())
        assert differ <= 0.005, f"{key}: {differ:.1%} of the pixels differ"


def test_the_first_window_fits_the_screen_and_a_lost_one_comes_back(
    qtbot: QtBot, store: Any
) -> None:
    from eventviewer.ui import settings as keys

    room = QApplication.primaryScreen().availableGeometry()
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.width() <= room.width() and window.height() <= room.height()
    window.move(room.right() + 5000, room.bottom() + 5000)  # a screen that is gone
    window.resize(room.width() * 3, room.height() * 3)
    store.set(keys.WINDOW_GEOMETRY, window.saveGeometry())
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert room.intersects(again.frameGeometry())
    assert again.width() <= room.width() and again.height() <= room.height()


def _fits_every_size_with(**env: str) -> None:
    """The fits-every-size tests again in a process of their own, with ``env`` set: the four
    tabs on 4 files and the comparison on 2, each in light and dark, and the panels coming and
    going on 2 files."""
    args = [str(Path(__file__)), "-q", "-p", "no:cacheprovider", "-k", "fits_every_size"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "14 passed" in result.stdout


@pytest.mark.skipif(os.environ.get("QT_SCALE_FACTOR") == "2", reason="this is the scaled run")
def test_the_layout_holds_at_twice_the_scale() -> None:
    _fits_every_size_with(QT_SCALE_FACTOR="2")


def test_the_layout_holds_in_chinese() -> None:
    """The same no-overlap, no-clipping test at every size, with the window in Chinese."""
    _fits_every_size_with(EVENTVIEWER_TEST_LANG="zh")


def test_wide_windows_use_their_room(qtbot: QtBot, store: Any) -> None:
    """The key figures reflow into one row, the category bars grow (the library hidden: the
    room is the tabs')."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.set_loaded(load_event(bundled_event_path()))
    window.show()
    window.library.hide()
    assert not window.library.isVisible()
    heights = {}
    for size in ((1200, 800), (1600, 1000)):
        window.resize(*size)
        window.select_tab("overview")
        settle(window)
        rows = {card.y() for card in window.overview.cards}
        assert len(rows) == (2 if size[0] == 1200 else 1), size
        window.select_tab("participants")
        settle(window)
        heights[size] = window.participants.bars.height()
    assert heights[(1600, 1000)] > heights[(1200, 800)]


@pytest.mark.parametrize("count", [3, 13])
def test_the_comparison_fits_every_size(qtbot: QtBot, scheme: str, count: int) -> None:
    """The comparison window, with three editions and with the whole series."""
    from eventviewer.domain.bundled import edition_ids
    from eventviewer.domain.compare import load_comparison
    from eventviewer.ui.compare import CompareWindow

    names = ["2023-yunnan", "2023-guangxi", "2025-hunan"] if count == 3 else edition_ids()
    window = CompareWindow()
    qtbot.addWidget(window)
    window.view.set_comparison(load_comparison(names))
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    failures = []
    for width, height in SIZES:
        window.resize(width, height)
        settle(window)
        assert (window.width(), window.height()) == (width, height), "a minimum size"
        failures += [f"{width}×{height}: {p}" for p in problems_on_screen(window)]
    assert not failures, "\n".join(failures[:40])


def test_forms_put_labels_above_values_when_narrow(qtbot: QtBot, store: Any) -> None:
    """Wide, a label column of at most a third of the form, its labels wrapping; narrow,
    each label above its value, both as wide as the form."""
    from eventviewer.ui.common import LABEL_SHARE, STACKED_BELOW

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.set_loaded(load_event(edition_path("2024-gansu")))
    window.library.hide()
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    overview = window.overview
    labels: list[str] = []
    assert window.summary is not None
    for width in (1600, 600):
        window.resize(width, 800)
        if width < 1000:
            window.show_sources(window.summary.key_figures[0])
        settle(window)
        for form in (overview.facts, overview.more, overview.aims):
            room = form.geometry().width()
            for row in range(form.rowCount()):
                label = form.itemAt(row, form.ItemRole.LabelRole)
                field = form.itemAt(row, form.ItemRole.FieldRole)
                name = label.widget() if label is not None else None
                if not isinstance(name, QLabel) or field is None or not name.text():
                    continue
                value = field.geometry()
                labels.append(name.text())
                if room >= STACKED_BELOW:
                    assert name.width() <= room * LABEL_SHARE + 1, name.text()
                    assert value.left() > name.geometry().right()  # beside it
                else:
                    assert value.top() > name.geometry().bottom() - 1  # under it
                    assert value.width() >= room - 30
    assert window.overview.viewport().width() < STACKED_BELOW + 48  # the narrow case was seen
    assert max(len(text) for text in labels) > 60  # Gansu's longest label once set the column


def test_side_panels_give_way_and_come_back(qtbot: QtBot, store: Any) -> None:
    """With both panels open the library narrows at 1024×640 and becomes a tab beside the
    sources at 800×480, so the tabs keep a readable width; at 1600×1000 the panels stand
    apart again, the library at the width it had."""
    from eventviewer.ui.docks import READABLE

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.set_loaded(load_event(bundled_event_path()))
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.wait_for_library()
    central = window.centralWidget()
    assert central is not None
    settle(window)
    library_width = window.library.width()
    assert window.summary is not None
    window.show_sources(window.summary.key_figures[0])
    settle(window)
    assert not window.tabifiedDockWidgets(window.library)  # room for both
    window.resize(1024, 640)
    settle(window)
    assert central.width() >= READABLE  # the library narrowed
    assert window.library.isVisible() and window.sources_panel.isVisible()
    window.resize(800, 480)
    settle(window)
    assert window.tabifiedDockWidgets(window.library) == [window.sources_panel]
    assert central.width() >= READABLE
    assert window.sources_panel.isVisible()  # the figure followed stays in view
    window.resize(1600, 1000)
    settle(window)
    assert not window.tabifiedDockWidgets(window.library)
    assert window.library.x() < central.x() < window.sources_panel.x()
    assert window.library.width() >= min(library_width, 1600 // 3) - 2
