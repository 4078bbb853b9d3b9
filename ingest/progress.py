"""How a batch reports itself: a progress bar on a terminal (files, actions, failures, ETA), a line
per file when verbose, and the one-line summary a run ends with.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from plan_ingest.normalise import DocumentInfo

Callback = Callable[[int, int, DocumentInfo], None]
log = logging.getLogger("plan_ingest")


@dataclass
class Tally:
    files: int = 0
    ok: int = 0
    no_actions: int = 0
    failed: int = 0
    unsupported: int = 0
    cached: int = 0
    actions: int = 0

    def add(self, info: DocumentInfo, cached: bool) -> None:
        self.files += 1
        self.cached += cached
        self.actions += info.actions if info.status != "failed" else 0
        if info.status == "ok":
            self.ok += 1
        elif info.status == "no_actions":
            self.no_actions += 1
        elif info.status == "unsupported":
            self.unsupported += 1
        else:
            self.failed += 1


def file_line(info: DocumentInfo, cached: bool = False) -> str:
    detail = info.error if info.status in ("failed", "unsupported") else f"{info.actions} actions"
    when = "cached" if cached else f"{info.seconds:.1f}s"
    return f"{info.source_file}: {info.status}, {detail} ({when})"


def summary_line(tally: Tally, out: str, seconds: float, up_to_date: bool = False) -> str:
    cached = f" ({tally.cached} unchanged, from the cache)" if tally.cached else ""
    written = f"{out} already up to date" if up_to_date else f"written to {out}"
    unsupported = f", {tally.unsupported} unsupported here" if tally.unsupported else ""
    return (
        f"{tally.files} files{cached}: {tally.ok} ok, {tally.no_actions} without actions, "
        f"{tally.failed} failed{unsupported}; {tally.actions} actions {written} in {seconds:.1f}s"
    )


class Progress:
    """Counts files as they finish and shows them: `bar` draws a bar when `stream` is a terminal,
    `verbose` writes a line per file, `callback(n, total, info)` is called per file."""

    def __init__(self, total: int, bar: bool = False, verbose: bool = False,
                 callback: Callback | None = None, stream: TextIO | None = None):
        self.total, self.verbose, self.callback = total, verbose, callback
        self.stream = stream or sys.stderr
        self.tally = Tally()
        self.bar = None
        if bar and total and getattr(self.stream, "isatty", lambda: False)():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", file=self.stream, dynamic_ncols=True,
                            mininterval=0.25, smoothing=0.05, leave=False)

    def detail(self, info: DocumentInfo, detail: str) -> None:
        """What went wrong inside, for a developer: to the log, and to the screen with --verbose."""
        log.debug("%s: %s", info.source_file, detail)
        if self.verbose:
            print(f"{info.source_file}: {detail.rstrip()}", file=self.stream)

    def update(self, info: DocumentInfo, cached: bool = False) -> None:
        self.tally.add(info, cached)
        # every file to the log (`--log-file`); failures as warnings
        log.log(logging.WARNING if info.status in ("failed", "unsupported") else logging.INFO,
                "%s", file_line(info, cached))
        if self.verbose:
            line = f"[{self.tally.files}/{self.total}] {file_line(info, cached)}"
            if self.bar is not None:
                self.bar.write(line, file=self.stream)
            else:
                print(line, file=self.stream)
        if self.callback:
            self.callback(self.tally.files, self.total, info)
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.tally.actions} actions, {self.tally.failed} failed", refresh=False)
            self.bar.update()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
