"""Tables typed in a typewriter face (pdf_typed): rules of dashes, dot leaders, columns two spaces
apart while words are one space apart, and two such tables set one under the other."""
from __future__ import annotations

from reportlab.pdfgen import canvas

from plan_ingest.extractors import extract
from plan_ingest.extractors.pdf_typed import monospaced_pitch, read_typed
from plan_ingest.extractors.pdf_words import TextLine, Word


def typed_pdf(path, lines: list[str], font: str = "Courier"):
    """Each string a line of plain text, set as it is typed (spaces kept)."""
    c = canvas.Canvas(str(path))
    c.setFont(font, 10)
    y = 760
    for text in lines:
        c.drawString(60, y, text)
        y -= 12
    c.save()
    return path


def table_lines(group: str, first: int) -> list[str]:
    head = [f"{'':22s}{group:^44s}", f"{'Service area':22s}" + "".join(f"{'Year ' + str(first + k):>11s}" for k in range(4)),
            "-" * 66]
    body = [f"{name + ' ' + '.' * (20 - len(name)):22s}" + "".join(f"{(k + 1) * v:>11,d}" for k in range(4))
            for name, v in [("Adult care", 1200), ("Child care", 340), ("Road repairs", 87), ("Street lights", 15),
                            ("Parks", 410)]]
    return head + body


def test_typed_table_reads_words_as_cells_and_dashes_as_a_rule(tmp_path):
    (table,) = extract(typed_pdf(tmp_path / "typed.pdf", table_lines("Spending (GBP 000)", 2021))).tables
    grid = table.grid()
    # `Service area` and `Adult care` are one cell each: one space is a word gap in this face
    assert [row[0] for row in grid[-5:]] == ["Adult care", "Child care", "Road repairs", "Street lights", "Parks"]
    assert grid[-5] == ["Adult care", "1,200", "2,400", "3,600", "4,800"]
    assert table.n_cols == 5
    # neither the dashes nor the dot leaders are cells
    assert not any(set(cell) <= set("-.") for row in grid for cell in row if cell)


def test_tables_stacked_with_the_same_header_are_two_tables(tmp_path):
    lines = table_lines("Spending (GBP 000)", 2021) + table_lines("Spending (GBP 000)", 2025)
    tables = extract(typed_pdf(tmp_path / "stacked.pdf", lines)).tables
    assert len(tables) == 2
    assert any("Year 2021" in cell for row in tables[0].grid() for cell in row)
    assert any("Year 2025" in cell for row in tables[1].grid() for cell in row)
    assert all(len(t.grid()) <= 8 for t in tables)


def test_group_heading_above_the_columns_stays_with_its_table(tmp_path):
    (table,) = extract(typed_pdf(tmp_path / "typed.pdf", table_lines("Spending (GBP 000)", 2021))).tables
    assert any(cell == "Spending (GBP 000)" for row in table.grid()[:2] for cell in row)


def _word(text: str, x0: float, pitch: float) -> Word:
    from plan_ingest.extractors.pdf_page import Char
    chars = [Char(ch, x0 + k * pitch, 0, x0 + (k + 1) * pitch, 10, 10) for k, ch in enumerate(text)]
    return Word(text, x0, 0, x0 + len(text) * pitch, 10, 10, chars=chars)


def test_pitch_is_found_only_when_every_glyph_is_one_width():
    mono = [TextLine([_word("Adult", 0, 6), _word("care", 36, 6), _word("1,200", 80, 6)])] * 6
    assert monospaced_pitch(mono) == 6
    mixed = [TextLine([_word("Adult", 0, 6), _word("care", 36, 4), _word("1,200", 80, 5)])] * 6
    assert monospaced_pitch(mixed) is None


def test_dash_lines_become_rules_and_leaders_go():
    lines = [TextLine([_word("Parks", 0, 6), _word("......", 40, 6), _word("410", 90, 6)]),
             TextLine([_word("----------", 0, 6)])]
    typed = read_typed(lines)
    assert [w.text for line in typed.lines for w in line.words] == ["Parks", "410"]
    assert len(typed.rules) == 1 and typed.rules[0].horizontal
