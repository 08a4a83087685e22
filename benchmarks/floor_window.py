"""The floor: a bare PySide6 main window with four label tabs, painted and saved as PNG."""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for title in ("Overview", "Investment tiers", "Activities", "Participants"):
    tabs.addTab(QLabel(title), title)
window.setCentralWidget(tabs)
window.resize(1200, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
