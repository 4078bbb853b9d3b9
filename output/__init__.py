"""Output: action records -> CSV (Excel-safe), Parquet, XLSX and JSONL; document rows -> documents.csv."""
from .schema import ACTION_COLUMNS, DOCUMENT_COLUMNS, FORMATS
from .writers import action_row, write_outputs

__all__ = ["ACTION_COLUMNS", "DOCUMENT_COLUMNS", "FORMATS", "action_row", "write_outputs"]
