"""The `plan-ingest` command: a thin shell over ingest.run, extractors.extract and parse_timeframe.

Subcommands follow ../shared/CONTRACT.md: run, tables, timeframe.
"""
from __future__ import annotations

import argparse
import csv
import json
import signal
import sys
from pathlib import Path

from output.schema import FORMATS

EPILOG = """examples:
  plan-ingest run                          process the bundled samples/ into ./out
  plan-ingest run plans/ -o results        every PDF, Word and text plan under plans/
  plan-ingest run plan.pdf --format csv,xlsx
  plan-ingest tables plan.pdf --pages 3-5 -o tables/
  plan-ingest timeframe "Commencing November 2010" "2011/12"
"""


def _formats(value: str) -> list[str]:
    chosen = [v.strip().lower() for v in value.split(",") if v.strip()]
    bad = [v for v in chosen if v not in FORMATS]
    if bad or not chosen:
        raise argparse.ArgumentTypeError(f"choose from {','.join(FORMATS)} (got {value!r})")
    return chosen


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plan-ingest",
        description="Turn action-plan documents (PDF, Word, text exports) into structured action records.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="process documents into actions.* and documents.csv",
                         description="Process files and folders (walked recursively) into OUTDIR. "
                         "Exit status: 0 every file processed, 1 some file failed (see documents.csv), 2 bad usage.")
    run.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: the bundled samples/)")
    run.add_argument("-o", "--out", default="out", metavar="OUTDIR", help="output folder (default: ./out)")
    run.add_argument("--format", dest="formats", type=_formats, default=list(FORMATS),
                     metavar="LIST", help="comma-separated: csv,parquet,xlsx,jsonl (default: all four)")
    run.add_argument("--password", help="password for encrypted PDFs")
    run.add_argument("-j", "--workers", type=_whole, metavar="N",
                     help="worker processes (default: one per core; 0: in this process, no isolation)")
    run.add_argument("--timeout", type=float, metavar="SECONDS",
                     help="time limit per file; a file over it fails (default: 300; 0: none)")
    run.add_argument("--memory", type=_whole, metavar="MB",
                     help="memory cap per worker (default: a share of RAM, 1024-4096; 0: none)")
    run.add_argument("--no-cache", dest="cache", action="store_false",
                     help="process every file again (unchanged files normally come from OUTDIR/.plan-ingest)")
    run.add_argument("--dask", metavar="ADDRESS",
                     help="run on Dask: a scheduler (tcp://host:8786) or 'local' for a LocalCluster; "
                     "needs plan-ingest[dask]")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary, errors only")
    run.add_argument("-v", "--verbose", action="store_true", help="a line for each file as it finishes")

    tables = sub.add_parser("tables", help="write the tables the extractor sees, one CSV each",
                            description="Write each table found in FILE as OUTDIR/<stem>-p<page>-t<k>.csv.")
    tables.add_argument("file", metavar="FILE")
    tables.add_argument("--pages", metavar="LIST", type=_pages,
                        help="PDF pages, numbered from 1: e.g. 1,3-5 or 9- (default: all)")
    tables.add_argument("-o", "--out", default=".", metavar="OUTDIR", help="output folder (default: .)")
    tables.add_argument("--password", help="password for an encrypted PDF")
    tables.add_argument("--explain", action="store_true",
                        help="also say, per table, whether it holds actions (score and reason) and "
                        "which field each column maps to")

    tf = sub.add_parser("timeframe", help="resolve timeframe text to dates, one JSON object per text",
                        description="Print {text, kind, start_date, end_date, recurrence} per TEXT "
                        "(standard input lines when no TEXT is given).")
    tf.add_argument("texts", nargs="*", metavar="TEXT")
    return parser


def _whole(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"a whole number is needed (got {value!r})")
    return int(value)


def _pages(value: str) -> str:
    """A page list checked before any file is opened; the extractor reads it again against the page count."""
    from extractors.pdf import parse_page_spec

    try:
        parse_page_spec(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def cmd_run(args: argparse.Namespace) -> int:
    from .progress import summary_line
    from .runner import DEFAULT_TIMEOUT, run

    if args.quiet and args.verbose:
        print("plan-ingest: choose --quiet or --verbose, not both", file=sys.stderr)
        return 2
    timeout = DEFAULT_TIMEOUT if args.timeout is None else (args.timeout or None)
    # a polite kill (SIGTERM) stops like Ctrl-C: workers ended, no half-written output left behind
    try:
        previous = signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread: leave signals alone
        previous = None
    try:
        result = run(args.inputs or None, out=args.out, formats=args.formats, password=args.password,
                     progress=not args.quiet, verbose=args.verbose, workers=args.workers, timeout=timeout,
                     memory_mb=args.memory, cache=args.cache, dask=args.dask, collect=False)
    except FileNotFoundError as exc:
        print(f"plan-ingest: {exc}", file=sys.stderr)
        return 2
    except (RuntimeError, OSError) as exc:  # fsspec or dask missing, a scheduler that cannot be reached
        print(f"plan-ingest: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("plan-ingest: interrupted; OUTDIR left as it was. Run again to finish: "
              "files already processed come from the cache.", file=sys.stderr)
        return 130
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if not args.quiet:
        print(summary_line(result.tally, str(args.out), result.seconds, result.up_to_date), file=sys.stderr)
        if result.skipped:
            kinds = sorted({p.suffix.lower() or "(none)" for p in result.skipped})
            print(f"skipped {len(result.skipped)} files of types not read: {', '.join(kinds)}", file=sys.stderr)
    for doc in result.failed:
        print(f"plan-ingest: {doc.source_file}: {doc.error}", file=sys.stderr)
    return result.exit_code


def cmd_tables(args: argparse.Namespace) -> int:
    """One CSV per table as the extractor found it; a table stitched over several pages is one CSV,
    named by the page it starts on. A line per table on stderr says how it was found. A cell's
    paragraphs are apart by a plain line break, as a spreadsheet shows them."""
    from extractors import ExtractionError, extract
    from extractors.model import PARAGRAPH_BREAK

    path = Path(args.file)
    try:
        doc = extract(path, password=args.password, pages=args.pages)
    except ExtractionError as exc:
        print(f"plan-ingest: {path}: {exc}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for number, table in enumerate(doc.tables, start=1):
        page = table.page or 1
        k = table.index_on_page if table.page else number
        target = out / f"{path.stem}-p{page}-t{k}.csv"
        with open(target, "w", encoding="utf-8", newline="") as fh:
            rows = [[text.replace(PARAGRAPH_BREAK, "\n") for text in row] for row in table.grid()]
            csv.writer(fh).writerows(rows)
        print(f"  {target.name}: {_table_summary(table)}", file=sys.stderr)
    print(f"{len(doc.tables)} tables written to {out}/", file=sys.stderr)
    if args.explain:
        _explain(doc)
    return 0


def _explain(doc) -> None:
    """The normaliser's reading of each table (after stitching): action table or not, and why."""
    from normalise.explain import explain_tables

    for line in explain_tables(doc):
        print(line)


def _table_summary(table) -> str:
    parts = [f"{table.n_rows} rows x {table.n_cols} columns"]
    if table.flavor:
        parts.append(table.flavor)
    if table.header_rows:
        parts.append(f"{table.header_rows} header row{'s' if table.header_rows > 1 else ''}")
    if table.page_breaks:
        last = table.row_page(table.n_rows - 1) or table.page
        parts.append(f"pages {table.page}-{last}")
    if table.title:
        parts.append(repr(table.title[:60]))
    return ", ".join(parts)


def cmd_timeframe(args: argparse.Namespace) -> int:
    from normalise.timeframe import parse_timeframe

    texts = args.texts if args.texts else (line.rstrip("\n") for line in sys.stdin)
    for text in texts:
        print(json.dumps(parse_timeframe(text).as_json(), ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = {"run": cmd_run, "tables": cmd_tables, "timeframe": cmd_timeframe}[args.command]
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
