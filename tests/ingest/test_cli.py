"""The command line as a user meets it: documented options exist, `tables` and `timeframe` work."""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys

from plan_ingest.ingest.cli import build_parser

from conftest import ROOT, SAMPLES


def _subparsers():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


def test_readme_documents_every_command_and_option():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, sub in _subparsers().items():
        assert f"plan-ingest {name}" in readme, f"README does not show `plan-ingest {name}`"
        for action in sub._actions:
            longs = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
            for option in longs:
                assert option in readme, f"README does not mention {name} {option}"


def test_readme_options_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    subs = _subparsers()
    for name, rest in re.findall(r"plan-ingest (run|tables|timeframe)\b([^\n]*)", readme):
        known = {o for a in subs[name]._actions for o in a.option_strings}
        for option in re.findall(r"(--[a-z][a-z-]*)", rest):
            assert option in known, f"README shows `{name} {option}`, which --help does not know"


def test_tables_writes_one_csv_per_table(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "plan_ingest.ingest.cli", "tables", str(SAMPLES / "haringey_procurement_action_plan.pdf"),
         "--pages", "1-2", "-o", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert names[0] == "haringey_procurement_action_plan-p1-t1.csv"
    raw = (tmp_path / names[0]).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, like every CSV plan-ingest writes, so Excel reads UTF-8"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Ref/Theme", "Action", "Responsible Officer/Body", "Linkage", "Status"]


def test_timeframe_prints_json_per_text_and_reads_stdin():
    proc = subprocess.run(
        [sys.executable, "-m", "plan_ingest.ingest.cli", "timeframe", "Commencing November 2010", "2011/12"],
        cwd=ROOT, capture_output=True, text=True,
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert lines[0] == {"text": "Commencing November 2010", "kind": "from", "start_date": "2010-11-01",
                        "end_date": None, "recurrence": ""}
    assert (lines[1]["start_date"], lines[1]["end_date"]) == ("2011-04-01", "2012-03-31")
    piped = subprocess.run(
        [sys.executable, "-m", "plan_ingest.ingest.cli", "timeframe"], input="By December 2010\nTBC\n",
        cwd=ROOT, capture_output=True, text=True,
    )
    out = [json.loads(line) for line in piped.stdout.splitlines()]
    assert [o["kind"] for o in out] == ["due", "unknown"] and out[0]["end_date"] == "2010-12-31"


def test_bad_usage_exits_2():
    proc = subprocess.run([sys.executable, "-m", "plan_ingest.ingest.cli", "run", "--format", "pdf"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 2


def test_tables_explain_says_why_each_table_is_kept_or_left_out(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "plan_ingest.ingest.cli", "tables", str(SAMPLES / "council_strategy_with_appendices.docx"),
         "-o", str(tmp_path), "--explain"],
        cwd=ROOT, capture_output=True, text=True,
    )
    verdicts = [line for line in proc.stdout.splitlines() if line.startswith("table ")]
    assert ["left out (contents)" in verdicts[0], "left out (glossary)" in verdicts[-1]] == [True, True]
    assert "): actions; score" in verdicts[3]
    assert "column 3 'Target date' -> timeframe" in proc.stdout


def test_tables_explain_gives_each_pdf_table_its_confidence(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "plan_ingest.ingest.cli", "tables", str(SAMPLES / "borderless_plan.pdf"),
         "-o", str(tmp_path), "--explain"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert proc.returncode == 0
    found = [line for line in proc.stdout.splitlines() if line.strip().startswith("found as:")]
    assert found and all("borderless table, confidence 0." in line or "confidence 1.00" in line for line in found)
    assert re.search(r"borderless.*confidence \d\.\d\d", proc.stderr)
