"""Borderless tables whose layout strays from a clean grid: group headings over value columns
(`Men | Women` over `no. | (95% CI)`), and cell text running on into the empty cell beside it."""
from __future__ import annotations

from reportlab.pdfgen import canvas

from plan_ingest.extractors import extract


def placed_pdf(path, lines):
    """`lines`: for each line, (x, text) pairs; lines 13 points apart."""
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 9)
    y = 760
    for line in lines:
        for x, text in line:
            c.drawString(x, y, text)
        y -= 13
    c.save()
    return path


def test_group_headings_span_the_columns_under_them(tmp_path):
    xs = (50, 160, 210, 310, 360)
    lines = [[(180, "Men"), (330, "Women")],
             list(zip(xs, ("Age group", "no.", "(95% CI)", "no.", "(95% CI)")))]
    lines += [list(zip(xs, (f"{10 * k}-{10 * k + 9}", str(120 + k), f"({100 + k}-{140 + k})", str(90 + k),
                            f"({80 + k}-{99 + k})"))) for k in range(1, 9)]
    (table,) = extract(placed_pdf(tmp_path / "groups.pdf", lines)).tables
    assert table.n_cols == 5  # no column of its own for a heading set over a gap
    men = next(c for c in table.cells if c.text == "Men")
    women = next(c for c in table.cells if c.text == "Women")
    assert (men.col, men.colspan, women.col, women.colspan) == (1, 2, 3, 2)
    assert table.grid()[-1] == ["80-89", "128", "(108-148)", "98", "(88-107)"]


def test_text_running_into_an_empty_cell_stays_in_its_own(tmp_path):
    xs = (50, 200, 330, 430)
    rows = [("Action", "Lead", "Due", "Status"),
            ("Improve footpaths", "Highways", "2024", "Open"),
            ("Review the parking strategy with partners", "", "2025", "Open"),
            ("Plant trees", "Parks", "2024", "Done"),
            ("Consult residents", "Community engagement officer", "2026", "Open"),
            ("Publish annual report", "Policy", "2025", "Open")]
    lines = [[(x, t) for x, t in zip(xs, row) if t] for row in rows]
    (table,) = extract(placed_pdf(tmp_path / "overflow.pdf", lines)).tables
    assert table.grid() == [list(row) for row in rows]


def test_a_table_set_straight_under_another_with_other_columns_is_its_own(tmp_path):
    actions = [("Ref", "Action", "Owner", "Date")] + [(f"H{k}", f"Build {k} homes", "Housing", f"Q{k % 4 + 1} 2025")
                                                     for k in range(1, 6)]
    measures = [("Indicator", "Baseline", "Target")] + [(f"Indicator {k}", f"{3 * k}%", f"{5 * k}%") for k in range(1, 6)]
    lines = [list(zip((50, 150, 260, 380), row)) for row in actions] + [list(zip((50, 200, 300), row)) for row in measures]
    first, second = extract(placed_pdf(tmp_path / "stacked.pdf", lines)).tables
    assert first.grid() == [list(row) for row in actions]
    assert second.grid() == [list(row) for row in measures]
