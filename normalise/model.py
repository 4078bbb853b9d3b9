"""The records the normaliser's stages hand each other, from extracted tables to action rows.

    blocks --grouping--> LogicalTable --readers--> Grid --columns--> Layout
           --rows.classify--> ClassifiedRow --rows.fold--> RowRecord --pipeline--> Action

Plain dataclasses: each stage sets what it owns once (a row's kind, a column's field) and the
stages after it read those marks instead of working them out again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from plan_ingest.extractors.model import Cell, Paragraph, Table


class RowKind(Enum):
    BLANK = "blank"  # nothing of its own
    HEADER = "header"  # the header printed again inside the body
    THEME = "theme"  # a full-width row naming the section of the rows below
    NOTE = "note"  # a full-width row under a theme (`Current Efforts`, a `Target` box): kept in `extra`
    LEAD_IN = "lead-in"  # `Presentations to:` before list items that complete it
    CONTINUATION = "continuation"  # the rest of the action above (over a page break, or no action text)
    ACTION = "action"


@dataclass
class Part:
    """One extracted table, with the paragraphs printed between it and the table before it."""

    table: Table
    before: list[Paragraph]
    header_rows: int = 0  # rows at the top that are not data: captions, then the header
    header: list[str] = field(default_factory=list)  # header text per column ([] when none)
    captions: list[str] = field(default_factory=list)  # full-width title rows above the header


@dataclass
class LogicalTable:
    """Extracted tables that read as one: pages of one table, a header printed apart from its
    body, or a series of same-shaped tables each under its own heading."""

    index: int
    parts: list[Part]
    header: list[str]  # header text per column of the first part ([] when none)
    header_fields: list[str] = field(default_factory=list)  # from a header printed as a line of text
    series: bool = False  # parts are separate tables of one shape under their own headings


@dataclass
class GridRow:
    """One body row as the row reader sees it, whatever layout it was printed in."""

    cells: list[Cell | None]  # the cell covering each column; a merged cell at every row it covers
    row: int  # the row's index in its own table: a cell starting here has cell.row == row
    part: int  # which part of the logical table (0-based)
    page: int | None
    opens_page: bool = False  # the first row on a page after the table's first (a stitched page break)
    before: list[Paragraph] = field(default_factory=list)  # printed just above this row's part
    # set by a reader that knows from the layout what the row is (a card's `Goal` box is a theme)
    kind: RowKind | None = None
    key: str = ""  # the label of a note row (`Target`), the key its text goes under in `extra`

    def own(self, col: int) -> Cell | None:
        """The cell at `col` when it starts on this row (not a merged cell carried down from above)."""
        cell = self.cells[col] if col < len(self.cells) else None
        return cell if cell is not None and cell.row == self.row else None


@dataclass
class Grid:
    """A table in one shape, one header per column over body rows, made by a reader from the
    layout it was printed in (a plain table, cards, key/value boxes, marks in period columns)."""

    index: int  # 1-based table number in the document, as the `table` column gives it
    header: list[str]
    rows: list[GridRow]
    n_cols: int
    before: list[Paragraph] = field(default_factory=list)  # paragraphs above the table
    header_fields: list[str] = field(default_factory=list)
    reader: str = "grid"
    reason: str = ""  # why the reader took this table
    fixed: dict[int, str] = field(default_factory=dict)  # column -> field a reader set (not the header's)
    series: bool = False
    page: int | None = None


@dataclass
class Column:
    index: int
    header: str
    field: str | None  # contract field; None goes to `extra`
    guessed: bool = False
    score: float = 1.0  # how surely the header names the field


@dataclass
class Layout:
    """How a grid reads: its columns' fields, whether column 0 is a side label, and its body text."""

    grid: Grid
    columns: list[Column]
    side: bool
    cleaned: list[list[str]]  # each body row's own cell text, squashed (merged cells at their top row)

    @property
    def fields(self) -> dict[str, bool]:
        """field -> True when a header named it, False when it was guessed from content."""
        return {c.field: not c.guessed for c in self.columns if c.field and c.field != "section"}

    def column(self, name: str) -> int | None:
        return next((c.index for c in self.columns if c.field == name), None)


@dataclass
class ClassifiedRow:
    kind: RowKind
    row: GridRow
    text: str = ""  # the theme, sub-theme or lead-in text
    why: str = ""


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
    position: int = 0  # the row's index in its grid, for pointing at it in a review report
    bbox: tuple[float, float, float, float] | None = None  # the row on its page (PDF points)
