"""The records the normaliser gives out: one Action per action row, one DocumentInfo per document.

Field names and meanings follow ../shared/CONTRACT.md; types are Python's own (dates as date, lists as list).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Action:
    action_id: str
    source_file: str
    source_format: str
    document_title: str
    page: int | None
    table: int
    section: str
    ref: str
    action: str
    responsible: str = ""
    responsible_roles: list[str] = field(default_factory=list)
    responsible_roles_expanded: list[str] = field(default_factory=list)
    timeframe: str = ""
    timeframe_kind: str = ""
    start_date: date | None = None
    end_date: date | None = None
    recurrence: str = ""
    outcome: str = ""
    linkage: str = ""
    status: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    review: list[str] = field(default_factory=list)
    document_id: str = ""  # the file's sha256 prefix: joins the action to its documents.csv row
    # where in the source the action's row starts: table-grid row, 0-based (provenance for debugging)
    row: int | None = None
    # for a review report: the row's place in its table as read, and its box on the page (PDF points
    # from the page's top-left: x0, top, x1, bottom); not output columns
    position: int | None = None
    bbox: list[float] | None = None


@dataclass
class DocumentInfo:
    source_file: str
    source_format: str
    status: str = "ok"  # ok | no_actions | failed | unsupported
    error: str = ""
    document_title: str = ""
    organisation: str = ""
    period_start: date | None = None
    period_end: date | None = None
    author: str = ""
    pages: int | None = None
    tables: int = 0
    actions: int = 0
    sha256: str = ""
    seconds: float = 0.0
    document_id: str = ""  # the first 16 hex digits of sha256
    warnings: str = ""  # what the reader had to repair or leave out; also in each action's review
    document_date: date | None = None


@dataclass
class TablePlace:
    """A table as read, for a review report: where it is printed, and whether it holds actions."""

    table: int
    kept: bool
    reason: str
    reader: str
    parts: list[dict]  # {"page": n, "bbox": [x0, top, x1, bottom]} for each page it is printed on
    rows: list[list[str]] = field(default_factory=list)  # its rows' text, for formats without pages


@dataclass
class NormalisedDocument:
    info: DocumentInfo
    actions: list[Action]
    # (logical table index, classify.Verdict) for every table: why each was kept or left out
    verdicts: list = field(default_factory=list)
    tables: list[TablePlace] = field(default_factory=list)
