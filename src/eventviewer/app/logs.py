"""What the window does when something unexpected goes wrong: it is written to a log file the
user can find, and shown in a dialog with the details to copy, instead of vanishing into a
terminal the user does not have.

The log rotates (at most :data:`LOG_BYTES` a file, :data:`KEPT` old files) under the XDG state
folder: ``$XDG_STATE_HOME/eventviewer/eventviewer.log``, ``~/.local/state/…`` by default (a
relative ``XDG_STATE_HOME`` is ignored, as the XDG Base Directory spec says).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_BYTES = 1 << 20
KEPT = 3
log = logging.getLogger("eventviewer")

Report = Callable[[str, str], None]  # (what happened, the details)


def state_home() -> Path:
    given = os.environ.get("XDG_STATE_HOME", "")
    return Path(given) if os.path.isabs(given) else Path.home() / ".local" / "state"


def log_path() -> Path:
    return state_home() / "eventviewer" / "eventviewer.log"


def start_logging() -> Path | None:
    """Log to the rotating file; None (and no file) where its folder cannot be made."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=KEPT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def catch_unexpected(report: Report) -> None:
    """Route every uncaught exception, on the GUI thread or a worker, to the log and to
    ``report`` (a dialog), instead of ending the app or printing where nobody reads."""

    def on_exception(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        report(f"{kind.__name__}: {error}", details)

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            on_exception(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
