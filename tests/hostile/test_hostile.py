"""A batch of hostile and careless inputs, run the way a user runs a big folder
(`-j 2 --timeout 30 --memory 1024`): no traceback, one documents.csv row per input with a reason
a person can read, no cell Excel would run, and the good plans among them land in full."""
from __future__ import annotations

import csv
import os
import re
import subprocess
import sys

import pytest

from corpus import FORMULAS, build
from conftest import ROOT

csv.field_size_limit(1 << 30)  # the corpus holds a 200,000-character field
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# what Excel reads as a number or plain text though it starts with a sign: `-0.2`, `-`
INERT = re.compile(r"^[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)%?$|^-$")
UNREADABLE = re.compile(r"Traceback|Errno|[A-Z][a-z]+Error\b|Exception\b|/tmp/|/home/|/root/|\\x[0-9a-f]{2}")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "inputs"
    items = build(folder)
    out = tmp_path_factory.mktemp("out")
    env = {**os.environ, "PLAN_INGEST_SOFFICE": str(folder / "no-soffice")}  # the .doc is unsupported here
    proc = subprocess.run(
        [sys.executable, "-m", "plan_ingest.ingest.cli", "run", str(folder), "-o", str(out),
         "-j", "2", "--timeout", "30", "--memory", "1024", "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    return items, proc, out


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_corpus_is_big_and_varied(hostile_run):
    items, _, _ = hostile_run
    assert len(items) >= 80
    assert len({i.kind for i in items}) >= 30


def test_the_batch_ends_with_a_status_and_no_traceback(hostile_run):
    _, proc, _ = hostile_run
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr


def test_every_input_has_exactly_one_row_with_a_reason_a_person_can_read(hostile_run):
    items, _, out = hostile_run
    rows = _rows(out / "documents.csv")
    names = [r["source_file"] for r in rows]
    expected = sorted(os.fsencode(i.name).decode("utf-8", "replace") for i in items)
    assert sorted(names) == expected
    for row in rows:
        if row["status"] in ("failed", "unsupported"):
            assert row["error"] and len(row["error"]) >= 12, row
            assert not UNREADABLE.search(row["error"]), row["error"]


def test_no_cell_would_run_in_excel(hostile_run):
    _, _, out = hostile_run
    for name in ("actions.csv", "documents.csv"):
        for row in _rows(out / name):
            for column, value in row.items():
                assert not (value or "").startswith(FORMULA_START) or INERT.match(value), (name, column, value)


def test_formulas_are_kept_as_text(hostile_run):
    """The author's `=HYPERLINK(...)` is neither run nor lost: it is written with a leading '."""
    _, _, out = hostile_run
    actions = [r["action"] for r in _rows(out / "actions.csv") if r["source_file"] == "formulas.csv"]
    assert len(actions) == len(FORMULAS)
    assert actions[0] == "'" + FORMULAS[0]


def test_the_good_plans_land_in_full(hostile_run):
    items, _, out = hostile_run
    counts = {r["source_file"]: (r["status"], int(r["actions"] or 0)) for r in _rows(out / "documents.csv")}
    for item in items:
        if item.good is not None:
            name = os.fsencode(item.name).decode("utf-8", "replace")
            assert counts[name] == ("ok", item.good), (item.name, counts[name])


def test_text_is_neither_lost_nor_eaten(hostile_run):
    _, _, out = hostile_run
    actions: dict[str, list[str]] = {}
    for row in _rows(out / "actions.csv"):
        actions.setdefault(row["source_file"], []).append(row["action"])
    assert actions["angle_text.csv"] == ["Respond within <four hours of a report>", "Publish the\nplan"]
    assert actions["deep.html"] == ["Deep action"]
    assert actions["cp1252.txt"] == ["Save £5 – now"]
    assert actions["script.html"][0] == "Review the plan"  # a script's code is no action text
    documents = {r["source_file"]: r for r in _rows(out / "documents.csv")}
    assert documents["surrogate.docx"]["status"] == "ok" and "replaced" in documents["surrogate.docx"]["warnings"]
    assert documents["utf16.txt"]["status"] == documents["formulas_utf16.csv"]["status"] == "ok"
    assert documents["long_field.csv"]["status"] == "ok"
