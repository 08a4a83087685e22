"""Make the README's screenshots of the window in its states: run under ``xvfb-run -a`` (a real
X screen) from the repository, ``python docs/make_screenshots.py``, and again with ``zh`` for
the Chinese ones (zh-*.png); they are written to docs/screenshots/. Each is the window as a
user sees it, after its layout has settled. The Chinese pages: ``eventviewer --print-summary
s.pdf --lang zh`` and ``--print-compare c.pdf 2023-yunnan 2024-gansu 2025-hunan 2025-sichuan
--lang zh``, then ``pdftoppm -png -r 100``.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).with_name("screenshots")


def settle(app: QApplication) -> None:
    for _ in range(40):
        app.processEvents()


def main(lang: str) -> None:
    from eventviewer.app import _application
    from eventviewer.domain import bundled_event_path, load_event
    from eventviewer.domain.bundled import edition_path
    from eventviewer.ui.main_window import MainWindow
    from eventviewer.ui.palette import apply_color_scheme
    from eventviewer.ui.settings import SettingsStore

    app = _application("light", lang, saved=False)
    scratch = tempfile.mkdtemp()

    def window(size: tuple[int, int], path: Path | None = None) -> MainWindow:
        fresh = tempfile.mkdtemp(dir=scratch)  # no state saved by the one before
        store = SettingsStore(QSettings(f"{fresh}/s.ini", QSettings.Format.IniFormat))
        shown = MainWindow(store)
        shown.set_loaded(load_event(path or bundled_event_path()))
        shown.resize(*size)
        shown.show()
        shown.wait_for_library()
        settle(app)
        return shown

    def save(widget: QWidget, name: str) -> None:
        settle(app)
        widget.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    if lang == "zh":
        chinese(app, window, save)
        return
    # The Overview after a figure's sources were opened: 1024×640 (the library narrows) and
    # 800×480 (the library becomes a tab beside the sources); the forms re-flowed.
    for size, name in (((1024, 640), "sources-1024"), ((800, 480), "sources-800")):
        shown = window(size)
        assert shown.summary is not None
        shown.show_sources(shown.summary.key_figures[0])
        settle(app)
        shown.overview.ensureWidgetVisible(shown.overview.more_heading, 0, 8)
        save(shown, name)
        shown.close()
    # Keyboard focus on a key figure, then the tier chart, in a wide dark window.
    apply_color_scheme(app, "dark")
    shown = window((1600, 1000))
    shown.activateWindow()  # Xvfb has no window manager to do it
    settle(app)
    shown.overview.cards[1].setFocus(Qt.FocusReason.TabFocusReason)
    save(shown, "focus-dark")
    shown.select_tab("tiers")
    shown.tiers.ensure_chart().setFocus(Qt.FocusReason.TabFocusReason)
    save(shown, "tiers-dark-wide")
    shown.close()
    apply_color_scheme(app, "light")
    does_not_load(window((1200, 800)), Path(scratch))
    # An edition whose sources give no tiers.
    shown = window((1200, 800), edition_path("2024-heilongjiang"))
    shown.select_tab("tiers")
    save(shown, "no-tiers")
    shown.close()
    compared(app)


def chinese(app: QApplication, window: Callable[..., QWidget], save: Callable[..., None]) -> None:
    """Every tab in Chinese at 1024×640 with a figure's sources open, and the whole series
    compared."""
    shown = window((1024, 640))
    shown.show_sources(shown.summary.key_figures[1])  # type: ignore[attr-defined]
    for tab in ("overview", "tiers", "activities", "participants"):
        shown.select_tab(tab)  # type: ignore[attr-defined]
        save(shown, f"zh-{tab}")
    shown.close()
    compared(app, "zh-", sizes=(((1200, 800), "compare-series"),))


def does_not_load(shown: QWidget, scratch: Path) -> None:
    """An edition that does not load, chosen in the library: its located problems where it
    would be shown, with the ways on."""
    broken = scratch / "broken.json"
    broken.write_text('{"schema_version": 2, "event": {"name": 7}}', encoding="utf-8")
    shown._open_in_place(str(broken))  # type: ignore[attr-defined]
    settle(QApplication.instance())  # type: ignore[arg-type]
    shown.grab().save(str(OUT / "does-not-load.png"))
    print(OUT / "does-not-load.png")
    shown.close()


SERIES_SIZES = (((1200, 800), "compare-series"), ((800, 480), "compare-series-small"))


def compared(
    app: QApplication,
    prefix: str = "",
    sizes: tuple[tuple[tuple[int, int], str], ...] = SERIES_SIZES,
) -> None:
    """The whole series compared: wide, and small (each bar still named)."""
    from eventviewer.domain.bundled import edition_ids
    from eventviewer.domain.compare import load_comparison
    from eventviewer.ui.compare import CompareWindow

    for size, name in sizes:
        compare = CompareWindow()
        compare.view.set_comparison(load_comparison(edition_ids()))
        compare.resize(*size)
        compare.show()
        settle(app)
        compare.grab().save(str(OUT / f"{prefix}{name}.png"))
        print(OUT / f"{prefix}{name}.png")
        compare.close()


if __name__ == "__main__":
    if sys.argv[1:] not in ([], ["zh"]):
        sys.exit(f"usage: xvfb-run -a {sys.argv[0]} [zh]")
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
