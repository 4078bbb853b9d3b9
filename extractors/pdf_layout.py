"""One page to blocks: its tables (ruled and borderless) and the paragraphs around them, top to bottom,
with the heading or caption printed just above a table kept as that table's title.

The chain is content_to_text -> content_to_drafts (ruled grids, then borderless text) ->
drafts_to_tables -> lines_to_paragraphs -> attach_titles -> blocks_in_reading_order.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

from .model import Paragraph, Table
from .pdf_bands import BANDS, BandSettings, split_bands
from .pdf_cells import (
    CELLS,
    CellSettings,
    TableDraft,
    draft_to_table,
    grid_to_draft,
    merge_split_header_cells,
    ruled_header_rows,
    split_merged_columns,
)
from .pdf_confidence import table_confidence
from .pdf_page import PageContent
from .pdf_ruled import RULED, Grid, RuledSettings, column_wall_share, edges_to_grids, rules_to_edges
from .pdf_shapes import is_caption
from .pdf_stream import STREAM, StreamSettings, lines_to_drafts
from .pdf_subcolumns import SUBCOLUMNS, SubcolumnSettings, split_ruled_columns
from .pdf_words import (
    WORDS,
    TextLine,
    Word,
    WordSettings,
    box_around,
    chars_to_text_lines,
    dominant_direction,
    rotated_chars_to_words,
    turn_content,
    unturn_box,
)


@dataclass(frozen=True)
class LayoutSettings:
    # vertical gap, as a multiple of line height, that separates paragraphs: on the page, inside a
    # table's cells, and on pages the prefilter reads quickly
    paragraph_gap: float = 0.8
    # a caption or heading this close above a table (multiples of its line height) is its title
    caption_gap: float = 2.5
    caption_max_chars: int = 200


LAYOUT = LayoutSettings()


@dataclass(frozen=True)
class PageSettings:
    words: WordSettings = WORDS
    ruled: RuledSettings = RULED
    stream: StreamSettings = STREAM
    cells: CellSettings = CELLS
    bands: BandSettings = BANDS
    subcolumns: SubcolumnSettings = SUBCOLUMNS
    layout: LayoutSettings = LAYOUT


PAGE = PageSettings()


@dataclass
class PageText:
    """A page's words, turned so that most of its text reads left to right."""

    lines: list[TextLine]
    rotated: list[Word]
    width: float
    height: float
    turn: int = 0
    words: list[Word] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.words = [w for line in self.lines for w in line.words]


def content_to_text(content: PageContent, settings: PageSettings = PAGE) -> tuple[PageContent, PageText]:
    """Turn a sideways page upright and read its words; rotated words are kept apart."""
    turn = dominant_direction(content.chars)
    content = turn_content(content, turn)
    upright = [c for c in content.chars if c.dir == 0]
    others = [c for c in content.chars if c.dir != 0]
    lines = chars_to_text_lines(upright, settings.words)
    rotated = rotated_chars_to_words(others, content.width, content.height, settings.words)
    return content, PageText(lines, rotated, content.width, content.height, turn)


# ---------------------------------------------------------------- tables


def content_to_drafts(content: PageContent, text: PageText, settings: PageSettings = PAGE) -> tuple[list[TableDraft], set[int]]:
    """Every table on the page, ruled ones first; returns the drafts and the ids of the words used.

    Per ruled grid: column rules in most rows make it a ruled table (merged cells kept, bands holding
    several rows cut up); rules across rows only make it a frame whose columns come from the text."""
    edges = rules_to_edges(content.rules, content.boxes, settings.ruled)
    drafts: list[TableDraft] = []
    frames: list[Grid] = []
    used: set[int] = set()
    for grid in edges_to_grids(edges, settings.ruled):
        if is_frame(grid, settings.ruled):
            frames.append(grid)
            continue
        draft, taken = grid_to_ruled_draft(grid, text.words + text.rotated, content.boxes, settings)
        if draft is not None:
            drafts.append(draft)
            used |= taken
    stream_drafts, stream_used = lines_to_drafts(text.lines, used, edges, drafts, frames, settings.stream)
    v_rules = [e for e in edges if not e.horizontal]
    for draft in drafts + stream_drafts:
        found = table_confidence(draft, v_rules)
        draft.confidence, draft.confidence_detail = found.value, found.describe()
    return drafts + stream_drafts, used | stream_used


def is_frame(grid: Grid, settings: RuledSettings = RULED) -> bool:
    """Rules across the rows but (almost) none between the columns: a frame for a borderless table."""
    return grid.n_rows >= 2 and (grid.n_cols < 2 or column_wall_share(grid, settings) < settings.ruled_share)


def grid_to_ruled_draft(grid: Grid, words: list[Word], boxes: list, settings: PageSettings = PAGE):
    """The ruled table in one grid, or None when fewer than two of its cells hold text (a box round
    a paragraph, a page border); with the ids of the words it took."""
    if grid.n_cols < 2:
        return None, set()
    draft, taken = grid_to_draft(grid, words, settings.cells)
    if sum(1 for c in draft.cells if c.words) < 2:
        return None, set()
    draft.header_rows = ruled_header_rows(draft, boxes)
    draft = split_merged_columns(draft, grid)
    draft = merge_split_header_cells(draft)
    draft = split_bands(draft, settings.bands)
    draft = split_ruled_columns(draft, settings.subcolumns)
    return draft, taken


def drafts_to_tables(drafts: list[TableDraft], text: PageText, number: int, display: tuple[float, float],
                     settings: PageSettings = PAGE) -> list[Table]:
    width, height = display

    def unturn(box):
        return unturn_box(box, text.turn, width, height) if text.turn else box

    # lines inside a cell are told apart as paragraphs by the gap that parts paragraphs outside tables
    gap = settings.layout.paragraph_gap
    tables = [draft_to_table(d, number, text.width, text.height, unturn, settings.cells, gap) for d in drafts]
    tables = [t for t in tables if sum(1 for c in t.cells if c.text.strip()) >= 2]
    for k, table in enumerate(sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0])), start=1):
        table.index_on_page = k
    return tables


# ---------------------------------------------------------------- paragraphs


def lines_to_paragraphs(lines: list[TextLine], number: int, unturn, settings: LayoutSettings = LAYOUT) -> list[Paragraph]:
    """Text lines outside the tables, grouped into paragraphs by vertical gaps and size changes."""
    if not lines:
        return []
    sizes = [w.size for line in lines for w in line.words]
    body = median(sizes) if sizes else 10
    paragraphs: list[Paragraph] = []
    current: list[TextLine] = []

    def flush() -> None:
        if not current:
            return
        text = "\n".join(line.text for line in current)
        size = max(line.size for line in current)
        words = [w for line in current for w in line.words]
        bold = all(w.bold for w in words)
        heading = (size > body * 1.15 or bold) and len(text) <= 120
        bbox = box_around(current)
        paragraphs.append(Paragraph(text=text, page=number, heading=heading, size=round(size, 1),
                                    bbox=tuple(round(v, 2) for v in unturn(bbox))))
        current.clear()

    for line in sorted(lines, key=lambda l: (l.top, l.x0)):
        if current:
            prev = current[-1]
            height = prev.bottom - prev.top
            gap = line.top - prev.bottom
            apart = line.x0 > prev.x1 or line.x1 < prev.x0  # side by side, not one under the other
            restyled = abs(prev.size - line.size) > 0.6 or _bold(prev) != _bold(line)  # a heading ends
            if gap > height * settings.paragraph_gap or restyled or apart:
                flush()
        current.append(line)
    flush()
    return paragraphs


def _bold(line: TextLine) -> bool:
    return all(w.bold for w in line.words)


# ---------------------------------------------------------------- the page


def attach_titles(tables: list[Table], paragraphs: list[Paragraph], settings: LayoutSettings = LAYOUT) -> None:
    """The heading or caption printed just above a table (or a `Table n` caption just below) names it."""
    for table in tables:
        above = [p for p in paragraphs if p.bbox[3] <= table.bbox[1] + 1
                 and p.bbox[0] < table.bbox[2] and p.bbox[2] > table.bbox[0]]
        if above:
            nearest = max(above, key=lambda p: p.bbox[3])
            line = (nearest.size or 10) * 1.2
            if table.bbox[1] - nearest.bbox[3] <= settings.caption_gap * line and \
                    len(nearest.text) <= settings.caption_max_chars and \
                    (nearest.heading or is_caption(nearest.text) or len(nearest.text.split()) <= 12):
                table.title = " ".join(nearest.text.split())
                continue
        below = [p for p in paragraphs if p.bbox[1] >= table.bbox[3] - 1 and is_caption(p.text)]
        if below:
            nearest = min(below, key=lambda p: p.bbox[1])
            if nearest.bbox[1] - table.bbox[3] <= settings.caption_gap * (nearest.size or 10) * 1.15:
                table.title = " ".join(nearest.text.split())


def blocks_in_reading_order(tables: list[Table], paragraphs: list[Paragraph]) -> list:
    """Top to bottom, then left to right."""
    return sorted([*tables, *paragraphs], key=lambda b: (round(b.bbox[1], 1), b.bbox[0]))


def page_to_blocks(content: PageContent, settings: PageSettings = PAGE) -> list:
    """One page's tables and paragraphs in reading order."""
    display = (content.width, content.height)
    turned, text = content_to_text(content, settings)
    drafts, used = content_to_drafts(turned, text, settings)
    tables = drafts_to_tables(drafts, text, content.number, display, settings)
    leftover = _lines_without(text.lines, used)

    def unturn(box):
        return unturn_box(box, text.turn, *display) if text.turn else box

    paragraphs = lines_to_paragraphs(leftover, content.number, unturn, settings.layout)
    attach_titles(tables, paragraphs, settings.layout)
    return blocks_in_reading_order(tables, paragraphs)


def page_to_paragraphs(content: PageContent, settings: PageSettings = PAGE) -> tuple[list, PageText]:
    """A page the prefilter ruled out (it holds no table): its text as paragraphs, and its words."""
    display = (content.width, content.height)
    _, text = content_to_text(content, settings)

    def unturn(box):
        return unturn_box(box, text.turn, *display) if text.turn else box

    return lines_to_paragraphs(text.lines, content.number, unturn, settings.layout), text


def _lines_without(lines: list[TextLine], used: set[int]) -> list[TextLine]:
    out = []
    for line in lines:
        rest = [w for w in line.words if id(w) not in used]
        if rest:
            out.append(TextLine(rest))
    return out
