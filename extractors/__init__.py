"""Extractors: one per file format, each turning a file into a SourceDocument of paragraphs and tables.

`extract(path)` picks the extractor from the file's name and checks its first bytes agree.
"""
from __future__ import annotations

from pathlib import Path

from .model import Block, Cell, ExtractionError, Metadata, Paragraph, SourceDocument, Table

SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".tsv": "txt"}

__all__ = [
    "Block", "Cell", "ExtractionError", "Metadata", "Paragraph", "SourceDocument", "Table",
    "SUFFIXES", "extract", "format_of",
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
    from .text import extract_text

    return extract_text(path)
