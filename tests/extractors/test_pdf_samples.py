"""The PDF samples made for the extractor (samplegen/make_pdf_samples.py), one test per feature:
landscape and /Rotate pages, borderless tables, tables starting mid-page, tables over several pages
with and without a repeated header, rotated header cells, broken headers, merged cells, and the
prefilter that skips pages without tables. The actions they hold are checked in tests/test_samples.py."""
from __future__ import annotations

import pytest

from plan_ingest.extractors import extract

from conftest import SAMPLEGEN, SAMPLES


@pytest.fixture(scope="module")
def docs():
    names = ["landscape_ruled_plan", "borderless_plan", "midpage_table_plan", "long_table_plan",
             "rotated_header_plan"]
    return {name: extract(SAMPLES / f"{name}.pdf") for name in names}


def _cell(table, text_start: str):
    return next(c for c in table.cells if c.text.startswith(text_start))


def _row_texts(table, row: int) -> list[str]:
    return table.grid()[row]


@pytest.mark.parametrize("name, tables, shape, flavor, pages", [
    ("landscape_ruled_plan", 1, (13, 5), "ruled", [1, 2, 3]),
    ("borderless_plan", 1, (13, 5), "borderless", [1, 2]),
    ("midpage_table_plan", 2, (15, 4), "column-ruled", [1, 2]),
    ("long_table_plan", 1, (13, 5), "ruled", [1, 2, 3]),
    ("rotated_header_plan", 1, (8, 11), "ruled", [1]),
])
def test_every_table_found_whole(docs, name, tables, shape, flavor, pages):
    doc = docs[name]
    assert len(doc.tables) == tables
    first = doc.tables[0]
    assert (first.n_rows, first.n_cols) == shape
    assert first.flavor == flavor
    assert sorted({first.row_page(r) for r in range(first.n_rows)}) == pages


@pytest.mark.parametrize("name, header", [
    ("landscape_ruled_plan", ["Ref", "Action", "Lead officer", "Target date", "Status"]),
    ("borderless_plan", ["No.", "Action", "Lead", "Timescale", "Measure of success"]),
    ("midpage_table_plan", ["Action", "Lead officer", "When", "Status"]),
    ("long_table_plan", ["Ref", "Action", "Responsible", "Timeframe", "Progress"]),
    ("rotated_header_plan", ["Theme", "Ref", "Action", "Lead", "Timeframe", "Outcome", "Progress 2024/25",
                             "", "", "", "RAG status"]),
])
def test_header_once_at_the_top(docs, name, header):
    """A repeated header is dropped, a header printed once is carried over; rotated header cells read
    as words and `Timefra` / `me`, broken by a narrow column, is one word again."""
    table = docs[name].tables[0]
    grid = table.grid()
    assert grid[0] == header
    assert sum(1 for row in grid if row == header) == 1
    assert table.header_rows >= 1


def test_landscape_and_rotate_pages_read_upright(docs):
    table = docs["landscape_ruled_plan"].tables[0]
    row = _cell(table, "2.3").row
    assert table.row_page(row) == 2  # on the portrait page turned by /Rotate 90
    assert _row_texts(table, row)[2:] == ["Strategic Housing Manager", "April 2024 - March 2025", "In progress"]
    # boxes are where the cell shows on the page as displayed: a landscape page, 842 points wide
    assert _cell(table, "2.3").bbox[2] < 842 and _cell(table, "2.3").bbox[3] < 595


def test_page_breaks_mark_the_rows_that_begin_a_page(docs):
    table = docs["landscape_ruled_plan"].tables[0]
    assert [table.row_page(r) for r in table.page_breaks] == [2, 3]
    assert _row_texts(table, table.page_breaks[1])[0] == "2.4"


def test_borderless_columns_multiline_cells_and_bullets(docs):
    table = docs["borderless_plan"].tables[0]
    action = _cell(table, "Run awareness sessions")
    assert action.text.split("\n")[-3:] == ["• older residents", "• carers and care workers",
                                           "• staff of the council's contact centre"]
    lead = next(c for c in table.cells if c.row == action.row and c.col == 2)
    assert lead.text == "Trading Standards\nLead"  # one cell, its lines kept
    assert [c.text for c in table.cells if c.col == 0 and c.text.endswith(("1.3", "2.1"))] == ["1.3", "2.1"]


def test_borderless_section_rows_span_the_table(docs):
    table = docs["borderless_plan"].tables[0]
    sections = [c for c in table.cells if c.text.startswith("Priority ")]
    assert [c.colspan for c in sections] == [5, 5, 5]


def test_hyphen_at_a_line_end_is_kept_for_the_reader(docs):
    table = docs["borderless_plan"].tables[0]
    assert _cell(table, "Complete the imple-\nmentation").text
    assert _cell(table, "Develop a long-\nterm funding").text


def test_table_after_narrative_starts_mid_page_with_its_caption(docs):
    doc = docs["midpage_table_plan"]
    table = doc.tables[0]
    assert table.page == 1 and table.bbox[1] > 300
    assert table.title == "Table 1: Priority actions"
    before = [b.text for b in doc.blocks[: doc.blocks.index(table)]]
    assert before[-2:] == ["Our action plan for 2024/25", "Table 1: Priority actions"]


def test_column_rules_without_row_rules_give_one_row_per_action(docs):
    table = docs["midpage_table_plan"].tables[0]
    actions = [c for c in table.cells if c.col == 0 and c.rowspan == 1 and c.colspan == 1 and c.row > 0]
    assert len(actions) == 10
    assert _cell(table, "Offer free home energy advice").text.count("\n") == 2
    themes = [c for c in table.cells if c.colspan == 4]
    assert [c.text for c in themes] == ["Buildings and energy", "Transport", "Waste and resources",
                                        "Nature and green spaces"]


def test_two_tables_on_one_page(docs):
    second = docs["midpage_table_plan"].tables[1]
    assert (second.page, second.index_on_page) == (2, 2)
    assert second.title == "Table 2: Reporting actions"


def test_row_continued_at_the_top_of_the_next_page_is_merged(docs):
    table = docs["long_table_plan"].tables[0]
    progress = _cell(table, "A third of placements")
    assert progress.text.endswith("recorded at the last\nreview.")
    assert progress.page == 2
    assert [table.row_page(r) for r in table.page_breaks] == [2, 3]
    assert _row_texts(table, table.page_breaks[1])[0] == "9"


def test_rotated_side_labels_and_merged_cells(docs):
    table = docs["rotated_header_plan"].tables[0]
    assert table.header_rows == 2
    progress = _cell(table, "Progress 2024/25")
    assert (progress.rowspan, progress.colspan) == (1, 4)
    assert _row_texts(table, 1)[6:10] == ["Apr - Jun", "Jul - Sep", "Oct - Dec", "Jan - Mar"]
    housing = _cell(table, "Housing")
    assert (housing.col, housing.rowspan) == (0, 3)
    outcome = _cell(table, "More homes available")
    assert outcome.rowspan == 2


def test_pages_without_tables_are_not_read_in_full(tmp_path, monkeypatch):
    """The prefilter passes only the appendix pages to the full reading; the narrative stays text."""
    import sys

    from plan_ingest.extractors import pdf

    sys.path.insert(0, str(SAMPLEGEN))
    from make_pdf_samples import strategy_with_appendix

    path = tmp_path / "strategy.pdf"
    strategy_with_appendix(path, narrative_pages=3)
    read = []
    original = pdf.page_to_content
    monkeypatch.setattr(pdf, "page_to_content", lambda page, tp, n, s: read.append(n) or original(page, tp, n, s))
    doc = pdf.extract_pdf(path)
    [table] = doc.tables
    assert read == sorted({table.row_page(r) for r in range(table.n_rows)})
    assert read[0] == 4
    assert any(p.heading and p.text == "2. Town centre renewal" for p in doc.blocks if p.page == 2)
