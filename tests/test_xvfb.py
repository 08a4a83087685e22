"""A real window under Xvfb: launch, switch tabs by keys, screenshot, quit with Ctrl+Q."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from .conftest import need_tool


def under_xvfb(script: str, tmp_path: Path) -> dict[str, Any]:
    """What ``script`` (beside this file) prints as JSON, run on a real X screen."""
    xvfb_run = need_tool("xvfb-run")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    out = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x900x24", sys.executable, script, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    found: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def test_real_window_under_xvfb(tmp_path: Path) -> None:
    need_tool("xdotool")
    result = under_xvfb(str(Path(__file__).with_name("xvfb_scenario.py")), tmp_path)
    assert result["exit_code"] == 0  # Ctrl+Q closed it cleanly
    assert "last_tab=tiers" in str(result["settings"])  # the last key pressed was Ctrl+2
    assert result["screenshot_ok"]
    image = QImage(str(result["screenshot"]))
    assert image.width() >= 800 and image.height() >= 600
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 41)
    }
    assert len(colours) > 5  # a painted window, not a blank frame


def test_a_message_is_wide_enough_to_read(tmp_path: Path) -> None:
    """ "Could not open the event file" on a real X screen: lines of some 70 characters, each
    problem on one line, not a box 291 px wide that wraps every three or four words."""
    seen = under_xvfb(str(Path(__file__).with_name("xvfb_dialog.py")), tmp_path)
    assert seen["label_width"] >= 60 * seen["char_width"], seen
    assert seen["longest_line"] <= seen["label_width"], seen
