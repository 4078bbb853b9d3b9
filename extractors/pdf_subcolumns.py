"""Ruled tables whose rules leave out some columns: a box round the table with no inner rules, or
one rule after the labels and none between the figures. Inside such a ruled column the text
itself may line up in columns, with whitespace running down every row between them; the column
is then cut there, as a borderless table's would be (pdf_regions.corridors).

This is split_bands' twin: bands cut a ruled row into the rows its text holds, this cuts a ruled
column into the columns its text holds.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from .pdf_cells import CellDraft, TableDraft
from .pdf_regions import corridors, figure_corridors_in, is_figure
from .pdf_words import Word, boxes_to_lines


@dataclass(frozen=True)
class SubcolumnSettings:
    # a gap this wide (font sizes) between words may separate two columns, as in borderless tables
    column_gap: float = 0.5
    # a ruled column is cut only where this many of its body rows hold text either side of the cut
    min_rows: int = 3
    # ...and this share of the body rows that have text in the column
    both_sides: float = 0.5


SUBCOLUMNS = SubcolumnSettings()


@dataclass
class _Piece:
    x0: float
    x1: float


@dataclass
class _Spans:
    segments: list[_Piece]


def _pieces(words: list[Word], gap: float) -> list[_Piece]:
    """A line's words joined where they sit closer than `gap`: the runs a column cut may not cross."""
    out: list[_Piece] = []
    for w in sorted(words, key=lambda w: w.x0):
        if out and w.x0 - out[-1].x1 < gap:
            out[-1].x1 = max(out[-1].x1, w.x1)
        else:
            out.append(_Piece(w.x0, w.x1))
    return out


def column_cuts(cells: list[CellDraft], x0: float, x1: float, settings: SubcolumnSettings = SUBCOLUMNS) -> list[float]:
    """Where the text of one ruled column's body cells divides into columns of its own."""
    filled = [c for c in cells if c.words]
    if len(filled) < settings.min_rows:
        return []
    upright = [w for c in filled for w in c.words if w.dir == 0]
    if len(upright) < len(filled):
        return []
    size = median(w.size for w in upright)
    lines = [line for c in filled for line in boxes_to_lines([w for w in c.words if w.dir == 0])]
    spans = [_Spans(_pieces(line, settings.column_gap * size)) for line in lines]
    found = []
    if any(len(s.segments) > 1 for s in spans):
        found += corridors(spans, x0, x1, settings.column_gap * size * 0.9, len(lines) // 25)
    if sum(1 for w in upright if is_figure(w.text)) * 2 >= len(upright):
        found += figure_corridors_in(lines, x0, x1, size)
    cuts = []
    for a, b in sorted(found):
        both = sum(1 for c in filled if any(w.x1 <= a for w in c.words) and any(w.x0 >= b for w in c.words))
        if both < max(settings.min_rows, settings.both_sides * len(filled)):
            continue
        left = [w.text for line in lines for w in line if w.x1 <= a]
        if left and sum(1 for t in left if t in BULLETS) >= 0.8 * len(left):
            continue  # bullets hanging before their items: a list in each cell, not a column
        cuts.append((a + b) / 2)
    return _distinct(cuts, size)


BULLETS = set("•▪‣◦●○■□➢➤►-–—−*\uf0b7\uf0a7\uf076\uf0d8")


def _distinct(cuts: list[float], size: float) -> list[float]:
    out: list[float] = []
    for x in sorted(cuts):
        if not out or x - out[-1] > size:
            out.append(x)
    return out


def split_ruled_columns(draft: TableDraft, settings: SubcolumnSettings = SUBCOLUMNS) -> TableDraft:
    """The draft with each ruled column whose body text lines up in several columns cut into them.
    Its cells, header cells too (a sub-heading sits over its figures), are divided by where their
    words sit; cells merged across it span its parts."""
    for col in reversed(range(draft.n_cols)):
        body = [c for c in draft.cells if c.col == col and c.colspan == 1 and c.row >= draft.header_rows]
        if not body:
            continue
        x0 = min(c.bbox[0] for c in body)
        x1 = max(c.bbox[2] for c in body)
        cuts = column_cuts(body, x0, x1, settings)
        if cuts:
            draft = _cut_column(draft, col, cuts)
    return draft


def _cut_column(draft: TableDraft, col: int, cuts: list[float]) -> TableDraft:
    extra = len(cuts)
    cells: list[CellDraft] = []
    for cell in draft.cells:
        if cell.col > col:
            cells.append(CellDraft(cell.row, cell.col + extra, cell.rowspan, cell.colspan, cell.bbox, cell.words))
        elif cell.col + cell.colspan - 1 < col:
            cells.append(cell)
        elif cell.colspan > 1:
            cells.append(CellDraft(cell.row, cell.col, cell.rowspan, cell.colspan + extra, cell.bbox, cell.words))
        else:
            x0, top, x1, bottom = cell.bbox
            edges = [x0, *cuts, x1]
            for k in range(extra + 1):
                words = [w for w in cell.words if edges[k] <= (w.x0 + w.x1) / 2 < edges[k + 1]
                         or (k == extra and (w.x0 + w.x1) / 2 >= edges[-1])]
                cells.append(CellDraft(cell.row, col + k, cell.rowspan, 1, (edges[k], top, edges[k + 1], bottom), words))
    return TableDraft(cells, draft.n_rows, draft.n_cols + extra, draft.bbox, draft.flavor, draft.header_rows)
