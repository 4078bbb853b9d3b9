"""The PDF extractor on the sample plans: rotated side labels, merged cells, pages, damaged files."""
from __future__ import annotations

import pytest

from conftest import SAMPLES
from extractors import ExtractionError, extract
from extractors.model import Table
from extractors.pdf import parse_pages


@pytest.fixture(scope="module")
def halton():
    return extract(SAMPLES / "halton_delivery_plan.pdf")


@pytest.fixture(scope="module")
def haringey():
    return extract(SAMPLES / "haringey_procurement_action_plan.pdf")


def test_rotated_side_labels_read_as_words(halton):
    labels = [t.grid()[1][0] for t in halton.tables]
    assert labels == ["People", "Process", "Partnership"]


def test_side_label_and_outcome_merged_down_the_rows(halton):
    first = halton.tables[0]
    label = next(c for c in first.cells if c.col == 0 and c.text == "People")
    assert label.rowspan == first.n_rows - 1
    outcome = next(c for c in first.cells if c.col == 3 and c.text.startswith("To begin and lead"))
    assert outcome.rowspan == 8


def test_pages_and_positions_recorded(haringey):
    assert haringey.pages == 8
    assert [t.page for t in haringey.tables] == list(range(1, 9))
    cell = haringey.tables[0].cells[0]
    assert cell.page == 1 and cell.bbox is not None and cell.bbox[0] < cell.bbox[2]


def test_full_width_theme_row_is_one_spanning_cell(haringey):
    theme = haringey.tables[0].cells[5]
    assert theme.text == "Delivery of the Haringey Procurement Strategy"
    assert (theme.colspan, theme.col) == (5, 0)


def test_title_block_read_as_paragraphs(haringey):
    first_lines = [b.text for b in haringey.blocks[:2]]
    assert first_lines[0] == "2006 - 2009"
    assert "Action Plan" in first_lines[1]


def test_page_selection(tmp_path):
    doc = extract(SAMPLES / "haringey_procurement_action_plan.pdf", pages="2-3")
    assert [t.page for t in doc.tables] == [2, 3]
    assert parse_pages("1,3-5,3", 10) == [1, 3, 4, 5]
    assert parse_pages("9-", 10) == [9, 10]


def test_truncated_pdf_fails_with_a_reason(tmp_path):
    data = (SAMPLES / "haringey_procurement_action_plan.pdf").read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(ExtractionError, match="PDF"):
        extract(broken)


def test_not_a_pdf(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("hello, I am a text file")
    with pytest.raises(ExtractionError, match="not a PDF"):
        extract(fake)


def test_pdf_without_text_layer_says_scanned(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 400, fill=1)  # an image-like page: marks but no text
    c.showPage()
    c.save()
    with pytest.raises(ExtractionError, match="no text layer"):
        extract(path)


def test_tables_are_table_model(halton):
    assert all(isinstance(t, Table) for t in halton.tables)
    assert halton.tables[0].n_cols == 4
