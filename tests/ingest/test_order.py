"""Deterministic output: rows in input order whatever order the workers finish in, and action ids
settled across the run exactly as normalise.ids.unique_ids settles them over the whole list."""
from __future__ import annotations

import shutil

import pytest

from plan_ingest import ingest
from plan_ingest.ingest.runner import IdLedger
from plan_ingest.normalise import Action
from plan_ingest.normalise.ids import unique_ids

from batch_faults import install, small_plan, write_plan
from conftest import SAMPLES


def _action(action_id: str, source: str) -> Action:
    return Action(action_id=action_id, source_file=source, source_format="txt", document_title="", page=None,
                  table=1, section="", ref="", action="x")


# each case: the action ids of each document, in run order
ID_CASES = [
    ("no clash", [["a", "b"], ["c"], ["d", "e"]]),
    ("a later document repeats an id", [["a", "b"], ["b", "c"]]),
    ("the same plan three times", [["a", "b"], ["a", "b"], ["a", "b"]]),
    ("a clash two documents back", [["a"], ["b"], ["a", "c"]]),
    ("an empty document between", [["a"], [], ["a"]]),
]


@pytest.mark.parametrize("name,ids", ID_CASES, ids=[c[0] for c in ID_CASES])
def test_streamed_ids_equal_unique_ids_over_the_whole_run(name, ids):
    whole = [[_action(i, f"doc{d}") for i in doc] for d, doc in enumerate(ids)]
    streamed = [[_action(i, f"doc{d}") for i in doc] for d, doc in enumerate(ids)]
    unique_ids(whole)
    ledger = IdLedger()
    for actions in streamed:
        ledger.settle(actions)
    assert [[a.action_id for a in doc] for doc in streamed] == [[a.action_id for a in doc] for doc in whole]


def test_rows_follow_input_order_when_workers_finish_out_of_order(tmp_path):
    folder = tmp_path / "plans"
    # the first files are the slowest, so later files finish first
    for n in range(8):
        write_plan(folder / f"plan{n}.txt", small_plan(n), "slow", f"{0.6 - 0.08 * n:.2f}")
    shutil.copy(SAMPLES / "haringey_procurement_action_plan.txt", folder / "z_haringey.txt")
    shutil.copy(SAMPLES / "haringey_procurement_action_plan.txt", folder / "z_haringey_copy.txt")
    pooled = ingest.run([folder], out=tmp_path / "pooled", workers=2, worker_init=install, cache=False)
    finish_order = []
    ingest.run([folder], out=tmp_path / "pooled2", workers=2, worker_init=install, cache=False,
               progress=lambda n, total, info: finish_order.append(info.source_file))
    inline = ingest.run([folder], out=tmp_path / "inline", workers=0, cache=False)
    assert finish_order != sorted(finish_order), "the test needs workers to finish out of order"
    assert [d.source_file for d in pooled.documents] == sorted(d.source_file for d in pooled.documents)
    for name in ("actions.csv", "actions.jsonl", "actions.xlsx"):
        assert (tmp_path / "pooled" / name).read_bytes() == (tmp_path / "inline" / name).read_bytes()
    # the copy's ids were salted, so every id in the run is unique
    assert len({a.action_id for a in inline.actions}) == len(inline.actions)
