"""A file that hangs, one that crashes its worker and one that exhausts memory: each becomes a failed
row with its reason, every other file's actions land, and `plan-ingest run` exits 1."""
from __future__ import annotations

import csv
import shutil
import subprocess

import pytest

from batch_faults import cli_command, write_plan
from conftest import ROOT, SAMPLES

FAULTS = [
    # (file, fault, what its row must say)
    ("hangs.txt", "hang", "timed out after 2 s"),
    ("crashes.txt", "crash", "worker crashed (SIGSEGV)"),
    ("eats_memory.txt", "memory", "ran out of memory"),
]
GOOD = ["halton_delivery_plan.pdf", "halton_delivery_plan.txt", "haringey_procurement_action_plan.docx",
        "haringey_procurement_action_plan.pdf", "nhs_patient_experience_plan.docx"]


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def faulty_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faulty")
    for name in GOOD:
        shutil.copy(SAMPLES / name, folder / name)
    body = (SAMPLES / "halton_delivery_plan.txt").read_text(encoding="utf-8")
    for name, fault, _ in FAULTS:
        write_plan(folder / name, body, fault)
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run(
        cli_command(str(folder), "-o", str(out), "--workers", "2", "--timeout", "2", "--memory", "768", "--quiet"),
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    return proc, out


@pytest.mark.parametrize("name,fault,reason", FAULTS, ids=[f[1] for f in FAULTS])
def test_fault_is_a_failed_row_with_its_reason(faulty_run, name, fault, reason):
    proc, out = faulty_run
    row = {r["source_file"]: r for r in _rows(out / "documents.csv")}[name]
    assert row["status"] == "failed"
    assert reason in row["error"]
    assert f"{name}: " in proc.stderr


def test_every_other_file_lands_and_exit_is_1(faulty_run):
    proc, out = faulty_run
    assert proc.returncode == 1, proc.stderr
    docs = {r["source_file"]: r for r in _rows(out / "documents.csv")}
    assert sorted(docs) == sorted(GOOD + [f[0] for f in FAULTS])
    per_file = {}
    for row in _rows(out / "actions.csv"):
        per_file[row["source_file"]] = per_file.get(row["source_file"], 0) + 1
    assert per_file == {name: int(docs[name]["actions"]) for name in GOOD}
    assert all(docs[name]["status"] == "ok" for name in GOOD)
