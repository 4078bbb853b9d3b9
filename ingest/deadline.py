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


def timed_out(limit: float) -> str:
    """The reason a file over its time limit gets, the same however the limit was enforced."""
    return (f"timed out after {limit:g} s (give it longer with --timeout; scanned pages take a few "
            f"seconds each to read by OCR)")


class FileTimeout(BaseException):
    """Raised into a file's job when its time is up. A BaseException, so the job's own
    `except Exception` (which turns errors into `failed` rows) lets it through."""

    def __init__(self, limit: float, seconds: float):
        super().__init__(timed_out(limit))
        self.reason, self.seconds = timed_out(limit), seconds


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
