"""The command line, run as a user runs it: a separate process, from another directory."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventviewer import __version__

from .conftest import BUNDLED, python_output, run_cli


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
    assert out.stdout == f"{BUNDLED}: valid (schema version 1, 0 warnings)\n"
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
    """The command exits without interpreter teardown; block-buffered output must still land."""
    out = tmp_path / "schema.json"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # buffered, as usual
    with out.open("w") as stdout:
        subprocess.run(
            [sys.executable, "-m", "eventviewer", "--schema"], stdout=stdout, env=env, check=True
        )
    text = out.read_text()
    assert len(text) > 8192 and text.endswith("}\n")  # more than a buffer, and the last bytes
    assert json.loads(text)["title"] == "eventviewer event file"


def test_main_restores_the_collector_it_pauses_for_start_up(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from eventviewer.cli import main

    assert gc.isenabled()
    assert main(["--summary"]) == 0
    assert gc.isenabled()
    gc.disable()
    try:
        assert main(["--summary"]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert "RMB 396.6 bn" in capsys.readouterr().out


def test_only_the_command_keeps_what_it_loaded_for_exit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """entry() exits with os._exit, so freeing the event first would only cost time; main()
    used as a library must not hold on to anything."""
    from eventviewer import cli
    from eventviewer.domain import LoadedEvent

    assert cli.main(["--summary"]) == 0
    assert cli._kept_until_exit is None
    monkeypatch.setattr(cli, "_kept_until_exit", [])
    assert cli.main(["--summary", str(BUNDLED)]) == 0
    [kept] = cli._kept_until_exit
    assert isinstance(kept, LoadedEvent) and kept.file == str(BUNDLED)
    assert "RMB 396.6 bn" in capsys.readouterr().out


def test_validate_computes_no_digest() -> None:
    """--validate prints no SHA-256, so it neither imports hashlib nor hashes the file."""
    code = (
        "import sys, io, contextlib\n"
        "from eventviewer.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['--validate', {str(BUNDLED)!r}]) == 0\n"
        "print('hashlib' in sys.modules)\n"
    )
    assert python_output(code).strip() == "False"


def test_the_window_session_ends_normally(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only destroying QApplication hands copied text to the clipboard manager, so after the
    window entry() exits the normal way (os._exit would end this test process)."""
    from eventviewer import app, cli

    monkeypatch.setattr(cli, "_kept_until_exit", None)  # entry() sets it; restored after
    monkeypatch.setattr(app, "run", lambda *args, **kwargs: 0)
    monkeypatch.setattr(sys, "argv", ["eventviewer"])
    with pytest.raises(SystemExit) as ended:
        cli.entry()
    assert ended.value.code == 0
