"""Text made safe where it enters the pipeline: a lone surrogate (a broken ToUnicode map in a PDF,
a Word symbol at D800) or a control character becomes U+FFFD, and the document notes how many,
so no later stage (or the CSV, Parquet and XLSX writers) meets text it cannot encode."""
from __future__ import annotations

import re

from .model import Metadata, Paragraph, SourceDocument, Table

REPLACEMENT = "\ufffd"
# lone surrogates, C0 controls but TAB, LF and CR, DEL, and the non-characters U+FFFE / U+FFFF
_UNSAFE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def safe(text: str) -> tuple[str, int]:
    """`text` with every unsafe character replaced, and how many there were."""
    if not text or not _UNSAFE.search(text):
        return text, 0
    return _UNSAFE.subn(REPLACEMENT, text)


def make_safe(doc: SourceDocument) -> SourceDocument:
    """Every string of the document made safe, in place; a note says how many were replaced."""
    count = 0

    def fix(text: str) -> str:
        nonlocal count
        fixed, n = safe(text)
        count += n
        return fixed

    def fix_table(table: Table) -> None:
        table.title = fix(table.title)
        for cell in table.cells:
            cell.text = fix(cell.text)
            for inner in cell.nested:
                fix_table(inner)

    for block in doc.blocks:
        if isinstance(block, Paragraph):
            block.text = fix(block.text)
        else:
            fix_table(block)
    meta: Metadata = doc.metadata
    meta.title, meta.author, meta.subject = fix(meta.title), fix(meta.author), fix(meta.subject)
    doc.path = fix(doc.path)
    if count:
        doc.notes.append(f"{count} character{'s' * (count > 1)} that could not be read replaced with {REPLACEMENT}")
    return doc
