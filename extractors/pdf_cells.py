"""Words into the cells of a found table, and each cell's text in reading order: lines kept, a blank
gap between them a paragraph break, bullets kept, a word split by a line-end hyphen or by a narrow
header column joined back.

Every finder (ruled, borderless) ends in a TableDraft; draft_to_table turns it into the shared Table model.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .model import PARAGRAPH_BREAK, Cell, Table
from .pdf_ruled import Grid
from .pdf_words import Word, box_around, boxes_to_lines, words_in_reading_order


@dataclass(frozen=True)
class CellSettings:
    # a word crossing a column rule stays in the left cell when it starts this close (points) to that
    # cell's left side: text overflowing to the right; otherwise it goes where most of it lies
    straddle_start: float = 6.0
    # a header line ending this close (share of font size) to its cell's right side was cut mid-word
    header_wrap_slack: float = 0.6
    # a word read by OCR with less confidence than this (0-100) is named in its cell for review
    doubtful_below: float = 60.0


CELLS = CellSettings()


@dataclass
class CellDraft:
    row: int
    col: int
    rowspan: int
    colspan: int
    bbox: tuple[float, float, float, float]
    words: list[Word] = field(default_factory=list)


@dataclass
class TableDraft:
    """A table found on one page, before its cells' text is composed."""

    cells: list[CellDraft]
    n_rows: int
    n_cols: int
    bbox: tuple[float, float, float, float]
    flavor: str  # ruled | borderless | column-ruled | row-ruled
    header_rows: int = 0
    # how far to trust the table, 0-1, and the weakest evidence (set by pdf_confidence)
    confidence: float | None = None
    confidence_detail: str = ""


# ---------------------------------------------------------------- ruled grid -> draft


def grid_to_draft(grid: Grid, words: list[Word], settings: CellSettings = CELLS) -> tuple[TableDraft, set[int]]:
    """Give every word inside the grid to its cell; returns the draft and the ids of the words used."""
    xs, ys = grid.xs, grid.ys
    owner: list[list[CellDraft | None]] = [[None] * grid.n_cols for _ in range(grid.n_rows)]
    cells = []
    for r, c, h, w in grid.spans:
        cell = CellDraft(r, c, h, w, (xs[c], ys[r], xs[c + w], ys[r + h]))
        cells.append(cell)
        for i in range(r, r + h):
            for j in range(c, c + w):
                owner[i][j] = cell
    used: set[int] = set()
    x0, top, x1, bottom = grid.bbox
    for word in words:
        cy = word.cy
        if not (top <= cy <= bottom) or word.x1 <= x0 or word.x0 >= x1:
            continue
        if word.dir == 0 and (word.x0 < x0 - word.size or word.x1 > x1 + word.size):
            continue  # a line of text passing beside the table, not inside it
        row = min(max(bisect_right(ys, cy) - 1, 0), grid.n_rows - 1)
        col = _column_of(word, xs, owner[row], settings)
        cell = owner[row][col]
        if cell is not None:
            cell.words.append(word)
            used.add(id(word))
    draft = TableDraft(cells, grid.n_rows, grid.n_cols, grid.bbox, "ruled")
    return draft, used


def _column_of(word: Word, xs: list[float], row_owner: list, settings: CellSettings) -> int:
    n = len(xs) - 1
    if word.dir != 0:
        return min(max(bisect_right(xs, word.cx) - 1, 0), n - 1)
    first = min(max(bisect_right(xs, word.x0) - 1, 0), n - 1)
    last = min(max(bisect_right(xs, word.x1 - 0.01) - 1, 0), n - 1)
    if first == last or row_owner[first] is row_owner[last]:
        return first
    if word.x0 - xs[first] <= settings.straddle_start and word.x0 >= xs[first] - 1:
        return first  # overflowing to the right from where it starts
    # shifted or clipped across the rule: the cell holding most of it owns it
    best, share = first, -1.0
    for j in range(first, last + 1):
        part = min(word.x1, xs[j + 1]) - max(word.x0, xs[j])
        if part > share:
            best, share = j, part
    return best


def split_merged_columns(draft: TableDraft, grid: Grid, column_gap: float = 0.5) -> TableDraft:
    """A merged cell whose text stands in separate columns at the grid's column lines (wide gaps at
    those lines, nothing across them) was merged only because a rule was left out: split it."""
    out: list[CellDraft] = []
    changed = False
    for cell in draft.cells:
        if cell.colspan == 1 or not cell.words:
            out.append(cell)
            continue
        cuts = [j for j in range(cell.col + 1, cell.col + cell.colspan) if _open_at(cell.words, grid.xs[j], column_gap)]
        if not cuts:
            out.append(cell)
            continue
        changed = True
        edges = [cell.col, *cuts, cell.col + cell.colspan]
        for a, b in itertools.pairwise(edges):
            lo, hi = grid.xs[a], grid.xs[b]
            words = [w for w in cell.words if lo <= w.cx < hi or (b == edges[-1] and w.cx >= hi)
                     or (a == edges[0] and w.cx < lo)]
            out.append(CellDraft(cell.row, a, cell.rowspan, b - a, (lo, cell.bbox[1], hi, cell.bbox[3]), words))
    if not changed:
        return draft
    return TableDraft(out, draft.n_rows, draft.n_cols, draft.bbox, draft.flavor, draft.header_rows)


def _open_at(words: list[Word], x: float, column_gap: float) -> bool:
    """No word crosses x, and on some line words stand on both sides of it with a wide gap between."""
    upright = [w for w in words if w.dir == 0]
    if not upright or any(w.x0 < x < w.x1 for w in upright):
        return False
    for line in boxes_to_lines(upright):
        left = [w for w in line if w.x1 <= x]
        right = [w for w in line if w.x0 >= x]
        if left and right and right[0].x0 - left[-1].x1 >= column_gap * left[-1].size:
            return True
    return False


def merge_split_header_cells(draft: TableDraft) -> TableDraft:
    """A header cell drawn as two (a rule through `Lead | officer`) above a column that no body row
    divides: the rule belongs to the header's drawing only, so the two cells and the two columns are one."""
    if not draft.header_rows or draft.n_rows <= draft.header_rows:
        return draft
    for j in range(draft.n_cols - 1, 0, -1):
        body = [c for c in draft.cells if c.row >= draft.header_rows]
        if any(c.col == j or c.col + c.colspan == j for c in body):
            continue
        head = [c for c in draft.cells if c.row < draft.header_rows]
        pairs = [(a, b) for a in head for b in head if a.row == b.row and a.col + a.colspan == j and b.col == j]
        if not pairs:
            continue
        for a, b in pairs:
            a.words.extend(b.words)
            a.colspan += b.colspan
            a.bbox = (a.bbox[0], min(a.bbox[1], b.bbox[1]), b.bbox[2], max(a.bbox[3], b.bbox[3]))
            draft.cells.remove(b)
        for c in draft.cells:
            if c.col >= j:
                c.col -= 1
            elif c.col + c.colspan > j:
                c.colspan -= 1
        draft.n_cols -= 1
    return draft


def ruled_header_rows(draft: TableDraft, boxes: list, max_rows: int = 3) -> int:
    """Top rows printed as a header: bold throughout or shaded, with text in more than one cell
    (a shaded row of one cell across the table is a section heading, not a header)."""
    rows = 0
    for r in range(min(max_rows, draft.n_rows - 1)):
        cells = [c for c in draft.cells if c.row == r]
        filled = [c for c in cells if c.words]
        if len(filled) < 2 and not (rows and filled and filled[0].colspan < draft.n_cols):
            break
        bold = all(w.bold for c in filled for w in c.words)
        shaded = any(_shades(b, c.bbox) for c in filled for b in boxes)
        if not (bold or shaded):
            break
        rows = r + 1
    return rows


def _shades(box, bbox) -> bool:
    if getattr(box, "light", True):
        return False
    inter_w = min(box.x1, bbox[2]) - max(box.x0, bbox[0])
    inter_h = min(box.bottom, bbox[3]) - max(box.top, bbox[1])
    area = max((bbox[2] - bbox[0]) * (bbox[3] - bbox[1]), 1.0)
    return inter_w > 0 and inter_h > 0 and inter_w * inter_h >= 0.8 * area


# ---------------------------------------------------------------- draft -> Table


def draft_to_table(draft: TableDraft, page: int, width: float, height: float,
                   unturn=None, settings: CellSettings = CELLS, paragraph_gap: float | None = None) -> Table:
    """The shared Table model; `unturn` maps boxes back to the page as displayed when it was turned.
    `paragraph_gap`: see lines_to_text (None: a cell's lines are never told apart as paragraphs)."""
    fix = unturn or (lambda box: box)
    cells = []
    for d in sorted(draft.cells, key=lambda c: (c.row, c.col)):
        lines = words_in_reading_order(d.words, width, height)
        upright = all(w.dir == 0 for w in d.words)
        header = d.row < draft.header_rows and upright
        # turned text is laid in lines of its own frame: its gaps say nothing about paragraphs
        gap = paragraph_gap if upright else None
        text = lines_to_text(lines, d.bbox if header else None, settings, gap)
        confidence, doubtful = ocr_confidence(d.words, settings.doubtful_below)
        cells.append(Cell(text=text, row=d.row, col=d.col, rowspan=d.rowspan, colspan=d.colspan,
                          page=page, bbox=_rounded(fix(d.bbox)), confidence=confidence, doubtful=doubtful))
    return Table(cells=cells, n_rows=draft.n_rows, n_cols=draft.n_cols, page=page,
                 bbox=_rounded(fix(draft.bbox)), header_rows=draft.header_rows, flavor=draft.flavor,
                 confidence=draft.confidence, confidence_detail=draft.confidence_detail)


def ocr_confidence(words: list[Word], doubtful_below: float) -> tuple[float | None, list[tuple[str, float]]]:
    """For words read by OCR: their mean confidence, and those read with less than `doubtful_below`
    (with their confidence); (None, []) for words from a text layer."""
    scores = [(w.text, min(c.conf for c in w.chars)) for w in words
              if w.chars and all(c.conf is not None for c in w.chars)]
    if not scores:
        return None, []
    mean = round(sum(conf for _, conf in scores) / len(scores), 1)
    return mean, [(text, conf) for text, conf in scores if conf < doubtful_below]


def _rounded(box):
    return tuple(round(v, 2) for v in box)


_LETTER_END = re.compile(r"[A-Za-z]$")
_FUNCTION_WORDS = frozenset("a an and as at by for from in of on or per the to with".split())


def lines_to_text(lines: list[list[Word]], header_box=None, settings: CellSettings = CELLS,
                  paragraph_gap: float | None = None) -> str:
    """Lines joined by newlines; a soft hyphen at a line end, or (in a header cell) a word cut at the
    cell's right side, joins the next line without a break. A blank gap between two lines wider than
    `paragraph_gap` line heights (as between paragraphs outside tables) is a PARAGRAPH_BREAK."""
    out: list[str] = []
    glue = False
    for k, line in enumerate(lines):
        text = " ".join(w.text for w in line)
        if glue and out:
            out[-1] += text
        else:
            if out:
                out[-1] += PARAGRAPH_BREAK if _paragraph_apart(lines[k - 1], line, paragraph_gap) else "\n"
            out.append(text)
        glue = False
        if text.endswith("\u00ad"):
            out[-1] = out[-1][:-1]
            glue = True
        elif header_box is not None and k + 1 < len(lines) and len(line) == 1 and _LETTER_END.search(text):
            nxt = lines[k + 1][0].text
            slack = settings.header_wrap_slack * line[-1].size
            # ... unless the next line starts with a word of its own (`Relative` / `to Controls`)
            if (nxt[:1].islower() and nxt.lower() not in _FUNCTION_WORDS
                    and header_box[2] - line[-1].x1 <= slack + (line[0].x0 - header_box[0])):
                glue = True  # `Timefr` / `ame`: a narrow header column broke the word, not the author
    return "".join(t.replace("\u00ad", "") for t in out)


def _paragraph_apart(above: list[Word], below: list[Word], paragraph_gap: float | None) -> bool:
    if paragraph_gap is None:
        return False
    _, top, _, bottom = box_around(above)
    return min(w.top for w in below) - bottom > paragraph_gap * (bottom - top)


# ---------------------------------------------------------------- words split over two lines

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_SPLIT = re.compile(r"([A-Za-z]+)-\n([a-z]+)")


def join_split_words(texts: list[str], cells: list[Cell]) -> None:
    """`imple-` / `mentation` becomes `implementation` where the document prints that word whole
    elsewhere and never as `imple-mentation`; a compound (`long-` / `term`) keeps its hyphen and its
    line break. `texts`: all the document's text, for its vocabulary."""
    whole: set[str] = set()
    hyphenated: set[str] = set()
    for text in texts:
        for word in _WORD.findall(text):
            (hyphenated if "-" in word else whole).add(word.lower())

    def join(match: re.Match) -> str:
        head, tail = match[1], match[2]
        if (head + tail).lower() in whole and f"{head}-{tail}".lower() not in hyphenated:
            return head + tail
        return match[0]

    for cell in cells:
        if "-\n" in cell.text:
            cell.text = _SPLIT.sub(join, cell.text)
