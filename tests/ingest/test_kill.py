"""A run killed half-way leaves no output that looks complete, no worker behind, and a second run
finishes the job from the cache with the full result."""
from __future__ import annotations

import signal
import subprocess
import time

import pytest

from plan_ingest import ingest

from batch_faults import cli_command, small_plan, write_plan
from conftest import ROOT

FILES = 12
OUTPUTS = ["actions.csv", "actions.jsonl", "actions.parquet", "actions.xlsx", "documents.csv"]


def _cache_entries(out):
    return [p for p in (out / ".plan-ingest" / "cache").rglob("*.json")]


def _descendants(pid: int) -> list:
    psutil = pytest.importorskip("psutil")
    return psutil.Process(pid).children(recursive=True)


@pytest.fixture()
def slow_batch(tmp_path):
    folder = tmp_path / "plans"
    for n in range(FILES):
        write_plan(folder / f"plan{n:02d}.txt", small_plan(n), "slow", "0.4")
    return folder


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killed_run_leaves_nothing_partial_and_a_rerun_finishes(tmp_path, slow_batch, how):
    out = tmp_path / "out"
    proc = subprocess.Popen(cli_command(str(slow_batch), "-o", str(out), "--workers", "2", "--quiet"),
                            cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(_cache_entries(out)) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    workers = _descendants(proc.pid)
    proc.send_signal(how)
    proc.wait(30)

    assert not [name for name in OUTPUTS if (out / name).exists()]
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))
    gone_by = time.monotonic() + 10
    while any(w.is_running() and w.status() != "zombie" for w in workers) and time.monotonic() < gone_by:
        time.sleep(0.1)
    assert not [w.pid for w in workers if w.is_running() and w.status() != "zombie"], "workers outlived the run"
    if how == signal.SIGTERM:
        assert proc.returncode == 130 and "interrupted" in proc.stderr.read()

    done_before = len(_cache_entries(out))
    rerun = ingest.run([slow_batch], out=out, workers=2)
    assert rerun.tally.files == FILES and rerun.tally.cached >= done_before >= 3
    assert not (out / ".plan-ingest" / "tmp").exists()
    # the same result as one uninterrupted run (in this process, where the slow marker is just a line)
    reference = ingest.run([slow_batch], out=tmp_path / "reference", workers=0, cache=False)
    assert reference.tally.files == FILES
    for name in OUTPUTS[:2]:
        assert (out / name).read_bytes() == (tmp_path / "reference" / name).read_bytes()
