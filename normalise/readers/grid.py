"""The plain table: a header row (perhaps under a title) over one row per action, perhaps over
several pages. Every layout no other reader claims is read as this one."""
from __future__ import annotations

from ..grouping import same_header
from ..model import Grid, GridRow, LogicalTable


def grid_of(group: LogicalTable, reader: str = "grid", reason: str = "") -> Grid:
    """A logical table's body rows, each with the cell covering every column."""
    n_cols = max(p.table.n_cols for p in group.parts)
    rows: list[GridRow] = []
    for k, part in enumerate(group.parts):
        cover = part.table.cell_at()
        skip = part.header_rows if k == 0 or same_header(part.header, group.header) else 0
        for r in range(skip, part.table.n_rows):
            cells = cover[r] + [None] * (n_cols - len(cover[r]))
            first = r == skip
            rows.append(GridRow(
                cells=cells, row=r, part=k, page=part.table.row_page(r),
                opens_page=(k > 0 and first) or r in part.table.page_breaks,
                before=part.before if k > 0 and first else [],
            ))
    return Grid(index=group.index, header=list(group.header), rows=rows, n_cols=n_cols,
                before=group.parts[0].before, header_fields=list(group.header_fields), reader=reader,
                reason=reason or _why(group), series=group.series, page=group.parts[0].table.page)


def _why(group: LogicalTable) -> str:
    if group.series:
        return f"a series of {len(group.parts)} tables of one shape, each under its own heading"
    if group.header:
        return "a header row over one row per item"
    if group.header_fields:
        return "a header printed as text above the table"
    return "no header row: the content decides each column"


class GridReader:
    name = "grid"

    def take(self, groups: list[LogicalTable], i: int) -> tuple[Grid, int] | None:
        return grid_of(groups[i]), 1
