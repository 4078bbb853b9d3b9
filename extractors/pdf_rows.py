"""Borderless tables, second stage: rows and header. Each line's segments go to columns; a line
carries on the row above when its cells continue that row's text (no key cell of its own, a
lowercase start, a hanging indent, a close pitch), so a multi-line cell of prose stays one cell.

The chain is line_to_cells -> split_header -> header_lines_to_rows / lines_to_rows -> row_to_cells.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .pdf_cells import CellDraft
from .pdf_regions import STREAM, Line, Region, Segment, StreamSettings
from .pdf_ruled import Edge
from .pdf_shapes import FIGURE, ends_mid_phrase

# what a column of figures holds: figures, and dashes, letters or n/a where a figure is missing
_NUMBER = re.compile(rf"^{FIGURE}$|^[\-–—]+$|^\(?[A-Za-z]\)?$|^n/?a$", re.IGNORECASE)


# ---------------------------------------------------------------- lines -> cells per line


@dataclass
class LineCells:
    line: Line
    cells: dict[int, list[Segment]]  # first column -> segments starting there
    spans: dict[int, int]  # first column -> number of columns covered


def line_to_cells(line: Line, bounds: list[float]) -> LineCells:
    """Each segment to the column it sits in (bounds: the x dividing columns); one crossing a boundary spans."""
    cells: dict[int, list[Segment]] = {}
    spans: dict[int, int] = {}
    for seg in line.segments:
        first = _column_at(bounds, seg.x0 + 0.5)
        last = _column_at(bounds, seg.x1 - 0.5)
        if last > first:
            # a segment reaching across a boundary by less than a word's width is a long cell, not a span
            parts = [sum(1 for w in seg.words if _column_at(bounds, (w.x0 + w.x1) / 2) == c) for c in range(first, last + 1)]
            if parts[0] == len(seg.words):
                last = first
        cells.setdefault(first, []).append(seg)
        spans[first] = max(spans.get(first, 1), last - first + 1)
    return LineCells(line, cells, spans)


def _column_at(bounds: list[float], x: float) -> int:
    k = 0
    while k < len(bounds) and x > bounds[k]:
        k += 1
    return k


# ---------------------------------------------------------------- rows


@dataclass
class Row:
    lines: list[LineCells]

    def text_in(self, col: int) -> str:
        return " ".join(s.text for lc in self.lines for s in lc.cells.get(col, []))

    def columns(self) -> set[int]:
        return {c for lc in self.lines for c in lc.cells}

    def first_x(self, col: int) -> float | None:
        for lc in self.lines:
            if col in lc.cells:
                return lc.cells[col][0].x0
        return None


def _numeric(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))


@dataclass(frozen=True)
class RowLayout:
    """What the body lines of one table say about how its rows are set."""

    numeric_cols: frozenset[int]  # columns of figures: numbers do not wrap
    key_dense: bool  # the first column has text on most lines
    pitch_cut: float | None  # line pitch at or over which a new row starts, when pitches show row gaps


def lines_to_rows(lines: list[LineCells], n_cols: int, h_rules: list[Edge], x0: float, x1: float,
                  settings: StreamSettings = STREAM) -> list[Row]:
    """Body lines grouped into rows. A rule between two lines always parts them; when rules part
    most lines, the lines between two rules are one row; otherwise each line is judged by _continues."""
    if not lines:
        return []
    layout = RowLayout(
        frozenset(numeric_columns(lines, n_cols)),
        sum(1 for lc in lines if 0 in lc.cells) >= 0.25 * len(lines),
        _row_pitch_cut(lines, settings),
    )
    ruled = [_rule_between(a.line, b.line, h_rules, x0, x1, settings) for a, b in itertools.pairwise(lines)]
    by_rules = len(ruled) >= 2 and sum(ruled) >= 0.5 * len(ruled)
    rows: list[Row] = [Row([lines[0]])]
    for k, (prev, lc) in enumerate(itertools.pairwise(lines)):
        if ruled[k]:
            new = True
        elif by_rules:
            new = False
        else:
            new = not _continues(rows[-1], prev, lc, layout, settings)
        if new:
            rows.append(Row([lc]))
        else:
            rows[-1].lines.append(lc)
    return rows


def numeric_columns(lines: list[LineCells], n_cols: int) -> set[int]:
    """Columns (after the first) whose entries are mostly figures."""
    out = set()
    for c in range(1, n_cols):
        texts = [s.text for lc in lines for s in lc.cells.get(c, [])]
        if texts and sum(1 for t in texts if _numeric(t)) >= 0.7 * len(texts):
            out.add(c)
    return out


def _row_pitch_cut(lines: list[LineCells], settings: StreamSettings) -> float | None:
    """When line pitches fall in two groups (lines of one cell, and rows), the pitch between them."""
    pitches = sorted(b.line.top - a.line.top for a, b in itertools.pairwise(lines))
    if len(pitches) < 3:
        return None
    small = pitches[len(pitches) // 4]
    big = [p for p in pitches if p >= small * settings.row_gap_ratio]
    close = [p for p in pitches if p < small * settings.row_gap_ratio]
    if len(big) >= 2 and len(close) >= 2:
        return small * settings.row_gap_ratio
    return None


def _rule_between(a: Line, b: Line, h_rules: list[Edge], x0: float, x1: float, settings: StreamSettings) -> bool:
    width = max(x1 - x0, 1.0)
    return any(a.bottom - 1 <= r.pos <= b.top + 1 and min(r.b, x1) - max(r.a, x0) >= settings.rule_span * width
               for r in h_rules)


def _continues(row: Row, prev: LineCells, lc: LineCells, layout: RowLayout, settings: StreamSettings) -> bool:
    """Does line `lc` carry on `row`, or start a new one? The rules, in order:
    a figure again in a column of figures starts a row (numbers do not wrap); so does a pitch as wide
    as the gaps between rows; a line with first-column text starts a row unless that text carries on
    (a lowercase start, after a connector, a label wrapped under a hanging indent); a line without
    first-column text carries on, except in a table with few first-column entries and even pitches,
    where only a lowercase start carries on."""
    cols = set(lc.cells)
    row_cols = row.columns()
    for c in cols & layout.numeric_cols:
        if c in row_cols and all(_numeric(s.text) for s in lc.cells[c]):
            return False
    if layout.pitch_cut is not None and lc.line.top - prev.line.top >= layout.pitch_cut:
        return False
    if 0 in cols:
        return _key_carries_on(row, lc, settings) or (layout.pitch_cut is not None and not layout.key_dense)
    if not layout.key_dense and layout.pitch_cut is None:
        return any(lc.cells[c][0].text[:1].islower() for c in cols if c in row_cols)
    if row_cols == {0}:
        # a label alone above, its figures level with the label's last line; a label ending in a
        # colon heads the rows below instead
        return not (cols & layout.numeric_cols and row.text_in(0).rstrip().endswith(":"))
    return True


def _key_carries_on(row: Row, lc: LineCells, settings: StreamSettings) -> bool:
    """First-column text that continues the row's own: lowercase, after a connector, or a label
    wrapped under a hanging indent beside the row's figures."""
    key = lc.cells[0][0].text
    above = row.text_in(0)
    if not above:
        return False
    if key[:1].islower() or ends_mid_phrase(above):
        return True
    start = row.first_x(0)
    indent = settings.hanging_indent * lc.line.size
    return set(lc.cells) == {0} and bool(row.columns() - {0}) and start is not None and lc.cells[0][0].x0 >= start + indent


# ---------------------------------------------------------------- header


def split_header(lines: list[LineCells], region: Region, numeric_cols: set[int], h_rules: list[Edge],
                 settings: StreamSettings = STREAM) -> int:
    """How many of the region's top lines are its header."""
    n = len(lines)
    if n < 2:
        return 0
    count = region.header_lines
    x0, x1 = region.x0, region.x1
    # a rule under the top lines (a booktabs mid-rule, or the line under a shaded header)
    limit = max(1, min(n - 1, settings.max_header_lines + 1))
    for k in range(1, limit):
        if _rule_between(lines[k - 1].line, lines[k].line, h_rules, x0, x1, settings):
            return max(count, k)
    bold = 0
    while bold < min(n - 1, settings.max_header_lines) and lines[bold].line.bold and not _section_like(lines[bold]):
        bold += 1
    if bold and not all(lc.line.bold for lc in lines[bold:]):
        return max(count, bold)
    if numeric_cols:
        # a year over figures is a header (`2022 | 2023`); in a column of years it is a value
        years = {c for c in numeric_cols if _mostly_years([s.text for lc in lines for s in lc.cells.get(c, [])])}
        k = 0
        while k < min(n - 1, settings.max_header_lines):
            values = [(c, s.text) for c in numeric_cols for s in lines[k].cells.get(c, [])]
            # a figure has digits: `(g)` or `(%)` under a heading is a unit, not a missing value
            if values and sum(1 for c, v in values if _numeric(v) and any(ch.isdigit() for ch in v)
                              and (c in years or not _year(v))) >= len(values) / 2:
                break
            k += 1
        return max(count, k)
    return max(count, 1)


def _section_like(lc: LineCells) -> bool:
    """A line with one piece of text starting in the first column and running across the next: a
    section heading inside the table, not a header line."""
    return len(lc.line.segments) == 1 and 0 in lc.cells and lc.spans.get(0, 1) > 1


def _mostly_years(texts: list[str]) -> bool:
    return len(texts) >= 3 and sum(1 for t in texts if _year(t)) >= 0.7 * len(texts)


def _year(text: str) -> bool:
    return bool(re.match(r"^(19|20)\d\d([-–/]\d{2,4})?$", text.strip()))


def row_to_cells(row: Row, r: int, n_cols: int, xs: list[float]) -> list[CellDraft]:
    out = []
    spans: dict[int, int] = {}
    for lc in row.lines:
        for c, w in lc.spans.items():
            spans[c] = max(spans.get(c, 1), w)
    occupied = row.columns()
    if occupied == {0} and spans.get(0, 1) > 1:
        spans[0] = n_cols  # a heading alone on its line, running past the first column: a full-width row
    top = min(lc.line.top for lc in row.lines)
    bottom = max(lc.line.bottom for lc in row.lines)
    skip: set[int] = set()
    for c in range(n_cols):
        if c in skip:
            continue
        width = spans.get(c, 1)
        # a span may not swallow another cell's text in the same row
        while width > 1 and any(k in occupied for k in range(c + 1, c + width)):
            width -= 1
        words = [w for lc in row.lines for s in lc.cells.get(c, []) for w in s.words]
        out.append(CellDraft(r, c, 1, width, (xs[c], top, xs[c + width], bottom), words))
        skip.update(range(c + 1, c + width))
    return out


@dataclass
class HeaderCell:
    col: int
    span: int
    segments: list[Segment]
    tier: int = 0


def header_lines_to_rows(lines: list[LineCells], n_cols: int, xs: list[float] | None = None) -> list[list[HeaderCell]]:
    """Header lines to header rows: pieces stacked in the same columns form one cell (`Margin of` /
    `error`); a piece spanning columns above narrower ones is a row of its own. With the column
    boundaries `xs`, group headings span the headings under them (_group_spans): `Design effect`
    over `1.0 | 1.1 | ... | 1.6`, `Men` and `Women` each over `no. | (95% CI)`, not just the
    columns their letters reach."""
    cells: list[HeaderCell] = []
    for k, lc in enumerate(lines):
        groups = _group_spans(lc, lines[k + 1], xs) if xs and k < len(lines) - 1 else {}
        for c, segs in lc.cells.items():
            span = lc.spans.get(c, 1)
            if c in groups:
                c, span = groups[c]
            home = None
            for cell in reversed(cells):
                if cell.col == c and cell.span == span:
                    home = cell
                    break
                if cell.col < c + span and c < cell.col + cell.span:
                    break  # something else sits between: not the same cell
            if home is not None and segs[0].top - home.segments[-1].bottom < 3 * lc.line.size:
                home.segments.extend(segs)
            else:
                cells.append(HeaderCell(c, span, list(segs)))
    if not cells:
        return []
    # tiers: a cell sits one tier below every wider cell printed above it in its columns
    for cell in cells:
        above = [o for o in cells if o is not cell and o.segments[-1].bottom <= cell.segments[0].top + 1
                 and o.col <= cell.col and cell.col + cell.span <= o.col + o.span and o.span > cell.span]
        cell.tier = len(above)
    n_tiers = max(c.tier for c in cells) + 1
    rows: list[list[HeaderCell]] = [[] for _ in range(n_tiers)]
    for cell in cells:
        rows[cell.tier].append(cell)
    # two cells of one row never cover the same column (each would hide the other's text): a span
    # stops where the next cell starts, and a second cell at the same column goes to a row below
    out: list[list[HeaderCell]] = []
    for row in rows:
        row.sort(key=lambda cell: cell.col)
        kept: list[HeaderCell] = []
        pushed: list[HeaderCell] = []
        for cell in row:
            if kept and cell.col <= kept[-1].col:
                pushed.append(cell)
                continue
            if kept and cell.col < kept[-1].col + kept[-1].span:
                kept[-1].span = cell.col - kept[-1].col
            kept.append(cell)
        out.append(kept)
        if pushed:
            out.append(pushed)
    return out


def _group_spans(line: LineCells, below: LineCells, xs: list[float]) -> dict[int, tuple[int, int]]:
    """Headings on a line with fewer pieces than the header line under it, each reaching over a
    column boundary, are group headings: one takes the pieces under it nearest to it (by centre)
    and spans their columns when it sits centred over them, else the columns its text covers when
    centred over those. (The first line of a heading stacked in one column reaches over no
    boundary; headings run together off-centre are left as they are.) Returns
    column -> (first column, span)."""
    if len(below.cells) <= len(line.cells):
        return {}
    heads = {}
    for c, segs in line.cells.items():
        x0, x1 = min(s.x0 for s in segs), max(s.x1 for s in segs)
        covered = [k for k in range(len(xs) - 1) if x0 < xs[k + 1] and xs[k] < x1]
        # a piece holding several figures is column headings run together (`$10,000– $15,000–`)
        figures = sum(1 for w in " ".join(seg.text for seg in segs).split() if re.search(r"\d", w))
        if c >= 1 and len(covered) >= 2 and figures <= 1:
            heads[c] = ((x0 + x1) / 2, covered)
    if not heads:
        return {}
    taken: dict[int, list[int]] = {c: [] for c in heads}
    for c, segs in below.cells.items():
        if c >= 1:
            x = _centre(segs)
            taken[min(heads, key=lambda h: abs(heads[h][0] - x))].append(c)
    def centred(first: int, last: int) -> bool:
        return abs(centre - (xs[first] + xs[last + 1]) / 2) <= 0.15 * (xs[last + 1] - xs[first])

    out = {}
    for c, (centre, covered) in heads.items():
        cols = taken[c] + covered
        for first, last in ((min(cols), max(cols)), (covered[0], covered[-1])):
            if centred(first, last):
                out[c] = (first, last - first + 1)
                break
    return out


def _centre(segs: list[Segment]) -> float:
    return (min(s.x0 for s in segs) + max(s.x1 for s in segs)) / 2


def header_to_cells(row: list[HeaderCell], r: int, xs: list[float]) -> list[CellDraft]:
    out = []
    for cell in row:
        words = [w for s in cell.segments for w in s.words]
        top = min(w.top for w in words)
        bottom = max(w.bottom for w in words)
        out.append(CellDraft(r, cell.col, 1, cell.span, (xs[cell.col], top, xs[cell.col + cell.span], bottom), words))
    return out
