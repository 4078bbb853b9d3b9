"""Text exports: tab-separated lines are table rows, other lines paragraphs."""
from __future__ import annotations

from plan_ingest.extractors.model import Paragraph, Table
from plan_ingest.extractors.text import lines_to_blocks


def test_tab_lines_become_one_table_and_rules_are_dropped():
    blocks = lines_to_blocks(["Title", "Action\tWhen", "------\t----", "Do it\tMay 2011", "", "Author X"])
    assert [type(b) for b in blocks] == [Paragraph, Table, Paragraph]
    assert blocks[1].grid() == [["Action", "When"], ["Do it", "May 2011"]]


def test_ragged_rows_are_padded():
    table = lines_to_blocks(["a\tb\tc", "d\te"])[0]
    assert table.n_cols == 3 and table.grid()[1] == ["d", "e", ""]
