"""The benchmarks run (quick mode); they are judged by the table, never by a test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventviewer.domain import load_event
from eventviewer.domain.words import said

from .conftest import REPO

BENCH = REPO / "benchmarks"


def test_generator_writes_a_valid_reproducible_synthetic_event(tmp_path: Path) -> None:
    paths = [tmp_path / "a.json", tmp_path / "b.json"]
    for path in paths:
        subprocess.run(
            [
                sys.executable,
                str(BENCH / "make_large_event.py"),
                "--projects",
                "500",
                "--organizations",
                "300",
                "--out",
                str(path),
            ],
            check=True,
        )
    assert paths[0].read_bytes() == paths[1].read_bytes()  # seeded
    loaded = load_event(paths[0])
    assert loaded.findings == ()
    assert len(loaded.event.projects or []) == 500
    assert len(loaded.event.organizations or []) == 300
    assert "Synthetic" in said(loaded.event.event.name.value)
    data = json.loads(paths[0].read_text())
    assert data["sources"][0]["outlet"] == "eventviewer synthetic benchmark data"


@pytest.mark.benchmark
def test_runner_quick_mode_prints_every_row() -> None:
    out = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("eventviewer benchmarks — median of 1 run(s)")
    for figure in (
        "--screenshot (overview) vs bare 4-tab window",
        "--screenshot --tab tiers vs eager pyqtgraph window",
        "--print-summary vs one-shot chart+text PDF",
        "--validate, 2,000 projects + orgs",
        "window, 2,000 projects + orgs: filter per keystroke",
        '--validate with one \\" ÷ without',
        "--print-summary, 100 tiers ÷ the bundled file",
        "--validate, one bad value at the end ÷ the valid file",
        "--validate, 1,000 duplicate keys ÷ the same file without them",
        "--validate 40,000 empty records: extra peak memory ÷ file size",
        "first paint, 50 editions in the library vs bare 4-tab window",
        "--list DIR (50 files) vs json.load of each",
        "--screenshot --compare, 50 editions vs naive eager pyqtgraph window",
        "comparison of 50: sort; switch figure; hover (medians)",
        "--export-table projects, 2,000 projects + orgs vs json.load + csv module",
    ):
        assert any(line.startswith(figure) for line in lines), figure
    assert lines[-1].endswith("targets met")


def test_generator_writes_a_folder_of_valid_editions(tmp_path: Path) -> None:
    out = tmp_path / "editions"
    script = BENCH / "make_large_event.py"
    subprocess.run([sys.executable, str(script), "--editions", "12", "--out", str(out)], check=True)
    files = sorted(out.glob("*.json"))
    assert len(files) == 12
    from eventviewer.domain.library import folder_entries

    entries = folder_entries(out)
    assert [e.error for e in entries] == [""] * 12
    bases = {e.amount.rsplit("(", 1)[1] for e in entries}
    assert len(bases) > 1  # several bases, as a real folder would have
