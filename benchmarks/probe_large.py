"""In-process probe for the scale targets: open a large file in the window, then time filtering
the project table as a person types, sorting it, and clearing the filter.

    python benchmarks/probe_large.py FILE      (prints one JSON object)
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

TYPED = "synthetic project 00012"


def main(path: str) -> dict[str, object]:
    app = QApplication(sys.argv[:1])
    from eventviewer.ui.main_window import MainWindow
    from eventviewer.ui.settings import SettingsStore

    start = time.perf_counter()
    window = MainWindow(SettingsStore(QSettings(os.devnull, QSettings.Format.IniFormat)))
    ok = window.open_path(path, remember=False)
    window.resize(1200, 800)
    window.show()
    window.tabs.setCurrentWidget(window.tiers)
    app.processEvents()
    opened = time.perf_counter() - start
    tab = window.tiers.projects
    t = time.perf_counter()
    while tab.model._hay_timer.isActive() and time.perf_counter() - t < 10:
        app.processEvents()  # the idle build of the search text, while the user looks around
    index_ready = time.perf_counter() - t
    keystrokes = []
    for i in range(1, len(TYPED) + 1):
        t = time.perf_counter()
        tab.filter.setText(TYPED[:i])
        app.processEvents()
        keystrokes.append(time.perf_counter() - t)
    t = time.perf_counter()
    tab.filter.clear()
    app.processEvents()
    cleared = time.perf_counter() - t
    t = time.perf_counter()
    tab.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    sorted_s = time.perf_counter() - t
    return {
        "loaded": ok,
        "rows": tab.proxy.rowCount(),
        "open_and_paint_s": round(opened, 3),
        "search_ready_after_s": round(index_ready, 3),
        "keystroke_median_ms": round(statistics.median(keystrokes) * 1000, 1),
        "keystroke_max_ms": round(max(keystrokes) * 1000, 1),
        "first_keystroke_ms": round(keystrokes[0] * 1000, 1),
        "clear_ms": round(cleared * 1000, 1),
        "sort_ms": round(sorted_s * 1000, 1),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
