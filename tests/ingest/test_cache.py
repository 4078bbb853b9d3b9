"""Incremental runs: unchanged files come from the cache in OUTDIR, and the outputs still describe
exactly the input set as it is now (changed files re-read, removed files gone)."""
from __future__ import annotations

import csv
import subprocess
import sys

import pytest

import plan_ingest.ingest.cache as cache_module
from plan_ingest import ingest

from batch_faults import pin_fingerprint, small_plan, write_plan
from conftest import ROOT


def _sources(out):
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        return [row["source_file"] for row in csv.DictReader(fh)]


def _entries(out):
    return sorted(p.name for p in (out / ".plan-ingest" / "cache").rglob("*.json"))


@pytest.fixture(autouse=True)
def steady_code(monkeypatch):
    pin_fingerprint(monkeypatch)


@pytest.fixture()
def plans(tmp_path):
    folder = tmp_path / "plans"
    for n in range(4):
        write_plan(folder / f"plan{n}.txt", small_plan(n))
    return folder


def _change(folder):
    write_plan(folder / "plan1.txt", small_plan(1, actions=6))


def _remove(folder):
    (folder / "plan2.txt").unlink()


def _add(folder):
    write_plan(folder / "plan9.txt", small_plan(9))


def _nothing(folder):
    pass


# (what happens between two runs, cache on?, files read again on the second run, files listed after)
CASES = [
    ("nothing", _nothing, True, 0, ["plan0.txt", "plan1.txt", "plan2.txt", "plan3.txt"]),
    ("one changed", _change, True, 1, ["plan0.txt", "plan1.txt", "plan2.txt", "plan3.txt"]),
    ("one removed", _remove, True, 0, ["plan0.txt", "plan1.txt", "plan3.txt"]),
    ("one added", _add, True, 1, ["plan0.txt", "plan1.txt", "plan2.txt", "plan3.txt", "plan9.txt"]),
    ("--no-cache", _nothing, False, 4, ["plan0.txt", "plan1.txt", "plan2.txt", "plan3.txt"]),
]


@pytest.mark.parametrize("what,between,cache,reread,listed", CASES, ids=[c[0] for c in CASES])
def test_second_run(tmp_path, plans, what, between, cache, reread, listed):
    out = tmp_path / "out"
    ingest.run([plans], out=out, workers=0)
    between(plans)
    second = ingest.run([plans], out=out, workers=0, cache=cache)
    assert second.tally.files - second.tally.cached == reread
    assert _sources(out) == listed
    # the whole set as a fresh run sees it, byte for byte
    fresh = tmp_path / "fresh"
    ingest.run([plans], out=fresh, workers=0, cache=False)
    assert (out / "actions.csv").read_bytes() == (fresh / "actions.csv").read_bytes()
    # entries of files no longer there stay for a while (another batch may share the folder);
    # once no run has used them for UNUSED_DAYS they go, and one per file remains
    assert len(_entries(out)) >= len(listed)
    _age(out, days=cache_module.UNUSED_DAYS + 1)
    ingest.run([plans], out=out, workers=0)
    assert len(_entries(out)) == len(listed)


def _age(out, days: float) -> None:
    import os
    import time

    then = time.time() - days * 86400
    for entry in (out / ".plan-ingest" / "cache").rglob("*.json"):
        os.utime(entry, (then, then))


def test_the_password_is_never_part_of_what_is_written(tmp_path, plans):
    """Nothing in OUTDIR derives from the password, so nobody who can read it can test guesses."""
    out = tmp_path / "out"
    ingest.run([plans], out=out, workers=0, password="first secret")
    again = ingest.run([plans], out=out, workers=0, password="second secret")
    assert again.tally.cached == 4
    written = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file())
    names = " ".join(str(p) for p in out.rglob("*"))
    assert b"secret" not in written and "secret" not in names


def test_a_damaged_entry_is_read_again(tmp_path, plans):
    out = tmp_path / "out"
    ingest.run([plans], out=out, workers=0)
    entry = next((out / ".plan-ingest" / "cache").rglob("*.json"))
    entry.write_text("{not json", encoding="utf-8")
    again = ingest.run([plans], out=out, workers=0)
    assert (again.tally.cached, again.tally.failed) == (3, 0)


def test_an_entry_edited_by_hand_is_detected_and_read_again(tmp_path, plans):
    """The entry still parses and has the right types, but its signature no longer fits."""
    out = tmp_path / "out"
    ingest.run([plans], out=out, workers=0)
    entry = next(p for p in (out / ".plan-ingest" / "cache").rglob("*.json") if b"plan0" in p.read_bytes())
    entry.write_bytes(entry.read_bytes().replace(b"Review", b"Ignore"))
    again = ingest.run([plans], out=out, workers=0)
    assert (again.tally.cached, again.tally.failed) == (3, 0)
    assert b"Ignore" not in (out / "actions.csv").read_bytes()


def test_a_planted_failure_is_tried_again(tmp_path, plans):
    from plan_ingest.ingest.cache import ResultCache
    from plan_ingest.ingest.discover import InputFile
    from plan_ingest.ingest.job import JobSettings, failed_result
    from plan_ingest.ingest.storage import Store, file_sha256

    out = tmp_path / "out"
    ingest.run([plans], out=out, workers=0)
    from plan_ingest.ingest import runner

    cache = ResultCache(Store(out / ".plan-ingest" / "cache"), runner.pipeline_fingerprint(JobSettings()))
    path = plans / "plan0.txt"
    key = ResultCache.key(file_sha256(path), "plan0.txt")
    planted = failed_result(InputFile(path, "plan0.txt"), "planted")
    cache.store.write(cache._name(key), cache._sign(cache_module.encode(planted)))  # signed, even
    again = ingest.run([plans], out=out, workers=0)
    assert again.tally.failed == 0 and again.tally.cached == 3


def test_failures_are_not_cached(tmp_path, plans):
    (plans / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    out = tmp_path / "out"
    first = ingest.run([plans], out=out, workers=0)
    again = ingest.run([plans], out=out, workers=0)
    assert [d.source_file for d in first.failed] == ["broken.pdf"] == [d.source_file for d in again.failed]
    assert again.tally.cached == 4


def test_cli_no_cache_reads_every_file(tmp_path, plans):
    out = tmp_path / "out"
    ingest.run([plans], out=out, workers=0)
    proc = subprocess.run([sys.executable, "-m", "plan_ingest.ingest.cli", "run", str(plans), "-o", str(out), "--no-cache",
                           "--workers", "0"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "from the cache" not in proc.stderr and "4 files: 4 ok" in proc.stderr


def test_output_folder_inside_the_input_folder_is_not_read(tmp_path, plans):
    out = plans / "results"
    ingest.run([plans], out=out, workers=0)
    again = ingest.run([plans], out=out, workers=0)
    assert again.tally.files == 4 and _sources(out) == [f"plan{n}.txt" for n in range(4)]


def _touch_output(out):
    with open(out / "actions.csv", "ab") as fh:
        fh.write(b"edited by hand\r\n")


def _remove_output(out):
    (out / "actions.jsonl").unlink()


# a re-run with nothing changed leaves complete outputs as they are, unless... (what, change, kw, kept)
UP_TO_DATE = [
    ("nothing changed", lambda plans, out: None, {}, True),
    ("an output edited by hand", lambda plans, out: _touch_output(out), {}, False),
    ("an output removed", lambda plans, out: _remove_output(out), {}, False),
    ("an input changed", lambda plans, out: _change(plans), {}, False),
    ("other formats asked for", lambda plans, out: None, {"formats": ["csv"]}, False),
    ("the last run had a failure", lambda plans, out: (plans / "bad.pdf").write_bytes(b"%PDF-"), {}, False),
    ("--no-cache", lambda plans, out: None, {"cache": False}, False),
]


@pytest.mark.parametrize("what,change,kw,kept", UP_TO_DATE, ids=[c[0] for c in UP_TO_DATE])
def test_unchanged_run_leaves_outputs_alone(tmp_path, plans, what, change, kw, kept):
    out = tmp_path / "out"
    if what == "the last run had a failure":
        change(plans, out)
    ingest.run([plans], out=out, workers=0, collect=False)
    if what != "the last run had a failure":
        change(plans, out)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
    again = ingest.run([plans], out=out, workers=0, collect=False, **kw)
    assert again.up_to_date == kept
    after = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
    assert (after == before) == kept
    fresh = ingest.run([plans], out=tmp_path / "fresh", workers=0, **{**kw, "cache": False})
    assert (out / "actions.csv").read_bytes() == (tmp_path / "fresh" / "actions.csv").read_bytes()
    assert again.tally.files == fresh.tally.files and again.tally.actions == fresh.tally.actions
