"""Whether a window can be shown: a display is named and answers.

Qt aborts the process when the display it is given cannot be reached, with a message about
missing libraries; asking first lets eventviewer say what is wrong in one line.
"""

from __future__ import annotations

import os
import re
import socket
import sys
from pathlib import Path

CONNECT_TIMEOUT_S = 2.0


def display_problem() -> str | None:
    """Why no window can be shown here, or None when one can (or Qt's platform is chosen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    wayland, x11 = os.environ.get("WAYLAND_DISPLAY"), os.environ.get("DISPLAY")
    if not wayland and not x11:
        return "no display found (DISPLAY/WAYLAND_DISPLAY unset)"
    if wayland and _wayland_answers(wayland):
        return None
    if x11 and _x11_answers(x11):
        return None
    named = ", ".join(f"{k}={v}" for k, v in (("WAYLAND_DISPLAY", wayland), ("DISPLAY", x11)) if v)
    return f"the display cannot be reached ({named})"


def _wayland_answers(name: str) -> bool:
    path = (
        Path(name) if name.startswith("/") else Path(os.environ.get("XDG_RUNTIME_DIR", "/")) / name
    )
    return _unix_answers(str(path))


def _x11_answers(display: str) -> bool:
    match = re.fullmatch(r"(?:unix/)?([^:]*):(\d+)(?:\.\d+)?", display)
    if match is None:
        return True  # a form we do not know: let Qt judge
    host, number = match[1], int(match[2])
    if host in ("", "unix"):
        socket_path = f"/tmp/.X11-unix/X{number}"
        return _unix_answers(socket_path) or _unix_answers("\0" + socket_path)  # or abstract
    try:
        with socket.create_connection((host, 6000 + number), timeout=CONNECT_TIMEOUT_S):
            return True
    except OSError:
        return False


def _unix_answers(path: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(CONNECT_TIMEOUT_S)
        try:
            sock.connect(path)
        except OSError:
            return False
    return True
