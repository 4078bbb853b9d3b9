"""From a document's blocks to logical tables: where each table's header is, which extracted tables
read as one, and the headings printed above them.

PDF pages of one table arrive already joined by the extractor (extractors/pdf_stitch.py, which
marks where each page starts); what is grouped here is what only the words can tell: a Word table
split in two, a header printed as a line of text apart from its body, and a series of small
tables of one shape, each under its own heading.
"""
from __future__ import annotations

import re

from plan_ingest.extractors.model import Paragraph, Table

from .cleantext import squash
from .content import is_furniture, lexicon
from .headers import fields_in_text, header_score, is_header_text, match_header
from .model import LogicalTable, Part

MAX_TITLE_ROWS = 4  # rows of titles, captions or a `Goals:` block allowed above a table's header


def _label_row(cells: list[str]) -> bool:
    """Short labels in two or more cells, none a sentence: how a header row looks, whatever its words."""
    texts = [c for c in cells if c]
    return len(texts) >= 2 and all(len(t) <= 60 and len(t.split()) <= 8 and not t.endswith(".") for t in texts)


def _plain_header(cells: list[str]) -> bool:
    """A row of short labels, most of them header words of any kind of table (`Term | Meaning`)."""
    from .classify import names_table_kind

    texts = [c for c in cells if c]
    if len(texts) < 2 or len(texts) < len(cells) - 1:
        return False
    if any(len(t.split()) > 5 or t.endswith(".") for t in texts):
        return False
    named = sum(1 for t in texts if match_header(t) or names_table_kind(t))
    return named * 2 >= len(texts) and named >= 2


def _is_header_row(table: Table, r: int, cells: list[str]) -> bool:
    if header_score(cells) >= 0.5 or _plain_header(cells):
        return True
    # short labels, two or more of them fields (`Phase | Task | Ownership | Dates | NOTES`), or one
    # of them the action column's own name (`Issue | Action | Follow-up`)
    matches = [m for c in cells if c and (m := match_header(c))]
    named = {m.field for m in matches}
    if _label_row(cells) and "action" in named and (
            len(named) >= 2 or any(m.field == "action" and m.score >= 0.9 for m in matches)):
        return True
    # period columns (`Short | Middle | Long`, years) beside a named field: a marked-timeframe header
    from .readers.marked import PERIOD

    periods = sum(1 for c in cells if c and PERIOD.match(c))
    if periods >= 2 and _label_row(cells) and any(match_header(c) for c in cells if c and not PERIOD.match(c)):
        return True
    # printed as a header (bold or shaded, a Word heading row, HTML <th>): labels, one of them a field
    marked = r < table.header_rows and _label_row(cells)
    return marked and any(match_header(c) for c in cells if c)


def _continues_header(cells: list[str]) -> bool:
    texts = [c for c in cells if c]
    return bool(texts) and all(match_header(t) or len(t.split()) <= 2 for t in texts) and header_score(cells) > 0


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


def find_header(table: Table) -> tuple[int, list[str], list[str]]:
    """Where a table's data starts, its header text per column, and the title rows above the header.

    The header may sit below a title row, a caption or a `Goals:` block (rows with text in one cell
    only); a header cell merged across columns (`Progress 2024/25` over four quarters) names each
    column it covers, before the sub-header below it (`Progress 2024/25 Jul - Sep`)."""
    grid = table.grid()
    titles: list[str] = []
    for r in range(min(table.n_rows, MAX_TITLE_ROWS + 1)):
        cells = [squash(t) for t in grid[r]]
        filled = [c for c in cells if c]
        if table.n_cols >= 2 and _is_header_row(table, r, cells):
            return _header_from(table, r, titles)
        # a title row holds one cell, or a reference beside a title in a wide table (`TB (11)1 | Action Log`)
        if table.n_cols < 2 or len(filled) > max(1, table.n_cols // 2):
            break
        if filled:
            titles.append(" ".join(filled))
    return 0, [], []


def _header_from(table: Table, first: int, titles: list[str]) -> tuple[int, list[str], list[str]]:
    grid = table.grid()
    rows = 1
    if first + 1 < table.n_rows:
        below = [squash(t) for t in grid[first + 1]]
        if header_score(below) >= 0.5 or _continues_header(below) or _sub_header(table, first + 1):
            rows = 2
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
    return first + rows, header, titles


def same_header(a: list[str], b: list[str]) -> bool:
    def key(h: list[str]) -> list[str]:
        return [re.sub(r"\W+", "", x.lower()) for x in h]

    return bool(a) and key(a) == key(b)


def is_heading_like(p: Paragraph) -> bool:
    text = p.text.strip()
    return p.heading or (len(text) <= 80 and len(text.split()) <= 10 and not text.endswith((".", ",", ";")))


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
        rows, header, titles = find_header(block)
        captions = [Paragraph(text, heading=True) for text in titles]
        part = Part(block, pending + captions, rows, header, titles)
        pending = []
        text_header = [p for p in part.before if is_header_text(p.text)]
        prose = [p for p in part.before if not is_heading_like(p) and not is_header_text(p.text)]
        continues = False
        if current is not None and not text_header and not prose:
            last = current.parts[-1]
            if rows and same_header(header, current.header) and not titles:
                # a header repeated on the next page; a heading above it names the section from there
                continues = True
            elif not rows and last.table.n_rows == last.header_rows:
                continues = True  # the body of a header printed on its own
            elif not rows and block.n_cols == last.table.n_cols and not _headed(part) and (
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
    return _series(groups)


def _headed(part: Part) -> bool:
    """A table with a heading of its own printed above it (not page furniture): a new table."""
    return any(p.heading and heading_section([p]) for p in part.before)


def _series(groups: list[LogicalTable]) -> list[LogicalTable]:
    """Small tables of one shape, each under its own heading and with no header of its own (an
    action log printed as one table per topic), read as one table whose sections are the headings."""
    out: list[LogicalTable] = []
    for group in groups:
        prev = out[-1] if out else None
        if (prev is not None and not group.header and not prev.header and len(group.parts) == 1
                and group.parts[0].table.n_cols == prev.parts[0].table.n_cols >= 2
                and heading_section(group.parts[0].before)
                and (prev.series or heading_section(prev.parts[0].before))):
            prev.parts.extend(group.parts)
            prev.series = True
            continue
        out.append(group)
    for n, group in enumerate(out, start=1):
        group.index = n
    return out


def heading_section(paragraphs: list[Paragraph], title: str = "") -> str:
    """The nearest heading above a table that can name its section.

    Captions (`Table 2: ...`) are passed over for a heading above them, and name the section only
    when no heading does (`Table 6. Maturity Matrix: Expansion`); so is the introduction between a
    heading styled as one and its table (a description, `Implementing offices: ...`). A short line
    that is not styled as a heading names the section only when it sits right above the table."""
    prose = 0
    caption = ""
    for k, p in enumerate(reversed(paragraphs)):
        text = squash(p.text)
        # the document's own title names no section; but a line set right above the table was
        # only taken for the title because it came first (a page cut from a longer plan)
        if title and text.lower() == title.lower() and k > 0:
            return caption
        if is_header_text(text) or is_furniture(text):
            continue
        if any(r.search(text) for r in lexicon()["not_section_res"]):
            continue
        if _CAPTION.match(text):
            caption = caption or text
            continue
        if p.heading and len(text) <= 200:
            return text
        if not is_heading_like(p) or prose:
            prose += 1
            continue
        return text
    return caption


_CAPTION = re.compile(r"^(table|figure)\s*[\w.]+\b", re.IGNORECASE)
