"""Speed of the PDF extractor against pdfplumber, in one run: pages per second on the peer-tables
pages, and a 60-page strategy whose action plan is a 6-page appendix.

    .venv/bin/python benchmarks/pdf_speed.py [--runs 3] [--peer ../shared/benchmarks/peer-tables]

Both tools are timed in this process, imports excluded, each file opened inside the timed call;
the figure is the median of the runs. pdfplumber is called the plain way: page.extract_tables() on
every page. The strategy PDF is built by samplegen/make_pdf_samples.py into a temporary folder.
"""
from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samplegen"))  # the strategy PDF's builder

DEFAULT_PEER = ROOT.parent / "shared" / "benchmarks" / "peer-tables"


def peer_pages(peer: Path) -> dict[Path, list[int]]:
    """Each peer-tables PDF with the pages its manifest names."""
    pages: dict[Path, set[int]] = {}
    with open(peer / "manifest.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            pages.setdefault(peer / row["pdf"], set()).add(int(row["page"]))
    return {path: sorted(p) for path, p in pages.items()}


def plumber_tables(path: Path, pages: list[int] | None) -> list[tuple[int, list[list]]]:
    import pdfplumber

    found = []
    with pdfplumber.open(str(path)) as pdf:
        numbers = pages or range(1, len(pdf.pages) + 1)
        for number in numbers:
            for table in pdf.pages[number - 1].extract_tables():
                found.append((number, table))
    return found


def our_tables(path: Path, pages: list[int] | None) -> list:
    from plan_ingest.extractors.pdf import extract_pdf

    spec = ",".join(str(p) for p in pages) if pages else None
    return extract_pdf(path, pages=spec).tables


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def peer_benchmark(peer: Path, runs: int) -> dict:
    files = peer_pages(peer)
    n_pages = sum(len(p) for p in files.values())
    t_plumber, plumber = timed(lambda: [plumber_tables(f, p) for f, p in files.items()], runs)
    t_ours, ours = timed(lambda: [our_tables(f, p) for f, p in files.items()], runs)
    return {
        "pages": n_pages,
        "pdfplumber_pages_per_sec": n_pages / t_plumber,
        "ours_pages_per_sec": n_pages / t_ours,
        "ratio": t_plumber / t_ours,
        "pdfplumber_tables": sum(len(x) for x in plumber),
        "ours_tables": sum(len(x) for x in ours),
        "pdfplumber_pages_with_table": sum(len({n for n, _ in x}) for x in plumber),
        "ours_pages_with_table": sum(len({t.row_page(r) for t in x for r in range(t.n_rows)}) for x in ours),
    }


def strategy_benchmark(runs: int, folder: Path) -> dict:
    from make_pdf_samples import strategy_with_appendix

    path = folder / "strategy_with_appendix.pdf"
    strategy_with_appendix(path)
    t_plumber, plumber = timed(lambda: plumber_tables(path, None), runs)
    t_ours, ours = timed(lambda: our_tables(path, None), runs)
    plumber_pages = sorted({n for n, _ in plumber})
    our_pages = sorted({t.row_page(r) for t in ours for r in range(t.n_rows)})
    # rows of actions: pdfplumber repeats the header on each page, we drop the repeats
    plumber_rows = sum(len(rows) for _, rows in plumber) - max(len(plumber_pages) - 1, 0)
    our_rows = sum(t.n_rows for t in ours)
    import pypdfium2

    with pypdfium2.PdfDocument(str(path)) as doc:
        n_pages = len(doc)
    return {
        "pages": n_pages,
        "pdfplumber_seconds": t_plumber,
        "ours_seconds": t_ours,
        "ratio": t_plumber / t_ours,
        "pdfplumber_table_pages": plumber_pages,
        "ours_table_pages": our_pages,
        "pdfplumber_rows": plumber_rows,
        "ours_rows": our_rows,
        "ours_tables": len(ours),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peer", type=Path, default=DEFAULT_PEER)
    args = parser.parse_args(argv)
    # import both readers before any timing
    import pdfplumber  # noqa: F401

    import plan_ingest.extractors.pdf  # noqa: F401

    peer = peer_benchmark(args.peer, args.runs)
    print(f"peer-tables: {peer['pages']} pages; pdfplumber {peer['pdfplumber_pages_per_sec']:.1f} pages/s "
          f"({peer['pdfplumber_tables']} tables on {peer['pdfplumber_pages_with_table']} pages), ours "
          f"{peer['ours_pages_per_sec']:.1f} pages/s ({peer['ours_tables']} tables on "
          f"{peer['ours_pages_with_table']} pages)")
    print(f"peer-tables speed ratio (ours / pdfplumber): {peer['ratio']:.2f}  (aim: >= 3.5)")
    with tempfile.TemporaryDirectory(prefix="plan-ingest-bench-") as folder:
        strat = strategy_benchmark(args.runs, Path(folder))
    same = strat["pdfplumber_table_pages"] == strat["ours_table_pages"] and strat["pdfplumber_rows"] == strat["ours_rows"]
    print(f"strategy: {strat['pages']} pages; pdfplumber {strat['pdfplumber_seconds']:.2f} s, tables on pages "
          f"{_span(strat['pdfplumber_table_pages'])}, {strat['pdfplumber_rows']} rows; ours "
          f"{strat['ours_seconds']:.2f} s, {strat['ours_tables']} table on pages {_span(strat['ours_table_pages'])}, "
          f"{strat['ours_rows']} rows")
    print(f"strategy speed ratio (pdfplumber time / ours): {strat['ratio']:.1f}  (aim: >= 5); "
          f"same tables found: {'yes' if same else 'NO'}")
    return 0


def _span(pages: list[int]) -> str:
    return f"{pages[0]}-{pages[-1]}" if pages else "none"


if __name__ == "__main__":
    sys.exit(main())
