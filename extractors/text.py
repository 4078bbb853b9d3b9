"""Extractor for tab-separated text exports of plans (what copy-paste or pdftotext makes of a table).

A line holding tabs is a table row, its cells split at the tabs; other lines are paragraphs.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from .model import Cell, ExtractionError, Paragraph, SourceDocument, Table

# an underline drawn under a header with dashes or equals signs, not data
_RULE = re.compile(r"^[-=_\s]*$")


_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def read_text(path: str | Path, notes: list[str] | None = None) -> str:
    """A text file's characters: its byte-order mark says the encoding; else UTF-16 shows itself
    by its zero bytes, then UTF-8 or Windows-1252 when either decodes it whole, and
    charset-normalizer judges the rest. Bytes no encoding explains become U+FFFD and are noted."""
    raw = Path(path).read_bytes()
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decoded(raw, encoding, notes)
    head = raw[:4096]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):  # every other byte zero: UTF-16 without a mark
        return _decoded(raw, "utf-16-le" if head[1] == 0 else "utf-16-be", notes)
    for encoding in ("utf-8", "cp1252"):  # cp1252: what Windows saves English text in
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:1 << 20]).best()
    return _decoded(raw, best.encoding if best is not None else "cp1252", notes)


def _decoded(raw: bytes, encoding: str, notes: list[str] | None) -> str:
    text = raw.decode(encoding, errors="replace")
    lost = text.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    if lost > 0 and notes is not None:
        notes.append(f"{lost} byte sequence{'s' * (lost > 1)} that are not {encoding} text replaced with \ufffd")
    return text.lstrip("\ufeff")


def lines_to_blocks(lines: list[str]) -> list[Paragraph | Table]:
    """Group consecutive tab-separated lines into tables; everything else is a paragraph."""
    blocks: list[Paragraph | Table] = []
    rows: list[list[str]] = []

    def close_table() -> None:
        if rows:
            blocks.append(rows_to_table(rows))
            rows.clear()

    for line in lines:
        line = line.rstrip("\r\n")
        if "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            if all(_RULE.match(c) for c in cells):
                continue
            rows.append(cells)
            continue
        close_table()
        text = line.strip()
        if text and not _RULE.match(text):
            blocks.append(Paragraph(text=text, heading=_looks_like_heading(text)))
    close_table()
    return blocks


def rows_to_table(rows: list[list[str]]) -> Table:
    # trailing empty cells of a ragged row carry no information
    n_cols = max(len(r) for r in rows)
    cells = [
        Cell(text=text, row=r, col=c)
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
    ]
    return Table(cells=cells, n_rows=len(rows), n_cols=n_cols)


def _looks_like_heading(text: str) -> bool:
    return len(text) <= 80 and not text.rstrip().endswith((".", ",", ";")) and len(text.split()) <= 10


def extract_text(path: str | Path) -> SourceDocument:
    notes: list[str] = []
    text = read_text(path, notes)
    if "\x00" in text[:4096]:
        raise ExtractionError("not a text file (binary content)")
    blocks = lines_to_blocks(text.splitlines())
    return SourceDocument(path=str(path), format="txt", blocks=blocks, notes=notes)
