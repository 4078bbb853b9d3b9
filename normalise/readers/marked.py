"""A timeframe marked, not written: an `X` or a tick in one of several period columns
(`Short | Middle | Long`, years, quarters, or a Gantt row of months).

The period columns become one timeframe column: the marked column's heading, or, for marks in
several columns, the first heading to the last (`Jan 2024 - Jun 2024`). A relative period with no
year (`Short`, `Year 1`) stays what it says; the timeframe reader leaves it `unknown`.
"""
from __future__ import annotations

import re

from ..cleantext import squash
from ..content import is_mark
from ..model import Grid, GridRow, LogicalTable
from .base import synthetic
from .grid import grid_of

_MONTHS = r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?"
PERIOD = re.compile(
    r"^(?:"
    r"(short|medium|middle|mid|long)([\s-]*term)?"
    r"|(fy\s?)?(19|20)\d\d([/-]\d{2,4})?"
    r"|q[1-4]([\s/-]+(fy\s?)?\d{2,4}([/-]\d{2,4})?)?"
    r"|(year|yr|phase|stage)\s*\d{1,2}"
    r"|\d{1,2}\s*[-–]\s*\d{1,2}\s*(years?|yrs?|months?)"
    r"|(" + _MONTHS + r")(\s+\d{2,4})?"
    r"|\d{4}\s+(" + _MONTHS + r")"
    r"|(immediate|ongoing)"
    r")$",
    re.IGNORECASE,
)
# a word's last letters pushed into the first period column by a long action cell (`an|d X`)
_SPILL = re.compile(r"^([a-z]{1,3})(?:\s+(\S+))?$")


def period_columns(grid: Grid) -> list[int]:
    """Columns headed by a period whose cells hold only marks; two or more, or none."""
    found = []
    for c, head in enumerate(grid.header):
        if not PERIOD.match(squash(head)):
            continue
        # a theme row across the whole table covers these columns too; only cells of their own count
        own = [row.own(c) for row in grid.rows]
        values = [squash(cell.text) for cell in own if cell is not None and cell.col == c and cell.text.strip()]
        marks = [v for v in values if is_mark(v) or _spilled_mark(v)]
        if values and len(marks) >= 0.7 * len(values):
            found.append(c)
    return found if len(found) >= 2 else []


def _spilled_mark(text: str) -> bool:
    m = _SPILL.match(text)
    return bool(m) and (m.group(2) is None or is_mark(m.group(2)))


def _label(head: str) -> str:
    head = squash(head)
    m = re.match(r"^(\d{4})\s+(.+)$", head)  # `2024 Jan` under a merged year heading reads `Jan 2024`
    return f"{m.group(2)} {m.group(1)}" if m and not m.group(2)[:1].isdigit() else head


class MarkedPeriodReader:
    name = "marked periods"

    def take(self, groups: list[LogicalTable], i: int) -> tuple[Grid, int] | None:
        grid = grid_of(groups[i])
        periods = period_columns(grid)
        if not periods:
            return None
        return marked_to_timeframe(grid, periods), 1


def marked_to_timeframe(grid: Grid, periods: list[int]) -> Grid:
    keep = [c for c in range(grid.n_cols) if c not in periods]
    at = sum(1 for c in keep if c < periods[0])  # where the period columns were
    header = [grid.header[c] for c in keep]
    header.insert(at, "Timeframe")
    left = max((c for c in keep if c < periods[0]), default=None)  # the column a spilled word belongs to
    rows = []
    for n, row in enumerate(grid.rows):
        marked = []
        spill = ""
        for c in periods:
            cell = row.own(c)
            text = squash(cell.text) if cell is not None else ""
            if not text:
                continue
            m = _SPILL.match(text)
            if m and not is_mark(text):
                spill += m.group(1)
                text = m.group(2) or ""
            if is_mark(text):
                marked.append(c)
        cells = [row.cells[c] for c in keep]
        if spill and left is not None and row.own(left) is not None:
            source = row.own(left)
            k = keep.index(left)
            cells[k] = synthetic(source.text + spill, row.row, k, source, source.colspan)
            cells[k].rowspan = source.rowspan
        value = ""
        if marked:
            first, last = _label(grid.header[marked[0]]), _label(grid.header[marked[-1]])
            value = first if first == last else f"{first} - {last}"
        cells.insert(at, synthetic(value, row.row, at, row.own(periods[0])) if value else None)
        rows.append(GridRow(cells=cells, row=row.row, part=row.part, page=row.page, opens_page=row.opens_page,
                            before=row.before, kind=row.kind, key=row.key))
    heads = " | ".join(squash(grid.header[c]) for c in periods)
    return Grid(index=grid.index, header=header, rows=rows, n_cols=len(header), before=grid.before,
                header_fields=grid.header_fields, reader=MarkedPeriodReader.name,
                reason=f"a timeframe marked in the period columns {heads}", fixed={at: "timeframe"},
                series=grid.series, page=grid.page)
