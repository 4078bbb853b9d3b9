"""Extractor for PDF files: every table (ruled or borderless, upright or sideways, over one page or
many) and the text around it, read with pypdfium2.

The chain is document_to_pages -> page_may_hold_table -> read_page -> page_to_blocks (pdf_layout)
-> tables_to_stitched (pdf_stitch); each stage's settings sit in one dataclass, gathered in PdfSettings.
A page that is only a scanned image is read by OCR (ocr.py) into the same page content instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from .model import ExtractionError, Metadata, Paragraph, SourceDocument, Table, UnsupportedHere
from .ocr import OCR, OcrPage, OcrSettings, is_scan, ocr_page, ocr_unavailable
from .pdf_cells import join_split_words
from .pdf_layout import PAGE, PageSettings, page_to_blocks, page_to_paragraphs
from .pdf_page import READ, ReadSettings, page_to_content
from .pdf_prefilter import (
    PREFILTER,
    PrefilterSettings,
    content_may_hold_table,
    page_may_hold_table,
    scan_to_paragraphs,
)
from .pdf_stitch import STITCH, StitchSettings, tables_to_stitched


@dataclass(frozen=True)
class PdfSettings:
    read: ReadSettings = READ
    prefilter: PrefilterSettings = PREFILTER
    page: PageSettings = PAGE
    stitch: StitchSettings = STITCH
    ocr: OcrSettings = OCR
    # skip the table finders on pages the prefilter rules out (their text is still read)
    use_prefilter: bool = True
    # join a table running over several pages into one table
    stitch_pages: bool = True


DEFAULT = PdfSettings()


def pdf_settings(ocr: str = "auto") -> PdfSettings:
    """The default settings with scanned pages read the `ocr` way (auto, always, never)."""
    return DEFAULT if ocr == DEFAULT.ocr.mode else replace(DEFAULT, ocr=replace(DEFAULT.ocr, mode=ocr))


_PAGE_PART = re.compile(r"^(\d+)?\s*(-)?\s*(\d+)?$")


def parse_page_spec(spec: str) -> list[tuple[int, int | None]]:
    """`1,3-5,9-` -> [(1, 1), (3, 5), (9, None)]: page ranges, None running to the last page.

    Raises ValueError naming the part that is not a page number (from 1) or a forward range."""
    ranges: list[tuple[int, int | None]] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        match = _PAGE_PART.match(part)
        if not match or not (match[1] or match[3]) or (match[3] and not match[2]):
            raise ValueError(f"{part!r} is not a page number or a range such as 3-5")
        first = int(match[1]) if match[1] else 1
        last = first if not match[2] else (int(match[3]) if match[3] else None)
        if first < 1 or (last is not None and last < 1):
            raise ValueError(f"{part!r}: pages are numbered from 1")
        if last is not None and last < first:
            raise ValueError(f"{part!r}: a range runs from the lower page to the higher, e.g. {last}-{first}")
        ranges.append((first, last))
    if not ranges:
        raise ValueError(f"{spec!r} names no pages")
    return ranges


def parse_pages(spec: str | None, count: int) -> list[int]:
    """`1,3-5` -> [1, 3, 4, 5]; `-3` the first three, `9-` from 9 to the end; None -> every page.

    Pages past the end are left out; a malformed spec raises ValueError (see parse_page_spec)."""
    if spec is None or not spec.strip():
        return list(range(1, count + 1))
    pages: list[int] = []
    for first, last in parse_page_spec(spec):
        pages.extend(range(first, (count if last is None else min(last, count)) + 1))
    return list(dict.fromkeys(pages))


def extract_pdf(
    path: str | Path,
    password: str | None = None,
    pages: str | None = None,
    settings: PdfSettings = DEFAULT,
) -> SourceDocument:
    """Read a PDF into the table model; raises ExtractionError naming the problem (and page)."""
    pdf = open_pdf(path, password)
    try:
        count = len(pdf)
        numbers = parse_pages(pages, count)
        if count and not numbers:
            raise ExtractionError(f"no such pages: {pages} (the PDF has {count})")
        read = pages_to_blocks(pdf, numbers, settings)
        if numbers and not read.any_text:
            raise _no_text_error(read, settings.ocr)
        blocks = read.blocks
        if settings.stitch_pages:
            blocks = tables_to_stitched(blocks, read.heights, settings.stitch)
        cells = [c for t in _tables(blocks) for c in t.cells]
        join_split_words([b.text for b in blocks if isinstance(b, Paragraph)] + [c.text for c in cells], cells)
        metadata = _metadata(pdf)
    finally:
        pdf.close()
    reading, notes = ocr_notes(read)
    return SourceDocument(path=str(path), format="pdf", blocks=blocks, metadata=metadata, pages=count,
                          notes=notes, reading=reading)


@dataclass
class PagesRead:
    """The blocks of the pages read, in order, and what it took to read them."""

    blocks: list = field(default_factory=list)
    heights: dict[int, float] = field(default_factory=dict)  # each page's displayed height
    any_text: bool = False
    ocr: dict[int, OcrPage] = field(default_factory=dict)  # pages read by OCR
    scanned_unread: list[int] = field(default_factory=list)  # scans left unread (--ocr never, or no Tesseract)
    ocr_missing: str | None = None  # why OCR could not run here


def pages_to_blocks(pdf, numbers: list[int], settings: PdfSettings = DEFAULT) -> PagesRead:
    """The blocks of the given pages in order, each page's displayed height, and what was OCR'd."""
    read = PagesRead()
    for number in numbers:
        page_to_document_blocks(pdf, number, settings, read)
    return read


def _no_text_error(read: PagesRead, ocr: OcrSettings) -> ExtractionError:
    if read.ocr_missing:
        return UnsupportedHere(f"scanned PDF: its pages are images with no text layer, and {read.ocr_missing}")
    if read.scanned_unread:
        return ExtractionError("no text layer (scanned?): the pages are images; read them by OCR with --ocr auto")
    if read.ocr:
        return ExtractionError("scanned PDF: OCR found no text on its pages")
    return ExtractionError("no text layer: the PDF holds no extractable text and no scanned page")


def ocr_notes(read: PagesRead) -> tuple[list[str], list[str]]:
    """Which pages OCR read and how sure it was (for documents.csv: each action has its own mark),
    and which scanned pages were left unread and why (for every action too: the list may be short)."""
    reading, notes = [], []
    if read.ocr:
        words = sum(p.words for p in read.ocr.values())
        mean = sum(p.mean_confidence * p.words for p in read.ocr.values()) / words if words else 0.0
        reading.append(f"{_pages_named(sorted(read.ocr))} read by OCR (mean confidence {mean:.0f}%)")
    if read.scanned_unread:
        why = f": {read.ocr_missing}" if read.ocr_missing else " (OCR is off: --ocr never)"
        notes.append(f"{_pages_named(read.scanned_unread)} scanned, not read{why}")
    return reading, notes


def _pages_named(numbers: list[int]) -> str:
    """[1, 2, 3, 7] -> `pages 1-3, 7`."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    text = ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in spans)
    return f"page {text}" if len(numbers) == 1 else f"pages {text}"


def _tables(blocks: list) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def open_pdf(path: str | Path, password: str | None = None):
    """The document opened with pypdfium2, or an ExtractionError a user can act on."""
    import pypdfium2 as pdfium

    path = Path(path)
    if not path.exists():
        raise ExtractionError("file not found")
    with open(path, "rb") as fh:
        head = fh.read(1024)  # the header may follow some junk, but within the first kilobyte
    if not head:
        raise ExtractionError("empty file (0 bytes)")
    if b"%PDF" not in head:
        raise ExtractionError("not a PDF (no %PDF header)")
    try:
        return pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError as exc:
        raise ExtractionError(_describe_open_error(path, exc, password)) from None


def _describe_open_error(path: Path, exc: Exception, password: str | None) -> str:
    code = getattr(exc, "err_code", None)
    import pypdfium2.raw as R

    if code == R.FPDF_ERR_PASSWORD:
        if password:
            return "encrypted PDF: the password is wrong (give the right one with --password)"
        return "encrypted PDF: a password is needed (give it with --password)"
    if code == R.FPDF_ERR_SECURITY:
        return "encrypted PDF: its security handler is not supported"
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - 2048))
        tail = fh.read()
    if b"%%EOF" not in tail:
        return "damaged PDF: the file is truncated (no end-of-file marker); it may not have finished downloading"
    return f"damaged PDF: the file structure cannot be read ({exc})"


def _page_height(page) -> float:
    """The page's height as displayed (its width when /Rotate turns it sideways)."""
    width, height = page.get_size()
    return width if page.get_rotation() % 180 else height


def page_to_document_blocks(pdf, number: int, settings: PdfSettings, read: PagesRead) -> None:
    """One page's blocks added to `read`; a scanned page goes through OCR. A page that cannot be
    read names itself."""
    try:
        page = pdf[number - 1]
    except Exception as exc:
        raise ExtractionError(f"damaged PDF: page {number} cannot be loaded ({exc})") from exc
    try:
        read.heights[number] = _page_height(page)
        textpage = page.get_textpage()
        try:
            if settings.ocr.mode == "always" or is_scan(page, textpage.count_chars(), settings.ocr):
                _scanned_page(page, number, settings, read)
                return
            if settings.use_prefilter:
                worth_it, scan = page_may_hold_table(page, textpage, number, settings.prefilter, settings.read)
                if not worth_it:
                    paragraphs = scan_to_paragraphs(scan, textpage, settings.page.layout)
                    read.blocks.extend(paragraphs)
                    read.any_text = read.any_text or bool(paragraphs)
                    return
            content = page_to_content(page, textpage, number, settings.read)
        finally:
            textpage.close()
        if content.chars:
            read.blocks.extend(page_to_blocks(content, settings.page))
            read.any_text = True
    except ExtractionError:
        raise
    except Exception as exc:
        raise ExtractionError(
            f"damaged PDF: page {number} unreadable ({exc.__class__.__name__}: {exc})"
        ) from exc
    finally:
        page.close()


def _scanned_page(page, number: int, settings: PdfSettings, read: PagesRead) -> None:
    """A page that is a scanned image: read by OCR, or noted as unread when OCR is off or missing."""
    missing = ocr_unavailable() if settings.ocr.mode != "never" else None
    if settings.ocr.mode == "never" or missing:
        read.scanned_unread.append(number)
        read.ocr_missing = missing
        return
    result = ocr_page(page, number, settings.ocr, settings.read.ascent, settings.read.descent)
    read.ocr[number] = result
    if not result.content.chars:
        return
    read.any_text = True
    if settings.use_prefilter and not content_may_hold_table(result.content, settings.prefilter, settings.page):
        read.blocks.extend(page_to_paragraphs(result.content, settings.page)[0])
    else:
        read.blocks.extend(page_to_blocks(result.content, settings.page))


# ---------------------------------------------------------------- metadata


def _pdf_date(value: str) -> date | None:
    match = re.search(r"(\d{4})(\d{2})(\d{2})", value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _metadata(pdf) -> Metadata:
    import pypdfium2 as pdfium

    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except (pdfium.PdfiumError, UnicodeDecodeError, ValueError):  # a broken Info dictionary costs the metadata only
        info = {}
    return Metadata(
        title=(info.get("Title") or "").strip(),
        author=(info.get("Author") or "").strip(),
        subject=(info.get("Subject") or "").strip(),
        created=_pdf_date(info.get("CreationDate", "")),
        modified=_pdf_date(info.get("ModDate", "")),
    )
