"""Rules shared by the extractors of formats whose cells hold whole documents (Word, HTML).

A cell's content becomes text a paragraph at a time; a frame table around nested tables is unwrapped.
"""
from __future__ import annotations

from .model import PARAGRAPH_BREAK, Block, Paragraph, Table

# a line all in bold up to this many characters reads as a heading (Word, ODF, HTML, sheets)
SHORT_HEADING = 100


def blocks_to_cell_text(blocks: list[Block]) -> tuple[str, list[Table]]:
    """A cell's text: its paragraphs apart by PARAGRAPH_BREAK, each keeping its own line breaks; a
    nested table adds one paragraph per row, cells joined by ` | `."""
    paragraphs: list[str] = []
    nested: list[Table] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines = [line.strip() for line in block.text.split("\n")]
            paragraphs.append("\n".join(line for line in lines if line))
        else:
            nested.append(block)
            for row in block.grid():
                paragraphs.append(" | ".join(" ".join(t.split()) for t in row if t.strip()))
    return PARAGRAPH_BREAK.join(p for p in paragraphs if p), nested


def unwrap_layout(table: Table, contents: dict[int, list[Block]]) -> list[Block] | None:
    """What a layout table holds, when it is one: a one-column frame, or a single filled cell, around tables.

    `contents` maps id(cell) to the blocks read from that cell. None when the table is a real table.
    """
    if not any(c.nested for c in table.cells):
        return None
    filled = [c for c in table.cells if c.text.strip()]
    if table.n_cols == 1 or (len(filled) == 1 and filled[0].nested):
        return [block for cell in table.cells for block in contents.get(id(cell), [])]
    return None
