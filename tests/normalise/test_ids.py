"""action_id: stable across re-runs and re-issues whose status changed; unique within a run."""
from __future__ import annotations

from plan_ingest.normalise.ids import assign_ids, unique_ids
from plan_ingest.normalise.records import Action


def actions(status: str, source: str = "plan.pdf") -> list[Action]:
    rows = [("Housing", "1.1", "Build homes"), ("Housing", "1.2", "Repair homes"), ("Housing", "", "Build homes")]
    out = [Action("", source, "pdf", "Housing Plan", 1, 1, s, r, a, status=status) for s, r, a in rows]
    assign_ids(out, "Housing Plan")
    return out


def test_reissue_with_new_status_keeps_ids():
    assert [a.action_id for a in actions("Not started")] == [a.action_id for a in actions("Complete – green")]


def test_ids_do_not_depend_on_file_name_or_page():
    moved = actions("x", source="renamed/plan-v2.pdf")
    assert [a.action_id for a in moved] == [a.action_id for a in actions("x")]


def test_ids_unique_within_a_document_and_a_run():
    first, second = actions("x"), actions("x", source="copy.docx")
    assert len({a.action_id for a in first}) == 3
    unique_ids([first, second])
    ids = [a.action_id for a in first + second]
    assert len(set(ids)) == 6
    assert [a.action_id for a in first] == [a.action_id for a in actions("x")]  # the first keeps its ids
