"""How the normaliser reads a document's tables, in words: for `plan-ingest tables --explain`.

For each table after stitching: kept or left out, with the classifier's score and reason, how far
the extractor trusts the table it found (PDF only), and which contract field each column maps to
(`?` where the content decided, not the header).
"""
from __future__ import annotations

from plan_ingest.extractors.model import SourceDocument

from .grouping import heading_section
from .pipeline import cell_owners, read_tables, source_tables


def explain_tables(doc: SourceDocument) -> list[str]:
    lines = []
    owner = cell_owners(doc)
    for layout, verdict in read_tables(doc):
        grid = layout.grid
        where = f"page {grid.page}" if grid.page else "document"
        parts = len({row.part for row in grid.rows}) or 1
        kept = "actions" if verdict.is_actions else f"left out ({verdict.kind})"
        lines.append(
            f"table {grid.index} ({where}, {parts} part{'s' * (parts > 1)}, "
            f"{len(grid.rows)} body rows): {kept}; score {verdict.score}: {verdict.reason}"
        )
        lines.append(f"  reader: {grid.reader} ({grid.reason})")
        rated = [t for t in source_tables(grid, owner) if t.confidence is not None]
        if rated:
            t = rated[0]
            lines.append(f"  found as: {t.flavor} table, confidence {t.confidence_detail or t.confidence}")
        heading = heading_section(grid.before)
        if heading:
            lines.append(f"  heading above: {heading!r}")
        for col in layout.columns:
            field = col.field or "extra"
            mark = "?" if col.guessed else ""
            lines.append(f"  column {col.index + 1} {col.header[:40]!r} -> {field}{mark}")
    return lines
