"""Labelled blocks: plans printed with no table at all, one block of paragraphs per action.

    Shared Actions: Government-wide Data Services          <- a heading: the section
    Action 1: Create an OMB Data Council                   <- the block's heading: ref and action
    By November 2019, the Office of ...                    <- narrative, not a field
    Responsible: Office of Management and Budget           <- `Label: value` lines
    Measurement: Internal Data Council established (Y/N)
    Consistent governance approach developed (Y/N)         <- the value carries on
    Timeline: Completed within 3 months

A block starts at a heading `Action 1:` (or Recommendation, Commitment, Objective... with a
number). A label counts when it opens a line in several of the blocks: the labels a publisher
repeats are its fields, a one-off `Note:` is not. The blocks become a Grid, one row per block and
a column per label, and go through the same column mapping and classifier as any table.

Unlike the table readers, this one reads the document's paragraphs, not its tables, so it is
called on the document's blocks (read_labelled_blocks), after the table readers.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from plan_ingest.extractors.model import Cell, Paragraph, Table

from ..content import is_furniture
from ..model import Grid, GridRow

# `Action 1: title`, `Priority Action #2 - title`, `Recommendation 3. title`
_HEAD = re.compile(
    r"^(?:(?:priority|key|shared|agency|strategic)\s+)?"
    r"(action|recommendation|commitment|objective|initiative|activity|task|project|milestone)s?\s*"
    r"(?:#|no\.?\s*)?(\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)\s*[:.)\u2013\u2014-]\s*(\S.*)$", re.IGNORECASE)
_LABEL = re.compile(r"^([A-Z][\w ()/'\u2019&,-]{1,40}?)\s*:\s*(.*)$")
# a label is a publisher's field when it opens a line in this many blocks, and this share of them
MIN_BLOCKS = 2
MIN_SHARE = 0.3
# a paragraph after a label's own carries its value on when it is this short (lines)
CARRY_LINES = 2


@dataclass
class _Line:
    text: str
    para: Paragraph
    first: bool  # the paragraph's first line
    lines_in_para: int


@dataclass
class _Block:
    ref: str
    title: str
    head: Paragraph
    headings: list[str]  # one-line headings printed before the block, nearest last
    lines: list[_Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)  # tables printed inside the block


def read_labelled_blocks(blocks: list, holding: set[int] | frozenset = frozenset()) -> list[Grid]:
    """The document's labelled blocks as one Grid per kind of heading (Action, Recommendation...);
    [] when fewer than two blocks or no label repeats. A block holding one of the tables in
    `holding` (ids of tables read as actions) heads that table: it is no action of its own."""
    lines = _lines(blocks, holding)
    # a heading printed on several pages is the page's running header, no section
    seen = Counter(x.text for x in lines if isinstance(x, _Line) and x.para.heading and x.first)
    found = _blocks([x for x in lines if not (isinstance(x, _Line) and (
        seen[x.text] > 1 and x.para.heading and not _LABEL.match(x.text) or is_furniture(x.text)))])
    grids = []
    for kind, group in found.items():
        group = [b for b in group if not any(id(t) in holding for t in b.tables)]
        grid = _grid(kind, group)
        if grid is not None:
            grids.append(grid)
    return grids


def _lines(blocks: list, holding: set[int] | frozenset = frozenset()) -> list[_Line | Table]:
    """Every paragraph line in order, and the tables between them. A table that holds no actions
    also gives its cells' lines, row by row: a form may box its `Priority Action #3:` heading and
    its `Timeframe:` field in small tables."""
    out: list[_Line | Table] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.extend(_para_lines(block))
            continue
        out.append(block)
        if isinstance(block, Table) and id(block) not in holding:
            for cell in sorted(block.cells, key=lambda c: (c.row, c.col)):
                if cell.text.strip():
                    out.extend(_para_lines(Paragraph(cell.text, page=cell.page or block.page, bbox=cell.bbox)))
    return out


def _para_lines(para: Paragraph) -> list[_Line]:
    texts = [t.strip() for t in para.text.replace("\u2029", "\n").split("\n") if t.strip()]
    return [_Line(t, para, k == 0, len(texts)) for k, t in enumerate(texts)]


def _blocks(lines: list[_Line | Table]) -> dict[str, list[_Block]]:
    """Blocks by the word their headings start with; each block's lines run to the next heading."""
    by_kind: dict[str, list[_Block]] = {}
    headings: list[str] = []
    current: _Block | None = None
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        if isinstance(line, Table):
            if current is not None:
                current.tables.append(line)
            continue
        head = _HEAD.match(line.text) if line.first else None
        if head:
            title = [head[3]]
            # a heading wrapped over its paragraph's next lines
            while k < len(lines) and isinstance(lines[k], _Line) and lines[k].para is line.para:
                title.append(lines[k].text)
                k += 1
            current = _Block(head[2], " ".join(title), line.para, headings[-20:])
            by_kind.setdefault(head[1].lower(), []).append(current)
            continue
        if line.para.heading and line.first and line.lines_in_para == 1:
            headings.append(line.text)
        if current is not None:
            current.lines.append(line)
    return by_kind


def _section(block: _Block, labels: list[str]) -> str:
    """The nearest heading before the block that is not one of the blocks' own label lines."""
    for text in reversed(block.headings):
        match = _LABEL.match(text)
        if not (match and match[1].casefold() in labels):
            return text
    return ""


def _grid(kind: str, blocks: list[_Block]) -> Grid | None:
    if len(blocks) < MIN_BLOCKS:
        return None
    seen: dict[str, set[int]] = {}
    names: dict[str, str] = {}
    for n, block in enumerate(blocks):
        for line in block.lines:
            match = _LABEL.match(line.text)
            if match and len(match[1].split()) <= 5:
                key = match[1].casefold()
                seen.setdefault(key, set()).add(n)
                names.setdefault(key, match[1])
    labels = [key for key, where in seen.items()
              if len(where) >= MIN_BLOCKS and len(where) >= MIN_SHARE * len(blocks)]
    if not labels:
        return None
    header = ["Section", "Ref", kind.title()] + [names[key] for key in labels]
    rows = []
    for n, block in enumerate(blocks):
        values, where = _values(block, labels)
        texts = [_section(block, labels), block.ref, block.title] + [values.get(key, "") for key in labels]
        # a field's cell is placed where its label was printed; the others where the heading was
        places = [block.head] * 3 + [where.get(key, block.head) for key in labels]
        cells: list[Cell | None] = [Cell(text=text, row=n, col=col, page=at.page, bbox=at.bbox) if text else None
                                    for col, (text, at) in enumerate(zip(texts, places))]
        rows.append(GridRow(cells=cells, row=n, part=0, page=block.head.page))
    return Grid(index=0, header=header, rows=rows, n_cols=len(header), reader="labelled blocks",
                reason=f"{len(blocks)} blocks headed `{kind.title()} N:`, with the labels "
                       f"{', '.join(names[key] for key in labels)}",
                fixed={0: "section", 1: "ref", 2: "action"}, page=blocks[0].head.page)


def _values(block: _Block, labels: list[str]) -> tuple[dict[str, str], dict[str, Paragraph]]:
    """label -> its value, and label -> the paragraph it was printed in. A value carries on over
    the rest of its paragraph and over short paragraphs after it, up to the next label; longer
    paragraphs (narrative) and headings end it."""
    values: dict[str, str] = {}
    where: dict[str, Paragraph] = {}
    key = None
    for line in block.lines:
        match = _LABEL.match(line.text)
        if match and match[1].casefold() in labels:
            key = match[1].casefold()
            values[key] = match[2].strip()
            where[key] = line.para
            continue
        if key is None:
            continue
        if line.para is not where[key] and (line.para.heading or line.lines_in_para > CARRY_LINES):
            key = None
            continue
        values[key] = f"{values[key]}\n{line.text}".strip()
    return values, where
