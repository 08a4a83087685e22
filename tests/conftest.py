"""Shared fixtures. Qt runs offscreen in every test unless a test starts a real X server."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fuzz", action="store_true", help="run the fuzz tests with 10,000 cases each"
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--fuzz"):
        settings.load_profile("fuzz")


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "resources" / "events" / "2023-yunnan.json"
V1_YUNNAN = REPO / "tests" / "data" / "yunnan-2023-v1.json"  # the round-1 file, schema v1
SOURCES = REPO.parent / "shared" / "sources"
ARTICLE = SOURCES / "yunnan-2023-tdi-article.txt"

NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY")
WAIT_MS = 30_000  # how long a test waits for something to happen: a hang guard, not a target
NO_DISPLAY_AT_ALL = (*NO_DISPLAY, "QT_QPA_PLATFORM")


def run_cli(
    *args: str, cwd: Path | None = None, unset: tuple[str, ...] = NO_DISPLAY, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run eventviewer as a user would: its own process, without the given variables."""
    env = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, "-m", "eventviewer", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
    )


def python_output(code: str, *args: str, env: dict[str, str] | None = None) -> str:
    """What ``python -c code args`` prints, in a fresh interpreter (so sys.modules is its own)."""
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env
    )
    return out.stdout


# CI sets this so that a missing external tool fails the run instead of skipping tests.
REQUIRE_TOOLS = os.environ.get("EVENTVIEWER_REQUIRE_TOOLS") == "1"


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if REQUIRE_TOOLS:
            pytest.fail(f"{name} is required in CI but not installed")
        pytest.skip(f"{name} not installed")
    return path


@pytest.fixture(scope="session")
def bundled_dict() -> dict[str, Any]:
    event: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return event


@pytest.fixture
def event_dict(bundled_dict: dict[str, Any]) -> dict[str, Any]:
    """A fresh, mutable copy of the bundled event."""
    return copy.deepcopy(bundled_dict)


@pytest.fixture
def write_json(tmp_path: Path) -> Callable[..., Path]:
    def write(data: Any, name: str = "event.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return path

    return write


@pytest.fixture
def store(tmp_path: Path) -> Any:
    """Settings in a throw-away file, never the user's."""
    from PySide6.QtCore import QSettings

    from eventviewer.ui.settings import SettingsStore

    return SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: Any, store: Any) -> Iterator[Any]:
    """The main window, shown, on the bundled event."""
    from eventviewer.domain import bundled_event_path, load_event
    from eventviewer.ui.main_window import MainWindow

    win = MainWindow(store)
    qtbot.addWidget(win)
    win.set_loaded(load_event(bundled_event_path()))
    win.show()
    qtbot.waitExposed(win, timeout=WAIT_MS)
    yield win
    win.close()


def located_problems(data: bytes | Path) -> list[tuple[str, str]]:
    """(location, message) of every problem the loader reports for bytes or a path."""
    from eventviewer.domain import EventFileError, load_event, load_event_bytes

    with pytest.raises(EventFileError) as info:
        if isinstance(data, Path):
            load_event(data)
        else:
            load_event_bytes(data, file="x.json")
    return [(p.location, p.message) for p in info.value.problems]


def with_many_tiers(event: dict[str, Any], tiers: int, shares: int = 1) -> dict[str, Any]:
    """The bundled event with ``tiers`` one-project tiers and ``shares`` sector shares: valid."""
    ref = [{"source": "S2", "paragraph": 3}]
    investment = event["investment"]
    investment["tiers"] = [
        {
            "lower_bn": 10 + i,
            "upper_bn": 11 + i,
            "projects": {"value": 1, "refs": ref},
            "amount_bn": {"value": 10.5 + i, "refs": ref},
        }
        for i in range(tiers)
    ]
    investment["projects"]["value"] = tiers + 10
    investment["amount_bn"]["value"] = sum(10.5 + i for i in range(tiers)) + 5
    share = investment["sector_shares"][0]
    investment["sector_shares"] = [
        {
            **share,
            "label": f"Sector group {i}",
            "share_percent": {"value": 0.2, "refs": ref, "qualifier": "more_than"},
        }
        for i in range(shares)
    ]
    return event


@pytest.fixture(autouse=True, scope="session")
def _language(request: pytest.FixtureRequest) -> Iterator[None]:
    """EVENTVIEWER_TEST_LANG=zh runs the window's tests with the Chinese translation installed
    (the layout test runs itself so, in a child process)."""
    if os.environ.get("EVENTVIEWER_TEST_LANG") != "zh":
        yield
        return
    from eventviewer.app.language import install

    keep = install(request.getfixturevalue("qapp"), "zh")
    yield
    del keep
