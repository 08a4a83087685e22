"""The shape of the code: its layers, and functions short enough to read."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

LONGEST_FUNCTION = 60  # lines, docstring included


def test_no_function_in_src_is_longer_than_60_lines() -> None:
    """A 257-line builder hid an untranslated " and more"; ruff counts branches and
    statements, not lines, so the lines are counted here."""
    long = []
    for path in sorted((REPO / "src" / "eventviewer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                lines = node.end_lineno - node.lineno + 1
                if lines > LONGEST_FUNCTION:
                    long.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name} {lines}")
    assert long == []


def test_the_import_contracts_hold() -> None:
    """domain < saving < charts < printing < exports < ui < app < cli (pyproject.toml)."""
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert tool is not None, "import-linter is a test dependency"
    out = subprocess.run([tool], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout[-3000:]
    assert "0 broken" in out.stdout
