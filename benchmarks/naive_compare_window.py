"""Naive comparison window: pyqtgraph imported eagerly, one bar per edition file, a table.

python benchmarks/naive_compare_window.py DIR OUT.png
"""

import glob
import json
import sys

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

app = QApplication(sys.argv[:1])
events = []
for name in sorted(glob.glob(f"{sys.argv[1]}/*.json")):
    with open(name, encoding="utf-8") as file:
        events.append(json.load(file))
amounts = [e["investment"]["amount_bn"]["value"] for e in events]
window = QWidget()
layout = QVBoxLayout(window)
chart = pg.PlotWidget()
chart.addItem(pg.BarGraphItem(x=list(range(len(amounts))), height=amounts, width=0.6))
layout.addWidget(chart)
table = QTableWidget(len(events), 2)
for row, (event, amount) in enumerate(zip(events, amounts, strict=True)):
    table.setItem(row, 0, QTableWidgetItem(event["event"]["name"]["value"]))
    table.setItem(row, 1, QTableWidgetItem(str(amount)))
layout.addWidget(table)
window.resize(1200, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[2])
