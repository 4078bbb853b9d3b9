"""The Python API as an analyst uses it: DataFrames with real types, in a script with no
`__main__` guard, under `python -`, and the documents frame joined to the actions."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pandas as pd
import pytest

import plan_ingest
from conftest import SAMPLES

HARINGEY = SAMPLES / "haringey_procurement_action_plan.docx"


@pytest.fixture(scope="module")
def frames():
    paths = [HARINGEY, SAMPLES / "nhs_patient_experience_plan.docx"]
    return plan_ingest.read(paths), plan_ingest.read_documents(paths)


def test_read_gives_typed_actions(frames):
    actions, _ = frames
    assert len(actions) == 38 + 5
    assert list(actions.columns)[:3] == ["action_id", "source_file", "source_format"]
    assert pd.api.types.is_datetime64_any_dtype(actions["start_date"])
    assert pd.api.types.is_datetime64_any_dtype(actions["end_date"])
    assert str(actions["table"].dtype) == "Int64" and str(actions["page"].dtype) == "Int64"
    assert all(isinstance(v, list) for v in actions["responsible_roles"])
    assert all(isinstance(v, dict) for v in actions["extra"])
    dated = actions.dropna(subset=["end_date"])
    assert len(dated) and (dated["end_date"].dt.year >= 2000).all()


def test_documents_join_the_actions(frames):
    actions, documents = frames
    assert list(documents["status"]) == ["ok", "ok"]
    joined = actions.merge(documents[["document_id", "document_title"]], on="document_id",
                           suffixes=("", "_doc"))
    assert len(joined) == len(actions)
    counts = actions.groupby("document_id").size()
    assert {d: n for d, n in zip(documents["document_id"], documents["actions"])} == counts.to_dict()


def test_read_documents_reuses_the_reading(monkeypatch):
    from plan_ingest.ingest import runner

    plan_ingest.read(HARINGEY)
    calls = []
    monkeypatch.setattr(runner, "collect", lambda *a, **k: calls.append(a))
    documents = plan_ingest.read_documents(HARINGEY)
    assert calls == [] and documents["actions"].tolist() == [38]


def test_a_failed_file_has_a_documents_row_and_no_actions(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    assert plan_ingest.read(bad).empty
    [row] = plan_ingest.read_documents(bad).to_dict("records")
    assert row["status"] == "failed" and "PDF" in row["error"]


def test_timeframe_resolves_one_phrase():
    assert plan_ingest.timeframe("Q3 2011/12") == {"text": "Q3 2011/12", "kind": "during",
                                                   "start_date": "2011-10-01", "end_date": "2011-12-31",
                                                   "recurrence": ""}


def test_unknown_option_is_refused():
    with pytest.raises(TypeError, match="unknown option worker"):
        plan_ingest.read(HARINGEY, worker=2)


SCRIPT = f"""
import plan_ingest
actions = plan_ingest.read({str(SAMPLES / "*.*")!r}, workers=2)
print(len(actions), actions["document_id"].nunique())
"""


def test_a_script_without_a_main_guard_runs_a_pool(tmp_path):
    """Workers start without running the script again (multiprocessing would, and recurse)."""
    script = tmp_path / "analysis.py"
    script.write_text(SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    actions, documents = map(int, proc.stdout.split())
    assert actions > 300 and documents == len(list(SAMPLES.glob("*.*")))


def test_python_dash_reads_from_standard_input(tmp_path):
    code = textwrap.dedent(f"""
        import plan_ingest
        print(len(plan_ingest.read({str(HARINGEY)!r})))
    """)
    proc = subprocess.run([sys.executable, "-"], input=code, capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "38"
