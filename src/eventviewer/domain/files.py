"""Reading an event file safely, with the standard library only.

Regular files only (never a FIFO or device, which could block), opened read-only, refused
before reading when larger than :data:`MAX_FILE_BYTES`. Kept free of msgspec and the rest of the
domain so that the command line can start reading on a thread (``os.read`` releases the GIL)
while the validator is still being imported: :class:`ReadAhead`.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

MAX_FILE_BYTES = 512 * 1024 * 1024


class Refused(Exception):
    """Not a file we read; the message says why."""


def read_regular_file(path: Path) -> bytes:
    """The file's bytes; raises :class:`Refused` or the ``OSError`` of the failing call."""
    _check(os.stat(path))
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        _check(os.fstat(fh.fileno()))  # it may have been replaced since the stat
        return fh.read(MAX_FILE_BYTES + 1)


def _check(st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise Refused("is a directory, not an event file")
    if not stat.S_ISREG(st.st_mode):
        raise Refused("is not a regular file (FIFO, device or socket)")
    if st.st_size > MAX_FILE_BYTES:
        raise Refused(
            f"file is {st.st_size / 2**20:,.0f} MiB; the limit is {MAX_FILE_BYTES // 2**20} MiB"
        )


class ReadAhead:
    """:func:`read_regular_file` on a thread; :meth:`result` gives its bytes or raises its error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: bytes | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._read, name="eventviewer-read", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            self._data = read_regular_file(self.path)
        except Exception as exc:  # handed to the caller of result(), in its thread
            self._error = exc

    def result(self) -> bytes:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._data is not None
        return self._data
