"""Start the window: check there is a display, apply the colour scheme, load, show or screenshot."""

from __future__ import annotations

import functools
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.bundled import bundled_event_path, resolve
from .display import display_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from ..domain.loader import LoadedEvent

EXIT_OK, EXIT_INVALID, EXIT_NO_DISPLAY = 0, 1, 2
NO_DISPLAY_HINT = (
    "Use --summary, --print-summary OUT.pdf or --screenshot OUT.png, or set QT_QPA_PLATFORM."
)
SCREENSHOT_SIZE = (1200, 800)


def _application(color_scheme: str, lang: str | None = None, *, saved: bool = True) -> QApplication:
    """The QApplication, its colours and language (``saved``: the user's saved choice counts;
    a screenshot does not depend on saved state)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from .. import __version__

    QCoreApplication.setOrganizationName("eventviewer")
    QCoreApplication.setApplicationName("eventviewer")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from PySide6.QtGui import QGuiApplication, QIcon

    from .desktop import APP_ID, icon_path

    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland matches the window to the launcher
    app.setWindowIcon(QIcon(str(icon_path())))
    if color_scheme != "system":  # the system palette needs no code, nor Qt's enums
        from ..ui.palette import apply_color_scheme

        apply_color_scheme(app, color_scheme)
    _set_language(app, lang, saved)
    return app


def _set_language(app: QApplication, lang: str | None, saved: bool) -> None:
    """Chinese or English, from --lang, the saved choice or the system locale."""
    from ..ui import settings
    from ..ui.settings import SettingsStore
    from . import language

    chosen = language.chosen(lang, SettingsStore().text(settings.LANGUAGE) if saved else "")
    app.setProperty("eventviewer_language", chosen)
    app.setProperty("eventviewer_translators", language.install(app, chosen))


def run(
    file: str | None,
    *,
    tab: str | None = None,
    color_scheme: str = "system",
    compare: list[str] | None = None,
    lang: str | None = None,
) -> int:
    """The window, on FILE or the bundled event, and on the comparison of ``compare``."""
    problem = display_problem()
    if problem is not None:
        print(f"eventviewer: {problem}. {NO_DISPLAY_HINT}", file=sys.stderr)
        return EXIT_NO_DISPLAY
    app = _application(color_scheme, lang)
    from ..ui.main_window import MainWindow

    window = MainWindow()
    if tab:
        window.select_tab(tab)
    window.show()
    if file is not None:
        window.open_path(resolve(file))  # reports a bad file in the window, remembers a good one
    else:
        window.open_path(bundled_event_path(), remember=False)
    if compare:
        window.open_comparison(compare)
    stopping = _stop_on_signals(app)
    reporting = _report_unexpected(window)
    code = app.exec()
    del reporting
    del stopping  # alive while the loop ran
    return code


def _report_unexpected(window: QWidget) -> object:
    """Uncaught errors go to the log and to a dialog over ``window``: from any thread, the
    dialog opens on the GUI thread (a queued signal)."""
    from PySide6.QtCore import QObject, Signal

    from ..ui.dialogs import unexpected_error
    from .logs import catch_unexpected, start_logging

    log = start_logging()

    class Reporter(QObject):
        happened = Signal(str, str)

    reporter = Reporter(window)
    boxes: list[object] = []  # each dialog stays alive while open
    reporter.happened.connect(
        lambda what, details: boxes.append(
            unexpected_error(window, what, details, str(log) if log else "")
        )
    )
    catch_unexpected(reporter.happened.emit)
    return reporter


def _stop_on_signals(app: QApplication) -> object:
    """SIGTERM and SIGINT end the window as closing it does. Python runs its signal handlers
    only when Python code runs, never while Qt's loop waits: the signal's byte on a wakeup
    socket wakes the loop (a socket notifier), the handler then runs and quits the loop."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    ours, wakeup = socket.socketpair()
    for end in (ours, wakeup):
        end.setblocking(False)
    signal.set_wakeup_fd(wakeup.fileno(), warn_on_full_buffer=False)
    notifier = QSocketNotifier(ours.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: ours.recv(64))  # Python runs: the handler runs too

    def stop(signum: int, _frame: object) -> None:
        app.closeAllWindows()  # saves the window's state, as closing it does
        app.exit(128 + signum)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, stop)
    return notifier, ours, wakeup


def screenshot(
    out: str,
    loaded: LoadedEvent,
    *,
    tab: str | None = None,
    color_scheme: str = "system",
    lang: str | None = None,
) -> int:
    """Render the window on ``loaded`` to a PNG; offscreen when there is no display."""
    if display_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = _application(color_scheme, lang, saved=False)
    from PySide6.QtCore import QSettings

    from ..ui.main_window import MainWindow
    from ..ui.settings import SettingsStore

    with tempfile.TemporaryDirectory() as scratch:
        # A screenshot must not depend on, or change, the user's saved window state.
        ini = str(Path(scratch) / "s.ini")
        window = MainWindow(SettingsStore(QSettings(ini, QSettings.Format.IniFormat)))
        window.select_tab(tab or "overview")  # first, so only the shown tab is built
        window.set_loaded(loaded)
        return _screenshot(app, window, Path(out), loaded.path)


OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


@functools.cache  # one handler per process
def _drop_offscreen_noise() -> None:
    """Qt's offscreen plugin warns, on showing a window, that it cannot pass on size hints:
    nothing a user of --screenshot can act on. Drop that message; pass every other one on."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message == OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def settle(app: QApplication, window: QWidget, passes: int = 10) -> None:
    """Process events until the window's layout stops moving: a tab built on its first show
    lays out in a second pass, and a screenshot must show what the window settles to."""
    from PySide6.QtWidgets import QWidget

    shape = None
    for _ in range(passes):
        app.processEvents()
        now = [widget.geometry() for widget in window.findChildren(QWidget)]
        if now == shape:
            return
        shape = now


def screenshot_comparison(
    out: str, names: list[str], *, color_scheme: str = "system", lang: str | None = None
) -> int:
    """Render the comparison of ``names`` (files or bundled ids) to a PNG."""
    if display_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = _application(color_scheme, lang, saved=False)
    from ..domain.compare import ComparisonError, load_comparison
    from ..ui.compare import CompareWindow

    try:
        comparison = load_comparison(names)
    except ComparisonError as exc:
        print(exc.describe(), file=sys.stderr)  # each error escaped, one per line
        return EXIT_INVALID
    window = CompareWindow()
    window.view.set_comparison(comparison)
    sources = tuple(Path(resolve(n)) for n in names)
    return _screenshot(app, window, Path(out), sources)


def _screenshot(
    app: QApplication, window: QWidget, out: Path, source: Path | tuple[Path, ...] | None
) -> int:
    from PySide6.QtCore import QIODevice

    from ..domain.errors import visible
    from ..saving import SaveError, save_file

    if app.platformName() == "offscreen":
        _drop_offscreen_noise()
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    wait = getattr(window, "wait_for_library", None)
    if wait is not None:
        wait()  # what the window shows a moment after its first paint
    settle(app, window)
    image = window.grab()

    def write(device: QIODevice) -> bool:
        return image.save(device, "PNG")

    try:
        written = save_file(out, write, source=source)
    except SaveError as exc:
        print(visible(f"eventviewer: {exc}"), file=sys.stderr)
        return EXIT_INVALID
    finally:
        window.hide()  # not close(): that saves window state, which a screenshot must not touch
    print(visible(str(written)))  # as --print-summary does
    return EXIT_OK
