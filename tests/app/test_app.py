"""Starting the window: no display, a display that does not answer, --screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ..conftest import NO_DISPLAY_AT_ALL, run_cli


def test_no_display_says_so_and_exits_2() -> None:
    out = run_cli(unset=NO_DISPLAY_AT_ALL)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "no display" in out.stderr
    assert "--summary" in out.stderr and "--screenshot" in out.stderr


def test_a_display_that_does_not_answer_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """Qt itself aborts (exit 134) with a hint about missing libraries."""
    unused = next(n for n in range(99, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY_AT_ALL}
    for name, value in (("DISPLAY", f":{unused}"), ("WAYLAND_DISPLAY", "no-such-wayland-0")):
        out = subprocess.run(
            [sys.executable, "-m", "eventviewer"],
            env={**env, name: value, "XDG_RUNTIME_DIR": str(tmp_path)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 2, out.stderr
        assert out.stderr == (
            f"eventviewer: the display cannot be reached ({name}={value}). Use --summary, "
            "--print-summary OUT.pdf or --screenshot OUT.png, or set QT_QPA_PLATFORM.\n"
        )
    png = tmp_path / "x.png"  # a screenshot needs no display: it falls back to offscreen
    shot = subprocess.run(
        [sys.executable, "-m", "eventviewer", "--screenshot", str(png)],
        env={**env, "DISPLAY": f":{unused}"},
        capture_output=True,
        timeout=120,
    )
    assert shot.returncode == 0 and png.stat().st_size > 0


@pytest.mark.parametrize("tab", ["overview", "tiers", "activities", "participants"])
def test_screenshot_writes_the_window_for_each_tab(tab: str, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / f"{tab}.png"
    result = run_cli("--screenshot", str(out), "--tab", tab)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    assert not list(tmp_path.glob(".*tmp*"))
    assert "propagateSizeHints" not in result.stderr  # the offscreen plugin's noise


def test_only_the_offscreen_noise_is_dropped(qtlog: Any) -> None:
    """Other messages reach the handler that was there before (here pytest-qt's)."""
    from PySide6.QtCore import qWarning

    from eventviewer.app import OFFSCREEN_NOISE, _drop_offscreen_noise

    _drop_offscreen_noise.cache_clear()  # install it under this test's handler
    _drop_offscreen_noise()
    qWarning(OFFSCREEN_NOISE)
    qWarning("a warning that matters")
    assert [r.message for r in qtlog.records] == ["a warning that matters"]
