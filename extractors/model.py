"""The table model every extractor returns: a document as blocks (paragraphs and tables) in reading order.

Plain dataclasses only, so the normaliser can work on any format without knowing where it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# between two paragraphs (or list items, or rows of a nested table) in a cell's text: a break the
# author made, where "\n" is a line break inside one paragraph, or a line the layout wrapped
PARAGRAPH_BREAK = "\u2029"


@dataclass
class Cell:
    """One cell of a table; a merged cell appears once, at its top-left grid position.

    `text` separates paragraphs with PARAGRAPH_BREAK (U+2029) and lines within a paragraph with "\n".
    """

    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    page: int | None = None
    # x0, top, x1, bottom in PDF points from the page's top-left; None for formats without geometry
    bbox: tuple[float, float, float, float] | None = None
    # tables printed inside this cell (Word, HTML); their text is in `text` too, a paragraph per row
    nested: list[Table] = field(default_factory=list)
    # read by OCR: the mean confidence of its words (0-100), and the words read with too little
    # confidence to trust, each with its confidence; None and [] for text from a text layer
    confidence: float | None = None
    doubtful: list[tuple[str, float]] = field(default_factory=list)


@dataclass
class Paragraph:
    """A run of text outside any table: a title, a heading, narrative, an author line."""

    text: str
    page: int | None = None
    heading: bool = False  # styled or sized as a heading, or a short bold line
    size: float | None = None
    bbox: tuple[float, float, float, float] | None = None


@dataclass
class Table:
    cells: list[Cell]
    n_rows: int
    n_cols: int
    page: int | None = None  # 1-based page where the table starts; None for formats without pages
    index_on_page: int = 1
    bbox: tuple[float, float, float, float] | None = None
    # rows (0-based) that start on a page after the table's first: where a page break fell
    page_breaks: list[int] = field(default_factory=list)
    # the caption or heading printed just above the table (`Table 3: Action plan`), "" when none
    title: str = ""
    # header rows the extractor recognised at the top (0: none seen); repeated page headers are dropped
    header_rows: int = 0
    # how the table was found: ruled (drawn grid), borderless (text alignment), column-ruled or
    # row-ruled (rules one way, alignment the other); "" for formats without geometry
    flavor: str = ""
    # how far to trust the table's columns and cells, 0-1, and its weakest evidence (`column
    # alignment 0.81`); None where the file states the table's structure (Word, web, spreadsheet)
    confidence: float | None = None
    confidence_detail: str = ""

    def grid(self) -> list[list[str]]:
        """Cell text by grid position; a spanning cell's text sits at its top-left only."""
        rows = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for cell in self.cells:
            rows[cell.row][cell.col] = cell.text
        return rows

    def cell_at(self) -> list[list[Cell | None]]:
        """For each grid position, the cell covering it (a spanning cell at every position it covers)."""
        rows: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.rowspan, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.colspan, self.n_cols)):
                    rows[r][c] = cell
        return rows

    def row_page(self, row: int) -> int | None:
        """The page on which grid row `row` starts."""
        for cell in self.cells:
            if cell.row == row and cell.page is not None:
                return cell.page
        return self.page


Block = Paragraph | Table


@dataclass
class Metadata:
    title: str = ""
    author: str = ""
    subject: str = ""
    created: date | None = None
    modified: date | None = None


@dataclass
class SourceDocument:
    """What an extractor read from one file."""

    path: str
    format: str  # pdf, docx, txt, ...
    blocks: list[Block] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    pages: int | None = None
    # what the reader had to repair or leave out, for a person to check (`3 characters that could
    # not be read replaced`, `text nested past 200 levels flattened`)
    notes: list[str] = field(default_factory=list)
    # how the document was read, for documents.csv only (each action carries its own mark):
    # `pages 1-3 read by OCR (mean confidence 95%)`
    reading: list[str] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def text(self) -> str:
        """All paragraph and cell text, for document-wide look-ups such as acronym definitions."""
        parts = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            else:
                parts.extend(c.text for c in block.cells)
        return "\n".join(parts)


# how scanned PDF pages are read (ReadOptions.ocr): auto OCRs the pages that are only an image,
# always every page (a text layer that is garbage), never none (they are noted as unread)
OCR_MODES = ("auto", "always", "never")


# grid positions (rows x columns) one table may have: far past any plan, and small enough that
# laying the grid out cannot exhaust memory (a hostile `colspan=1000 rowspan=0` asks for billions)
MAX_TABLE_CELLS = 2_000_000


def check_table_size(n_rows: int, n_cols: int) -> None:
    """Refuse a table whose grid is past MAX_TABLE_CELLS, before any memory goes on it."""
    if n_rows * n_cols > MAX_TABLE_CELLS:
        raise ExtractionError(
            f"refused: a table of {n_rows:,} rows by {n_cols:,} columns is past the limit of "
            f"{MAX_TABLE_CELLS:,} cells")


class ExtractionError(Exception):
    """A file that could not be read; the message names the problem in words a user can act on."""


class UnsupportedHere(ExtractionError):
    """A file this machine cannot read because an optional program is missing (LibreOffice for
    .doc, Tesseract for a scanned page); the message names what to install. Its row's status is
    `unsupported`, not `failed`: the file itself may be fine."""
