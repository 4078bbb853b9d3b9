"""Key/value cards: one action per box of `Key | value` lines (`Action | ...`, `Lead | ...`,
`By when | ...`), boxes repeating down the page. Each box is a row whose columns are its keys; a
box naming a new action starts a new row."""
from __future__ import annotations

from ..headers import match_header
from ..model import Grid, GridRow, LogicalTable
from .base import synthetic
from .cards import key_value_box


def _fields(pairs) -> list[str | None]:
    return [(m.field if (m := match_header(key)) else None) for key, _ in pairs]


class KeyValueReader:
    name = "key/value cards"

    def take(self, groups: list[LogicalTable], i: int) -> tuple[Grid, int] | None:
        boxes = []
        j = i
        while j < len(groups) and len(groups[j].parts) == 1:
            pairs = key_value_box(groups[j].parts[0].table)
            fields = _fields(pairs) if pairs else []
            # every line a field's label (three in four at least), an action among them
            named = [f for f in fields if f]
            if not pairs or "action" not in named or len(set(named)) < 2 or len(named) < 0.75 * len(fields):
                break
            boxes.append(pairs)
            j += 1
        if not boxes:
            return None
        keys: list[str] = []
        records: list[list[tuple[str, object]]] = []
        for pairs in boxes:
            records.append([])  # each box starts an action; a second action key in it starts another
            seen_action = False
            for (key, cell), field in zip(pairs, _fields(pairs)):
                if field == "action" and seen_action:
                    records.append([])
                seen_action = seen_action or field == "action"
                records[-1].append((key, cell))
                if key not in keys:
                    keys.append(key)
        rows = []
        for n, record in enumerate(records):
            cells = [None] * len(keys)
            for key, cell in record:
                cells[keys.index(key)] = synthetic(cell.text, n, keys.index(key), cell)
            page = next((c.page for c in cells if c is not None and c.page), None)
            rows.append(GridRow(cells=cells, row=n, part=0, page=page))
        first = groups[i].parts[0]
        return Grid(index=groups[i].index, header=keys, rows=rows, n_cols=len(keys), before=first.before,
                    reader=self.name, page=first.table.page,
                    reason=f"{len(boxes)} boxes of key/value lines: {' | '.join(keys)}"), j - i
