"""A batch survives bad files: each gets a `failed` row with a reason, the rest still lands, exit 1."""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLES, SHARED


def _read_documents(out):
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        return {row["source_file"]: row for row in csv.DictReader(fh)}


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    for sample in SAMPLES.iterdir():
        if sample.suffix in {".pdf", ".docx", ".txt"}:
            shutil.copy(sample, folder / sample.name)
    pdf = (SAMPLES / "haringey_procurement_action_plan.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (folder / "empty.docx").write_bytes(b"")
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run(
        [sys.executable, "-m", "plan_ingest.ingest.cli", "run", str(folder), "-o", str(out), "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    return proc, out


def test_bad_files_fail_with_a_reason_and_exit_1(bad_batch):
    proc, out = bad_batch
    assert proc.returncode == 1, proc.stderr
    docs = _read_documents(out)
    assert docs["truncated.pdf"]["status"] == "failed"
    assert "PDF" in docs["truncated.pdf"]["error"] or "pdf" in docs["truncated.pdf"]["error"]
    assert docs["empty.docx"]["status"] == "failed"
    assert "empty" in docs["empty.docx"]["error"]
    assert "truncated.pdf" in proc.stderr and "empty.docx" in proc.stderr


def test_other_files_still_land(bad_batch):
    _, out = bad_batch
    docs = _read_documents(out)
    good = [name for name in docs if name not in ("truncated.pdf", "empty.docx")]
    assert good and all(docs[name]["status"] == "ok" for name in good)
    with open(out / "actions.csv", encoding="utf-8-sig", newline="") as fh:
        sources = {row["source_file"] for row in csv.DictReader(fh)}
    assert sources == set(good)


def test_output_passes_the_contract_checker(bad_batch):
    _, out = bad_batch
    checker = SHARED / "tools" / "check_contract.py"
    if not checker.exists():
        pytest.skip("../shared/tools/check_contract.py not present")
    proc = subprocess.run([sys.executable, str(checker), str(out)], capture_output=True, text=True)
    assert proc.stdout.strip().splitlines()[-1] == "contract: ok", proc.stdout


def test_missing_input_is_bad_usage(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "plan_ingest.ingest.cli", "run", str(tmp_path / "nope"), "-o", str(tmp_path / "o")],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert proc.returncode == 2
    assert "no such file" in proc.stderr
