"""Accuracy of `plan-ingest tables` on the peer-tables benchmark, overall and by table type.

    .venv/bin/python benchmarks/pdf_accuracy.py [--peer ../shared/benchmarks/peer-tables] [--out DIR]
        [--baseline benchmarks/pdf_accuracy_baseline.csv] [--save FILE] [--confidence]

Runs the benchmark's own scorer (score.py --predict-with-cmd) on our command, then groups the
per-table cell F1 by the type tags in the manifest's notes: ruled or borderless, rules one way only,
monospaced text, multi-line prose cells, section rows inside the body, rotated or landscape pages,
multi-page tables.

With --baseline (per-table scores saved earlier with --save), each type also says how many of its
tables changed and, of those, how many improved and how many got worse: a gain on the mean can hide
losses on single tables, and the blind set judges whether a change generalises, not the mean.

With --confidence, the tables are grouped by the confidence the extractor gave the table the scorer
kept, to show whether that figure tells good tables from bad ones.
"""
from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PEER = ROOT.parent / "shared" / "benchmarks" / "peer-tables"
COMMAND = f"{sys.executable} -m plan_ingest.ingest.cli tables {{pdf}} --pages {{pages}} -o {{outdir}}"

# type -> test on a manifest row (flavor, notes)
TYPES = {
    "ruled (lattice)": lambda flavor, notes: flavor == "lattice",
    "not fully ruled (stream)": lambda flavor, notes: flavor == "stream",
    "borderless, no rules at all": lambda flavor, notes: "borderless" in notes,
    "column rules only": lambda flavor, notes: "column rules only" in notes,
    "monospaced text": lambda flavor, notes: "monospaced" in notes,
    "row rules only": lambda flavor, notes: "horizontal rules only" in notes,
    "multi-line or text-heavy cells": lambda flavor, notes: "multi-line" in notes or "text-heavy" in notes,
    "section rows inside the body": lambda flavor, notes: "section" in notes,
    "spanning cells": lambda flavor, notes: "spanning" in notes or "span" in notes,
    "rotated or landscape page": lambda flavor, notes: bool(re.search(r"rotat|landscape|/Rotate", notes)),
    "several tables on the page": lambda flavor, notes: bool(re.search(r"\d tables on page", notes)),
    "part of a multi-page table": lambda flavor, notes: "multi-page" in notes,
}
_LINE = re.compile(r"^(\S+)\s+f1=([\d.]+) p=([\d.]+) r=([\d.]+)")


def run_scorer(peer: Path, out: Path) -> tuple[dict[str, float], list[str]]:
    proc = subprocess.run(
        [sys.executable, str(peer / "score.py"), "--predict-with-cmd", COMMAND, str(out)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    scores = {}
    for line in proc.stdout.splitlines():
        match = _LINE.match(line)
        if match:
            scores[match[1]] = float(match[2])
    summary = [line for line in proc.stdout.splitlines() if line.startswith(("tool=", "by flavor", "tables="))]
    return scores, summary


# a table "changed" when its F1 moved by more than this (the scorer prints three decimals)
CHANGED = 0.0015


def breakdown(peer: Path, scores: dict[str, float], baseline: dict[str, float] | None = None) -> list[tuple]:
    """Per type: (name, n, mean F1, baseline mean F1, improved, worse); the last three are None
    without a baseline."""
    with open(peer / "manifest.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for name, test in TYPES.items():
        ids = [r["id"] for r in rows if test(r["flavor"], r["notes"])]
        if not ids:
            continue
        values = [scores.get(i, 0.0) for i in ids]
        before = better = worse = None
        if baseline is not None:
            before = sum(baseline.get(i, 0.0) for i in ids) / len(ids)
            deltas = [scores.get(i, 0.0) - baseline.get(i, 0.0) for i in ids]
            better = sum(d > CHANGED for d in deltas)
            worse = sum(d < -CHANGED for d in deltas)
        out.append((name, len(ids), sum(values) / len(values), before, better, worse))
    return out


def confidences(peer: Path, out: Path) -> dict[str, float]:
    """id -> the extractor's confidence in the table the scorer kept for it (matched by content)."""
    import plan_ingest

    with open(peer / "manifest.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    found: dict[tuple[str, str], list] = {}
    result = {}
    for row in rows:
        key = (row["pdf"], row["page"])
        if key not in found:
            found[key] = plan_ingest.tables(peer / row["pdf"], pages=row["page"])
        kept = out / f"{row['id']}.csv"
        if not kept.exists():
            continue
        with open(kept, newline="", encoding="utf-8-sig") as fh:
            grid = _squashed(list(csv.reader(fh)))
        for table in found[key]:
            if _squashed(table.grid()) == grid and table.confidence is not None:
                result[row["id"]] = table.confidence
    return result


def _squashed(grid: list[list[str]]) -> list[str]:
    return ["".join("".join(cell.split()) for cell in row) for row in grid if any(c.strip() for c in row)]


def confidence_bands(scores: dict[str, float], conf: dict[str, float]) -> list[tuple[str, int, float]]:
    bands = [("0.90 and over", 0.9, 2.0), ("0.75 to 0.90", 0.75, 0.9), ("under 0.75", -1.0, 0.75)]
    out = []
    for name, lo, hi in bands:
        values = [scores[k] for k, c in conf.items() if lo <= c < hi and k in scores]
        out.append((name, len(values), sum(values) / len(values) if values else float("nan")))
    return out


def load_scores(path: Path) -> dict[str, float]:
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["id"]: float(row["f1"]) for row in csv.DictReader(fh)}


def save_scores(path: Path, scores: dict[str, float]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "f1"])
        for key in sorted(scores):
            writer.writerow([key, f"{scores[key]:.3f}"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--peer", type=Path, default=DEFAULT_PEER)
    parser.add_argument("--out", type=Path, help="keep the predicted CSVs here (default: a temporary folder)")
    parser.add_argument("--baseline", type=Path, help="per-table scores from an earlier --save, to compare with")
    parser.add_argument("--save", type=Path, help="write the per-table scores here (id,f1)")
    parser.add_argument("--confidence", action="store_true", help="mean F1 by the confidence the extractor gave each table")
    args = parser.parse_args(argv)
    conf: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="plan-ingest-peer-") as tmp:
        scores, summary = run_scorer(args.peer, args.out or Path(tmp))
        if args.confidence:
            conf = confidences(args.peer, args.out or Path(tmp))
    if args.save:
        save_scores(args.save, scores)
    baseline = load_scores(args.baseline) if args.baseline else None
    for line in summary:
        print(line)
    if baseline is None:
        print(f"{'table type':34s} {'n':>3s}  mean cell F1")
    else:
        print(f"{'table type':34s} {'n':>3s}  mean cell F1  baseline  improved  worse")
    for name, n, f1, before, better, worse in breakdown(args.peer, scores, baseline):
        line = f"{name:34s} {n:3d}  {f1:12.3f}"
        if baseline is not None:
            line += f"  {before:8.3f}  {better:8d}  {worse:5d}"
        print(line)
    if args.confidence:
        print(f"{'extractor confidence':34s} {'n':>3s}  mean cell F1   ({len(conf)} of {len(scores)} kept tables matched)")
        for name, n, f1 in confidence_bands(scores, conf):
            print(f"{name:34s} {n:3d}  {f1:12.3f}")
    if baseline is not None:
        for key in sorted(scores, key=lambda k: scores[k] - baseline.get(k, 0.0)):
            delta = scores[key] - baseline.get(key, 0.0)
            if abs(delta) > CHANGED:
                print(f"  {delta:+.3f}  {key}  {baseline.get(key, 0.0):.3f} -> {scores[key]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
