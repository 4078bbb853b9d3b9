"""Scanned plans: accuracy and speed of OCR on the scanned samples (samples/scanned, made by
samplegen/make_scanned_samples.py), all measured in one run.

    .venv/bin/python benchmarks/ocr.py [--repeat N]
    .venv/bin/python benchmarks/ocr.py --real [--workers N]

For each scanned sample: action F1 and field accuracy against the same expected actions as the
text PDF it was scanned from (expected/*.yaml), scored by ../shared/real-plans/score.py; the
seconds each scanned page takes; and the mixed document (two scanned table pages among text
pages) against its text-only twin. Each file is read on its own, in this process, from a cold
cache, `--repeat` times (the best time is kept: this machine is shared and noisy).

`--real` measures how OCR generalises to the layouts real publishers print: every PDF of the
real corpus (samples/real) is scanned the way the samples were (rendered at 200 dpi, turned a
little, speckled, no text layer), and the scanned copies and the originals are both scored
against the hand-written expected actions (expected/real). The gap is what OCR costs.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCANNED = ROOT / "samples" / "scanned"
SCORER = ROOT.parent / "shared" / "real-plans" / "score.py"
# scanned sample -> (its text twin, expected actions)
CASES = {
    "halton_delivery_plan_scanned.pdf": ("halton_delivery_plan.pdf", "halton_delivery_plan.yaml"),
    "haringey_procurement_action_plan_scanned.pdf": ("haringey_procurement_action_plan.pdf",
                                                     "haringey_procurement_action_plan.yaml"),
    "haringey_procurement_action_plan_mixed.pdf": ("haringey_procurement_action_plan.pdf",
                                                   "haringey_procurement_action_plan.yaml"),
}


def gold_for(name: str, expected: Path, folder: Path) -> Path:
    """The expected YAML as a gold file of the real-plans scorer, under the scanned file's name."""
    folder.mkdir(parents=True, exist_ok=True)
    actions = yaml.safe_load(expected.read_text(encoding="utf-8"))
    (folder / f"{name}.json").write_text(json.dumps({"file": name, "actions": actions}), encoding="utf-8")
    return folder


def timed_run(path: Path, out: Path, repeat: int) -> float:
    import plan_ingest

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        plan_ingest.run([path], out=out, cache=False, workers=0, formats="csv", progress=False)
        best = min(best, time.perf_counter() - start)
    return best


def score(out: Path, gold: Path) -> dict:
    proc = subprocess.run([sys.executable, str(SCORER), "--pred", str(out), "--gold", str(gold), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def pages_of(path: Path) -> tuple[int, int]:
    """(pages, scanned pages) of a PDF."""
    import pypdfium2 as pdfium

    from plan_ingest.extractors.ocr import is_scan

    pdf = pdfium.PdfDocument(str(path))
    try:
        scans = 0
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            scans += is_scan(page, textpage.count_chars())
            textpage.close()
            page.close()
        return len(pdf), scans
    finally:
        pdf.close()


def real_corpus(workers: int | None) -> int:
    """The real corpus's PDFs, scanned, against the originals: per document F1 and field accuracy."""
    import plan_ingest

    sys.path.insert(0, str(ROOT / "samplegen"))
    from make_scanned_samples import scanned_copy

    corpus = ROOT / "samples" / "real"
    gold_all = ROOT / "expected" / "real"
    pdfs = sorted(corpus.glob("*.pdf"))
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        scans, gold = scratch / "scans", scratch / "gold"
        scans.mkdir()
        gold.mkdir()
        for k, path in enumerate(pdfs):
            pages = pages_of(path)[0]
            turns = [(-1) ** (k + n) * (0.3 + 0.2 * ((k + n) % 4)) for n in range(pages)]
            (scans / path.name).write_bytes(scanned_copy(path, turns, seed=k))
            (gold / f"{path.name}.json").write_bytes((gold_all / f"{path.name}.json").read_bytes())
        timings = {}
        for name, folder in (("text", corpus), ("scanned", scans)):
            start = time.perf_counter()
            plan_ingest.run(sorted(folder.glob("*.pdf")), out=scratch / name, cache=False, workers=workers,
                            formats="csv", progress=False)
            timings[name] = time.perf_counter() - start
        text, scanned = score(scratch / "text", gold), score(scratch / "scanned", gold)
    by_text = {d["document"]: d for d in text["documents"]}
    print(f"{'document':64} {'gold':>4}  {'text F1':>7} {'fields':>6}  {'scan F1':>7} {'fields':>6}")
    for d in scanned["documents"]:
        t = by_text[d["document"]]
        print(f"{d['document'][:64]:64} {d['gold']:4d}  {t['f1']:7.3f} {t['field_acc'] or 0:6.3f}  "
              f"{d['f1']:7.3f} {d['field_acc'] or 0:6.3f}")
    for name, result in (("text", text), ("scanned", scanned)):
        o = result["overall"]
        print(f"{name:8} micro F1 {o['f1']:.3f}  field accuracy {o['field_acc']:.3f}  "
              f"({timings[name]:.0f} s for {len(pdfs)} PDFs)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="read each file this many times, keep the best")
    parser.add_argument("--real", action="store_true", help="scanned copies of the real corpus's PDFs")
    parser.add_argument("--workers", type=int, default=None, help="with --real: worker processes")
    args = parser.parse_args()
    from plan_ingest.extractors.ocr import ocr_unavailable, tesseract_version

    if ocr_unavailable():
        print(f"ocr.py: {ocr_unavailable()}", file=sys.stderr)
        return 2
    if args.real:
        return real_corpus(args.workers)
    print(f"Tesseract {tesseract_version()}; each file read alone, in this process, best of {args.repeat}\n")
    print(f"{'document':48} {'pages':>5} {'scans':>5} {'F1':>6} {'fields':>6} {'seconds':>8} {'s/scan':>7}")
    twins: dict[str, float] = {}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        for name, (twin, expected) in CASES.items():
            path = SCANNED / name
            out = scratch / name
            seconds[name] = timed_run(path, out, args.repeat)
            result = score(out, gold_for(name, ROOT / "expected" / expected, scratch / f"gold-{name}"))
            doc = result["documents"][0]
            pages, scans = pages_of(path)
            per_scan = seconds[name] / scans if scans else float("nan")
            print(f"{name:48} {pages:5d} {scans:5d} {doc['f1']:6.3f} {doc['field_acc'] or 0:6.3f} "
                  f"{seconds[name]:8.1f} {per_scan:7.2f}")
            if twin not in twins:
                twins[twin] = timed_run(ROOT / "samples" / twin, scratch / f"twin-{twin}", args.repeat)
        mixed = "haringey_procurement_action_plan_mixed.pdf"
        twin = CASES[mixed][0]
        print(f"\nmixed document {seconds[mixed]:.1f} s against its text-only twin {twins[twin]:.1f} s: "
              f"{seconds[mixed] / twins[twin]:.1f}x")
        for twin_name, t in twins.items():
            print(f"text twin {twin_name}: {t:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
