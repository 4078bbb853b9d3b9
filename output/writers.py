"""Writers: actions -> actions.{csv,parquet,xlsx,jsonl}, document rows -> documents.csv.

Each file is written under a temporary name and renamed, so a killed run never leaves a file
that looks complete but is not.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator

from .schema import ACTION_COLUMNS, DATE_COLUMNS, DOCUMENT_COLUMNS, FORMATS, LIST_COLUMNS

LIST_SEPARATOR = "; "


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _record(obj: Any) -> dict:
    return asdict(obj) if is_dataclass(obj) else dict(obj)


def action_row(action: Any) -> dict:
    """One action as a dict of contract columns with Python values (dates, lists, dict)."""
    data = _record(action)
    row = {col: data.get(col) for col in ACTION_COLUMNS}
    for col in LIST_COLUMNS:
        row[col] = list(row[col] or [])
    row["extra"] = dict(row["extra"] or {})
    review = row["review"]
    row["review"] = LIST_SEPARATOR.join(review) if isinstance(review, list) else (review or "")
    return row


def _text(value: Any, column: str) -> str:
    if value is None:
        return ""
    if column in LIST_COLUMNS:
        return LIST_SEPARATOR.join(value)
    if column == "extra":
        return json.dumps(value, ensure_ascii=False, sort_keys=False) if value else ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(rows: list[dict], path: Path, columns: list[str]) -> None:
    # utf-8-sig: the byte-order mark makes Excel read the file as UTF-8 (£, – and ’ intact)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_text(row.get(c), c) for c in columns])


def write_jsonl(rows: list[dict], path: Path) -> None:
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            obj = {c: (row[c].isoformat() if isinstance(row[c], date) else row[c]) for c in ACTION_COLUMNS}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


def write_parquet(rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = []
    for col in ACTION_COLUMNS:
        if col in LIST_COLUMNS:
            fields.append(pa.field(col, pa.list_(pa.string())))
        elif col in DATE_COLUMNS:
            fields.append(pa.field(col, pa.date32()))
        elif col in ("page", "table"):
            fields.append(pa.field(col, pa.int32()))
        else:
            fields.append(pa.field(col, pa.string()))
    schema = pa.schema(fields)
    columns = {}
    for col in ACTION_COLUMNS:
        values = [row[col] for row in rows]
        if col == "extra":
            values = [json.dumps(v, ensure_ascii=False) if v else "" for v in values]
        columns[col] = values
    table = pa.table(columns, schema=schema)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)


# Excel widths in characters; long prose columns wrap inside a fixed width
_XLSX_WIDTHS = {"action": 60, "outcome": 45, "status": 30, "responsible": 28, "section": 28,
                "document_title": 28, "source_file": 30, "extra": 30, "review": 30,
                "responsible_roles": 28, "responsible_roles_expanded": 28, "timeframe": 22}
_XLSX_WRAP = {"action", "outcome", "status", "responsible", "section", "extra", "review",
              "responsible_roles", "responsible_roles_expanded", "linkage"}
_XLSX_MAX = 32767  # characters Excel holds in one cell


def write_xlsx(rows: list[dict], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "actions"
    sheet.append(ACTION_COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for r, row in enumerate(rows, start=2):
        for c, col in enumerate(ACTION_COLUMNS, start=1):
            value = row[col]
            if col in DATE_COLUMNS:
                cell = sheet.cell(row=r, column=c, value=value)
                if value is not None:
                    cell.number_format = "yyyy-mm-dd"
            elif col in ("page", "table"):
                cell = sheet.cell(row=r, column=c, value=value)
            else:
                text = ILLEGAL_CHARACTERS_RE.sub("", _text(value, col))[:_XLSX_MAX]
                cell = sheet.cell(row=r, column=c, value=text or None)
                # text stays text: a ref like 2.10 or an action starting "=" is never a number or formula
                if text:
                    cell.data_type = "s"
            cell.alignment = wrap if col in _XLSX_WRAP else top
    for c, col in enumerate(ACTION_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = _XLSX_WIDTHS.get(col, max(12, len(col) + 2))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(ACTION_COLUMNS))}{max(1, len(rows) + 1)}"
    with atomic_path(path) as tmp:
        book.save(tmp)


def document_row(info: Any) -> dict:
    data = _record(info)
    row = {col: data.get(col) for col in DOCUMENT_COLUMNS}
    if isinstance(row.get("seconds"), float):
        row["seconds"] = f"{row['seconds']:.3f}"
    return row


def write_outputs(
    actions: Iterable[Any], documents: Iterable[Any], out: str | Path, formats: Iterable[str] = FORMATS
) -> dict[str, Path]:
    """Write every requested action file and documents.csv into `out`; returns the paths written."""
    out = Path(out)
    rows = [action_row(a) for a in actions]
    written: dict[str, Path] = {}
    for fmt in formats:
        target = out / f"actions.{fmt}"
        if fmt == "csv":
            write_csv(rows, target, ACTION_COLUMNS)
        elif fmt == "jsonl":
            write_jsonl(rows, target)
        elif fmt == "parquet":
            write_parquet(rows, target)
        elif fmt == "xlsx":
            write_xlsx(rows, target)
        else:
            raise ValueError(f"unknown format {fmt!r}: choose from {', '.join(FORMATS)}")
        written[fmt] = target
    docs = [document_row(d) for d in documents]
    write_csv(docs, out / "documents.csv", DOCUMENT_COLUMNS)
    written["documents"] = out / "documents.csv"
    return written
