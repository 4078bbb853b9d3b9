"""The PDF extractor's stages one by one, on hand-made data: words, turned text, corridors, ruled
grids, bands, cell text, stitching and the prefilter. One row per case."""
from __future__ import annotations

import pytest

from plan_ingest.extractors.model import PARAGRAPH_BREAK, Cell, Table
from plan_ingest.extractors.pdf_bands import band_to_row_starts, is_value, split_bands
from plan_ingest.extractors.pdf_cells import CellDraft, TableDraft, lines_to_text
from plan_ingest.extractors.pdf_page import Char
from plan_ingest.extractors.pdf_prefilter import PageScan, ScanWord, scan_may_hold_table
from plan_ingest.extractors.pdf_regions import Line, Segment, corridors, line_to_segments
from plan_ingest.extractors.pdf_ruled import Edge, component_to_grid
from plan_ingest.extractors.pdf_stitch import continues_row, repeated_header_rows
from plan_ingest.extractors.pdf_words import (
    TextLine,
    Word,
    boxes_to_lines,
    line_to_words,
    rotated_chars_to_words,
    turn_box,
    unturn_box,
)


def chars(text: str, x: float = 10, top: float = 100, size: float = 10, advance: float = 5, dir: int = 0):
    out = []
    for ch in text:
        out.append(Char(ch, x, top, x + advance, top + size, size, dir))
        x += advance
    return out


def word(text: str, x0: float, top: float = 100, size: float = 10, bold: bool = False) -> Word:
    return Word(text, x0, top, x0 + 5 * len(text), top + size, size, bold)


# ---------------------------------------------------------------- words and lines


@pytest.mark.parametrize("layout, words", [
    ([("Lead officer", 10)], ["Lead", "officer"]),  # a space character splits
    ([("Lead", 10), ("officer", 35)], ["Lead", "officer"]),  # a gap wider than a fifth of the size
    ([("Time", 10), ("frame", 31)], ["Timeframe"]),  # a hair's gap is kerning, not a space
])
def test_line_to_words(layout, words):
    line = [c for text, x in layout for c in chars(text, x)]
    assert [w.text for w in line_to_words(line)] == words


def test_superscript_stays_on_its_line():
    line = chars("Total", 10) + [Char("1", 36, 97, 40, 103, 6)] + chars("next", 10, top=114)
    lines = boxes_to_lines(line)
    assert ["".join(c.text for c in ln) for ln in lines] == ["Total1", "next"]


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_turning_a_box_and_back(turn):
    box = (10.0, 20.0, 60.0, 35.0)
    turned = turn_box(box, turn, 600, 800)
    assert unturn_box(turned, turn, 600, 800) == pytest.approx(box)


@pytest.mark.parametrize("direction, stacked, text", [
    (90, "Process", "Process"),  # reads bottom to top: the first letter lowest
    (270, "Theme", "Theme"),  # top to bottom
])
def test_rotated_text_reads_as_words(direction, stacked, text):
    column = []
    for k, ch in enumerate(stacked):
        y = 500 - 6 * k if direction == 90 else 400 + 6 * k
        column.append(Char(ch, 50, y, 60, y + 6, 10, direction))
    [found] = rotated_chars_to_words(column, 600, 800)
    assert found.text == text and found.dir == direction


# ---------------------------------------------------------------- borderless columns


def test_segments_split_at_wide_gaps_and_column_rules():
    line = TextLine([word("Total", 10), word("44.8", 80), word("33", 102)])
    rule = Edge(False, 100, 90, 120)
    assert [s.text for s in line_to_segments(line, []).segments] == ["Total", "44.8 33"]
    assert [s.text for s in line_to_segments(line, [rule]).segments] == ["Total", "44.8", "33"]


def _line(*pieces: tuple[float, float]) -> Line:
    return Line([Segment([Word("x", a, 100, b, 110, 10)]) for a, b in pieces])


@pytest.mark.parametrize("lines, allowed, expected", [
    ([_line((0, 50), (80, 100)), _line((0, 40), (85, 100))], 0, [(50, 80)]),
    ([_line((0, 50), (80, 100)), _line((0, 90))], 0, []),  # a line across the gap closes it
    ([_line((0, 50), (80, 100)), _line((0, 50), (80, 100)), _line((0, 90))], 1, [(50, 80)]),
])
def test_corridors(lines, allowed, expected):
    assert corridors(lines, 0, 100, 5, allowed) == expected


# ---------------------------------------------------------------- ruled grids


def test_missing_rule_merges_cells():
    """Two rows, two columns; the rule between the columns stops at the first row: a merged cell."""
    edges = [Edge(True, y, 0, 100) for y in (0, 20, 40)] + [
        Edge(False, 0, 0, 40), Edge(False, 100, 0, 40), Edge(False, 50, 0, 20)]
    grid = component_to_grid(edges)
    assert sorted(grid.spans) == [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 2)]


def test_table_without_outer_frame_gets_its_edges():
    edges = [Edge(True, y, 0, 100) for y in (0, 20, 40)] + [Edge(False, 50, 0, 40)]
    grid = component_to_grid(edges)
    assert grid.xs == [0, 50, 100] and grid.n_rows == 2


@pytest.mark.parametrize("text, value", [
    ("44.8", True), ("£1,200", True), ("(22.9)", True), ("2.10", True), ("A1", True), ("15%", True),
    ("Head of Housing", False), ("March 2025", False), ("", False),
])
def test_is_value(text, value):
    assert is_value(text) is value


def test_band_holding_several_rows_is_cut_where_values_repeat():
    cells = [CellDraft(0, 0, 1, 1, (0, 0, 50, 60), [word("Austria", 2, 2), word("Belgium", 2, 14)]),
             CellDraft(0, 1, 1, 1, (50, 0, 100, 60), [word("86.2", 60, 2), word("0.0", 60, 14)])]
    assert band_to_row_starts(cells) == [pytest.approx(13.5)]


def test_prose_wrapping_in_a_band_is_not_cut():
    cells = [CellDraft(0, 0, 1, 1, (0, 0, 50, 60), [word("1.1", 2, 2)]),
             CellDraft(0, 1, 1, 1, (50, 0, 200, 60), [word("Review", 60, 2), word("the", 60, 14),
                                                       word("strategy", 60, 26)])]
    assert band_to_row_starts(cells) == []


def _ruled_rows(first_cell_lines: list[list[tuple[str, float]]]) -> TableDraft:
    """A grid ruled row by row: each row's first cell holds the given (text, top) lines, the second
    cell a number beside the first line."""
    cells = []
    for r, lines in enumerate(first_cell_lines):
        top, bottom = lines[0][1] - 2, lines[-1][1] + 12
        cells.append(CellDraft(r, 0, 1, 1, (0, top, 150, bottom), [word(t, 2, y) for t, y in lines]))
        cells.append(CellDraft(r, 1, 1, 1, (150, top, 200, bottom), [word(str(r + 1), 152, lines[0][1])]))
    return TableDraft(cells, len(first_cell_lines), 2, (0, 0, 200, 400), "ruled")


def test_a_blank_line_in_a_grid_ruled_row_by_row_is_a_paragraph_break():
    rows = [[("Publish", 0)], [("Consult", 30)], [("Review", 60), ("Report", 90)], [("Train", 120)], [("Audit", 150)]]
    assert split_bands(_ruled_rows(rows)).n_rows == 5


def test_a_band_holding_rows_apart_by_blank_lines_is_cut_when_bands_usually_do():
    rows = [[("Publish", 0), ("Consult", 30)], [("Review", 60), ("Report", 90)], [("Train", 120)]]
    assert split_bands(_ruled_rows(rows)).n_rows == 5


# ---------------------------------------------------------------- cell text


@pytest.mark.parametrize("lines, header_box, text", [
    ([[word("Timefra", 3, 0)], [word("me", 3, 12)]], (0, 0, 40, 30), "Timeframe"),  # cut by the column
    ([[word("Relative", 3, 0)], [word("to", 3, 12)]], (0, 0, 46, 30), "Relative\nto"),  # a word of its own
    ([[word("Lead", 3, 0)], [word("officer", 3, 12)]], (0, 0, 60, 30), "Lead\nofficer"),  # wrapped
    ([[word("imple\u00ad", 3, 0)], [word("mentation", 3, 12)]], None, "implementation"),  # soft hyphen
    ([[word("long-", 3, 0)], [word("term", 3, 12)]], None, "long-\nterm"),  # left to the reader
    ([[word("Total:", 3, 0)], [word("Fruit", 3, 20)], [word("Effi", 3, 32)]], None,
     f"Total:{PARAGRAPH_BREAK}Fruit\nEffi"),  # a blank line's gap: a paragraph ends
    ([[word("Launch", 3, 0)], [word("May", 3, 17)]], None, "Launch\nMay"),  # loose spacing: still one
])
def test_lines_to_text(lines, header_box, text):
    """Lines 10 points tall; a paragraph break where the gap between them is over 0.8 of a line."""
    assert lines_to_text(lines, header_box, paragraph_gap=0.8) == text


# ---------------------------------------------------------------- stitching


def _table(rows: list[list[str]], header_rows: int = 1) -> Table:
    cells = [Cell(text, r, c, page=1) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(cells, len(rows), len(rows[0]), page=1, header_rows=header_rows)


@pytest.mark.parametrize("first, part, repeated", [
    ([["Ref", "Action"], ["1.1", "Do"]], [["Ref", "Action"], ["1.2", "Go"]], 1),
    ([["ction", "Timeframe"], ["a", "b"]], [["Action", "Timeframe"], ["c", "d"]], 1),  # clipped letter
    ([["Ref", "Action"], ["1.1", "Do"]], [["1.2", "Go"], ["1.3", "Run"]], 0),  # not repeated
])
def test_repeated_header_rows(first, part, repeated):
    assert repeated_header_rows(_table(first), _table(part)) == repeated


@pytest.mark.parametrize("last, top, continues", [
    (["2.1", "Review the", "Head"], ["", "rest of the text", ""], True),  # no ref, lowercase
    (["2.1", "Review the", "Head"], ["", "More text.", "of Service"], True),  # no ref, carries on
    (["2.1", "Review", "Head"], ["2.2", "Next", "Head"], False),  # a ref of its own
    (["2.1", "Review", "Head"], ["", "", ""], False),
])
def test_continues_row(last, top, continues):
    cover = lambda row: [Cell(t, 0, c) for c, t in enumerate(row)]
    assert continues_row(cover(top), cover(last)) is continues


# ---------------------------------------------------------------- prefilter


def _scan(lines: list[list[tuple[float, float]]], rules: int = 0) -> PageScan:
    words = [ScanWord("w", a, 100 + 12 * k, b, 110 + 12 * k) for k, line in enumerate(lines) for a, b in line]
    return PageScan(1, words, rules, 600, 800)


@pytest.mark.parametrize("lines, rules, worth_it", [
    ([[(50 + 30 * i, 75 + 30 * i) for i in range(15)]] * 20, 0, False),  # running prose
    ([[(50, 120), (300, 340), (420, 470)]] * 5, 0, True),  # gaps lined up down the page
    ([[(50, 120), (300, 340)], [(50, 120)], [(50, 480)]], 0, False),  # one gapped line
    ([[(50, 550)]] * 3, 6, True),  # ruling lines
])
def test_prefilter(lines, rules, worth_it):
    assert scan_may_hold_table(_scan(lines, rules)) is worth_it


@pytest.mark.parametrize("elsewhere, cell, joined", [
    ("The implementation plan", "Complete the imple-\nmentation", "Complete the implementation"),
    ("", "Complete the imple-\nmentation", "Complete the imple-\nmentation"),  # not known: left as printed
    ("a long-term plan and longterm", "a long-\nterm plan", "a long-\nterm plan"),  # a compound seen whole
])
def test_join_split_words(elsewhere, cell, joined):
    from plan_ingest.extractors.pdf_cells import join_split_words

    target = Cell(cell, 0, 0)
    join_split_words([elsewhere, cell], [target])
    assert target.text == joined


def test_header_cell_drawn_as_two_over_one_column():
    """`Lead | officer` split by a rule the body never has: one header cell over one column."""
    from plan_ingest.extractors.pdf_cells import TableDraft, merge_split_header_cells

    cells = [CellDraft(0, 0, 1, 1, (0, 0, 50, 10), [word("Action", 2, 0)]),
             CellDraft(0, 1, 1, 1, (50, 0, 80, 10), [word("Lead", 52, 0)]),
             CellDraft(0, 2, 1, 1, (80, 0, 120, 10), [word("officer", 82, 0)]),
             CellDraft(1, 0, 1, 1, (0, 10, 50, 20), [word("Review", 2, 10)]),
             CellDraft(1, 1, 1, 2, (50, 10, 120, 20), [word("Head", 52, 10)])]
    draft = merge_split_header_cells(TableDraft(cells, 2, 3, (0, 0, 120, 20), "ruled", header_rows=1))
    assert draft.n_cols == 2
    lead = next(c for c in draft.cells if c.row == 0 and c.col == 1)
    assert [w.text for w in lead.words] == ["Lead", "officer"] and lead.colspan == 1
    assert next(c for c in draft.cells if c.row == 1 and c.col == 1).colspan == 1


@pytest.mark.parametrize("second, header_rows, stitched", [
    ([["Ref", "Action"], ["1.3", "Run"]], 1, True),  # the header repeated
    ([["1.3", "Run"], ["1.4", "Walk"]], 0, True),  # no header on the next page: carried over
    ([["No.", "Task"], ["A1", "Plan"]], 1, False),  # a header of its own: another table
])
def test_tables_to_stitched(second, header_rows, stitched):
    from plan_ingest.extractors.pdf_stitch import tables_to_stitched

    first = _table([["Ref", "Action"], ["1.1", "Do"], ["1.2", "Go"]])
    first.flavor = "ruled"
    part = _table(second, header_rows)
    part.page, part.flavor = 2, "ruled"
    for cell in part.cells:
        cell.page = 2
    blocks = tables_to_stitched([first, part], {1: 800, 2: 800})
    assert (len(blocks) == 1) is stitched
    if stitched:
        assert blocks[0].grid()[-1] == second[-1] and blocks[0].page_breaks == [3]
