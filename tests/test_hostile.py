"""Hostile input and hostile use of the command line (issue 21): every case ends in one
located line or a usage error, never a traceback, a hang or lost data."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .conftest import WAIT_MS, run_cli

HANG_GUARD_S = WAIT_MS / 1000  # how long a test waits before calling it a hang


@pytest.mark.parametrize(
    "args",
    [
        ("--export-summary", "x.md", "--compare", "2023-yunnan", "2025-hunan"),
        ("--export-table", "tiers", "x.csv", "--compare", "2023-yunnan", "2025-hunan"),
        ("--export-chart", "x.png", "--compare", "2023-yunnan", "2025-hunan"),
        ("--install-desktop-entry", "--compare", "2023-yunnan", "2025-hunan"),
        ("--summary", "--compare", "2023-yunnan", "2025-hunan"),
        ("--print-compare", "x.pdf", "2023-yunnan", "2025-hunan", "--compare", "a", "b"),
    ],
    ids=["export-summary", "export-table", "export-chart", "desktop", "summary", "print"],
)
def test_compare_with_a_one_shot_mode_is_a_usage_error_not_a_window(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    """These opened a window that SIGTERM could not stop (or said "no display found")."""
    out = run_cli(*args, cwd=tmp_path, unset=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    assert out.returncode == 2
    assert out.stderr == "eventviewer: --compare goes with the window or --screenshot\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("--summary", "--tab", "tiers"),
            "--tab does not go with --summary; it goes with the window or --screenshot",
        ),
        (
            ("--validate", "f.json", "--page-size", "A4"),
            "--page-size does not go with "
            "--validate; it goes with --print-summary or --print-compare",
        ),
        (("--schema", "f.json"), "--schema takes no FILE"),
        (
            ("--list", "--color-scheme", "dark"),
            "--color-scheme does not go with --list; it goes with the window or --screenshot",
        ),
        (
            ("--screenshot", "x.png", "--compare", "a", "b", "--tab", "tiers"),
            "--tab does not go "
            "with --screenshot --compare; it goes with the window or --screenshot",
        ),
        (
            (
                "--page-size",
                "A4",
            ),
            "--page-size does not go with the window; it goes with "
            "--print-summary or --print-compare",
        ),
    ],
)
def test_options_a_mode_does_not_take_are_refused_before_anything_runs(
    args: tuple[str, ...], said: str, tmp_path: Path
) -> None:
    out = run_cli(*args, cwd=tmp_path)
    assert (out.returncode, out.stderr, out.stdout) == (2, f"eventviewer: {said}\n", "")


def _started_window(tmp_path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    return subprocess.Popen(
        [sys.executable, "-m", "eventviewer"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_the_window_ends_on_sigterm_and_sigint(signum: int, tmp_path: Path) -> None:
    """Python's handler never ran inside Qt's loop: the window ignored SIGTERM."""
    proc = _started_window(tmp_path)
    try:
        time.sleep(2)  # let it reach Qt's event loop; what is tested is that it then ends
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        proc.send_signal(signum)
        code = proc.wait(timeout=HANG_GUARD_S)
    finally:
        proc.kill()
        proc.wait()
    assert code == 128 + signum
    assert proc.stderr is not None
    assert b"Traceback" not in proc.stderr.read()


def _validate(event: dict[str, Any], write_json: Callable[..., Path]) -> tuple[int, list[str]]:
    path = write_json(event)
    out = run_cli("--validate", str(path))
    assert "Traceback" not in out.stderr
    return out.returncode, [line.removeprefix(f"{path}:") for line in out.stderr.splitlines()]


REF = [{"source": "S2", "paragraph": 1}]


@pytest.mark.parametrize(
    ("change", "line"),
    [
        (
            {"period": {"first": "2023-09-05", "last": "2023-09-03", "refs": REF}},
            "$.event.period.last: the period ends on 2023-09-03, before it starts on 2023-09-05",
        ),
        (
            {"closing_date": {"value": "2023-09-01", "refs": REF}},
            "$.event.closing_date: the event closes on 2023-09-01, before it opens on 2023-09-03",
        ),
        (
            {"period": {"first": "2023-09-04", "last": "2023-09-06", "refs": REF}},
            "$.event.opening_date: 2023-09-03 is outside the period the event was held "
            "(2023-09-04 to 2023-09-06)",
        ),
        (
            {"year": {"value": 2024, "refs": REF}},
            "$.event.year.value: the year 2024 is not the year of the event's start, 2023-09-03",
        ),
    ],
    ids=["period-reversed", "closes-before-opening", "opening-outside-period", "year"],
)
def test_dates_that_cannot_all_be_true_are_errors(
    change: dict[str, Any],
    line: str,
    event_dict: dict[str, Any],
    write_json: Callable[..., Path],
) -> None:
    event_dict["event"].update(change)
    assert _validate(event_dict, write_json) == (1, [line])


def test_an_as_of_date_a_century_away_is_a_finding(
    event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    event_dict["investment"]["projects"]["as_of"] = "1923-09-05"
    code, lines = _validate(event_dict, write_json)
    assert code == 0
    assert lines == [
        "$.investment.projects.as_of: warning: as of 1923-09-05: more than 10 years from the "
        "event's year 2023; check the date"
    ]


@pytest.mark.parametrize(
    ("path", "basis", "takes"),
    [
        (("investment", "projects"), "attended", "signed, signed_at_opening"),
        (("participants", "people"), "signed_at_opening", "attended, registered"),
        (("activities", "special"), "solicited", "held, planned"),
    ],
)
def test_a_basis_that_cannot_describe_its_figure_is_refused(
    path: tuple[str, str],
    basis: str,
    takes: str,
    event_dict: dict[str, Any],
    write_json: Callable[..., Path],
) -> None:
    event_dict[path[0]][path[1]]["basis"] = basis
    code, lines = _validate(event_dict, write_json)
    assert code == 1
    assert len(lines) == 1
    where = f"$.{path[0]}.{path[1]}.basis"
    assert lines[0].startswith(f'{where}: "{basis}" is not one of the values this field takes: ')
    assert takes in lines[0]


def test_the_schema_lists_the_bases_each_figure_takes() -> None:
    schema = json.loads(run_cli("--schema").stdout)["$defs"]
    bases = {
        name: set(schema[name]["properties"]["basis"]["anyOf"][0]["enum"])
        for name in ("InvestmentCount", "ParticipantCount", "ActivityCount", "FollowUpCount")
    }
    assert "signed_at_opening" in bases["InvestmentCount"]
    assert "attended" not in bases["InvestmentCount"]
    assert bases["ParticipantCount"] == {"attended", "registered", "expected", "estimated"}
    assert bases["ActivityCount"] == {"held", "planned"}
    assert "solicited" not in bases["FollowUpCount"]


def test_list_escapes_control_characters_in_file_names(tmp_path: Path) -> None:
    """A name could set the terminal's title, recolour it or forge a row of its own."""
    from .conftest import BUNDLED

    names = ["\x1b]0;owned\x07.json", "\x1b[31mred.json", "cr\rlf\nrow.json", "\u202eevil.json"]
    for name in names:
        (tmp_path / name).write_bytes(BUNDLED.read_bytes())
    out = run_cli("--list", str(tmp_path))
    assert out.returncode == 0, out.stderr
    for bad in ("\x1b", "\x07", "\r", "\u202e"):
        assert bad not in out.stdout
    assert len(out.stdout.splitlines()) == 1 + len(names)
    assert "\\x1b]0;owned\\x07.json" in out.stdout
    assert "cr\\rlf\\nrow.json" in out.stdout
    assert "\\u202eevil.json" in out.stdout


def test_list_of_a_folder_that_cannot_be_read_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It printed an empty table and exited 0. (Tested in-process: CI runs as root, who can
    read any folder, so the refusal is the operating system's, imitated.)"""
    from eventviewer import cli

    real = Path.iterdir

    def refuse(self: Path) -> Any:
        if self == tmp_path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    assert cli.main(["--list", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err == f"{tmp_path}: cannot read this folder: permission denied\n"


def test_a_relative_xdg_data_home_is_ignored(tmp_path: Path) -> None:
    """The XDG Base Directory spec: relative paths are invalid and must be ignored."""
    env = {**os.environ, "XDG_DATA_HOME": "relative/share", "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "eventviewer", "--install-desktop-entry"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert not (tmp_path / "relative").exists()
    written = [Path(line) for line in out.stdout.splitlines()]
    assert written and all(p.is_relative_to(tmp_path / ".local" / "share") for p in written)


def test_settings_read_at_start_are_bounded_and_checked(qtbot: Any, store: Any) -> None:
    """200,000 recent files took 49 s and 1.2 GB before the window showed; a damaged value
    falls back to its default."""
    from PySide6.QtCore import QByteArray

    from eventviewer.ui import settings as keys
    from eventviewer.ui.main_window import MainWindow

    store.q.setValue(keys.RECENT_FILES.key, [f"/tmp/file-{i}.json" for i in range(200_000)])
    store.q.setValue(keys.PAGE_SIZE.key, "A0")
    store.q.setValue(keys.TIER_CHART_MODE.key, "x" * 100_000)
    store.q.setValue(keys.LIBRARY_FOLDERS.key, ["/ok", "/bad\0path", 7])
    store.sync()
    assert len(store.strings(keys.RECENT_FILES)) == keys.MAX_RECENT_FILES
    assert store.text(keys.PAGE_SIZE) == "A4"
    assert store.text(keys.TIER_CHART_MODE) == "amount"
    assert store.strings(keys.LIBRARY_FOLDERS) == ["/ok"]
    store.q.setValue(keys.WINDOW_GEOMETRY.key, QByteArray(b"\x01" * 100_000))
    assert store.bytes(keys.WINDOW_GEOMETRY) is None
    win = MainWindow(store)
    qtbot.addWidget(win)
    recent = [a for a in win.menus.recent_menu.actions() if a.toolTip().startswith("/tmp/file-")]
    assert len(recent) == keys.MAX_RECENT_FILES


def test_a_truncated_saved_geometry_gives_a_usable_window(qtbot: Any, store: Any) -> None:
    """It gave a 410×150 window."""
    from PySide6.QtCore import QByteArray

    from eventviewer.ui import settings as keys
    from eventviewer.ui.main_window import MainWindow
    from eventviewer.ui.settings import DEFAULT_SIZE

    first = MainWindow(store)
    qtbot.addWidget(first)
    first.resize(1000, 700)
    saved = first.saveGeometry().data()
    for cut in (len(saved) // 2, len(saved) - 8, 12):
        store.q.setValue(keys.WINDOW_GEOMETRY.key, QByteArray(saved[:cut]))
        win = MainWindow(store)
        qtbot.addWidget(win)
        room = win.screen().availableGeometry().size()
        wanted = (min(DEFAULT_SIZE[0], room.width()), min(DEFAULT_SIZE[1], room.height()))
        assert (win.width(), win.height()) == wanted, cut


def test_a_paragraph_past_the_end_of_the_bundled_article_is_refused(
    event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    from .conftest import ARTICLE

    blocks = [b for b in ARTICLE.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    event_dict["investment"]["projects"]["refs"] = [{"source": "S2", "paragraph": len(blocks)}]
    assert _validate(event_dict, write_json)[0] == 0
    event_dict["investment"]["projects"]["refs"] = [{"source": "S2", "paragraph": 15}]
    assert _validate(event_dict, write_json) == (
        1,
        [
            "$.investment.projects.refs[0].paragraph: paragraph 15: the bundled text of source "
            f"`S2` has only {len(blocks)} paragraphs"
        ],
    )


def test_the_bundled_article_is_the_shared_source() -> None:
    from eventviewer.domain.bundled import resources_dir

    from .conftest import ARTICLE

    if not ARTICLE.exists():
        pytest.skip("shared/ is not beside this checkout")
    assert (resources_dir() / "sources" / ARTICLE.name).read_bytes() == ARTICLE.read_bytes()


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
@pytest.mark.parametrize("escaped", [False, True], ids=["literal", "escaped"])
def test_zero_width_characters_in_a_name_are_refused(
    mark: str, escaped: bool, event_dict: dict[str, Any], tmp_path: Path
) -> None:
    event_dict["event"]["location"]["city"] = f"Kun{mark}ming"
    path = tmp_path / "zw.json"
    path.write_text(json.dumps(event_dict, ensure_ascii=escaped), encoding="utf-8")
    out = run_cli("--validate", str(path))
    assert (out.returncode, out.stderr) == (
        1,
        f"{path}:$.event.location.city: contains control characters, or invisible or "
        "bidirectional-override characters\n",
    )


def test_a_conflict_of_one_statement_twice_is_refused(
    event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    conflict = event_dict["conflicts"][0]
    conflict["statements"] = [conflict["statements"][0]] * 2
    assert _validate(event_dict, write_json) == (
        1,
        [
            "$.conflicts[0].statements[1]: repeats statement 0: a conflict needs statements "
            "that differ"
        ],
    )


def test_an_edition_is_not_compared_with_itself(tmp_path: Path) -> None:
    from eventviewer.domain import bundled_event_path

    bundled = bundled_event_path()  # the installed copy, where the app is installed
    copy = tmp_path / "copy.json"
    copy.write_bytes(bundled.read_bytes())
    for names in (("2023-yunnan", "2023-yunnan"), ("2023-yunnan", "2025-hunan", str(copy))):
        out = run_cli("--print-compare", str(tmp_path / "c.pdf"), *names)
        assert out.returncode == 1
        said = out.stderr.splitlines()
        assert len(said) == 1 and said[0].endswith(
            f"the same edition as {bundled}: compare different editions"
        ), said
    assert not (tmp_path / "c.pdf").exists()


def test_no_locale_warning_on_stderr_where_the_locale_is_not_utf8() -> None:
    """Qt warned in four lines that it switched "C" to "C.UTF-8"."""
    env = {**os.environ, "LC_ALL": "C"}
    out = subprocess.run(
        [sys.executable, "-m", "eventviewer", "--summary", "--lang", "zh"],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert (out.returncode, out.stderr) == (0, b"")
    assert "中国产业转移发展对接活动" in out.stdout.decode("utf-8")


def test_a_huge_string_is_refused_before_it_is_decoded(
    event_dict: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A control character in a 200 MB string made the decoder build it at several times its
    size before refusing it: such a value is found in the bytes, and never decoded."""
    import msgspec

    from eventviewer.domain import EventFileError, load_event

    event_dict["event"]["purpose"]["value"] = "x" * 2_000_000 + "\u0001" + "y" * 2_000_000
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(event_dict), encoding="utf-8")
    decoded: list[object] = []
    real = msgspec.json.decode

    def counting(*args: Any, **kwargs: Any) -> Any:
        decoded.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(msgspec.json, "decode", counting)
    with pytest.raises(EventFileError) as caught:
        load_event(path)
    assert decoded == []
    [problem] = caught.value.problems
    assert problem.message == "a value longer than any field takes (more than 1 MiB)"
    line, column = map(int, problem.location.split(":"))
    assert line == 1 and column > 1


def test_long_runs_of_white_space_are_still_valid(
    bundled_dict: dict[str, Any], tmp_path: Path
) -> None:
    """JSON allows any white space between values: a run of 3 MB of white space is no overlong
    value."""
    path = tmp_path / "spaced.json"
    text = json.dumps(bundled_dict).replace(": [", ": [" + " \n" * 1_500_000, 1)
    path.write_text(text, encoding="utf-8")
    assert run_cli("--validate", str(path)).returncode == 0
