"""First paint of the window with a folder of editions in its library, then exit at once.

    python benchmarks/probe_library.py DIR OUT.png

The library is scanned after the first paint (off the start-up path): this grabs the first
painted window and leaves, as the floor script does, without waiting for the scan.
"""

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from eventviewer.domain import bundled_event_path
from eventviewer.ui import settings as keys
from eventviewer.ui.main_window import MainWindow
from eventviewer.ui.settings import SettingsStore

app = QApplication(sys.argv[:1])
with tempfile.TemporaryDirectory() as scratch:
    store = SettingsStore(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
    store.set(keys.LIBRARY_FOLDERS, [sys.argv[1]])
    window = MainWindow(store)
    window.open_path(bundled_event_path(), remember=False)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    window.grab().save(sys.argv[2])
    sys.stdout.flush()
    os._exit(0)  # the scan of the folder may still run: the first paint is what is measured
