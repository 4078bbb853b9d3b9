"""A slice of the fuzzing run (benchmarks/fuzz.py runs 10,000 and more): 300 mutants of the
samples, one batch. Each gets a row; none is an uncaught exception, a hang or an internal error."""
from __future__ import annotations

import csv

import pytest

from plan_ingest import ingest

from conftest import SAMPLES
from mutate import write_mutants

SOURCES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".docx", ".txt", ".html", ".xlsx", ".odt"}
                 or p.name == "halton_delivery_plan.pdf")


def test_three_hundred_mutants(tmp_path):
    kinds = write_mutants(SOURCES, tmp_path / "mutants", 300, seed=1)
    result = ingest.run([tmp_path / "mutants"], out=tmp_path / "out", workers=2, timeout=30, memory_mb=1024,
                        cache=False, collect=False)
    with open(tmp_path / "out" / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["source_file"] for r in rows) == sorted(kinds)
    internal = [(r["source_file"], r["error"]) for r in rows if "internal error" in r["error"]]
    hangs = [r["source_file"] for r in rows if "timed out" in r["error"]]
    crashes = [r["source_file"] for r in rows if "worker" in r["error"]]
    assert (internal, hangs, crashes) == ([], [], [])
    assert result.tally.ok + result.tally.no_actions > 0 and result.tally.failed > 0


FOUND = sorted((SAMPLES.parent / "tests" / "fixtures" / "fuzz").glob("*.*"))


@pytest.mark.parametrize("path", FOUND, ids=lambda p: p.name)
def test_mutants_the_fuzzer_found(path):
    """Each once gave an internal error (a damaged zip header asking for zip version 21.2)."""
    from plan_ingest.ingest.discover import InputFile
    from plan_ingest.ingest.job import process_file

    result = process_file(InputFile(path, path.name))
    assert result.info.status == "failed" and "internal error" not in result.info.error
