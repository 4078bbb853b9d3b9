"""Writers: actions -> actions.{csv,parquet,xlsx,jsonl}, document rows -> documents.csv, streamed.

Rows go to temporary files as they come, so memory does not grow with the batch; `commit()` then
renames each into place, so a killed run never leaves a file that looks complete but is not.
"""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import is_dataclass
from datetime import date
from pathlib import Path
from typing import Any, Self

from .schema import (
    ACTION_COLUMNS,
    DATE_COLUMNS,
    DOCUMENT_COLUMNS,
    FORMATS,
    INT_COLUMNS,
    LIST_COLUMNS,
)

LIST_SEPARATOR = "; "
LAYOUT = ".layout.jsonl"  # published with the outputs, for the review report; hidden, no link
# A cell starting with one of these is a formula to Excel (OWASP, "CSV Injection"): =, +, -, @, and
# TAB or CR, which Excel skips before looking again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# ... but a plain signed figure (`-0.2`, `+5%`, `-1,200`) is a number to Excel, and a dash alone
# (`-`: nothing to report) is text: neither runs, and a `'` would change them for pandas
_INERT = re.compile(r"^[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)%?$|^-$")


def excel_safe(text: str) -> str:
    """A CSV cell as Excel will show it, never run it: a leading `'` makes a formula-like value text.

    Only the CSV files get this; Parquet and JSONL keep the raw value, and the XLSX stores cells
    as text, which Excel never evaluates."""
    return "'" + text if text.startswith(FORMULA_START) and not _INERT.match(text) else text


def _record(obj: Any) -> dict:
    # vars() not asdict(): no deep copy, and Action/DocumentInfo hold only plain values
    return dict(vars(obj)) if is_dataclass(obj) else dict(obj)


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
    if value.__class__ is str:  # most cells: checked first, the batch calls this a million times
        return value
    if value is None:
        return ""
    if column in LIST_COLUMNS:
        return LIST_SEPARATOR.join(value)
    if column == "extra":
        # always a JSON object, `{}` when empty, so every row parses the same way downstream
        return json.dumps(value or {}, ensure_ascii=False)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):  # seconds in documents.csv
        return f"{value:.3f}"
    return str(value)


def document_row(info: Any) -> dict:
    data = _record(info)
    return {col: data.get(col) for col in DOCUMENT_COLUMNS}


class CsvSink:
    """CSV in UTF-8 with a byte-order mark, so Excel reads it as UTF-8 (£, – and ’ intact)."""

    def __init__(self, path: Path, columns: list[str] = ACTION_COLUMNS):
        self.columns = columns
        self.fh = open(path, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115 - open while rows stream in
        self.writer = csv.writer(self.fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        self.writer.writerow(columns)

    def write(self, rows: list[dict], texts: list[list[str]] | None = None) -> None:
        columns = self.columns
        if texts is None:
            texts = [[_text(row.get(c), c) for c in columns] for row in rows]
        self.writer.writerows([[excel_safe(t) if t else t for t in row] for row in texts])

    def close(self) -> None:
        self.fh.close()


class JsonlSink:
    def __init__(self, path: Path):
        self.fh = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 - open while rows stream in

    def write(self, rows: list[dict], texts: list[list[str]]) -> None:
        for row in rows:
            obj = {c: (row[c].isoformat() if isinstance(row[c], date) else row[c]) for c in ACTION_COLUMNS}
            self.fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.fh.close()


class ParquetSink:
    """Typed Parquet (dates as date32, roles as lists), written a row group at a time."""

    ROW_GROUP = 2_000  # rows held before a row group is written: memory stays flat

    def __init__(self, path: Path):
        import pyarrow as pa
        import pyarrow.parquet as pq

        fields = []
        for col in ACTION_COLUMNS:
            if col in LIST_COLUMNS:
                fields.append(pa.field(col, pa.list_(pa.string())))
            elif col in DATE_COLUMNS:
                fields.append(pa.field(col, pa.date32()))
            elif col in INT_COLUMNS:
                fields.append(pa.field(col, pa.int32()))
            else:
                fields.append(pa.field(col, pa.string()))
        self.pa, self.schema = pa, pa.schema(fields)
        self.writer = pq.ParquetWriter(path, self.schema)
        self.buffer: list[dict] = []
        self.groups = 0

    def write(self, rows: list[dict], texts: list[list[str]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        columns = {}
        for col in ACTION_COLUMNS:
            values = [row[col] for row in self.buffer]
            if col == "extra":
                values = [json.dumps(v or {}, ensure_ascii=False) for v in values]
            columns[col] = values
        self.writer.write_table(self.pa.table(columns, schema=self.schema))
        self.buffer, self.groups = [], self.groups + 1
        # arrow's allocator keeps freed buffers for reuse; handing them back keeps a long batch flat
        self.pa.default_memory_pool().release_unused()

    def close(self) -> None:
        if self.buffer or not self.groups:
            self._flush()
        self.writer.close()


# Excel widths in characters; long prose columns wrap inside a fixed width
_XLSX_WIDTHS = {"action": 60, "outcome": 45, "status": 30, "responsible": 28, "section": 28,
                "document_title": 28, "source_file": 30, "extra": 30, "review": 30,
                "responsible_roles": 28, "responsible_roles_expanded": 28, "timeframe": 22}
_XLSX_WRAP = {"action", "outcome", "status", "responsible", "section", "extra", "review",
              "responsible_roles", "responsible_roles_expanded", "linkage"}


# documents.csv's columns but `seconds`, so the same inputs give the same actions.xlsx, byte for byte
_XLSX_DOCUMENT_COLUMNS = [col for col in DOCUMENT_COLUMNS if col != "seconds"]


class XlsxSink:
    """actions.xlsx: real dates, text kept as text (a ref 2.10 or an action starting "=" is never
    a number or a formula), header frozen, autofilter on; a `documents` sheet beside the actions
    and a `columns` sheet holding the column dictionary."""

    def __init__(self, path: Path):
        from .xlsx import TOP, WRAP, XlsxBook

        self.book = XlsxBook(path)
        widths = [_XLSX_WIDTHS.get(col, max(12, len(col) + 2)) for col in ACTION_COLUMNS]
        styles = [WRAP if col in _XLSX_WRAP else TOP for col in ACTION_COLUMNS]
        self.actions = self.book.sheet("actions", ACTION_COLUMNS, widths, styles)
        self.typed = [col in DATE_COLUMNS or col in INT_COLUMNS for col in ACTION_COLUMNS]
        doc_widths = [_XLSX_WIDTHS.get(col, max(12, len(col) + 2)) for col in _XLSX_DOCUMENT_COLUMNS]
        self.documents = self.book.sheet("documents", _XLSX_DOCUMENT_COLUMNS, doc_widths,
                                         [WRAP if col == "error" else TOP for col in _XLSX_DOCUMENT_COLUMNS])
        self.columns = self.book.sheet("columns", ["file", "column", "type", "meaning"], [12, 28, 24, 90],
                                       [TOP, TOP, WRAP, WRAP])

    def write(self, rows: list[dict], texts: list[list[str]]) -> None:
        typed = list(enumerate(zip(ACTION_COLUMNS, self.typed)))
        for row, text in zip(rows, texts):
            self.actions.append([row[col] if keep else text[i] for i, (col, keep) in typed])

    def write_document(self, row: dict) -> None:
        # counts, seconds and period dates keep their types; the rest is text, as in documents.csv
        self.documents.append([row[col] if isinstance(row[col], int | float | date) else _text(row[col], col)
                               for col in _XLSX_DOCUMENT_COLUMNS])

    def close(self) -> None:
        from .schema import column_dictionary

        for part, entries in column_dictionary().items():
            file = "actions" if part == "actions" else "documents.csv"
            for name, kind, meaning in entries:
                self.columns.append([file, name, kind, meaning])
        self.book.close()


SINKS: dict[str, Callable[[Path], Any]] = {
    "csv": CsvSink, "parquet": ParquetSink, "xlsx": XlsxSink, "jsonl": JsonlSink,
}


class OutputWriter:
    """Streams actions and document rows into files in a staging folder; `commit()` moves each
    finished file into `out` with an atomic rename (documents.csv last), `abort()` drops them."""

    def __init__(self, out: str | Path, formats: Iterable[str] = FORMATS, staging: Path | None = None):
        self.out = Path(out)
        formats = list(formats)
        for fmt in formats:
            if fmt not in SINKS:
                raise ValueError(f"unknown format {fmt!r}: choose from {', '.join(FORMATS)}")
        self.own_staging = staging is None
        if staging is None:
            self.out.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".plan-ingest-tmp-", dir=self.out))
        self.staging = staging
        self.staging.mkdir(parents=True, exist_ok=True)
        # LAYOUT, where each action is printed, feeds the review report; it is no contract output
        self.names = [f"actions.{fmt}" for fmt in formats] + [LAYOUT, "documents.csv"]
        self.sinks = [SINKS[fmt](self.staging / f"actions.{fmt}") for fmt in formats]
        self.documents = CsvSink(self.staging / "documents.csv", DOCUMENT_COLUMNS)
        self.layout = open(self.staging / LAYOUT, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        self.actions = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind, *exc) -> None:
        if kind is not None:
            self.abort()

    def add_actions(self, actions: Iterable[Any]) -> None:
        rows = [action_row(a) for a in actions]
        # each cell's text once, shared by the CSV and the XLSX
        texts = [[_text(row[c], c) for c in ACTION_COLUMNS] for row in rows]
        for sink in self.sinks:
            sink.write(rows, texts)
        self.actions += len(rows)

    def add_document(self, info: Any) -> None:
        row = document_row(info)
        self.documents.write([row])
        for sink in self.sinks:
            if hasattr(sink, "write_document"):
                sink.write_document(row)

    def add_layout(self, path: Any, info: Any, actions: Iterable[Any], tables: list[dict]) -> None:
        """Where a document's tables and actions are printed, and the file they came from."""
        path = str(path)
        shown = os.fsencode(path).decode("utf-8", "replace") if not _encodable(path) else path
        record = {
            "document_id": info.document_id, "source_file": info.source_file, "format": info.source_format,
            "status": info.status, "path": shown, "pages": info.pages, "tables": tables,
            "actions": [{"action_id": a.action_id, "table": a.table, "page": a.page, "bbox": a.bbox,
                         "position": a.position} for a in actions],
        }
        if shown != path:  # a file name that is not UTF-8: its bytes, to open it again
            record["path_hex"] = os.fsencode(path).hex()
        self.layout.write(json.dumps(record, ensure_ascii=False) + "\n")

    def finish(self) -> list[Path]:
        """Close every file; their paths in the staging folder, in publishing order."""
        self.layout.close()
        for sink in self.sinks + [self.documents]:
            sink.close()
        return [self.staging / name for name in self.names]

    def commit(self, publish: Callable[[list[Path]], list[Any]] | None = None) -> dict[str, Any]:
        """Finish every file and put them in place, all together (`publish` takes the staged files
        and gives where each went); returns {format or "documents": where it went}."""
        staged = self.finish()
        places = publish(staged) if publish else [self._move(path) for path in staged]
        self._drop_staging()
        return {_key(path.name): place for path, place in zip(staged, places)}

    def _move(self, staged: Path) -> Path:
        target = self.out / staged.name
        os.replace(staged, target)
        return target

    def abort(self) -> None:
        self.layout.close()
        for sink in self.sinks + [self.documents]:
            try:
                sink.close()
            # closing a half-written file may fail; it is deleted either way
            except Exception:  # noqa: BLE001, S110
                pass
        for name in self.names:
            (self.staging / name).unlink(missing_ok=True)
        self._drop_staging()

    def _drop_staging(self) -> None:
        if self.own_staging:
            shutil.rmtree(self.staging, ignore_errors=True)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _key(name: str) -> str:
    """How a run reports an output file: its format, `documents`, or `layout`."""
    return {"documents.csv": "documents", LAYOUT: "layout"}.get(name) or name.rsplit(".", 1)[-1]


def write_changes_csv(path: Path, changes: Iterable[Any]) -> None:
    """What `plan-ingest diff` found, a row per change: UTF-8 with a byte-order mark, Excel-safe."""
    from dataclasses import asdict, fields

    from .changes import Change

    columns = [f.name for f in fields(Change)]
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(columns)
        for change in changes:
            row = asdict(change)
            writer.writerow([excel_safe(str(row[c])) if row[c] else "" for c in columns])


def write_table_csv(path: Path, rows: Iterable[Iterable[str]]) -> None:
    """One table as `plan-ingest tables` writes it: UTF-8 with a byte-order mark, cells Excel-safe."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows([[excel_safe(t) for t in row] for row in rows])


def write_outputs(
    actions: Iterable[Any], documents: Iterable[Any], out: str | Path, formats: Iterable[str] = FORMATS
) -> dict[str, Path]:
    """Write every requested action file and documents.csv into `out`; returns the paths written."""
    with OutputWriter(out, formats) as writer:
        writer.add_actions(actions)
        for info in documents:
            writer.add_document(info)
        return writer.commit()
