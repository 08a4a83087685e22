"""``eventviewer --print-summary OUT.pdf``: no window, works with no display at all."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..domain import EventFileError, build_summary, bundled_event_path, load_event

EXIT_OK, EXIT_FAILED = 0, 1


def print_summary_to_pdf(out: str, file: str | None, page_size: str | None) -> int:
    path = Path(file) if file is not None else bundled_event_path()
    try:
        loaded = load_event(path)
    except EventFileError as exc:
        print(exc.describe(), file=sys.stderr)
        return EXIT_FAILED
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .output import ExportError, write_pdf

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        written = write_pdf(out, loaded, build_summary(loaded), page_size or "A4")
    except ExportError as exc:
        print(f"eventviewer: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(written)
    return EXIT_OK
