"""Rebuild the bundled sample plans (Halton delivery plan, Haringey action plan) as .docx and .pdf.
Run `.venv/bin/python samples/make_samples.py`; output is byte-stable (fixed dates, invariant PDF).

The wording comes from the two seed text exports (kept beside this script as the .txt samples);
the layout reproduces what those exports betray about the real documents: rotated side labels in
vertically merged cells, cropped PDF header text, outcome cells merged over several actions, a
lead-in row, full-width theme rows, a repeated header row, a row split across a page break and
HTML markup printed literally inside cells.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "samples"  # the generated files land beside the real ones users run
ZIP_TIME = (2011, 1, 4, 9, 0, 0)  # every member of a .docx gets this timestamp

# ---------------------------------------------------------------------------------------------
# Halton-style "Delivery Plan": three 4-column tables, one per page, rotated side labels.
# ---------------------------------------------------------------------------------------------

HALTON_OBJECTIVES = [
    "To lead and direct the Council in embedding and further improving organisational "
    "procurement processes and systems to ensure that they remain cohesive, robust, and "
    "focussed upon the ongoing realisation of efficiencies.",
    "To develop, review, inform and challenge organisational and departmental expenditure "
    "profiles and other analytical approaches in order to exploit spend reduction opportunities.",
    "To actively seek and participate in partnership and collaborative activities, both "
    "internal and external, in order to share intelligence, expand the procurement knowledge "
    "base and exploit any savings potential from common spend",
]

PEOPLE_OUTCOME = (
    "To begin and lead the process of change management and to secure visible senior "
    "leadership and political support and enhance the understanding of and commitment to new "
    "working arrangements across all levels of the organisation. To secure commitment to engage "
    "with the central support team, establish regular meetings and develop work plans. To ensure "
    "synergy and integration of procurement activity across the organisation. Develop a wider "
    "understanding of how procurement can drive savings. Achieve budget reductions to reflect "
    "savings identified. Income generation streams identified"
)

PROCESS_OUTCOME = (
    "Development of a risk-based implementation based on value and priority and increase the "
    "number of suppliers registered Coherent approach developed and embed across the authority "
    "Expansion of e-procurement solutions, promotion and integration of environmental criteria "
    "within the tendering process Provide opportunities to challenge and improve practice in "
    "order to secure spend control and reduction opportunities Officers more aware of "
    "procurement options ensuring the application of best practice and achievement of value "
    "for money."
)


@dataclass
class Row:
    """One body row of a Halton table.

    outcome=None means the row sits under an outcome cell merged down from a row above;
    outcome_rows > 1 makes this row's outcome cell span that many rows.
    """

    action: str
    timeframe: str = ""
    outcome: str | None = ""
    outcome_rows: int = 1
    indent: bool = False


@dataclass
class Section:
    label: str  # side label, merged down every body row and rotated
    heading: str  # heading printed above the table
    headers: tuple[str, str, str, str]
    hidden: dict[int, int] = field(default_factory=dict)  # PDF only: column -> cropped chars
    rows: list[Row] = field(default_factory=list)


HALTON = [
    Section(
        label="People",
        heading="",
        headers=("", "Action", "Timeframe", "Purpose / Outcome"),
        hidden={1: 1},  # "A" falls left of the cell edge: the PDF shows "ction"
        rows=[
            Row("Presentation to:-"),
            Row("Chief Officers Management Team", "July 2010", PEOPLE_OUTCOME, 8, indent=True),
            Row("Elected Members", "November 2010", None, indent=True),
            Row("Senior Leadership Team", "Quarterly from July 2010", None, indent=True),
            Row("Briefings to Directorate Management Teams", "September 2010", None),
            Row("Briefings to wider workforce", "Commencing December 2010", None),
            Row(
                "Collaborate and share information knowledge with finance teams in relation to "
                "the realisation of spend reduction through the Councils budget process.",
                "Commencing November 2010",
                None,
            ),
            Row(
                "Develop budget holders understanding and appreciation of improved procurement "
                "practice through training and direct support.",
                "Commencing November 2010",
                None,
            ),
            Row(
                "Identify trading opportunities for the Procurement Centre of Excellence "
                "through trading / collaboration activities both internal and with external "
                "Public Sector bodies",
                "December 2010",
                None,
            ),
        ],
    ),
    Section(
        label="Process",
        heading="Appendix 1",
        headers=("", "Action", "Timeframe", "Outcome"),
        hidden={1: 3},  # "Act" cropped: the PDF shows "ion"
        rows=[
            Row(
                "Revise and promote the use of standard procurement documentation including "
                "pre qualification questionnaires",
                "By December 2010",
            ),
            Row(
                "Embed the use of The Chest (hosted by Due North) e-tendering solution across "
                "all trading activity within the Council",
                "Commencing September 2010",
                PROCESS_OUTCOME,
                5,
            ),
            Row(
                "Develop the use of the Marketplace system (On line catalogues, standard product "
                "lists and e invoicing)",
                "Commencing November 2010",
                None,
            ),
            Row("Develop a protocol for procurement activity", "Commencing December 2010", None),
            Row(
                "Develop a Sustainability Strategy to comply with the national SPTF/ Flexible "
                "Framework?",
                "November 2010",
                None,
            ),
            Row(
                "Review organisational procurement / process, produce spend analysis and "
                "establish category approach to work allocation in order to review spend themes.",
                "Commencing November 2010",
                None,
            ),
            Row(
                "Reduce waivers to standing orders through the review, guidance and challenge",
                "Commencing August 2010",
                "Provide opportunities to challenge and improve practice in order to secure "
                "spend control and reduction opportunities.",
            ),
            Row(
                "Develop the awareness and use of Core Contracts, Frameworks through internal "
                "promotion",
                "Commencing December 2010",
                "Officers more aware of procurement options ensuring the application of best "
                "practice and achievement of value for money.",
            ),
            Row(
                "Promote opportunities for improvement and celebrate good practice and impact "
                "through a process of publication, promotion and review",
                "Commencing September 2010",
            ),
            Row(
                "Review spend intelligence in line with standing Order financial thresholds in "
                "order to prioritise support across the Council focusing on risk in addition to "
                "low value spend",
                "Commencing October 2010",
                "Reduction in duplication and administration leading to improved contact "
                "management and greater efficiency.",
            ),
        ],
    ),
    Section(
        label="Partnership",
        heading="Delivery Plan",
        headers=("", "Action", "Timeframe", "Outcome"),
        rows=[
            Row(
                "Strengthen the links with national and regional purchasing organisations/groups "
                "and other public sector bodies",
                "Commencing August 2010",
                "Improving value for money through collaboration and achievement of common "
                "approaches",
            ),
            Row(
                "Further develop the relationship with Halton Chamber of Commerce and promote "
                "The Chest e-tendering solution to local businesses by delivering a series of "
                "local briefings and workshops",
                "Ongoing programme from November 2010",
                "Increase the number of local businesses registering with the Chest and improve "
                "trading opportunities with the Council. Additionally, promote the procurement "
                "objectives of the Council and enhance the transparency of such opportunities "
                "to suppliers of goods and services",
            ),
            Row(
                "Support local third sector and voluntary organisations (The Big Society) in "
                "how to tender more effectively and promote collaborative working within the "
                "sector",
                "Commencing January 2011",
                "Improvement in local voluntary and community sector engagement within the "
                "Council's procurement activity",
            ),
            Row(
                "Review spend opportunities to work collaboratively with Halton Borough Council",
                "Commencing November 2010",
                "Joint contracts established and economies of scale to realise savings",
            ),
        ],
    ),
]

HALTON_AUTHOR = "Author Lorraine Cox November 2010"

# ---------------------------------------------------------------------------------------------
# Haringey "2006 - 2009 Procurement Strategy Action Plan": one 5-column table over 8 pages.
# ---------------------------------------------------------------------------------------------

UL = '<ul style="list-style-type: none">'


@dataclass
class Theme:
    text: str  # full-width shaded row


@dataclass
class Action:
    ref: str
    text: str
    responsible: str
    tail: str = ""  # PDF: carried to the top of the next page, as a row split by a page break


HOP = "Head of Procurement"
HOP_IP = "Head of Procurement Head of Improvement and Performance"
HOP_ED = "Head of Procurement Head of equalities and Diversity"
HOP_SC = "Head of Procurement Head of Safer Communities and Voluntary Sector"
HSC = "Head of Safer Communities and Voluntary Sector"

ACTION_2_1 = (
    "<p>The CPU is to make co-ordinated use of procurement and savings information submitted "
    "during the business planning process and informed by strategic spend data to recommend "
    "cross-cutting strategies for achieving:</p> <p>Strategic</p> " + UL + " "
    "<li>\u2022 Collaboration across services.</li> <li>\u2022 Economies of scale.</li> "
    "<li>\u2022 Aggregation in the supply chain.</li> "
    "<li>\u2022 Reductions in the duplication of effort.</li> <p>Service Specific</p> " + UL + " "
    "<li>\u2022 The provision of advice to services on packaging work programmes so as to "
    "achieve value for money and sector-specific efficiency targets.</li> "
    "<li>\u2022 Map savings and embed within Directorate/Service procurement strategies.</li>"
)
ACTION_2_1_TAIL = UL + " Review progress as part of pre business plan reviews."

ACTION_2_4 = (
    "<p>CPU is to manage a programme of specific reviews with a view to improving the "
    "Authority's market knowledge in the various sectors of which it is a client. Areas "
    "identified for review during the three-year period of this strategy are:</p> " + UL + " "
    "Highways Transport Services Marketing & Communications Health and Social Care Children's "
    "Service IT and Telecoms Retail and support services Facilities Management Housing repairs "
    "service Completion of Energy and Utilities."
)

# One list per PDF page, as the seed export broke them.
HARINGEY_PAGES: list[list[Theme | Action]] = [
    [
        Theme("Delivery of the Haringey Procurement Strategy"),
        Action("1.1", "Monitor delivery of this Strategy.", "Stream Board"),
        Action("1.2", "Report progress to SB and CEMB.", "Stream Board"),
        Theme("Dissemination and Sharing Best Practice"),
        Action(
            "1.3",
            "Establish and maintain relationships with London Centre of Excellence and other "
            "bodies supporting improved procurement within local government",
            HOP,
        ),
        Theme("Integrated Business and Financial Planning"),
        Action("2.1", ACTION_2_1, HOP, tail=ACTION_2_1_TAIL),
    ],
    [
        Theme("Performance Management"),
        Action(
            "2.2",
            "The Corporate Procurement Unit will monitor procurement performance against PIs "
            "within the agreed framework and will report performance to Chief Officers, Stream "
            "Board, and the lead Member for Resources",
            HOP,
        ),
        Action(
            "2.3", "Share information on a regional basis via the London Centre of Excellence.", HOP
        ),
        Theme("Improving Market Knowledge"),
        Action("2.4", ACTION_2_4, "Stream Board to determine"),
    ],
    [
        Theme("Responding to Service Reviews"),
        Action(
            "2.5",
            "The CPU to liaise with services on the outcomes of inspections and service reviews "
            "to inform action plans for service improvement.",
            HOP,
        ),
        Theme("Efficiency"),
        Action(
            "2.6",
            "Establish a clear methodology for all business areas to ensure that savings arising "
            "specifically from procurement are identified, logged and built into Service "
            "procurement plans.",
            "Head of Procurement Head of Corporate Finance",
        ),
        Action(
            "2.7",
            "The CPU is to use information produced from spend analysis data to identify "
            "opportunities for efficiency savings. Develop and implement strategies for delivery "
            "of savings identified.",
            HOP,
        ),
        Theme("Implementing the National Procurement Strategy"),
        Action(
            "2.8",
            "Appoint an officer responsible for the attainment and ongoing maintenance of each "
            "milestone. Identify and agree actions for ensuring that any milestones with a "
            "status other than green are built into the appropriate programme areas, work plan "
            "objectives and is continually reviewed via the performance framework.",
            HOP,
        ),
        Action("2.9", "Report progress to Stream Board and London Centre of Excellence.", HOP),
    ],
    [
        Theme("Improvement Planning and CPA"),
        Action(
            "2.10",
            "The Corporate Procurement Unit is to liaise with Improvement & Performance to "
            "ensure an active role in to the input of the Council's improvement planning process",
            HOP_IP,
        ),
        Action(
            "2.11",
            "Conduct periodic assessment of the Procurement Service against CPA key lines of "
            "enquiry.",
            HOP_IP,
        ),
        Action("2.12", "Document positive progress.", HOP_IP),
        Action(
            "2.13", "Develop and agree actions for improving areas in need of development.", HOP_IP
        ),
        Theme("Delivering the Improvement Plan and raising Customer Focus"),
        Action(
            "3.1",
            "Ensure actions identified in the Corporate Procurement Unit Improvement Plan are "
            "incorporated into relevant programme streams and individual work plans.",
            HOP,
        ),
        Action(
            "3.2",
            "Continually monitor progress via the performance management frameworks of "
            "performance appraisal and PIs.",
            HOP,
        ),
    ],
    [
        Action(
            "3.3",
            "Raise officer and Member awareness of procurement roles and responsibilities via "
            "Intranet and publications.",
            HOP,
        ),
        Action(
            "3.4",
            "Define and publish CPU service levels based on consultation with service users.",
            HOP,
        ),
        Theme("SMAR+ER Procurement Change"),
        Action("3.5", "Continue to develop internal procurement networks.", "Stream Board"),
        Action(
            "3.6",
            "Assess the effectiveness of introducing a subgroup structure to Value for Money "
            "Stream Board.",
            "Stream Board",
        ),
        Theme("Equalities"),
        Action(
            "3.7",
            "The Corporate Procurement and Equalities and Diversity Units are to undertake "
            "periodic assessments of the Equalities Framework against prescribed national and "
            "legislative standards to ensure compliance with statutory obligations.",
            HOP_ED,
        ),
        Action(
            "3.8",
            "Both units are to respond to changes by employing appropriate methods for revising "
            "/ re-issuing guidance to Council officers.",
            HOP_ED,
        ),
    ],
    [
        Theme("Building Capacity"),
        Action(
            "3.9",
            "Develop and deliver to a tailored programme of procurement training and "
            "development. Ensure fit with SMAR+ Working framework",
            "Head of Procurement Head of Organisational Learning and Development",
        ),
        Theme("Freedoms and Flexibilities"),
        Action(
            "4.1",
            "CPU, Corporate Finance and Legal are to produce a joint feasibility paper on the "
            "benefits to be acquired by Haringey from the use of the well-being and freedom "
            "powers.",
            "Head of Procurement Head of Corporate Finance Head of Legal",
        ),
        Theme("Construction Procurement"),
        Action(
            "4.2",
            "Establish Whole Life Costing methodology and incorporate into all protocol, "
            "guidance and regulatory rules and procedures.",
            HOP,
        ),
        Action(
            "4.3",
            "Project manage the Strategic Review of Construction Management action plan as a "
            "step integral to the adoption of 'Future Haringey Construction'.",
            HOP,
        ),
        Action(
            "4.4",
            "Scope specialist training requirements and deliver the programme to the network of "
            "construction officers.",
            HOP,
        ),
    ],
    [
        Theme("Engaging the Voluntary Sector"),
        Action(
            "4.5",
            "Liaise with the Voluntary Sector Team to ensure continual input into the "
            "development of the Haringey Compact",
            HOP_SC,
        ),
        Action(
            "4.6",
            "Assess the usefulness of 'Trade Local' style workbooks as a resource for supporting "
            "organisations in the Voluntary Sector.",
            HOP_SC,
        ),
        Action(
            "4.7",
            "Extend the operation of the Trade Local database to ensure Voluntary Sector "
            "organisations can appear as a category within their own right and ensure "
            "appropriate linkage to the Contract Management System.",
            HOP_SC,
        ),
        Action(
            "4.8",
            "Baseline and monitor use of VCOs and SMEs with a view to developing existing "
            "support to the local economy.",
            HSC,
        ),
        Action("4.9", "Implement the recommendations contained in the Haringey Compact.", HSC),
    ],
    [
        Theme("e-Procurement"),
        Action(
            "4.10",
            "A Strategy for sending purchase orders and receiving supplier invoices "
            "electronically will be developed in 2006/7.",
            HOP,
        ),
        Theme("Sustainable Procurement"),
        Action(
            "4.11",
            "Actions arising from Sustainable Council Project Board are fed into the "
            "Procurement Strategy.",
            HOP,
        ),
        Action(
            "4.12",
            "Benchmark Haringey sustainability practice against regional and national objectives "
            "with a view to developing Haringey's long-term approach to sustainable development",
            HOP,
        ),
        Action("4.13", "Develop and embed policy for sustainable development.", HOP),
    ],
]

HARINGEY_HEADERS = ("Ref/Theme", "Action", "Responsible Officer/Body", "Linkage", "Status")
HARINGEY_TITLE = ("2006 - 2009", ("Procurement", "Strategy", "Action Plan"))

# ---------------------------------------------------------------------------------------------
# PDF (reportlab)
# ---------------------------------------------------------------------------------------------

PAGE = landscape(A4)
FONT_DIRS = [
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
]


def _register_fonts() -> tuple[str, str]:
    """Embed Liberation Sans (Arial's metrics), as Word's own PDF export embeds Arial.

    An embedded TrueType subset carries a ToUnicode map, so "\u2022" extracts as a bullet; the
    base-14 Helvetica would write it as WinAnsi 0x7F, which extractors read as "(cid:127)".
    """
    for folder in FONT_DIRS:
        if (folder / "LiberationSans-Regular.ttf").exists():
            registerFont(TTFont("LiberationSans", folder / "LiberationSans-Regular.ttf"))
            registerFont(TTFont("LiberationSans-Bold", folder / "LiberationSans-Bold.ttf"))
            return "LiberationSans", "LiberationSans-Bold"
    print("warning: Liberation Sans not found (apt-get install fonts-liberation2); using "
          "reportlab's Vera, so the PDFs will differ from the committed ones")
    registerFont(TTFont("Vera", "Vera.ttf"))
    registerFont(TTFont("Vera-Bold", "VeraBd.ttf"))
    return "Vera", "Vera-Bold"


FONT, BOLD = _register_fonts()
GRID = colors.HexColor("#404040")
HALTON_HEAD_FILL = colors.HexColor("#C6D9F1")
HALTON_LABEL_FILL = colors.HexColor("#EAF1FB")
HARINGEY_HEAD_FILL = colors.HexColor("#D9D9D9")
HARINGEY_THEME_FILL = colors.HexColor("#F2F2F2")
HARINGEY_INK = colors.HexColor("#1F3864")

BODY = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11)
BODY_INDENT = ParagraphStyle("body_indent", parent=BODY, leftIndent=10)
PLAIN = ParagraphStyle("plain", fontName=FONT, fontSize=10, leading=13, spaceAfter=7)


def _footer(total: int):
    def draw(canv, doc) -> None:
        canv.saveState()
        canv.setFont(FONT, 8)
        canv.drawCentredString(PAGE[0] / 2, 0.9 * cm, f"Page {doc.page} of {total}")
        canv.restoreState()

    return draw


def _build_pdf(path: Path, story_fn, meta: dict) -> int:
    """Build twice: the first pass counts pages for the "Page n of N" footer."""
    total = 0
    for _ in range(2):
        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf,
            pagesize=PAGE,
            leftMargin=1.9 * cm,
            rightMargin=1.9 * cm,
            topMargin=1.4 * cm,
            bottomMargin=1.6 * cm,
            invariant=1,
            creator="plan-ingest samples/make_samples.py",
            **meta,
        )
        footer = _footer(total)
        doc.build(story_fn(), onFirstPage=footer, onLaterPages=footer)
        total = doc.page
    path.write_bytes(buf.getvalue())
    return total


class SideLabelTable(Flowable):
    """A Halton section table drawn by hand, for exact control of merges, rotation and cropping.

    Column 0 is one cell merged down every body row holding the rotated side label; outcome
    cells may span rows; header text of `hidden` columns is cropped at the cell's left edge.
    """

    PAD = 4
    HEAD_H = 18

    def __init__(self, section: Section, widths: list[float]) -> None:
        super().__init__()
        self.section = section
        self.widths = widths
        self.width = sum(widths)

    def _para(self, text: str, style: ParagraphStyle, col: int) -> Paragraph:
        p = Paragraph(escape(text), style)
        p.wrap(self.widths[col] - 2 * self.PAD, 10_000)
        return p

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        pad, rows = self.PAD, self.section.rows
        self.cells: list[dict[int, Paragraph]] = []
        heights = []
        for row in rows:
            cell = {
                1: self._para(row.action, BODY_INDENT if row.indent else BODY, 1),
                2: self._para(row.timeframe, BODY, 2),
            }
            if row.outcome:
                cell[3] = self._para(row.outcome, BODY, 3)
            own = [p.height for c, p in cell.items() if c != 3 or row.outcome_rows == 1]
            heights.append(max(own) + 2 * pad)
            self.cells.append(cell)
        # A merged cell taller than the rows it spans stretches them evenly, as Word does.
        spans = [(i, r.outcome_rows, self.cells[i][3].height) for i, r in enumerate(rows)
                 if r.outcome and r.outcome_rows > 1]
        spans.append((0, len(rows), stringWidth(self.section.label, BOLD, 11)))
        for start, n, need in spans:
            short = need + 2 * pad - sum(heights[start:start + n])
            for i in range(start, start + n):
                heights[i] += max(short, 0) / n
        self.heights = heights
        self.height = self.HEAD_H + sum(heights)
        return self.width, self.height

    def draw(self) -> None:
        c, pad, sec = self.canv, self.PAD, self.section
        xs = [sum(self.widths[:i]) for i in range(len(self.widths) + 1)]
        top = self.height
        body_top = top - self.HEAD_H
        c.setStrokeColor(GRID)
        c.setLineWidth(0.6)

        # Header row.
        c.setFillColor(HALTON_HEAD_FILL)
        c.rect(0, body_top, self.width, self.HEAD_H, stroke=0, fill=1)
        c.setFillColor(colors.black)
        base = body_top + 6
        for col, text in enumerate(sec.headers):
            cut = sec.hidden.get(col, 0)
            if not cut:
                c.setFont(BOLD, 9)
                c.drawString(xs[col] + pad, base, text)
                continue
            # A badly exported PDF: the text starts left of its cell and the cell clips it,
            # so the cropped letters never reach the text layer.
            c.saveState()
            clip = c.beginPath()
            clip.rect(xs[col], body_top, self.widths[col], self.HEAD_H)
            c.clipPath(clip, stroke=0, fill=0)
            lost = stringWidth(text[:cut], BOLD, 9)
            t = c.beginText(xs[col] - lost, base)
            t.setFont(BOLD, 9)
            t.moveCursor(lost, 0)
            t.textOut(text[cut:])
            c.drawText(t)
            c.restoreState()

        # Side label column: one merged cell, text rotated to read bottom-to-top.
        c.setFillColor(HALTON_LABEL_FILL)
        c.rect(0, 0, self.widths[0], body_top, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.saveState()
        c.translate(self.widths[0] / 2, body_top / 2)
        c.rotate(90)
        c.setFont(BOLD, 11)
        c.drawCentredString(0, -4, sec.label)
        c.restoreState()

        # Body cells.
        y = body_top
        covered = 0  # rows still under a merged outcome cell
        for row, cell, h in zip(sec.rows, self.cells, self.heights):
            for col, para in cell.items():
                para.drawOn(c, xs[col] + pad, y - pad - para.height)
            if row.outcome_rows > 1:
                covered = row.outcome_rows
            covered = max(covered - 1, 0)
            y -= h
            # Rule under this row: never across the side label, nor inside a merged outcome.
            if y > 0:
                c.line(xs[1], y, xs[3], y)
                if not covered:
                    c.line(xs[3], y, xs[4], y)

        # Outer box, column rules, header rule.
        c.rect(0, 0, self.width, top, stroke=1, fill=0)
        c.line(0, body_top, self.width, body_top)
        for x in xs[1:-1]:
            c.line(x, 0, x, top)


def halton_story() -> list[Flowable]:
    title = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=10)
    sub = ParagraphStyle("sub", fontName=BOLD, fontSize=11, leading=14, spaceAfter=6)
    author = ParagraphStyle("author", fontName=FONT, fontSize=8, leading=10)
    widths = [1.0 * cm, 10.0 * cm, 4.0 * cm, 10.7 * cm]
    story: list[Flowable] = [Paragraph("Delivery Plan", title), Paragraph("Key Objectives:", sub)]
    story += [Paragraph(escape(text), PLAIN) for text in HALTON_OBJECTIVES]
    for i, section in enumerate(HALTON):
        if i:
            story += [PageBreak(), Paragraph(section.heading, title)]
        else:
            story.append(Spacer(1, 6))
        story.append(SideLabelTable(section, widths))
        if i == 0:
            story += [Spacer(1, 10), Paragraph(HALTON_AUTHOR, author)]
    return story


def _haringey_table(rows: list[Theme | Action], carried: str) -> Table:
    head = ParagraphStyle("head", fontName=BOLD, fontSize=10, leading=12)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=12.5)
    theme = ParagraphStyle("theme", fontName=BOLD, fontSize=10, leading=12.5)
    data = [[Paragraph(h, head) for h in HARINGEY_HEADERS]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HARINGEY_HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    heights: list[float] = [0]
    if carried:  # the rest of a row split at the foot of the previous page
        data.append(["", Paragraph(escape(carried), cell), "", "", ""])
        heights.append(0)
    for item in rows:
        r = len(data)
        if isinstance(item, Theme):
            data.append([Paragraph(escape(item.text), theme), "", "", "", ""])
            style += [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), HARINGEY_THEME_FILL),
            ]
            heights.append(0)
        else:
            data.append([
                Paragraph(item.ref, cell),
                Paragraph(escape(item.text), cell),
                Paragraph(escape(item.responsible), cell),
                "",
                "",
            ])
            heights.append(30)  # room left for progress notes
    widths = [2.2 * cm, 11.6 * cm, 5.0 * cm, 3.5 * cm, 3.4 * cm]
    return Table(data, colWidths=widths, repeatRows=1, splitInRow=1, style=TableStyle(style),
                 minRowHeights=heights, hAlign="LEFT")


def haringey_story() -> list[Flowable]:
    year = ParagraphStyle("year", fontName=BOLD, fontSize=18, leading=22, textColor=HARINGEY_INK,
                          spaceAfter=6)
    big = ParagraphStyle("big", fontName=BOLD, fontSize=24, leading=27, textColor=HARINGEY_INK)
    story: list[Flowable] = [Paragraph(HARINGEY_TITLE[0], year)]
    story += [Paragraph(line, big) for line in HARINGEY_TITLE[1]]
    story.append(Spacer(1, 12))
    # One Table per page, same widths and header row: this pins the page breaks where the
    # seed export has them, and is exactly what a repeatRows=1 / splitInRow=1 split draws.
    tail = ""
    for i, page in enumerate(HARINGEY_PAGES):
        if i:
            story.append(PageBreak())
        story.append(_haringey_table(page, tail))
        tail = page[-1].tail if isinstance(page[-1], Action) else ""
    return story


# ---------------------------------------------------------------------------------------------
# Word (python-docx, raw XML where it has no API)
# ---------------------------------------------------------------------------------------------

TC_PR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
               "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"]


def _tc_pr(cell):
    return cell._tc.get_or_add_tcPr()


def _tc_set(cell, tag: str, **attrs: str) -> None:
    """Add a tcPr child in the order the schema demands (Word rejects other orders)."""
    pr = _tc_pr(cell)
    for old in pr.findall(qn(f"w:{tag}")):
        pr.remove(old)
    el = OxmlElement(f"w:{tag}")
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    pr.append(el)
    rank = {qn(f"w:{t}"): i for i, t in enumerate(TC_PR_ORDER)}
    for child in sorted(pr, key=lambda e: rank.get(e.tag, 99)):
        pr.append(child)


def _shade(cell, fill: str) -> None:
    _tc_set(cell, "shd", val="clear", color="auto", fill=fill)


def _write(cell, text: str, bold: bool = False, indent: bool = False, size: float = 9,
           center: bool = False) -> None:
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    fmt = p.paragraph_format
    fmt.space_before = fmt.space_after = Pt(1)
    if indent:
        fmt.left_indent = Cm(0.35)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _new_document(title: str, author: str, created: datetime, subject: str) -> WordDocument:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin, sec.bottom_margin = Cm(1.4), Cm(1.6)
    sec.footer_distance = Cm(0.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(6)

    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Page ").font.size = Pt(8)
    for instr, tail in (("PAGE", " of "), ("NUMPAGES", "")):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "16")
        rpr.append(sz)
        r.append(rpr)
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        foot._p.append(fld)
        if tail:
            foot.add_run(tail).font.size = Pt(8)

    props = doc.core_properties
    props.title, props.author, props.subject = title, author, subject
    props.last_modified_by = author
    props.created = props.modified = created
    props.revision = 3
    return doc


def _table(doc: WordDocument, rows: int, widths_cm: list[float]):
    table = doc.add_table(rows=rows, cols=len(widths_cm))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
    return table


def _heading(doc: WordDocument, text: str, size: float = 16, after: float = 8) -> None:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)


def _save_docx(doc: WordDocument, path: Path) -> None:
    """Save with fixed zip timestamps: python-docx stamps every member with the current time."""
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.create_system = 0
            member.external_attr = 0
            dst.writestr(member, src.read(info.filename))
    path.write_bytes(out.getvalue())


def halton_docx(path: Path) -> None:
    doc = _new_document("Delivery Plan", "Lorraine Cox", datetime(2010, 11, 22, 9, 30),
                        "Procurement delivery plan")
    widths = [1.1, 10.0, 4.0, 10.6]
    _heading(doc, "Delivery Plan")
    _heading(doc, "Key Objectives:", size=11, after=4)
    for text in HALTON_OBJECTIVES:
        doc.add_paragraph(text)
    for i, section in enumerate(HALTON):
        if i:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            _heading(doc, section.heading)
        table = _table(doc, len(section.rows) + 1, widths)
        head = table.rows[0]
        for cell, text in zip(head.cells, section.headers):
            _write(cell, text, bold=True)
            _shade(cell, "C6D9F1")
        n = len(section.rows)
        label = table.cell(1, 0)
        _write(label, section.label, bold=True, size=11, center=True)
        _tc_set(label, "vMerge", val="restart")
        _tc_set(label, "textDirection", val="btLr")
        _tc_set(label, "vAlign", val="center")
        _shade(label, "EAF1FB")
        for r in range(2, n + 1):
            cont = table.cell(r, 0)
            _tc_set(cont, "vMerge")
            _shade(cont, "EAF1FB")
        for r, row in enumerate(section.rows, start=1):
            cells = table.rows[r].cells
            _write(cells[1], row.action, indent=row.indent)
            _write(cells[2], row.timeframe)
            if row.outcome is None:
                _tc_set(cells[3], "vMerge")
                continue
            _write(cells[3], row.outcome)
            if row.outcome_rows > 1:
                _tc_set(cells[3], "vMerge", val="restart")
        if i == 0:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.add_run(HALTON_AUTHOR).font.size = Pt(8)
    _save_docx(doc, path)


def haringey_docx(path: Path) -> None:
    doc = _new_document("Procurement Strategy Action Plan", "Corporate Procurement Unit",
                        datetime(2006, 6, 14, 11, 0), "2006 - 2009 Procurement Strategy")
    ink = RGBColor(0x1F, 0x38, 0x64)
    p = doc.add_paragraph()
    run = p.add_run(HARINGEY_TITLE[0])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(18), ink
    for line in HARINGEY_TITLE[1]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(line)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(24), ink
    doc.add_paragraph()

    items = [item for page in HARINGEY_PAGES for item in page]
    widths = [2.2, 11.6, 5.0, 3.5, 3.4]
    table = _table(doc, len(items) + 1, widths)
    head = table.rows[0]
    head_pr = head._tr.get_or_add_trPr()
    head_pr.append(OxmlElement("w:tblHeader"))  # repeat as header row at the top of each page
    for cell, text in zip(head.cells, HARINGEY_HEADERS):
        _write(cell, text, bold=True, size=10)
        _shade(cell, "D9D9D9")
    for r, item in enumerate(items, start=1):
        cells = table.rows[r].cells
        if isinstance(item, Theme):
            merged = cells[0].merge(cells[4])
            _write(merged, item.text, bold=True, size=10)
            _shade(merged, "F2F2F2")
            continue
        text = f"{item.text} {item.tail}" if item.tail else item.text
        _write(cells[0], item.ref, size=10)
        _write(cells[1], text, size=10)
        _write(cells[2], item.responsible, size=10)
        table.rows[r].height = Cm(1.05)
    _save_docx(doc, path)


def main() -> None:
    halton_pages = _build_pdf(SAMPLES / "halton_delivery_plan.pdf", halton_story,
                              {"title": "Delivery Plan", "author": "Lorraine Cox",
                               "subject": "Procurement delivery plan"})
    haringey_pages = _build_pdf(SAMPLES / "haringey_procurement_action_plan.pdf", haringey_story,
                                {"title": "Procurement Strategy Action Plan",
                                 "author": "Corporate Procurement Unit",
                                 "subject": "2006 - 2009 Procurement Strategy"})
    halton_docx(SAMPLES / "halton_delivery_plan.docx")
    haringey_docx(SAMPLES / "haringey_procurement_action_plan.docx")
    print(f"halton_delivery_plan.pdf: {halton_pages} pages")
    print(f"haringey_procurement_action_plan.pdf: {haringey_pages} pages")


if __name__ == "__main__":
    main()
