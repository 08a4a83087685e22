"""Bad input never crashes, never hangs, never loses anything (the corpus in tests/data/bad)."""

from __future__ import annotations

import builtins
import html
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from eventviewer.domain import EventFileError, bundled_event_path, load_event
from eventviewer.domain.files import MAX_FILE_BYTES

from ..conftest import located_problems, run_cli

CORPUS = Path(__file__).parents[1] / "data" / "bad"
MANIFEST: list[dict[str, Any]] = json.loads((CORPUS / "manifest.json").read_text())["entries"]
IDS = [e["file"] for e in MANIFEST]
HANG_GUARD_S = 60  # catches a hang, not slowness: a busy machine may take seconds


def test_manifest_covers_the_corpus() -> None:
    listed = {e["file"] for e in MANIFEST}
    on_disk = {p.name for p in CORPUS.iterdir()} - {"manifest.json", "make_corpus.py"}
    assert listed == on_disk
    assert len(listed) >= 40
    assert all(e["tries"] for e in MANIFEST)


def expect(entry: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    matches = [
        (loc, msg)
        for loc, msg in problems
        if entry["message"] in msg and (entry["location"] is None or loc == entry["location"])
    ]
    assert matches, (
        f"{entry['file']}: expected {entry['location']} {entry['message']!r}, got {problems}"
    )


@pytest.mark.parametrize("entry", MANIFEST, ids=IDS)
def test_loader_on_the_corpus(entry: dict[str, Any]) -> None:
    path = CORPUS / entry["file"]
    if entry.get("valid"):
        assert load_event(path).written_version == 1
        return
    with pytest.raises(EventFileError) as info:
        load_event(path)
    assert info.value.file == str(path)
    expect(entry, [(p.location, p.message) for p in info.value.problems])


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, timeout=HANG_GUARD_S)


@pytest.mark.parametrize("entry", MANIFEST, ids=IDS)
def test_cli_on_the_corpus(entry: dict[str, Any], tmp_path: Path) -> None:
    path = str(CORPUS / entry["file"])
    for args in (
        ["--validate", path],
        ["--summary", path],
        ["--print-summary", str(tmp_path / "out.pdf"), path],
    ):
        out = run(*args)
        assert "Traceback" not in out.stderr, (args, out.stderr)
        if entry.get("valid"):
            assert out.returncode == 0, (args, out.stderr)
            continue
        assert out.returncode == 1, (args, out.stdout, out.stderr)
        first = out.stderr.splitlines()[0]
        where = f"{path}:{entry['location']}: " if entry["location"] else f"{path}:"
        assert first.startswith(where), (args, first)
        assert entry["message"] in out.stderr
        assert not (tmp_path / "out.pdf").exists()


def test_window_keeps_its_data_for_every_corpus_file(qtbot: QtBot, window: Any) -> None:
    good = window.summary
    for entry in MANIFEST:
        if entry.get("valid"):
            continue
        assert window.open_path(CORPUS / entry["file"]) is False
        assert window.summary is good
        box = window.error_box
        assert box is not None and box.isVisible()
        assert entry["message"] in box.informativeText() + box.detailedText()
        box.close()
        qtbot.wait(1)  # the event loop keeps turning: the window stays responsive
    assert window.windowTitle().startswith("China Industrial Transfer")


def test_a_one_megabyte_string_is_refused_with_its_path(tmp_path: Path) -> None:
    """Made at test time (the other file-system cases live in test_loader.py)."""
    data = json.loads(bundled_event_path().read_text(encoding="utf-8"))
    data["event"]["hosts"][0]["name"] = "x" * 1_000_000
    big_string = tmp_path / "big-string.json"
    big_string.write_text(json.dumps(data), encoding="utf-8")
    assert located_problems(big_string) == [
        ("$.event.hosts[0].name", "expected text of length ≤ 500")
    ]


def test_oversize_file_is_refused_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)

    def no_open(*args: object, **kwargs: object) -> int:
        raise AssertionError("an oversize file was opened")

    monkeypatch.setattr(os, "open", no_open)
    assert located_problems(big) == [("", "file is 512 MiB; the limit is 512 MiB")]


def test_input_is_only_ever_opened_for_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    flags_seen: list[int] = []
    modes_seen: list[str] = []
    real_os_open, real_open = os.open, builtins.open

    def spy_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        flags_seen.append(flags)
        return real_os_open(path, flags, *args, **kwargs)

    def spy_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        modes_seen.append(mode)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy_os_open)
    monkeypatch.setattr(builtins, "open", spy_open)
    load_event(bundled_event_path())
    assert flags_seen and all(
        f & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC) == 0 for f in flags_seen
    )
    assert all(set(m) <= set("rb") for m in modes_seen)


PAYLOAD = '<img src="file:///etc/passwd">'


def test_payloads_are_plain_text_everywhere_on_screen(qtbot: QtBot, window: Any) -> None:
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

    from eventviewer.ui.registry import TAB_KEYS

    assert window.open_path(CORPUS / "html-payloads.json")
    for key in TAB_KEYS:
        window.select_tab(key)
    assert PAYLOAD in window.windowTitle()
    shown = 0
    for widget in window.findChildren(QWidget):
        assert PAYLOAD not in widget.toolTip(), widget  # tooltips are escaped markup
        if isinstance(widget, QLabel) and PAYLOAD in widget.text():
            assert widget.textFormat() == Qt.TextFormat.PlainText
            shown += 1
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            assert_no_raw_markup_in_tooltips(widget.model(), QModelIndex())
    assert shown >= 10  # the payload really is on screen, as text
    chart = window.tiers.chart
    assert chart is not None
    for bar in chart.bars:  # the tier names carry the payload: shown escaped in every tooltip
        assert PAYLOAD not in bar.item.toolTip()
        assert html.escape(PAYLOAD, quote=False) in bar.item.toolTip()
    bars = window.participants.bars.lines
    assert all(PAYLOAD in line.label for line in bars)


def assert_no_raw_markup_in_tooltips(model: Any, parent: Any) -> None:
    from PySide6.QtCore import Qt

    for r in range(model.rowCount(parent)):
        for c in range(model.columnCount(parent)):
            tip = model.data(model.index(r, c, parent), Qt.ItemDataRole.ToolTipRole) or ""
            assert PAYLOAD not in tip
        assert_no_raw_markup_in_tooltips(model, model.index(r, 0, parent))


def test_payloads_print_literally(tmp_path: Path) -> None:
    from ..conftest import need_tool

    out = tmp_path / "payloads.pdf"
    result = run("--print-summary", str(out), str(CORPUS / "html-payloads.json"))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        [need_tool("pdftotext"), str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.count(PAYLOAD) >= 5
    assert "<b>bold</b>" in text


def key_paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    if isinstance(node, dict):
        for key, child in node.items():
            found.append((*path, key))
            found += key_paths(child, (*path, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            found += key_paths(child, (*path, i))
    return found


def json_path(path: tuple[Any, ...]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def test_every_key_removed_in_turn_is_accepted_or_located() -> None:
    """Each required field missing, systematically: the error names the field and its parent."""
    from eventviewer.domain import load_event_bytes

    base = json.loads(bundled_event_path().read_text(encoding="utf-8"))
    required = 0
    for path in key_paths(base):
        data = json.loads(json.dumps(base))
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        del parent[path[-1]]
        try:
            load_event_bytes(json.dumps(data).encode())
        except EventFileError as exc:
            located = [(p.location, p.message) for p in exc.problems]
            assert located and all(loc for loc, _ in located), (path, located)
            if (json_path(path[:-1]), f"missing required field `{path[-1]}`") in located:
                required += 1
    assert required >= 60
