"""Ruled tables with columns the rules leave out (pdf_subcolumns): a box round the table and one
rule after the labels, figures set in unruled columns inside it, are cut into those columns;
bullets hanging before their items stay in their cell."""
from __future__ import annotations

from reportlab.pdfgen import canvas

from plan_ingest.extractors import extract


def boxed_pdf(path, rows, xs, rule_after: float):
    """A table in a box with a rule under every row and one column rule at `rule_after`; the
    entries of each row set left at the x positions in `xs`."""
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    top, pitch = 720, 16
    bottom = top - pitch * (len(rows) - 1) - 6  # the last row's rule is the box's bottom
    c.rect(60, bottom, 440, top - bottom + 12)
    c.line(rule_after, bottom, rule_after, top + 12)
    y = top
    for row in rows[:-1]:
        c.line(60, y - 6, 500, y - 6)
        y -= pitch
    y = top
    for row in rows:
        for text, x in zip(row, xs, strict=True):
            if text:
                c.drawString(x, y, text)
        y -= pitch
    c.save()
    return path


def test_figures_in_one_ruled_column_are_cut_into_their_columns(tmp_path):
    rows = [("Age group", "Share", "Change", "Total")] + [
        (f"{10 * k} - {10 * k + 9} years", f"0.0{k}56", f"+{k}.2%", f"{k + 3},533,692") for k in range(1, 8)]
    (table,) = extract(boxed_pdf(tmp_path / "box.pdf", rows, (66, 220, 320, 420), 200)).tables
    assert table.grid() == [list(row) for row in rows]


def test_bullets_before_items_stay_in_their_cell(tmp_path):
    rows = [("Theme", "", "What we will do")] + [(f"Theme {k}", "•", f"Deliver item {k} with partners") for k in range(1, 6)]
    (table,) = extract(boxed_pdf(tmp_path / "bullets.pdf", rows, (66, 220, 232), 200)).tables
    assert table.n_cols == 2
    assert table.grid()[1] == ["Theme 1", "• Deliver item 1 with partners"]
