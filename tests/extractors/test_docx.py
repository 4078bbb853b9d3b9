"""The Word extractor: merged cells once with their span, headings, properties, bad packages."""
from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from conftest import SAMPLES
from extractors import ExtractionError, extract


def test_vertical_merge_is_one_cell_with_rowspan():
    doc = extract(SAMPLES / "halton_delivery_plan.docx")
    first = doc.tables[0]
    label = [c for c in first.cells if c.col == 0 and c.text]
    assert [(c.text, c.rowspan) for c in label] == [("People", first.n_rows - 1)]
    assert doc.metadata.author == "Lorraine Cox"


def test_horizontal_merge_is_one_cell_with_colspan():
    doc = extract(SAMPLES / "haringey_procurement_action_plan.docx")
    table = doc.tables[0]
    theme = [c for c in table.cells if c.colspan == 5]
    assert theme[0].text == "Delivery of the Haringey Procurement Strategy"
    # never repeated at every grid position, as python-docx row.cells would
    assert sum(1 for c in table.cells if c.text == theme[0].text) == 1


def _build(tmp_path, fill):
    document = docx.Document()
    fill(document)
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


def test_tracked_changes_read_as_accepted(tmp_path):
    def fill(document):
        p = document.add_paragraph("Keep ")
        ins = OxmlElement("w:ins")
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "inserted"
        run.append(t)
        ins.append(run)
        p._p.append(ins)
        deleted = OxmlElement("w:del")
        run = OxmlElement("w:r")
        t = OxmlElement("w:delText")
        t.text = "deleted"
        run.append(t)
        deleted.append(run)
        p._p.append(deleted)

    doc = extract(_build(tmp_path, fill))
    assert doc.blocks[0].text == "Keep inserted"


def test_heading_before_table_kept(tmp_path):
    def fill(document):
        document.add_heading("Theme 1: Housing", level=2)
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Action"
        table.cell(0, 1).text = "Lead"
        table.cell(1, 0).text = "Build homes"
        table.cell(1, 1).text = "Head of Housing"

    doc = extract(_build(tmp_path, fill))
    assert doc.blocks[0].heading and doc.blocks[0].text == "Theme 1: Housing"
    assert doc.tables[0].grid() == [["Action", "Lead"], ["Build homes", "Head of Housing"]]


def test_empty_file_fails_clearly(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    with pytest.raises(ExtractionError, match="empty"):
        extract(path)


def test_renamed_pdf_is_named_as_such(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes((SAMPLES / "halton_delivery_plan.pdf").read_bytes())
    with pytest.raises(ExtractionError, match="PDF"):
        extract(path)


def test_zip_bomb_refused(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("word/media/pad.bin", b"\0" * (600 * 2**20))
    assert path.stat().st_size < 2 * 2**20
    with pytest.raises(ExtractionError, match="inflates"):
        extract(path)
