"""Accuracy of `plan-ingest tables` on the peer-tables benchmark, overall and by table type.

    .venv/bin/python benchmarks/pdf_accuracy.py [--peer ../shared/benchmarks/peer-tables] [--out DIR]

Runs the benchmark's own scorer (score.py --predict-with-cmd) on our command, then groups the
per-table cell F1 by the type tags in the manifest's notes: ruled or borderless, rules one way only,
multi-line prose cells, section rows inside the body, rotated or landscape pages, multi-page tables.
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


def breakdown(peer: Path, scores: dict[str, float]) -> list[tuple[str, int, float]]:
    with open(peer / "manifest.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for name, test in TYPES.items():
        values = [scores.get(r["id"], 0.0) for r in rows if test(r["flavor"], r["notes"])]
        if values:
            out.append((name, len(values), sum(values) / len(values)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--peer", type=Path, default=DEFAULT_PEER)
    parser.add_argument("--out", type=Path, help="keep the predicted CSVs here (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="plan-ingest-peer-") as tmp:
        scores, summary = run_scorer(args.peer, args.out or Path(tmp))
    for line in summary:
        print(line)
    print(f"{'table type':34s} {'n':>3s}  mean cell F1")
    for name, n, f1 in breakdown(args.peer, scores):
        print(f"{name:34s} {n:3d}  {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
