"""Extractor for Word .docx files: body paragraphs and tables in document order, read from the XML.

Merged cells come out once with their span (gridSpan, vMerge), never repeated per grid position.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from .model import Cell, ExtractionError, Metadata, Paragraph, SourceDocument, Table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# a .docx whose parts inflate past this is refused rather than read (zip bombs)
MAX_UNCOMPRESSED = 512 * 1024 * 1024


def extract_docx(path: str | Path) -> SourceDocument:
    _check_package(path)
    import docx  # python-docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types for broken packages
        raise ExtractionError(f"not a readable Word document ({exc.__class__.__name__}: {exc})") from exc
    body = document.element.body
    blocks: list[Paragraph | Table] = []
    for child in body.iterchildren():
        if child.tag == W + "p":
            text = paragraph_text(child)
            if text.strip():
                blocks.append(Paragraph(text=text.strip(), heading=_is_heading(child, document)))
        elif child.tag == W + "tbl":
            table = tbl_to_table(child)
            if table.cells:
                blocks.append(table)
    props = document.core_properties
    metadata = Metadata(
        title=(props.title or "").strip(),
        author=(props.author or "").strip(),
        subject=(props.subject or "").strip(),
        created=props.created.date() if props.created else None,
        modified=props.modified.date() if props.modified else None,
    )
    return SourceDocument(path=str(path), format="docx", blocks=blocks, metadata=metadata)


def _check_package(path: str | Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            total = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        head = Path(path).read_bytes()[:5]
        if head.startswith(b"%PDF"):
            raise ExtractionError("file is a PDF with a .docx name; rename it to .pdf") from None
        if Path(path).stat().st_size == 0:
            raise ExtractionError("empty file (0 bytes)") from None
        raise ExtractionError("not a Word .docx file (not a zip package)") from None
    if "word/document.xml" not in names:
        raise ExtractionError("not a Word .docx file (no word/document.xml in the package)")
    if total > MAX_UNCOMPRESSED:
        raise ExtractionError(
            f"refused: package inflates to {total / 2**20:.0f} MiB (limit {MAX_UNCOMPRESSED // 2**20} MiB)"
        )


def paragraph_text(p) -> str:
    """Visible text of a w:p: runs inside hyperlinks, content controls and insertions; deletions left out."""
    parts: list[str] = []
    for node in p.iter():
        tag = node.tag
        if tag == W + "t" and not _inside(node, p, W + "del"):
            parts.append(node.text or "")
        elif tag in (W + "tab", W + "ptab"):
            parts.append(" ")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
    text = "".join(parts)
    if p.find(f"{W}pPr/{W}numPr") is not None and text.strip():
        text = "• " + text.lstrip("•·▪- ").lstrip()
    return text


def _inside(node, stop, tag: str) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


def cell_text(tc) -> str:
    lines = []
    for child in tc.iterchildren():
        if child.tag == W + "p":
            lines.append(paragraph_text(child))
        elif child.tag == W + "tbl":
            # a nested table is flattened into the cell, one line per nested row
            nested = tbl_to_table(child)
            for row in nested.grid():
                line = " | ".join(t for t in row if t)
                if line:
                    lines.append(line)
        elif child.tag == W + "sdt":
            for p in child.iter(W + "p"):
                lines.append(paragraph_text(p))
    return "\n".join(line.strip() for line in lines if line.strip())


def tbl_to_table(tbl) -> Table:
    cells: list[Cell] = []
    # grid column -> the cell a vertical merge is extending
    open_vmerge: dict[int, Cell] = {}
    n_cols = 0
    rows = tbl.findall(W + "tr")
    for r, tr in enumerate(rows):
        col = 0
        before = tr.find(f"{W}trPr/{W}gridBefore")
        if before is not None:
            col = int(before.get(W + "val", "0"))
        for tc in tr.findall(W + "tc") + [
            tc for sdt in tr.findall(W + "sdt") for tc in sdt.iter(W + "tc")
        ]:
            props = tc.find(W + "tcPr")
            span = 1
            vmerge = None
            if props is not None:
                grid_span = props.find(W + "gridSpan")
                if grid_span is not None:
                    span = int(grid_span.get(W + "val", "1"))
                vm = props.find(W + "vMerge")
                if vm is not None:
                    vmerge = vm.get(W + "val", "continue")
            if vmerge == "continue" and col in open_vmerge:
                above = open_vmerge[col]
                above.rowspan = r - above.row + 1
                extra = cell_text(tc)
                if extra:
                    above.text = f"{above.text}\n{extra}" if above.text else extra
            else:
                cell = Cell(text=cell_text(tc), row=r, col=col, colspan=span)
                cells.append(cell)
                if vmerge == "restart":
                    for c in range(col, col + span):
                        open_vmerge[c] = cell
                else:
                    for c in range(col, col + span):
                        open_vmerge.pop(c, None)
            col += span
        n_cols = max(n_cols, col)
    return Table(cells=cells, n_rows=len(rows), n_cols=n_cols)


def _is_heading(p, document) -> bool:
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is not None:
        name = style.get(W + "val", "").lower()
        if name.startswith(("heading", "title", "subtitle")):
            return True
    runs = p.findall(f".//{W}r")
    texts = [r for r in runs if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
    if not texts:
        return False
    bold = all(r.find(f"{W}rPr/{W}b") is not None for r in texts)
    text = paragraph_text(p).strip()
    return bold and len(text) <= 100 and not text.endswith(".")
