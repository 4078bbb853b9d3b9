"""How plan-ingest does on real published plans: the corpus in samples/real, scored against the
expected actions written by hand in expected/real with ../shared/real-plans/score.py.

    .venv/bin/python benchmarks/real.py                # score now, beside each first-contact score
    .venv/bin/python benchmarks/real.py --record       # also record first contact for new documents

Prints, per document: its batch, the first-contact action F1 and field accuracy (the first time
plan-ingest read it, before any code was changed for it; benchmarks/real_first_contact.json), the
same two scores now, and the means: over the corpus, over ../shared/real-plans alone (batch 1),
and the mean first-contact F1 of the latest 10 documents and of the latest batch, the honest
estimate of how plan-ingest does on a plan it has never seen.

`--record` adds the current scores of documents the record does not hold yet. Run it when a
document joins the corpus, before changing any code for it; an entry is never updated after.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "samples" / "real"
GOLD = ROOT / "expected" / "real"
RECORD = Path(__file__).resolve().with_name("real_first_contact.json")
SCORER = ROOT.parent / "shared" / "real-plans" / "score.py"


def score(out: Path, gold: Path) -> tuple[dict[str, dict], dict]:
    proc = subprocess.run([sys.executable, str(SCORER), "--pred", str(out), "--gold", str(gold), "--json"],
                          capture_output=True, text=True, check=True)
    data = json.loads(proc.stdout)
    return {d["document"]: d for d in data["documents"]}, data


def mean(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="keep the run's output here (default: a temporary folder)")
    parser.add_argument("--record", action="store_true",
                        help="record first-contact scores for documents the record does not hold yet")
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    if not SCORER.exists():
        print(f"real.py: the scorer {SCORER} is missing", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    import plan_ingest

    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch) / "out"
        result = plan_ingest.run(CORPUS, out=out, cache=False, workers=args.workers, collect=False)
        now, overall = score(out, GOLD)
        record = json.loads(RECORD.read_text(encoding="utf-8"))
        shared_gold = Path(scratch) / "gold-batch1"
        shared_gold.mkdir()
        for d in record["documents"]:
            if d["batch"] == 1:
                (shared_gold / f"{d['document']}.json").write_bytes((GOLD / f"{d['document']}.json").read_bytes())
        _, shared = score(out, shared_gold)
    first = {d["document"]: d for d in record["documents"]}
    if args.record:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True).stdout.strip()
        batch = max((d["batch"] for d in record["documents"]), default=0) + 1
        for name, d in sorted(now.items()):
            if name not in first:
                entry = {"document": name, "batch": batch, "measured": date.today().isoformat(), "commit": commit,
                         "gold": d["gold"], "pred": d["pred"], "matched": d["matched"], "f1": round(d["f1"], 4),
                         "field_acc": None if d["field_acc"] is None else round(d["field_acc"], 4)}
                record["documents"].append(entry)
                first[name] = entry
                print(f"recorded first contact: {name} F1 {entry['f1']:.3f}")
        RECORD.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    print(f"{'document':62} batch  first F1  fields   now F1  fields  gold")
    for name in sorted(now, key=lambda n: (first.get(n, {}).get("batch", 99), n)):
        d, f = now[name], first.get(name, {})
        print(f"{name[:62]:62} {f.get('batch', '?'):>5} {fmt(f.get('f1'))}  {fmt(f.get('field_acc'))}  "
              f"{fmt(d['f1'])}  {fmt(d['field_acc'])}  {d['gold']:4}")
    docs = sorted(now)
    batch1 = [n for n in docs if first.get(n, {}).get("batch") == 1]
    order = [d["document"] for d in record["documents"] if d["document"] in now]  # in the order they joined
    latest = order[-10:]
    last_batch = max(d["batch"] for d in record["documents"])
    newest = [d["document"] for d in record["documents"] if d["batch"] == last_batch]
    o = overall["overall"]
    print()
    print(f"corpus: {len(docs)} documents ({sum(1 for n in docs if now[n]['gold'] == 0)} controls), "
          f"{result.tally.actions} actions predicted")
    print(f"  now:   mean action F1 {mean([now[n]['f1'] for n in docs]):.3f}, mean field accuracy "
          f"{mean([now[n]['field_acc'] for n in docs]):.3f}; over all actions (micro) F1 {o['f1']:.3f}, "
          f"field accuracy {o['field_acc']:.3f}")
    s = shared["overall"]
    print(f"  ../shared/real-plans (batch 1, {len(batch1)}): F1 {s['f1']:.3f}, field accuracy {s['field_acc']:.3f} "
          f"(score.py's own figures); mean F1 {mean([now[n]['f1'] for n in batch1]):.3f}")
    print(f"  first contact, all: mean F1 {mean([first[n]['f1'] for n in docs if n in first]):.3f}")
    print(f"  first contact, latest 10 documents: mean F1 {mean([first[n]['f1'] for n in latest]):.3f}, "
          f"mean field accuracy {fmt(mean([first[n]['field_acc'] for n in latest])).strip()}")
    print(f"  first contact, latest batch ({last_batch}, {len(newest)} documents): mean F1 "
          f"{mean([first[n]['f1'] for n in newest]):.3f}")
    controls = [n for n in docs if now[n]["gold"] == 0 and now[n]["pred"]]
    print(f"  controls that gave actions: {', '.join(controls) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
