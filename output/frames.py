"""Records -> pandas DataFrames, typed for analysis: real dates, lists for roles, dicts for `extra`.

The columns and their order are the output files' (output.schema); a frame holds the raw values,
as Parquet and JSONL do, not the Excel-safe text of the CSV.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .schema import ACTION_COLUMNS, DATE_COLUMNS, DOCUMENT_COLUMNS, INT_COLUMNS
from .writers import action_row, document_row

if TYPE_CHECKING:
    import pandas as pd

DOCUMENT_DATES = {"period_start", "period_end"}
DOCUMENT_INTS = {"pages", "tables", "actions"}


def _typed(frame: pd.DataFrame, dates: set[str], ints: set[str]) -> pd.DataFrame:
    import pandas as pd

    for col in dates:
        frame[col] = pd.to_datetime(frame[col], errors="coerce")
    for col in ints:
        frame[col] = pd.array(frame[col].tolist(), dtype="Int64")
    return frame


def actions_frame(actions: Iterable[Any]) -> pd.DataFrame:
    """One row per action, the contract's columns in order."""
    import pandas as pd

    frame = pd.DataFrame([action_row(a) for a in actions], columns=ACTION_COLUMNS)
    return _typed(frame, DATE_COLUMNS, INT_COLUMNS)


def documents_frame(documents: Iterable[Any]) -> pd.DataFrame:
    """One row per input file, documents.csv's columns in order (seconds as a float)."""
    import pandas as pd

    frame = pd.DataFrame([document_row(info) for info in documents], columns=DOCUMENT_COLUMNS)
    return _typed(frame, DOCUMENT_DATES, DOCUMENT_INTS)
