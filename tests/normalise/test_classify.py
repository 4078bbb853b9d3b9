"""Only action tables give actions; every table carries a verdict with a reason."""
from __future__ import annotations

import pytest

from plan_ingest.extractors import extract
from plan_ingest.normalise.classify import classify
from plan_ingest.normalise.columns import layout_of
from plan_ingest.normalise.grouping import group_tables
from plan_ingest.normalise.readers import read_grids

from conftest import SAMPLES

CASES = [
    # (header, body, is_actions, kind)
    (["Action", "Lead", "By when"], [["Build homes", "Head of Housing", "May 2011"]], True, "actions"),
    (["Section", "Page"], [["Introduction", "2"], ["Action plan", "5"], ["Glossary", "9"]], False, "contents"),
    (["Term", "Meaning"], [["CPU", "Corporate Procurement Unit"], ["SB", "Stream Board"]], False, "glossary"),
    (["Item", "2015/16 £", "2016/17 £"], [["Training", "12,000", "10,000"], ["Total", "37,000", "15,000"]],
     False, "budget"),
    (["Risk", "Likelihood", "Impact", "Mitigation"], [["Low take-up", "Medium", "High", "Promote it"]],
     False, "risk register"),
    (["Risk", "Action", "Owner", "Due date"], [["Low take-up", "Promote sessions", "Head of Libraries", "May 2015"]],
     True, "actions"),
    (["Indicator", "Baseline", "2012", "2013"], [["Repeat calls", "1,200", "1,100", "950"]], False, "statistics"),
]


@pytest.mark.parametrize("header, body, is_actions, kind", CASES)
def test_classify(header, body, is_actions, kind):
    from plan_ingest.extractors.text import lines_to_blocks

    blocks = lines_to_blocks(["\t".join(header)] + ["\t".join(r) for r in body])
    layout = layout_of(read_grids(group_tables(blocks))[0])
    verdict = classify(layout)
    assert (verdict.is_actions, verdict.kind) == (is_actions, kind), verdict.reason
    assert verdict.reason


def test_strategy_appendices_are_left_out_with_reasons():
    from plan_ingest.normalise import normalise

    result = normalise(extract(SAMPLES / "council_strategy_with_appendices.docx"))
    kinds = [v.kind for _, v in result.verdicts]
    assert kinds == ["contents", "budget", "risk register", "actions", "glossary"]
    assert {a.table for a in result.actions} == {4}
