"""Extractors: one per file format, each turning a file into a SourceDocument of paragraphs and tables.

`extract(path)` picks the reader from the file's name (READERS) and checks its first bytes agree.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .model import (
    OCR_MODES,
    Block,
    Cell,
    ExtractionError,
    Metadata,
    Paragraph,
    SourceDocument,
    Table,
    UnsupportedHere,
)
from .package import NAMES, sniff, wrong_kind

SUFFIXES = {
    ".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".txt": "txt", ".tsv": "txt",
    ".doc": "doc", ".rtf": "rtf",  # read through LibreOffice, when installed
    ".odt": "odt", ".ods": "ods",
    ".html": "html", ".htm": "html",
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".csv": "csv",
}
# formats read by converting to .docx first, and the first-byte kinds each may really hold
CONVERTED = {"doc": {"ole", "rtf", "html", "zip", "text"}, "rtf": {"rtf", "ole", "zip"}}
# first-byte kinds that are never a text format, whatever the file's name
NOT_TEXT = {"pdf", "zip", "ole", "encrypted"}

__all__ = [
    "CONVERTED", "OCR_MODES", "READERS", "SUFFIXES", "Block", "Cell", "ExtractionError", "Metadata", "Paragraph",
    "ReadOptions", "SourceDocument", "Table", "UnsupportedHere", "extract", "format_of",
]


def format_of(path: str | Path) -> str | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def _pdf(path: Path, options: ReadOptions) -> SourceDocument:
    from .pdf import extract_pdf, pdf_settings

    return extract_pdf(path, password=options.password, pages=options.pages, settings=pdf_settings(options.ocr))


def _docx(path: Path, options: ReadOptions) -> SourceDocument:
    from .docx import extract_docx

    return extract_docx(path)


def _odf(path: Path, options: ReadOptions) -> SourceDocument:
    from .odf import extract_odf

    kind = format_of(path)
    found = sniff(path)
    if found == "zip" and _is_docx(path):
        return _docx(path, options)  # a Word .docx saved under another name
    if found != "zip":
        raise wrong_kind(path, "zip", f".{kind}")
    return extract_odf(path, fmt=kind)


def _converted(path: Path, options: ReadOptions) -> SourceDocument:
    """A legacy format converted to .docx by LibreOffice, then read as Word."""
    from .convert import converted
    from .docx import extract_docx

    kind = format_of(path)
    found = sniff(path)
    if found == "zip" and _is_docx(path):
        return extract_docx(path, fmt=kind)  # a Word .docx saved under an older name
    if found == "encrypted":
        raise ExtractionError(f"{path.suffix} file is password-protected; save an unprotected copy")
    if found not in CONVERTED[kind]:
        raise wrong_kind(path, kind, path.suffix)
    with converted(path, "docx") as docx_path:
        return extract_docx(docx_path, fmt=kind, shown_path=path)


def _html(path: Path, options: ReadOptions) -> SourceDocument:
    from .html import extract_html

    _refuse_binary(path, "html")
    return extract_html(path)


def _csv(path: Path, options: ReadOptions) -> SourceDocument:
    from .sheet import extract_csv

    _refuse_binary(path, "csv")
    return extract_csv(path)


def _xlsx(path: Path, options: ReadOptions) -> SourceDocument:
    from .sheet import extract_xlsx

    return extract_xlsx(path)


def _xls(path: Path, options: ReadOptions) -> SourceDocument:
    from .sheet import extract_xls

    found = sniff(path)
    if found == "zip":
        return _xlsx(path, options)  # an .xlsx saved under the older name
    if found == "encrypted":
        raise ExtractionError("Excel .xls file is password-protected; save an unprotected copy")
    if found != "ole":
        raise wrong_kind(path, "ole", ".xls")
    return extract_xls(path)


def _txt(path: Path, options: ReadOptions) -> SourceDocument:
    from .text import extract_text

    return extract_text(path)


def _refuse_binary(path: Path, kind: str) -> None:
    found = sniff(path)
    if found in NOT_TEXT:
        raise ExtractionError(f"file is {NAMES[found]} with a {path.suffix} name, not {kind.upper()}")


@dataclass(frozen=True)
class ReadOptions:
    """What a reader may be told besides the file."""

    password: str | None = None  # for an encrypted PDF
    pages: str | None = None  # `1,3-5`: the PDF pages to read (None: all)
    ocr: str = "auto"  # scanned PDF pages: auto (OCR the pages that are only an image), always, never


Reader = Callable[[Path, ReadOptions], SourceDocument]
READERS: dict[str, Reader] = {
    "pdf": _pdf, "docx": _docx, "odt": _odf, "ods": _odf, "doc": _converted, "rtf": _converted,
    "html": _html, "csv": _csv, "xlsx": _xlsx, "xls": _xls, "txt": _txt,
}


def extract(path: str | Path, password: str | None = None, pages: str | None = None,
            ocr: str = "auto") -> SourceDocument:
    """Read one file into the table model; raises ExtractionError with a readable reason.

    `ocr`: how scanned PDF pages are read: `auto` OCRs the pages that are only an image, `always`
    every page (for a text layer that is garbage), `never` none (they are noted as unread)."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)} (got {ocr!r})")
    path = Path(path)
    kind = format_of(path)
    if kind is None:
        raise ExtractionError(f"unsupported file type {path.suffix or '(none)'}")
    if not path.exists():
        raise ExtractionError("file not found")
    if path.stat().st_size == 0:
        raise ExtractionError("empty file (0 bytes)")
    from .safety import make_safe

    return make_safe(READERS[kind](path, ReadOptions(password, pages, ocr)))


def _is_docx(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return False
