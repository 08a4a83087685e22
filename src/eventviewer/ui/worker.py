"""One background thread that runs jobs one after another, the newest last.

A plain Python thread pool rather than QThreadPool with QRunnable.create: PySide keeps the
Python wrapper of an auto-deleted QRunnable after Qt frees it, and a Qt object created later
at the same address (the application's style was one) was then seen as that QRunnable — the
layout tests met it as ``'QRunnable' object has no attribute 'name'``. Results reach the GUI
thread through queued Qt signals, emitted from here.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor


class SerialWorker:
    def __init__(self, name: str) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pending: list[Future[None]] = []
        self._stopped = False

    def submit(self, job: Callable[[], None]) -> None:
        """Run ``job`` after the one running now; jobs not started yet are dropped (the newer
        one replaces them). Nothing runs once stopped."""
        if self._stopped:
            return
        for future in self._pending:
            future.cancel()
        self._pending = [f for f in self._pending if not f.done()]
        self._pending.append(self._executor.submit(job))

    def stop(self) -> None:
        """Drop the jobs not started and wait for the running one (nothing may be delivered
        after the owner is gone)."""
        self._stopped = True
        for future in self._pending:
            future.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)
