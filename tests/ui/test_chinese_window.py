"""The Chinese window says no English word of ours: every label, button, tab, table cell and
chart word of every edition's tabs and of the series compared, read as a user would see it."""

from __future__ import annotations

import json
import re

from eventviewer.domain.bundled import edition_ids

from ..conftest import python_output
from ..domain.test_chinese_text import LATIN_WORD, OURS_IN_ANY_LANGUAGE, ours, without_people

# What a window shows besides: its file's name and format version (2023-yunnan.json, v2), the
# keys of its mnemonics (打印(&P)), and break opportunities inside long words (\u200b).
FILE_AND_KEYS = re.compile(r"\S+\.json|\bv\d+\b|\(&\w\)|&(?=\w)")


def visible(text: str) -> str:
    return FILE_AND_KEYS.sub("", text.replace("\u200b", ""))


WINDOW_TEXT = """
import json, os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from eventviewer.app import _application, settle
app = _application("light", "zh", saved=False)
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTabBar, QWidget
import pyqtgraph as pg
from eventviewer.domain.bundled import edition_path
from eventviewer.domain.compare import load_comparison
from eventviewer.ui.compare import CompareWindow
from eventviewer.ui.main_window import MainWindow
from eventviewer.ui.settings import SettingsStore


def cells(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield str(index.data() or "")
            yield from cells(model, index)
    for column in range(model.columnCount(parent)):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def shown(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += list(cells(widget.model()))
        elif isinstance(widget, pg.PlotWidget):
            plot = widget.getPlotItem()
            texts.append(plot.titleLabel.text or "")
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                texts.append(axis.labelText or "")
                texts += [str(t) for level in (axis._tickLevels or []) for _, t in level]
            texts += [i.toPlainText() for i in plot.items if isinstance(i, pg.TextItem)]
            legend = plot.legend
            texts += [label.text for _, label in (legend.items if legend else [])]
    return texts


store = SettingsStore(QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
window = MainWindow(store)
window.resize(1200, 800)
window.show()
seen = {}
for name in sys.argv[1:]:
    window.open_path(edition_path(name), remember=False)
    texts = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        settle(app, window)
        texts += shown(window)
    seen[name] = "\\n".join(texts)
compare = CompareWindow()
compare.view.set_comparison(load_comparison(sys.argv[1:]))
compare.resize(1200, 800)
compare.show()
settle(app, compare)
seen["compare"] = "\\n".join(shown(compare))
print(json.dumps(seen, ensure_ascii=False))
"""


def test_the_chinese_window_has_no_english_words_of_ours() -> None:
    names = edition_ids()
    seen = json.loads(python_output(WINDOW_TEXT, *names))
    wrong = {}
    for name in names:
        text = without_people(ours(name, visible(seen[name])), name)
        words = [w for w in LATIN_WORD.findall(text) if w.strip(".-") not in OURS_IN_ANY_LANGUAGE]
        if words:
            wrong[name] = sorted(set(words))
    compared = visible(seen["compare"])
    for name in names:
        compared = ours(name, compared)
    words = [w for w in LATIN_WORD.findall(compared) if w.strip(".-") not in OURS_IN_ANY_LANGUAGE]
    if words:
        wrong["compare"] = sorted(set(words))
    assert not wrong, json.dumps(wrong, ensure_ascii=False)
