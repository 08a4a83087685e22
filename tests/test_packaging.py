"""The bundled data is found from a wheel, an editable install and a plain checkout alike."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO

PROBE = (
    "import eventviewer, eventviewer.domain as d;"
    "print(eventviewer.__file__); print(d.bundled_event_path());"
    "print(d.load_event(d.bundled_event_path()).event.event.name.value)"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [built] = out.glob("eventviewer-*.whl")
    return built


def test_wheel_carries_the_bundled_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "eventviewer/resources/events/2023-yunnan.json" in names
    assert sum(n.startswith("eventviewer/resources/events/") for n in names) == 13
    for asset in (
        "translations/eventviewer_zh_CN.qm",
        "icons/eventviewer.svg",
        "desktop/io.github.eventviewer.EventViewer.desktop",
        "desktop/io.github.eventviewer.EventViewer.metainfo.xml",
    ):
        assert f"eventviewer/resources/{asset}" in names, asset
    assert "eventviewer/py.typed" in names
    assert not any("__pycache__" in n or n.startswith("tests/") for n in names)


def test_installed_wheel_finds_its_data_from_any_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    package, data, name = out.stdout.splitlines()
    assert package.startswith(str(target))
    assert data == str(target / "eventviewer" / "resources" / "events" / "2023-yunnan.json")
    assert name.startswith("China Industrial Transfer")
    summary = subprocess.run(
        [sys.executable, "-m", "eventviewer", "--summary"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert summary.returncode == 0 and "RMB 396.6 bn" in summary.stdout


def test_plain_source_checkout_finds_the_top_level_resources(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    package, data, _ = out.stdout.splitlines()
    assert package == str(REPO / "src" / "eventviewer" / "__init__.py")
    assert data == str(REPO / "resources" / "events" / "2023-yunnan.json")


@pytest.mark.bundle
def test_the_bundle_script_builds_an_app_that_runs_without_python_packages(
    tmp_path: Path,
) -> None:
    """packaging/build-bundle builds OUT/eventviewer/eventviewer and smoke-tests it in an
    empty environment (it prints the summary page and takes a screenshot offscreen); nothing
    is built inside the checkout."""
    before = sorted(p.name for p in REPO.iterdir())
    result = subprocess.run(
        [str(REPO / "packaging" / "build-bundle"), str(tmp_path / "dist")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,  # a hang guard: the build takes about half a minute with a warm pip cache
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "smoke test passed" in result.stdout
    assert (tmp_path / "dist" / "eventviewer" / "eventviewer").is_file()
    assert sorted(p.name for p in REPO.iterdir()) == before
