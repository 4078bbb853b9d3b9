"""Extractor for action trackers kept as spreadsheets: .xlsx (one table per visible sheet) and .csv.

Values come out as Excel shows them (UK day-first dates); a merged range is one cell with its span;
lines above the table's first full row (a title, a date) come out as paragraphs. A line break typed
in a cell (Alt+Enter) is the author's: it comes out as PARAGRAPH_BREAK, as Excel wraps text itself.
"""
from __future__ import annotations

import csv
import re
from datetime import date, datetime, time
from pathlib import Path
from struct import error as struct_error

from .cells import SHORT_HEADING
from .model import (
    MAX_TABLE_CELLS,
    PARAGRAPH_BREAK,
    Block,
    Cell,
    ExtractionError,
    Metadata,
    Paragraph,
    SourceDocument,
    Table,
    check_table_size,
)
from .package import Package
from .text import read_text

MAX_SHEET_CELLS = 5_000_000  # rows x columns of one sheet read cell by cell; no plan comes near it
MAX_FIELD = 64 * 1024 * 1024  # characters in one CSV field (Python's default refuses past 131,072)

# names spreadsheet programs give new sheets; such a name says nothing about the plan
_DEFAULT_SHEET = re.compile(r"^(sheet|tabelle|feuil|blad|hoja|foglio|arkusz|taul)\s*\d*$", re.IGNORECASE)

# Excel's built-in short date (format 14) follows the reader's locale: day-first in the UK
_LOCALE_DATE = {"mm-dd-yy", "m/d/yy", "m/d/yyyy", "mm/dd/yy", "mm/dd/yyyy", "general date", "short date"}
_DATE_TOKENS = [
    ("yyyy", "%Y"), ("yy", "%y"), ("mmmmm", "%b"), ("mmmm", "%B"), ("mmm", "%b"), ("dddd", "%A"),
    ("ddd", "%a"), ("dd", "%d"), ("d", "%-d"), ("hh", "%H"), ("h", "%-H"), ("ss", "%S"),
    ("am/pm", "%p"),
]


# ---------------------------------------------------------------- values as shown


def format_date(value: datetime | date, number_format: str) -> str:
    """A date as its cell format shows it; locale-dependent and unknown formats give dd/mm/yyyy."""
    fmt = re.sub(r"\[[^\]]*\]|\"[^\"]*\"|\\|;.*$", "", number_format or "").strip().lower()
    if not fmt or fmt == "general" or fmt in _LOCALE_DATE or not re.search(r"[dmy]", fmt):
        fmt = "dd/mm/yyyy"
    out, i = [], 0
    while i < len(fmt):
        for token, code in _DATE_TOKENS:
            if fmt.startswith(token, i):
                out.append(code)
                i += len(token)
                break
        else:
            if fmt.startswith("mm", i) or fmt[i] == "m":
                width = 2 if fmt.startswith("mm", i) else 1
                # m after h or before s is minutes, otherwise month
                minutes = re.search(r"h[^dmy]*$", fmt[:i]) or re.match(r"m{1,2}[^dmy]*s", fmt[i:])
                out.append(("%M" if width == 2 else "%-M") if minutes else ("%m" if width == 2 else "%-m"))
                i += width
            else:
                out.append("%%" if fmt[i] == "%" else fmt[i])
                i += 1
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    return _strftime(value, "".join(out))


def _strftime(value: datetime, pattern: str) -> str:
    # %-d is not portable (Windows); strip the zero by hand
    parts = re.split(r"(%-[dmHM])", pattern)
    out = []
    for part in parts:
        if part.startswith("%-"):
            out.append(str(int(value.strftime("%" + part[2]))))
        elif part:
            out.append(value.strftime(part))
    return "".join(out)


def format_number(value: float, number_format: str) -> str:
    """A number as its cell format shows it, in the usual cases: decimals, thousands, percent, currency."""
    fmt = (number_format or "General").split(";")[0]
    currency = re.search(r"\[\$([^\]-]+)[^\]]*\]|([£$€])", fmt)
    symbol = (currency.group(1) or currency.group(2)) if currency else ""
    body = re.sub(r"\[[^\]]*\]|\"[^\"]*\"|[£$€_*\\()\s]", "", fmt)
    if fmt == "General" or not re.search(r"[0#?]", body):
        # General shows up to ten significant digits, very small or large numbers in E notation
        return (f"{value:.10g}" if isinstance(value, float) else str(value)).replace("e", "E")
    percent = "%" in body
    if percent:
        value = value * 100
    decimals = len(re.search(r"\.([0#?]*)", body).group(1)) if "." in body else 0
    spec = f"{',' if ',' in body.split('.')[0] else ''}.{decimals}f"
    text = format(abs(value) if symbol else value, spec)
    if symbol:
        text = f"{'-' if value < 0 else ''}{symbol}{text}"
    return text + ("%" if percent else "")


def shown(value, number_format: str = "General") -> str:
    """Cell value -> the text a reader sees in the spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (datetime, date)):
        time_only = not re.search(r"[dy]", number_format or "", re.IGNORECASE)
        if isinstance(value, datetime) and value.time() != time(0) and time_only:
            return value.strftime("%H:%M")
        return format_date(value, number_format)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, (int, float)):
        return format_number(value, number_format)
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- grids to blocks


def _dense(filled: dict, spans: dict) -> tuple[dict, dict]:
    """A sheet whose cells lie far apart (a value in A1 and another in XFD1048576) laid out with
    its empty rows and columns closed up, so the table's grid is as big as what it holds. A merged
    cell keeps its span only when nothing but closed-up space lies inside it."""
    if not filled:
        return filled, spans
    rows = sorted({r for r, _ in filled})
    cols = sorted({c for _, c in filled})
    if (rows[-1] - rows[0] + 1) * (cols[-1] - cols[0] + 1) <= MAX_TABLE_CELLS:
        return filled, spans
    row_at = {r: i for i, r in enumerate(rows)}
    col_at = {c: i for i, c in enumerate(cols)}
    check_table_size(len(rows), len(cols))
    packed = {(row_at[r], col_at[c]): text for (r, c), text in filled.items()}
    return packed, {}


def grid_to_blocks(
    grid: dict[tuple[int, int], str], merges: list[tuple[int, int, int, int]], name: str = ""
) -> list[Block]:
    """Filled cells (0-based row, col -> text) and merged ranges (r0, c0, r1, c1 inclusive) as blocks.

    Rows above the first row of two or more cells across over half the width become paragraphs (a
    title, a date line); then `name` (a sheet's name) heads the table, unless programs give it to new sheets.
    """
    filled = {pos: text for pos, text in grid.items() if text.strip()}
    blocks: list[Block] = []
    if not filled:
        return []
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in merges:
        spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered[(r, c)] = (r0, c0)
    filled = {pos: text for pos, text in filled.items() if pos not in covered}
    filled, spans = _dense(filled, spans)
    rows = sorted({r for r, _ in filled})
    bottom = rows[-1]
    cells_in = {r: [pos for pos in filled if pos[0] == r] for r in rows}
    cover = {r: sum(spans.get(pos, (1, 1))[1] for pos in cells_in[r]) for r in rows}
    # the table starts at the first row of two or more cells across over half its width; above it,
    # title lines (a merged title is one cell however wide)
    width = max(cover.values())
    top = next((r for r in rows if len(cells_in[r]) >= 2 and cover[r] * 2 > width), bottom + 1)
    for (r, _), text in sorted(filled.items()):
        if r < top:
            text = text.strip()
            heading = len(text) <= SHORT_HEADING and not text.endswith(".")
            blocks.append(Paragraph(text=text, heading=heading))
    body = {pos: text for pos, text in filled.items() if pos[0] >= top}
    if not body:
        return blocks
    if name.strip() and not _DEFAULT_SHEET.match(name.strip()):
        blocks.append(Paragraph(text=name.strip(), heading=True))
    left = min(c for _, c in body)
    right = max(c + spans.get((r, c), (1, 1))[1] - 1 for r, c in body)
    cells = []
    for (r, c), text in sorted(body.items()):
        rowspan, colspan = spans.get((r, c), (1, 1))
        rowspan = min(rowspan, bottom - r + 1)
        colspan = min(colspan, right - c + 1)
        text = text.strip().replace("\n", PARAGRAPH_BREAK)
        cells.append(Cell(text=text, row=r - top, col=c - left, rowspan=rowspan, colspan=colspan))
    blocks.append(Table(cells=cells, n_rows=bottom - top + 1, n_cols=right - left + 1))
    return blocks


# ---------------------------------------------------------------- files


def extract_xlsx(path: str | Path) -> SourceDocument:
    """Every visible worksheet of a workbook, in tab order; formulas give their last computed value."""
    import openpyxl

    with Package(path, "Excel .xlsx") as package:
        parts = [name for name in package.sizes if name.endswith((".xml", ".rels"))]
        for name in parts:
            package.check_no_dtd(name)
        for name in parts:
            if name.startswith("xl/worksheets/"):
                _check_references(package.read(name), name)
        if not package.has("xl/workbook.xml") and not package.related("", "/officeDocument"):
            raise ExtractionError("not an Excel .xlsx file (no workbook in the package)")
    try:
        book = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except Exception as exc:  # noqa: BLE001 -- openpyxl raises many unrelated types for broken workbooks
        raise ExtractionError(f"not a readable Excel workbook ({exc.__class__.__name__}: {exc})") from None
    blocks: list[Block] = []
    # hidden sheets hold lookup lists and workings, not the plan
    sheets = [sheet for sheet in book.worksheets if sheet.sheet_state == "visible"]
    for sheet in sheets:
        grid: dict[tuple[int, int], str] = {}
        # the sheet's own store of cells: iter_rows would create every empty cell of a sparse range
        for (row, col), cell in sheet._cells.items():
            if cell.value is not None:
                grid[(row - 1, col - 1)] = shown(cell.value, cell.number_format)
        merges = [
            (m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in sheet.merged_cells.ranges
        ]
        # a lone sheet's name is the file's business; several sheets' names tell their tables apart
        blocks.extend(grid_to_blocks(grid, merges, sheet.title if len(sheets) > 1 else ""))
    props = book.properties
    metadata = Metadata(
        title=(props.title or "").strip(),
        author=(props.creator or "").strip(),
        subject=(props.subject or "").strip(),
        created=props.created.date() if isinstance(props.created, datetime) else None,
        modified=props.modified.date() if isinstance(props.modified, datetime) else None,
    )
    book.close()
    return SourceDocument(path=str(path), format="xlsx", blocks=blocks, metadata=metadata)


def extract_xls(path: str | Path) -> SourceDocument:
    """A legacy Excel 97-2003 workbook (.xls), read with xlrd: every visible sheet, merged ranges
    kept as spans, dates shown as their number format shows them."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except xlrd.biffh.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise ExtractionError("Excel .xls file is password-protected; save an unprotected copy") from None
        raise ExtractionError(f"not a readable Excel .xls workbook ({exc})") from None
    except (OSError, ValueError, IndexError, AssertionError, KeyError, struct_error) as exc:
        raise ExtractionError(f"damaged Excel .xls workbook ({exc.__class__.__name__})") from None
    blocks: list[Block] = []
    try:
        sheets = [book.sheet_by_index(i) for i in range(book.nsheets)]
        visible = [s for s in sheets if not s.visibility]
        for sheet in visible:
            if sheet.nrows * max(sheet.ncols, 1) > MAX_SHEET_CELLS:
                raise ExtractionError(f"refused: sheet {sheet.name!r} holds over {MAX_SHEET_CELLS:,} cells")
            grid: dict[tuple[int, int], str] = {}
            for r in range(sheet.nrows):
                for c in range(sheet.ncols):
                    cell = sheet.cell(r, c)
                    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        continue
                    grid[(r, c)] = _xls_text(book, cell)
            merges = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sheet.merged_cells]
            blocks.extend(grid_to_blocks(grid, merges, sheet.name if len(visible) > 1 else ""))
        props = Metadata(author=(book.user_name or "").strip())
    finally:
        book.release_resources()
    return SourceDocument(path=str(path), format="xls", blocks=blocks, metadata=props)


def _xls_text(book, cell) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        number_format = book.format_map.get(book.xf_list[cell.xf_index].format_key)
        pattern = number_format.format_str if number_format is not None else "dd/mm/yyyy"
        try:
            value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return str(cell.value)
        return shown(value, pattern)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        number_format = book.format_map.get(book.xf_list[cell.xf_index].format_key)
        return shown(cell.value, number_format.format_str if number_format is not None else "General")
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return shown(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return ""
    return shown(cell.value)


_REFERENCE = re.compile(rb'\br="([A-Z]{1,7})(\d{1,30})"|<dimension ref="[^"]*?([A-Z]{1,7})(\d{1,30})"')
MAX_ROW, MAX_COL = 1_048_576, 16_384  # Excel's own limits: XFD1048576


def _check_references(xml: bytes, name: str) -> None:
    """Refuse a sheet whose cell references lie past Excel's own grid (`G99999999999999999999`),
    which no spreadsheet program writes, before a reader tries to lay it out."""
    for m in _REFERENCE.finditer(xml):
        letters, digits = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        col = 0
        for ch in letters.decode():
            col = col * 26 + ord(ch) - 64
        if col > MAX_COL or len(digits) > 7 or int(digits) > MAX_ROW:
            raise ExtractionError(
                f"refused: {name} names the cell {letters.decode()}{digits.decode()[:12]}, past Excel's last "
                "cell XFD1048576")


def extract_csv(path: str | Path) -> SourceDocument:
    """A comma-, semicolon- or tab-separated tracker; the separator is sniffed from the first lines."""
    notes: list[str] = []
    text = read_text(path, notes)
    if "\x00" in text[:4096]:
        raise ExtractionError("not a text .csv file (binary content)")
    csv.field_size_limit(MAX_FIELD)  # a long progress note is a field, not an attack
    sample = text[:16384]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    grid: dict[tuple[int, int], str] = {}
    try:
        for r, row in enumerate(csv.reader(text.splitlines(keepends=True), dialect)):
            for c, value in enumerate(row):
                if value.strip():
                    grid[(r, c)] = value.replace("\r\n", "\n")
    except csv.Error as exc:
        raise ExtractionError(f"not a readable .csv file ({exc})") from None
    return SourceDocument(path=str(path), format="csv", blocks=grid_to_blocks(grid, []), notes=notes)
