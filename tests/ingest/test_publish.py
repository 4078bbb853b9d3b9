"""Outputs published as one set: a reader sees the whole old set or the whole new one, even when
a run is killed while publishing; two runs into one folder take turns and keep each other's cache."""
from __future__ import annotations

import csv
import random
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq

from batch_faults import small_plan, write_plan
from conftest import ROOT


def _cli(*args):
    return [sys.executable, "-m", "plan_ingest.ingest.cli", "run", *map(str, args)]


def _consistent(out) -> tuple[int, int]:
    """(documents, actions) of OUTDIR's current set, checking every file belongs to the same run."""
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        documents = list(csv.DictReader(fh))
    with open(out / "actions.csv", encoding="utf-8-sig", newline="") as fh:
        actions = list(csv.DictReader(fh))
    assert sum(int(d["actions"]) for d in documents) == len(actions)
    assert pq.read_table(out / "actions.parquet").num_rows == len(actions)
    assert sum(1 for _ in open(out / "actions.jsonl", encoding="utf-8")) == len(actions)
    return len(documents), len(actions)


def _plans(folder, n, actions):
    for k in range(n):
        write_plan(folder / f"plan{k:02d}.txt", small_plan(k, actions=actions))
    return folder


def test_a_run_killed_while_publishing_leaves_a_whole_set(tmp_path):
    small = _plans(tmp_path / "small", 3, 2)
    large = _plans(tmp_path / "large", 8, 5)
    out = tmp_path / "out"
    subprocess.run(_cli(small, "-o", out, "-q", "-j", "0"), cwd=ROOT, check=True)
    rnd = random.Random(7)
    seen = set()
    for attempt in range(6):
        source = large if attempt % 2 == 0 else small
        proc = subprocess.Popen(_cli(source, "-o", out, "-q", "-j", "0", "--no-cache"), cwd=ROOT)
        time.sleep(rnd.uniform(0.5, 2.5))  # somewhere in reading, writing or publishing
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        seen.add(_consistent(out))
    assert seen <= {(3, 6), (8, 40)}


def test_two_runs_into_one_folder_take_turns_and_keep_each_others_cache(tmp_path):
    first = _plans(tmp_path / "first", 6, 3)
    second = _plans(tmp_path / "second", 2, 4)
    (second / "plan00.txt").write_text(small_plan(50, actions=4), encoding="utf-8")
    out = tmp_path / "out"
    a = subprocess.Popen(_cli(first, "-o", out, "-q", "-j", "2"), cwd=ROOT, stderr=subprocess.PIPE, text=True)
    b = subprocess.Popen(_cli(second, "-o", out, "-q", "-j", "0"), cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert (a.wait(120), b.wait(120)) == (0, 0), a.stderr.read() + b.stderr.read()
    entries = list((out / ".plan-ingest" / "cache").rglob("*.json"))
    assert len(entries) == 8  # both batches' files, none lost to the other run's pruning
    _consistent(out)
    again = subprocess.run(_cli(first, "-o", out, "--summary-json", "-", "-q"), cwd=ROOT,
                           capture_output=True, text=True, check=True)
    assert '"cached": 6' in again.stdout
