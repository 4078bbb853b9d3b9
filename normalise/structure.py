"""From blocks to action rows: which tables belong together, which columns mean what, which rows are
sections, lead-ins, continuations or actions. Works on the extractors' table model, never on a file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from plan_ingest.extractors.model import Cell, Paragraph, Table

from .classify import names_table_kind
from .cleantext import squash
from .headers import fields_in_text, header_score, is_header_text, match_header

LEXICON = Path(__file__).parent / "lexicon" / "structure.yaml"

REF = re.compile(
    r"^(?:[A-Z]{1,4}[ .-]?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\)?\.?(?:\s*\(?(?:[a-z]|[ivx]{1,4})\))?$"
    r"|^\(?[a-z]\)$|^\(?[ivx]{1,4}\)$"
)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    data["not_section_res"] = [re.compile(p, re.IGNORECASE) for p in data["not_section_patterns"]]
    data["furniture_res"] = [re.compile(p, re.IGNORECASE) for p in data["page_furniture"]]
    data["sub_item_re"] = re.compile(data["sub_item_ref"], re.IGNORECASE)
    data["role_re"] = re.compile(r"\b(" + "|".join(re.escape(w) for w in data["role_words"]) + r")\b", re.IGNORECASE)
    data["date_re"] = re.compile(
        r"\b(" + "|".join(re.escape(w) for w in data["date_words"]) + r")[a-z]*\b|\b(19|20)\d\d\b|\bq[1-4]\b"
        r"|\byear \d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
        re.IGNORECASE,
    )
    data["status_re"] = re.compile(r"^(" + "|".join(re.escape(w) for w in data["status_words"]) + r")\b", re.IGNORECASE)
    return data


def looks_like_ref(text: str) -> bool:
    return bool(REF.match(text.strip()))


def is_furniture(text: str) -> bool:
    return any(r.match(text.strip()) for r in lexicon()["furniture_res"])


# ---------------------------------------------------------------- grouping tables


@dataclass
class Part:
    """One extracted table, with the paragraphs printed between it and the previous table."""

    table: Table
    before: list[Paragraph]
    header_rows: int = 0
    header: list[str] = field(default_factory=list)


@dataclass
class LogicalTable:
    """Tables that form one action table: pages of one table, or a header printed apart from its body."""

    index: int
    parts: list[Part]
    header: list[str]  # header text per column of the first part ([] when none)
    header_fields: list[str] = field(default_factory=list)  # from a header printed as text
    heading: str = ""  # section-like heading just above the table


def caption_rows(table: Table) -> list[str]:
    """Full-width rows above a table's header (`Action Plan 2024/25`, `Theme 1: Housing`): a title
    printed inside the table, not data."""
    grid = table.grid()
    for n in (1, 2):
        if table.n_rows <= n or table.n_cols < 2:
            return []
        if any(sum(1 for t in grid[r] if t.strip()) != 1 for r in range(n)):
            return []
        below = [squash(t) for t in grid[n]]
        if header_score(below) >= 0.5 or _plain_header(below):
            return [squash(next(t for t in grid[r] if t.strip())) for r in range(n)]
    return []


def table_header(table: Table) -> tuple[int, list[str]]:
    """Rows at the top of a table that are not data (captions and header rows) and the header text
    per column.

    A header cell merged across columns (`Progress 2024/25` over four quarters) names each column
    it covers, before the sub-header below it (`Progress 2024/25 Jul - Sep`).
    """
    grid = table.grid()
    first = len(caption_rows(table))
    rows = 0
    for r in range(first, min(first + 2, table.n_rows)):
        cells = [squash(t) for t in grid[r]]
        if header_score(cells) >= 0.5 or (rows and _continues_header(cells)) or (r == first and _plain_header(cells)):
            rows += 1
        else:
            break
    if rows == 1 and table.n_rows > first + 1 and _sub_header(table, first + 1):
        rows = 2
    if not rows:
        return 0, []
    cover = table.cell_at()
    header = []
    for c in range(table.n_cols):
        words: list[str] = []
        for r in range(first, first + rows):
            cell = cover[r][c]
            text = squash(cell.text) if cell is not None else ""
            if text and (not words or words[-1] != text):
                words.append(text)
        header.append(" ".join(words))
    return first + rows, header


def _sub_header(table: Table, r: int) -> bool:
    """Row r holds only labels under header cells merged across columns (`Apr - Jun` under `Progress`)."""
    cover = table.cell_at()
    own = [c for c in table.cells if c.row == r and c.text.strip()]
    if not own:
        return False
    for cell in own:
        above = cover[r - 1][cell.col]
        if above is None or above.colspan < 2 or not above.text.strip() or len(cell.text.split()) > 4:
            return False
    return True


def _plain_header(cells: list[str]) -> bool:
    """A first row of short labels, most of them header words of any kind of table (`Term | Meaning`)."""
    texts = [c for c in cells if c]
    if len(texts) < 2 or len(texts) < len(cells) - 1:
        return False
    if any(len(t.split()) > 5 or t.endswith(".") for t in texts):
        return False
    named = sum(1 for t in texts if match_header(t) or names_table_kind(t))
    return named * 2 >= len(texts) and named >= 2


def _continues_header(cells: list[str]) -> bool:
    texts = [c for c in cells if c]
    return bool(texts) and all(match_header(t) or len(t.split()) <= 2 for t in texts) and header_score(cells) > 0


def _same_header(a: list[str], b: list[str]) -> bool:
    key = lambda h: [re.sub(r"\W+", "", x.lower()) for x in h]
    return bool(a) and key(a) == key(b)


def group_tables(blocks: list) -> list[LogicalTable]:
    """Stitch tables that continue one another; remember the headings printed before each."""
    groups: list[LogicalTable] = []
    current: LogicalTable | None = None
    pending: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if not is_furniture(block.text):
                pending.append(block)
            continue
        rows, header = table_header(block)
        captions = [Paragraph(text, heading=True) for text in caption_rows(block)] if rows else []
        part = Part(block, pending + captions, rows, header)
        pending = []
        text_header = [p for p in part.before if is_header_text(p.text)]
        prose = [p for p in part.before if not _is_heading_like(p) and not is_header_text(p.text)]
        continues = False
        if current is not None and not text_header and not prose:
            last = current.parts[-1]
            if rows and _same_header(header, current.header):
                continues = True  # a header repeated on the next page
            elif not rows and last.table.n_rows == last.header_rows:
                continues = True  # the body of a header printed on its own
            elif not rows and block.n_cols == last.table.n_cols and (
                block.page != last.table.page or (block.page is None and not part.before)
            ):
                # next page of a table whose header is not repeated, or a Word table split in two
                continues = True
        if continues:
            current.parts.append(part)
            continue
        current = LogicalTable(
            index=len(groups) + 1,
            parts=[part],
            header=header,
            header_fields=fields_in_text(text_header[-1].text) if text_header and not rows else [],
        )
        groups.append(current)
    return groups


def _is_heading_like(p: Paragraph) -> bool:
    text = p.text.strip()
    return p.heading or (len(text) <= 80 and len(text.split()) <= 10 and not text.endswith((".", ",", ";")))


def heading_section(paragraphs: list[Paragraph], title: str = "") -> str:
    """The nearest short heading above a table that can name its section.

    Captions (`Table 2: ...`) are passed over, and so is one sentence of introduction between a
    heading styled as such and its table.
    """
    prose = 0
    for p in reversed(paragraphs):
        text = squash(p.text)
        if title and (text == title or (len(text.split()) >= 2 and text in title)):
            return ""  # the document's own title names no section
        if is_header_text(text) or is_furniture(text):
            continue
        if any(r.search(text) for r in lexicon()["not_section_res"]):
            continue
        if not _is_heading_like(p):
            prose += 1
            if prose > 1:
                return ""
            continue
        if prose and not p.heading:
            return ""
        return text
    return ""


# ---------------------------------------------------------------- columns


@dataclass
class Column:
    index: int
    header: str
    field: str | None  # contract field; None goes to `extra`
    guessed: bool = False
    score: float = 1.0  # how surely the header names the field


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


def map_columns(
    header: list[str], header_fields: list[str], n_cols: int, side: bool, body: list[list[str]]
) -> list[Column]:
    """A contract field for each column, from the header where there is one, else from the content."""
    columns = [Column(i, header[i] if i < len(header) else "", None) for i in range(n_cols)]
    start = 1 if side else 0
    if side:
        columns[0].field = "section"
    if header and len(header) == n_cols:
        for col in columns[start:]:
            m = match_header(col.header) if col.header else None
            if m:
                col.field, col.score = m.field, m.score
            elif col.header and len(fields_in_text(col.header)) > 1:
                col.field, col.score = fields_in_text(col.header)[0], 0.5
    else:
        # a header printed apart from the body: its fields, in order, over the data columns
        fields = list(header_fields)
        if header and not fields:
            for text in header:
                m = match_header(text)
                found = fields_in_text(text)
                if len(found) > 1:
                    fields.extend(found)
                elif m:
                    fields.append(m.field)
        data_cols = [c for c in columns[start:] if any(row[c.index].strip() for row in body)] or columns[start:]
        if len(fields) == len(data_cols):
            for col, f in zip(data_cols, fields):
                col.field = f
                col.header = col.header or f.capitalize()
        elif fields:
            for col, f in zip(columns[start:], fields):
                col.field = f
    _demote_misnamed(columns[start:], body)
    _pair_dates(columns[start:])

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
    _guess_from_content(columns[start:], body)
    if not any(c.field == "action" for c in columns):
        # no action column at all: a column of objectives in prose is the closest thing
        prose = [c for c in columns[start:] if c.field == "section" and _mean_length(c, body) > 30]
        if prose:
            prose[0].field, prose[0].guessed = "action", True
    return columns


def _values(col: Column, body: list[list[str]]) -> list[str]:
    return [row[col.index] for row in body if col.index < len(row) and row[col.index].strip()]


def _mean_length(col: Column, body: list[list[str]]) -> float:
    values = _values(col, body)
    return sum(len(v) for v in values) / len(values) if values else 0.0


def _date_share(col: Column, body: list[list[str]]) -> float:
    values = _values(col, body)
    return sum(1 for v in values if lexicon()["date_re"].search(v)) / len(values) if values else 0.0


def _is_rating(values: list[str]) -> bool:
    ratings = set(lexicon()["rating_values"])
    hits = sum(1 for v in values if v.strip().lower() in ratings or v.strip().isdigit())
    return bool(values) and hits / len(values) >= 0.8


def _demote_misnamed(columns: list[Column], body: list[list[str]]) -> None:
    """A header that names a field its content does not hold (`Milestones` full of prose, a `Target`
    of percentages, a `Priority` of High/Low, an `Impact` of scores) loses the field, so the
    content can decide."""
    for col in columns:
        values = _values(col, body)
        if not values or col.field is None:
            continue
        if col.field == "timeframe" and _date_share(col, body) < 0.3 or col.field == "ref" and sum(1 for v in values if looks_like_ref(v)) / len(values) < 0.3 \
                and _mean_length(col, body) > 40 or col.field in ("section", "outcome") and _is_rating(values):
            col.field = None


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


def _guess_from_content(columns: list[Column], body: list[list[str]]) -> None:
    """Fields no header names, inferred from what the column holds; marked as guessed for review."""
    lex = lexicon()
    have = {c.field for c in columns if c.field}

    def share(values: list[str], test) -> float:
        return sum(1 for v in values if test(v)) / len(values)

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
        elif "timeframe" not in have and avg_len < 60 and share(values, lambda v: bool(lex["date_re"].search(v))) >= 0.5:
            guess = "timeframe"
        elif "responsible" not in have and avg_len < 80 and share(values, lambda v: bool(lex["role_re"].search(v))) >= 0.5:
            guess = "responsible"
        elif "status" not in have and share(
            values, lambda v: bool(lex["status_re"].match(v)) and len(v.split()) <= 6
        ) >= 0.6:
            guess = "status"
        if guess:
            col.field, col.guessed = guess, True
            have.add(guess)
    if "action" not in have:
        # the longest prose: never a column of dates, numbers or ratings
        prose = [
            c for c in columns
            if not c.field and _date_share(c, body) < 0.5 and not _is_rating(_values(c, body))
        ]
        if prose:
            best = max(prose, key=lambda c: _mean_length(c, body))
            if _mean_length(best, body) > 0:
                best.field, best.guessed = "action", True


# ---------------------------------------------------------------- rows


@dataclass
class RowRecord:
    """One action as read from the table, before timeframes and roles are resolved."""

    table: int
    page: int | None
    row: int
    section: str
    values: dict[str, str]  # contract field -> raw cell text
    extra: dict[str, str]
    review: list[str] = field(default_factory=list)
    side_label: str = ""


def _lead_in_item(text: str) -> bool:
    lex = lexicon()
    if text.startswith("•"):
        return True
    words = text.split()
    if not words or len(words) > lex["lead_in_item_max_words"]:
        return False
    connectors = set(lex["lead_in_item_connectors"])
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in connectors for w in words)


def _is_lead_in(text: str) -> bool:
    t = text.strip()
    return bool(t) and len(t) <= 120 and any(t.endswith(e) for e in lexicon()["lead_in_endings"])


def _body(group: LogicalTable) -> list[tuple[Part, int, list[Cell | None]]]:
    """Every body row of a logical table: (part, row index in its table, covering cell per column)."""
    n_cols = max(p.table.n_cols for p in group.parts)
    rows = []
    for k, part in enumerate(group.parts):
        cover = part.table.cell_at()
        skip = part.header_rows if k == 0 or _same_header(part.header, group.header) else 0
        for r in range(skip, part.table.n_rows):
            rows.append((part, r, cover[r] + [None] * (n_cols - len(cover[r]))))
    return rows


@dataclass
class TableLayout:
    """How a logical table reads: its body rows, whether column 0 is a side label, its columns."""

    body: list[tuple[Part, int, list[Cell | None]]]
    cleaned: list[list[str]]  # each body row's own cell text, squashed (merged cells at their top row)
    side: bool
    columns: list[Column]
    n_cols: int

    @property
    def fields(self) -> dict[str, bool]:
        """field -> True when a header named it, False when it was guessed from content."""
        return {c.field: not c.guessed for c in self.columns if c.field and c.field != "section"}


def table_layout(group: LogicalTable) -> TableLayout:
    body = _body(group)
    n_cols = max(p.table.n_cols for p in group.parts)
    cleaned = [[squash(c.text) if c is not None and c.row == r else "" for c in cover] for _, r, cover in body]
    aligned = group.header if len(group.header) == n_cols else []
    side = side_label_column([cover for _, _, cover in body], aligned)
    columns = map_columns(group.header, group.header_fields, n_cols, side, cleaned)
    return TableLayout(body, cleaned, side, columns, n_cols)


def table_rows(group: LogicalTable, layout: TableLayout | None = None, title: str = "") -> list[RowRecord]:
    """Action rows of one logical table, with sections, lead-ins, merges and continuations applied.

    `title`: the document's title, which a heading above the table repeats without naming a section.
    """
    layout = layout or table_layout(group)
    body, cleaned, side, columns, n_cols = layout.body, layout.cleaned, layout.side, layout.columns, layout.n_cols
    by_field = {c.field: c.index for c in columns if c.field}
    guessed = [c.field for c in columns if c.guessed]
    action_col = by_field.get("action")
    ref_col = by_field.get("ref", None if side else by_field.get("section"))
    numbered = action_col is not None and _numbered_actions([row[action_col] for row in cleaned])

    records: list[RowRecord] = []
    section = heading_section(group.parts[0].before, title)
    lead_in = main_ref = ""
    last_part = None
    boundary = False
    for (part, r, row), texts in zip(body, cleaned):
        if part is not last_part:
            boundary = last_part is not None
            below = heading_section(part.before, title)
            if below:
                section, lead_in = below, ""
            last_part = part
        if r in part.table.page_breaks:
            boundary = True  # the extractor stitched pages: this row opens a new page
        filled = [i for i, t in enumerate(texts) if t]
        if not filled:
            continue
        if _same_header(texts, group.header):
            continue  # a header repeated inside the body
        label = squash(row[0].text) if side and row[0] is not None else ""
        content = [i for i in filled if not (side and i == 0)]
        if not content:
            continue
        # a full-width theme row: one cell across the table, or text only in the ref/theme column
        spanning = [
            c for c in row
            if c is not None and c.row == r and c.colspan >= n_cols - (1 if side else 0) and c.text.strip()
        ]
        if spanning or (
            len(content) == 1 and content[0] == ref_col
            and not looks_like_ref(texts[ref_col]) and len(texts[ref_col]) > 3
        ):
            text = squash(spanning[0].text) if spanning else texts[ref_col]
            if not _is_lead_in(text):
                section, lead_in, boundary = text, "", False
                continue
        if len(content) == 1 and content[0] == action_col and _is_lead_in(texts[action_col]):
            lead_in, boundary = texts[action_col], False
            continue
        values: dict[str, str] = {}
        extra: dict[str, str] = {}
        for col in columns:
            cell = row[col.index]
            if cell is None or not cell.text.strip() or col.field == "section":
                continue
            if col.field is None:
                if cell.row == r:
                    extra[col.header or f"column {col.index + 1}"] = cell.text
                continue
            values[col.field] = cell.text
        if "timeframe_end" in by_field:
            _join_start_end(values)
        own_fields = {columns[i].field for i in content}
        previous = records[-1] if records else None
        no_action = not squash(values.get("action", ""))
        carried = (
            boundary and "ref" in by_field and not squash(values.get("ref", ""))
            and not own_fields & {"responsible", "timeframe", "status"}
        )
        if previous is not None and (carried or no_action):
            # the rest of the row above, carried onto the next page or printed without an action
            for f, v in values.items():
                source = row[by_field[f]]
                if source is not None and source.row == r:
                    old = previous.values.get(f, "")
                    previous.values[f] = f"{old}\n{v}" if old else v
            for k, v in extra.items():
                previous.extra[k] = f"{previous.extra[k]}\n{v}" if k in previous.extra else v
            if no_action and not carried:
                previous.review.append("row without action text merged into the action above")
            boundary = False
            continue
        boundary = False
        if no_action:
            continue
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
        anchor = row[action_col] if action_col is not None else None
        records.append(
            RowRecord(
                table=group.index,
                page=anchor.page if anchor is not None and anchor.page else part.table.page,
                row=r,
                section=section,
                values=values,
                extra=extra,
                review=[f"guessed header: {f}" for f in guessed],
                side_label=label,
            )
        )
    if side:
        _apply_side_labels(records)
    return _parent_rows_as_sections(records)


def _parent_rows_as_sections(records: list[RowRecord]) -> list[RowRecord]:
    """A numbered objective row (`1 | Improve housing`) with nothing but its text, followed by its
    own numbered actions (`1.1`, `1.2` with leads and dates), heads a section rather than being an
    action of its own."""
    keep: list[RowRecord] = []
    for i, rec in enumerate(records):
        ref = squash(rec.values.get("ref", ""))
        bare = not any(squash(v) for f, v in rec.values.items() if f not in ("ref", "action"))
        children = []
        for other in records[i + 1:]:
            child_ref = squash(other.values.get("ref", ""))
            if not (child_ref.startswith(ref + ".") or child_ref.startswith(ref + " ")):
                break
            children.append(other)
        detailed = any(
            squash(c.values.get(f, "")) for c in children for f in ("responsible", "timeframe", "status", "outcome")
        )
        if ref and bare and detailed:
            title = squash(rec.values.get("action", ""))
            for child in children:
                if child.section == rec.section:
                    child.section = title
            continue
        keep.append(rec)
    return keep


# `1.2 Develop ...` or `3) Agree ...`: a reference printed at the start of the action text
_LEADING_REF = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)(?:[.)]\s+|\s+)(?=\S)")


def _numbered_actions(texts: list[str]) -> bool:
    """Do most action cells open with their own number? Then the number is the action's ref."""
    texts = [t for t in texts if t]
    hits = [t for t in texts if _LEADING_REF.match(t)]
    return len(texts) >= 2 and len(hits) / len(texts) >= 0.6


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


def _own_section(row: list[Cell | None], by_field: dict, side: bool) -> str:
    """The row's theme from a Theme/Objective column (merged cells count for every row they span)."""
    col = by_field.get("section")
    if side or col is None or row[col] is None:
        return ""
    return squash(row[col].text)


def _piece_of(label: str, heading: str) -> bool:
    """Is a side label the heading's own name, or a piece of it broken off by a text export?"""
    if not heading or len(heading.split()) > 2:
        return False
    return label.lower().replace(" ", "") in heading.lower().replace(" ", "")


def _apply_side_labels(records: list[RowRecord]) -> None:
    """A side label names the section of the rows it spans, even when a text export broke it up.

    A rotated label read row by row comes out in pieces, the bottom piece in the lower row
    (`ess` above `Proc` for `Process`). A piece of the section a heading already names takes
    that name; other pieces, the upper one starting mid-word, are joined back from the bottom.
    """
    labels = [r.side_label for r in records]
    i = 0
    while i < len(records):
        # pieces in adjacent rows, every piece but the lowest starting mid-word (`ship` / `tner` / `Par`)
        j = i
        while (
            j + 1 < len(records) and labels[j][:1].islower() and labels[j + 1]
            and records[j + 1].row == records[j].row + 1 and " " not in labels[j] + labels[j + 1]
        ):
            j += 1
        if j > i:
            whole = "".join(reversed(labels[i:j + 1]))
            labels[i:j + 1] = [whole] * (j + 1 - i)
        i = j + 1
    runs: list[list[int]] = []
    for i, rec in enumerate(records):
        if runs and records[runs[-1][0]].section == rec.section:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        heading = records[run[0]].section
        own = [labels[i] for i in run if labels[i] and not _piece_of(labels[i], heading)]
        if len(set(own)) == 1:
            # one label down the side of the whole run: rotated and merged, it names every row
            for i in run:
                records[i].section = own[0]
            continue
        current = own[0] if own else ""
        for i in run:
            if labels[i] and labels[i] in own:
                current = labels[i]
            if current:
                records[i].section = current
