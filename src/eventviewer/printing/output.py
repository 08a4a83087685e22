"""Writing the summary PDF, through the one atomic writer that every output uses."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from .. import __version__
from ..domain.loader import LoadedEvent
from ..domain.summary import Summary
from ..saving import save_file, write_bytes
from .cjk import repair_to_unicode
from .page import render_page

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(14, 14, 14, 14)
RESOLUTION = 1200


def set_up_page(
    device: QPagedPaintDevice,
    page_size: str,
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)),
            orientation,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def write_pdf(
    out: str | os.PathLike[str], loaded: LoadedEvent, summary: Summary, page_size: str = "A4"
) -> Path:
    """Write the summary as PDF; raises :class:`~eventviewer.saving.SaveError`."""
    return save_pdf(
        out,
        summary.title,
        page_size,
        lambda writer: render_page(writer, loaded, summary),
        loaded.path,
    )


def save_pdf(
    out: str | os.PathLike[str],
    title: str,
    page_size: str,
    render: Callable[[QPdfWriter], bool],
    source: Path | Sequence[Path] | None,
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
) -> Path:
    """Write a PDF painted by ``render``, through the atomic writer (never over ``source``).
    The PDF is finished in memory and its ToUnicode maps repaired (printing/cjk.py) before it
    is written out."""

    def write(device: QIODevice) -> bool:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(RESOLUTION)
        writer.setTitle(title)
        writer.setCreator(f"eventviewer {__version__}")
        set_up_page(writer, page_size, orientation)
        if not render(writer):  # the painter's end() writes the PDF out
            return False
        del writer
        return write_bytes(device, repair_to_unicode(bytes(buffer.data().data())))

    return save_file(out, write, source=source)
