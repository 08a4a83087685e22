"""Writing the PDF: atomic (temporary file in the same folder, then rename), never over the
input data file, with clear errors for folders that cannot be written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from .. import __version__
from ..domain.loader import LoadedEvent
from ..domain.summary import Summary
from .page import render_page

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(14, 14, 14, 14)
RESOLUTION = 1200


class ExportError(Exception):
    """A PDF could not be written; the message says why, and nothing was left behind."""


def set_up_page(device: QPagedPaintDevice, page_size: str) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def write_pdf(
    out: str | os.PathLike[str], loaded: LoadedEvent, summary: Summary, page_size: str = "A4"
) -> Path:
    target = Path(out).expanduser().absolute()
    if loaded.path is not None and _same_file(target, loaded.path):
        raise ExportError(f"{target}: refusing to write over the input data file")
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"{target}: folder {folder} does not exist")
    if target.is_dir():
        raise ExportError(f"{target}: is a directory")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(
            f"{target}: cannot write in {folder}: {(exc.strerror or str(exc)).lower()}"
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(summary.title)
        writer.setCreator(f"eventviewer {__version__}")
        set_up_page(writer, page_size)
        if not render_page(writer, loaded, summary):
            raise ExportError(f"{target}: could not start painting the PDF")
        del writer  # flushes and closes the file
        _check_complete(tmp, target)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _check_complete(tmp: Path, target: Path) -> None:
    """A full disk shows up as a short file: check the PDF really ends before replacing."""
    try:
        with tmp.open("rb") as fh:
            head = fh.read(5)
            fh.seek(max(0, tmp.stat().st_size - 1024))
            tail = fh.read()
    except OSError as exc:
        raise ExportError(f"{target}: {(exc.strerror or str(exc)).lower()}") from None
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise ExportError(f"{target}: the PDF could not be written completely (disk full?)")
