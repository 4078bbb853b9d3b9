"""The normaliser's entry point: a SourceDocument in, contract-shaped Actions and DocumentInfo out.

Chains grouping (blocks -> logical tables), readers (-> grids), columns (-> layouts), classify,
rows (-> records), then cleantext, timeframe, roles and ids; holds no rules of its own.
"""
from __future__ import annotations

from dataclasses import replace

from plan_ingest.extractors.model import SourceDocument, Table

from .classify import Verdict, classify
from .cleantext import HARD, clean_cell, squash
from .columns import layout_of
from .grouping import group_tables
from .ids import assign_ids
from .metadata import describe
from .readers.blocks import read_labelled_blocks
from .model import Layout
from .readers import read_grids
from .records import Action, DocumentInfo, NormalisedDocument, TablePlace
from .rows import read_rows


def read_tables(doc: SourceDocument) -> list[tuple[Layout, Verdict]]:
    """Each table as its reader laid it out, how its columns read, and whether it holds actions."""
    readings = []
    for grid in read_grids(group_tables(doc.blocks)):
        layout = layout_of(grid)
        readings.append((layout, classify(layout)))
    # blocks of labelled paragraphs; those that hold an action table are the headings over it
    owner = cell_owners(doc)
    holding = {id(t) for layout, verdict in readings if verdict.is_actions for t in source_tables(layout.grid, owner)}
    for grid in read_labelled_blocks(doc.blocks, holding):
        grid.index = len(readings) + 1
        layout = layout_of(grid)
        readings.append((layout, classify(layout)))
    return _families(readings)


def _families(readings: list[tuple[Layout, Verdict]]) -> list[tuple[Layout, Verdict]]:
    """Tables printed under one header (a plan's table per site or per theme) are one kind of
    table: when one of them holds actions, so do the others, unless they are figures or contents."""
    kept: dict[tuple, int] = {}
    for layout, verdict in readings:
        key = _header_key(layout)
        if key and verdict.is_actions:
            kept.setdefault(key, layout.grid.index)
    out = []
    for layout, verdict in readings:
        key = _header_key(layout)
        if key in kept and not verdict.is_actions and verdict.kind in ("unknown", "glossary") and layout.column("action") is not None:
            verdict = Verdict(True, verdict.score, f"{verdict.reason}; the same header as table {kept[key]}, "
                              "which holds actions", "actions")
        out.append((layout, verdict))
    return out


def _header_key(layout: Layout) -> tuple:
    header = [squash(h).lower() for h in layout.grid.header]
    return tuple(header) if sum(1 for h in header if h) >= 2 else ()


# the rows of a table the extractor trusts less than this (0-1) are flagged for review
REVIEW_TABLE_BELOW = 0.75


def cell_owners(doc: SourceDocument) -> dict[int, Table]:
    """id(cell) -> the extracted table it belongs to, for finding a reader's grid's tables."""
    return {id(cell): table for table in doc.tables for cell in table.cells}


def source_tables(grid, owner: dict[int, Table]) -> list[Table]:
    """The extracted tables a reader's grid was built from (owner: id(cell) -> its table), least
    trusted first."""
    found = {id(owner[id(c)]): owner[id(c)] for row in grid.rows for c in row.cells
             if c is not None and id(c) in owner}
    return sorted(found.values(), key=lambda t: (t.confidence is None, t.confidence or 0))


def table_review(tables: list[Table]) -> list[str]:
    """A note for the rows of a table found with little confidence: which evidence was weak."""
    low = [t for t in tables if t.confidence is not None and t.confidence < REVIEW_TABLE_BELOW]
    if not low:
        return []
    t = low[0]
    return [f"table layout uncertain ({t.flavor}, confidence {t.confidence_detail or t.confidence}): "
            f"check its columns against page {t.page}"]


def normalise(doc: SourceDocument, source_file: str | None = None) -> NormalisedDocument:
    from .roles import expand_roles, find_acronyms, known_roles, rejoin, split_roles
    from .timeframe import PlanPeriod, parse_timeframe

    source_file = source_file or doc.path
    facts = describe(doc)
    period = PlanPeriod(facts["period_start"], facts["period_end"], facts["document_date"])
    acronyms = find_acronyms(doc.text)
    readings = read_tables(doc)
    owner = cell_owners(doc)
    actions: list[Action] = []
    verdicts = [(layout.grid.index, verdict) for layout, verdict in readings]
    for layout, verdict in readings:
        if not verdict.is_actions:
            continue
        records = read_rows(layout, facts["document_title"])
        uncertain = table_review(source_tables(layout.grid, owner))
        role_cells = [_role_cell(rec.values.get("responsible", ""), doc.format) for rec in records]
        known = known_roles(role_cells)  # the column read as a whole
        for rec, cell in zip(records, role_cells):
            v = rec.values
            responsible = clean_cell(v.get("responsible", ""), keep_lines=False)
            roles = rejoin(split_roles(cell), cell, known) if responsible else []
            timeframe_text = clean_cell(v.get("timeframe", ""), keep_lines=False)
            parse_text = clean_cell(v.get("timeframe_parse", timeframe_text), keep_lines=False)
            tf = parse_timeframe(parse_text, period)
            if tf.text != timeframe_text:
                tf = replace(tf, text=timeframe_text)
            review = list(rec.review) + list(tf.review) + uncertain + doc.notes
            actions.append(
                Action(
                    action_id="",
                    source_file=source_file,
                    source_format=doc.format,
                    document_title=facts["document_title"],
                    page=rec.page if doc.format == "pdf" else None,
                    table=rec.table,
                    section=squash(rec.section),
                    ref=squash(v.get("ref", "")),
                    action=clean_cell(v.get("action", "")),
                    responsible=responsible,
                    responsible_roles=roles,
                    responsible_roles_expanded=expand_roles(roles, acronyms),
                    timeframe=timeframe_text,
                    timeframe_kind=tf.kind,
                    start_date=tf.start_date,
                    end_date=tf.end_date,
                    recurrence=tf.recurrence,
                    outcome=clean_cell(v.get("outcome", "")),
                    linkage=clean_cell(v.get("linkage", "")),
                    status=clean_cell(v.get("status", "")),
                    extra={k: clean_cell(x) for k, x in rec.extra.items()},
                    review=list(dict.fromkeys(review)),
                    row=rec.row,
                    position=rec.position,
                    bbox=[round(v, 1) for v in rec.bbox] if rec.bbox else None,
                )
            )
    assign_ids(actions, facts["document_title"] or source_file)
    info = DocumentInfo(
        source_file=source_file,
        source_format=doc.format,
        status="ok" if actions else "no_actions",
        error="" if actions else _no_actions_reason(verdicts),
        document_title=facts["document_title"],
        organisation=facts["organisation"],
        period_start=facts["period_start"],
        period_end=facts["period_end"],
        author=facts["author"],
        pages=doc.pages,
        tables=len(readings),  # tables after stitching pages and parts: the numbering `table` uses
        actions=len(actions),
        warnings="; ".join(doc.reading + doc.notes),
        document_date=facts["document_date"],
    )
    return NormalisedDocument(info=info, actions=actions, verdicts=verdicts,
                              tables=[_place(layout, verdict, doc.format) for layout, verdict in readings])


def _place(layout: Layout, verdict: Verdict, fmt: str) -> TablePlace:
    """Where a table is printed (its parts, page by page), for a review report."""
    grid = layout.grid
    boxes: dict[int | None, list] = {}
    for row in grid.rows:
        for cell in row.cells:
            if cell is not None and cell.bbox and cell.row == row.row:
                boxes.setdefault(cell.page, []).append(cell.bbox)
    parts = [{"page": page, "bbox": [round(min(b[0] for b in bs), 1), round(min(b[1] for b in bs), 1),
                                     round(max(b[2] for b in bs), 1), round(max(b[3] for b in bs), 1)]}
             for page, bs in sorted(boxes.items(), key=lambda kv: kv[0] or 0)]
    rows = [] if fmt == "pdf" else [list(grid.header)] + [list(r) for r in layout.cleaned]
    return TablePlace(grid.index, verdict.is_actions, f"{verdict.kind}: {verdict.reason}", grid.reader, parts, rows)


def _role_cell(text: str, fmt: str) -> str:
    """A responsible cell as the role splitter reads it, which takes line breaks for weak
    separators. In a PDF a plain line break is where the layout wrapped a narrow cell (`Head of
    Housing` over `Strategy`), not a separator: only the author's breaks (HARD, which the
    extractor marks) separate there."""
    if fmt == "pdf":
        text = text.replace("\n", " ")
    return text.replace(HARD, "\n")


def _no_actions_reason(verdicts: list) -> str:
    if not verdicts:
        return "no tables found"
    kinds = ", ".join(f"table {i}: {v.kind} ({v.reason})" for i, v in verdicts[:5])
    return f"no action table among {len(verdicts)} tables: {kinds}"
