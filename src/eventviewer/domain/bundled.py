"""Find the data bundled with the app, whichever way it was installed.

A wheel carries ``resources/`` inside the package (``eventviewer/resources``, see
pyproject.toml); an editable install or a plain checkout finds the top-level ``resources/``
beside ``src/``.
"""

from __future__ import annotations

from pathlib import Path

BUNDLED_EVENT = "events/yunnan-2023.json"


def resources_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "resources", package.parent.parent / "resources"):
        if (candidate / BUNDLED_EVENT).is_file():
            return candidate
    raise FileNotFoundError(
        f"bundled data not found next to {package} (looked for resources/{BUNDLED_EVENT})"
    )


def bundled_event_path() -> Path:
    return resources_dir() / BUNDLED_EVENT
