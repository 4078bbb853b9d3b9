"""The Python API: what a notebook, a script or the command line calls.

Each function works in a plain script with no `if __name__ == "__main__":` guard, under
`python -`, and in Jupyter: a few files are read in this process, and a pool of worker
processes starts only for more (see RunSettings.pool_min_files).
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from plan_ingest.ingest.runner import RunResult

Paths = str | Path | Iterable[str | Path] | None

# read() and read_documents() on the same unchanged files share one reading: (key, result)
_last: tuple[tuple, Any] | None = None


def _collect(paths: Paths, options: dict[str, Any]) -> RunResult:
    global _last
    from plan_ingest.ingest.discover import Selection
    from plan_ingest.ingest.runner import _discover, collect
    from plan_ingest.ingest.settings import RunSettings

    settings = RunSettings.of(**{k: v for k, v in options.items() if k not in ("progress", "select")})
    select = options.get("select") or Selection()
    files = _discover(paths, select).files
    key = (settings, select, tuple(_stamp(f.path) for f in files), tuple(f.source_file for f in files))
    if _last is not None and _last[0] == key:
        return _last[1]
    result = collect(paths, settings=settings, select=select, progress=options.get("progress"))
    _last = (key, result)
    return result


def _stamp(path: Path | str) -> tuple:
    try:
        st = Path(path).stat()
        return (str(path), st.st_size, st.st_mtime_ns)
    except (OSError, TypeError):
        return (str(path), None, None)


def read(paths: Paths = None, **options: Any) -> pd.DataFrame:
    """Read plans into a pandas DataFrame of actions, one row per action.

    `paths`: a file, a folder (walked recursively), a glob pattern, or a list of them; None reads
    the bundled samples. The columns are actions.csv's, typed for analysis: `start_date` and
    `end_date` are datetimes (NaT when empty), `page` and `table` nullable integers,
    `responsible_roles` and `responsible_roles_expanded` lists of strings, `extra` a dict.
    Files that could not be read give no rows; `read_documents` says why.

    Options are those of `run` (`password`, `workers`, `timeout`, `memory_mb`, `select`,
    `progress`); nothing is written and no cache is used.

        >>> import plan_ingest
        >>> actions = plan_ingest.read("plans/")
        >>> actions.groupby("responsible")["action"].count()
    """
    from plan_ingest.output.frames import actions_frame

    return actions_frame(_collect(paths, options).actions)


def read_documents(paths: Paths = None, **options: Any) -> pd.DataFrame:
    """One row per input file, as documents.csv: `status` (ok, no_actions, failed,
    unsupported), `error` in words, title, organisation, period, counts and `document_id`, which
    joins to the actions. Called after `read` on the same unchanged files, it reuses that reading.
    """
    from plan_ingest.output.frames import documents_frame

    return documents_frame(_collect(paths, options).documents)


def run(paths: Paths = None, out: str | Path = "out", **options: Any) -> RunResult:
    """Read plans and write actions.{csv,parquet,xlsx,jsonl} and documents.csv into `out`.

    Options (RunSettings): `formats` ("csv,xlsx" or a list), `password`, `workers` (None:
    automatic; 0: in this process), `timeout` (seconds per file, default 300), `memory_mb` (per
    worker), `cache` (default True: unchanged files come from OUT/.plan-ingest), `dask` (a
    scheduler address or "local"), `select` (an ingest.discover.Selection), `progress` (True for
    a bar, or a callback(n, total, info)), `verbose`, `collect` (False keeps memory flat: the
    rows are then only in the files). Returns a RunResult: `tally` counts files, failures and
    actions, `written` maps each format to its file, `exit_code` is the command line's status.
    """
    from plan_ingest.ingest.runner import run as run_batch

    return run_batch(paths, out, **options)


def report(out: str | Path = "out") -> Path:
    """Write the review report for the run whose outputs are in `out`: `out/report/index.html`
    lists every document; each PDF page that holds a table shows its image with the tables and
    action rows drawn on it, beside the actions read from it. Static files, no server."""
    from plan_ingest.output.report import write_report

    return write_report(out)


def diff(old: str | Path, new: str | Path) -> list:
    """What changed from OLD to NEW, two output folders of `run` or two plan files: a list of
    output.changes.Change (added, removed, or a changed field of a kept action), in NEW's order.

    Actions are matched by action_id, then by the closest ref and text when a re-issue reworded
    one (matched_by "fuzzy"). Output folders holding several plans are compared plan by plan
    (documents of the same title)."""
    from plan_ingest.output.changes import compare_runs

    return compare_runs(_action_rows(old), _action_rows(new))


def _action_rows(where: str | Path) -> list[dict]:
    """Actions as output rows: from an output folder's actions.jsonl, or by reading a plan."""
    import json

    from plan_ingest.output.writers import action_row

    path = Path(where)
    if path.is_dir():
        jsonl = path / "actions.jsonl"
        if not jsonl.exists():
            raise FileNotFoundError(f"{path} holds no actions.jsonl; run plan-ingest run with the jsonl format")
        with open(jsonl, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    if not path.exists():
        raise FileNotFoundError(f"no such file or folder: {path}")
    from plan_ingest.ingest.runner import collect

    return [action_row(a) for a in collect([path], workers=0).actions]


def timeframe(text: str, *, period_start: date | None = None, period_end: date | None = None) -> dict:
    """Resolve one timeframe phrase the UK way, as `plan-ingest timeframe` does:
    {"text", "kind", "start_date", "end_date", "recurrence"} with ISO dates or None.

    A plan's period (`period_start`, `period_end`) lets a phrase with no year (`Q3`, `March`)
    take its year from the plan; without one it stays `unknown`.

        >>> plan_ingest.timeframe("Q3 2011/12")
        {'text': 'Q3 2011/12', 'kind': 'during', 'start_date': '2011-10-01', 'end_date': '2011-12-31', 'recurrence': ''}
    """
    from plan_ingest.normalise.timeframe import PlanPeriod, parse_timeframe

    period = PlanPeriod(period_start, period_end) if (period_start or period_end) else None
    return parse_timeframe(text, period).as_json()


def tables(path: str | Path, *, pages: str | None = None, password: str | None = None, ocr: str = "auto") -> list:
    """The tables the extractor finds in one file, before any normalising: a list of
    extractors.Table (cells with their text, spans, page and position; `.grid()` gives rows of
    text). `pages` ("1,3-5", PDF only) limits the pages read. Raises extractors.ExtractionError
    (or its UnsupportedHere, when a program such as LibreOffice is missing) with a reason, and
    UsageError for `pages` on a file that has none. `ocr`: how scanned pages are read (auto,
    always, never)."""
    from plan_ingest.extractors import extract, format_of
    from plan_ingest.ingest.settings import UsageError

    if pages and format_of(path) != "pdf":
        raise UsageError("--pages applies to PDF files only; a Word, web or spreadsheet file has no pages")
    return extract(path, password=password, pages=pages, ocr=ocr).tables


def explain(path: str | Path, *, password: str | None = None, ocr: str = "auto") -> list[str]:
    """How the normaliser reads each table of one file, in words: kept as actions or left out,
    with the score and reason, the reader chosen, and the field each column maps to."""
    from plan_ingest.extractors import extract
    from plan_ingest.normalise.explain import explain_tables

    return explain_tables(extract(path, password=password, ocr=ocr))
