"""Test-only faults for the batch, installed in each worker by `run(worker_init=install)`.

A file whose first line is `#fault: KIND [ARG]` misbehaves as real files do inside a reader: it
hangs, crashes its worker, exhausts memory, or is merely slow and then read as usual.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

MARKER = b"#fault:"


def hang(arg: str) -> None:
    time.sleep(3600)


def crash(arg: str) -> None:
    # what a segfault in a C reader (pdfium, lxml) does to its process
    os.kill(os.getpid(), signal.SIGSEGV)


def exhaust_memory(arg: str) -> None:
    held = []
    for _ in range(4096):  # 256 GB at most: far past any cap the tests set
        held.append(b"x" * (64 << 20))


def slow(arg: str) -> None:
    time.sleep(float(arg or 0.2))


FAULTS = {"hang": hang, "crash": crash, "memory": exhaust_memory, "slow": slow}


def fault_line(kind: str, arg: str = "") -> str:
    return f"#fault: {kind} {arg}".rstrip() + "\n"


def install() -> None:
    """Wrap extractors.extract so that files carrying a fault marker act it out first."""
    from plan_ingest import extractors

    real = extractors.extract

    def extract(path, *args, **kwargs):
        with open(path, "rb") as fh:
            head = fh.readline()
        if head.startswith(MARKER):
            kind, _, arg = head[len(MARKER):].decode().strip().partition(" ")
            FAULTS[kind](arg)
        return real(path, *args, **kwargs)

    extractors.extract = extract


def write_plan(path: Path, body: str, fault: str = "", arg: str = "") -> Path:
    """A text-export plan, with a fault line first when `fault` is given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((fault_line(fault, arg) if fault else "") + body, encoding="utf-8")
    return path


HERE = Path(__file__).resolve().parent
# the real command line, with the faults installed in every worker it starts
CLI = f"""
import functools, sys
sys.path[:0] = [{str(HERE)!r}]
import batch_faults
import plan_ingest.ingest.runner as runner
runner.run = functools.partial(runner.run, worker_init=batch_faults.install)
from plan_ingest.ingest.cli import main
sys.exit(main(sys.argv[1:]))
"""


def cli_command(*args: str) -> list[str]:
    """argv for `plan-ingest run ARGS` with faults installed, for subprocess."""
    import sys

    return [sys.executable, "-c", CLI, "run", *args]


def small_plan(n: int, actions: int = 4) -> str:
    """A distinct little text-export plan: its own title, so its own action ids."""
    rows = "".join(
        f"{n}.{a}\tReview service area {n} item {a}\tHead of Service {a}\tBy March {2012 + a % 3}\tBetter value\n"
        for a in range(1, actions + 1)
    )
    return f"Service Plan {n} 2011 - 2014\n\nRef\tAction\tLead Officer\tTimeframe\tOutcome\n{rows}"


def pin_fingerprint(monkeypatch) -> None:
    """Pin the pipeline fingerprint for a test that runs twice: an edit to the pipeline's code
    between the two runs (by someone working on it) would otherwise empty the cache."""
    import hashlib

    from plan_ingest.ingest import runner

    from dataclasses import replace

    base = runner.pipeline_fingerprint(runner.JobSettings())
    # like the real fingerprint, it leaves the password out
    monkeypatch.setattr(runner, "pipeline_fingerprint", lambda settings: hashlib.sha256(
        f"{base}{replace(settings, password=None)}".encode()).hexdigest()[:20])
