"""The PDF extractor on the seed plans: rotated side labels, merged cells, tables stitched over pages,
page selection, and the clear failures (damaged, encrypted, scanned, not a PDF)."""
from __future__ import annotations

import re

import pytest

from plan_ingest.extractors import ExtractionError, extract
from plan_ingest.extractors.model import Table
from plan_ingest.extractors.pdf import parse_pages
from plan_ingest.ingest.cli import main

from conftest import SAMPLES


@pytest.fixture(scope="module")
def halton():
    return extract(SAMPLES / "halton_delivery_plan.pdf")


@pytest.fixture(scope="module")
def haringey():
    return extract(SAMPLES / "haringey_procurement_action_plan.pdf")


def _side_labels(table: Table) -> list[str]:
    return [c.text for c in sorted(table.cells, key=lambda c: c.row) if c.col == 0 and c.text and c.row > 0]


def test_rotated_side_labels_read_as_words(halton):
    labels = [label for t in halton.tables for label in _side_labels(t)]
    assert labels == ["People", "Process", "Partnership"]


def test_side_label_and_outcome_merged_down_the_rows(halton):
    first = halton.tables[0]
    label = next(c for c in first.cells if c.col == 0 and c.text == "People")
    assert label.rowspan == first.n_rows - 1
    outcome = next(c for c in first.cells if c.col == 3 and c.text.startswith("To begin and lead"))
    assert outcome.rowspan == 8


def test_header_repeated_on_every_page_is_dropped_when_stitched(haringey):
    assert haringey.pages == 8
    [table] = haringey.tables
    assert table.page == 1 and table.header_rows == 1
    headers = [row for row in table.grid() if row[0] == "Ref/Theme"]
    assert len(headers) == 1
    assert [table.row_page(r) for r in table.page_breaks] == list(range(2, 9))


def test_row_split_by_a_page_break_is_one_row(haringey):
    [table] = haringey.tables
    cell = next(c for c in table.cells if c.col == 1 and c.text.startswith("<p>The CPU is to make"))
    assert cell.text.endswith("Review progress as part of pre\nbusiness plan reviews.")
    assert cell.page == 1  # the row starts on page 1; its tail came from page 2
    ref = next(c for c in table.cells if c.row == cell.row and c.col == 0)
    assert ref.text == "2.1"


@pytest.mark.parametrize("text", ["Ref/Theme", "Delivery of the Haringey Procurement Strategy", "1.1",
                                  "Monitor delivery of this Strategy."])
def test_cell_box_holds_its_text_on_the_page(haringey, text):
    """Page and box say where a reader finds the cell: the page's own text inside the box is the cell's."""
    import pypdfium2 as pdfium

    cell = next(c for c in haringey.tables[0].cells if c.text == text)
    pdf = pdfium.PdfDocument(SAMPLES / "haringey_procurement_action_plan.pdf")
    try:
        page = pdf[cell.page - 1]
        height = page.get_size()[1]
        x0, top, x1, bottom = cell.bbox
        # pdfium measures from the bottom of the page, the model from the top
        printed = page.get_textpage().get_text_bounded(x0, height - bottom, x1, height - top)
    finally:
        pdf.close()
    assert " ".join(printed.split()) == text


def test_full_width_theme_row_is_one_spanning_cell(haringey):
    theme = next(c for c in haringey.tables[0].cells if c.text == "Delivery of the Haringey Procurement Strategy")
    assert (theme.colspan, theme.col) == (5, 0)


def test_title_block_read_as_paragraphs(haringey):
    first_lines = [b.text for b in haringey.blocks[:2]]
    assert first_lines[0] == "2006 - 2009"
    assert "Action Plan" in first_lines[1]


@pytest.mark.parametrize("spec, count, pages", [
    ("1,3-5,3", 10, [1, 3, 4, 5]),
    ("9-", 10, [9, 10]),
    ("-3", 10, [1, 2, 3]),
    (" 3 - 4 ,", 10, [3, 4]),
    (None, 3, [1, 2, 3]),
    ("2,12", 10, [2]),
    ("8-12", 10, [8, 9, 10]),
    ("40-45", 10, []),
])
def test_parse_pages(spec, count, pages):
    assert parse_pages(spec, count) == pages


@pytest.mark.parametrize("spec, message", [
    ("x", "'x' is not a page number or a range"),
    ("1,x", "'x' is not a page number or a range"),
    ("3-x", "'3-x' is not a page number or a range"),
    ("1-2-3", "'1-2-3' is not a page number or a range"),
    ("-", "'-' is not a page number or a range"),
    ("3 5", "'3 5' is not a page number or a range"),
    ("0", "'0': pages are numbered from 1"),
    ("0-3", "'0-3': pages are numbered from 1"),
    ("5-2", "'5-2': a range runs from the lower page to the higher, e.g. 2-5"),
    (",", "names no pages"),
])
def test_parse_pages_refuses_a_malformed_list(spec, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_pages(spec, 10)


@pytest.mark.parametrize("spec", ["x", "0", "5-2", ""])
def test_tables_command_refuses_a_malformed_page_list(tmp_path, capsys, spec):
    """Bad usage: exit status 2 and a usage message naming --pages, before any file is read."""
    with pytest.raises(SystemExit) as stop:
        main(["tables", str(SAMPLES / "halton_delivery_plan.pdf"), "--pages", spec, "-o", str(tmp_path)])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "usage: plan-ingest tables" in err and "argument --pages:" in err and "Traceback" not in err
    assert not list(tmp_path.iterdir())


def test_page_selection_stitches_only_what_was_read():
    doc = extract(SAMPLES / "haringey_procurement_action_plan.pdf", pages="2-3")
    assert [t.page for t in doc.tables] == [2]
    assert doc.tables[0].page_breaks and doc.tables[0].row_page(doc.tables[0].page_breaks[0]) == 3


def test_truncated_pdf_fails_with_a_reason(tmp_path):
    data = (SAMPLES / "haringey_procurement_action_plan.pdf").read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(ExtractionError, match="damaged PDF: the file is truncated"):
        extract(broken)


def test_unreadable_page_is_named(tmp_path):
    """A page whose object is broken fails with its number, not a stack trace."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "two_pages.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    for text in ("first page", "second page"):
        c.drawString(100, 700, text)
        c.showPage()
    c.save()
    data = path.read_bytes()
    # break the second page's object: its /Type and /Parent no longer say it is a page
    second = data.rfind(b"/Type /Page\n")
    assert second > 0
    path.write_bytes(data[:second] + b"/Type /Junk\n" + data[second + len(b"/Type /Page\n"):])
    with pytest.raises(ExtractionError, match=r"damaged PDF: page 2"):
        extract(path)


def test_not_a_pdf(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("hello, I am a text file")
    with pytest.raises(ExtractionError, match="not a PDF"):
        extract(fake)


def test_pdf_of_drawings_only_says_it_holds_no_text(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "drawing.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 400, fill=1)  # marks but no text, and no scanned image to OCR
    c.showPage()
    c.save()
    with pytest.raises(ExtractionError, match=r"no text layer: .* no scanned page"):
        extract(path)


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("enc") / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("s3cret", canPrint=1))
    c.drawString(100, 700, "Action plan")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("password, message", [
    (None, "encrypted PDF: a password is needed"),
    ("wrong", "encrypted PDF: the password is wrong"),
])
def test_encrypted_pdf_asks_for_the_password(encrypted, password, message):
    with pytest.raises(ExtractionError, match=message):
        extract(encrypted, password=password)


def test_encrypted_pdf_opens_with_the_password(encrypted):
    doc = extract(encrypted, password="s3cret")
    assert doc.blocks[0].text == "Action plan"


def test_halton_tables_as_printed(halton):
    """Four-column tables under a two-row header, one a page. The heading `Delivery Plan` printed
    on pages 1 and 3 only is a heading, not a running head, so page 3's table is not stitched to
    page 2's at the extractor (the normaliser reads the repeated header; the actions agree)."""
    assert [(t.page, t.n_cols, t.header_rows, t.flavor) for t in halton.tables] == [
        (1, 4, 2, "ruled"), (2, 4, 2, "ruled"), (3, 4, 2, "ruled")]
    assert [t.grid()[0][2:] for t in halton.tables][:2] == [["Timeframe", "Purpose / Outcome"], ["Timeframe", "Outcome"]]
    first = halton.tables[0]
    assert first.grid()[2][1:3] == ["Chief Officers Management Team", "July 2010"]


def test_pages_outside_the_document_are_named():
    with pytest.raises(ExtractionError, match="no such pages: 40-45"):
        extract(SAMPLES / "halton_delivery_plan.pdf", pages="40-45")
