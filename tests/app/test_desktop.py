"""A desktop citizen: the launcher and metainfo validate, the icon installs, the window has it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from eventviewer.app.desktop import APP_ID, PNG_SIZES

from ..conftest import REPO, need_tool

DESKTOP = REPO / "resources" / "desktop"


def test_the_launcher_and_the_metainfo_validate() -> None:
    launcher = DESKTOP / f"{APP_ID}.desktop"
    checked = subprocess.run(
        [need_tool("desktop-file-validate"), str(launcher)], capture_output=True, text=True
    )
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    metainfo = DESKTOP / f"{APP_ID}.metainfo.xml"
    checked = subprocess.run(
        [need_tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_metainfo_shows_the_readme_screenshots_from_the_repository() -> None:
    """Every screenshot is one the README shows, at the address the repository publishes it
    (the app id io.github.eventviewer names the GitHub account); the launcher and the metainfo
    name the same file type."""
    import re
    import xml.etree.ElementTree as ET

    root = ET.parse(DESKTOP / f"{APP_ID}.metainfo.xml").getroot()
    homepage = root.findtext("url[@type='homepage']") or ""
    assert homepage == "https://github.com/" + "/".join(APP_ID.split(".")[2:]).lower()
    raw = homepage.replace("github.com", "raw.githubusercontent.com") + "/main/"
    images = [image.text or "" for image in root.iter("image")]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\]\((docs/screenshots/[^)]+\.png)\)", readme))
    assert len(images) >= 3 and len(root.findall("screenshots/screenshot[@type='default']")) == 1
    for url in images:
        assert url.startswith(raw), url
        path = url.removeprefix(raw)
        assert path in shown and (REPO / path).is_file(), path
    launcher = (DESKTOP / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    types = re.search(r"^MimeType=(.*);$", launcher, re.M)
    assert types is not None
    assert [m.text for m in root.iter("mediatype")] == types[1].split(";")


def test_install_desktop_entry_writes_launcher_icons_and_metainfo(tmp_path: Path) -> None:
    env_home = tmp_path / "share"
    result = subprocess.run(
        [sys.executable, "-m", "eventviewer", "--install-desktop-entry"],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(env_home)},
    )
    assert result.returncode == 0, result.stderr
    launcher = env_home / "applications" / f"{APP_ID}.desktop"
    assert "Exec=" in launcher.read_text(encoding="utf-8")
    assert (env_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (env_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in PNG_SIZES:
        png = env_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
    assert len(result.stdout.splitlines()) == 3 + len(PNG_SIZES)
    checked = subprocess.run(
        [need_tool("desktop-file-validate"), str(launcher)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout


def test_the_window_carries_the_icon_and_the_desktop_id() -> None:
    from ..conftest import python_output

    out = python_output(
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from eventviewer.app import _application\n"
        "app = _application('system', 'en', saved=False)\n"
        "print(app.desktopFileName(), app.windowIcon().isNull())\n"
    )
    assert out.split() == [APP_ID, "False"]
