"""Borderless tables: text lines aligned in columns, found by the whitespace corridors running down
them (pdf_regions), rows rebuilt from where cells start (pdf_rows). Drawn rules help where there are
some: a column rule is a corridor, a row rule a row boundary, so tables ruled one way only are
completed from the text the other way.

The chain is lines_to_drafts -> lines_to_regions -> region_to_draft.
"""
from __future__ import annotations

from dataclasses import replace
from statistics import median

from .pdf_cells import CellDraft, TableDraft
from .pdf_regions import (
    STREAM,
    Region,
    StreamSettings,
    line_to_segments,
    lines_to_page_columns,
    lines_to_regions,
    region_to_columns,
)
from .pdf_rows import (
    header_lines_to_rows,
    header_to_cells,
    line_to_cells,
    lines_to_rows,
    numeric_columns,
    row_to_cells,
    split_header,
)
from .pdf_ruled import Edge
from .pdf_typed import read_typed
from .pdf_words import TextLine, Word

__all__ = ["STREAM", "StreamSettings", "lines_to_drafts", "region_to_draft"]


# ---------------------------------------------------------------- region -> draft


def region_to_draft(region: Region, v_rules: list[Edge], h_rules: list[Edge],
                    settings: StreamSettings = STREAM, frame=None) -> TableDraft | None:
    """The table in one region; `frame`: the box of the rules around it, when it is ruled across rows."""
    found = region_to_columns(region, v_rules, settings)
    if not found:
        return None
    bounds = [(a + b) / 2 for a, b in found]
    n_cols = len(bounds) + 1
    per_line = [line_to_cells(line, bounds) for line in region.lines]
    body_probe = per_line[region.header_lines:] or per_line
    numeric_cols = numeric_columns(body_probe, n_cols)
    n_header = split_header(per_line, region, numeric_cols, h_rules, settings)
    x0, x1 = (frame[0], frame[2]) if frame else (region.x0, region.x1)
    xs = [x0] + bounds + [x1]
    header_rows = header_lines_to_rows(per_line[:n_header], n_cols, xs)
    for lc in per_line[n_header:]:
        # in a body line of several pieces, a piece running past its column overflows into an
        # empty cell: it is its own column's text, not a cell spanning both
        if len(lc.line.segments) >= 2:
            lc.spans = {c: 1 for c in lc.spans}
    body_rows = lines_to_rows(per_line[n_header:], n_cols, h_rules, x0, x1, settings)
    if sum(1 for r in body_rows if len(r.columns()) >= 2) < 1:
        return None
    cells: list[CellDraft] = []
    r = 0
    for row_cells in header_rows:
        cells.extend(header_to_cells(row_cells, r, xs))
        r += 1
    for row in body_rows:
        cells.extend(row_to_cells(row, r, n_cols, xs))
        r += 1
    top, bottom = (frame[1], frame[3]) if frame else (region.lines[0].top, region.lines[-1].bottom)
    flavor = "row-ruled" if frame else "borderless"
    return TableDraft(cells, r, n_cols, (x0, top, x1, bottom), flavor, header_rows=len(header_rows))


# ---------------------------------------------------------------- the page


def lines_to_drafts(lines: list[TextLine], used: set[int], edges: list[Edge], ruled: list[TableDraft],
                    frames: list, settings: StreamSettings = STREAM) -> tuple[list[TableDraft], set[int]]:
    """Borderless tables among the page's lines not already in a ruled table, and the tables inside
    frames (grids ruled across rows only), whose columns come from the text."""
    boxes = [d.bbox for d in ruled]
    free: list[TextLine] = []
    for line in lines:
        rest = [w for w in line.words if id(w) not in used and not _inside_any(w, boxes)]
        if rest:
            free.append(TextLine(rest))
    typed = read_typed(free)
    free = typed.lines
    if typed.pitch and free:
        # in a typewriter face one space is a word gap; columns are two or more apart
        size = median(w.size for line in free for w in line.words)
        settings = replace(settings, column_gap=max(settings.column_gap, 1.5 * typed.pitch / size))
    v_rules = [e for e in edges if not e.horizontal]
    h_rules = [e for e in edges if e.horizontal] + typed.rules
    cut = [line_to_segments(line, v_rules, settings) for line in free]
    groups = lines_to_page_columns(cut, settings)
    cut = sorted((line for group in groups for line in group), key=lambda line: (line.top, line.x0))
    drafts = []
    taken: set[int] = set()
    for frame in frames:
        x0, top, x1, bottom = frame.bbox
        inside = [line for line in cut if line.top >= top - 1 and line.bottom <= bottom + 1
                  and line.x0 >= x0 - 2 and line.x1 <= x1 + 2]
        if sum(1 for line in inside if line.tabular) < 2:
            continue
        draft = region_to_draft(Region(inside), v_rules, h_rules, settings, frame=frame.bbox)
        if draft is None:
            continue
        drafts.append(draft)
        ids = {id(w) for line in inside for s in line.segments for w in s.words}
        taken |= ids
        groups = [[line for line in group if line not in inside] for group in groups]
    for group in groups:
        for region in lines_to_regions(group, h_rules, settings):
            draft = region_to_draft(region, v_rules, h_rules, settings)
            if draft is None:
                continue
            drafts.append(draft)
            taken |= {id(w) for line in region.lines for s in line.segments for w in s.words}
    return drafts, taken


def _inside_any(word: Word, boxes) -> bool:
    cx, cy = word.cx, word.cy
    return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)
