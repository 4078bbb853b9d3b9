"""Every option of a run, each default written once, and the exit statuses every command shares.

The Python API and the command line both build a RunSettings; `resolve()` checks each value the
way pdfplumber's TableSettings does, so a bad option fails before any file is opened.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

from plan_ingest.extractors.model import OCR_MODES
from plan_ingest.output.schema import FORMATS

# Exit statuses, the same for the same condition in every command (README, "Exit status").
EXIT_OK = 0  # every file was read (its actions found, or none in it)
EXIT_FAILED = 1  # some file is broken, hostile or over a limit; its documents.csv row says why
EXIT_USAGE = 2  # bad usage: an unknown option, a missing input, an output folder that can't be written
EXIT_UNSUPPORTED = 3  # no file failed, but some need a program this machine lacks (LibreOffice, Tesseract)
EXIT_NO_INPUT = 4  # the inputs hold no document of a type plan-ingest reads
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM; OUTDIR left as it was


class UsageError(ValueError):
    """An option or input that can't be used; the message says which and why, for a person."""


@dataclass(frozen=True)
class RunSettings:
    """How a batch runs. None means "decide for this machine and this input" where noted."""

    formats: tuple[str, ...] = FORMATS  # output files: csv, parquet, xlsx, jsonl
    password: str | None = None  # for encrypted PDFs; never written anywhere
    ocr: str = "auto"  # scanned PDF pages: auto (OCR pages that are only an image), always, never
    # worker processes; None: in this process for a few files (a pool costs more than it saves),
    # else one per core; 0: always in this process
    workers: int | None = None
    timeout: float | None = 300.0  # seconds per file; None or 0: no limit
    memory_mb: int | None = None  # per worker; None: a share of RAM between 1 and 4 GB; 0: no cap
    cache: bool = True  # reuse results of unchanged files from OUTDIR/.plan-ingest
    dask: str | None = None  # a Dask scheduler address, or "local"
    files_per_worker: int = 100  # a worker is replaced after this many files, so leaks can't build up
    pool_min_files: int = 4  # with workers=None, fewer files than this are read in this process
    lock_wait: float = 600.0  # seconds to wait for another run writing the same OUTDIR, then refuse
    db: str | None = None  # a tracking database to load: a SQLite file, or a postgresql:// URL

    def resolve(self) -> RunSettings:
        """This settings object checked, with automatic values still None."""
        formats = tuple(f.strip().lower() for f in self.formats if f.strip())
        bad = [f for f in formats if f not in FORMATS]
        if bad or not formats:
            raise UsageError(f"unknown output format {', '.join(bad) or '(none)'}: choose from {','.join(FORMATS)}")
        for name in ("workers", "memory_mb", "files_per_worker", "pool_min_files"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                raise UsageError(f"{name} must be a whole number of 0 or more (got {value!r})")
        if self.timeout is not None and not (isinstance(self.timeout, int | float) and self.timeout >= 0):
            raise UsageError(f"timeout must be a number of seconds, 0 or more (got {self.timeout!r})")
        if self.ocr not in OCR_MODES:
            raise UsageError(f"ocr must be one of {', '.join(OCR_MODES)} (got {self.ocr!r})")
        if self.files_per_worker == 0:
            raise UsageError("files_per_worker must be at least 1")
        return replace(self, formats=formats, timeout=self.timeout or None)

    @classmethod
    def of(cls, settings: RunSettings | None = None, **options: Any) -> RunSettings:
        """`settings` (or the defaults) with `options` applied by name; an unknown name is an error."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"unknown option {', '.join(unknown)}: choose from {', '.join(sorted(known))}")
        if isinstance(options.get("formats"), str):
            options["formats"] = tuple(options["formats"].split(","))
        elif options.get("formats") is not None:
            options["formats"] = tuple(options["formats"])
        return replace(settings or cls(), **options).resolve()


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_memory_mb(workers: int) -> int | None:
    """Per-worker cap: a share of the machine's memory, between 1 and 4 GB."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / (1024 * 1024)
    except (AttributeError, ValueError, OSError):
        return None
    return int(min(4096, max(1024, 0.8 * total / max(1, workers))))
