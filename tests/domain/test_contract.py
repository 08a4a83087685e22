"""Import contract: the domain core never pulls in Qt or pyqtgraph."""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path

import eventviewer.domain

from ..conftest import python_output

FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "numpy")


def test_domain_sources_import_no_gui_stack() -> None:
    root = Path(eventviewer.domain.__file__).parent
    files = sorted(root.rglob("*.py"))
    assert len(files) >= 8
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{file.name} imports {name}"


def test_importing_domain_and_running_the_text_modes_loads_no_gui_stack() -> None:
    code = (
        "import sys, io, contextlib\n"
        "import eventviewer.domain, eventviewer.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    eventviewer.cli.main(['--summary'])\n"
        "    eventviewer.cli.main(['--schema'])\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}]\n"
        "print(bad)\n"
    )
    assert python_output(code).strip() == "[]"


def test_domain_exports_match_its_lazy_table() -> None:
    assert sorted(eventviewer.domain.__all__) == sorted(eventviewer.domain._WHERE)
    for name in eventviewer.domain.__all__:
        assert getattr(eventviewer.domain, name) is not None


START_UP_PROBE = """
import json, sys, tempfile
import eventviewer.cli
with tempfile.TemporaryDirectory() as tmp:
    code = eventviewer.cli.main(["--screenshot", tmp + "/out.png", *sys.argv[1:]])
print(json.dumps({
    "exit": code,
    "heavy": sorted(m for m in sys.modules if m.split(".")[0] in ("pyqtgraph", "numpy")
                    or m == "PySide6.QtPrintSupport"),
}))
"""


def _start_up(*args: str) -> dict[str, object]:
    out = python_output(START_UP_PROBE, *args, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    result: dict[str, object] = json.loads(out.splitlines()[-1])
    return result


def test_first_paint_of_the_overview_imports_no_chart_stack_and_no_printing() -> None:
    assert _start_up() == {"exit": 0, "heavy": []}


def test_the_start_up_probe_sees_what_the_tiers_tab_needs() -> None:
    result = _start_up("--tab", "tiers")
    assert result["exit"] == 0
    assert "pyqtgraph" in result["heavy"] and "numpy" in result["heavy"]  # type: ignore[operator]
