"""Tables running over several pages joined into one: a repeated header row dropped, a header that is
not repeated carried over, and a row whose text carries on at the top of the next page merged back.

A table continues on the next page when nothing but page furniture (running heads, page numbers,
`continued` lines) lies between it and a table with the same columns at the top of that page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Cell, Paragraph, Table


@dataclass(frozen=True)
class StitchSettings:
    # column boundaries of two parts this close (points, or share of the table's width) line up
    column_slack: float = 8.0
    column_share: float = 0.03
    # page furniture lives in this share of the page at its top and bottom
    margin_share: float = 0.09
    # two header cells are the same when their text agrees this much (0-1), clipped letters allowed
    header_similarity: float = 0.8


STITCH = StitchSettings()

_FURNITURE = re.compile(
    r"^(page\s*\d+(\s*(of|/)\s*\d+)?|\d{1,4}|-\s*\d+\s*-|\(?continued\)?|cont(inued|'d|\.)?\s*(overleaf|on next page)?"
    r"|.*\b(continued|cont'd)\)?\.?)$",
    re.IGNORECASE,
)
_KEY = re.compile(r"[\W_]+")


def is_furniture(p: Paragraph, page_height: float | None, settings: StitchSettings = STITCH,
                 repeated: frozenset[str] = frozenset()) -> bool:
    """A running head or foot, a page number, a `continued` line: not content between two table parts."""
    text = " ".join(p.text.split())
    if _FURNITURE.match(text) or _key(text) in repeated:
        return True
    if p.heading and len(text.split()) >= 2:
        return False  # a heading at the top of a page (`Chapter 2: Getting On`) starts a section there
    if page_height and p.bbox:
        margin = settings.margin_share * page_height
        return p.bbox[3] <= margin or p.bbox[1] >= page_height - margin
    return False


def _key(text: str) -> str:
    return _KEY.sub("", text.lower())


def running_texts(blocks: list, heights: dict[int, float], settings: StitchSettings = STITCH) -> frozenset[str]:
    """Short texts printed near the top or bottom of two or more pages: running heads and feet."""
    seen: dict[str, set[int]] = {}
    for p in blocks:
        if not isinstance(p, Paragraph) or not p.bbox or p.page is None or len(p.text) > 100:
            continue
        height = heights.get(p.page)
        if height and (p.bbox[3] <= 0.2 * height or p.bbox[1] >= 0.8 * height):
            seen.setdefault(_key(p.text), set()).add(p.page)
    # on three pages or more, or on two pages in a row: a chapter heading printed at the top of its
    # narrative and again above its table, pages apart, is no running head
    return frozenset(k for k, pages in seen.items()
                     if k and (len(pages) >= 3 or len(pages) == 2 and max(pages) - min(pages) == 1))


# ---------------------------------------------------------------- when two parts belong together


def _column_bounds(table: Table) -> list[float]:
    bounds: dict[int, list[float]] = {}
    for cell in table.cells:
        if cell.bbox and cell.colspan == 1:
            bounds.setdefault(cell.col, []).append(cell.bbox[0])
            bounds.setdefault(cell.col + 1, []).append(cell.bbox[2])
    return [sorted(v)[len(v) // 2] for _, v in sorted(bounds.items())]


def same_columns(a: Table, b: Table, settings: StitchSettings = STITCH) -> bool:
    if a.n_cols != b.n_cols:
        return False
    xa, xb = _column_bounds(a), _column_bounds(b)
    if len(xa) != len(xb) or not xa:
        return a.n_cols == b.n_cols
    width = max(xa[-1] - xa[0], 1.0)
    slack = max(settings.column_slack, settings.column_share * width)
    if all(abs(p - q) <= slack for p, q in zip(xa, xb)):
        return True
    # the same table on a page of another size or margin: compare positions across the table
    wb = max(xb[-1] - xb[0], 1.0)
    return all(abs((p - xa[0]) / width - (q - xb[0]) / wb) <= settings.column_share for p, q in zip(xa, xb))


def _similar(a: str, b: str, settings: StitchSettings) -> bool:
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    if not ka or not kb:
        return False
    if ka.endswith(kb) or kb.endswith(ka):  # a header letter clipped at a cell edge on one page
        return min(len(ka), len(kb)) >= 3
    from difflib import SequenceMatcher

    return SequenceMatcher(None, ka, kb).ratio() >= settings.header_similarity


def repeated_header_rows(first: Table, part: Table, settings: StitchSettings = STITCH) -> int:
    """How many top rows of `part` repeat the header rows of `first` (0 when its header is not repeated)."""
    rows = max(first.header_rows, 1)
    a, b = first.grid(), part.grid()
    for n in range(min(rows, part.n_rows), 0, -1):
        if all(_row_similar(a[k], b[k], settings) for k in range(n)):
            return n
    return 0


def _row_similar(a: list[str], b: list[str], settings: StitchSettings) -> bool:
    pairs = [(x, y) for x, y in zip(a, b) if x.strip() or y.strip()]
    return bool(pairs) and all(_similar(x, y, settings) for x, y in pairs)


# ---------------------------------------------------------------- joining


def continues_row(top: list[Cell | None], last: list[Cell | None]) -> bool:
    """Is the first row of a part the rest of the previous part's last row? Its first cell is empty
    while the row above has one, and its text only carries on in columns that row already used."""
    def text(cell):
        return cell.text.strip() if cell is not None else ""

    if not top or text(top[0]) or not text(last[0]):
        return False
    filled = [k for k, cell in enumerate(top) if text(cell)]
    if not filled:
        return False
    if all(text(top[k])[:1].islower() for k in filled):
        return True
    return all(text(last[k]) for k in filled) and not any(
        text(last[k]).rstrip().endswith((".", ":")) for k in filled if k > 0 and _short(text(last[k]))
    )


def _short(text: str) -> bool:
    return len(text) <= 30


def join_parts(first: Table, part: Table, settings: StitchSettings = STITCH) -> None:
    """Append `part` (the same table on the next page) to `first`, in place."""
    skip = repeated_header_rows(first, part, settings)
    cover_last = first.cell_at()[first.n_rows - 1]
    cover_top = part.cell_at()[skip] if skip < part.n_rows else []
    merge_first = skip < part.n_rows and continues_row(cover_top, cover_last)
    offset = first.n_rows - skip - (1 if merge_first else 0)
    for cell in part.cells:
        if cell.row < skip:
            continue
        if merge_first and cell.row == skip:
            target = cover_last[cell.col] if cell.col < len(cover_last) else None
            if target is not None:
                if cell.text.strip():
                    target.text = f"{target.text}\n{cell.text}" if target.text else cell.text
                if cell.rowspan > 1:  # a cell merged down from the carried row keeps covering its rows
                    target.rowspan += cell.rowspan - 1
                continue
        cell.row += offset
        first.cells.append(cell)
    new_rows = part.n_rows - skip - (1 if merge_first else 0)
    if new_rows > 0:
        first.page_breaks.append(first.n_rows)
    first.n_rows += new_rows
    # a table is as trustworthy as its least trustworthy page
    if part.confidence is not None and (first.confidence is None or part.confidence < first.confidence):
        first.confidence = part.confidence
        first.confidence_detail = f"{part.confidence_detail}, on page {part.page}"


def _own_header(first: Table, part: Table, settings: StitchSettings) -> bool:
    """A ruled part opening with a header row (bold or shaded) that is not the first part's header:
    a new table that happens to share the columns, not the next page of this one."""
    ruled = part.flavor in ("ruled", "column-ruled")
    return ruled and part.header_rows > 0 and repeated_header_rows(first, part, settings) == 0


def tables_to_stitched(blocks: list, heights: dict[int, float] | None = None,
                       settings: StitchSettings = STITCH) -> list:
    """The blocks with every table that runs onto following pages joined into one."""
    heights = heights or {}
    repeated = running_texts(blocks, heights, settings)
    out: list = []
    open_table: Table | None = None
    last_page: int | None = None
    between: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if open_table is not None and not is_furniture(block, heights.get(block.page), settings, repeated):
                open_table = None
            if open_table is not None:
                between.append(block)
            out.append(block)
            continue
        if (open_table is not None and block.page == (last_page or 0) + 1 and block.index_on_page == 1
                and same_columns(open_table, block, settings) and not _own_header(open_table, block, settings)):
            join_parts(open_table, block, settings)
            last_page = block.page
            between = []
            continue
        out.append(block)
        open_table, last_page, between = block, block.page, []
    return out
