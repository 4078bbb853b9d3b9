"""How far to trust a table found on a PDF page: one figure from 0 to 1, and the evidence behind it.

A drawn grid states its columns; a borderless table's columns are inferred, and the inference is
as good as the alignment it rests on. The figure multiplies four pieces of evidence, each 0-1:
- structure: the share of the grid's column boundaries that are drawn rules, or else how well the
  text in each column keeps one edge (left, right or centre) down the rows;
- spans: body cells stretched over some of the columns (not drawn so, not a section row
  across all of them) are where columns were missed;
- fill: a grid read from text and left mostly empty is more often a mis-read than a sparse
  table (a drawn grid's empty cells are the author's);
- reading: the OCR engine's mean confidence in the words, for a scanned page.

A reader calls table_confidence on each draft; `tables --explain` prints the figure and the weakest
piece. The figure ranks tables for review; it is not a probability.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from .pdf_cells import TableDraft
from .pdf_ruled import Edge


@dataclass(frozen=True)
class TableConfidence:
    value: float
    structure: float
    spans: float
    fill: float
    reading: float

    def pieces(self) -> dict[str, float]:
        return {"column alignment": self.structure, "cells spanning columns": self.spans,
                "empty cells": self.fill, "OCR reading": self.reading}

    def describe(self) -> str:
        """`0.74 (weakest: column alignment 0.81)`; the weakest piece only when it is below 0.95."""
        name, value = min(self.pieces().items(), key=lambda kv: kv[1])
        return f"{self.value:.2f}" + (f" (weakest: {name} {value:.2f})" if value < 0.95 else "")


def table_confidence(draft: TableDraft, v_rules: list[Edge]) -> TableConfidence:
    body = [c for c in draft.cells if c.row >= draft.header_rows]
    structure = _structure(draft, v_rules)
    positions = max((draft.n_rows - draft.header_rows) * draft.n_cols, 1)
    # a span the rules draw is a merged cell, and a row's one piece across the whole width a section
    # heading; a body cell stretched over some columns of a table found from its text is doubtful
    spanning = 0 if draft.flavor in ("ruled", "column-ruled") else sum(
        c.colspan * c.rowspan for c in body if 1 < c.colspan < draft.n_cols and c.words)
    filled = sum(c.colspan * c.rowspan for c in body if c.words)
    spans = 1 - min(spanning / positions, 1.0)
    fill = min(filled / positions, 1.0)
    confs = [ch.conf for c in draft.cells for w in c.words for ch in w.chars[:1] if ch.conf is not None]
    reading = sum(confs) / len(confs) / 100 if confs else 1.0
    # empty cells a grid draws are the author's; in a grid read from text they may be misplaced text
    weight = 0.0 if draft.flavor == "ruled" else 0.4
    value = structure * (1 - 0.5 * (1 - spans)) * (1 - weight * (1 - fill)) * reading
    return TableConfidence(round(value, 2), round(structure, 2), round(spans, 2), round(fill, 2), round(reading, 2))


def _structure(draft: TableDraft, v_rules: list[Edge]) -> float:
    """Drawn column boundaries count in full; every other column boundary counts by how well the
    columns either side of it keep their alignment."""
    x0, top, x1, bottom = draft.bbox
    xs = sorted({round(c.bbox[0], 1) for c in draft.cells if c.colspan == 1} - {round(x0, 1)})
    if not xs:
        return 1.0
    height = max(bottom - top, 1.0)
    aligned = _column_alignment(draft)
    scores = []
    for x in xs:
        drawn = any(abs(r.pos - x) <= 2 and min(r.b, bottom) - max(r.a, top) >= 0.5 * height for r in v_rules)
        scores.append(1.0 if drawn else aligned)
    return sum(scores) / len(scores)


def _column_alignment(draft: TableDraft) -> float:
    """Per column, the share of its single-column body cells whose text keeps the column's most
    kept edge (left, right or centre) within half a font size; weighted by cells."""
    total = kept = 0
    by_col: dict[int, list] = {}
    for c in draft.cells:
        if c.colspan == 1 and c.row >= draft.header_rows and c.words:
            by_col.setdefault(c.col, []).append(
                (min([w.x0 for w in c.words]), max([w.x1 for w in c.words]), c.words[0].size))
    for boxes in by_col.values():
        if len(boxes) < 2:
            continue
        best = 0
        for edge in (lambda b: b[0], lambda b: b[1], lambda b: (b[0] + b[1]) / 2):
            at = median(edge(b) for b in boxes)
            best = max(best, sum(1 for b in boxes if abs(edge(b) - at) <= 0.5 * b[2]))
        total += len(boxes)
        kept += best
    return kept / total if total else 1.0
