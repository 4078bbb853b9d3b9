"""The output columns, in contract order (../shared/CONTRACT.md), and how each is typed."""
from __future__ import annotations

ACTION_COLUMNS = [
    "action_id", "source_file", "source_format", "document_title", "page", "table",
    "section", "ref", "action", "responsible", "responsible_roles", "responsible_roles_expanded",
    "timeframe", "timeframe_kind", "start_date", "end_date", "recurrence", "outcome", "linkage",
    "status", "extra", "review", "document_id",
]
DOCUMENT_COLUMNS = [
    "source_file", "source_format", "status", "error", "document_title", "organisation",
    "period_start", "period_end", "author", "pages", "tables", "actions", "sha256", "seconds", "document_id",
]
LIST_COLUMNS = {"responsible_roles", "responsible_roles_expanded"}
DATE_COLUMNS = {"start_date", "end_date"}
INT_COLUMNS = {"page", "table"}
FORMATS = ("csv", "parquet", "xlsx", "jsonl")
