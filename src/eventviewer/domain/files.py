"""Reading an event file safely: its bytes, or an :class:`EventFileError` saying why not.

Regular files only (never a FIFO or device, which could block), opened read-only, refused
before reading when larger than :data:`MAX_FILE_BYTES`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import EventFileError, Problem
from .i18n import translate

MAX_FILE_BYTES = 512 * 1024 * 1024


class Refused(Exception):
    """Not a file we read; the message says why."""


def read_event_bytes(path: Path) -> bytes:
    """The bytes of the event file at ``path``; every failure is an :class:`EventFileError`."""
    try:
        return read_regular_file(path)
    except FileNotFoundError:
        reason = translate("loader", "no such file")
    except Refused as exc:
        reason = str(exc)
    except OSError as exc:
        loop = exc.errno == errno.ELOOP
        loop_words = translate("loader", "symbolic link loop")
        reason = loop_words if loop else (exc.strerror or str(exc)).lower()
    raise EventFileError(str(path), [Problem("", reason)])


def read_regular_file(path: Path) -> bytes:
    """The file's bytes; raises :class:`Refused` or the ``OSError`` of the failing call."""
    _check(os.stat(path))
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        _check(st)  # it may have been replaced since the stat
        data = fh.read(st.st_size + 1)  # one byte more tells whether it grew since
        if len(data) > st.st_size:
            data += fh.read(MAX_FILE_BYTES + 1 - len(data))
        return data


def _check(st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise Refused(translate("loader", "is a directory, not an event file"))
    if not stat.S_ISREG(st.st_mode):
        raise Refused(translate("loader", "is not a regular file (FIFO, device or socket)"))
    if st.st_size > MAX_FILE_BYTES:
        raise Refused(
            translate("loader", "file is {size} MiB; the limit is {limit} MiB").format(
                size=f"{st.st_size / 2**20:,.0f}", limit=MAX_FILE_BYTES // 2**20
            )
        )
