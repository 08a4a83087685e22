"""Find the data bundled with the app, whichever way it was installed.

A wheel carries ``resources/`` inside the package (``eventviewer/resources``, see
pyproject.toml); an editable install or a plain checkout finds the top-level ``resources/``
beside ``src/``. Each bundled edition of the series is one file, ``events/<id>.json``; its id
(``2023-yunnan``) can be given wherever an event file can.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path

DEFAULT_EDITION = "2023-yunnan"
EVENTS = "events"
TEXTS = "sources"  # bundled copies of source texts, which paragraph locators count in
EDITION_ID = re.compile(r"\d{4}-[a-z]+(?:-[a-z]+)*")


@functools.cache  # where the package lies does not change while it runs
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    default = f"{EVENTS}/{DEFAULT_EDITION}.json"
    for candidate in (package / "resources", package.parent.parent / "resources"):
        if (candidate / default).is_file():
            return candidate
    raise FileNotFoundError(
        f"bundled data not found next to {package} (looked for resources/{default})"
    )


def bundled_event_path() -> Path:
    """The edition the app opens when given none."""
    return edition_path(DEFAULT_EDITION)


def edition_path(edition_id: str) -> Path:
    return resources_dir() / EVENTS / f"{edition_id}.json"


def edition_ids() -> list[str]:
    """The bundled editions' ids, oldest first (an id starts with its year)."""
    return sorted(p.stem for p in (resources_dir() / EVENTS).glob("*.json"))


def resolve(name: str) -> str | Path:
    """The file a FILE argument names: an existing path, else a bundled edition's id, else the
    name as given (whose loading then says what is wrong with it)."""
    if EDITION_ID.fullmatch(name) and not Path(name).exists() and edition_path(name).is_file():
        return edition_path(name)
    return name


def edition_names(paths: Sequence[Path]) -> list[str]:
    """What a comparison calls each file: a bundled edition's id, else the file's name."""
    folders: dict[Path, Path] = {}  # each folder resolved once (a thousand files share one)
    bundled_folder = (resources_dir() / EVENTS).resolve()
    names = []
    for path in paths:
        try:
            if path.is_symlink():
                where = path.resolve().parent
            else:
                where = folders.setdefault(path.parent, path.parent.resolve())
            bundled = where == bundled_folder
        except OSError:
            bundled = False
        names.append(path.stem if bundled else path.name)
    return names


@functools.cache
def paragraph_count(file: str) -> int | None:
    """How many paragraphs (blocks separated by a blank line) the bundled source text ``file``
    has; None when no such text is bundled (a paragraph locator then cannot be checked)."""
    if Path(file).name != file:
        return None
    try:
        text = (resources_dir() / TEXTS / file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return sum(1 for block in re.split(r"\n[ \t]*\n", text) if block.strip())
