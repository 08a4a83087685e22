"""Writing an output file (PDF, PNG): atomically, never over the event file being shown.

One guard and one writer for every output: the content goes to a QSaveFile (a temporary file
beside the target, renamed over it only once everything was written), so a failed or
interrupted write leaves any existing file as it was, and write errors such as a full disk are
reported instead of leaving a short file. New files get the permissions the user's umask gives.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileDevice, QIODevice, QSaveFile


class SaveError(Exception):
    """The file could not be written; the message names it and says why."""


def save_file(
    out: str | os.PathLike[str],
    write: Callable[[QIODevice], bool],
    *,
    source: Path | Sequence[Path] | None,
) -> Path:
    """Write ``out`` through ``write`` (False: it failed); never over the file ``source`` (or
    any of several), never inside the installed app, never in place of something that is not a
    regular file."""
    target = Path(out).expanduser().absolute()
    try:
        _check_target(target, source)
    except OSError as exc:  # e.g. a folder on the way that this user may not enter
        raise SaveError(f"{target}: {(exc.strerror or str(exc)).lower()}") from None
    kept = "; the old file was kept" if target.exists() else ""
    file = QSaveFile(str(target))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise SaveError(f"{target}: cannot write in {target.parent}: {file.errorString()}")
    try:
        written = write(file)
    except IncompleteWrite as short:
        file.cancelWriting()
        raise SaveError(f"{target}: could not be written completely: {short}{kept}") from None
    except BaseException:
        file.cancelWriting()
        raise
    if not written:
        file.cancelWriting()
        raise SaveError(f"{target}: could not produce the content")
    if not file.commit():
        reason = file.errorString().lower()
        raise SaveError(f"{target}: could not be written completely: {reason}{kept}")
    return target


class IncompleteWrite(Exception):
    """Raised by :func:`write_bytes`: the device took fewer bytes than it was given; the
    message is the system's reason."""


def write_bytes(device: QIODevice, data: bytes) -> bool:
    """Write all of ``data`` (for a ``write`` callback of :func:`save_file`); a device that
    takes less (a full disk, a size limit) ends the save with the reason."""
    taken = device.write(data)
    if taken != len(data):
        raise IncompleteWrite(_why_short(device, data[max(taken, 0) :]))
    return True


def _why_short(device: QIODevice, rest: bytes) -> str:
    """The system's reason for a short write ("no space left on device"). Qt reports none
    for one, so the next byte is written to the file's descriptor directly, to hear the
    error; the file is about to be discarded anyway."""
    handle = device.handle() if isinstance(device, QFileDevice) else -1
    try:
        if handle >= 0 and rest:
            os.write(handle, rest[:1])
    except OSError as exc:
        return (exc.strerror or str(exc)).lower()
    return "the device took only part of the data"


def _check_target(target: Path, source: Path | Sequence[Path] | None) -> None:
    sources = [source] if isinstance(source, Path) else list(source or ())
    if any(_same_file(target, s) for s in sources):
        raise SaveError(f"{target}: refusing to write over the input data file")
    if any(target.resolve().is_relative_to(place) for place in _app_places()):
        raise SaveError(f"{target}: refusing to write inside the installed eventviewer")
    if target.is_dir():
        raise SaveError(f"{target}: is a directory")
    if target.exists() and not target.is_file():
        raise SaveError(f"{target}: is not a regular file (a device, FIFO or socket)")
    if not target.parent.is_dir():
        raise SaveError(f"{target}: folder {target.parent} does not exist")


def _app_places() -> tuple[Path, ...]:
    """The installed package and the folder of its bundled data (beside it in a checkout)."""
    from .domain.bundled import resources_dir

    return (Path(__file__).resolve().parent, resources_dir())


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()
