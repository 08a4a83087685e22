"""Print, preview and export from the window. All three paint with page.render_page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import settings as keys
from ..saving import SaveError
from .output import set_up_page, write_pdf
from .page import render_page

if TYPE_CHECKING:
    from ..ui.main_window import MainWindow


def _printer(window: MainWindow) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up_page(printer, window.store.text(keys.PAGE_SIZE))
    if window.summary is not None:
        printer.setDocName(window.summary.title)
    return printer


def _paint(window: MainWindow, printer: QPrinter) -> None:
    if window.loaded is not None and window.summary is not None:
        render_page(printer, window.loaded, window.summary)


def print_with_dialog(window: MainWindow) -> QPrintDialog:
    printer = _printer(window)
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(window.tr("Print summary"))
    dialog.accepted.connect(lambda: _paint(window, printer))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    window.print_dialog_ref = (dialog, printer)
    return dialog


def preview(window: MainWindow) -> QPrintPreviewDialog:
    printer = _printer(window)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(window.tr("Print preview"))
    dialog.paintRequested.connect(lambda p: _paint(window, p))
    dialog.resize(900, 1000)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    window.print_dialog_ref = (dialog, printer)
    return dialog


def export_pdf(window: MainWindow) -> None:
    if window.loaded is None or window.summary is None:
        return
    start = window.store.text(keys.LAST_DIRECTORY)
    stem = window.loaded.path.stem if window.loaded.path else "event"
    path, _ = QFileDialog.getSaveFileName(
        window,
        window.tr("Export summary as PDF"),
        f"{start}/{stem}-summary.pdf" if start else f"{stem}-summary.pdf",
        window.tr("PDF files (*.pdf)"),
    )
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        written = write_pdf(path, window.loaded, window.summary, window.store.text(keys.PAGE_SIZE))
    except SaveError as exc:
        QMessageBox.warning(window, window.tr("Export failed"), str(exc))
        return
    window.statusBar().showMessage(window.tr("Saved %s") % written, 5000)
