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


def test_the_readme_layout_names_every_module() -> None:
    """The README's Layout section is where a newcomer finds a module: none is missing."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout") : readme.index("## Workarounds")]
    missing = []
    for path in sorted((REPO / "src" / "eventviewer").rglob("*.py")):
        package, name = path.parent.name, path.name
        if name == "__init__.py" and package not in ("app", "exports"):
            continue  # a package is named by its folder
        if f"`{name}`" not in layout and f"{package}/{name}" not in layout:
            missing.append(str(path.relative_to(REPO)))
    assert missing == []


def test_the_exports_registry_is_what_the_cli_and_readme_offer() -> None:
    """One registry of exports: the command line's kinds and the README's table agree."""
    from eventviewer.cli import suffixes_of
    from eventviewer.exports import EXPORTS, table_kinds

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    kinds = "\\|".join(table_kinds())
    assert f"`eventviewer --export-table {kinds} OUT.csv" in readme
    assert suffixes_of("export_chart") == (".png", ".svg")
    assert {e.suffix for e in EXPORTS} == {".png", ".svg", ".md", ".csv"}
