"""Benchmark: timeframe phrases per second through normalise.timeframe against dateparser.parse
on the same phrases, in one process; also how often each gets a phrase fully right.

Usage: .venv/bin/python benchmarks/timeframe_bench.py [--rounds 5] [--doc-repeats 10]
Phrases: the table test's CASES (tests/normalise/test_timeframe.py), so the figures and the
expected answers come from one list.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_cases() -> list[tuple]:
    path = ROOT / "tests" / "normalise" / "test_timeframe.py"
    spec = importlib.util.spec_from_file_location("timeframe_cases", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def rate(fn, phrases: list[str], rounds: int, before=None) -> float:
    """Best phrases-per-second over `rounds` passes (best: least disturbed by the machine)."""
    best = 0.0
    for _ in range(rounds):
        if before:
            before()
        t0 = time.perf_counter()
        for p in phrases:
            fn(p)
        best = max(best, len(phrases) / (time.perf_counter() - t0))
    return best


def dateparser_right(parse, case) -> bool:
    """Generous reading of one dateparser answer: the one date it gives is the date that
    matters for the kind (start for during/from/range, end for due; none for no-date kinds)."""
    text, kind, start, end, _ = case
    got = parse(text)
    got = got.date() if got else None
    want = {"due": end, "during": start, "from": start, "range": start,
            "recurring": start}.get(kind)
    want = date.fromisoformat(want) if want else None
    if kind == "during" and start != end:
        return False  # a whole period cannot be one date
    return got == want


def ours_right(timeframe, case) -> bool:
    text, kind, start, end, rec = case
    tf = timeframe.parse_timeframe(text)
    return (tf.kind, tf.start_date, tf.end_date, tf.recurrence) == (
        kind, date.fromisoformat(start) if start else None,
        date.fromisoformat(end) if end else None, rec)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="timed passes; the best is kept")
    ap.add_argument("--doc-repeats", type=int, default=10,
                    help="times each phrase recurs in the document-like stream")
    args = ap.parse_args()
    if str(ROOT) not in sys.path:  # run as a script from anywhere
        sys.path.insert(0, str(ROOT))
    from plan_ingest.normalise import timeframe
    from plan_ingest.normalise.timeframe import _fast_path, clean_text

    cases = load_cases()
    phrases = [c[0] for c in cases]
    stream = phrases * args.doc_repeats
    random.Random(7).shuffle(stream)

    t0 = time.perf_counter()
    import dateparser
    import_s = time.perf_counter() - t0
    configured = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}

    def dp_bare(p):
        return dateparser.parse(p)

    def dp_en(p):
        return dateparser.parse(p, languages=["en"], settings=configured)

    # warm both libraries up once, so one-off loading is not counted
    for p in phrases:
        dp_bare(p)
        dp_en(p)
        timeframe.parse_timeframe(p)

    ours_cold = rate(timeframe.parse_timeframe, phrases, args.rounds, timeframe.clear_cache)
    ours_doc = rate(timeframe.parse_timeframe, stream, args.rounds, timeframe.clear_cache)
    bare = rate(dp_bare, phrases, max(1, args.rounds // 2))
    en = rate(dp_en, phrases, args.rounds)

    right_ours = sum(ours_right(timeframe, c) for c in cases)
    common = [p for p in phrases if _fast_path(p, clean_text(p))]
    ours_fast = rate(timeframe.parse_timeframe, common, args.rounds, timeframe.clear_cache)
    bare_fast = rate(dp_bare, common, max(1, args.rounds // 2))
    right_bare = sum(dateparser_right(dp_bare, c) for c in cases)
    right_en = sum(dateparser_right(dp_en, c) for c in cases)

    n = len(phrases)
    print(f"phrases: {n} distinct (table test); document stream: {len(stream)} "
          f"({args.doc_repeats}x each, shuffled); best of {args.rounds} passes")
    print(f"dateparser import: {import_s * 1000:.0f} ms (first import here; not timed below)")
    rows = [
        ("normalise.timeframe, cold cache", ours_cold),
        ("normalise.timeframe, document stream", ours_doc),
        (f"normalise.timeframe, fast-path forms ({len(common)})", ours_fast),
        (f"dateparser.parse, same {len(common)} forms", bare_fast),
        ("dateparser.parse(text)", bare),
        ("dateparser.parse(text, languages=['en'], DMY)", en),
    ]
    for name, r in rows:
        print(f"  {name:48s} {r:12,.0f} phrases/s")
    print(f"ratio cold / bare dateparser:        {ours_cold / bare:8.1f}x")
    print(f"ratio cold / dateparser en-only:     {ours_cold / en:8.1f}x")
    print(f"ratio document / bare dateparser:    {ours_doc / bare:8.1f}x")
    print(f"ratio document / dateparser en-only: {ours_doc / en:8.1f}x")
    print(f"ratio fast-path forms / bare:        {ours_fast / bare_fast:8.1f}x")
    print(f"fully right: ours {right_ours}/{n}; dateparser bare {right_bare}/{n}, "
          f"en-only {right_en}/{n} (generous: one date checked)")


if __name__ == "__main__":
    main()
