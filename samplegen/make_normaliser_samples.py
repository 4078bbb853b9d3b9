"""Regenerate the Word samples that exercise the normaliser's wording and shapes (issue 5).

Each plan differs from the seeds: other header names, a table with no header row, a Ref/Theme
layout with sub-items, and a plan whose contents page, budget, risk register and glossary must
be ignored. Run: .venv/bin/python samples/make_normaliser_samples.py
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "samples"  # the generated files land beside the real ones users run
FIXED = dt.datetime(2015, 3, 2, 9, 0, 0)


def new_document(title: str, author: str) -> docx.Document:
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    props = document.core_properties
    props.title, props.author = title, author
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    return document


def shade(cell, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def add_table(document, header: list[str] | None, rows: list[list[str]], theme_rows=()) -> None:
    """A ruled table; rows whose index is in `theme_rows` are merged across the full width."""
    n_cols = len(header or rows[0])
    table = document.add_table(rows=0, cols=n_cols)
    table.style = "Table Grid"
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, header):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
            shade(cell, "D9E2F3")
    for n, row in enumerate(rows):
        cells = table.add_row().cells
        if n in theme_rows:
            merged = cells[0].merge(cells[-1])
            merged.text = row[0]
            merged.paragraphs[0].runs[0].bold = True
            shade(merged, "F2F2F2")
            continue
        for cell, text in zip(cells, row):
            cell.text = text


def title_block(document, lines: list[tuple[str, int]]) -> None:
    for text, size in lines:
        p = document.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
        run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)


def nhs_plan() -> None:
    """Other header names; one table per priority, each under its own heading."""
    d = new_document("Patient Experience Improvement Plan", "Head of Patient Experience")
    title_block(d, [("Northfield Community NHS Trust", 12), ("Patient Experience Improvement Plan", 20),
                    ("2011 - 2013", 14)])
    d.add_paragraph(
        "This plan sets out what the Trust will do over the next two years to listen to patients and "
        "act on what they tell us. Progress is reported to the Quality Committee every quarter."
    )
    header = ["No.", "What we will do", "Lead", "By when", "How we will measure success", "RAG"]
    d.add_heading("Priority 1: Listening to patients", level=2)
    add_table(d, header, [
        ["1.1", "Introduce a real-time patient feedback system on all inpatient wards", "Director of Nursing",
         "Q3 2011/12", "80% of wards reporting feedback monthly", "Green"],
        ["1.2", "Publish \u2018You said, we did\u2019 boards in every ward and clinic",
         "Head of Patient Experience / Ward Managers", "By end of March 2012", "Boards in place in all areas",
         "Amber"],
        ["1.3", "Run patient panels with Healthwatch", "Patient Experience Manager", "Quarterly from April 2011",
         "Four panels held each year", "Green"],
    ])
    d.add_heading("Priority 2: Dignity and respect", level=2)
    add_table(d, header, [
        ["2.1", "Deliver dignity training to all front-line staff", "Head of Learning and Development",
         "April 2011 - March 2012", "95% of staff trained", "Red"],
        ["2.2", "Review single-sex accommodation compliance", "Deputy Director of Nursing and Quality",
         "Ongoing", "No breaches reported", "Green"],
    ])
    d.save(SAMPLES / "nhs_patient_experience_plan.docx")


def housing_tracker() -> None:
    """A continuation table printed without its header row: fields inferred from the content."""
    d = new_document("Tenant Involvement Action Plan 2012/13", "Tenant Involvement Officer")
    title_block(d, [("Riverbank Homes", 12), ("Tenant Involvement Action Plan", 20), ("2012/13", 14)])
    d.add_paragraph(
        "The actions below were agreed by the Tenant Panel in March 2012. Progress is updated each "
        "month by the officers named against each action."
    )
    d.add_heading("Involving tenants", level=2)
    add_table(d, None, [
        ["1", "Recruit ten new members to the Tenant Scrutiny Panel", "Tenant Involvement Officer",
         "June 2012", "On track"],
        ["2", "Hold estate walkabouts on every estate", "Neighbourhood Manager", "Six-monthly from May 2012",
         "Complete"],
        ["3", "Launch an online repairs satisfaction survey", "Head of Repairs and Maintenance",
         "By September 2012", "Not started"],
        ["4", "Publish the annual report to tenants", "Communications Team", "October 2012", "In progress"],
    ])
    d.save(SAMPLES / "housing_tenant_involvement_no_header.docx")


def community_safety_plan() -> None:
    """Ref/Theme column with theme rows that have no ref, and lettered sub-items under an action."""
    d = new_document("Safer Communities Plan 2014-2017", "Community Safety Manager")
    title_block(d, [("Safer Communities Plan", 20), ("2014 - 2017", 14)])
    d.add_paragraph(
        "The Community Safety Partnership brings together the council, police, fire service, probation "
        "and health to reduce crime and the fear of crime."
    )
    header = ["Ref/Theme", "Action", "Lead Partner", "Timescale", "Outcome"]
    add_table(d, header, [
        ["Reducing anti-social behaviour"],
        ["1.1", "Target the ten streets with the most repeat calls about anti-social behaviour",
         "Neighbourhood Policing Inspector", "April 2014 - March 2015", "Fewer repeat calls"],
        ["1.2", "Expand diversionary activities for young people:", "Youth Service Manager", "", ""],
        ["a)", "Friday night football at two leisure centres", "Leisure Services Manager", "Summer 2014",
         "More young people engaged"],
        ["b)", "Holiday schemes in the three priority wards", "Youth Service Manager", "Annually from July 2014",
         "More young people engaged"],
        ["c)", "Detached youth work in the town centre", "Youth Service Manager", "Weekly from May 2014", ""],
        ["Domestic abuse"],
        ["2.1", "Commission an independent domestic violence advisor service", "Community Safety Manager",
         "By April 2015", "Contract awarded"],
        ["2.2", "Train front-line staff to recognise domestic abuse",
         "Community Safety Manager; Domestic Abuse Co-ordinator", "2014/15", "500 staff trained"],
    ], theme_rows=(0, 6))
    d.save(SAMPLES / "community_safety_ref_theme_plan.docx")


def strategy_with_appendices() -> None:
    """An action table among a contents page, a budget, a risk register and a glossary."""
    d = new_document("Digital Inclusion Strategy 2015-2018", "Digital Services Team")
    title_block(d, [("Greendale District Council", 12), ("Digital Inclusion Strategy", 20), ("2015 - 2018", 14)])
    d.add_heading("Contents", level=2)
    add_table(d, ["Section", "Page"], [
        ["1. Introduction", "2"], ["2. Our priorities", "3"], ["3. Action plan", "5"],
        ["Appendix A: Glossary", "7"],
    ])
    d.add_heading("1. Introduction", level=2)
    d.add_paragraph(
        "One in five residents has never used the internet. The Corporate Procurement Unit (CPU) and "
        "the Digital Services Team (DST) will lead delivery of this strategy with partners."
    )
    d.add_heading("Budget", level=2)
    add_table(d, ["Item", "2015/16 £", "2016/17 £", "2017/18 £"], [
        ["Training", "12,000", "10,000", "8,000"],
        ["Equipment", "25,000", "5,000", "5,000"],
        ["Total", "37,000", "15,000", "13,000"],
    ])
    d.add_heading("Risks", level=2)
    add_table(d, ["Risk", "Likelihood", "Impact", "Mitigation"], [
        ["Low take-up of training", "Medium", "High", "Promote sessions through libraries"],
        ["Funding reduced", "Low", "High", "Seek external grants"],
    ])
    d.add_heading("3. Action plan", level=2)
    add_table(d, ["Action", "Responsible", "Target date", "Success measure"], [
        ["Provide free digital skills sessions in all libraries", "Library Services Manager", "September 2015",
         "500 residents trained a year"],
        ["Procure low-cost devices for loan", "CPU", "By December 2015", "100 devices on loan"],
        ["Move the top ten council transactions online", "DST and Head of Customer Services", "2016/17",
         "70% of transactions online"],
        ["Review progress with the Digital Inclusion Board", "Chief Executive", "Quarterly",
         "Board minutes published"],
    ])
    d.add_heading("Appendix A: Glossary", level=2)
    add_table(d, ["Term", "Meaning"], [
        ["CPU", "Corporate Procurement Unit"], ["DST", "Digital Services Team"],
        ["Digital inclusion", "Having the skills and access to use the internet"],
    ])
    d.save(SAMPLES / "council_strategy_with_appendices.docx")


def main() -> None:
    nhs_plan()
    housing_tracker()
    community_safety_plan()
    strategy_with_appendices()


if __name__ == "__main__":
    main()
