"""Header wording to contract fields: one row per spelling, real and broken by layout."""
from __future__ import annotations

import pytest

from plan_ingest.normalise.headers import fields_in_text, header_score, is_header_text, match_header

SPELLINGS = [
    # action
    ("Action", "action"), ("Actions", "action"), ("ACTION", "action"), ("Key Action", "action"),
    ("Key actions", "action"), ("What we will do", "action"), ("What will we do?", "action"),
    ("Task", "action"), ("Tasks", "action"), ("Activity", "action"), ("Activities", "action"),
    ("Action required", "action"), ("Description", "action"), ("Action Description", "action"),
    ("ction", "action"), ("ion", "action"), ("Actio", "action"), ("Acti on", "action"),
    ("Actions:", "action"), ("Commitment", "action"), ("NAME OF\nPROJECT", "action"), ("Project name", "action"),
    # responsible
    ("Lead", "responsible"), ("Lead Officer", "responsible"), ("Lead officer(s)", "responsible"),
    ("Who", "responsible"), ("Owner", "responsible"), ("Action Owner", "responsible"),
    ("Responsible Officer/Body", "responsible"), ("Responsible Officer", "responsible"),
    ("Responsibility", "responsible"), ("Accountable", "responsible"), ("Accountable Officer", "responsible"),
    ("Lead Agency", "responsible"), ("Lead Partner", "responsible"), ("By whom", "responsible"),
    ("Responsible", "responsible"), ("Led by", "responsible"), ("Lead Offi cer", "responsible"),
    ("Responsib", "responsible"), ("Lead Organisation", "responsible"),
    ("COMPETENT\nINSTITUTION/INS\nTITUTIONS", "responsible"), ("Implementing agency", "responsible"),
    ("To be actioned by", "responsible"), ("Action by", "responsible"), ("Follow-up", "status"),
    ("Follow-up action", "action"), ("Expected start", "timeframe"), ("Expected completion", "timeframe"),
    ("Highlights of Accomplishments to Date", "status"),
    # timeframe
    ("Timeframe", "timeframe"), ("Time frame", "timeframe"), ("Timefr ame", "timeframe"),
    ("Target date", "timeframe"), ("Target Date(s)", "timeframe"), ("By when", "timeframe"),
    ("By when?", "timeframe"), ("Deadline", "timeframe"), ("Timescale", "timeframe"),
    ("Timescales", "timeframe"), ("Milestone", "timeframe"), ("When", "timeframe"),
    ("Completion date", "timeframe"), ("Due date", "timeframe"), ("Timeline", "timeframe"),
    ("Timefr", "timeframe"), ("imeframe", "timeframe"), ("Target completion", "timeframe"), ("Duration", "timeframe"),
    ("Measurement", "outcome"),
    ("Timeframe:", "timeframe"), ("TIMESCALE", "timeframe"),
    # outcome
    ("Outcome", "outcome"), ("Outcomes", "outcome"), ("Purpose / Outcome", "outcome"),
    ("Purpose", "outcome"), ("Success measure", "outcome"), ("Success Measures", "outcome"),
    ("Measure of success", "outcome"), ("Measures of Success", "outcome"), ("Expected outcome", "outcome"),
    ("Output", "outcome"), ("Outputs", "outcome"), ("Success criteria", "outcome"),
    ("Performance measure", "outcome"), ("KPI", "outcome"), ("Impact", "outcome"),
    ("Desired outcome", "outcome"), ("utcome", "outcome"), ("Outcome/Impact", "outcome"),
    # status
    ("Status", "status"), ("Progress", "status"), ("RAG", "status"), ("RAG Status", "status"),
    ("Update", "status"), ("Comments on progress", "status"), ("Progress to date", "status"),
    ("Progress Update", "status"), ("Current status", "status"), ("Progess", "status"),
    ("Latest position", "status"), ("Progress (RAG)", "status"), ("Comments", "status"),
    # ref
    ("Ref", "ref"), ("Ref.", "ref"), ("Reference", "ref"), ("No.", "ref"), ("No", "ref"),
    ("ID", "ref"), ("Action number", "ref"), ("Action No.", "ref"), ("Ref/Theme", "ref"),
    ("Ref No", "ref"), ("Item", "ref"),
    # linkage
    ("Linkage", "linkage"), ("Links", "linkage"), ("Link to", "linkage"), ("Strategic links", "linkage"),
    ("Related strategy", "linkage"),
    # section
    ("Theme", "section"), ("Issue", "section"), ("Priority", "section"), ("Objective", "section"), ("Strategic Objective", "section"),
    ("Workstream", "section"), ("Priority area", "section"),
]

NOT_HEADERS = [
    "Chief Officers Management Team", "July 2010", "Monitor delivery of this Strategy.", "1.1",
    "Head of Procurement", "Commencing November 2010", "", "Stream Board", "£250,000",
]


@pytest.mark.parametrize("text, field", SPELLINGS)
def test_match_header(text, field):
    match = match_header(text)
    assert match is not None, text
    assert match.field == field


@pytest.mark.parametrize("text", NOT_HEADERS)
def test_not_a_header(text):
    assert match_header(text) is None


def test_two_headers_run_together():
    assert fields_in_text("Timeframe Outcome") == ["timeframe", "outcome"]
    assert is_header_text("Action Timeframe Outcome")
    assert not is_header_text("Action plan for 2010")


def test_header_row_scores():
    assert header_score(["", "ction", "Timeframe", "Purpose / Outcome"]) > 0.5
    assert header_score(["ion", "Timeframe Outcome"]) > 0.5
    assert header_score(["1.1", "Monitor delivery of this Strategy.", "Stream Board", "", ""]) == 0


def test_at_least_eighty_spellings():
    assert len(SPELLINGS) >= 80
