"""Print, Print Preview and Export PDF, for the summary and for a comparison; File > Export.

Dialogs only: what they paint comes from :mod:`eventviewer.printing` (one rendering path for
the printer, the preview and the PDF). Each takes what it prints as arguments and returns the
dialog it opened, which the caller keeps alive while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ..domain.compare import Comparison, FigureKey
from ..domain.loader import LoadedEvent
from ..domain.summary import Summary
from ..exports import Export
from ..printing.compare_page import orientation, render_compare, write_compare_pdf
from ..printing.output import set_up_page, write_pdf
from ..printing.page import render_page
from ..saving import SaveError
from .dialogs import save_path, warn

Paint = Callable[[QPrinter], object]


translate = QCoreApplication.translate


def _printer(page_size: str, name: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up_page(printer, page_size)
    printer.setDocName(name)
    return printer


def _print(parent: QWidget, printer: QPrinter, paint: Paint) -> QPrintDialog:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintDialogs", "Print"))
    dialog.accepted.connect(lambda: paint(printer))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def print_summary(
    parent: QWidget, loaded: LoadedEvent, summary: Summary, page_size: str
) -> QPrintDialog:
    printer = _printer(page_size, summary.title)
    return _print(parent, printer, lambda p: render_page(p, loaded, summary))


def preview_summary(
    parent: QWidget, loaded: LoadedEvent, summary: Summary, page_size: str
) -> QPrintPreviewDialog:
    printer = _printer(page_size, summary.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintDialogs", "Print preview"))
    dialog.paintRequested.connect(lambda p: render_page(p, loaded, summary))
    dialog.resize(900, 1000)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def export_summary_pdf(
    parent: QWidget, loaded: LoadedEvent, summary: Summary, page_size: str, folder: str
) -> Path | None:
    """Ask where, then write the summary PDF; the path written, or None."""
    stem = loaded.path.stem if loaded.path else "event"
    title = translate("PrintDialogs", "Export summary as PDF")
    return _save_as(
        parent,
        title,
        folder,
        f"{stem}-summary.pdf",
        lambda path: write_pdf(path, loaded, summary, page_size),
    )


def _save_as(
    parent: QWidget,
    title: str,
    folder: str,
    name: str,
    write: Callable[[str], Path],
    path: str | None = None,
) -> Path | None:
    """Ask where to save ``name`` (unless ``path`` is given), then ``write`` there; the path
    written, or None (a failure is said in a message)."""
    from ..exports.writers import FormatError, NothingToExport

    path = path or save_path(parent, title, folder, name)
    if path is None:
        return None
    try:
        return write(path)
    except (SaveError, FormatError, NothingToExport) as exc:
        warn(parent, translate("PrintDialogs", "Export failed"), str(exc))
        return None


def print_comparison(
    parent: QWidget, comparison: Comparison, figure: FigureKey, page_size: str
) -> QPrintDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up_page(printer, page_size, orientation(comparison))
    return _print(parent, printer, lambda p: render_compare(p, comparison, figure))


def export_comparison_pdf(
    parent: QWidget, comparison: Comparison, figure: FigureKey, page_size: str, folder: str
) -> Path | None:
    """Ask where, then write the comparison PDF; the path written, or None."""
    title = translate("PrintDialogs", "Export comparison as PDF")
    return _save_as(
        parent,
        title,
        folder,
        "comparison.pdf",
        lambda path: write_compare_pdf(path, comparison, page_size, figure),
    )


def export_file(
    parent: QWidget,
    export: Export,
    loaded: LoadedEvent,
    summary: Summary,
    folder: str,
    path: str | None = None,
) -> Path | None:
    """Ask where (unless ``path`` is given), then write ``export``; the path written, or None
    (a failure is said in a message)."""
    stem = loaded.path.stem if loaded.path else "event"
    name = f"{stem}-{export.kind}{export.suffix}"
    title = translate("PrintDialogs", "Export")
    return _save_as(
        parent, title, folder, name, lambda out: export.write(out, loaded, summary), path
    )
