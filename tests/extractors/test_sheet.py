"""Spreadsheet trackers: values as Excel shows them, merged ranges as spans, title rows as paragraphs,
one table per visible sheet; .csv with its separator sniffed."""
from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from plan_ingest.extractors import ExtractionError, extract
from plan_ingest.extractors.model import PARAGRAPH_BREAK as P
from plan_ingest.extractors.model import Paragraph
from plan_ingest.extractors.sheet import format_date, format_number, grid_to_blocks, shown

from conftest import SAMPLES

DATE_CASES = [
    ("mm-dd-yy", "31/03/2025"),  # Excel's built-in short date follows the locale: day first in the UK
    ("General", "31/03/2025"),
    ("dd/mm/yyyy", "31/03/2025"),
    ("d/m/yy", "31/3/25"),
    ("d mmmm yyyy", "31 March 2025"),
    ("mmmm yyyy", "March 2025"),
    ("mmm-yy", "Mar-25"),
    ("dd-mmm-yyyy", "31-Mar-2025"),
    ("dddd d mmm", "Monday 31 Mar"),
    ("[$-809]dd mmmm yyyy;@", "31 March 2025"),
    ('"Due "dd/mm/yyyy', "31/03/2025"),
]


@pytest.mark.parametrize("fmt, text", DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_dates_as_excel_shows_them(fmt, text):
    assert format_date(datetime(2025, 3, 31), fmt) == text


NUMBER_CASES = [
    (3, "General", "3"),
    (3.0, "General", "3"),
    (2.1, "General", "2.1"),
    (2.1, "0.00", "2.10"),
    (45000, '"£"#,##0', "£45,000"),
    (1234.5, "#,##0.00", "1,234.50"),
    (-250, "[$£-809]#,##0", "-£250"),
    (0.35, "0%", "35%"),
    (0.125, "0.0%", "12.5%"),
    (1e-7, "General", "1E-07"),
]


@pytest.mark.parametrize("value, fmt, text", NUMBER_CASES, ids=[f"{c[1]} {c[0]}" for c in NUMBER_CASES])
def test_numbers_as_excel_shows_them(value, fmt, text):
    assert format_number(value, fmt) == text


@pytest.mark.parametrize("value, text", [
    (None, ""), (True, "TRUE"), ("Line one\r\nline two", "Line one\nline two"), (date(2024, 5, 1), "01/05/2024"),
    (datetime(2024, 5, 1, 14, 30), "14:30"),
], ids=["empty", "boolean", "line breaks", "date", "time of day"])
def test_shown(value, text):
    assert shown(value, "General" if not isinstance(value, datetime) else "h:mm") == text


def test_title_rows_become_paragraphs_and_the_rest_a_table():
    grid = {(0, 0): "Action Tracker 2024/25", (2, 0): "Ref", (2, 1): "Action", (3, 0): "1", (3, 1): "Do",
            (4, 1): "Carry on"}
    blocks = grid_to_blocks(grid, [(0, 0, 0, 1)], "Live actions")
    assert [(b.text, b.heading) for b in blocks if isinstance(b, Paragraph)] == [
        ("Action Tracker 2024/25", True), ("Live actions", True)]
    assert blocks[-1].grid() == [["Ref", "Action"], ["1", "Do"], ["", "Carry on"]]


def test_a_title_row_of_two_cells_is_not_the_table():
    grid = {(0, 0): "Action Tracker", (0, 3): "Updated: June 2024"}
    grid |= {(1, c): h for c, h in enumerate(["Ref", "Action", "Lead", "RAG"])}
    grid |= {(2, c): v for c, v in enumerate(["1", "Do", "Head of Policy", "Green"])}
    blocks = grid_to_blocks(grid, [])
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["Action Tracker", "Updated: June 2024"]
    assert blocks[-1].grid()[0] == ["Ref", "Action", "Lead", "RAG"]


def test_a_grouped_header_row_starts_the_table():
    grid = {(0, 0): "Tracker", (1, 0): "Ref", (1, 1): "Action", (1, 2): "Progress", (2, 2): "Q1", (2, 3): "Q2",
            (2, 4): "Q3", (3, 0): "1", (3, 1): "Do", (3, 2): "Green"}
    blocks = grid_to_blocks(grid, [(0, 0, 0, 4), (1, 2, 1, 4)])
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["Tracker"]
    assert blocks[-1].grid()[:2] == [["Ref", "Action", "Progress", "", ""], ["", "", "Q1", "Q2", "Q3"]]


@pytest.mark.parametrize("name, heads", [("Sheet1", False), ("Feuil2", False), ("Housing", True)])
def test_default_sheet_names_are_not_headings(name, heads):
    blocks = grid_to_blocks({(0, 0): "a", (0, 1): "b"}, [], name)
    assert any(isinstance(b, Paragraph) for b in blocks) is heads


def test_table_starts_at_its_first_filled_column():
    blocks = grid_to_blocks({(5, 2): "Ref", (5, 3): "Action", (6, 2): "1", (6, 3): "Do"}, [])
    assert blocks[0].grid() == [["Ref", "Action"], ["1", "Do"]]


def test_merged_ranges_become_spans(tmp_path):
    book = Workbook()
    sheet = book.active
    for row in (["Theme", "Ref", "Action"], ["Housing", "H1", "Build"], [None, "H2", "Repair"], ["Wide", None, None]):
        sheet.append(row)
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("A4:C4")
    book.save(tmp_path / "t.xlsx")
    table = extract(tmp_path / "t.xlsx").tables[0]
    assert [(c.text, c.row, c.col, c.rowspan, c.colspan) for c in table.cells if c.rowspan > 1 or c.colspan > 1] == [
        ("Housing", 1, 0, 2, 1), ("Wide", 3, 0, 1, 3)]


def test_hidden_sheets_skipped_and_formulas_give_their_values(tmp_path):
    book = Workbook()
    book.active.append(["Ref", "Action"])
    book.active.append(["1", "Do"])
    lists = book.create_sheet("Lists")
    lists.append(["Green", "Red"])
    lists.sheet_state = "hidden"
    book.save(tmp_path / "t.xlsx")
    doc = extract(tmp_path / "t.xlsx")
    assert [t.grid() for t in doc.tables] == [[["Ref", "Action"], ["1", "Do"]]]
    assert doc.format == "xlsx"


def test_tracker_sample():
    doc = extract(SAMPLES / "community_safety_tracker.xlsx")
    live, completed = doc.tables
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == [
        "Community Safety Partnership Plan 2024-2027: Action Tracker", "Live actions", "Completed"]
    assert live.grid()[0] == ["Priority", "Ref", "Action", "Lead", "Target date", "RAG", "Update", "Budget"]
    assert live.grid()[1][4:] == ["31/12/2024", "Green", f"8 cameras installed;{P}4 awaiting a power supply", "£45,000"]
    assert [(c.text, c.rowspan) for c in live.cells if c.rowspan > 1] == [("Safer streets", 3), ("Domestic abuse", 2)]
    assert completed.grid()[1][4] == "1 May 2024"
    assert doc.metadata.title == "Community Safety Partnership Action Tracker"


CSV_CASES = [
    ("comma", "Ref,Action,Lead\r\n1.1,Publish the plan,Head of Policy\r\n",
     [["Ref", "Action", "Lead"], ["1.1", "Publish the plan", "Head of Policy"]]),
    ("semicolon (European Excel)", "Ref;Action;Lead\n1.1;Publish, then review;Head of Policy\n",
     [["Ref", "Action", "Lead"], ["1.1", "Publish, then review", "Head of Policy"]]),
    ("tab", "Ref\tAction\n1.1\tPublish\n", [["Ref", "Action"], ["1.1", "Publish"]]),
    ("quoted line breaks are the author's", 'Ref,Action\n1.1,"Publish:\n• online\r\n• in print"\n',
     [["Ref", "Action"], ["1.1", f"Publish:{P}• online{P}• in print"]]),
]


@pytest.mark.parametrize("text, grid", [c[1:] for c in CSV_CASES], ids=[c[0] for c in CSV_CASES])
def test_csv(tmp_path, text, grid):
    path = tmp_path / "tracker.csv"
    path.write_text(text, encoding="utf-8", newline="")
    doc = extract(path)
    assert doc.tables[0].grid() == grid and doc.format == "csv"


def test_csv_in_windows_1252_with_a_title_line(tmp_path):
    path = tmp_path / "tracker.csv"
    path.write_bytes("Budget tracker £\nRef,Action\n1,Save £5k\n".encode("cp1252"))
    doc = extract(path)
    assert doc.blocks[0].text == "Budget tracker £"
    assert doc.tables[0].grid() == [["Ref", "Action"], ["1", "Save £5k"]]


@pytest.mark.parametrize("name, content, reason", [
    ("plan.xlsx", b"%PDF-1.7 not a workbook", "PDF with a .xlsx name"),
    ("plan.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "legacy Office file"),
    ("plan.csv", b"%PDF-1.7 not text", "PDF"),
], ids=["renamed PDF", "old .xls renamed", "PDF named .csv"])
def test_wrong_content_fails_clearly(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExtractionError, match=reason):
        extract(path)


def test_workbook_with_an_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    source = tmp_path / "ok.xlsx"
    book = Workbook()
    book.active.append(["Ref", "Action"])
    book.save(source)
    path = tmp_path / "xxe.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                doctype = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'.encode()
                data = data.replace(b"?>", b"?>" + doctype, 1) if data.startswith(b"<?xml") else doctype + data
            dst.writestr(info, data)
    with pytest.raises(ExtractionError, match="DTD") as failure:
        extract(path)
    assert "TOP-SECRET" not in str(failure.value)
