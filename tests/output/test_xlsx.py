"""The streamed XLSX writer: what openpyxl (and so Excel) reads back from it."""
from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from plan_ingest.output import xlsx
from plan_ingest.output.xlsx import TOP, WRAP, XlsxBook, column_letter


@pytest.mark.parametrize("n,letters", [(1, "A"), (22, "V"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
def test_column_letter(n, letters):
    assert column_letter(n) == letters


# (value written, value read back, cell type read back)
CELLS = [
    ("2.10", "2.10", "s"),
    ("=SUM(A1)", "=SUM(A1)", "s"),
    ("<b>Tom & Jerry</b>", "<b>Tom & Jerry</b>", "s"),
    ("  two\nlines  ", "  two\nlines  ", "s"),
    ("bell\x07 and form\x0cfeed", "bell and formfeed", "s"),
    ("£ – ’", "£ – ’", "s"),
    (7, 7, "n"),
    (date(2012, 3, 31), datetime(2012, 3, 31), "d"),
    (None, None, "n"),
]


@pytest.mark.parametrize("written,read,kind", CELLS, ids=[repr(c[0])[:20] for c in CELLS])
def test_cell_reads_back(tmp_path, written, read, kind):
    path = tmp_path / "t.xlsx"
    book = XlsxBook(path)
    book.sheet("actions", ["value"], [20], [WRAP]).append([written])
    book.close()
    cell = openpyxl.load_workbook(path).worksheets[0].cell(2, 1)
    assert (cell.value, cell.data_type) == (read, kind)


def test_sheet_layout_and_overflow_into_a_second_sheet(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_ROWS", 3)
    path = tmp_path / "t.xlsx"
    book = XlsxBook(path)
    sheet = book.sheet("actions", ["ref", "action"], [10, 60], [TOP, WRAP])
    for n in range(4):
        sheet.append([f"{n}", f"action {n}"])
    book.close()
    sheets = openpyxl.load_workbook(path).worksheets
    assert [s.title for s in sheets] == ["actions", "actions 2"]
    assert [[c.value for c in row] for row in sheets[1].iter_rows()] == [["ref", "action"], ["2", "action 2"],
                                                                        ["3", "action 3"]]
    first = sheets[0]
    assert first.freeze_panes == "A2" and first.auto_filter.ref == "A1:B3"
    assert first.cell(1, 1).font.b and first.column_dimensions["B"].width == 60
    assert first.cell(2, 2).alignment.wrap_text and first.cell(2, 1).alignment.vertical == "top"
    assert not list(tmp_path.glob(".xlsx-*")), "the sheet's scratch files are removed"


def test_same_rows_same_bytes(tmp_path):
    for name in ("a.xlsx", "b.xlsx"):
        book = XlsxBook(tmp_path / name)
        book.sheet("actions", ["x"], [10], [TOP]).append(["same"])
        book.close()
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
