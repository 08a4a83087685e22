"""Naive comparison: import PySide6 + pyqtgraph, paint a bar chart and a text document to PDF."""

import sys

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
chart = pg.PlotWidget()
chart.addItem(pg.BarGraphItem(x=[0, 1, 2], height=[100.8, 82.9, 212.9], width=0.6))
chart.resize(760, 300)
writer = QPdfWriter(sys.argv[1])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
doc = QTextDocument()
doc.setPlainText(
    "China Industrial Transfer & Development Matchmaking Activity (Yunnan) 2023\n" * 30
)
painter = QPainter(writer)
doc.drawContents(painter)
chart.scene().render(painter, QRectF(0, 3000, 8000, 3000))
painter.end()
