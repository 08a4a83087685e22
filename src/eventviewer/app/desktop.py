"""eventviewer as a desktop citizen: its id, its icon, and installing its launcher.

``eventviewer --install-desktop-entry`` writes, for the current user (``$XDG_DATA_HOME``, by
default ``~/.local/share``): the ``.desktop`` launcher (its Exec the command being run), the
icon as SVG and as PNG at 16–512 px (rendered from the SVG), and the AppStream metainfo.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.bundled import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QIODevice

APP_ID = "io.github.eventviewer.EventViewer"
ICON = "icons/eventviewer.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_path() -> Path:
    return resources_dir() / ICON


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` where it is unset, empty or relative (the
    XDG Base Directory spec: a relative path is invalid and should be ignored)."""
    given = os.environ.get("XDG_DATA_HOME", "")
    return Path(given) if os.path.isabs(given) else Path.home() / ".local" / "share"


def install_desktop_entry() -> list[Path]:
    """Write the launcher, icons and metainfo for this user; returns the files written.
    Raises SaveError when one cannot be written."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from ..saving import save_file

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    home = data_home()
    desktop = resources_dir() / "desktop"
    command = shutil.which("eventviewer") or str(Path(sys.argv[0]).resolve())
    launcher = (desktop / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    launcher = launcher.replace("Exec=eventviewer %f", f"Exec={command} %f")
    files: list[tuple[Path, bytes]] = [
        (home / "applications" / f"{APP_ID}.desktop", launcher.encode("utf-8")),
        (
            home / "metainfo" / f"{APP_ID}.metainfo.xml",
            (desktop / f"{APP_ID}.metainfo.xml").read_bytes(),
        ),
        (
            home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
            icon_path().read_bytes(),
        ),
    ]
    renderer = QSvgRenderer(str(icon_path()))
    for size in PNG_SIZES:
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"png")).write(image)
        path = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files.append((path, bytes(data.data())))
    written = []
    for path, content in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        written.append(save_file(path, _writer(content), source=None))
    return written


def _writer(content: bytes) -> Callable[[QIODevice], bool]:
    from ..saving import write_bytes

    return lambda device: write_bytes(device, content)
