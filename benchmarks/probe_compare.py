"""Responsiveness of the comparison of every edition in DIR: median and max per action.

python benchmarks/probe_compare.py DIR     # prints one JSON line
"""

import json
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from eventviewer.domain.compare import load_comparison
from eventviewer.ui.compare import CompareWindow

app = QApplication(sys.argv[:1])
names = [str(p) for p in sorted(Path(sys.argv[1]).glob("*.json"))]
start = time.perf_counter()
comparison = load_comparison(names)
window = CompareWindow()
window.view.set_comparison(comparison)
window.resize(1200, 800)
window.show()
app.processEvents()
shown = time.perf_counter() - start


def timed(action) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - t) * 1000


view = window.view
sorts = [timed(lambda i=i: view.sort_box.setCurrentIndex(i % 4)) for i in range(1, 9)]
figures = [timed(lambda i=i: view.figure_box.setCurrentIndex(i % 2)) for i in range(1, 7)]
chart = view.chart
hovers = []
view_box = chart.getPlotItem().vb
for i, _, _ in chart.bars[:: max(1, len(chart.bars) // 20)]:
    at = view_box.mapViewToScene(QPointF(i, 1.0))
    hovers.append(timed(lambda at=at: chart._on_mouse_moved(at)))
print(
    json.dumps(
        {
            "editions": len(names),
            "open_and_paint_s": round(shown, 3),
            "sort_median_ms": statistics.median(sorts),
            "sort_max_ms": max(sorts),
            "figure_median_ms": statistics.median(figures),
            "hover_median_ms": statistics.median(hovers),
        }
    )
)
