"""Extractors: one per file format, each turning a file into a SourceDocument of paragraphs and tables.

`extract(path)` picks the extractor from the file's name and checks its first bytes agree.
"""
from __future__ import annotations

from pathlib import Path

from .model import Block, Cell, ExtractionError, Metadata, Paragraph, SourceDocument, Table
from .package import NAMES, sniff

SUFFIXES = {
    ".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".tsv": "txt",
    ".doc": "doc", ".odt": "odt", ".rtf": "rtf",  # read through LibreOffice, when installed
    ".html": "html", ".htm": "html",
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv",
}
# formats read by converting to .docx first, and the first-byte kinds each may really hold
CONVERTED = {"doc": {"ole", "rtf", "html", "zip", "text"}, "odt": {"zip"}, "rtf": {"rtf", "ole", "zip"}}

__all__ = [
    "CONVERTED", "SUFFIXES", "Block", "Cell", "ExtractionError", "Metadata", "Paragraph", "SourceDocument",
    "Table", "extract", "format_of",
]


def format_of(path: str | Path) -> str | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def extract(path: str | Path, password: str | None = None, pages: str | None = None) -> SourceDocument:
    """Read one file into the table model; raises ExtractionError with a readable reason."""
    path = Path(path)
    kind = format_of(path)
    if kind is None:
        raise ExtractionError(f"unsupported file type {path.suffix or '(none)'}")
    if not path.exists():
        raise ExtractionError("file not found")
    if path.stat().st_size == 0:
        raise ExtractionError("empty file (0 bytes)")
    if kind == "pdf":
        from .pdf import extract_pdf

        return extract_pdf(path, password=password, pages=pages)
    if kind == "docx":
        from .docx import extract_docx

        return extract_docx(path)
    if kind in CONVERTED:
        return _extract_converted(path, kind)
    if kind in ("html", "csv"):
        found = sniff(path)
        if found in ("pdf", "zip", "ole", "encrypted"):
            raise ExtractionError(f"file is {NAMES[found]} with a {path.suffix} name, not {kind.upper()}")
        if kind == "html":
            from .html import extract_html

            return extract_html(path)
        from .sheet import extract_csv

        return extract_csv(path)
    if kind == "xlsx":
        from .sheet import extract_xlsx

        return extract_xlsx(path)
    from .text import extract_text

    return extract_text(path)


def _extract_converted(path: Path, kind: str) -> SourceDocument:
    """A legacy or open format converted to .docx by LibreOffice, then read as Word."""
    from .convert import converted
    from .docx import extract_docx
    from .package import wrong_kind

    found = sniff(path)
    if found == "zip" and _is_docx(path):
        return extract_docx(path, fmt=kind)  # a Word .docx saved under an older name
    if found == "encrypted":
        raise ExtractionError(f"{path.suffix} file is password-protected; save an unprotected copy")
    if found not in CONVERTED[kind]:
        raise wrong_kind(path, kind, path.suffix)
    with converted(path, "docx") as docx_path:
        return extract_docx(docx_path, fmt=kind, shown_path=path)


def _is_docx(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
