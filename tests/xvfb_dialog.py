"""Run under ``xvfb-run``: the message over the window when a file does not load, on a real X
screen (the offscreen platform sizes message boxes differently). Prints one JSON object."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path


def main(out_dir: Path) -> dict[str, object]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QLabel

    from eventviewer.domain import bundled_event_path, load_event
    from eventviewer.ui.main_window import MainWindow
    from eventviewer.ui.settings import SettingsStore

    app = QApplication(sys.argv[:1])
    store = SettingsStore(QSettings(str(out_dir / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(store)
    window.set_loaded(load_event(bundled_event_path()))
    window.resize(1200, 800)
    window.show()
    data = json.loads(bundled_event_path().read_text(encoding="utf-8"))
    data["event"]["opened"] = "not a date"
    data["unknown_field"] = 1
    short = Path(tempfile.mkdtemp(prefix="ev"))  # a long path would widen the box by itself
    bad = short / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    for _ in range(20):
        app.processEvents()
    window.open_path(bad)
    for _ in range(20):
        app.processEvents()
    box = window.error_box
    assert box is not None
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert label is not None
    bad.unlink()
    short.rmdir()
    return {
        "label_width": label.width(),
        "char_width": label.fontMetrics().averageCharWidth(),
        "longest_line": max(
            label.fontMetrics().horizontalAdvance(line)
            for line in box.informativeText().splitlines()
        ),
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
