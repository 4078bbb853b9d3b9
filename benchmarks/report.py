"""The review report and the tracking database, timed in one run.

    .venv/bin/python benchmarks/report.py

1. The PDF samples through `plan-ingest run` (no cache), then the review report for that run,
   page images included: the report's time as a share of the run's (aim: under 25%), and again
   for a report on the same run whose images already exist.
2. 10,000 actions (100 documents of 100) loaded into a new SQLite tracking database, then the
   same run loaded again (nothing to write).
"""
from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    import plan_ingest
    from plan_ingest.normalise import Action, DocumentInfo
    from plan_ingest.output.database import TrackingDatabase

    pdfs = sorted((ROOT / "samples").glob("*.pdf"))
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        started = time.perf_counter()
        result = plan_ingest.run(pdfs, out=out, cache=False, collect=False)
        run_seconds = time.perf_counter() - started
        started = time.perf_counter()
        plan_ingest.report(out)
        report_seconds = time.perf_counter() - started
        started = time.perf_counter()
        plan_ingest.report(out)
        again_seconds = time.perf_counter() - started
        pages = len(list((out / "report").rglob("*.jpg")))
        print(f"PDF samples: {len(pdfs)} files, {result.tally.actions} actions, run {run_seconds:.2f} s")
        print(f"report: {report_seconds:.2f} s ({pages} page images) = {100 * report_seconds / run_seconds:.0f}% "
              f"of the run; again with its images made: {again_seconds:.2f} s "
              f"= {100 * again_seconds / run_seconds:.0f}%")

        template = Action(action_id="", source_file="", source_format="pdf", document_title="", page=1, table=1,
                          section="Housing", ref="1.1", action="Review the allocations policy with partners",
                          responsible="Head of Housing", responsible_roles=["Head of Housing"],
                          responsible_roles_expanded=["Head of Housing"], timeframe="By March 2025",
                          timeframe_kind="due", status="On track", extra={"Cost": "£10,000"})
        documents, actions = [], []
        for d in range(100):
            doc_id = f"{d:016x}"
            documents.append(DocumentInfo(source_file=f"plan{d}.pdf", source_format="pdf", status="ok",
                                          document_title=f"Plan {d}", actions=100, document_id=doc_id))
            actions += [replace(template, action_id=f"{d:04d}{a:04d}", source_file=f"plan{d}.pdf", ref=f"{a}",
                                action=f"{template.action} {d}-{a}", document_title=f"Plan {d}", document_id=doc_id,
                                responsible_roles=list(template.responsible_roles), extra=dict(template.extra))
                        for a in range(100)]
        db = TrackingDatabase(str(Path(scratch) / "plans.db"))
        started = time.perf_counter()
        changes = db.upsert("run-1", documents, actions)
        load_seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = db.upsert("run-2", documents, actions)
        reload_seconds = time.perf_counter() - started
        db.close()
        print(f"SQLite: {len(actions)} actions loaded in {load_seconds:.2f} s ({changes} changes recorded, "
              f"{len(actions) / load_seconds:.0f} actions/s); the same run again: {reload_seconds:.2f} s, "
              f"{again} changes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
