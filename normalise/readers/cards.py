"""One small table per action ("cards"), and the key/value boxes printed between them.

A card is a few label rows (`Strategy | <text>`), a header row (`Timeline | Impact | Lead Agency`)
and one row of values under it; cards repeat down the pages with the same header, under boxes
such as `Goal | <text>` and `Target | <text>`. The run of cards reads as one table: each card a
row whose columns are its labels and its header, each `Goal` (or other theme word) a section, and
other box lines notes that go into the `extra` of the cards below them.
"""
from __future__ import annotations

from plan_ingest.extractors.model import Cell, Table

from ..cleantext import squash
from ..grouping import _label_row, is_heading_like, same_header
from ..headers import match_header
from ..model import Grid, GridRow, LogicalTable, RowKind
from .base import synthetic

MAX_LABEL_ROWS = 3
MAX_VALUE_ROWS = 2


def _prose(paragraphs) -> bool:
    return any(not is_heading_like(p) for p in paragraphs)


def _key(text: str) -> str:
    return squash(text).rstrip(":").strip()


def _pairs(table: Table, rows: range) -> list[tuple[str, Cell]] | None:
    """`Key | value` rows: a short label first, its value in one other cell (perhaps merged across)."""
    cover = table.cell_at()
    pairs = []
    for r in rows:
        own = [c for c in table.cells if c.row == r and c.text.strip()]
        if len(own) != 2 or own[0].col != 0:
            return None
        key = _key(own[0].text)
        if not key or len(key.split()) > 5 or len(key) > 40 or cover[r][0].rowspan > 1:
            return None
        pairs.append((key, own[1]))
    return pairs


def key_value_box(table: Table) -> list[tuple[str, Cell]] | None:
    """A box of `Key | value` lines and nothing else (`Goal | ...`, `Target | ...`)."""
    if table.n_rows > 6 or table.n_cols < 2:
        return None
    return _pairs(table, range(table.n_rows)) or None


def card(table: Table) -> tuple[list[tuple[str, Cell]], list[str], list[list[Cell | None]]] | None:
    """(label pairs, header, value rows) when the table is a card."""
    grid = table.grid()
    for h in range(min(MAX_LABEL_ROWS, table.n_rows - 1) + 1):
        cells = [squash(t) for t in grid[h]]
        if not _label_row(cells) or sum(1 for t in cells if t) < max(2, table.n_cols - 1):
            continue
        values = table.n_rows - h - 1
        if not 1 <= values <= MAX_VALUE_ROWS:
            return None
        labels = _pairs(table, range(h)) if h else None
        if not labels:  # a small table with no label row is a table, not a card
            return None
        cover = table.cell_at()
        return labels, cells, [cover[r] for r in range(h + 1, table.n_rows)]
    return None


class CardReader:
    name = "cards"

    def take(self, groups: list[LogicalTable], i: int) -> tuple[Grid, int] | None:
        run: list[tuple[str, object]] = []
        header: list[str] = []
        keys: list[str] = []
        j = i
        while j < len(groups) and len(groups[j].parts) == 1:
            table = groups[j].parts[0].table
            if j > i and _prose(groups[j].parts[0].before):
                break  # cards follow one another, with at most headings and running heads between
            found = card(table)
            if found is not None and (not header or (same_header(found[1], header) and [k for k, _ in found[0]] == keys)):
                header, keys = header or found[1], keys or [k for k, _ in found[0]]
                run.append(("card", (groups[j], found)))
            elif (box := key_value_box(table)) is not None and table.n_cols <= 3:
                run.append(("box", (groups[j], box)))
            else:
                break
            j += 1
        while run and run[-1][0] == "box":  # boxes after the last card belong to what follows
            run.pop()
            j -= 1
        cards = sum(1 for kind, _ in run if kind == "card")
        if cards < 2:
            return None
        return self._grid(groups[i], run, keys, header), j - i

    def _grid(self, first: LogicalTable, run: list, keys: list[str], header: list[str]) -> Grid:
        columns = keys + header
        rows: list[GridRow] = []
        n = 0
        # sections come from the boxes: what is printed between cards is running heads and captions
        for kind, (group, found) in run:
            part = group.parts[0]
            if kind == "box":
                for key, cell in found:
                    theme = (m := match_header(key)) is not None and m.field == "section"
                    rows.append(GridRow(
                        cells=[synthetic(cell.text, n, 0, cell, colspan=len(columns))] + [None] * (len(columns) - 1),
                        row=n, part=0, page=cell.page, kind=RowKind.THEME if theme else RowKind.NOTE, key=key))
                    n += 1
                continue
            labels, _, values = found
            for value_row in values:
                cells = [synthetic(cell.text, n, k, cell) for k, (_, cell) in enumerate(labels)]
                for c, cell in enumerate(value_row[:len(header)]):
                    own = cell is not None and cell.text.strip()
                    cells.append(synthetic(cell.text, n, len(labels) + c, cell) if own else None)
                cells += [None] * (len(columns) - len(cells))
                page = next((c.page for c in cells if c is not None and c.page), part.table.page)
                rows.append(GridRow(cells=cells, row=n, part=0, page=page))
                n += 1
        names_action = any((m := match_header(h)) is not None and m.field == "action" for h in header)
        fixed = {0: "action"} if keys and not names_action else {}
        cards = sum(1 for kind, _ in run if kind == "card")
        return Grid(index=first.index, header=columns, rows=rows, n_cols=len(columns), before=first.parts[0].before,
                    reader=self.name, fixed=fixed, page=first.parts[0].table.page,
                    reason=f"{cards} cards: {' | '.join(keys) + ' over ' if keys else ''}{' | '.join(header)}")
