"""Extractor for PDF files (pdfplumber): ruled tables with their merged cells, and the text around them.

The chain per page is page_to_words -> page_to_table_regions -> region_to_table -> words_to_cells,
then the words left over become paragraphs; the result is blocks in reading order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from statistics import median
from typing import Iterable

from .model import Cell, ExtractionError, Metadata, Paragraph, SourceDocument, Table


@dataclass(frozen=True)
class PdfSettings:
    # points within which two rulings or cell edges count as the same line
    snap: float = 2.0
    # a word straddling a cell border belongs to the left cell only when it starts this close to
    # that cell's left edge (text overflowing to the right); otherwise it was shifted or clipped
    # from the right-hand cell (a header `Action` clipped to `ction`)
    straddle_start: float = 6.0
    # vertical gap, as a multiple of line height, that separates paragraphs
    paragraph_gap: float = 0.8


DEFAULT = PdfSettings()


def parse_pages(spec: str | None, count: int) -> list[int]:
    """`1,3-5` -> [1, 3, 4, 5]; None -> every page."""
    if not spec:
        return list(range(1, count + 1))
    pages: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            first, last = int(a), int(b) if b.strip() else count
            pages.extend(range(first, last + 1))
        else:
            pages.append(int(part))
    return [p for p in dict.fromkeys(pages) if 1 <= p <= count]


def extract_pdf(
    path: str | Path,
    password: str | None = None,
    pages: str | None = None,
    settings: PdfSettings = DEFAULT,
) -> SourceDocument:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(str(path), password=password or "")
    except PDFPasswordIncorrect:
        raise ExtractionError(
            "encrypted PDF: the password is wrong or missing (give it with --password)"
        ) from None
    except Exception as exc:
        raise ExtractionError(_describe_open_error(path, exc)) from exc
    with pdf:
        try:
            count = len(pdf.pages)
        except Exception as exc:
            raise ExtractionError(f"damaged PDF: page tree unreadable ({exc})") from exc
        blocks: list[Paragraph | Table] = []
        any_text = False
        for number in parse_pages(pages, count):
            try:
                page = pdf.pages[number - 1]
                page_blocks, had_text = page_to_blocks(page, number, settings)
            except ExtractionError:
                raise
            except Exception as exc:
                raise ExtractionError(f"damaged PDF: page {number} unreadable ({exc.__class__.__name__}: {exc})") from exc
            any_text = any_text or had_text
            blocks.extend(page_blocks)
        if count and not any_text:
            raise ExtractionError("no text layer (scanned?): the PDF holds no extractable text; it needs OCR")
        metadata = _metadata(pdf.metadata or {})
    return SourceDocument(path=str(path), format="pdf", blocks=blocks, metadata=metadata, pages=count)


def _describe_open_error(path: str | Path, exc: Exception) -> str:
    size = Path(path).stat().st_size if Path(path).exists() else 0
    if size == 0:
        return "empty file (0 bytes)"
    head = Path(path).read_bytes()[:1024]
    if b"%PDF" not in head:
        return "not a PDF (no %PDF header)"
    name = exc.__class__.__name__
    if "Encrypt" in name or "password" in str(exc).lower():
        return "encrypted PDF: cannot decrypt (give the password with --password)"
    return f"damaged PDF: {name}: {exc}".rstrip(": ")


def _pdf_date(value) -> date | None:
    if isinstance(value, bytes):
        value = value.decode("latin-1", "ignore")
    match = re.search(r"(\d{4})(\d{2})(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _meta_text(value) -> str:
    if isinstance(value, bytes):
        for enc in ("utf-16", "latin-1"):
            try:
                return value.decode(enc).strip()
            except UnicodeDecodeError:
                continue
    return str(value or "").strip()


def _metadata(info: dict) -> Metadata:
    return Metadata(
        title=_meta_text(info.get("Title")),
        author=_meta_text(info.get("Author")),
        subject=_meta_text(info.get("Subject")),
        created=_pdf_date(info.get("CreationDate")),
        modified=_pdf_date(info.get("ModDate")),
    )


# ---------------------------------------------------------------- page -> blocks


def page_to_blocks(page, number: int, settings: PdfSettings = DEFAULT) -> tuple[list, bool]:
    """One page's tables and paragraphs, top to bottom; and whether the page had any text."""
    chars = page.chars
    if not chars:
        return [], False
    upright = [c for c in chars if c.get("upright", True)]
    rotated = [c for c in chars if not c.get("upright", True)]
    words = page_to_words(page, upright)
    tables = []
    used: set[int] = set()
    for k, region in enumerate(page_to_table_regions(page, settings)):
        table, taken = region_to_table(region, words, rotated, number, settings)
        if table is None:
            continue
        used |= taken
        tables.append(table)
    for k, table in enumerate(sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0])), start=1):
        table.index_on_page = k
    loose = [w for i, w in enumerate(words) if i not in used]
    paragraphs = words_to_paragraphs(loose, number, settings)
    blocks = sorted([*tables, *paragraphs], key=lambda b: (b.bbox[1], b.bbox[0]))
    return blocks, True


def page_to_words(page, upright_chars: list[dict]) -> list[dict]:
    from pdfplumber.utils.text import WordExtractor

    extractor = WordExtractor(x_tolerance=1.5, y_tolerance=3, extra_attrs=["size", "fontname"])
    return [word for word, _chars in extractor.iter_extract_tuples(upright_chars)]


def page_to_table_regions(page, settings: PdfSettings = DEFAULT) -> list:
    """pdfplumber's ruled-table finder: each region comes with the bounding boxes of its cells."""
    finder_settings = {
        "vertical_strategy": "lines",
        "horizontal_strategy": "lines",
        "snap_tolerance": settings.snap,
        "join_tolerance": settings.snap,
        "intersection_tolerance": settings.snap,
    }
    return page.find_tables(finder_settings)


def _cluster(values: Iterable[float], tolerance: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tolerance:
            continue
        out.append(v)
    return out


def _index(edges: list[float], value: float, tolerance: float) -> int:
    best = min(range(len(edges)), key=lambda i: abs(edges[i] - value))
    return best


def region_to_table(region, words, rotated_chars, number: int, settings: PdfSettings = DEFAULT):
    boxes = [c for c in region.cells if c]
    if len(boxes) < 2:
        return None, set()
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes], settings.snap)
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes], settings.snap)
    if len(xs) < 2 or len(ys) < 2:
        return None, set()
    cells: list[Cell] = []
    for x0, top, x1, bottom in boxes:
        c0, c1 = _index(xs, x0, settings.snap), _index(xs, x1, settings.snap)
        r0, r1 = _index(ys, top, settings.snap), _index(ys, bottom, settings.snap)
        if c1 <= c0 or r1 <= r0:
            continue
        cells.append(
            Cell(text="", row=r0, col=c0, rowspan=r1 - r0, colspan=c1 - c0, page=number,
                 bbox=(x0, top, x1, bottom))
        )
    cells.sort(key=lambda c: (c.row, c.col))
    taken = words_to_cells(words, cells, settings)
    for cell in cells:
        inside = [ch for ch in rotated_chars if _centre_in(ch, cell.bbox)]
        if inside:
            text = rotated_chars_to_text(inside)
            cell.text = f"{cell.text}\n{text}".strip() if cell.text else text
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    table = Table(cells=cells, n_rows=len(ys) - 1, n_cols=len(xs) - 1, page=number, bbox=bbox)
    return table, taken


def _centre_in(obj: dict, bbox) -> bool:
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def words_to_cells(words: list[dict], cells: list[Cell], settings: PdfSettings = DEFAULT) -> set[int]:
    """Give each word to one cell and set the cells' text; returns the indexes of words used."""
    members: dict[int, list[dict]] = {}
    taken: set[int] = set()
    for i, word in enumerate(words):
        cy = (word["top"] + word["bottom"]) / 2
        hits = [
            k for k, c in enumerate(cells)
            if c.bbox[1] <= cy <= c.bbox[3] and word["x0"] < c.bbox[2] and word["x1"] > c.bbox[0]
        ]
        if not hits:
            continue
        if len(hits) > 1:
            hits.sort(key=lambda k: cells[k].bbox[0])
            left = cells[hits[0]]
            if word["x0"] >= left.bbox[0] - 1 and word["x0"] - left.bbox[0] <= settings.straddle_start:
                choice = hits[0]
            else:
                # clipped or shifted from the right: the cell in which the word ends owns it
                choice = next((k for k in hits if cells[k].bbox[0] <= word["x1"] <= cells[k].bbox[2]), hits[-1])
        else:
            choice = hits[0]
        members.setdefault(choice, []).append(word)
        taken.add(i)
    for k, ws in members.items():
        cells[k].text = words_to_text(ws)
    return taken


def words_to_lines(words: list[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines:
            last = lines[-1]
            ref = last[0]
            height = max(ref["bottom"] - ref["top"], 1.0)
            if abs(word["top"] - ref["top"]) <= height * 0.5:
                last.append(word)
                continue
        lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def words_to_text(words: list[dict]) -> str:
    return "\n".join(" ".join(w["text"] for w in line) for line in words_to_lines(words))


def rotated_chars_to_text(chars: list[dict]) -> str:
    """Text printed at 90 degrees: chars of one line share an x band; order them along the baseline."""
    # matrix b > 0: rotated anticlockwise, read bottom to top; b < 0: clockwise, read top to bottom
    up = sum(1 for c in chars if (c.get("matrix") or (0, 1))[1] > 0) >= len(chars) / 2
    columns: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: c["x0"]):
        if columns and abs(ch["x0"] - columns[-1][0]["x0"]) <= max(ch.get("size", 8) * 0.5, 2):
            columns[-1].append(ch)
        else:
            columns.append([ch])
    # the line nearest the reader's top comes first: for bottom-to-top text that is the leftmost
    if not up:
        columns.reverse()
    lines = []
    for col in columns:
        col.sort(key=lambda c: -c["bottom"] if up else c["top"])
        text = []
        prev = None
        for ch in col:
            if prev is not None:
                gap = (prev["top"] - ch["bottom"]) if up else (ch["top"] - prev["bottom"])
                if gap > ch.get("size", 8) * 0.25:
                    text.append(" ")
            text.append(ch["text"])
            prev = ch
        lines.append("".join(text).strip())
    return "\n".join(line for line in lines if line)


def words_to_paragraphs(words: list[dict], number: int, settings: PdfSettings = DEFAULT) -> list[Paragraph]:
    lines = words_to_lines(words)
    if not lines:
        return []
    sizes = [w.get("size", 10) for w in words]
    body = median(sizes) if sizes else 10
    paragraphs: list[Paragraph] = []
    current: list[list[dict]] = []

    def flush() -> None:
        if not current:
            return
        text = "\n".join(" ".join(w["text"] for w in line) for line in current)
        size = max(w.get("size", 10) for line in current for w in line)
        bold = all("bold" in (w.get("fontname") or "").lower() for line in current for w in line)
        heading = (size > body * 1.15 or bold) and len(text) <= 120
        ws = [w for line in current for w in line]
        bbox = (min(w["x0"] for w in ws), min(w["top"] for w in ws),
                max(w["x1"] for w in ws), max(w["bottom"] for w in ws))
        paragraphs.append(Paragraph(text=text, page=number, heading=heading, size=round(size, 1), bbox=bbox))
        current.clear()

    for line in lines:
        if current:
            prev = current[-1]
            height = max(w["bottom"] - w["top"] for w in prev)
            gap = line[0]["top"] - max(w["bottom"] for w in prev)
            size_prev = max(w.get("size", 10) for w in prev)
            size_now = max(w.get("size", 10) for w in line)
            if gap > height * settings.paragraph_gap or abs(size_prev - size_now) > 0.5:
                flush()
        current.append(line)
    flush()
    return paragraphs
