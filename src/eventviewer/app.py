"""Start the window: check there is a display, apply the colour scheme, load, show or screenshot."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .domain import EventFileError, bundled_event_path, load_event

EXIT_OK, EXIT_INVALID, EXIT_NO_DISPLAY = 0, 1, 2
NO_DISPLAY_MESSAGE = (
    "eventviewer: no display found (DISPLAY/WAYLAND_DISPLAY unset). Use --summary, "
    "--print-summary OUT.pdf or --screenshot OUT.png, or set QT_QPA_PLATFORM."
)
SCREENSHOT_SIZE = (1200, 800)


def has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(
    file: str | None,
    *,
    tab: str | None = None,
    screenshot: str | None = None,
    color_scheme: str = "system",
) -> int:
    if not has_display():
        if screenshot is None:
            print(NO_DISPLAY_MESSAGE, file=sys.stderr)
            return EXIT_NO_DISPLAY
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from . import __version__
    from .ui.main_window import MainWindow
    from .ui.palette import apply_color_scheme
    from .ui.settings import SettingsStore

    QCoreApplication.setOrganizationName("eventviewer")
    QCoreApplication.setApplicationName("eventviewer")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_color_scheme(app, color_scheme)

    with tempfile.TemporaryDirectory() as scratch:
        # A screenshot must not depend on, or change, the user's saved window state.
        store = (
            SettingsStore(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
            if screenshot
            else SettingsStore()
        )
        window = MainWindow(store)
        path = Path(file) if file is not None else bundled_event_path()
        try:
            loaded = load_event(path)
        except EventFileError as exc:
            if screenshot:
                print(exc.describe(), file=sys.stderr)
                return EXIT_INVALID
            window.show()
            window.report_error(window.tr("Could not open the event file"), exc)
        else:
            window.set_loaded(loaded)
            if file is not None:
                store.add_recent(str(path.resolve()))
        if tab:
            window.select_tab(tab)
        if screenshot:
            return _screenshot(app, window, Path(screenshot))
        window.show()
        return app.exec()


def _screenshot(app: object, window: object, out: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

    assert isinstance(app, QApplication) and isinstance(window, MainWindow)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}.png")
    if not image.save(str(tmp), "PNG"):
        print(f"eventviewer: cannot write {out}", file=sys.stderr)
        tmp.unlink(missing_ok=True)
        return EXIT_INVALID
    os.replace(tmp, out)
    window.close()
    return EXIT_OK
