"""Extractor for tab-separated text exports of plans (what copy-paste or pdftotext makes of a table).

A line holding tabs is a table row, its cells split at the tabs; other lines are paragraphs.
"""
from __future__ import annotations

import re
from pathlib import Path

from .model import Cell, Paragraph, SourceDocument, Table

# an underline drawn under a header with dashes or equals signs, not data
_RULE = re.compile(r"^[-=_\s]*$")


def read_text(path: str | Path) -> str:
    raw = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def lines_to_blocks(lines: list[str]) -> list[Paragraph | Table]:
    """Group consecutive tab-separated lines into tables; everything else is a paragraph."""
    blocks: list[Paragraph | Table] = []
    rows: list[list[str]] = []

    def close_table() -> None:
        if rows:
            blocks.append(rows_to_table(rows))
            rows.clear()

    for line in lines:
        line = line.rstrip("\r\n")
        if "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            if all(_RULE.match(c) for c in cells):
                continue
            rows.append(cells)
            continue
        close_table()
        text = line.strip()
        if text and not _RULE.match(text):
            blocks.append(Paragraph(text=text, heading=_looks_like_heading(text)))
    close_table()
    return blocks


def rows_to_table(rows: list[list[str]]) -> Table:
    # trailing empty cells of a ragged row carry no information
    n_cols = max(len(r) for r in rows)
    cells = [
        Cell(text=text, row=r, col=c)
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
    ]
    return Table(cells=cells, n_rows=len(rows), n_cols=n_cols)


def _looks_like_heading(text: str) -> bool:
    return len(text) <= 80 and not text.rstrip().endswith((".", ",", ";")) and len(text.split()) <= 10


def extract_text(path: str | Path) -> SourceDocument:
    text = read_text(path)
    blocks = lines_to_blocks(text.splitlines())
    return SourceDocument(path=str(path), format="txt", blocks=blocks)
