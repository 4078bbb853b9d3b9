"""How the normaliser reads a document's tables, in words: for `plan-ingest tables --explain`.

For each table after stitching: kept or left out, with the classifier's score and reason, and
which contract field each column maps to (`?` where the content decided, not the header).
"""
from __future__ import annotations

from plan_ingest.extractors.model import SourceDocument

from .pipeline import read_tables
from .structure import heading_section


def explain_tables(doc: SourceDocument) -> list[str]:
    lines = []
    for group, layout, verdict in read_tables(doc):
        first = group.parts[0].table
        where = f"page {first.page}" if first.page else "document"
        kept = "actions" if verdict.is_actions else f"left out ({verdict.kind})"
        lines.append(
            f"table {group.index} ({where}, {len(group.parts)} part{'s' * (len(group.parts) > 1)}, "
            f"{len(layout.body)} body rows): {kept}; score {verdict.score}: {verdict.reason}"
        )
        heading = heading_section(group.parts[0].before)
        if heading:
            lines.append(f"  heading above: {heading!r}")
        for col in layout.columns:
            field = col.field or "extra"
            mark = "?" if col.guessed else ""
            lines.append(f"  column {col.index + 1} {col.header[:40]!r} -> {field}{mark}")
    return lines
