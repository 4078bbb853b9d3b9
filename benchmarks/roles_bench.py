"""Role-splitter benchmark: role-set accuracy on tests/normalise/roles_cases.yaml, cells per second.

Run: .venv/bin/python benchmarks/roles_bench.py [--repeat N] [--show-misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "normalise" / "roles_cases.yaml"


def main() -> None:
    sys.path.insert(0, str(ROOT))  # run from a checkout, installed or not
    from plan_ingest.normalise.roles import role_pipeline, roles_in_cell, split_roles

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=20, help="passes over the table for the timing"
    )
    parser.add_argument(
        "--show-misses", action="store_true", help="print every cell whose roles differ"
    )
    args = parser.parse_args()
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]

    started = time.perf_counter()
    role_pipeline()
    load_seconds = time.perf_counter() - started

    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    exact = set_right = 0
    true_pos = predicted = wanted = 0
    for case in cases:
        got, want = list(roles_in_cell(case["cell"])), case["roles"]
        exact += got == want
        right = set(got) == set(want)
        set_right += right
        by_family[case["family"]][0] += right
        by_family[case["family"]][1] += 1
        true_pos += len(set(got) & set(want))
        predicted += len(set(got))
        wanted += len(set(want))
        if args.show_misses and not right:
            print(f"MISS {case['cell']!r}\n     got  {got}\n     want {want}")

    cells = [c["cell"] for c in cases]
    started = time.perf_counter()
    for _ in range(args.repeat):
        for cell in cells:
            roles_in_cell(cell)
    uncached = len(cells) * args.repeat / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(args.repeat):
        for cell in cells:
            split_roles(cell)
    cached = len(cells) * args.repeat / (time.perf_counter() - started)

    n = len(cases)
    print(f"cases                 {n}")
    print(f"role-set accuracy     {set_right / n:.1%}  ({set_right}/{n} cells right)")
    print(f"exact (order too)     {exact / n:.1%}")
    print(f"role precision        {true_pos / max(predicted, 1):.1%}")
    print(f"role recall           {true_pos / max(wanted, 1):.1%}")
    for family, (right, total) in sorted(by_family.items()):
        print(f"  {family:<10}          {right / total:.1%}  ({right}/{total})")
    print(f"pipeline load         {load_seconds:.2f} s (once per process)")
    print(f"cells per second      {uncached:,.0f} uncached, {cached:,.0f} with the per-text cache")


if __name__ == "__main__":
    main()
