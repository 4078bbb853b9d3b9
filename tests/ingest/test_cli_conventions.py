"""The command line behaves like its peers: --version, lists of files, glob patterns,
include/exclude, a JSON summary, a log file, and one exit status per condition in every command."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys

import pytest

import plan_ingest

from conftest import FIXTURES, SAMPLES

HARINGEY = SAMPLES / "haringey_procurement_action_plan"


def cli(*args, stdin=None, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "plan_ingest.ingest.cli", *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=180, cwd=cwd, env=env)


def documents(out):
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        return {row["source_file"]: row for row in csv.DictReader(fh)}


@pytest.fixture
def plans(tmp_path):
    folder = tmp_path / "plans"
    (folder / "drafts").mkdir(parents=True)
    shutil.copy(HARINGEY.with_suffix(".docx"), folder / "haringey.docx")
    shutil.copy(SAMPLES / "nhs_patient_experience_plan.docx", folder / "nhs.docx")
    shutil.copy(SAMPLES / "halton_delivery_plan.txt", folder / "drafts" / "halton_draft.txt")
    return folder


def test_version():
    proc = cli("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"plan-ingest {plan_ingest.__version__}"


def test_files_from_standard_input(plans, tmp_path):
    listing = f"{plans / 'nhs.docx'}\n# a comment\n\n{plans / 'haringey.docx'}\n"
    proc = cli("run", "--files-from", "-", "-o", tmp_path / "out", "-q", stdin=listing)
    assert proc.returncode == 0, proc.stderr
    assert sorted(documents(tmp_path / "out")) == ["haringey.docx", "nhs.docx"]


def test_glob_pattern_and_exclude(plans, tmp_path):
    proc = cli("run", str(plans / "**" / "*.*"), "--exclude", "*draft*", "-o", tmp_path / "out", "-q")
    assert proc.returncode == 0, proc.stderr
    assert sorted(documents(tmp_path / "out")) == ["haringey.docx", "nhs.docx"]


def test_include_keeps_only_matching_files_from_folders(plans, tmp_path):
    proc = cli("run", plans, "--include", "drafts/*", "-o", tmp_path / "out", "-q")
    assert proc.returncode == 0, proc.stderr
    assert list(documents(tmp_path / "out")) == ["drafts/halton_draft.txt"]


def test_summary_json_and_log_file(plans, tmp_path):
    log = tmp_path / "run.log"
    proc = cli("run", plans, "-o", tmp_path / "out", "-q", "--summary-json", "-", "--log-file", log)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["files"] == 3 and summary["ok"] == 3 and summary["exit_status"] == 0
    assert summary["actions"] == sum(int(r["actions"]) for r in documents(tmp_path / "out").values())
    text = log.read_text(encoding="utf-8")
    assert "haringey.docx: ok, 38 actions" in text and "3 files" in text


def test_no_document_in_the_input_warns_with_its_own_status(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "readme.md").write_text("# nothing to read", encoding="utf-8")
    proc = cli("run", folder, "-o", tmp_path / "out")
    assert proc.returncode == 4, proc.stderr
    assert "hold no document" in proc.stderr
    assert documents(tmp_path / "out") == {}


def test_missing_converter_is_unsupported_not_failed(plans, tmp_path):
    shutil.copy(FIXTURES / "haringey_procurement_action_plan.doc", plans / "legacy.doc")
    env = {**__import__("os").environ, "PLAN_INGEST_SOFFICE": str(tmp_path / "no-soffice")}
    proc = cli("run", plans, "-o", tmp_path / "out", "-q", env=env)
    assert proc.returncode == 3, proc.stderr
    row = documents(tmp_path / "out")["legacy.doc"]
    assert row["status"] == "unsupported" and "install LibreOffice" in row["error"]
    assert "legacy.doc" in proc.stderr
    tables = cli("tables", plans / "legacy.doc", "-o", tmp_path / "t", env=env)
    assert tables.returncode == 3


@pytest.mark.parametrize("command", ["run", "tables"])
def test_output_folder_that_is_a_file_is_bad_usage(plans, tmp_path, command):
    taken = tmp_path / "taken"
    taken.write_text("not a folder")
    target = plans if command == "run" else plans / "nhs.docx"
    proc = cli(command, target, "-o", taken)
    assert proc.returncode == 2
    assert "is a file" in proc.stderr and "Errno" not in proc.stderr and "Traceback" not in proc.stderr


def test_pages_on_a_word_file_is_refused(tmp_path):
    proc = cli("tables", HARINGEY.with_suffix(".docx"), "--pages", "1", "-o", tmp_path)
    assert proc.returncode == 2 and "PDF files only" in proc.stderr


def test_a_broken_file_fails_with_status_1_in_tables_too(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    assert cli("tables", bad, "-o", tmp_path / "t").returncode == 1


def test_tables_csv_is_excel_safe(tmp_path):
    from plan_ingest.output.writers import write_table_csv

    path = tmp_path / "t.csv"
    write_table_csv(path, [['=HYPERLINK("http://x")', "-5+A1", "plain", "\t=1+1", "@SUM(A1)", "-0.25", "-", "+5%"]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    [row] = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    # formulas become text; a plain signed figure and a dash for nothing are left as they are
    assert row == ["'=HYPERLINK(\"http://x\")", "'-5+A1", "plain", "'\t=1+1", "'@SUM(A1)", "-0.25", "-", "+5%"]
