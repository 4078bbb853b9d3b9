"""The column dictionary: one source (output/columns.yaml) for the column order, docs/columns.md,
and the `columns` and `documents` sheets an analyst finds in actions.xlsx."""
from __future__ import annotations

import re

import openpyxl
import pytest

from plan_ingest.output.schema import ACTION_COLUMNS, DOCUMENT_COLUMNS, column_dictionary, columns_markdown

from conftest import ROOT, SHARED


def test_docs_page_is_made_from_the_dictionary():
    """Regenerate with: python -m plan_ingest.output.schema > docs/columns.md"""
    assert (ROOT / "docs" / "columns.md").read_text(encoding="utf-8") == columns_markdown()


@pytest.mark.skipif(not (SHARED / "CONTRACT.md").exists(), reason="../shared/CONTRACT.md is not beside the checkout")
def test_dictionary_names_every_contract_column_with_a_type_and_meaning():
    contract = (SHARED / "CONTRACT.md").read_text(encoding="utf-8")
    table = contract.split("## OUTDIR/actions", 1)[1].split("## OUTDIR/documents", 1)[0]
    named = re.findall(r"^\| (\w+) \|", table, flags=re.M)
    assert [c for c in named if c != "column"] == [c for c in ACTION_COLUMNS if c in named]
    docs_line = contract.split("## OUTDIR/documents.csv", 1)[1].split("`unsupported`", 1)[0]
    listed = re.sub(r"\([^)]*\)", "", docs_line.split("`")[1])
    named_docs = [c.strip() for c in listed.split(",")]
    # the contract's columns, in its order; plan-ingest may add columns after them, never rename
    assert DOCUMENT_COLUMNS[:len(named_docs)] == named_docs
    for rows in column_dictionary().values():
        assert all(kind and len(meaning) > 10 for _, kind, meaning in rows)


def test_workbook_has_actions_documents_and_columns_sheets(sample_run):
    _, out = sample_run
    book = openpyxl.load_workbook(out / "actions.xlsx", read_only=True)
    assert book.sheetnames == ["actions", "documents", "columns"]
    documents = list(book["documents"].iter_rows(values_only=True))
    assert documents[0][0] == "source_file" and "seconds" not in documents[0]
    assert len(documents) - 1 == len(list(open(out / "documents.csv", encoding="utf-8-sig"))) - 1
    columns = [row[1] for row in book["columns"].iter_rows(min_row=2, values_only=True)]
    assert columns == ACTION_COLUMNS + DOCUMENT_COLUMNS
