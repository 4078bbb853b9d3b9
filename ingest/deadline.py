"""A time limit for a file read in this process (no worker pool): SIGALRM stops it.

The pool enforces its limit by replacing the worker; in this process the alarm can only interrupt
Python code, so a single C call (a long pdfium render) finishes first. Off the main thread, or
where there is no SIGALRM (Windows), there is no limit.
"""
from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class FileTimeout(BaseException):
    """Raised into a file's job when its time is up. A BaseException, so the job's own
    `except Exception` (which turns errors into `failed` rows) lets it through."""

    def __init__(self, limit: float, seconds: float):
        super().__init__(f"timed out after {limit:g} s")
        self.reason, self.seconds = f"timed out after {limit:g} s", seconds


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    started = time.perf_counter()

    def expire(signum, frame):
        raise FileTimeout(seconds, time.perf_counter() - started)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
