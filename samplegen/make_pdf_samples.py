"""Rebuild the PDF samples that exercise the PDF extractor, and the expected actions for each.
Run `.venv/bin/python samplegen/make_pdf_samples.py`; output is byte-stable (fixed dates, invariant PDF).

Each sample is a plan laid out the way councils publish them: landscape and /Rotate pages, a
borderless table, a table starting mid-page after narrative, a table over several pages printing its
header once, rotated header cells and side labels. The wording is invented for these samples.
`strategy_with_appendix(path)` builds the long strategy the speed benchmark reads.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from make_samples import (  # Liberation Sans embedded, registered once for every sample script
    BOLD,
    FONT,
)

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "samples"  # the generated files land beside the real ones users run
EXPECTED = SAMPLES / "expected"
INK = colors.HexColor("#202020")
RULE = colors.HexColor("#404040")
HEAD_FILL = colors.HexColor("#D9E2F3")
THEME_FILL = colors.HexColor("#F2F2F2")

CELL = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11)
HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=9, leading=11)
THEME = ParagraphStyle("theme", fontName=BOLD, fontSize=9.5, leading=12)
TEXT = ParagraphStyle("text", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=8)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=21, spaceAfter=8)
SUBTITLE = ParagraphStyle("subtitle", fontName=BOLD, fontSize=12, leading=15, spaceAfter=8)
HEADING = ParagraphStyle("heading", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=6)
CAPTION = ParagraphStyle("caption", fontName=BOLD, fontSize=9.5, leading=12, spaceAfter=4)


# ---------------------------------------------------------------------------------------------
# The content of a plan, and what a reader takes from it
# ---------------------------------------------------------------------------------------------


@dataclass
class Act:
    """One action row. In `action`, `\n` is a line the author broke (a bullet item), `|` a line
    break of the layout only (a word hyphenated at the line end, joined again when read)."""

    ref: str
    action: str
    lead: str
    when: str = ""
    outcome: str = ""
    status: str = ""
    roles: list[str] | None = None  # when the lead cell names several people
    outcome_rows: int = 1  # an outcome cell merged down over this many actions


@dataclass
class Theme:
    text: str


@dataclass
class Section:
    """Rows under a side label (a theme printed sideways down a merged cell)."""

    label: str
    rows: list[Act] = field(default_factory=list)


# timeframe as printed -> (kind, start, end, recurrence), read by the contract's rules
TIMEFRAMES = {
    "June 2024": ("during", "2024-06-01", "2024-06-30", ""),
    "March 2025": ("during", "2025-03-01", "2025-03-31", ""),
    "September 2024": ("during", "2024-09-01", "2024-09-30", ""),
    "December 2024": ("during", "2024-12-01", "2024-12-31", ""),
    "2024/25": ("during", "2024-04-01", "2025-03-31", ""),
    "2025/26": ("during", "2025-04-01", "2026-03-31", ""),
    "Q2 2024/25": ("during", "2024-07-01", "2024-09-30", ""),
    "Q3 2024/25": ("during", "2024-10-01", "2024-12-31", ""),
    "Q4 2024/25": ("during", "2025-01-01", "2025-03-31", ""),
    "Autumn 2024": ("during", "2024-09-01", "2024-11-30", ""),
    "Spring 2025": ("during", "2025-03-01", "2025-05-31", ""),
    "By March 2025": ("due", "", "2025-03-31", ""),
    "By December 2024": ("due", "", "2024-12-31", ""),
    "End of September 2024": ("due", "", "2024-09-30", ""),
    "Commencing June 2024": ("from", "2024-06-01", "", ""),
    "From April 2025": ("from", "2025-04-01", "", ""),
    "April 2024 - March 2025": ("range", "2024-04-01", "2025-03-31", ""),
    "Quarterly from April 2024": ("recurring", "2024-04-01", "", "quarterly"),
    "Quarterly": ("recurring", "", "", "quarterly"),
    "Monthly": ("recurring", "", "", "monthly"),
    "Annually from July 2024": ("recurring", "2024-07-01", "", "annual"),
    "Ongoing": ("ongoing", "", "", ""),
    "": ("", "", "", ""),
}


def printed(text: str) -> str:
    """Cell markup for reportlab: author's breaks and layout breaks both become line breaks."""
    return escape(text).replace("\n", "<br/>").replace("|", "<br/>")


def as_read(text: str) -> str:
    """What a reader takes the cell to say: a word hyphenated by the layout is whole again, and a
    compound keeps its hyphen."""
    out = []
    for line in text.split("\n"):
        pieces = line.split("|")
        joined = pieces[0]
        for piece in pieces[1:]:
            if joined.endswith("-") and piece[:1].islower() and joined[:-1].split(" ")[-1] in _SPLIT_WORDS:
                joined = joined[:-1] + piece
            elif joined.endswith("-"):
                joined += piece
            else:
                joined += " " + piece
        out.append(joined)
    return "\n".join(out)


# word starts that the layout cut (`imple-|mentation`), as opposed to compounds (`long-|term`)
_SPLIT_WORDS = {"imple", "accommo", "partner", "neighbour", "commission"}


def expected_action(act: Act, section: str) -> dict:
    kind, start, end, recurrence = TIMEFRAMES[act.when]
    lead = as_read(act.lead).replace("\n", " ")
    return {
        "section": section,
        "ref": act.ref,
        "action": as_read(act.action),
        "responsible": lead,
        "responsible_roles": act.roles if act.roles is not None else ([lead] if lead else []),
        "timeframe": act.when,
        "timeframe_kind": kind,
        "start_date": start,
        "end_date": end,
        "recurrence": recurrence,
        "outcome": as_read(act.outcome),
        "linkage": "",
        "status": act.status,
    }


def write_expected(stem: str, comment: str, rows: list[dict]) -> None:
    lines = [f"# {line}" if line else "#" for line in comment.strip().splitlines()]
    body = yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=4000, default_flow_style=None)
    (EXPECTED / f"{stem}.yaml").write_text("\n".join(lines) + "\n\n" + body, encoding="utf-8")


def theme_rows(items: list, first_section: str = "") -> list[dict]:
    section, out = first_section, []
    for item in items:
        if isinstance(item, Theme):
            section = item.text
        else:
            out.append(expected_action(item, section))
    return out


# ---------------------------------------------------------------------------------------------
# Table building blocks
# ---------------------------------------------------------------------------------------------


def plan_table(header: list[str] | None, items: list, widths: list[float], fields: list[str],
               grid: str = "full", repeat: int = 0,
               head_style: ParagraphStyle = HEAD) -> Table:
    """A plan table: `fields` name the Act attribute shown in each column; Theme rows span the width.
    grid: full (every rule), columns (column rules and a frame, no row rules) or none (borderless)."""
    data: list[list] = []
    style: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if header:
        data.append([Paragraph(printed(h), head_style) for h in header])
        if grid != "none":
            style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    for item in items:
        r = len(data)
        if isinstance(item, Theme):
            data.append([Paragraph(printed(item.text), THEME)] + [""] * (len(widths) - 1))
            style.append(("SPAN", (0, r), (-1, r)))
            if grid != "none":
                style.append(("BACKGROUND", (0, r), (-1, r), THEME_FILL))
            else:
                style.append(("TOPPADDING", (0, r), (-1, r), 9))
            continue
        data.append([Paragraph(printed(getattr(item, f)), CELL) for f in fields])
        if grid == "none":
            style.append(("TOPPADDING", (0, r), (-1, r), 6))
    if grid == "full":
        style.append(("GRID", (0, 0), (-1, -1), 0.6, RULE))
    elif grid == "columns":
        style += [("BOX", (0, 0), (-1, -1), 0.8, RULE),
                  ("LINEBEFORE", (1, 0), (-1, -1), 0.6, RULE),
                  ("TOPPADDING", (0, 1), (-1, -1), 7)]
        if header:
            style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE))
    table = Table(data, colWidths=widths, repeatRows=repeat, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _doc(buf, pagesize, title: str, author: str, subject: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buf, pagesize=pagesize, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.6 * cm,
        bottomMargin=1.8 * cm, invariant=1, title=title, author=author, subject=subject,
        creator="plan-ingest samples/make_pdf_samples.py",
    )


def _footer(label: str, pagesize):
    def draw(canv, doc) -> None:
        canv.saveState()
        canv.setFont(FONT, 8)
        canv.setFillColor(colors.HexColor("#606060"))
        canv.drawString(1.8 * cm, 0.9 * cm, label)
        canv.drawRightString(pagesize[0] - 1.8 * cm, 0.9 * cm, f"Page {doc.page}")
        canv.restoreState()

    return draw


def build(path: Path, story: list, pagesize, title: str, author: str, subject: str, footer: str) -> None:
    buf = io.BytesIO()
    doc = _doc(buf, pagesize, title, author, subject)
    draw = _footer(footer, pagesize)
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# 1. A landscape plan: landscape pages and a portrait page turned by /Rotate, one ruled table
# ---------------------------------------------------------------------------------------------

HOMELESSNESS = [
    Theme("Preventing homelessness"),
    Act("1.1", "Review the housing advice pages on the council website so that residents can find "
        "help before they reach crisis point.", "Housing Options Manager", "June 2024", status="Complete"),
    Act("1.2", "Agree a personal housing plan with every household owed a prevention duty within ten "
        "working days of their first assessment.", "Housing Options Manager",
        "Quarterly from April 2024", status="On track"),
    Act("1.3", "Work with private landlords to sustain tenancies at risk, including a tenancy rescue "
        "fund for households with rent arrears.", "Private Sector Housing Lead", "2024/25",
        status="In progress"),
    Theme("Accommodation"),
    Act("2.1", "Reduce the use of bed and breakfast accommodation for families to emergencies only, "
        "and never for longer than six weeks.", "Head of Housing", "By March 2025", status="Amber"),
    Act("2.2", "Open a 12-bed supported housing scheme for young people leaving care, with on-site "
        "support available around the clock.", "Head of Housing, Head of Children's Services",
        "Autumn 2024", status="Not started",
        roles=["Head of Housing", "Head of Children's Services"]),
    Act("2.3", "Buy back former council homes on the open market for use as temporary accommodation "
        "in the district, in place of nightly paid units outside it.", "Strategic Housing Manager",
        "April 2024 - March 2025", status="In progress"),
    Act("2.4", "Publish a temporary accommodation placement policy and report placements outside the "
        "district to Cabinet each quarter.", "Strategic Housing Manager", "Q2 2024/25",
        status="Complete"),
    Theme("Support and health"),
    Act("3.1", "Fund a specialist mental health worker within the outreach team for people sleeping "
        "rough.", "Director of Public Health and Head of Housing", "Commencing June 2024",
        status="On track", roles=["Director of Public Health", "Head of Housing"]),
    Act("3.2", "Monitor delivery of this action plan and report progress to the Homelessness Forum.",
        "Strategic Housing Manager", "Quarterly", status="Ongoing"),
]

LANDSCAPE_HEADER = ["Ref", "Action", "Lead officer", "Target date", "Status"]
LANDSCAPE_WIDTHS = [1.4 * cm, 12.5 * cm, 5.2 * cm, 3.8 * cm, 2.8 * cm]
LANDSCAPE_FIELDS = ["ref", "action", "lead", "when", "status"]


def _draw_table_part(c, items: list, x: float, top: float, header: bool = True) -> float:
    table = plan_table(LANDSCAPE_HEADER if header else None, items, LANDSCAPE_WIDTHS, LANDSCAPE_FIELDS)
    _, h = table.wrapOn(c, sum(LANDSCAPE_WIDTHS), 1000)
    table.drawOn(c, x, top - h)
    return top - h


def _draw_paragraph(c, text: str, style: ParagraphStyle, x: float, top: float, width: float) -> float:
    p = Paragraph(escape(text), style)
    _, h = p.wrapOn(c, width, 1000)
    p.drawOn(c, x, top - h)
    return top - h - style.spaceAfter


def landscape_ruled_plan(path: Path) -> None:
    """Three pages: landscape, then a portrait page shown landscape by /Rotate 90, then landscape."""
    land = landscape(A4)
    buf = io.BytesIO()
    c = pdfcanvas.Canvas(buf, pagesize=land, invariant=1)
    c.setTitle("Homelessness and Rough Sleeping Action Plan 2024-2026")
    c.setAuthor("Eastbrook District Council")
    c.setSubject("Homelessness strategy action plan")
    c.setCreator("plan-ingest samples/make_pdf_samples.py")
    margin = 1.6 * cm
    width = land[0] - 2 * margin

    def footer(n: int) -> None:
        c.setFont(FONT, 8)
        c.drawRightString(land[0] - margin, 0.9 * cm, f"Page {n} of 3")

    # page 1: landscape
    top = land[1] - margin
    top = _draw_paragraph(c, "Homelessness and Rough Sleeping Action Plan 2024-2026", TITLE, margin, top, width)
    top = _draw_paragraph(c, "Eastbrook District Council", SUBTITLE, margin, top, width)
    top = _draw_paragraph(c, "This plan sets out what the council and its partners will do over the "
                          "next two years to prevent homelessness, to end the use of unsuitable "
                          "temporary accommodation and to support people sleeping rough.", TEXT, margin,
                          top, width)
    _draw_table_part(c, HOMELESSNESS[:4], margin, top - 4)
    footer(1)
    c.showPage()

    # page 2: a portrait page whose content is drawn sideways and turned upright by /Rotate 90
    # (reportlab takes the size as displayed and writes the portrait MediaBox itself)
    c.setPageSize(land)
    c.setPageRotation(90)
    c.saveState()
    c.translate(A4[0], 0)
    c.rotate(90)
    _draw_table_part(c, HOMELESSNESS[4:8], margin, land[1] - margin)
    footer(2)
    c.restoreState()
    c.showPage()

    # page 3: landscape again; the section carries on from page 2 with no theme row
    c.setPageRotation(0)
    _draw_table_part(c, HOMELESSNESS[8:], margin, land[1] - margin)
    footer(3)
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# 2. A borderless plan: columns aligned by whitespace only, over two pages
# ---------------------------------------------------------------------------------------------

SAFER = [
    Theme("Priority 1: Tackling anti-social behaviour"),
    Act("1.1", "Hold monthly problem-solving meetings for each of the three town centres, with the "
        "police, housing providers and youth services.", "Community Safety Manager", "Monthly",
        "Fewer repeat calls about the same locations"),
    Act("1.2", "Extend the mediation service to private tenants and owner occupiers in neighbour "
        "disputes.", "Community Safety Manager", "From April 2025",
        "Disputes resolved without enforcement"),
    Act("1.3", "Run awareness sessions on doorstep crime and scams for:\n• older residents\n• carers "
        "and care workers\n• staff of the council's contact centre", "Trading Standards Lead",
        "Q3 2024/25", "Three sessions a quarter, 150 people reached"),
    Theme("Priority 2: Protecting vulnerable people"),
    Act("2.1", "Complete the imple-|mentation of the new case management system across the "
        "partnership, with training for every user.", "Partnership Analyst", "December 2024",
        "One shared record for each vulnerable victim"),
    Act("2.2", "Develop a long-|term funding model for the independent domestic violence advocate "
        "service with health and police partners.", "Head of Community Safety", "2025/26",
        "Service funded for three years"),
    Act("2.3", "Publish an annual review of domestic homicide review recommendations and the "
        "progress made against each of them.", "Head of Community Safety", "Annually from July 2024",
        "Review published and presented to the Board"),
    Theme("Priority 3: Reducing reoffending"),
    Act("3.1", "Agree a housing pathway for people leaving prison so that nobody is released without "
        "somewhere to stay.", "Head of Housing / Probation Service Manager", "End of September 2024",
        "Releases to no fixed abode halved", roles=["Head of Housing", "Probation Service Manager"]),
    Act("3.2", "Offer every young person entering the youth justice system an education, training or "
        "employment assessment.", "Youth Justice Service Manager", "Ongoing",
        "Assessment within five days of referral"),
    Act("3.3", "Review the integrated offender management cohort with partners and refresh the "
        "selection criteria.", "Community Safety Manager", "Spring 2025", "New criteria agreed"),
]

SAFER_HEADER = ["No.", "Action", "Lead", "Timescale", "Measure of success"]
SAFER_WIDTHS = [1.1 * cm, 7.2 * cm, 3.4 * cm, 2.6 * cm, 3.6 * cm]
SAFER_FIELDS = ["ref", "action", "lead", "when", "outcome"]


def borderless_plan(path: Path) -> None:
    story = [
        Paragraph("Safer Communities Partnership Plan 2024-2027", TITLE),
        Paragraph("Delivery plan for the first year", SUBTITLE),
        Paragraph("The partnership has three priorities for the coming year. The actions below say who "
                  "leads each one, when it will be done and how we will know it has worked.", TEXT),
        Spacer(1, 4),
        plan_table(SAFER_HEADER, SAFER, SAFER_WIDTHS, SAFER_FIELDS, grid="none", repeat=1),
    ]
    # push the table over a page boundary, as long plans do
    story.insert(3, Paragraph(" ".join([("The partnership board agreed these priorities after a "
                                        "public consultation and a review of last year's crime and "
                                        "disorder data.")] * 12), TEXT))
    build(path, story, A4, "Safer Communities Partnership Plan 2024-2027", "Northwick Community Safety "
          "Partnership", "Delivery plan", "Safer Communities Partnership Plan")


# ---------------------------------------------------------------------------------------------
# 3. A table starting mid-page after narrative, ruled by columns only, and a second table
# ---------------------------------------------------------------------------------------------

CLIMATE = [
    Theme("Buildings and energy"),
    Act("", "Install solar panels on the roofs of the civic centre and the two largest leisure "
        "centres.", "Energy Manager", "March 2025", status="Design stage"),
    Act("", "Complete heat decarbonisation plans for the twenty council buildings with the highest "
        "gas use.", "Energy Manager", "Q4 2024/25", status="Started"),
    Act("", "Offer free home energy advice visits to households in fuel poverty, targeting the "
        "least efficient private rented homes first.", "Private Sector Housing Lead",
        "Commencing June 2024", status="On track"),
    Theme("Transport"),
    Act("", "Replace the remaining diesel pool cars with electric vehicles as their leases end.",
        "Fleet Manager", "By December 2024", status="On track"),
    Act("", "Install forty public charge points in council car parks, with at least one in every "
        "ward.", "Head of Parking Services", "2024/25", status="Procurement"),
    Act("", "Publish a local cycling and walking infrastructure plan and consult on the first three "
        "routes.", "Transport Planning Manager", "Autumn 2024", status="Delayed"),
    Theme("Waste and resources"),
    Act("", "Introduce weekly food waste collections for all households, including flats.",
        "Head of Waste Services", "From April 2025", status="Not started"),
    Act("", "Run a reuse and repair campaign with local community groups and the library service.",
        "Waste Strategy Officer", "Ongoing", status="On track"),
    Theme("Nature and green spaces"),
    Act("", "Plant 5,000 trees on council land, choosing sites with residents and the local wildlife "
        "trust.", "Parks Manager", "Spring 2025", status="Sites agreed"),
    Act("", "Stop using glyphosate on council land and publish the results of the trial of "
        "alternatives.", "Parks Manager", "By March 2025", status="Trial running"),
]

REPORTING = [
    Act("M1", "Report progress against every action in this plan to the Climate Board.",
        "Climate Change Officer", "Quarterly", status=""),
    Act("M2", "Publish the council's own greenhouse gas emissions for the previous year.",
        "Climate Change Officer", "September 2024", status=""),
]

NARRATIVE = [
    ("In July 2019 the council declared a climate emergency and committed to making its own "
    "operations net zero by 2030. This strategy explains how we will get there and how we will help "
    "residents, businesses and partners to cut their own emissions."),
    ("Our emissions have fallen by a third since 2015, mostly because the electricity grid has become "
    "cleaner. The next reductions are harder: they mean changing how our buildings are heated, how we "
    "travel and how we deal with waste. Many of the actions below depend on external funding, and the "
    "timescales will be reviewed as bids are decided."),
    ("The action plan is reviewed every year. Each action has a lead officer, who reports progress to "
    "the Climate Board each quarter."),
    ("We cannot reach net zero alone. Around ninety-seven per cent of the district's emissions come "
    "from homes, businesses and transport that the council does not control, so the strategy also "
    "sets out how we will use our planning powers, our purchasing and our role as a convenor to help "
    "others act. The partnership commitments are listed in the second part of this document."),
    ("The actions for the first year concentrate on the council's own estate and fleet, where we have "
    "direct control and where the savings on energy bills will help to pay for later work. Actions "
    "that need new money are marked as subject to funding in the detailed programme."),
]


def midpage_table_plan(path: Path) -> None:
    story = [Paragraph("Climate Emergency Strategy 2024-2030", TITLE)]
    story += [Paragraph(escape(t), TEXT) for t in NARRATIVE]
    story += [
        Paragraph("Our action plan for 2024/25", HEADING),
        Paragraph("Table 1: Priority actions", CAPTION),
        plan_table(["Action", "Lead officer", "When", "Status"], CLIMATE,
                   [8.6 * cm, 3.6 * cm, 2.8 * cm, 2.6 * cm], ["action", "lead", "when", "status"],
                   grid="columns"),
        Spacer(1, 12),
        Paragraph("Monitoring and reporting", HEADING),
        Paragraph("The Climate Board will check progress and publish what it finds.", TEXT),
        Paragraph("Table 2: Reporting actions", CAPTION),
        plan_table(["Ref", "Action", "Owner", "Due"], REPORTING, [1.2 * cm, 9.0 * cm, 4.0 * cm, 3.4 * cm],
                   ["ref", "action", "lead", "when"], grid="full"),
    ]
    build(path, story, A4, "Climate Emergency Strategy 2024-2030", "Westmere Borough Council",
          "Climate emergency strategy", "Climate Emergency Strategy 2024-2030")


# ---------------------------------------------------------------------------------------------
# 4. A table over four pages that prints its header once, with a row split by a page break
# ---------------------------------------------------------------------------------------------

_ADULT_TOPICS = [
    (("Carry out a full review of the front door to adult social care, so that people who contact the "
     "council are given advice or a service at their first contact wherever possible"), ("Head of Adult "
     "Social Care"), "By March 2025"),
    (("Reduce the waiting list for occupational therapy assessments by recruiting two additional "
     "therapists and introducing a trusted assessor scheme with the hospital discharge team"),
     "Principal Occupational Therapist", "Q3 2024/25"),
    (("Commission an independent audit of safeguarding case files and present the findings and the "
     "resulting improvement plan to the Safeguarding Adults Board"), "Safeguarding Adults Manager",
     "September 2024"),
    (("Introduce strengths-based practice training for every social worker and care manager, with "
     "refresher sessions for existing staff and a new module in the induction programme"),
     "Principal Social Worker", "2024/25"),
    (("Agree a joint commissioning plan for home care with the integrated care board, including a "
     "shared approach to rates, quality monitoring and the recruitment and retention of care workers"),
     "Head of Commissioning", "By December 2024"),
    (("Publish clear information about charges for care and support, tested with people who use "
     "services and their carers before publication"), "Head of Adult Social Care", "June 2024"),
    (("Develop a carers' strategy with local carers' organisations and set up a carers' reference "
     "group to oversee its delivery"), "Head of Commissioning", "Spring 2025"),
    (("Review every long-term residential placement made in the last two years to check that it still "
     "meets the person's needs and wishes"), "Head of Adult Social Care", "April 2024 - March 2025"),
    (("Set up a quality assurance framework for the service, with monthly audits of case files and "
     "feedback from people who use services reported to the management team"), ("Principal Social "
     "Worker"), "Monthly"),
    (("Recruit permanent staff to hard-to-fill social work posts and reduce the use of agency workers "
     "across all the adult teams"), "Head of Workforce Development", "2025/26"),
    (("Work with housing colleagues to increase the supply of extra care housing, with a business case "
     "for a new scheme in the north of the borough"), "Head of Commissioning", "From April 2025"),
    ("Report progress on this improvement plan to the Adult Social Care Scrutiny Panel",
     "Director of Adult Services", "Quarterly"),
]

_PROGRESS = [
    "Review started; options paper due in the autumn.",
    "One therapist recruited; scheme in design.",
    "Auditor appointed.",
    "Training dates set for all teams.",
    "Draft plan with the integrated care board.",
    "Complete.",
    "Reference group has met twice.",
    ("A third of placements reviewed so far, with the rest scheduled across the year in order of the "
    "date of the original placement and the level of need recorded at the last review."),
    "First audits done.",
    "Recruitment campaign launched.",
    "Business case drafted.",
    "Ongoing.",
]

ADULT = [Act(f"{k}", text + ".", lead, when, status=_PROGRESS[k - 1])
         for k, (text, lead, when) in enumerate(_ADULT_TOPICS, start=1)]
# rows on each page; the progress note of action 8 runs over the foot of page 2 and carries on at
# the top of page 3 in the same row, as Word prints a row allowed to break across pages
_ADULT_PAGES = [(0, 4), (4, 8), (8, 12)]
_SPLIT_AT = "with the rest scheduled"


def long_table_plan(path: Path) -> None:
    """A ruled table over three pages that prints its header on the first page only."""
    widths = [1.0 * cm, 7.0 * cm, 3.4 * cm, 2.6 * cm, 3.6 * cm]
    fields = ["ref", "action", "lead", "when", "status"]
    story: list = [
        Paragraph("Adult Social Care Improvement Plan", TITLE),
        Paragraph("Kingsford Council, March 2024", SUBTITLE),
        Paragraph("This plan responds to the findings of the peer review carried out in January 2024. "
                  "Progress is updated every quarter.", TEXT),
        Paragraph("Improvement actions", HEADING),
    ]
    for page, (first, last) in enumerate(_ADULT_PAGES):
        rows = list(ADULT[first:last])
        if page == 1:  # the last row on this page stops mid-note
            split = rows[-1]
            head, _tail = split.status.split(_SPLIT_AT)
            rows[-1] = Act(split.ref, split.action, split.lead, split.when, status=head.rstrip() + " " + _SPLIT_AT)
        if page == 2:
            rows.insert(0, Act("", "", "", "", status=ADULT[7].status.split(_SPLIT_AT)[1].strip()))
        header = ["Ref", "Action", "Responsible", "Timeframe", "Progress"] if page == 0 else None
        story.append(plan_table(header, rows, widths, fields, grid="full"))
        if page < len(_ADULT_PAGES) - 1:
            story.append(PageBreak())
    build(path, story, A4, "Adult Social Care Improvement Plan", "Kingsford Council", "Improvement plan",
          "Adult Social Care Improvement Plan")


# ---------------------------------------------------------------------------------------------
# 5. Rotated header cells and side labels, a header broken by a narrow column, merged cells
# ---------------------------------------------------------------------------------------------


class Sideways(Flowable):
    """Text printed at 90 degrees, reading bottom to top, as Word prints vertical header cells."""

    def __init__(self, text: str, font: str = BOLD, size: float = 8.5) -> None:
        super().__init__()
        self.text, self.font, self.size = text, font, size

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.width = self.size * 1.2
        self.height = stringWidth(self.text, self.font, self.size) + 2
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.size * 0.95, 0)
        self.canv.rotate(90)
        self.canv.setFont(self.font, self.size)
        self.canv.drawString(1, 0, self.text)
        self.canv.restoreState()


class BrokenWord(Flowable):
    """A header word too wide for its column, broken without a hyphen where the column ends
    (`Timefra` / `me`), as spreadsheets and narrow Word columns print it."""

    def __init__(self, word: str, size: float = 9) -> None:
        super().__init__()
        self.word, self.size = word, size

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        cut = len(self.word)
        while cut > 1 and stringWidth(self.word[:cut], BOLD, self.size) > avail_w:
            cut -= 1
        self.first, self.rest = self.word[:cut], self.word[cut:]
        self.width = avail_w
        self.height = 2 * self.size * 1.2
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFont(BOLD, self.size)
        self.canv.drawString(0, self.size * 1.2 + 1, self.first)
        self.canv.drawString(0, 1, self.rest)


WELLBEING = [
    Section("Housing", [
        Act("H1", "Bring 150 empty homes back into use through grants, loans and enforcement.",
            "Empty Homes Officer", "March 2025",
            outcome="More homes available for local people and fewer long-term empty properties",
            outcome_rows=2, status="Green"),
        Act("H2", "Licence every house in multiple occupation in the two selective licensing areas.",
            "Private Sector Housing Lead", "2024/25", status="Amber"),
        Act("H3", "Adopt a new allocations policy after consultation with applicants and partners.",
            "Housing Strategy Manager", "Q3 2024/25", outcome="A fairer and simpler way to apply "
            "for social housing", status="Green"),
    ]),
    Section("Wellbeing", [
        Act("W1", "Open two warm spaces in each locality every winter, run with voluntary groups.",
            "Communities Manager", "Q3 2024/25",
            outcome="Residents less isolated and better able to heat their homes", outcome_rows=2,
            status="Green"),
        Act("W2", "Fund debt and benefits advice in GP surgeries in the most deprived wards.",
            "Public Health Principal", "From April 2025", status="Red"),
        Act("W3", "Train 200 frontline staff in making every contact count.",
            "Public Health Principal", "By March 2025", outcome="Staff confident to give brief "
            "advice on health and money", status="Amber"),
    ]),
]

QUARTERS = ["Apr - Jun", "Jul - Sep", "Oct - Dec", "Jan - Mar"]
_TICKS = {"Green": ["x", "x", "", ""], "Amber": ["x", "", "", ""], "Red": ["", "", "", ""]}


def rotated_header_table() -> Table:
    widths = [1.0 * cm, 1.0 * cm, 8.2 * cm, 3.8 * cm, 1.45 * cm, 6.0 * cm] + [0.8 * cm] * 4 + [1.0 * cm]
    n = len(widths)
    head1 = [Sideways("Theme"), Paragraph("Ref", HEAD), Paragraph("Action", HEAD), Paragraph("Lead", HEAD),
             BrokenWord("Timeframe"), Paragraph("Outcome", HEAD),
             Paragraph("Progress 2024/25", HEAD), "", "", "", Sideways("RAG status")]
    head2 = ["", "", "", "", "", ""] + [Sideways(q, size=8) for q in QUARTERS] + [""]
    data = [head1, head2]
    style: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, 1), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("SPAN", (6, 0), (9, 0)),
    ]
    for col in (0, 1, 2, 3, 4, 5, 10):
        style.append(("SPAN", (col, 0), (col, 1)))
    for section in WELLBEING:
        first = len(data)
        pending = 0
        for k, act in enumerate(section.rows):
            r = len(data)
            row = [Sideways(section.label, size=10) if k == 0 else "", Paragraph(act.ref, CELL),
                   Paragraph(printed(act.action), CELL), Paragraph(printed(act.lead), CELL),
                   Paragraph(printed(act.when), CELL), ""]
            if act.outcome and pending == 0:
                row[5] = Paragraph(printed(act.outcome), CELL)
                if act.outcome_rows > 1:
                    style.append(("SPAN", (5, r), (5, r + act.outcome_rows - 1)))
                    pending = act.outcome_rows
            pending = max(pending - 1, 0)
            row += [Paragraph(t, CELL) for t in _TICKS[act.status]] + [Paragraph(act.status[0], CELL)]
            data.append(row)
        style.append(("SPAN", (0, first), (0, len(data) - 1)))
        style.append(("VALIGN", (0, first), (0, len(data) - 1), "MIDDLE"))
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    assert len(widths) == n
    return table


def rotated_header_plan(path: Path) -> None:
    story = [
        Paragraph("Health and Wellbeing Delivery Plan 2024/25", TITLE),
        Paragraph("Ashby Vale Council and partners. Progress is shown by quarter; the RAG status is G "
                  "(on track), A (some slippage) or R (off track).", TEXT),
        Spacer(1, 4),
        rotated_header_table(),
    ]
    build(path, story, landscape(A4), "Health and Wellbeing Delivery Plan 2024/25", "Ashby Vale Council",
          "Delivery plan", "Health and Wellbeing Delivery Plan 2024/25")


def _rag(status: str) -> str:
    return status[0]


# ---------------------------------------------------------------------------------------------
# The long strategy the speed benchmark reads: 54 pages of narrative, a 6-page appendix table
# ---------------------------------------------------------------------------------------------

_STRATEGY_TOPICS = [
    "housing supply", "town centre renewal", "skills and employment", "health inequalities",
    "climate change", "transport", "community safety", "children and young people", "older people",
    "culture and leisure", "digital inclusion", "the council's finances",
]


def _narrative_paragraph(k: int) -> str:
    topic = _STRATEGY_TOPICS[k % len(_STRATEGY_TOPICS)]
    return (
        f"Our approach to {topic} builds on what residents told us during the consultation. "
        f"Section {k} of this strategy describes the evidence behind the priority, the partners who "
        f"share responsibility for it and the measures we will use to judge progress. We have set out "
        f"where the council leads, where it commissions others and where it can only influence, "
        f"because the resources available to us over the life of this strategy are limited and must be "
        f"directed to where they make the greatest difference to outcomes for {topic}."
    )


def strategy_actions(n: int = 78) -> list:
    items: list = []
    for k in range(n):
        if k % 10 == 0:
            items.append(Theme(f"Priority {k // 10 + 1}: {_STRATEGY_TOPICS[k // 10].capitalize()}"))
        topic = _STRATEGY_TOPICS[k // 10]
        items.append(Act(f"{k // 10 + 1}.{k % 10 + 1}",
                         f"Deliver the {topic} commitments in year {k % 3 + 1} of the strategy, working with "
                         f"partners across the district and reporting progress to the lead member.",
                         "Head of Strategy and Performance", ["March 2025", "2025/26", "Quarterly"][k % 3],
                         status=["On track", "Not started", "In progress"][k % 3]))
    return items


def strategy_with_appendix(path: Path, narrative_pages: int = 54) -> None:
    """A long portrait strategy (narrative only) ending in a landscape action-plan appendix of six pages."""
    from reportlab.platypus import BaseDocTemplate, NextPageTemplate, PageTemplate
    from reportlab.platypus.frames import Frame

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.6 * cm,
                          bottomMargin=1.8 * cm, invariant=1, title="Corporate Strategy 2024-2028",
                          author="Fernhill District Council", subject="Corporate strategy",
                          creator="plan-ingest samples/make_pdf_samples.py")
    portrait_frame = Frame(doc.leftMargin, doc.bottomMargin, A4[0] - 3.6 * cm, A4[1] - 3.4 * cm, id="p")
    land = landscape(A4)
    land_frame = Frame(1.6 * cm, 1.6 * cm, land[0] - 3.2 * cm, land[1] - 3.2 * cm, id="l")
    doc.addPageTemplates([
        PageTemplate(id="portrait", frames=[portrait_frame], pagesize=A4, onPage=_footer("Corporate Strategy", A4)),
        PageTemplate(id="landscape", frames=[land_frame], pagesize=land, onPage=_footer("Corporate Strategy", land)),
    ])
    story: list = [Paragraph("Corporate Strategy 2024-2028", TITLE)]
    k = 0
    for page in range(narrative_pages):
        story.append(Paragraph(f"{page + 1}. {_STRATEGY_TOPICS[page % len(_STRATEGY_TOPICS)].capitalize()}", HEADING))
        for _ in range(5):
            story.append(Paragraph(_narrative_paragraph(k), TEXT))
            k += 1
        story.append(PageBreak())
    story[-1:] = [NextPageTemplate("landscape"), PageBreak()]
    story.append(Paragraph("Appendix A: Action plan", HEADING))
    story.append(plan_table(LANDSCAPE_HEADER, strategy_actions(), LANDSCAPE_WIDTHS, LANDSCAPE_FIELDS,
                            grid="full", repeat=1))
    doc.build(story)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# Expected actions
# ---------------------------------------------------------------------------------------------


def expected_files() -> None:
    write_expected("landscape_ruled_plan", """
Expected actions for landscape_ruled_plan.pdf, written from reading the document.
One ruled table over three pages: page 1 landscape, page 2 a portrait page turned by /Rotate 90,
page 3 landscape. The header row is repeated on pages 2 and 3; page 3 opens with 2.4, still in the
Accommodation theme. Sections come from the shaded theme rows.
""", theme_rows(HOMELESSNESS))
    write_expected("borderless_plan", """
Expected actions for borderless_plan.pdf. A table with no rules at all, columns aligned by
whitespace, over two pages with its header repeated. Bold priority lines are the sections. 1.3
holds a lead-in and three bullet items in one cell; 2.1 hyphenates `implementation` at a line end
(joined again), 2.2 breaks the compound `long-term` at its hyphen (kept).
""", theme_rows(SAFER))
    climate = theme_rows(CLIMATE)
    monitoring = [expected_action(a, "Monitoring and reporting") for a in REPORTING]
    write_expected("midpage_table_plan", """
Expected actions for midpage_table_plan.pdf. Narrative, a heading and a caption, then a table
ruled by columns only (no row rules) that starts mid-page and ends on page 2 without repeating its
header; rows have no refs. A second, fully ruled table follows on page 2 under its own heading.
""", climate + monitoring)
    write_expected("long_table_plan", """
Expected actions for long_table_plan.pdf. One ruled table over three pages with its header printed
on the first page only; the section is the heading above the table. The progress note of action 8
runs over the foot of page 2 and carries on at the top of page 3 in the same row (empty Ref).
""", [expected_action(a, "Improvement actions") for a in ADULT])
    rows = []
    for section in WELLBEING:
        outcome = ""
        left = 0
        for act in section.rows:
            if act.outcome and left == 0:
                outcome, left = act.outcome, act.outcome_rows
            elif left == 0:
                outcome = ""
            row = expected_action(act, section.label)
            row["outcome"] = outcome
            row["status"] = _rag(act.status)
            left = max(left - 1, 0)
            rows.append(row)
    write_expected("rotated_header_plan", """
Expected actions for rotated_header_plan.pdf (landscape). Header cells printed at 90 degrees (Theme,
the four quarters, RAG status) under a merged `Progress 2024/25` cell; the Timeframe header broken
without a hyphen by its narrow column. Side labels Housing and Wellbeing are rotated in cells
merged down their rows; outcome cells merged over two actions apply to both. The quarter ticks have
no contract column (they go to `extra`); the RAG letter is the status.
""", rows)


SAMPLES = {
    "landscape_ruled_plan.pdf": landscape_ruled_plan,
    "borderless_plan.pdf": borderless_plan,
    "midpage_table_plan.pdf": midpage_table_plan,
    "long_table_plan.pdf": long_table_plan,
    "rotated_header_plan.pdf": rotated_header_plan,
}


def main() -> None:
    for name, make in SAMPLES.items():
        make(HERE / name)
        print(f"wrote samples/{name}")
    expected_files()
    print("wrote the expected actions in samples/expected/")


if __name__ == "__main__":
    main()
