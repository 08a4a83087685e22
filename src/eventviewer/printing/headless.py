"""``eventviewer --print-summary OUT.pdf``: no window, works with no display at all."""

from __future__ import annotations

import os
import sys

from ..domain.loader import LoadedEvent

EXIT_OK, EXIT_FAILED = 0, 1


def print_summary_to_pdf(out: str, loaded: LoadedEvent, page_size: str | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..domain.errors import visible
    from ..domain.summary import build_summary
    from ..saving import SaveError
    from .output import write_pdf

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        written = write_pdf(out, loaded, build_summary(loaded), page_size or "A4")
    except SaveError as exc:
        print(visible(f"eventviewer: {exc}"), file=sys.stderr)
        return EXIT_FAILED
    print(visible(str(written)))
    return EXIT_OK
