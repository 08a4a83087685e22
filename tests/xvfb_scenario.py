"""Run under ``xvfb-run``: a real X window, driven with real key events (xdotool/XTEST).

Prints one JSON object with what it saw; tests/test_xvfb.py asserts on it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def main(out_dir: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["XDG_CONFIG_HOME"] = str(out_dir / "config")
    app = subprocess.Popen([sys.executable, "-m", "eventviewer"], env=env)
    result: dict[str, object] = {}
    try:
        started = time.monotonic()
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "China Industrial"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        wid = found.stdout.split()[0]
        result["seconds_to_window"] = round(time.monotonic() - started, 2)
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True, timeout=60)
        time.sleep(0.5)
        for key in ("ctrl+3", "ctrl+4", "ctrl+2"):
            subprocess.run(["xdotool", "key", key], check=True, timeout=60)
            time.sleep(0.3)
        shot = out_dir / "xvfb.png"
        grab = (
            "import sys; from PySide6.QtGui import QGuiApplication; "
            "app = QGuiApplication(sys.argv[:1]); "
            f"ok = app.primaryScreen().grabWindow({int(wid)}).save({str(shot)!r}); "
            "sys.exit(0 if ok else 1)"
        )
        result["screenshot_ok"] = (
            subprocess.run([sys.executable, "-c", grab], timeout=60).returncode == 0
        )
        result["screenshot"] = str(shot)
        subprocess.run(["xdotool", "key", "ctrl+q"], check=True, timeout=60)
        result["exit_code"] = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    config = out_dir / "config" / "eventviewer" / "eventviewer.conf"
    result["settings"] = config.read_text() if config.exists() else ""
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
