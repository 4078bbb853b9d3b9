"""Reading table structure: sections, side labels, lead-ins, page continuations, headers apart
(grouping, readers, columns and rows together, as the pipeline chains them)."""
from __future__ import annotations

import pytest

from plan_ingest.extractors.model import Cell, Paragraph, Table
from plan_ingest.extractors.text import lines_to_blocks
from plan_ingest.normalise.columns import layout_of
from plan_ingest.normalise.grouping import group_tables
from plan_ingest.normalise.readers import read_grids
from plan_ingest.normalise.rows import read_rows


def tables(blocks):
    """Each table of a document as the row reader reads it: a list of records per table."""
    return [read_rows(layout_of(grid)) for grid in read_grids(group_tables(blocks))]


def rows_of(blocks):
    out = []
    for records in tables(blocks):
        for rec in records:
            out.append((rec.table, rec.section, rec.values.get("ref", ""), rec.values.get("action", "")))
    return out


def grid_table(rows, page=None, spans=()):
    """A table from a list of rows; `spans` = ((row, col, rowspan, colspan), ...) for merged cells."""
    covered = set()
    cells = []
    span_at = {(r, c): (rs, cs) for r, c, rs, cs in spans}
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = span_at.get((r, c), (1, 1))
            for dr in range(rs):
                for dc in range(cs):
                    covered.add((r + dr, c + dc))
            cells.append(Cell(text=text, row=r, col=c, rowspan=rs, colspan=cs, page=page))
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows), page=page)


def test_theme_rows_give_sections_and_carry_across_pages():
    header = ["Ref", "Action", "Lead"]
    p1 = grid_table([header, ["Housing", "", ""], ["1.1", "Build homes", "Head of Housing"]], page=1,
                    spans=[(1, 0, 1, 3)])
    p2 = grid_table([header, ["1.2", "Repair homes", "Head of Housing"]], page=2)
    assert rows_of([p1, p2]) == [(1, "Housing", "1.1", "Build homes"), (1, "Housing", "1.2", "Repair homes")]


def test_row_continued_on_next_page_is_merged():
    header = ["Ref", "Action", "Lead"]
    p1 = grid_table([header, ["2.1", "First part of the action", "Head of X"]], page=1)
    p2 = grid_table([header, ["", "second part.", ""], ["2.2", "Next", "Head of Y"]], page=2)
    got = rows_of([p1, p2])
    assert [g[2] for g in got] == ["2.1", "2.2"]
    assert got[0][3] == "First part of the action\nsecond part."


def test_lead_in_prefixes_list_items_only():
    blocks = lines_to_blocks([
        "Action\tTimeframe",
        "Presentations to:\t",
        "Cabinet\tJuly 2010",
        "Heads of Service\tAugust 2010",
        "Write the annual report\tMarch 2011",
    ])
    actions = [r[3] for r in rows_of(blocks)]
    assert actions == ["Presentations to: Cabinet", "Presentations to: Heads of Service", "Write the annual report"]


SIDE_LABEL_PIECES = [
    # pieces down the side column, top to bottom, and the labels they make
    (["", "ess", "Proc", ""], ["Process"] * 4),
    (["ing", "Hous", "", "lth", "Hea", "", ""], ["Housing"] * 3 + ["Health"] * 4),
    (["", "ship", "tner", "Par", "", ""], ["Partnership"] * 6),
    (["People", "", "Place", ""], ["People", "People", "Place", "Place"]),
]


@pytest.mark.parametrize("pieces, sections", SIDE_LABEL_PIECES)
def test_side_label_pieces_from_a_text_export_rejoin(pieces, sections):
    lines = ["\tAction\tTimeframe"] + [f"{p}\tReview item {n}\tMay 2011" for n, p in enumerate(pieces)]
    assert [r[1] for r in rows_of(lines_to_blocks(lines))] == sections


def test_merged_side_label_names_each_section():
    table = grid_table(
        [["", "Action", "When"], ["People", "Train staff", "2011"], ["", "Hire staff", "2012"],
         ["Place", "Open a park", "2013"]],
        spans=[(1, 0, 2, 1)],
    )
    assert [(r[1], r[3]) for r in rows_of([table])] == [
        ("People", "Train staff"), ("People", "Hire staff"), ("Place", "Open a park")]


def test_header_printed_as_text_maps_the_body():
    blocks = [Paragraph("Action Timeframe Outcome"), *lines_to_blocks(["Do it\tMay 2011\tDone well"])]
    rec = tables(blocks)[0][0]
    assert rec.values == {"action": "Do it", "timeframe": "May 2011", "outcome": "Done well"}


def test_heading_above_table_is_its_section():
    blocks = [Paragraph("Theme 2: Safer Streets", heading=True),
              *lines_to_blocks(["Action\tLead", "Patrol more\tChief Inspector"])]
    assert rows_of(blocks)[0][1] == "Theme 2: Safer Streets"


def test_unrecognised_columns_go_to_extra_and_guesses_are_flagged():
    blocks = lines_to_blocks(["Action\tBudget\tWhen", "Build it\t£10k\tMay 2011"])
    rec = tables(blocks)[0][0]
    assert rec.extra == {"Budget": "£10k"} and rec.values["timeframe"] == "May 2011"
    headless = lines_to_blocks(["1.1\tBuild a new library for the town\tMay 2011", "1.2\tOpen it to everyone\tJune 2011"])
    rec = tables(headless)[0][0]
    assert rec.values["ref"] == "1.1" and rec.values["timeframe"] == "May 2011"
    assert "guessed header: ref" in rec.review


def test_separate_tables_with_prose_between_stay_apart():
    blocks = [*lines_to_blocks(["Action\tLead", "A\tHead of X"]), Paragraph("This second part of the plan covers the next year of delivery."),
              *lines_to_blocks(["Action\tLead", "B\tHead of Y"])]
    assert [r[0] for r in rows_of(blocks)] == [1, 2]


def test_theme_column_gives_each_row_its_section():
    table = grid_table(
        [["Action", "Theme", "Lead"], ["Build homes", "Housing", "Head of Housing"],
         ["Repair homes", "", "Head of Housing"], ["Open a library", "Culture", "Head of Culture"]],
    )
    assert [(r[1], r[3]) for r in rows_of([table])] == [
        ("Housing", "Build homes"), ("Housing", "Repair homes"), ("Culture", "Open a library")]
    merged = grid_table(
        [["Objective", "Action", "Lead"], ["Better homes", "Build homes", "Head of Housing"],
         ["", "Repair homes", "Head of Housing"]], spans=[(1, 0, 2, 1)])
    assert [r[1] for r in rows_of([merged])] == ["Better homes", "Better homes"]


def test_milestones_in_prose_are_the_actions_when_no_action_column():
    blocks = lines_to_blocks([
        "Objective\tMilestones\tLead\tDate",
        "Better homes\tAgree a new allocations policy with partners and consult tenants on it\tHead of Housing\tMay 2012",
        "Better homes\tOpen the new extra-care scheme at Mill Lane for older residents\tHead of Housing\tJune 2013",
    ])
    recs = tables(blocks)[0]
    assert [r.values["action"][:17] for r in recs] == ["Agree a new alloc", "Open the new extr"]
    assert [r.values["timeframe"] for r in recs] == ["May 2012", "June 2013"]
    assert recs[0].section == "Better homes"


def test_number_printed_in_the_action_cell_becomes_the_ref():
    blocks = lines_to_blocks(["Action\tLead", "1.1 Build homes\tHead of Housing", "1.2 Repair homes\tHead of Housing",
                              "2. Open a library\tHead of Culture"])
    recs = tables(blocks)[0]
    assert [(r.values["ref"], r.values["action"]) for r in recs] == [
        ("1.1", "Build homes"), ("1.2", "Repair homes"), ("2", "Open a library")]


def test_start_and_end_columns_make_one_timeframe():
    blocks = lines_to_blocks([
        "Action\tLead\tStart date\tEnd date",
        "Build homes\tHead of Housing\t01/09/2024\t31/03/2025",
        "Repair homes\tHead of Housing\tApril 2024\t",
    ])
    recs = tables(blocks)[0]
    assert recs[0].values["timeframe"] == "01/09/2024 - 31/03/2025"
    assert (recs[1].values["timeframe"], recs[1].values["timeframe_parse"]) == ("April 2024", "from April 2024")
    assert recs[0].extra == {}


COLUMN_CONFLICTS = [
    # header, first body row, field -> expected cell text
    (["Action", "Target", "Deadline"], ["Cut waiting times", "55%", "March 2025"], {"timeframe": "March 2025"}),
    (["Milestone", "Date", "Lead"], ["Consultation opens on the new policy for all tenants", "June 2024",
                                     "Head of Housing"], {"action": "Consultation opens on the new policy for all tenants",
                                                          "timeframe": "June 2024"}),
    (["Priority", "Action", "Lead"], ["High", "Cut waiting times", "Head of Service"], {"action": "Cut waiting times"}),
    # an impact that names a hazard is a threat, not an outcome (climate adaptation plans)
    (["Climate Hazard Impact on and/or Exposure", "Priority Action", "Timeline"],
     ["Extreme heat", "Install shading at depots", "2025"], {"action": "Install shading at depots", "outcome": None}),
    (["Action", "Impact"], ["Install shading at depots", "Staff kept cool"], {"outcome": "Staff kept cool"}),
    # a duration is a timeframe, though it names no date
    (["Action Required", "Timeline (following the report)"], ["Publish a migration plan", "30 days"],
     {"action": "Publish a migration plan", "timeframe": "30 days"}),
    (["Action", "Timeline"], ["Create a data council", "Completed within 3 months"],
     {"timeframe": "Completed within 3 months"}),
]


@pytest.mark.parametrize("header, row, expected", COLUMN_CONFLICTS)
def test_content_settles_which_column_holds_a_field(header, row, expected):
    blocks = lines_to_blocks(["\t".join(header), "\t".join(row), "\t".join(row)])
    rec = tables(blocks)[0][0]
    for field, text in expected.items():
        assert rec.values.get(field) == text
    assert "High" not in (rec.section or "")


def test_title_row_above_the_header_is_a_caption_not_an_action():
    table = grid_table(
        [["Theme 3: Safer streets", "", ""], ["Action", "Lead", "By when"],
         ["Light the underpass", "Head of Highways", "May 2025"]],
        spans=[(0, 0, 1, 3)],
    )
    assert rows_of([table]) == [(1, "Theme 3: Safer streets", "", "Light the underpass")]


def test_numbered_objective_row_heads_its_numbered_actions():
    blocks = lines_to_blocks([
        "Ref\tAction\tLead\tBy when",
        "1\tImprove the quality of homes\t\t",
        "1.1\tInspect all HMOs\tHead of Housing\tMay 2025",
        "1.2\tLicence landlords\tHead of Housing\tJune 2025",
        "2\tReduce homelessness\tHead of Housing\tMarch 2026",
    ])
    got = [(r[1], r[2]) for r in rows_of(blocks)]
    assert got == [("Improve the quality of homes", "1.1"), ("Improve the quality of homes", "1.2"), ("", "2")]


def _ocr(table, confidence, doubtful=()):
    """Mark a table's body cells as read by OCR with `confidence`; `doubtful`: {(row, col): [(word, conf)]}."""
    doubtful = dict(doubtful)
    for cell in table.cells:
        if cell.row:
            cell.confidence = confidence
            cell.doubtful = doubtful.get((cell.row, cell.col), [])
    return table


@pytest.mark.parametrize("doubtful, review", [
    ({}, ["read by OCR (mean confidence 91%)"]),
    ({(1, 1): [("Hallon", 41.0)]}, ["read by OCR (mean confidence 91%)", "OCR unsure of: Hallon (41%)"]),
    ({(1, 1): [(f"w{k}", 30.0) for k in range(10)]},
     ["read by OCR (mean confidence 91%)",
      "OCR unsure of: w0 (30%), w1 (30%), w2 (30%), w3 (30%), w4 (30%), w5 (30%), w6 (30%), w7 (30%) and 2 more"]),
])
def test_rows_read_by_ocr_carry_their_confidence_and_doubtful_words(doubtful, review):
    table = _ocr(grid_table([["Ref", "Action", "Lead"], ["1.1", "Build Hallon homes", "Head of Housing"]], page=1),
                 91.0, doubtful)
    (records,) = tables([table])
    assert records[0].values["action"] == "Build Hallon homes"  # the doubtful word is kept as read
    assert records[0].review == review


def test_text_layer_rows_carry_no_ocr_mark():
    (records,) = tables([grid_table([["Ref", "Action", "Lead"], ["1.1", "Build homes", "Head of Housing"]], page=1)])
    assert not any("OCR" in r for r in records[0].review)


SHORT_LABEL_ROWS = [
    # rows of (action, recommendation); the sections the actions get, or None where the row is an action
    ([("Commitment", ""),
      ("All patients will have secure online access to their records by 2015", "3"),
      ("Central action", ""),
      ("The Department will publish guidance for practices on online access", "3, 4"),
      ("The Board will consider publishing its commissioning data every quarter", "")],
     ["Commitment", "Central action", "Central action"]),
    # short actions throughout: a short row is an action like the others
    ([("Plant trees", "3"), ("Fix lights", ""), ("Open a park", "4")], ["", "", ""]),
]


@pytest.mark.parametrize("rows, sections", SHORT_LABEL_ROWS)
def test_a_short_label_alone_among_written_out_actions_heads_the_rows_below(rows, sections):
    table = grid_table([["Action", "Notes"]] + [list(r) for r in rows])
    assert [r[1] for r in rows_of([table])] == sections


CAPTIONS = [
    # paragraphs above a table -> the section they give it
    ([Paragraph("Monitoring and reporting", heading=True), Paragraph("Table 2: Reporting actions")],
     "Monitoring and reporting"),
    ([Paragraph("Table 6. Maturity Matrix: Expansion")], "Table 6. Maturity Matrix: Expansion"),
    ([Paragraph("Table 3")], ""),
    ([Paragraph("Containerization Readiness Guide Page 26", heading=True)], ""),
]


@pytest.mark.parametrize("before, section", CAPTIONS)
def test_a_caption_names_the_section_only_when_no_heading_does(before, section):
    from plan_ingest.normalise.grouping import heading_section

    assert heading_section(before) == section


@pytest.mark.parametrize("before, section", [
    # a first line taken for the title, set right above the table: a section heading after all
    ([Paragraph("Drought & Water Supply")], "Drought & Water Supply"),
    # the title at the top, with the plan's introduction between it and the table: no section
    ([Paragraph("Housing Delivery Plan 2024", heading=True),
      Paragraph("This plan sets out what the council will do over the next three years to deliver homes.")], ""),
])
def test_the_document_title_names_no_section_unless_it_sits_right_above_the_table(before, section):
    from plan_ingest.normalise.grouping import heading_section

    assert heading_section(before, title=before[0].text) == section


def test_objectives_written_out_for_each_row_are_its_outcome():
    rows = [["Output/Activity", "Objectives", "Date"],
            ["Developer Hack Day", "Event to bring local authorities and developers together to consider practical "
             "uses for local public data, with exemplars supplying data for applications.", "March 2010"],
            ["Promotional products", "Option for development of promotional products for data.gov.uk targeting "
             "local authorities, to be decided after the panel has seen the first designs.", "May 2010"]]
    records = tables([grid_table(rows)])[0]
    assert [r.values.get("outcome", "")[:22] for r in records] == ["Event to bring local a", "Option for development"]
