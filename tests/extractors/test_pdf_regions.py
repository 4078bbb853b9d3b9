"""Borderless tables' columns (pdf_regions): figures set a single space apart still make columns
when they line up down the rows; a thousands separator does not."""
from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plan_ingest.extractors import extract


def figures_pdf(path, rows, gap_spaces: float = 1.0):
    """A borderless table: labels at the left, each further column right-aligned, the widest entry
    of each column `gap_spaces` word spaces from the next column's."""
    space = stringWidth(" ", "Helvetica", 10)
    widths = [max(stringWidth(r[i], "Helvetica", 10) for r in rows) for i in range(1, len(rows[0]))]
    rights, x = [], 150.0
    for w in widths:
        x += w
        rights.append(x)
        x += gap_spaces * space
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    y = 700
    for row in rows:
        c.drawString(72, y, row[0])
        for text, right in zip(row[1:], rights, strict=True):
            c.drawRightString(right, y, text)
        y -= 14
    c.save()
    return path


ROWS = [("Region", "Cases", "Rate", "Total", "Share")] + [
    (f"Area {k}", str(300 + k * 7), f"{70 + k * 1.3:.1f}", str(12000 + k * 191), f"{15 + k * 0.4:.1f}%")
    for k in range(8)]


@pytest.mark.parametrize("gap", [1.0, 3.0])
def test_figures_a_space_apart_are_columns_of_their_own(tmp_path, gap):
    (table,) = extract(figures_pdf(tmp_path / "figures.pdf", ROWS, gap)).tables
    assert table.grid() == [list(row) for row in ROWS]


def test_a_thousands_separator_is_no_column(tmp_path):
    rows = [("Region", "Spend")] + [(f"Area {k}", f"{12 + k} {196 + k * 3}") for k in range(8)]
    (table,) = extract(figures_pdf(tmp_path / "thousands.pdf", rows)).tables
    assert table.n_cols == 2
    assert table.grid()[1] == ["Area 0", "12 196"]
