"""Table readers, siblings behind one interface (readers.base.Reader): each turns the layout it
knows into a Grid, one header over body rows, for the row reader.

Tried in order at each logical table; the plain grid reader takes whatever the others leave.
"""
from __future__ import annotations

from ..model import Grid, LogicalTable
from .base import Reader
from .cards import CardReader
from .grid import GridReader
from .keyvalue import KeyValueReader
from .marked import MarkedPeriodReader

READERS: list[Reader] = [CardReader(), KeyValueReader(), MarkedPeriodReader(), GridReader()]


def read_grids(groups: list[LogicalTable]) -> list[Grid]:
    """Every logical table read by the first reader whose layout it is, numbered in document order."""
    grids: list[Grid] = []
    i = 0
    while i < len(groups):
        for reader in READERS:
            taken = reader.take(groups, i)
            if taken is not None:
                grid, used = taken
                grids.append(grid)
                i += used
                break
    for n, grid in enumerate(grids, start=1):
        grid.index = n
    return grids


__all__ = ["READERS", "Reader", "read_grids"]
