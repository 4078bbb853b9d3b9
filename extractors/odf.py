"""OpenDocument (.odt text, .ods spreadsheet) read natively: the package is XML in a zip, so no
LibreOffice is needed.

content.xml's body is walked in order: headings and paragraphs become Paragraphs, lists become
lines (`• item`, or `1. item` for a numbered list style), and each table:table a Table whose
spans come from `number-columns-spanned` / `number-rows-spanned` (covered cells hold their place).
Repeated rows and columns (`number-rows-repeated`) are expanded only while they hold text, so a
spreadsheet's million empty trailing rows cost nothing. Tracked deletions are left out.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .cells import SHORT_HEADING, blocks_to_cell_text, unwrap_layout
from .model import Block, Cell, ExtractionError, Metadata, Paragraph, SourceDocument, Table
from .package import Package

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
}
MAX_CELLS = 2_000_000  # grid positions in one table; no plan comes near it
MAX_SPAN = 10_000  # rows or columns one cell may span


def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


TEXT_P, TEXT_H, TEXT_LIST, TEXT_LIST_ITEM, TEXT_LIST_HEADER = (
    _q("text", "p"), _q("text", "h"), _q("text", "list"), _q("text", "list-item"), _q("text", "list-header"))
TABLE, ROW, CELL, COVERED = (_q("table", "table"), _q("table", "table-row"), _q("table", "table-cell"),
                             _q("table", "covered-table-cell"))
HEADER_ROWS = _q("table", "table-header-rows")
# containers whose children are read in place
ROW_GROUPS = {_q("table", "table-rows"), _q("table", "table-row-group"), HEADER_ROWS}
BLOCK_GROUPS = {_q("text", "section"), _q("text", "index-body"), _q("text", "table-of-content"),
                _q("text", "illustration-index"), _q("text", "alphabetical-index"), _q("office", "text"),
                _q("office", "spreadsheet"), _q("table", "sub-table")}
SKIPPED = {_q("text", "tracked-changes"), _q("office", "forms"), _q("text", "sequence-decls"),
           _q("table", "table-columns"), _q("table", "table-column"), _q("table", "table-column-group"),
           _q("office", "annotation"), _q("text", "note-citation"), _q("table", "named-expressions"),
           _q("text", "variable-decls"), _q("text", "user-field-decls")}


def _int(el, name: str, default: int = 1) -> int:
    value = el.get(name)
    if value is None or not value.strip().isdigit():
        return default
    return int(value)


class Styles:
    """What the styles say: which paragraph styles are headings, which styles are bold, and which
    lists are numbered. A style inherits from its parent what it does not set."""

    def __init__(self, *roots):
        self.parent: dict[str, str] = {}
        self.bold: dict[str, bool] = {}
        self.numbered: dict[str, dict[int, str]] = {}  # list style -> level -> number format
        for root in roots:
            if root is None:
                continue
            for style in root.iter(_q("style", "style")):
                name = style.get(_q("style", "name"), "")
                self.parent[name] = style.get(_q("style", "parent-style-name"), "")
                props = style.find(_q("style", "text-properties"))
                weight = props.get(_q("fo", "font-weight")) if props is not None else None
                if weight:
                    self.bold[name] = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
            for list_style in root.iter(_q("text", "list-style")):
                levels = {}
                for level in list_style:
                    if level.tag == _q("text", "list-level-style-number"):
                        levels[_int(level, _q("text", "level"))] = level.get(_q("style", "num-format"), "1")
                self.numbered[list_style.get(_q("style", "name"), "")] = levels

    def chain(self, name: str) -> list[str]:
        names: list[str] = []
        while name and name not in names and len(names) < 20:
            names.append(name)
            name = self.parent.get(name, "")
        return names

    def is_heading(self, name: str) -> bool:
        return any(n.lower().startswith(("heading", "title", "subtitle")) for n in self.chain(name))

    def is_bold(self, name: str, inherited: bool = False) -> bool:
        for n in self.chain(name):
            if n in self.bold:
                return self.bold[n]
        return inherited


def _all_bold(el, styles: Styles, bold: bool) -> bool:
    """Every piece of text in a paragraph is bold, by its span's style or the paragraph's."""
    if el.text and el.text.strip() and not bold:
        return False
    for child in el:
        if child.tag == _q("text", "span"):
            inner = styles.is_bold(child.get(_q("text", "style-name"), ""), bold)
            if not _all_bold(child, styles, inner):
                return False
        elif child.tag not in (_q("text", "s"), _q("text", "tab"), _q("text", "line-break")):
            if not _all_bold(child, styles, bold):
                return False
        if child.tail and child.tail.strip() and not bold:
            return False
    return True


def _inline(el, out: list[str]) -> None:
    """The text of a paragraph's content: spans, links, spaces (text:s), tabs and line breaks."""
    if el.text:
        out.append(el.text)
    for child in el:
        tag = child.tag
        if tag == _q("text", "s"):
            out.append(" " * min(_int(child, _q("text", "c")), 100))
        elif tag == _q("text", "tab"):
            out.append("\t")
        elif tag == _q("text", "line-break"):
            out.append("\n")
        elif tag in (_q("text", "note"), _q("office", "annotation"), _q("text", "bookmark-ref")) or tag in SKIPPED:
            pass  # footnotes and comments are not the cell's own words
        elif tag == _q("draw", "frame") or tag == _q("draw", "text-box"):
            pass  # text boxes are read as blocks of their own
        else:
            _inline(child, out)
        if child.tail:
            out.append(child.tail)


def _frames(el) -> list:
    return [box for box in el.iter(_q("draw", "text-box"))]


class _Reader:
    def __init__(self, styles: Styles):
        self.styles = styles

    def blocks(self, parent, list_style: str = "", depth: int = 0) -> list[Block]:
        out: list[Block] = []
        for child in parent:
            tag = child.tag
            if tag in SKIPPED:
                continue
            if tag in (TEXT_P, TEXT_H):
                out.extend(self.paragraph(child))
            elif tag == TEXT_LIST:
                out.extend(self.list(child, child.get(_q("text", "style-name")) or list_style, depth))
            elif tag == TABLE:
                out.extend(self.table(child))
            elif tag in BLOCK_GROUPS:
                out.extend(self.blocks(child, list_style, depth))
        return out

    def paragraph(self, p, label: str = "") -> list[Block]:
        parts: list[str] = []
        _inline(p, parts)
        text = "".join(parts).replace("\t", " ")
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        style = p.get(_q("text", "style-name"), "")
        heading = p.tag == TEXT_H or self.styles.is_heading(style) or (
            0 < len(text) <= SHORT_HEADING and not text.endswith(".")
            and _all_bold(p, self.styles, self.styles.is_bold(style)))
        out: list[Block] = []
        if text:
            out.append(Paragraph(text=f"{label}{text}", heading=heading and not label))
        for box in _frames(p):
            out.extend(self.blocks(box))
        return out

    def list(self, el, style: str, depth: int) -> list[Block]:
        out: list[Block] = []
        number = _int(el, _q("text", "start-value"), 1) - 1
        fmt = self.styles.numbered.get(style, {}).get(depth + 1)
        for item in el:
            if item.tag not in (TEXT_LIST_ITEM, TEXT_LIST_HEADER):
                continue
            number = _int(item, _q("text", "start-value"), number + 1)
            label = "" if item.tag == TEXT_LIST_HEADER else (_number(number, fmt) if fmt else "• ")
            first = True
            for child in item:
                if child.tag in (TEXT_P, TEXT_H):
                    out.extend(self.paragraph(child, label if first else ""))
                    first = False
                elif child.tag == TEXT_LIST:
                    out.extend(self.list(child, child.get(_q("text", "style-name")) or style, depth + 1))
                elif child.tag == TABLE:
                    out.extend(self.table(child))
        return out

    def table(self, el) -> list[Block]:
        rows: list = []
        header = 0
        for child in el:
            if child.tag == ROW:
                rows.append(child)
            elif child.tag in ROW_GROUPS:
                found = [r for r in child.iter(ROW)]
                if child.tag == HEADER_ROWS and not rows:
                    header = len(found)
                rows.extend(found)
        cells: list[Cell] = []
        contents: dict[int, list[Block]] = {}
        n_rows = n_cols = 0
        # every grid position has one element, a cell or a covered cell, so columns are counted
        # one per element (times its repeat), spans or not
        for r, tr in enumerate(_expanded(rows)):
            c = 0
            for td, repeat in _row_cells(tr):
                if td.tag == COVERED:
                    c += repeat
                    continue
                blocks = self.blocks(td)
                text, nested = blocks_to_cell_text(blocks)
                if not text and repeat > 1:  # a run of empty cells: nothing to keep
                    c += repeat
                    continue
                colspan = min(max(_int(td, _q("table", "number-columns-spanned")), 1), MAX_SPAN)
                rowspan = min(max(_int(td, _q("table", "number-rows-spanned")), 1), MAX_SPAN)
                for _ in range(repeat):
                    cell = Cell(text=text, row=r, col=c, rowspan=rowspan, colspan=colspan, nested=nested)
                    cells.append(cell)
                    contents[id(cell)] = blocks
                    c += 1
                    n_cols = max(n_cols, cell.col + colspan)
                    n_rows = max(n_rows, r + 1)
                    if n_rows * n_cols > MAX_CELLS:
                        raise ExtractionError(f"refused: a table of over {MAX_CELLS:,} cells")
        if not cells:
            return []
        cells = [cell for cell in cells if cell.row < n_rows]
        for cell in cells:  # a span never runs past the cells that were read
            cell.rowspan = min(cell.rowspan, n_rows - cell.row)
            cell.colspan = min(cell.colspan, n_cols - cell.col)
        table = Table(cells=cells, n_rows=n_rows, n_cols=n_cols, header_rows=header)
        inside = unwrap_layout(table, contents)
        return inside if inside is not None else [table]


def _expanded(rows: list):
    """Rows with `number-rows-repeated` applied; a repeat of an empty row is one empty row (a sheet
    pads itself to a million rows with one), so the grid never grows for nothing."""
    for tr in rows:
        repeat = _int(tr, _q("table", "number-rows-repeated"))
        has_text = any("".join(td.itertext()).strip() for td in tr)
        for _ in range(min(repeat, MAX_SPAN) if has_text else 1):
            yield tr


def _row_cells(tr):
    for td in tr:
        if td.tag in (CELL, COVERED):
            yield td, min(_int(td, _q("table", "number-columns-repeated")), MAX_SPAN)


def _number(n: int, fmt: str) -> str:
    if fmt in ("a", "A"):
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord(fmt) + rest) + letters
        return f"{letters}. "
    if fmt in ("i", "I"):
        from .docx import _roman

        roman = _roman(n)
        return f"{roman if fmt == 'I' else roman.lower()}. "
    return f"{n}. "


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def read_metadata(package: Package) -> Metadata:
    root = package.xml("meta.xml")
    if root is None:
        return Metadata()
    meta = root.find(_q("office", "meta"))
    if meta is None:
        return Metadata()

    def text(prefix: str, name: str) -> str:
        return " ".join((meta.findtext(_q(prefix, name)) or "").split())

    return Metadata(title=text("dc", "title"), author=text("dc", "creator") or text("meta", "initial-creator"),
                    subject=text("dc", "subject"), created=_date(meta.findtext(_q("meta", "creation-date"))),
                    modified=_date(meta.findtext(_q("dc", "date"))))


def _check_package(package: Package) -> str:
    mimetype = package.read("mimetype").decode("ascii", "replace").strip() if package.has("mimetype") else ""
    manifest = package.xml("META-INF/manifest.xml")
    if manifest is not None and next(manifest.iter(_q("manifest", "encryption-data")), None) is not None:
        raise ExtractionError("OpenDocument file is password-protected; save an unprotected copy to read it")
    if not package.has("content.xml"):
        raise ExtractionError("not an OpenDocument file (the package has no content.xml)")
    return MIMETYPES.get(mimetype, "")


def extract_odf(path: str | Path, fmt: str = "odt") -> SourceDocument:
    """Read an OpenDocument text (.odt) or spreadsheet (.ods) file."""
    with Package(path, "OpenDocument") as package:
        fmt = _check_package(package) or fmt
        content = package.xml("content.xml")
        styles = Styles(content, package.xml("styles.xml"))
        body = content.find(_q("office", "body")) if content is not None else None
        if body is None:
            raise ExtractionError("not an OpenDocument file (content.xml has no body)")
        reader = _Reader(styles)
        sheets = body.find(_q("office", "spreadsheet"))
        blocks = reader.blocks(body) if sheets is None else _sheets(reader, sheets)
        metadata = read_metadata(package)
    return SourceDocument(path=str(path), format=fmt, blocks=blocks, metadata=metadata)


def _sheets(reader: _Reader, spreadsheet) -> list[Block]:
    """A spreadsheet's sheets read like a workbook's (sheet.grid_to_blocks): each split into the
    tables its empty rows and columns set apart, named by the sheet when there are several."""
    from .sheet import grid_to_blocks

    sheets = [el for el in spreadsheet if el.tag == TABLE]
    blocks: list[Block] = []
    for el in sheets:
        grid: dict[tuple[int, int], str] = {}
        merges = []
        for table in reader.table(el):
            if not isinstance(table, Table):
                continue
            for cell in table.cells:
                if cell.text:
                    grid[(cell.row, cell.col)] = cell.text
                if cell.rowspan > 1 or cell.colspan > 1:
                    merges.append((cell.row, cell.col, cell.row + cell.rowspan - 1, cell.col + cell.colspan - 1))
        name = el.get(_q("table", "name"), "") if len(sheets) > 1 else ""
        blocks.extend(grid_to_blocks(grid, merges, name))
    return blocks
