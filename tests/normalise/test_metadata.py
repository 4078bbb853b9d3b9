"""Document facts from the opening lines: title, period, organisation, author; one row per shape."""
from __future__ import annotations

from datetime import date

import pytest

from plan_ingest.extractors.model import Paragraph, SourceDocument, Table
from plan_ingest.normalise.metadata import describe, plan_period


def doc_of(lines: list[str]) -> SourceDocument:
    blocks = [Paragraph(text=t) for t in lines] + [Table(cells=[], n_rows=0, n_cols=0)]
    return SourceDocument(path="x.docx", format="docx", blocks=blocks)


TITLES = [
    (["2006 - 2009", "Procurement", "Strategy", "Action Plan"], "Procurement Strategy Action Plan", 2006, 2009),
    (["Northfield Community NHS Trust", "Patient Experience Improvement Plan", "2011 - 2013"],
     "Patient Experience Improvement Plan", 2011, 2013),
    (["Delivery Plan", "Key Objectives:", "To lead and direct the Council."], "Delivery Plan", None, None),
    (["Homelessness and Rough Sleeping", "Action Plan 2023 - 2025", "Northbridge District Council"],
     "Homelessness and Rough Sleeping Action Plan 2023 - 2025", 2023, 2025),
    (["Adult Social Care Improvement Plan", "Kingsford Council, March 2024", "Introduction"],
     "Adult Social Care Improvement Plan", None, None),
    (["Digital Inclusion Strategy", "2015-2018", "Contents"], "Digital Inclusion Strategy", 2015, 2018),
    (["Tenant Involvement Action Plan", "2012/13"], "Tenant Involvement Action Plan", 2012, 2013),
    (["Winter Resilience Plan 2024/25"], "Winter Resilience Plan 2024/25", 2024, 2025),
    (["Test Plan 2024-2026", "Introduction"], "Test Plan 2024-2026", 2024, 2026),
    (["Version 2.1 draft", "Borough of Eastvale", "Housing Plan", "Plan period: 2024 to 2027"], "Housing Plan", 2024, 2027),
    (["Royal Borough of Kingston upon Thames", "Parks Strategy", "2020-2025"], "Parks Strategy", 2020, 2025),
]


@pytest.mark.parametrize("lines, title, first, last", TITLES)
def test_title_and_period(lines, title, first, last):
    facts = describe(doc_of(lines))
    assert facts["document_title"] == title
    start, end = facts["period_start"], facts["period_end"]
    assert (start.year if start else None, end.year if end else None) == (first, last)


ORGS = [
    ("Greendale District Council", "Greendale District Council"),
    ("London Borough of Haringey", "London Borough of Haringey"),
    ("Adult Social Care Improvement Plan Kingsford Council", "Kingsford Council"),
    ("Northfield Community NHS Trust", "Northfield Community NHS Trust"),
    ("Riverbank Homes", "Riverbank Homes"),
    ("Borough of Eastvale", "Borough of Eastvale"),
    ("Royal Borough of Kingston upon Thames", "Royal Borough of Kingston upon Thames"),
]


def test_long_heading_styled_title():
    doc = doc_of([])
    doc.blocks.insert(0, Paragraph("Parks and Open Spaces Action Plan for the Borough 2024 to 2026", heading=True))
    facts = describe(doc)
    assert facts["document_title"] == "Parks and Open Spaces Action Plan for the Borough 2024 to 2026"
    assert facts["period_start"] == date(2024, 4, 1)


def test_tool_names_and_template_dates_are_not_document_facts():
    doc = doc_of(["Housing Plan 2024-2026"])
    doc.metadata.author = "python-docx"
    doc.metadata.created = date(2013, 12, 23)
    facts = describe(doc)
    assert facts["author"] == "" and facts["document_date"] is None


@pytest.mark.parametrize("line, org", ORGS)
def test_organisation(line, org):
    assert describe(doc_of(["Some Plan", line]))["organisation"] == org


def test_author_line_gives_author_and_date():
    doc = doc_of(["Delivery Plan"])
    doc.blocks.append(Paragraph("Author Lorraine Cox November 2010"))
    facts = describe(doc)
    assert (facts["author"], facts["document_date"]) == ("Lorraine Cox", date(2010, 11, 1))


def test_plan_period_runs_over_financial_years():
    assert plan_period("2006 - 2009") == (date(2006, 4, 1), date(2009, 3, 31))
    assert plan_period("no years here") == (None, None)
