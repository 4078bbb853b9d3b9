"""Ruled rows that hold several table rows: a grid with column rules but few or no row rules.

Within such a band, a new row starts where a number or reference appears again in a column that
already has one, or where text resumes in the first column after a blank gap. Prose that wraps inside
a cell never starts a row, so a multi-line cell stays one cell.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .pdf_cells import CellDraft, TableDraft
from .pdf_shapes import FIGURE, ends_mid_phrase
from .pdf_words import Word, box_around, boxes_to_lines

_VALUE = re.compile(
    rf"^{FIGURE}$"
    r"|^[A-Z]{0,3}[ .-]?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\.?$"  # a reference: 2.10, A1, PR-3
)


@dataclass(frozen=True)
class BandSettings:
    # a blank gap this tall (line heights) across the whole band may separate two rows
    blank_gap: float = 0.7
    # first-column lines this short (median characters) beside figures are row labels
    label_chars: int = 32
    # a grid of this many bands with text, at most this share of them holding several rows, is
    # ruled row by row
    ruled_rows_min: int = 4
    ruled_rows_share: float = 0.34


BANDS = BandSettings()


def is_value(text: str) -> bool:
    return bool(_VALUE.match(text.strip()))


@dataclass
class _BandLine:
    top: float
    bottom: float
    words: dict[int, list[Word]]  # column -> words

    def text(self, col: int) -> str:
        return " ".join(w.text for w in self.words.get(col, []))


def _band_lines(cells: list[CellDraft]) -> list[_BandLine]:
    """The band's text lines across all its columns, each word filed under its cell's column."""
    column = {id(w): c.col for c in cells for w in c.words}
    lines = []
    for words in boxes_to_lines(w for c in cells for w in c.words if w.dir == 0):
        by_col: dict[int, list[Word]] = {}
        for w in words:
            by_col.setdefault(column[id(w)], []).append(w)
        _, top, _, bottom = box_around(words)
        lines.append(_BandLine(top, bottom, by_col))
    return lines


def band_to_row_starts(cells: list[CellDraft], settings: BandSettings = BANDS, gaps: bool = True) -> list[float]:
    """The y positions (tops) where rows after the first begin inside one ruled band. Without
    `gaps`, a blank gap before first-column text is no evidence (a paragraph break in a cell)."""
    lines = _band_lines(cells)
    if len(lines) < 2:
        return []
    first_col = min(c.col for c in cells)
    labels = label_column(lines, first_col)
    starts = []
    seen_values: set[int] = set()
    seen_key = False

    def remember(line: _BandLine) -> None:
        nonlocal seen_key
        for col in line.words:
            if is_value(line.text(col)):
                seen_values.add(col)
        seen_key = seen_key or first_col in line.words

    remember(lines[0])
    for prev, line in itertools.pairwise(lines):
        height = max(prev.bottom - prev.top, 1.0)
        repeated = any(col in seen_values and is_value(line.text(col)) for col in line.words)
        gap = line.top - prev.bottom >= settings.blank_gap * height
        key = line.text(first_col)
        restart = bool(key) and seen_key and ((gap and gaps) or (labels and not _continues_label(prev.text(first_col), key)))
        if repeated or restart:
            starts.append(line.top - min(0.5, (line.top - prev.bottom) / 2))
            seen_values.clear()
            seen_key = False
        remember(line)
    return starts


def label_column(lines: list[_BandLine], col: int, settings: BandSettings = BANDS) -> bool:
    """Is the first column short row labels beside columns of figures (a statistical table), where
    each label line is a row of its own, rather than prose that wraps?"""
    keys = [line.text(col) for line in lines if col in line.words]
    figures = sum(1 for line in lines if any(is_value(line.text(c)) for c in line.words if c != col))
    if not keys or figures < 2:
        return False
    return sorted(len(k) for k in keys)[len(keys) // 2] <= settings.label_chars


def _continues_label(above: str, text: str) -> bool:
    return text[:1].islower() or (bool(above) and ends_mid_phrase(above))


def split_bands(draft: TableDraft, settings: BandSettings = BANDS) -> TableDraft:
    """The draft with each ruled band that holds several rows cut into those rows; cells merged
    over a band stay merged over all the rows it becomes."""
    by_row: dict[int, list[CellDraft]] = {}
    for cell in draft.cells:
        if cell.rowspan == 1:
            by_row.setdefault(cell.row, []).append(cell)
    bands = {r: cells for r, cells in by_row.items() if any(c.words for c in cells)}
    cuts = {r: starts for r, cells in bands.items() if (starts := band_to_row_starts(cells, settings))}
    if len(bands) >= settings.ruled_rows_min and len(cuts) <= settings.ruled_rows_share * len(bands):
        # most bands hold one row: the rules mark the rows, and a blank gap inside a band is a
        # paragraph break in its cell (`All NHS patients ...` / `By 2015, all practices ...`)
        # (without gaps a band can only lose cuts: only the bands cut so far are read again)
        cuts = {r: starts for r in cuts if (starts := band_to_row_starts(bands[r], settings, gaps=False))}
    if not cuts:
        return draft
    # new row index of each old row's first sub-row
    first: list[int] = []
    k = 0
    for r in range(draft.n_rows):
        first.append(k)
        k += 1 + len(cuts.get(r, []))
    first.append(k)
    cells: list[CellDraft] = []
    for cell in draft.cells:
        r0, r1 = first[cell.row], first[cell.row + cell.rowspan]
        if cell.rowspan == 1 and cell.row in cuts:
            bounds = [cell.bbox[1], *cuts[cell.row], cell.bbox[3]]
            for k in range(len(bounds) - 1):
                top, bottom = bounds[k], bounds[k + 1]
                last = k == len(bounds) - 2
                words = [w for w in cell.words if top - 0.01 <= w.cy and (w.cy < bottom or last)]
                cells.append(CellDraft(r0 + k, cell.col, 1, cell.colspan,
                                       (cell.bbox[0], top, cell.bbox[2], bottom), words))
        else:
            cells.append(CellDraft(r0, cell.col, r1 - r0, cell.colspan, cell.bbox, cell.words))
    return TableDraft(cells, first[-1], draft.n_cols, draft.bbox, "column-ruled", draft.header_rows)
