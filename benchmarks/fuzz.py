"""Fuzzing: mutants of the samples (bytes flipped, files cut short, XML inside zip packages
edited) run through the batch in chunks, bounded by the per-file time and memory limits.

    .venv/bin/python benchmarks/fuzz.py --mutants 10000

Prints outcomes by mutation kind and the counts that must stay zero: uncaught exceptions (a
chunk's run raising), hangs past the timeout, workers lost, and internal-error rows. Each such
mutant is saved under tests/fixtures/fuzz/ to become a test.
"""
from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hostile"))
SAVED = ROOT / "tests" / "fixtures" / "fuzz"  # each becomes a case of tests/hostile/test_fuzz.py


def main() -> int:
    from mutate import write_mutants

    import plan_ingest

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=10_000)
    parser.add_argument("--chunk", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    samples = sorted(p for p in (ROOT / "samples").iterdir() if p.is_file())
    outcomes: Counter = Counter()
    problems: Counter = Counter()
    started = time.perf_counter()
    done = 0
    with tempfile.TemporaryDirectory() as scratch:
        for chunk, first in enumerate(range(0, args.mutants, args.chunk)):
            n = min(args.chunk, args.mutants - first)
            folder = Path(scratch) / f"chunk{chunk}"
            kinds = write_mutants(samples, folder, n, seed=args.seed * 1000 + chunk)
            out = Path(scratch) / f"out{chunk}"
            try:
                plan_ingest.run(folder, out=out, workers=args.workers, timeout=args.timeout, memory_mb=1024,
                                cache=False, collect=False)
            except Exception as exc:  # noqa: BLE001 - the thing being counted
                problems["uncaught exception"] += 1
                _save(folder, f"uncaught-{chunk}", exc)
                continue
            with open(out / "documents.csv", encoding="utf-8-sig", newline="") as fh:
                for row in csv.DictReader(fh):
                    kind = kinds.get(row["source_file"], "?")
                    outcomes[(kind, row["status"])] += 1
                    error = row["error"]
                    for label, marker in (("internal error", "internal error"), ("hang", "timed out"),
                                          ("worker lost", "worker")):
                        if marker in error:
                            problems[label] += 1
                            _save(folder / row["source_file"], label.replace(" ", "-"), error)
            done += n
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
            print(f"{done:6d} mutants, {time.perf_counter() - started:6.0f} s", file=sys.stderr)
    print(f"mutants: {done} in {time.perf_counter() - started:.0f} s")
    for (kind, status), count in sorted(outcomes.items()):
        print(f"  {kind:9} {status:12} {count:6d}")
    for label in ("uncaught exception", "hang", "worker lost", "internal error"):
        print(f"{label}: {problems[label]}")
    return 1 if sum(problems.values()) else 0


def _save(path: Path, label: str, why) -> None:
    SAVED.mkdir(parents=True, exist_ok=True)
    target = SAVED / f"{label}-{path.name}"
    if path.is_dir():
        shutil.copytree(path, target, dirs_exist_ok=True)
    else:
        shutil.copy(path, target)
    (SAVED / f"{target.name}.why.txt").write_text(str(why), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
