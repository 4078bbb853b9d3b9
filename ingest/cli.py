"""The `plan-ingest` command: a thin shell over the Python API (plan_ingest.run, .tables,
.explain, .timeframe). Subcommands follow ../shared/CONTRACT.md: run, tables, timeframe.

Options two commands share are defined once (`_shared`); defaults come from RunSettings.
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from dataclasses import fields
from pathlib import Path

import plan_ingest
from plan_ingest.extractors.model import OCR_MODES
from plan_ingest.output.schema import FORMATS

from .settings import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_NO_INPUT,
    EXIT_OK,
    EXIT_UNSUPPORTED,
    EXIT_USAGE,
    RunSettings,
    UsageError,
)

DEFAULTS = {f.name: f.default for f in fields(RunSettings)}
EXIT_STATUS = f"""exit status (the same in every command):
  {EXIT_OK}    every file was read
  {EXIT_FAILED}    some file failed: broken, hostile or over a limit (documents.csv says why)
  {EXIT_USAGE}    bad usage: unknown option, missing input, output folder not writable
  {EXIT_UNSUPPORTED}    no failure, but some file needs a program this machine lacks (LibreOffice, Tesseract)
  {EXIT_NO_INPUT}    the inputs hold no document of a type plan-ingest reads
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C, SIGTERM); OUTDIR left as it was
"""
EPILOG = """examples:
  plan-ingest run                          process the bundled samples/ into ./out
  plan-ingest run plans/ -o results        every PDF, Word, web and spreadsheet plan under plans/
  plan-ingest run 'plans/**/*.pdf' --exclude '*draft*'
  find plans -name '*.docx' | plan-ingest run --files-from -
  plan-ingest run plan.pdf --format csv,xlsx --summary-json summary.json
  plan-ingest tables plan.pdf --pages 3-5 -o tables/
  plan-ingest timeframe "Commencing November 2010" "2011/12"

""" + EXIT_STATUS

log = logging.getLogger("plan_ingest")


def _formats(value: str) -> tuple[str, ...]:
    try:
        return RunSettings.of(formats=value).formats
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _whole(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"a whole number is needed (got {value!r})")
    return int(value)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if seconds < 0:
        raise argparse.ArgumentTypeError(f"a number of seconds, 0 or more, is needed (got {value!r})")
    return seconds


def _pages(value: str) -> str:
    """A page list checked before any file is opened; the extractor reads it again against the page count."""
    from plan_ingest.extractors.pdf import parse_page_spec

    try:
        parse_page_spec(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _shared() -> argparse.ArgumentParser:
    """Options `run` and `tables` both take, defined once."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--password", help="password for encrypted PDFs (never written anywhere)")
    shared.add_argument("--ocr", choices=OCR_MODES, default=None,
                        help="scanned PDF pages: auto reads the pages that are only an image by OCR "
                             "(the default; needs Tesseract), always OCRs every page (for a garbled "
                             "text layer), never leaves scans unread")
    return shared


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plan-ingest",
        description="Turn action-plan documents (PDF, Word, web pages, spreadsheets) into structured action records.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"plan-ingest {plan_ingest.__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    shared = _shared()

    run = sub.add_parser(
        "run", parents=[shared], help="process documents into actions.* and documents.csv",
        description="Process files, folders (walked recursively) and glob patterns into OUTDIR.",
        epilog=EXIT_STATUS, formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="*", metavar="INPUT",
                     help="files, folders or glob patterns (default: the bundled samples)")
    run.add_argument("-o", "--out", default="out", metavar="OUTDIR", help="output folder (default: ./out)")
    run.add_argument("--format", dest="formats", type=_formats, metavar="LIST",
                     help=f"comma-separated: {','.join(FORMATS)} (default: all four)")
    run.add_argument("--files-from", metavar="FILE",
                     help="read more inputs from FILE, one per line ('-': standard input)")
    run.add_argument("--include", action="append", default=[], metavar="PATTERN",
                     help="take only files in folders whose path matches PATTERN (repeatable)")
    run.add_argument("--exclude", action="append", default=[], metavar="PATTERN",
                     help="leave out files in folders whose path matches PATTERN (repeatable)")
    run.add_argument("-j", "--workers", type=_whole, metavar="N",
                     help=f"worker processes (default: in this process for fewer than "
                     f"{DEFAULTS['pool_min_files']} files, else one per core; 0: always in this process)")
    run.add_argument("--timeout", type=_seconds, metavar="SECONDS",
                     help=f"time limit per file; a file over it fails (default: {DEFAULTS['timeout']:g}; 0: none)")
    run.add_argument("--memory", dest="memory_mb", type=_whole, metavar="MB",
                     help="memory cap per worker (default: a share of RAM, 1024-4096; 0: none)")
    run.add_argument("--no-cache", dest="cache", action="store_false", default=None,
                     help="process every file again (unchanged files normally come from OUTDIR/.plan-ingest)")
    run.add_argument("--dask", metavar="ADDRESS",
                     help="run on Dask: a scheduler (tcp://host:8786) or 'local' for a LocalCluster; "
                     "needs plan-ingest[dask]")
    run.add_argument("--summary-json", metavar="FILE",
                     help="write the run's counts as JSON to FILE ('-': standard output)")
    run.add_argument("--log-file", metavar="FILE", help="append a line per file, and every problem, to FILE")
    run.add_argument("--db", metavar="URL",
                     help="load the actions into a tracking database: a SQLite file (plans.db) or "
                     "postgresql://user@host/db (needs plan-ingest[postgres])")
    run.add_argument("--report", action="store_true",
                     help="also write the review report, OUTDIR/report/index.html (see `plan-ingest report`)")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary, errors only")
    run.add_argument("-v", "--verbose", action="store_true", help="a line for each file as it finishes")

    tables = sub.add_parser(
        "tables", parents=[shared], help="write the tables the extractor sees, one CSV each",
        description="Write each table found in FILE as OUTDIR/<stem>-p<page>-t<k>.csv "
        "(UTF-8 with a byte-order mark, Excel-safe, like every CSV plan-ingest writes).",
        epilog=EXIT_STATUS, formatter_class=argparse.RawDescriptionHelpFormatter)
    tables.add_argument("file", metavar="FILE")
    tables.add_argument("--pages", metavar="LIST", type=_pages,
                        help="PDF pages, numbered from 1: e.g. 1,3-5 or 9- (default: all); PDF only")
    tables.add_argument("-o", "--out", default=".", metavar="OUTDIR", help="output folder (default: .)")
    tables.add_argument("--explain", action="store_true",
                        help="also say, per table, whether it holds actions (score and reason), the "
                        "reader chosen, and which field each column maps to")

    rep = sub.add_parser("report", help="write the review report for an earlier run",
                         description="Write OUTDIR/report/index.html: every document, and each PDF page that "
                         "holds a table as an image with its tables and action rows drawn on it, beside the "
                         "actions read from it. Static files; open index.html in any browser.",
                         epilog=EXIT_STATUS, formatter_class=argparse.RawDescriptionHelpFormatter)
    rep.add_argument("out", nargs="?", default="out", metavar="OUTDIR", help="an output folder of `run` (default: ./out)")

    diff = sub.add_parser(
        "diff", help="what changed between two runs, or two issues of one plan",
        description="Compare OLD and NEW: two output folders of `run`, or two plan files. Prints a summary "
        "and, with -o, writes a CSV with a row per added action, per removed action and per changed field "
        "of a kept action. An action keeps its identity by action_id, or by the closest ref and text when "
        "a re-issue reworded it (matched_by: fuzzy).",
        epilog=EXIT_STATUS, formatter_class=argparse.RawDescriptionHelpFormatter)
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    diff.add_argument("-o", "--out", metavar="CHANGES.csv", help="write the changes as CSV")

    tf = sub.add_parser("timeframe", help="resolve timeframe text to dates, one JSON object per text",
                        description="Print {text, kind, start_date, end_date, recurrence} per TEXT "
                        "(standard input lines when no TEXT is given).")
    tf.add_argument("texts", nargs="*", metavar="TEXT")
    return parser


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _log_to(path: str | None, verbose: bool) -> None:
    if not path:
        return
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if verbose else logging.INFO)


def _inputs(args: argparse.Namespace) -> list[str] | None:
    from .discover import read_file_list

    inputs = list(args.inputs)
    if args.files_from:
        inputs += read_file_list(args.files_from)
        if not inputs:
            raise UsageError(f"the file list {args.files_from} names no input")
    return inputs or None


def cmd_run(args: argparse.Namespace) -> int:
    from .discover import Selection
    from .progress import summary_line

    if args.quiet and args.verbose:
        print("plan-ingest: choose --quiet or --verbose, not both", file=sys.stderr)
        return EXIT_USAGE
    options = {name: getattr(args, name) for name in ("formats", "password", "ocr", "workers", "timeout",
                                                      "memory_mb", "cache", "dask", "db")
               if getattr(args, name) is not None}
    # a polite kill (SIGTERM) stops like Ctrl-C: workers ended, no half-written output left behind
    try:
        previous = signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread: leave signals alone
        previous = None
    try:
        _log_to(args.log_file, args.verbose)
        result = plan_ingest.run(_inputs(args), out=args.out, select=Selection(tuple(args.include), tuple(args.exclude)),
                                 progress=not args.quiet, verbose=args.verbose, collect=False, **options)
    except (UsageError, FileNotFoundError) as exc:
        print(f"plan-ingest: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (RuntimeError, OSError) as exc:  # fsspec or dask missing, a scheduler that cannot be reached
        print(f"plan-ingest: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("plan-ingest: interrupted; OUTDIR left as it was. Run again to finish: "
              "files already processed come from the cache.", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    line = summary_line(result.tally, str(args.out), result.seconds, result.up_to_date)
    log.info(line)
    if not args.quiet:
        print(line, file=sys.stderr)
        if result.skipped:
            kinds = sorted({p.suffix.lower() or "(none)" for p in result.skipped})
            print(f"skipped {len(result.skipped)} files of types not read: {', '.join(kinds)}", file=sys.stderr)
    for doc in result.failed + result.unsupported:
        print(f"plan-ingest: {doc.source_file}: {doc.error}", file=sys.stderr)
    if result.exit_code == EXIT_NO_INPUT:
        print("plan-ingest: warning: the inputs hold no document of a type plan-ingest reads "
              f"({', '.join(sorted(_readable()))})", file=sys.stderr)
    if args.summary_json:
        _write_json(args.summary_json, result.summary())
    if args.report and not str(args.out).count("://"):
        index = plan_ingest.report(args.out)
        if not args.quiet:
            print(f"review report: {index}", file=sys.stderr)
    return result.exit_code


def cmd_diff(args: argparse.Namespace) -> int:
    from plan_ingest.output.writers import write_changes_csv

    try:
        changes = plan_ingest.diff(args.old, args.new)
    except (FileNotFoundError, UsageError) as exc:
        print(f"plan-ingest: {exc}", file=sys.stderr)
        return EXIT_USAGE
    counts = {kind: sum(1 for c in changes if c.change == kind) for kind in ("added", "removed", "changed")}
    kept = len({c.action_id for c in changes if c.change == "changed"})
    fuzzy = len({c.action_id for c in changes if c.matched_by == "fuzzy"})
    print(f"{counts['added']} added, {counts['removed']} removed, {counts['changed']} changed fields on "
          f"{kept} kept actions ({fuzzy} matched by ref and text, not id)")
    for c in changes:
        what = f"{c.field}: {c.old!r} -> {c.new!r}" if c.change == "changed" else c.action[:70]
        print(f"  {c.change:8} {c.ref or c.action_id:>10}  {what}")
    if args.out:
        write_changes_csv(Path(args.out), changes)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    try:
        index = plan_ingest.report(args.out)
    except FileNotFoundError as exc:
        print(f"plan-ingest: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(index)
    return EXIT_OK


def _readable() -> set[str]:
    from plan_ingest.extractors import SUFFIXES

    return set(SUFFIXES)


def _write_json(target: str, data: dict) -> None:
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    if target == "-":
        sys.stdout.write(text)
    else:
        Path(target).write_text(text, encoding="utf-8")


def cmd_tables(args: argparse.Namespace) -> int:
    """One CSV per table as the extractor found it; a table stitched over several pages is one CSV,
    named by the page it starts on. A line per table on stderr says how it was found. A cell's
    paragraphs are apart by a plain line break, as a spreadsheet shows them."""
    from plan_ingest.extractors import ExtractionError, UnsupportedHere
    from plan_ingest.extractors.model import PARAGRAPH_BREAK
    from plan_ingest.output.writers import write_table_csv

    from .storage import check_writable

    path = Path(args.file)
    try:
        check_writable(args.out)
        ocr = args.ocr or "auto"
        found = plan_ingest.tables(path, pages=args.pages, password=args.password, ocr=ocr)
        explained = plan_ingest.explain(path, password=args.password, ocr=ocr) if args.explain else []
    except UsageError as exc:
        print(f"plan-ingest: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UnsupportedHere as exc:
        print(f"plan-ingest: {path}: {exc}", file=sys.stderr)
        return EXIT_UNSUPPORTED
    except ExtractionError as exc:
        print(f"plan-ingest: {path}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for number, table in enumerate(found, start=1):
        page = table.page or 1
        k = table.index_on_page if table.page else number
        target = out / f"{path.stem}-p{page}-t{k}.csv"
        write_table_csv(target, [[text.replace(PARAGRAPH_BREAK, "\n") for text in row] for row in table.grid()])
        print(f"  {target.name}: {_table_summary(table)}", file=sys.stderr)
    print(f"{len(found)} tables written to {out}/", file=sys.stderr)
    for line in explained:
        print(line)
    return EXIT_OK


def _table_summary(table) -> str:
    parts = [f"{table.n_rows} rows x {table.n_cols} columns"]
    if table.flavor:
        parts.append(table.flavor)
    if table.header_rows:
        parts.append(f"{table.header_rows} header row{'s' if table.header_rows > 1 else ''}")
    if table.page_breaks:
        last = table.row_page(table.n_rows - 1) or table.page
        parts.append(f"pages {table.page}-{last}")
    if table.confidence is not None:
        parts.append(f"confidence {table.confidence:.2f}")
    if table.title:
        parts.append(repr(table.title[:60]))
    return ", ".join(parts)


def cmd_timeframe(args: argparse.Namespace) -> int:
    texts = args.texts if args.texts else (line.rstrip("\n") for line in sys.stdin)
    for text in texts:
        print(json.dumps(plan_ingest.timeframe(text), ensure_ascii=False))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = {"run": cmd_run, "tables": cmd_tables, "report": cmd_report, "diff": cmd_diff,
               "timeframe": cmd_timeframe}[args.command]
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
