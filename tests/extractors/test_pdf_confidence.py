"""Each PDF table carries a confidence (pdf_confidence): a drawn grid or text kept to one edge down
its columns scores high; columns whose text wanders score lower and say so."""
from __future__ import annotations

from reportlab.pdfgen import canvas

from plan_ingest.extractors import extract


def borderless_pdf(path, rows, xs_per_row):
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    y = 720
    for row, xs in zip(rows, xs_per_row, strict=True):
        for text, x in zip(row, xs, strict=True):
            c.drawString(x, y, text)
        y -= 16
    c.save()
    return path


ROWS = [("Ref", "Action", "Lead", "Due")] + [
    (f"A{k}", f"Deliver item {k} well", ["Council", "Health board", "Police"][k % 3], f"March 202{k % 4 + 5}") for k in range(1, 9)]


def test_aligned_borderless_table_is_trusted(tmp_path):
    (table,) = extract(borderless_pdf(tmp_path / "a.pdf", ROWS, [(60, 120, 300, 420)] * len(ROWS))).tables
    assert table.flavor == "borderless"
    assert table.confidence >= 0.9


def test_wandering_columns_lower_the_confidence_and_are_named(tmp_path):
    jitter = [(60, 120 + 17 * (k % 3), 300 - 11 * (k % 4), 420 + 9 * (k % 2)) for k in range(len(ROWS))]
    (aligned,) = extract(borderless_pdf(tmp_path / "a.pdf", ROWS, [(60, 120, 300, 420)] * len(ROWS))).tables
    (wandering,) = extract(borderless_pdf(tmp_path / "w.pdf", ROWS, jitter)).tables
    assert wandering.confidence < aligned.confidence - 0.1
    assert "column alignment" in wandering.confidence_detail


def test_ruled_sample_is_trusted_and_word_tables_carry_no_figure():
    from pathlib import Path
    samples = Path(__file__).resolve().parents[2] / "samples"
    tables = extract(samples / "landscape_ruled_plan.pdf").tables
    assert tables and all(t.flavor != "ruled" or t.confidence >= 0.9 for t in tables)
    assert all(t.confidence is None for t in extract(samples / "halton_delivery_plan.docx").tables)
