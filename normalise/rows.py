"""Body rows to action records, in two steps: classify each row (blank, header, theme, note,
lead-in, continuation, action), then fold the classified rows into records, carrying the section,
the lead-in and the ref they set down to the rows below.
"""
from __future__ import annotations

import re

from plan_ingest.extractors.model import Cell

from .cleantext import squash
from .content import lexicon, looks_like_ref, opens_with_verb
from .grouping import heading_section, same_header
from .model import ClassifiedRow, Column, GridRow, Layout, RowKind, RowRecord
from .sections import apply_side_labels, parent_rows_as_sections

# `a. Air Quality`, `2) Housing`, `Theme 3:`: a full-width row that numbers its block
_NUMBERED_THEME = re.compile(r"^(?:[A-Za-z]|\d{1,2}|[ivx]{1,4})[.)]\s+\S|^(theme|priority|objective|goal|section|part)\s+\d", re.IGNORECASE)
# `1.2 Develop ...` or `3) Agree ...`: a reference printed at the start of the action text
_LEADING_REF = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)(?:[.)]\s+|\s+)(?=\S)")
NOTE_KEY = "Sub-section"


def is_lead_in(text: str) -> bool:
    t = text.strip()
    return bool(t) and len(t) <= 120 and any(t.endswith(e) for e in lexicon()["lead_in_endings"])


def _lead_in_item(text: str) -> bool:
    lex = lexicon()
    if text.startswith("•"):
        return True
    words = text.split()
    if not words or len(words) > lex["lead_in_item_max_words"]:
        return False
    connectors = set(lex["lead_in_item_connectors"])
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in connectors for w in words)


_LIST_GOES_ON = re.compile(r"^(?:[b-h]|ii|iii|iv|v|vi)[.)]\s")


def _continues_text(text: str) -> bool:
    """Text that carries on from a row above: it opens in lower case, or with a list's second or
    later letter (`b.`, `iii)`)."""
    return bool(text) and (text[:1].islower() and not _LIST_GOES_ON.match(text) and not text.startswith(("e.g", "i.e"))
                           or bool(_LIST_GOES_ON.match(text)))


_ITEM = re.compile(r"^\s*([a-h])[.)]\s", re.MULTILINE)


def _next_item(above: str, text: str) -> bool:
    """`b. ...` opening a row under an action whose lettered list ended at `a. ...`: the same list."""
    here = _ITEM.match(text)
    items = _ITEM.findall(above)
    return bool(here and items) and ord(here.group(1)) == ord(items[-1]) + 1


# actions written out run to this many words (median); a row holding this few is a label
LONG_ACTION_WORDS = 8
LABEL_WORDS = 3


def _median_words(texts: list[str]) -> float:
    counts = sorted(len(t.split()) for t in texts if t)
    return counts[len(counts) // 2] if counts else 0


def numbered_actions(texts: list[str]) -> bool:
    """Do most action cells open with their own number? Then the number is the action's ref."""
    texts = [t for t in texts if t]
    hits = [t for t in texts if _LEADING_REF.match(t)]
    return len(texts) >= 2 and len(hits) / len(texts) >= 0.6


def classify_rows(layout: Layout, title: str = "") -> list[ClassifiedRow]:
    """What each body row is. A heading printed between two parts of the table comes first, as a theme."""
    grid, cleaned, side = layout.grid, layout.cleaned, layout.side
    by_field = _by_field(layout.columns)
    action_col = by_field.get("action")
    ref_col = by_field.get("ref", None if side else by_field.get("section"))
    out: list[ClassifiedRow] = []
    numbered_theme = False  # the open section came from a numbered full-width row
    boundary = False
    last_action = ""  # the action text above, with what was carried onto it
    written_out = action_col is not None and _median_words([t[action_col] for t in cleaned]) >= LONG_ACTION_WORDS
    for row, texts in zip(grid.rows, cleaned):
        if row.before and (heading := heading_section(row.before, title)):
            out.append(ClassifiedRow(RowKind.THEME, row, heading, "a heading printed above this part"))
            numbered_theme = False
        boundary = boundary or row.opens_page
        if row.kind is not None:  # the reader knew from the layout
            text = squash(next((c.text for c in row.cells if c is not None), ""))
            out.append(ClassifiedRow(row.kind, row, text, f"the reader's {row.key or 'box'}"))
            continue
        filled = [i for i, t in enumerate(texts) if t]
        content = [i for i in filled if not (side and i == 0)]
        if not content:
            out.append(ClassifiedRow(RowKind.BLANK, row))
            continue
        if same_header(texts, grid.header):
            out.append(ClassifiedRow(RowKind.HEADER, row, why="the header printed again"))
            continue
        # in a table of one column every row spans it: width alone makes no theme there
        spanning = [c for c in row.cells if c is not None and c.row == row.row and grid.n_cols > 1
                    and c.colspan >= grid.n_cols - (1 if side else 0) and c.text.strip()]
        theme_cell = (len(content) == 1 and content[0] == ref_col and not looks_like_ref(texts[ref_col])
                      and len(texts[ref_col]) > 3)
        if spanning or theme_cell:
            text = squash(spanning[0].text) if spanning else texts[ref_col]
            if not is_lead_in(text):
                if numbered_theme and not _NUMBERED_THEME.match(text):
                    out.append(ClassifiedRow(RowKind.NOTE, row, text, "a full-width row under a numbered theme"))
                else:
                    numbered_theme = bool(_NUMBERED_THEME.match(text))
                    out.append(ClassifiedRow(RowKind.THEME, row, text, "a full-width row"))
                boundary = False
                continue
        if (grid.n_cols == 1 and action_col == 0 and not opens_with_verb(texts[0]) and len(texts[0]) <= 200
                and next_is_action(grid.rows, row, texts)):
            # a one-column list: a line not written as an action, over lines that are, is their theme
            out.append(ClassifiedRow(RowKind.THEME, row, texts[0], "a title over a list of actions"))
            numbered_theme = False
            boundary = False
            continue
        if (written_out and content == [action_col] and len(texts[action_col].split()) <= LABEL_WORDS
                and not texts[action_col].rstrip().endswith((".", ":")) and not looks_like_ref(texts[action_col])):
            # a label of a few words alone in its row, among actions written out as sentences:
            # the heading of the rows below (`Commitment`, `Central action`)
            out.append(ClassifiedRow(RowKind.THEME, row, texts[action_col], "a short label alone among actions"))
            numbered_theme = False
            boundary = False
            continue
        if len(content) == 1 and content[0] == action_col and is_lead_in(texts[action_col]):
            out.append(ClassifiedRow(RowKind.LEAD_IN, row, texts[action_col], "text ending like a lead-in"))
            boundary = False
            continue
        own_fields = {layout.columns[i].field for i in content}
        action_text = texts[action_col] if action_col is not None else ""
        raw_action = row.own(action_col).text if action_col is not None and row.own(action_col) else ""
        carried = not own_fields & {"responsible", "timeframe", "status"} and (
            boundary and "ref" in by_field and not texts[by_field["ref"]]
            # no ref column: text that picks up mid-sentence or mid-list (`b. Establishes ...`)
            or boundary and "ref" not in by_field and _continues_text(action_text)
            or _next_item(last_action, action_text))
        # a merged action cell gives its text to every row it covers, as a merged outcome does
        has_action = action_col is not None and row.cells[action_col] is not None and bool(
            squash(row.cells[action_col].text))
        if carried:
            out.append(ClassifiedRow(RowKind.CONTINUATION, row, why="the rest of the row above, carried on"))
        elif not has_action:
            out.append(ClassifiedRow(RowKind.CONTINUATION, row, why="a row without action text"))
        else:
            out.append(ClassifiedRow(RowKind.ACTION, row))
        if has_action:
            last_action = f"{last_action}\n{raw_action}" if carried else raw_action
        boundary = False
    return out


def fold_rows(layout: Layout, classified: list[ClassifiedRow], title: str = "") -> list[RowRecord]:
    """Classified rows into records: sections, notes and lead-ins carried down, continuations
    merged into the action above, sub-item refs joined to their parent (`2.1 a)`)."""
    grid, columns, side = layout.grid, layout.columns, layout.side
    by_field = _by_field(columns)
    guessed = [c.field for c in columns if c.guessed]
    action_col = by_field.get("action")
    numbered = action_col is not None and numbered_actions([row[action_col] for row in layout.cleaned])
    records: list[RowRecord] = []
    section = heading_section(grid.before, title)
    notes: dict[str, str] = {}
    lead_in = main_ref = ""
    positions = {id(row): n for n, row in enumerate(grid.rows)}
    for item in classified:
        kind, row = item.kind, item.row
        if kind in (RowKind.BLANK, RowKind.HEADER):
            continue
        if kind == RowKind.THEME:
            section, lead_in, notes = item.text, "", {}
            continue
        if kind == RowKind.NOTE:
            notes[row.key or NOTE_KEY] = item.text
            continue
        if kind == RowKind.LEAD_IN:
            lead_in = item.text
            continue
        values, extra = _cells(row, columns, by_field)
        if kind == RowKind.CONTINUATION:
            if records:
                _merge(records[-1], row, values, extra, by_field, flag="without action" in item.why)
                continue
            if not squash(values.get("action", "")):
                continue  # nothing above to continue, and no action of its own

        if numbered and "ref" not in by_field:
            m = _LEADING_REF.match(values["action"])
            if m:
                values["ref"], values["action"] = m.group(1), values["action"][m.end():]
        ref = squash(values.get("ref", ""))
        if ref and lexicon()["sub_item_re"].match(ref) and main_ref:
            values["ref"] = f"{main_ref} {ref}"  # `a)` under 2.1 is action `2.1 a)`
        elif ref:
            main_ref = ref
        if lead_in and _lead_in_item(squash(values["action"])):
            values["action"] = f"{lead_in} {values['action']}"
        else:
            lead_in = ""
        # a Theme column names the section of its row and of the blank rows below it
        section = _own_section(row, by_field, side) or section
        anchor = row.cells[action_col] if action_col is not None else None
        label = squash(row.cells[0].text) if side and row.cells[0] is not None else ""
        page = anchor.page if anchor is not None and anchor.page else row.page or grid.page
        records.append(RowRecord(
            table=grid.index, page=page, row=row.row, section=section, values=values, extra={**notes, **extra},
            review=[f"guessed header: {f}" for f in guessed] + ocr_review(row), side_label=label,
            position=positions[id(row)], bbox=_row_box(row, page),
        ))
    if side:
        apply_side_labels(records)
    return parent_rows_as_sections(records)


def _row_box(row: GridRow, page: int | None) -> tuple[float, float, float, float] | None:
    """Where the row is printed: the cells that start on it, on its page, taken together."""
    boxes = [c.bbox for c in row.cells if c is not None and c.row == row.row and c.bbox
             and (c.page is None or c.page == page)]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def next_is_action(rows: list[GridRow], row: GridRow, texts: list[str]) -> bool:
    """Is the row below this one written as an action (a one-column list's first item)?"""
    i = next((n for n, r in enumerate(rows) if r is row), len(rows))
    below = rows[i + 1] if i + 1 < len(rows) else None
    cell = below.own(0) if below is not None else None
    return cell is not None and opens_with_verb(cell.text)


def _by_field(columns: list[Column]) -> dict[str, int]:
    """field -> column; of two theme columns, the leftmost (the broader theme) names the section."""
    found: dict[str, int] = {}
    for col in columns:
        if col.field and col.field not in found:
            found[col.field] = col.index
    return found


def _cells(row: GridRow, columns: list[Column], by_field: dict) -> tuple[dict[str, str], dict[str, str]]:
    values: dict[str, str] = {}
    extra: dict[str, str] = {}
    used: set[int] = set()
    for col in columns:
        cell = row.cells[col.index]
        if cell is None or not cell.text.strip() or col.field == "section":
            continue
        if id(cell) in used:
            continue  # a cell merged across several columns is one value, given to the first of them
        used.add(id(cell))
        if col.field is None:
            if cell.row == row.row:
                extra[col.header or f"column {col.index + 1}"] = cell.text
            continue
        values[col.field] = cell.text
    if "timeframe_end" in by_field:
        _join_start_end(values)
    return values, extra


def _merge(previous: RowRecord, row: GridRow, values: dict, extra: dict, by_field: dict, flag: bool) -> None:
    """The rest of the row above, carried onto the next page or printed without an action."""
    for f, v in values.items():
        source: Cell | None = row.cells[by_field[f]] if f in by_field else None
        if source is not None and source.row == row.row:
            old = previous.values.get(f, "")
            previous.values[f] = f"{old}\n{v}" if old else v
    for k, v in extra.items():
        previous.extra[k] = f"{previous.extra[k]}\n{v}" if k in previous.extra else v
    if flag:
        previous.review.append("row without action text merged into the action above")
    for note in ocr_review(row):
        if note not in previous.review and not note.startswith("read by OCR"):
            previous.review.append(note)


def ocr_review(row: GridRow, most: int = 8) -> list[str]:
    """What a person checking the row should know when its cells were read by OCR: the mean
    confidence, and the words OCR was unsure of (kept as read, never dropped)."""
    cells = list({id(c): c for c in row.cells if c is not None and c.confidence is not None}.values())
    if not cells:
        return []
    notes = [f"read by OCR (mean confidence {sum(c.confidence for c in cells) / len(cells):.0f}%)"]
    doubtful = [f"{word} ({conf:.0f}%)" for c in cells for word, conf in c.doubtful]
    if doubtful:
        more = f" and {len(doubtful) - most} more" if len(doubtful) > most else ""
        notes.append(f"OCR unsure of: {', '.join(doubtful[:most])}{more}")
    return notes


def _join_start_end(values: dict[str, str]) -> None:
    """A start column and an end column as one timeframe: `01/09/2024 - 31/03/2025`; a start
    alone reads as `from`, an end alone as `by` (the printed text stays as printed)."""
    start, end = squash(values.pop("timeframe", "")), squash(values.pop("timeframe_end", ""))
    if start and end:
        values["timeframe"] = f"{start} - {end}"
    elif start:
        values["timeframe"], values["timeframe_parse"] = start, f"from {start}"
    elif end:
        values["timeframe"], values["timeframe_parse"] = end, f"by {end}"


def _own_section(row: GridRow, by_field: dict, side: bool) -> str:
    """The row's theme from a Theme/Objective column (merged cells count for every row they span)."""
    col = by_field.get("section")
    if side or col is None or row.cells[col] is None:
        return ""
    return squash(row.cells[col].text)


def read_rows(layout: Layout, title: str = "") -> list[RowRecord]:
    return fold_rows(layout, classify_rows(layout, title), title)
