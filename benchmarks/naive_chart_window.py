"""Naive comparison: the same window, pyqtgraph imported eagerly, a bar chart shown in one tab."""

import sys

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
chart = pg.PlotWidget()
chart.addItem(pg.BarGraphItem(x=[0, 1, 2], height=[100.8, 82.9, 212.9], width=0.6))
tabs.addTab(QLabel("Overview"), "Overview")
tabs.addTab(chart, "Investment tiers")
tabs.addTab(QLabel("Activities"), "Activities")
tabs.addTab(QLabel("Participants"), "Participants")
tabs.setCurrentIndex(1)
window.setCentralWidget(tabs)
window.resize(1200, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
