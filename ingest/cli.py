"""The `plan-ingest` command: a thin shell over ingest.run, extractors.extract and parse_timeframe.

Subcommands follow ../shared/CONTRACT.md: run, tables, timeframe.
"""
from __future__ import annotations

import argparse
import csv
import json
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
    run.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    tables = sub.add_parser("tables", help="write the tables the extractor sees, one CSV each",
                            description="Write each table found in FILE as OUTDIR/<stem>-p<page>-t<k>.csv.")
    tables.add_argument("file", metavar="FILE")
    tables.add_argument("--pages", metavar="LIST", help="PDF pages, e.g. 1,3-5 (default: all)")
    tables.add_argument("-o", "--out", default=".", metavar="OUTDIR", help="output folder (default: .)")
    tables.add_argument("--password", help="password for an encrypted PDF")

    tf = sub.add_parser("timeframe", help="resolve timeframe text to dates, one JSON object per text",
                        description="Print {text, kind, start_date, end_date, recurrence} per TEXT "
                        "(standard input lines when no TEXT is given).")
    tf.add_argument("texts", nargs="*", metavar="TEXT")
    return parser


def cmd_run(args: argparse.Namespace) -> int:
    from .runner import print_progress, run

    progress = None if args.quiet else print_progress
    try:
        result = run(args.inputs or None, out=args.out, formats=args.formats, password=args.password,
                     progress=progress)
    except FileNotFoundError as exc:
        print(f"plan-ingest: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        docs = result.documents
        counts = {s: sum(1 for d in docs if d.status == s) for s in ("ok", "no_actions", "failed")}
        print(
            f"{len(docs)} files: {counts['ok']} ok, {counts['no_actions']} without actions, "
            f"{counts['failed']} failed; {len(result.actions)} actions written to {args.out}/",
            file=sys.stderr,
        )
        if result.skipped:
            kinds = sorted({p.suffix.lower() or "(none)" for p in result.skipped})
            print(f"skipped {len(result.skipped)} files of types not read: {', '.join(kinds)}", file=sys.stderr)
    for doc in result.failed:
        print(f"plan-ingest: {doc.source_file}: {doc.error}", file=sys.stderr)
    return result.exit_code


def cmd_tables(args: argparse.Namespace) -> int:
    from extractors import ExtractionError, extract

    path = Path(args.file)
    try:
        doc = extract(path, password=args.password, pages=args.pages)
    except ExtractionError as exc:
        print(f"plan-ingest: {path}: {exc}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for table in doc.tables:
        page = table.page or 1
        target = out / f"{path.stem}-p{page}-t{table.index_on_page if table.page else doc.tables.index(table) + 1}.csv"
        with open(target, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(table.grid())
    print(f"{len(doc.tables)} tables written to {out}/", file=sys.stderr)
    return 0


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
