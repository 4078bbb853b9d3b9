"""Batch benchmark: docs/s, pages/s and peak memory for N = 50, 200, 800 documents, 1 and 2 workers,
and a warm-cache re-run; prints a report (`--json` for machine-readable figures).

    .venv/bin/python benchmarks/batch.py                 # the full run (a few minutes)
    .venv/bin/python benchmarks/batch.py --sizes 50 --workers 1   # a quick look

The corpus mixes copies of the bundled samples with generated plans (text, Word and PDF; 3 to 60
actions; several header wordings), built once into a temporary folder from a fixed seed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT))

ORGANISATIONS = [
    "Halton Borough Council", "Leeds City Council", "Riverside Housing Association",
    "NHS Kent and Medway Integrated Care Board", "Norfolk County Council", "Sefton Metropolitan Borough Council",
]
PLANS = ["Procurement Strategy Action Plan", "Tenant Involvement Action Plan", "Patient Experience Plan",
         "Community Safety Delivery Plan", "Workforce Strategy Action Plan", "Climate Emergency Action Plan"]
THEMES = ["People", "Process", "Partnership", "Governance", "Housing Quality", "Patient Experience",
          "Workforce", "Carbon Reduction"]
VERBS = ["Review", "Develop", "Implement", "Publish", "Consult on", "Deliver", "Monitor", "Agree", "Refresh"]
OBJECTS = ["the procurement strategy", "a tenant engagement framework", "the contract register",
           "quarterly performance reports", "a staff survey", "the fleet replacement programme",
           "training for commissioning staff", "the complaints procedure", "a social value policy",
           "the estates carbon baseline", "partnership agreements with the voluntary sector"]
ROLES = ["Head of Procurement", "Director of Finance", "Chief Executive", "Housing Services Manager",
         "Head of Corporate Finance", "Community Safety Partnership", "Head of Human Resources",
         "Director of Nursing", "Sustainability Officer"]
TIMEFRAMES = ["By March 2013", "Q3 2012/13", "Ongoing", "Quarterly from July 2012", "April 2012 - March 2013",
              "2013/14", "End of June 2012", "TBC", "Commencing November 2012", "Spring 2013"]
OUTCOMES = ["Savings identified and reported", "Improved tenant satisfaction", "Compliance with regulations",
            "Reduced emissions", "Better value for money", "Staff skills improved"]
HEADERS = [
    ("Ref", "Action", "Lead Officer", "Timeframe", "Outcome"),
    ("No.", "What we will do", "Who", "By when", "Success measure"),
    ("Ref", "Key Actions", "Responsible Officer", "Target Date", "Status"),
]


def _plan(rng: random.Random) -> tuple[str, tuple, list[tuple[str, list[list[str]]]]]:
    title = f"{rng.choice(ORGANISATIONS)} {rng.choice(PLANS)} {2011 + rng.randrange(4)} - {2014 + rng.randrange(3)}"
    header = rng.choice(HEADERS)
    sections = []
    remaining = rng.randint(3, 60)
    s = 0
    while remaining > 0:
        s += 1
        count = min(remaining, rng.randint(2, 12))
        rows = []
        for a in range(1, count + 1):
            roles = " and ".join(rng.sample(ROLES, rng.choice([1, 1, 2])))
            last = rng.choice(OUTCOMES) if header[-1] != "Status" else rng.choice(["Complete", "On track", "Not started"])
            rows.append([f"{s}.{a}", f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} across {rng.choice(THEMES).lower()} services",
                         roles, rng.choice(TIMEFRAMES), last])
        sections.append((rng.choice(THEMES), rows))
        remaining -= count
    return title, header, sections


def write_txt(path: Path, title: str, header: tuple, sections: list) -> None:
    lines = [title, "", "\t".join(header)]
    for theme, rows in sections:
        lines.append(theme)
        lines.extend("\t".join(r) for r in rows)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_docx(path: Path, title: str, header: tuple, sections: list) -> None:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for theme, rows in sections:
        band = table.add_row().cells
        band[0].merge(band[-1]).text = theme
        for values in rows:
            for cell, text in zip(table.add_row().cells, values):
                cell.text = text
    document.save(path)


def write_pdf(path: Path, title: str, header: tuple, sections: list) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    data = [list(header)]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    for theme, rows in sections:
        style += [("SPAN", (0, len(data)), (-1, len(data))), ("BACKGROUND", (0, len(data)), (-1, len(data)), colors.whitesmoke)]
        data.append([theme] + [""] * (len(header) - 1))
        data.extend([Paragraph(v, body) for v in r] for r in rows)
    table = Table(data, colWidths=[50, 300, 150, 110, 150], repeatRows=1)
    table.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title=title)
    doc.build([Paragraph(title, styles["Title"]), table])


WRITERS = {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}
# a corpus like a council's publication folder: mostly PDF, then Word, a few text exports
MIX = ["pdf", "pdf", "docx", "pdf", "txt", "docx", "pdf", "docx"]


def build_corpus(folder: Path, n: int, seed: int = 8) -> Path:
    """n documents in `folder`: every fourth a copy of a bundled sample, the rest generated."""
    rng = random.Random(seed)
    samples = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".docx", ".txt"})
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        if i % 4 == 3:
            sample = samples[(i // 4) % len(samples)]
            shutil.copy(sample, folder / f"doc{i:05d}_{sample.name}")
        else:
            kind = MIX[i % len(MIX)]
            WRITERS[kind](folder / f"doc{i:05d}_generated.{kind}", *_plan(rng))
    return folder


def subset(corpus: Path, n: int, folder: Path) -> Path:
    """The first n documents of the corpus, as hard links (no copying, same bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(corpus.iterdir())[:n]:
        os.link(path, folder / path.name)
    return folder


class MemorySampler:
    """Peak resident memory of this process, and of it plus every descendant (the workers), sampled."""

    def __init__(self, interval: float = 0.05):
        import psutil

        self.me = psutil.Process()
        self.interval, self.peak_self, self.peak_total = interval, 0, 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self.stop.is_set():
            total = 0
            try:
                mine = self.me.memory_info().rss
                total = mine
                for child in self.me.children(recursive=True):
                    try:
                        total += child.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                continue
            self.peak_self, self.peak_total = max(self.peak_self, mine), max(self.peak_total, total)
            self.stop.wait(self.interval)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


def measure(folder: Path, out: Path, workers: int, cache: bool) -> dict:
    """One run in this (fresh) process: time, counts and peak memory."""
    import csv

    from plan_ingest import ingest

    with MemorySampler() as mem:
        start = time.perf_counter()
        result = ingest.run([folder], out=out, workers=workers, cache=cache, collect=False)
        seconds = time.perf_counter() - start
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        pages = sum(int(r["pages"] or 0) for r in csv.DictReader(fh))
    docs = result.tally.files
    return {"docs": docs, "workers": workers, "cache": cache, "seconds": round(seconds, 3),
            "docs_per_s": round(docs / seconds, 2), "pages": pages, "pages_per_s": round(pages / seconds, 2),
            "actions": result.tally.actions, "failed": result.tally.failed, "cached": result.tally.cached,
            "peak_parent_mb": round(mem.peak_self / 2**20, 1), "peak_total_mb": round(mem.peak_total / 2**20, 1)}


def _spin(_: int = 0) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(6_000_000):
        total += i * i
    return time.perf_counter() - start


def cpu_scaling() -> float:
    """How much faster this machine runs two CPU-bound processes than one, right now (2.0 on two
    idle cores; less on a shared or throttled machine): the ceiling for a 1 -> 2 worker speed-up."""
    import multiprocessing

    one = min(_spin() for _ in range(2))
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_spin, range(2))  # start-up out of the way
        two = max(pool.map(_spin, range(2)))
    return round(2 * one / two, 2)


def measure_in_subprocess(folder: Path, out: Path, workers: int, cache: bool) -> dict:
    # a fresh interpreter per measurement: peak memory is a high-water mark that never falls
    proc = subprocess.run(
        [sys.executable, __file__, "--measure", str(folder), str(out), str(workers), "1" if cache else "0"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def warm_runs(folder: Path, out: Path, workers: int) -> tuple[dict, dict]:
    """Re-runs straight after a cold run: nothing changed, then one document re-issued (its bytes
    change, every other file still comes from the cache)."""
    for _ in range(3):
        warm = measure_in_subprocess(folder, out, workers, cache=True)
        if warm["cached"] == warm["docs"]:
            break
        # the pipeline's code changed since the cold run (someone editing it): fill the cache again
        measure_in_subprocess(folder, out, workers, cache=False)
    first = min(folder.iterdir())
    data = first.read_bytes()
    first.unlink()  # a hard link into the corpus: replace it, never write through it
    first.write_bytes(data + b"\n" if first.suffix == ".txt" else data + b"\0")
    touched = measure_in_subprocess(folder, out, workers, cache=True)
    return warm, touched


def report(rows: list[dict], warm: dict | None, touched: dict | None, scaling: list[float]) -> str:
    lines = [(f"{'N':>5} {'workers':>7} {'seconds':>8} {'docs/s':>7} {'pages/s':>8} {'actions':>8} "
              f"{'parent MB':>9} {'total MB':>9}")]
    for r in rows:
        lines.append(f"{r['docs']:>5} {r['workers']:>7} {r['seconds']:>8.1f} {r['docs_per_s']:>7.1f} "
                     f"{r['pages_per_s']:>8.1f} {r['actions']:>8} {r['peak_parent_mb']:>9.0f} {r['peak_total_mb']:>9.0f}")
    by = {(r["docs"], r["workers"]): r for r in rows}
    if scaling:
        lines.append(f"machine: {os.cpu_count()} CPUs; two CPU-bound processes run {min(scaling):.2f}-"
                     f"{max(scaling):.2f}x as fast as one (the ceiling for the speed-up below)")
    for n in sorted({r["docs"] for r in rows}):
        if (n, 1) in by and (n, 2) in by:
            lines.append(f"speed-up 1 -> 2 workers at N={n}: {by[(n, 2)]['docs_per_s'] / by[(n, 1)]['docs_per_s']:.2f}x")
    sizes = sorted({r["docs"] for r in rows})
    if len(sizes) > 1:
        for w in sorted({r["workers"] for r in rows}):
            small, big = by.get((sizes[0], w)), by.get((sizes[-1], w))
            if small and big:
                lines.append(
                    f"peak memory N={big['docs']} vs N={small['docs']} ({w} worker{'s' * (w > 1)}): parent "
                    f"{big['peak_parent_mb'] / small['peak_parent_mb']:.2f}x, parent+workers "
                    f"{big['peak_total_mb'] / small['peak_total_mb']:.2f}x")
    if warm:
        cold = by[(warm["docs"], warm["workers"])]
        lines.append(f"warm re-run (nothing changed), N={warm['docs']}: {warm['seconds']:.2f}s = "
                     f"{100 * warm['seconds'] / cold['seconds']:.1f}% of the cold run ({cold['seconds']:.1f}s)")
    if touched:
        cold = by[(touched["docs"], touched["workers"])]
        lines.append(f"re-run with one file changed, N={touched['docs']}: {touched['seconds']:.2f}s = "
                     f"{100 * touched['seconds'] / cold['seconds']:.1f}% of the cold run")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,200,800", help="comma-separated corpus sizes")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest counts")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--keep", metavar="DIR", help="build the corpus and outputs here, and keep them")
    parser.add_argument("--measure", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        folder, out, workers, cache = args.measure
        print(json.dumps(measure(Path(folder), Path(out), int(workers), cache == "1")))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    worker_counts = [int(w) for w in args.workers.split(",")]
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="plan-ingest-bench-"))
    try:
        started = time.perf_counter()
        corpus = build_corpus(base / "corpus", max(sizes))
        print(f"corpus of {max(sizes)} documents built in {time.perf_counter() - started:.0f}s", file=sys.stderr)
        rows, scaling = [], [cpu_scaling()]
        warm = touched = None
        for n in sizes:
            folder = subset(corpus, n, base / f"n{n}")
            for w in worker_counts:
                out = base / f"out-n{n}-w{w}"
                # the best of --repeat runs: on a shared machine, other work only ever slows a run down
                runs = []
                for attempt in range(args.repeat):
                    shutil.rmtree(out, ignore_errors=True)
                    runs.append(measure_in_subprocess(folder, out, w, cache=False))
                rows.append(min(runs, key=lambda r: r["seconds"]))
                print(f"N={n} workers={w}: {rows[-1]['seconds']:.1f}s", file=sys.stderr)
                if (n, w) == (max(sizes), max(worker_counts)):
                    warm, touched = warm_runs(folder, out, w)
            scaling.append(cpu_scaling())
        print(report(rows, warm, touched, scaling))
        if args.json:
            print(json.dumps({"runs": rows, "warm": warm, "one_changed": touched, "cpu_scaling": scaling}, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
