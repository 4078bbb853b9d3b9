"""What analysts open: Excel-safe CSV, typed Parquet, a usable XLSX, JSONL with real lists."""
from __future__ import annotations

import json
from datetime import date

import pytest

from plan_ingest.normalise import Action, DocumentInfo
from plan_ingest.output import ACTION_COLUMNS, write_outputs


def _action(**kw) -> Action:
    base = dict(
        action_id="a1", source_file="plan.pdf", source_format="pdf", document_title="Plan £ – ’", page=3,
        table=1, section="People", ref="2.10", action="Do the thing\n• and this", responsible="Head of X",
        responsible_roles=["Head of X", "Head of Y"], responsible_roles_expanded=["Head of X", "Head of Y"],
        timeframe="By December 2010", timeframe_kind="due", start_date=None, end_date=date(2010, 12, 31),
        extra={"Budget": "£10k"}, review=["guessed header: ref"],
    )
    base.update(kw)
    return Action(**base)


@pytest.fixture()
def written(tmp_path):
    actions = [_action(), _action(action_id="a2", ref="3", action="=SUM(A1)", page=None, end_date=None,
                                  timeframe="", timeframe_kind="")]
    docs = [DocumentInfo(source_file="plan.pdf", source_format="pdf", actions=2, seconds=0.5)]
    write_outputs(actions, docs, tmp_path)
    return tmp_path


def test_csv_has_bom_and_keeps_non_ascii(written):
    raw = (written / "actions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "Plan £ – ’" in text
    assert text.splitlines()[0].split(",") == ACTION_COLUMNS
    assert "Head of X; Head of Y" in text and "2010-12-31" in text


def test_parquet_types(written):
    import pyarrow.parquet as pq
    import pyarrow.types as pt

    table = pq.read_table(written / "actions.parquet")
    assert pt.is_date(table.schema.field("end_date").type)
    assert pt.is_list(table.schema.field("responsible_roles").type)
    assert table.column("ref").to_pylist() == ["2.10", "3"]
    assert table.column("page").to_pylist() == [3, None]
    assert table.column("end_date").to_pylist()[0] == date(2010, 12, 31)


def test_xlsx_dates_text_refs_frozen_filtered(written):
    import openpyxl

    sheet = openpyxl.load_workbook(written / "actions.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    col = {name: i for i, name in enumerate(header)}
    row2 = [c.value for c in sheet[2]]
    row3 = [c.value for c in sheet[3]]
    assert row2[col["ref"]] == "2.10" and row3[col["ref"]] == "3"
    assert row2[col["end_date"]].date() == date(2010, 12, 31)
    assert row3[col["action"]] == "=SUM(A1)" and sheet.cell(3, col["action"] + 1).data_type == "s"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")


def test_jsonl_lists_and_objects(written):
    lines = (written / "actions.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert first["responsible_roles"] == ["Head of X", "Head of Y"]
    assert first["extra"] == {"Budget": "£10k"} and first["end_date"] == "2010-12-31"
    assert json.loads(lines[1])["page"] is None


def test_no_partial_files_left(written):
    assert not [p for p in written.iterdir() if p.name.endswith(".part")]
