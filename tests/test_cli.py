"""The command line, run as a user runs it: a separate process, from another directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventviewer import __version__

from .conftest import BUNDLED, run_cli


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=cwd, timeout=60)


def test_summary_defaults_to_the_bundled_event(tmp_path: Path) -> None:
    out = run("--summary", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("China Industrial Transfer & Development Matchmaking Activity")
    for figure in ("382", "RMB 396.6 bn", "362*", "RMB 212.9 bn*", "3,100", "2,066"):
        assert figure in out.stdout


def test_summary_of_another_file(
    tmp_path: Path, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    event_dict["event"]["name"]["value"] = "Another <b>event</b>"
    out = run("--summary", str(write_json(event_dict)))
    assert out.returncode == 0
    assert out.stdout.startswith("Another <b>event</b>\n")


def test_validate_accepts_the_bundled_file() -> None:
    out = run("--validate", str(BUNDLED))
    assert out.returncode == 0
    assert out.stdout == f"{BUNDLED}: valid (schema version 2, 0 warnings)\n"
    assert out.stderr == ""


def test_validate_prints_findings_as_warnings(
    event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    event_dict["participants"]["categories"][0]["count"]["value"] = 5000
    path = write_json(event_dict)
    out = run("--validate", str(path))
    assert out.returncode == 0
    assert out.stderr == (
        f"{path}:$.participants.categories[0].count: warning: 5000 is more than the 2066 "
        "companies that took part\n"
    )
    assert "1 warning)" in out.stdout


def test_validate_rejects_with_one_located_line_per_problem(
    event_dict: dict[str, Any], write_json: Callable[..., Path], tmp_path: Path
) -> None:
    event_dict["investment"]["projects"]["value"] = 10
    event_dict["participants"]["people"]["value"] = -1
    path = write_json(event_dict)
    out = run("--validate", str(path))
    assert out.returncode == 1
    assert out.stdout == ""
    assert out.stderr.splitlines() == [
        f"{path}:$.participants.people.value: expected a whole number ≥ 0"
    ]
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1,\n "sources": [}\n')
    out = run("--validate", str(broken))
    assert (out.returncode, out.stderr) == (
        1,
        f"{broken}:2:14: not valid JSON: invalid character\n",
    )


def test_errors_never_show_a_traceback(tmp_path: Path) -> None:
    for target in (tmp_path, tmp_path / "missing.json"):
        for mode in ("--validate", "--summary"):
            out = run(mode, str(target))
            assert out.returncode == 1
            assert "Traceback" not in out.stderr
            assert out.stderr.startswith(str(target) + ": ")


def test_validate_needs_a_file() -> None:
    out = run("--validate")
    assert out.returncode == 2
    assert out.stderr == "eventviewer: --validate needs a FILE\n"


def test_schema_version_and_help() -> None:
    schema = json.loads(run("--schema").stdout)
    assert schema["title"] == "eventviewer event file"
    assert run("--version").stdout == f"eventviewer {__version__}\n"
    help_text = run("--help").stdout
    for flag in ("--summary", "--validate", "--schema", "--print-summary", "--screenshot", "--tab"):
        assert flag in help_text


def test_summary_survives_a_closed_pipe() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventviewer", "--summary"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=30) == 0
    assert b"Traceback" not in err


def test_output_is_complete_when_redirected_to_a_file(tmp_path: Path) -> None:
    """Block-buffered output lands whole, past the buffer's size."""
    out = tmp_path / "schema.json"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # buffered, as usual
    with out.open("w") as stdout:
        subprocess.run(
            [sys.executable, "-m", "eventviewer", "--schema"], stdout=stdout, env=env, check=True
        )
    text = out.read_text()
    assert len(text) > 8192 and text.endswith("}\n")  # more than a buffer, and the last bytes
    assert json.loads(text)["title"] == "eventviewer event file"


HOSTILE_KEY = "\x1b[31mRED\x1b]0;pwned\x07"


def test_names_from_a_file_cannot_reach_the_terminal_raw(
    tmp_path: Path, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    """Escape sequences and newlines in a key or a file name are shown escaped, so every
    problem is one line and nothing colours the terminal or retitles its window."""
    event_dict[HOSTILE_KEY] = 1
    event_dict["event"]["x\nyunnan.json: valid (schema version 1, 0 warnings)"] = 2
    path = write_json(event_dict, name="evil\n.json")
    out = run("--validate", str(path))
    assert out.returncode == 1
    assert not any(ch in out.stderr for ch in "\x1b\x07\r")
    lines = out.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{tmp_path}/evil\\n.json:$") for line in lines)
    assert "unknown field `\\x1b[31mRED\\x1b]0;pwned\\x07`" in lines[0]
    assert "unknown field `x\\nyunnan.json: valid" in lines[1]


def test_a_valid_file_with_a_newline_in_its_name_is_reported_on_one_line(
    tmp_path: Path, bundled_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    path = write_json(bundled_dict, name="a\nb.json")
    out = run("--validate", str(path))
    assert out.returncode == 0 and out.stdout.count("\n") == 1
    assert out.stdout.startswith(f"{tmp_path}/a\\nb.json: valid")


def test_the_window_session_ends_normally(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only destroying QApplication hands copied text to the clipboard manager, so after the
    window the command exits the normal way (the one-shot modes end with os._exit, which
    would end this test process)."""
    from eventviewer import app, cli

    monkeypatch.setattr(app, "run", lambda *args, **kwargs: 0)
    monkeypatch.setattr(sys, "argv", ["eventviewer", "--tab", "tiers"])
    with pytest.raises(SystemExit) as ended:
        cli.entry()
    assert ended.value.code == 0


def test_a_full_disk_on_stdout_is_an_error_not_silence() -> None:
    with open("/dev/full", "w") as full:
        code = subprocess.run([sys.executable, "-m", "eventviewer", "--schema"], stdout=full)
    assert code.returncode != 0


def test_schema_takes_no_file_and_screenshot_says_what_it_wrote(tmp_path: Path) -> None:
    out = run("--schema", str(BUNDLED))
    assert (out.returncode, out.stderr) == (2, "eventviewer: --schema takes no FILE\n")
    png = tmp_path / "shot.png"
    shot = run_cli(
        "--screenshot", str(png), unset=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )
    assert shot.returncode == 0 and shot.stdout == f"{png}\n"


def test_a_derived_lower_bound_keeps_its_more_than() -> None:
    text = run("--summary").stdout
    assert "more than RMB 237.96 bn* = 60% × 396.6" in text
