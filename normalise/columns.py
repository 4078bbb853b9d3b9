"""Which contract field each column of a grid holds: from its header where there is one, from its
content where there is none, and the content overrules a header that names what it does not hold.
"""
from __future__ import annotations

import re

from plan_ingest.extractors.model import Cell

from .cleantext import squash
from .content import (
    is_date,
    is_initials,
    is_rating,
    is_role,
    is_status,
    lexicon,
    looks_like_ref,
    mean_length,
    opens_with_verb,
    share,
)
from .headers import fields_in_text, match_header
from .model import Column, Grid, Layout


def layout_of(grid: Grid) -> Layout:
    """The grid's columns mapped to fields, and each body row's own text."""
    cleaned = [[squash(c.text) if c is not None and c.row == row.row else "" for c in row.cells] for row in grid.rows]
    aligned = grid.header if len(grid.header) == grid.n_cols else []
    side = not grid.fixed and side_label_column([row.cells for row in grid.rows], aligned)
    # a row of one piece across the whole table (a section heading) is no value of any column:
    # what the columns hold is judged without it
    width = grid.n_cols - (1 if side else 0)
    judged = [[("" if c is not None and c.colspan >= width > 1 else text) for c, text in zip(row.cells, texts)]
              for row, texts in zip(grid.rows, cleaned)]
    columns = map_columns(grid, side, judged)
    return Layout(grid, columns, side, cleaned)


_AIMS = re.compile(r"\b(objectives?|aims?)\b", re.IGNORECASE)
# an `Impact` header that names a hazard, risk or exposure describes a threat, not an outcome
_THREAT = re.compile(r"\b(hazards?|exposures?|vulnerabilit(?:y|ies)|risks?|threats?)\b", re.IGNORECASE)


def side_label_column(cover: list[list[Cell | None]], header: list[str]) -> bool:
    """Is column 0 a narrow side label (a theme printed down the side, often rotated)?"""
    if not cover or len(cover[0]) < 3:
        return False
    if header and header[0].strip() and (m := match_header(header[0])) and m.field != "section":
        return False
    own = list({id(row[0]): row[0] for row in cover if row[0] is not None}.values())
    texts = [squash(c.text) for c in own if c.text.strip()]
    if not texts or any(looks_like_ref(t) for t in texts):
        return False
    spans = sum(1 for c in own if c.rowspan > 1 and c.text.strip())
    short = all(len(t.split()) <= 4 and len(t) <= 40 for t in texts)
    # most body rows have something in column 1 but nothing of their own in column 0
    filled_next = sum(1 for row in cover if len(row) > 1 and row[1] is not None and row[1].text.strip())
    return short and (spans > 0 or len(texts) <= filled_next * 0.7)


def map_columns(grid: Grid, side: bool, body: list[list[str]]) -> list[Column]:
    """A contract field for each column, from the header where there is one, else from the content."""
    header, n_cols = grid.header, grid.n_cols
    columns = [Column(i, header[i] if i < len(header) else "", None) for i in range(n_cols)]
    start = 1 if side else 0
    if side:
        columns[0].field = "section"
    if header and len(header) == n_cols:
        for col in columns[start:]:
            m = match_header(col.header) if col.header else None
            if m and m.field == "outcome" and _THREAT.search(col.header):
                continue  # `Climate Hazard Impact on and/or Exposure`: what threatens, not what is achieved
            if m:
                col.field, col.score = m.field, m.score
            elif col.header and len(fields_in_text(col.header)) > 1:
                col.field, col.score = fields_in_text(col.header)[0], 0.5
    else:
        _fields_over_data(columns[start:], header, grid.header_fields, body)
    for index, name in grid.fixed.items():  # what the reader knows from the layout outranks the words
        columns[index].field, columns[index].score = name, 2.0
    free = [c for c in columns[start:] if c.index not in grid.fixed]
    _demote_misnamed(free, body)
    _pair_dates(free)

    # the same field twice: the surest header keeps it (the first on a tie), the rest go to extra;
    # for timeframes, a column that holds dates wins first
    def rank(col: Column) -> tuple:
        return (_date_share(col, body) >= 0.5 if col.field == "timeframe" else False, col.score)

    best: dict[str, Column] = {}
    for col in columns:
        if col.field and col.field != "section" and (col.field not in best or rank(col) > rank(best[col.field])):
            best[col.field] = col
    for col in columns:
        if col.field and col.field != "section" and best[col.field] is not col:
            col.field = None
    _guess_from_content(free, body, {c.field for c in columns if c.field})
    if not side:
        _theme_column(free, grid, body)
    if not any(c.field == "action" for c in columns):
        # no action column at all: a column of objectives in prose is the closest thing
        prose = [c for c in columns[start:] if c.field == "section" and _mean_length(c, body) > 30]
        if prose:
            prose[0].field, prose[0].guessed = "action", True
    return columns


def _fields_over_data(columns: list[Column], header: list[str], header_fields: list[str],
                      body: list[list[str]]) -> None:
    """A header printed apart from the body: its fields, in order, over the columns that hold data."""
    fields = list(header_fields)
    if header and not fields:
        for text in header:
            m = match_header(text)
            found = fields_in_text(text)
            if len(found) > 1:
                fields.extend(found)
            elif m:
                fields.append(m.field)
    data_cols = [c for c in columns if any(row[c.index].strip() for row in body)] or columns
    if len(fields) == len(data_cols):
        for col, f in zip(data_cols, fields):
            col.field = f
            col.header = col.header or f.capitalize()
    elif fields:
        for col, f in zip(columns, fields):
            col.field = f


def _theme_column(columns: list[Column], grid: Grid, body: list[list[str]]) -> None:
    """A column left of the actions whose cells are merged down over several rows, or that
    repeats a few values down its rows (`Development`, `Testing`), names each row's section."""
    action = next((c.index for c in columns if c.field == "action"), None)
    if action is None or any(c.field == "section" for c in columns):
        return
    for col in reversed([c for c in columns if c.field is None and c.index < action]):
        values = _values(col, body)
        if len(values) < 2 or share(values, lambda v: looks_like_ref(v) or is_status(v)
                                    or is_date(v) and len(v) < 40) > 0.3:
            continue
        if is_rating(values):
            continue
        own = [row.own(col.index) for row in grid.rows if row.own(col.index) is not None]
        merged = sum(c.rowspan for c in own) / max(1, len(own)) >= 1.5
        repeated = len(grid.rows) >= 4 and len(set(values)) <= 0.3 * len(values)
        if merged or repeated:
            col.field, col.guessed = "section", True
            return


def _values(col: Column, body: list[list[str]]) -> list[str]:
    return [row[col.index] for row in body if col.index < len(row) and row[col.index].strip()]


def _mean_length(col: Column, body: list[list[str]]) -> float:
    return mean_length(_values(col, body))


def _date_share(col: Column, body: list[list[str]]) -> float:
    return share(_values(col, body), is_date)


def _demote_misnamed(columns: list[Column], body: list[list[str]]) -> None:
    """A header that names a field its content does not hold (`Milestones` full of prose, a `Target`
    of percentages, a `Priority` of High/Low, an `Impact` of scores) loses the field, so the
    content can decide."""
    for col in columns:
        values = _values(col, body)
        if not values or col.field is None:
            continue
        if col.field == "action" and share(values, looks_like_ref) >= 0.6:
            col.field = None  # `Activity 3.1` down an Activity column: references, the content decides
            continue
        if (col.field == "timeframe" and _date_share(col, body) < 0.3
                or col.field == "ref" and share(values, looks_like_ref) < 0.3 and _mean_length(col, body) > 40
                or col.field in ("section", "outcome") and is_rating(values)
                or col.field == "section" and share(values, lambda v: len(v.split()) <= 2) >= 0.6
                and is_rating([v for v in values if len(v.split()) <= 2])):
            col.field = None
        elif col.field == "section" and share(values, _cross_reference) >= 0.6:
            # `1.3`, `Section 2D`: numbers that point somewhere, not themes
            col.field = None
        elif col.field == "section" and _mean_length(col, body) > 100 and len(set(values)) == len(values):
            # a paragraph in every row (objectives written out) describes the row; it names no
            # theme, but objectives or aims written out per row are what the row is to achieve
            if _AIMS.search(col.header):
                col.field, col.score = "outcome", 0.5
            else:
                col.field = None


_NUMBER_REF = r"\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?"
_POINTER = re.compile(
    rf"^(?:(?:section|chapter|part|annex|appendix|para(?:graph)?)\s+[\dA-Z][\dA-Za-z.]{{0,6}}|{_NUMBER_REF})"
    rf"(?:\s*[,&;]\s*{_NUMBER_REF})*$", re.IGNORECASE)


def _cross_reference(text: str) -> bool:
    return bool(_POINTER.match(squash(text)))


def _pair_dates(columns: list[Column]) -> None:
    """`Start date` and `End date` (or `Timescale: Start | End`) make one timeframe: the start
    column keeps the field, the end column is marked `timeframe_end` for the rows to join."""
    lex = lexicon()
    dated = [c for c in columns if c.field == "timeframe"]

    def has(col: Column, words: str) -> bool:
        return any(re.search(rf"\b{re.escape(w)}\b", col.header.lower()) for w in lex[words])

    starts = [c for c in dated if has(c, "start_words")]
    ends = [c for c in dated if has(c, "end_words") and c not in starts]
    if starts and ends:
        starts[0].score = max(c.score for c in dated) + 0.01
        ends[0].field = "timeframe_end"


def _guess_from_content(columns: list[Column], body: list[list[str]], have: set[str]) -> None:
    """Fields no header names, inferred from what the column holds; marked as guessed for review.
    `have`: the fields the table's columns already hold."""
    for col in columns:
        if col.field:
            continue
        values = [squash(v) for v in _values(col, body)]
        if not values:
            continue
        avg_len = sum(len(v) for v in values) / len(values)
        guess = None
        distinct = len(set(values)) >= 0.9 * len(values)
        if "ref" not in have and distinct and share(values, looks_like_ref) >= 0.6:
            guess = "ref"
        elif "timeframe" not in have and avg_len < 60 and share(values, is_date) >= 0.5:
            guess = "timeframe"
        elif "responsible" not in have and avg_len < 80 and (
                share(values, is_role) >= 0.5 or share(values, is_initials) >= 0.8):
            guess = "responsible"
        elif "status" not in have and share(values, is_status) >= 0.6:
            guess = "status"
        if guess:
            col.field, col.guessed = guess, True
            have.add(guess)
    if "action" not in have:
        # the prose written as actions, else the longest prose: never dates, numbers or ratings
        # never dates, ratings, or a few values repeated down the column (a type, a category)
        prose = [
            c for c in columns
            if not c.field and _date_share(c, body) < 0.5 and not is_rating(_values(c, body))
            and len(set(_values(c, body))) >= 0.25 * len(_values(c, body))
        ]
        if prose:
            best = max(prose, key=lambda c: (share(_values(c, body), opens_with_verb) >= 0.5, _mean_length(c, body)))
            if _mean_length(best, body) > 0:
                best.field, best.guessed = "action", True
