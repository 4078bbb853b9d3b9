"""The layout families of real published plans (samples/real), each read the way its printed page
means it. One test per family; each names the corpus documents that need it (at least two
publishers' where the corpus has them: `expected/real` holds the whole expected actions)."""
from __future__ import annotations

from functools import cache

import pytest

from plan_ingest.extractors import extract
from plan_ingest.normalise import normalise
from plan_ingest.normalise.pipeline import read_tables

from conftest import SAMPLES

REAL = SAMPLES / "real"


@cache
def read(name: str):
    return normalise(extract(REAL / name), source_file=name)


@cache
def readers(name: str) -> list[str]:
    return [layout.grid.reader for layout, verdict in read_tables(extract(REAL / name)) if verdict.is_actions]


def test_cards_one_small_table_per_action():
    """Norfolk (Virginia) prints each strategy as its own table under Goal and Target boxes."""
    result = read("norfolk_va_climate_action_plan_2019_pp26-33.pdf")
    assert readers("norfolk_va_climate_action_plan_2019_pp26-33.pdf") == ["cards"]
    assert len(result.actions) == 24
    first = result.actions[0]
    assert first.section == "Renewable Energy Production: Increase usage of renewable energy"
    assert first.action.startswith("Expand and resource/staff")
    assert (first.timeframe, first.timeframe_kind) == ("Short-term", "unknown")
    assert first.responsible_roles == ["Municipal Government"]
    assert "Partner Agency" in first.extra and "Target" in first.extra


def test_header_below_title_rows():
    """The header is the third row under a title and a Goals block (Fayetteville), or the second
    under a reference and a title (the Transparency Board's Word log)."""
    fayetteville = read("fayetteville_nc_sustainability_master_plan_2009_pp9-12.pdf")
    log = read("transparency_board_action_log_2011-11-15.doc")
    assert len(fayetteville.actions) == 33 and len(log.actions) == 18
    assert not any(a.action in ("Sustainable Initiative", "Action") for a in fayetteville.actions + log.actions)
    assert log.actions[0].status == "On track" and log.actions[0].timeframe_kind == "ongoing"


def test_timeframe_marked_in_period_columns():
    """An X under Short, Middle or Long is the timeframe (Fayetteville); a word pushed into the first
    period column by a long action cell (`an|d X`) goes back to its action."""
    result = read("fayetteville_nc_sustainability_master_plan_2009_pp9-12.pdf")
    assert readers("fayetteville_nc_sustainability_master_plan_2009_pp9-12.pdf") == ["marked periods"]
    marked = {a.timeframe for a in result.actions if a.timeframe}
    assert marked <= {"Short", "Middle", "Long"} and len(marked) == 3
    assert all(a.timeframe_kind == "unknown" for a in result.actions if a.timeframe)
    assert not any(k in a.extra for a in result.actions for k in ("Short", "Middle", "Long"))
    assert not any(a.action.endswith((" an", " b", " o")) for a in result.actions)


@pytest.mark.parametrize("name, header, field", [
    ("napa_county_rcaap_adaptation_memo_2024_pp35-37.pdf", "Time Frame", "timeframe"),
    ("napa_county_rcaap_adaptation_memo_2024_pp35-37.pdf", "Responsible Party", "responsible"),
    ("dot_climate_adaptation_plan_2024_pp17-20.pdf", "Priority Action", "action"),
    ("dot_climate_adaptation_plan_2024_pp17-20.pdf", "Timeline for Implementation (2024-2027)", "timeframe"),
    ("nasa_climate_adaptation_plan_2024_pp28-28.pdf", "Indicators for Success", "outcome"),
    ("fayetteville_nc_sustainability_master_plan_2009_pp9-12.pdf", "Sustainable Initiative", "action"),
    ("fayetteville_nc_sustainability_master_plan_2009_pp9-12.pdf", "Department", "responsible"),
    ("va_climate_adaptation_plan_progress_report_2022.pdf", "Priority Action", "action"),
])
def test_header_words_spelled_apart_or_in_other_english(name, header, field):
    columns = {c.header: c.field for layout, verdict in read_tables(extract(REAL / name)) if verdict.is_actions
               for c in layout.columns}
    assert columns[header] == field


def test_columns_that_are_not_sections():
    """Priority High/Low (Napa) and a PRIORITY # of cross-references (Sullivan County) are no themes."""
    napa = read("napa_county_rcaap_adaptation_memo_2024_pp35-37.pdf")
    assert {a.extra.get("Priority") for a in napa.actions} >= {"High", "Low"}
    assert not {a.section for a in napa.actions} & {"High", "Medium", "Low"}
    sullivan = read("sullivan_county_tn_ada_transition_plan_2019_pp15-17.pdf")
    assert not any(a.section[:1].isdigit() for a in sullivan.actions)


def test_heading_at_the_top_of_a_page_starts_a_section():
    """GEO's chapter headings: one mid-page, one at the top of the next page above the repeated header."""
    sections = [a.section for a in read("geo_women_and_the_economy_action_plan_2013.pdf").actions]
    assert sections[0] == "Chapter 1: Starting Out"
    assert sections.index("Chapter 2: Getting On") == 9 and "Chapter 4: Promoting Enterprise" in sections


def test_tables_under_one_header_are_one_kind_of_table():
    """Sullivan County prints a table per building, each under the building's name."""
    result = read("sullivan_county_tn_ada_transition_plan_2019_pp15-17.pdf")
    assert len(result.actions) == 95
    assert result.actions[0].section.startswith("Anderson Townhouse")


def test_a_series_of_small_tables_each_under_a_heading():
    """The ODUG action log: 19 small headerless tables, each under its topic's heading."""
    result = read("odug_action_log_2013-03-12.odt")
    assert len(result.actions) == 46
    assert result.actions[0].section == "Secretariat" and result.actions[0].responsible_roles == ["TJ"]
    assert result.actions[0].status == "Completed"


def test_full_width_rows_inside_the_body():
    """A lettered block is the section; `Current Efforts` under it a sub-section kept in extra; a
    cross-reference row (`See 2.c. Transportation`) an action of its own (Fayetteville)."""
    actions = read("fayetteville_nc_sustainability_master_plan_2009_pp9-12.pdf").actions
    assert actions[0].section == "a. Air Quality & Climate Protection"
    assert actions[0].extra.get("Sub-section") == "Current Efforts"
    assert any(a.action.endswith("See 2.c. Transportation") for a in actions)


def test_merged_cell_across_value_columns_is_one_value():
    """Napa's safety-element rows: one cell over Time Frame .. Priority."""
    rows = [a for a in read("napa_county_rcaap_adaptation_memo_2024_pp35-37.pdf").actions
            if a.timeframe == "Safety Element Policy/Action"]
    assert len(rows) == 7
    assert all("Safety Element Policy/Action" not in a.extra.values() for a in rows)


def test_responsible_cells_keep_every_word_and_the_columns_own_names():
    """`The National Archives` keeps its `The` (Cabinet Office); `Norfolk Redevelopment and Housing
    Authority` stays whole in a list because the column prints it alone elsewhere (Norfolk)."""
    ogp = read("cabinet_office_ogp_uk_national_action_plan_2013_pp51-57.pdf")
    assert any("The National Archives" in a.responsible_roles for a in ogp.actions)
    norfolk = read("norfolk_va_climate_action_plan_2019_pp26-33.pdf")
    roles = {r for a in norfolk.actions for r in a.responsible_roles}
    assert "Norfolk Redevelopment and Housing Authority" in roles and "Housing Authority" not in roles


def test_labelled_paragraph_blocks_with_no_table():
    """The Federal Data Strategy action plan prints each action as `Action N: title` and labelled
    paragraphs (`Responsible:`, `Measurement:`, `Timeline:`); the DOJ adaptation plan heads two of its
    priority actions that way too."""
    name = "omb_federal_data_strategy_draft_action_plan_2019_pp6-14.pdf"
    result = read(name)
    assert readers(name) == ["labelled blocks"]
    assert len(result.actions) == 16
    first = result.actions[0]
    assert (first.ref, first.action) == ("1", "Create an OMB Data Council")
    assert first.section == "Shared Actions: Government-wide Data Services"
    assert first.responsible_roles == ["Office of Management and Budget"]
    assert first.timeframe == "Completed within 3 months"
    assert first.outcome.startswith("Internal Data Council established (Y/N)")
    assert "labelled blocks" in readers("doj_climate_adaptation_plan_2021_pp8-19.pdf")


@pytest.mark.parametrize("name", [
    "la_county_registrar_recorder_precinct_bulletin_2014_p1.pdf",
    "korea_moe_carbon_neutral_public_sector_plan_summary_2023.pdf",
    "nara_digital_preservation_file_format_risk_matrix_2026.xlsx",
    "geo_laca_board_minutes_2020.docx", "geo_wbc_government_response_2013.pdf",
    "ceq_federal_scope3_emissions_fy2023.html", "gsa_section508_fy24_assessment_prepost_analysis.xlsx",
    "hhs_iam_program_charter_2009.docx", "oxford_city_council_contract_register_2017.csv",
    "smc_state_of_the_nation_conditions_of_childhood_index.csv",
])
def test_controls_give_no_actions(name):
    """Minutes, a charter, a contract register, statistics: tables, but no plan."""
    result = read(name)
    assert result.info.status == "no_actions" and not result.actions
