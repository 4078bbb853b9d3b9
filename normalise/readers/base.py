"""The interface every table reader shares, as camelot's lattice and stream parsers share one.

A reader looks at the logical tables from position `i` on and, when the layout there is its own,
gives back a Grid (one header over body rows) and how many logical tables it used; otherwise None.
"""
from __future__ import annotations

from typing import Protocol

from plan_ingest.extractors.model import Cell

from ..model import Grid, LogicalTable


class Reader(Protocol):
    name: str

    def take(self, groups: list[LogicalTable], i: int) -> tuple[Grid, int] | None:
        """A grid read from groups[i:], and how many groups it used; None when the layout is not this reader's."""


def synthetic(text: str, row: int, col: int, like: Cell | None = None, colspan: int = 1) -> Cell:
    """A cell a reader lays out anew (a card's value in its column), keeping the page and position
    of the cell it came from."""
    return Cell(text=text, row=row, col=col, colspan=colspan,
                page=like.page if like is not None else None, bbox=like.bbox if like is not None else None)
