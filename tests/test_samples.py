"""Every bundled sample gives exactly the actions written by hand in expected/."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import EXPECTED, SAMPLES

COMPARED = [
    "section", "ref", "action", "responsible", "responsible_roles", "responsible_roles_expanded",
    "timeframe", "timeframe_kind",
    "start_date", "end_date", "recurrence", "outcome", "linkage", "status",
]
# samples/ holds inputs only, each readable on any machine (nothing needs LibreOffice)
DOCUMENTS = sorted(p for p in SAMPLES.iterdir() if p.is_file())

def expected_for(path: Path) -> list[dict]:
    own = EXPECTED / f"{path.name}.yaml"
    shared = EXPECTED / f"{path.stem}.yaml"
    return yaml.safe_load((own if own.exists() else shared).read_text(encoding="utf-8"))


def as_expected(action) -> dict:
    row = {}
    for key in COMPARED:
        value = getattr(action, key)
        if key in ("start_date", "end_date"):
            value = value.isoformat() if value else ""
        row[key] = value
    return row


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_sample_matches_expected(sample_run, path):
    result, _ = sample_run
    got = [as_expected(a) for a in result.actions if a.source_file == path.name]
    want = [{k: (v if v is not None else "") for k, v in row.items() if k in COMPARED} for row in expected_for(path)]
    assert len(got) == len(want), f"{path.name}: {len(got)} actions, expected {len(want)}"
    for n, (g, w) in enumerate(zip(got, want), start=1):
        diffs = {k: (g[k], w[k]) for k in COMPARED if k in w and g[k] != w[k]}
        assert not diffs, f"{path.name} action {n} ({w.get('ref') or w['action'][:40]}): {diffs}"


MULTI_FORMAT = sorted({p.stem for p in DOCUMENTS if sum(q.stem == p.stem for q in DOCUMENTS) > 1})


@pytest.mark.parametrize("stem", MULTI_FORMAT)
def test_formats_of_one_plan_agree(sample_run, stem):
    """Every format of one plan gives the same actions; the .txt too, merged outcomes aside."""
    result, _ = sample_run
    by_format = {}
    for fmt in ("pdf", "docx", "txt", "doc", "odt"):
        rows = [as_expected(a) for a in result.actions if a.source_file == f"{stem}.{fmt}"]
        if rows:
            by_format[fmt] = rows
    assert "pdf" in by_format and "docx" in by_format
    assert by_format["pdf"] == by_format["docx"]
    for fmt in ("doc", "odt"):
        if fmt in by_format:
            assert by_format[fmt] == by_format["docx"], fmt
    if "txt" in by_format:
        strip = lambda rows: [{k: v for k, v in r.items() if k != "outcome"} for r in rows]  # noqa: E731
        assert strip(by_format["txt"]) == strip(by_format["pdf"])


def test_every_sample_document_is_ok(sample_run):
    result, _ = sample_run
    assert {d.source_file: d.status for d in result.documents} == {p.name: "ok" for p in DOCUMENTS}
    assert not result.skipped, "samples/ holds inputs only: no file of a type plan-ingest skips"


def test_plan_metadata_read_from_the_document(sample_run):
    result, _ = sample_run
    docs = {d.source_file: d for d in result.documents}
    for fmt in ("pdf", "docx", "txt"):
        haringey = docs[f"haringey_procurement_action_plan.{fmt}"]
        assert haringey.document_title == "Procurement Strategy Action Plan"
        assert (haringey.period_start.year, haringey.period_end.year) == (2006, 2009)
        halton = docs[f"halton_delivery_plan.{fmt}"]
        assert halton.document_title == "Delivery Plan"
        assert halton.author == "Lorraine Cox"
