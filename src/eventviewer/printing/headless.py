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


def print_compare_to_pdf(out: str, names: list[str], page_size: str | None) -> int:
    """``eventviewer --print-compare OUT.pdf ID|FILE ID|FILE …``: the comparison as PDF."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from ..domain.bundled import resolve
    from ..domain.compare import ComparisonError, load_comparison
    from ..domain.errors import visible
    from ..saving import SaveError
    from .compare_page import write_compare_pdf

    try:
        comparison = load_comparison(names)
    except ComparisonError as exc:
        print(exc.describe(), file=sys.stderr)  # each error escaped, one per line
        return EXIT_FAILED
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    sources = tuple(Path(resolve(n)) for n in names)
    try:
        written = write_compare_pdf(out, comparison, page_size or "A4", sources=sources)
    except SaveError as exc:
        print(visible(f"eventviewer: {exc}"), file=sys.stderr)
        return EXIT_FAILED
    print(visible(str(written)))
    return EXIT_OK
