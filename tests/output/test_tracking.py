"""The tracking database and `plan-ingest diff`, the same tests on SQLite and on a real PostgreSQL:
a re-issue of a plan with three statuses changed, one action added and one removed gives exactly
those five changes, and nothing else; a re-run writes nothing; a failed file deletes nothing."""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import uuid

import pytest
from docx import Document

import plan_ingest
from plan_ingest.output.database import TrackingDatabase

from conftest import ROOT, SAMPLES

PLAN = SAMPLES / "haringey_procurement_action_plan.docx"
POSTGRES = os.environ.get("PLAN_INGEST_TEST_POSTGRES")  # e.g. postgresql://postgres@localhost:5432/postgres


def _postgres_url() -> str:
    if not POSTGRES:
        pytest.skip("no PostgreSQL server: set PLAN_INGEST_TEST_POSTGRES (CI starts one)")
    import sqlalchemy as sa

    admin = sa.create_engine(POSTGRES.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    name = f"plan_ingest_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}")
    except Exception as exc:  # noqa: BLE001 - a server that is not there is a skip, with the reason
        pytest.skip(f"PostgreSQL at {POSTGRES} cannot be reached: {exc}")
    finally:
        admin.dispose()
    return POSTGRES.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    return str(tmp_path / "plans.db") if request.param == "sqlite" else _postgres_url()


def reissue(source, target, statuses=3, reword=False):
    """A re-issue of the Haringey plan: statuses filled in on three actions, one action removed
    (2.2), one added after 1.1; with `reword`, 1.1's wording moved slightly."""
    doc = Document(str(source))
    table = doc.tables[0]
    rows = [r for r in table.rows if r.cells[0].text.strip()[:1].isdigit()]
    for row in rows[:statuses]:
        row.cells[4].text = "Complete"
    removed = next(r for r in rows if r.cells[0].text.strip() == "2.2")
    removed._tr.getparent().remove(removed._tr)
    new = table.add_row()
    for cell, text in zip(new.cells, ["5.1", "Publish an annual procurement report to Cabinet", "Head of Procurement",
                                      "", ""]):
        cell.text = text
    if reword:
        first = rows[0].cells[1]
        first.text = first.text.replace("Procurement", "procurement").rstrip(".") + " each year."
    doc.save(str(target))
    return target


@pytest.fixture
def issues(tmp_path):
    first = tmp_path / "first"
    second = tmp_path / "second"
    first.mkdir()
    second.mkdir()
    shutil.copy(PLAN, first / "procurement_plan.docx")
    reissue(PLAN, second / "procurement_plan.docx")
    return first, second


def test_a_reissue_gives_exactly_its_five_changes(issues, tmp_path, db_url):
    first, second = issues
    one = plan_ingest.run(first, out=tmp_path / "out1", db=db_url, workers=0)
    assert one.changes == 38  # every action, new to the database
    two = plan_ingest.run(second, out=tmp_path / "out2", db=db_url, workers=0)
    db = TrackingDatabase(db_url)
    changes = db.changes()[38:]
    db.close()
    assert two.changes == len(changes) == 5
    assert sorted((c["change"], c["field"] or "") for c in changes) == [
        ("added", ""), ("changed", "status"), ("changed", "status"), ("changed", "status"), ("removed", "")]
    assert {c["new_value"] for c in changes if c["change"] == "changed"} == {"Complete"}


def test_diff_reports_the_same_five(issues, tmp_path):
    first, second = issues
    plan_ingest.run(first, out=tmp_path / "out1", workers=0)
    plan_ingest.run(second, out=tmp_path / "out2", workers=0)
    proc = subprocess.run([sys.executable, "-m", "plan_ingest.ingest.cli", "diff", str(tmp_path / "out1"),
                           str(tmp_path / "out2"), "-o", str(tmp_path / "changes.csv")],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    assert proc.stdout.startswith("1 added, 1 removed, 3 changed fields on 3 kept actions")
    with open(tmp_path / "changes.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5 and {r["change"] for r in rows} == {"added", "removed", "changed"}
    # two issues of one plan given as files directly
    direct = plan_ingest.diff(first / "procurement_plan.docx", second / "procurement_plan.docx")
    assert len(direct) == 5


def test_a_reworded_action_keeps_its_identity_and_is_flagged(tmp_path, db_url):
    first = tmp_path / "first"
    second = tmp_path / "second"
    first.mkdir()
    second.mkdir()
    shutil.copy(PLAN, first / "plan.docx")
    reissue(PLAN, second / "plan.docx", statuses=0, reword=True)
    plan_ingest.run(first, out=tmp_path / "o1", db=db_url, workers=0)
    plan_ingest.run(second, out=tmp_path / "o2", db=db_url, workers=0)
    db = TrackingDatabase(db_url)
    changes = db.changes()[38:]
    held = {a["action_id"]: a for a in db.actions()}
    db.close()
    fuzzy = [c for c in changes if c["matched_by"] == "fuzzy"]
    assert [c["field"] for c in fuzzy] == ["action"] and fuzzy[0]["new_value"].endswith("each year.")
    kept = held[fuzzy[0]["action_id"]]
    assert kept["removed_in"] is None and kept["current_id"] != kept["action_id"]


def test_a_rerun_writes_nothing_and_a_failed_file_deletes_nothing(issues, tmp_path, db_url):
    first, _ = issues
    plan_ingest.run(first, out=tmp_path / "out1", db=db_url, workers=0)
    again = plan_ingest.run(first, out=tmp_path / "out1", db=db_url, workers=0)
    assert again.changes == 0
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "procurement_plan.docx").write_bytes(b"PK\x03\x04 not a Word file")
    failed = plan_ingest.run(broken, out=tmp_path / "out3", db=db_url, workers=0)
    assert failed.tally.failed == 1 and failed.changes == 0
    db = TrackingDatabase(db_url)
    held = db.actions()
    db.close()
    assert len(held) == 38 and all(a["removed_in"] is None for a in held)


def test_real_types_in_the_database(issues, tmp_path, db_url):
    from datetime import date

    first, _ = issues
    shutil.copy(SAMPLES / "nhs_patient_experience_plan.docx", first / "nhs.docx")
    plan_ingest.run(first, out=tmp_path / "out", db=db_url, workers=0)
    db = TrackingDatabase(db_url)
    held = db.actions()
    db.close()
    dated = [a for a in held if a["end_date"] is not None]
    assert dated and all(isinstance(a["end_date"], date) for a in dated)
    assert all(isinstance(a["responsible_roles"], list) and isinstance(a["extra"], dict) for a in held)


def test_two_runs_load_one_database_at_once(tmp_path, db_url):
    folders = []
    for n, name in enumerate(["haringey_procurement_action_plan.docx", "nhs_patient_experience_plan.docx"]):
        folder = tmp_path / f"in{n}"
        folder.mkdir()
        shutil.copy(SAMPLES / name, folder / name)
        folders.append(folder)
    procs = [subprocess.Popen([sys.executable, "-m", "plan_ingest.ingest.cli", "run", str(folder), "-o",
                               str(tmp_path / f"out{n}"), "--db", db_url, "-q", "-j", "0"], cwd=ROOT,
                              stderr=subprocess.PIPE, text=True) for n, folder in enumerate(folders)]
    for proc in procs:
        assert proc.wait(120) == 0, proc.stderr.read()
    db = TrackingDatabase(db_url)
    held = db.actions()
    db.close()
    assert len(held) == 38 + 5
