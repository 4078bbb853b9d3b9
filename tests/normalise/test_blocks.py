"""Plans with no table: one block of labelled paragraphs per action (readers/blocks.py), read
through the whole normaliser as a document of paragraphs."""
from __future__ import annotations

import pytest

from plan_ingest.extractors.model import Cell, Paragraph, SourceDocument, Table
from plan_ingest.normalise import normalise
from plan_ingest.normalise.readers.blocks import read_labelled_blocks


def P(text: str, heading: bool = False, page: int = 1) -> Paragraph:
    return Paragraph(text, page=page, heading=heading)


def block(n: int, title: str, lead: str, when: str, measure: list[str], narrative: str = "") -> list[Paragraph]:
    paras = [P(f"Action {n}: {title}"), P(narrative or f"By 2020 we will {title.lower()} across the service.\n"
                                            "The work draws on what partners have already built.")]
    paras.append(P(f"Responsible: {lead}\nMeasurement: {measure[0]}"))
    paras.extend(P(m) for m in measure[1:])
    paras.append(P(f"Timeline: {when}", heading=True))
    return paras


def actions(paragraphs: list[Paragraph]):
    doc = SourceDocument(path="plan.pdf", format="pdf", blocks=paragraphs)
    return normalise(doc).actions


PLAN = ([P("Shared Actions: Government-wide Services", heading=True)]
        + block(1, "Create a Data Council", "Office of Management and Budget", "Completed within 3 months",
                ["Council established (Y/N)", "Governance approach agreed (Y/N)"])
        + block(2, "Develop a Training Catalog", "General Services Administration", "Completed within 6 months",
                ["Number of agencies using the catalog"])
        + [P("Agency Actions", heading=True)]
        + block(3, "Publish a Data Inventory", "Each agency", "Completed within 12 months",
                ["Inventory published (Y/N)"]))


@pytest.mark.parametrize("n, field, value", [
    (0, "ref", "1"),
    (0, "action", "Create a Data Council"),
    (0, "section", "Shared Actions: Government-wide Services"),
    (0, "responsible", "Office of Management and Budget"),
    (0, "timeframe", "Completed within 3 months"),
    # a value carries on over a short paragraph after its own
    (0, "outcome", "Council established (Y/N) Governance approach agreed (Y/N)"),
    (1, "outcome", "Number of agencies using the catalog"),
    (2, "ref", "3"),
    (2, "section", "Agency Actions"),
])
def test_labelled_blocks_become_actions(n, field, value):
    found = actions(PLAN)
    assert len(found) == 3
    assert getattr(found[n], field) == value


def test_narrative_between_heading_and_labels_is_no_field():
    found = actions(PLAN)
    assert not any("partners have already built" in str(v) for a in found for v in vars(a).values())


def test_a_label_printed_once_is_no_field():
    plan = PLAN + [P("Note: the council meets monthly.")]
    found = actions(plan)
    assert len(found) == 3 and not any("note" in k.lower() for a in found for k in a.extra)


def test_one_block_alone_is_no_plan():
    assert read_labelled_blocks(block(1, "Create a Data Council", "OMB", "3 months", ["Done (Y/N)"])) == []


def test_blocks_that_hold_an_action_table_head_it_and_are_no_actions():
    table = Table(cells=[Cell("Action", 0, 0), Cell("Lead", 0, 1), Cell("Run a pilot", 1, 0), Cell("CPD", 1, 1)],
                  n_rows=2, n_cols=2, page=1)
    paras = []
    for n in (1, 2):
        paras += [P(f"Objective {n}: Improve resilience"), P("Implementing offices: PD&R, CPD"), table]
    assert read_labelled_blocks(paras, holding={id(table)}) == []
    assert len(read_labelled_blocks(paras)) == 1


def test_a_block_whose_heading_and_fields_are_boxed_in_small_tables_is_read():
    """A form boxes `Priority Action #2:` and its fields in small tables: their cells are read as
    lines of the block (a table that holds actions of its own is never read this way)."""
    def box(rows):
        cells = [Cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row)]
        return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows), page=1)

    doc = [P("Priority Action #1: Update the vulnerability assessment"),
           P("Agency Lead(s): JMD\nTimeframe: FY 2022")]
    doc += [box([["Priority Action #2: Study fleet electrification"]]),
            box([["Agency Lead(s): Fleet Working Group"], ["Timeframe: FY 2023"]])]
    found = actions(doc)
    assert [(a.ref, a.action, a.responsible, a.timeframe) for a in found] == [
        ("1", "Update the vulnerability assessment", "JMD", "FY 2022"),
        ("2", "Study fleet electrification", "Fleet Working Group", "FY 2023")]
