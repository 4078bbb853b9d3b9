"""Rebuild the format samples: a Word plan using every Word feature the extractor reads, the Haringey
plan as legacy .doc and .odt (LibreOffice), a plan published as a web page, and a spreadsheet tracker.

Run `.venv/bin/python samples/make_format_samples.py`. Output is byte-stable; the .doc and .odt
need LibreOffice (`soffice` on PATH) and are left alone without it.
Plans, councils and people here are invented; the layouts follow real UK council documents.
"""
from __future__ import annotations

import io
import re
import shutil
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "samples"  # the generated files land beside the real ones users run

ZIP_TIME = (2023, 6, 12, 9, 0, 0)  # every member of a generated package gets this timestamp

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)
AUTHOR, WHEN = "Priya Shah", "2023-06-12T09:00:00Z"

# ---------------------------------------------------------------------------------------------
# WordprocessingML written by hand: python-docx has no API for most of what this sample needs.
# ---------------------------------------------------------------------------------------------


def run(text: str, bold: bool = False, size: int | None = None) -> str:
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size * 2}"/>' if size else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*content: str, style: str | None = None, num: tuple[int, int] | None = None,
         mark_deleted: bool = False) -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if mark_deleted:
        props += f'<w:rPr><w:del w:id="901" w:author="{AUTHOR}" w:date="{WHEN}"/></w:rPr>'
    props = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{props}{''.join(content)}</w:p>"


def inserted(text: str, rid: int) -> str:
    return f'<w:ins w:id="{rid}" w:author="{AUTHOR}" w:date="{WHEN}">{run(text)}</w:ins>'


def deleted(text: str, rid: int) -> str:
    return (
        f'<w:del w:id="{rid}" w:author="{AUTHOR}" w:date="{WHEN}"><w:r>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def hyperlink(text: str, rel_id: str) -> str:
    return f'<w:hyperlink r:id="{rel_id}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>' \
           f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>'


def complex_field(instruction: str, result: str) -> str:
    """A field as Word writes most of them: begin, instruction, separate, shown result, end."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def simple_field(instruction: str, result: str) -> str:
    return f'<w:fldSimple w:instr=" {escape(instruction)} ">{run(result)}</w:fldSimple>'


def run_control(text: str, sdt_id: int, items: list[str] | None = None, placeholder: bool = False) -> str:
    """A content control inside a paragraph: a drop-down list, or an empty one showing its prompt."""
    kind = (
        "<w:dropDownList>" + "".join(f'<w:listItem w:displayText="{i}" w:value="{i}"/>' for i in items)
        + "</w:dropDownList>" if items else "<w:text/>"
    )
    prompt = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="Status"/><w:id w:val="{sdt_id}"/>{prompt}{kind}</w:sdtPr>'
        f"<w:sdtContent>{run(text)}</w:sdtContent></w:sdt>"
    )


def block_control(inner: str, sdt_id: int, alias: str) -> str:
    """A content control around block content: whole tables, rows or cells."""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{sdt_id}"/></w:sdtPr>'
        f"<w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    )


def text_box(paragraphs: list[str], box_id: int, width_emu: int = 5400000, height_emu: int = 900000) -> str:
    """A floating text box as Word 2010+ writes it: a DrawingML shape, with a VML copy as the fallback."""
    body = "".join(paragraphs)
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{box_id}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape id="Text Box {box_id}" type="#_x0000_t202" style="width:425pt;height:55pt">'
        f"<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape>"
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def cell(*paragraphs: str, width: int, span: int = 1, vmerge: str | None = None, fill: str | None = None) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        props += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(paragraphs) or para()}</w:tc>"


def row(*cells: str, change: str | None = None, rid: int = 0) -> str:
    props = ""
    if change:
        props = f'<w:trPr><w:{change} w:id="{rid}" w:author="{AUTHOR}" w:date="{WHEN}"/></w:trPr>'
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


def table(widths: list[int], *rows: str, borders: bool = True) -> str:
    style = '<w:tblStyle w:val="TableGrid"/>' if borders else ""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'
    )


# ---------------------------------------------------------------------------------------------
# word_features_plan.docx
# ---------------------------------------------------------------------------------------------

WIDTHS = [900, 6200, 2600, 2300, 1900]  # Ref, Action, Lead officer, Timescale, Status (twentieths of a point)
PH_REFS = 90  # numId of the auto-numbered PH1, PH2 ... reference list
STEPS = 91  # numId of a numbered list inside a cell
BULLETS = 1  # numId the template's List Bullet style uses


def _plain(*texts: str) -> list[str]:
    return [cell(para(run(t)), width=w) for t, w in zip(texts, WIDTHS)]


def _ref(number_list: int) -> str:
    return cell(para(num=(number_list, 0)), width=WIDTHS[0])


def word_body(links: dict[str, str]) -> str:
    w = WIDTHS
    status = ["Complete", "On track", "Delayed", "Not started"]
    priority_1 = table(
        w,
        row(
            _ref(PH_REFS),
            cell(para(run("Launch a single online referral form for partners under the Duty to Refer, "
                          "with guidance at "), hyperlink("www.northbridge.gov.uk/duty-to-refer", links["refer"])),
                 width=w[1]),
            cell(para(run("Housing Options Manager")), width=w[2]),
            cell(para(run("By September 2023")), width=w[3]),
            cell(para(run_control("Complete", 501, status)), width=w[4]),
        ),
        row(
            _ref(PH_REFS),
            cell(para(run("Extend the tenancy sustainment service to private rented"),
                      inserted(" and housing association", 11), run(" tenants")), width=w[1]),
            cell(para(run("Head of Housing Needs")), width=w[2], vmerge="restart"),
            cell(para(deleted("December 2023", 12), inserted("March 2024", 13)), width=w[3]),
            cell(para(run_control("On track", 502, status)), width=w[4]),
        ),
        row(
            _ref(PH_REFS),
            cell(para(run("Commission a debt and benefits advice service offering:")),
                 para(run("drop-in sessions at the Civic Centre"), style="ListBullet"),
                 para(run("home visits for disabled residents"), style="ListBullet"), width=w[1]),
            cell(width=w[2], vmerge="continue"),
            cell(para(run("Q3 2023/24")), width=w[3]),
            cell(para(run_control("Choose an item.", 503, status, placeholder=True)), width=w[4]),
        ),
        row(  # withdrawn while changes were tracked: not part of the plan once they are accepted
            _ref(PH_REFS),
            *_plain("", "Pilot a landlord incentive fund", "Private Sector Housing Manager", "2023/24", "")[1:],
            change="del", rid=14,
        ),
        row(
            _ref(PH_REFS),
            *_plain("", "Publish a quarterly homelessness prevention dashboard",
                    "Performance and Intelligence Team", "Quarterly from October 2023", "Not started")[1:],
            change="ins", rid=15,
        ),
    )
    # a borderless one-cell frame around the first table, as templates often have
    frame = table([sum(w)], row(cell(priority_1, para(), width=sum(w))), borders=False)

    milestones = table(
        [3600, 2000],
        row(cell(para(run("Draft protocol shared")), width=3600), cell(para(run("July 2023")), width=2000)),
        row(cell(para(run("Protocol signed by all councils")), width=3600),
            cell(para(run("October 2023")), width=2000)),
    )
    priority_2 = table(
        w,
        block_control(  # a repeating-section content control holds this row
            row(
                cell(para(run("RS1")), width=w[0]),
                cell(para(run("Open a winter night shelter with 20 beds from November to March each year."),
                          text_box([para(run("Run with Northbridge Churches Together."))], 7, 2200000, 400000)),
                     width=w[1]),
                cell(para(run("Rough Sleeping Coordinator")), width=w[2]),
                cell(para(run("November 2023 - March 2024")), width=w[3]),
                cell(para(run("In progress")), width=w[4]),
            ),
            601, "Action",
        ),
        row(
            cell(para(run("RS2")), width=w[0]),
            cell(para(run("Agree a reconnection protocol with neighbouring councils, with these milestones:")),
                 milestones, para(), width=w[1]),
            block_control(cell(para(run("Rough Sleeping Coordinator")), width=w[2]), 602, "Lead"),
            cell(para(run("By October 2023")), width=w[3]),
            cell(para(run("On track")), width=w[4]),
        ),
        row(
            cell(para(run("RS3")), width=w[0]),
            cell(para(run("Promote "), complex_field('HYPERLINK "https://www.streetlink.org.uk"', "StreetLink"),
                      run(" so that residents can report people sleeping rough, as set out in section "),
                      simple_field("REF _Ref_outreach \\r \\h", "4.2"), run(" of the strategy")), width=w[1]),
            cell(para(run("Communications Team")), width=w[2]),
            cell(para(run("Ongoing")), width=w[3]),
            cell(para(run("On track")), width=w[4]),
        ),
    )
    priority_3 = block_control(table(
        w,
        row(
            cell(para(run("SH1")), width=w[0]),
            cell(para(run("Deliver a Housing First service"), mark_deleted=True),
                 para(run(" for 15 people with multiple needs")), width=w[1]),
            *_plain("", "", "Rough Sleeping Coordinator", "Spring 2024", "")[2:],
        ),
        row(
            cell(para(run("SH2")), width=w[0]),
            cell(para(run("Review the allocations policy to give priority to care leavers"),
                      deleted(" and armed forces veterans", 16), run(".")), width=w[1]),
            *_plain("", "", "Allocations Manager", "June 2024", "Not started")[2:],
        ),
        row(
            cell(para(run("SH3")), width=w[0]),
            cell(para(run("Agree a move-on plan with every household in temporary accommodation:")),
                 para(run("assess needs within 10 working days"), num=(STEPS, 0)),
                 para(run("offer a tenancy sustainment workshop"), num=(STEPS, 0)),
                 para(run("review the plan every 8 weeks"), num=(STEPS, 0)), width=w[1]),
            *_plain("", "", "Head of Housing Needs", "Monthly from July 2023", "On track")[2:],
        ),
    ), 701, "Priority 3 actions")
    priority_4 = table(
        w,
        row(cell(para(run("Families", bold=True)), width=sum(w), span=5, fill="D9E2F3")),
        row(*_plain("TA1", "End the use of bed and breakfast for families, other than in emergencies",
                    "Head of Housing Needs", "By March 2024", "On track")),
        row(*_plain("TA2", "Procure 40 self-contained temporary homes", "Head of Housing Needs", "2023/24",
                    "Delayed")),
        row(cell(para(run("Single people", bold=True)), width=sum(w), span=5, fill="D9E2F3")),
        row(*_plain("TA3", "Open a 12-bed supported hostel", "Commissioning Manager", "Q2 2024/25",
                    "Not started")),
    )
    return "".join([
        para(text_box([para(run("Homelessness and Rough Sleeping", bold=True, size=20)),
                       para(run("Action Plan 2023 - 2025", bold=True, size=16))], 5)),
        para(run("Northbridge District Council")),
        para(run("This plan delivers the "), hyperlink("Homelessness and Rough Sleeping Strategy", links["strategy"]),
             run(". Progress is reported to the Housing Board every quarter.")),
        para(run("Last updated: 12 June 2023")),
        para(run("Priority 1: Preventing homelessness"), style="Heading2"),
        frame,
        para(text_box([para(run("Priority 2: Ending rough sleeping", bold=True, size=13))], 6)),
        priority_2,
        para(run("Priority 3: Settled homes", bold=True, size=13)),
        priority_3,
        para(run("Priority 4: Temporary accommodation"), style="Heading2"),
        priority_4,
        para(),
    ])


NUMBERING = (
    (f'<w:abstractNum {NS} w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
     '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="PH%1"/>'
     '<w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'),
    (f'<w:abstractNum {NS} w:abstractNumId="91"><w:multiLevelType w:val="singleLevel"/>'
     '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
     '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'),
    f'<w:num {NS} w:numId="{PH_REFS}"><w:abstractNumId w:val="90"/></w:num>',
    f'<w:num {NS} w:numId="{STEPS}"><w:abstractNumId w:val="91"/></w:num>',
)


def word_features_docx(path: Path) -> None:
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.shared import Mm

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(15)
    links = {
        "strategy": doc.part.relate_to("https://www.northbridge.gov.uk/homelessness-strategy", RT.HYPERLINK, True),
        "refer": doc.part.relate_to("https://www.northbridge.gov.uk/duty-to-refer", RT.HYPERLINK, True),
    }
    body = doc.element.body
    sect_pr = body[-1]
    for element in parse_xml(f"<w:body {NS}>{word_body(links)}</w:body>"):
        sect_pr.addprevious(element)

    numbering = doc.part.numbering_part.element
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    for xml in NUMBERING:
        element = parse_xml(xml)
        if element.tag.endswith("abstractNum"):
            first_num.addprevious(element)
        else:
            numbering.append(element)

    # the column headings sit in the page header, repeated on every page; the body tables have none
    header = section.header._element
    heads = ["Ref", "Action", "Lead officer", "Timescale", "Status"]
    heading_row = table(WIDTHS, row(*[cell(para(run(h, bold=True)), width=wd, fill="D9E2F3")
                                      for h, wd in zip(heads, WIDTHS)]))
    header.insert(0, parse_xml(f"<w:hdr {NS}>{heading_row}</w:hdr>")[0])
    # the footer is furniture: organisation, document name, page number
    footer = section.footer._element
    strip = table([6000, 6000, 1900], row(
        cell(para(run("Northbridge District Council")), width=6000),
        cell(para(run("Homelessness Action Plan v1.2")), width=6000),
        cell(para(run("Page "), simple_field("PAGE", "1")), width=1900),
    ), borders=False)
    footer.insert(0, parse_xml(f"<w:ftr {NS}>{strip}</w:ftr>")[0])

    props = doc.core_properties
    props.title = "Homelessness and Rough Sleeping Action Plan 2023-2025"
    props.author = props.last_modified_by = AUTHOR
    props.subject = "Northbridge District Council homelessness action plan"
    props.created = props.modified = datetime(2023, 6, 12, 9, 0)
    props.revision = 4
    _save_stable(doc, path)


def _save_stable(doc, path: Path) -> None:
    """Save with fixed zip timestamps: python-docx stamps every member with the current time."""
    raw = io.BytesIO()
    doc.save(raw)
    _restamp(raw.getvalue(), path)


def _restamp(package: bytes, path: Path, fixes: dict[str, tuple[str, str]] | None = None) -> None:
    """Rewrite a zip package with fixed member timestamps; `fixes` replaces text inside named members."""
    src = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = info.compress_type  # an .odt's mimetype must stay stored
            member.create_system = 0
            member.external_attr = 0
            data = src.read(info.filename)
            if fixes and info.filename in fixes:
                pattern, replacement = fixes[info.filename]
                data = re.sub(pattern.encode(), replacement.encode(), data)
            dst.writestr(member, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------
# web_page_plan.html: a plan published on a council's website, inside the site's own page furniture
# ---------------------------------------------------------------------------------------------

WEB_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Climate emergency action plan 2024/25 | Northbridge District Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="Climate Change Team">
<meta name="dcterms.created" content="2024-04-15">
<link rel="stylesheet" href="/assets/site.css">
<style>
  .action-table { border-collapse: collapse; width: 100%; }
  .action-table th, .action-table td { border: 1px solid #768692; padding: 4px 8px; vertical-align: top; }
  .theme-row td { background: #e8edee; }
</style>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: "action-plan"});</script>
</head>
<body class="page-standard">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" hidden>
  <p>We use cookies to make this website work. <button>Accept cookies</button></p>
</div>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/logo.svg" alt="Northbridge District Council"></a>
  <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q"></form>
  <nav aria-label="Main menu">
    <ul>
      <li><a href="/bins">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/council">Your council</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/council">Your council</a></li><li>Climate emergency</li></ol>
</nav>
<main id="main">
  <h1>Climate Emergency Action Plan 2024/25</h1>
  <p class="lead">Northbridge District Council</p>
  <p>This plan sets out what the council will do in 2024/25 towards a net zero district by 2040.
     The Climate Board reviews progress every quarter.</p>

  <h2 id="buildings">1. Council buildings and fleet</h2>
  <table class="action-table">
    <caption>Table 1: Council buildings and fleet</caption>
    <thead>
      <tr><th scope="col">Ref</th><th scope="col">What we will do</th><th scope="col">Lead</th>
          <th scope="col">By when</th><th scope="col">Progress</th></tr>
    </thead>
    <tbody>
      <tr>
        <td>1.1</td>
        <td><p>Install solar panels on council buildings:</p>
            <ul><li>the Civic Centre</li><li>both leisure centres</li></ul></td>
        <td rowspan="2">Head of Property Services</td>
        <td>Q2 2024/25</td>
        <td>On track</td>
      </tr>
      <tr>
        <td>1.2</td>
        <td>Switch street lighting to <strong>&ldquo;smart&rdquo; LED</strong> lanterns,
            ward by ward</td>
        <td>Monthly from June 2024</td>
        <td>Started in <em>June</em></td>
      </tr>
      <tr>
        <td>1.3</td>
        <td><p>Replace 20 fleet vehicles with electric models, starting with:</p>
            <ol><li>pool cars</li><li>parks vans of up to 3.5&nbsp;tonnes</li></ol></td>
        <td>Fleet Manager</td>
        <td>By March 2025</td>
        <td>&nbsp;</td>
      </tr>
    </tbody>
  </table>

  <h2 id="communities">2. Homes &amp; communities</h2>
  <table class="action-table">
    <thead>
      <tr><th>Ref</th><th>What we will do</th><th>Lead</th><th>By when</th><th>Progress</th></tr>
    </thead>
    <tbody>
      <tr class="theme-row"><td colspan="5"><strong>Warmer homes</strong></td></tr>
      <tr>
        <td>2.1</td>
        <td>Launch a home insulation grant scheme for low-income households<br>and publish the
            eligibility rules online</td>
        <td>Private Sector Housing Manager</td>
        <td>April 2024</td>
        <td>Achieved</td>
      </tr>
      <tr>
        <td>2.2</td>
        <td>Train 50 community climate champions<span style="display: none">
            (draft: confirm numbers with the Climate Board)</span></td>
        <td>Head of Communities &amp; Partnerships<br>Sustainability Officer</td>
        <td>September 2024 - March 2025</td>
        <td>Behind plan</td>
      </tr>
      <tr class="theme-row"><td colspan="5"><strong>Waste and recycling</strong></td></tr>
      <tr>
        <td>2.3</td>
        <td><div>Report household recycling rates to the Climate Board</div></td>
        <td>Waste Services Manager</td>
        <td>Quarterly</td>
        <td></td>
      </tr>
    </tbody>
  </table>
  <p>Last reviewed: April 2024</p>
</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li></ul>
  <p>&copy; Northbridge District Council</p>
</footer>
</body>
</html>
"""


def web_page_html(path: Path) -> None:
    path.write_text(WEB_PAGE, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------------------------
# community_safety_tracker.xlsx: a partnership's action tracker, as officers keep it in Excel
# ---------------------------------------------------------------------------------------------

TRACKER_HEADER = ["Priority", "Ref", "Action", "Lead", "Target date", "RAG", "Update", "Budget"]
LIVE = [  # priority (None: merged into the one above), ref, action, lead, target, date format, RAG, update, budget
    ("Safer streets", "SS1", "Install 12 new CCTV cameras in the town centre", "Community Safety Manager",
     datetime(2024, 12, 31), "dd/mm/yyyy", "Green", "8 cameras installed;\n4 awaiting a power supply", 45000),
    (None, "SS2", "Run a summer diversionary activities programme for 11-17 year olds",
     "Youth Services Manager", "July - August 2024", None, "Green", "", 12500),
    (None, "SS3", "Review the Public Spaces Protection Order for the town centre",
     "Anti-social Behaviour Coordinator", datetime(2025, 3, 1), "mmmm yyyy", "Amber",
     "Consultation opens in September", None),
    ("Domestic abuse", "DA1", "Train 300 frontline staff to recognise and respond to domestic abuse",
     "Domestic Abuse Coordinator", "Quarterly", None, "Amber", "120 trained by June", 8000),
    (None, "DA2", "Commission a refuge for women with complex needs", "Head of Housing",
     datetime(2025, 1, 31), "dd/mm/yyyy", "Red", "Procurement delayed: no bids received", 250000),
]
COMPLETED = [
    ("Safer streets", "SS0", "Launch a Community Safety Partnership website", "Communications Officer",
     datetime(2024, 5, 1), "d mmmm yyyy", "Complete", "Live since 1 May 2024", None),
    ("Domestic abuse", "DA0", "Publish a directory of domestic abuse support services",
     "Domestic Abuse Coordinator", datetime(2024, 4, 30), "dd/mm/yyyy", "Complete", "", 1500),
]


def _tracker_sheet(sheet, rows: list[tuple], title: str | None) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    top = 1
    if title:
        sheet.cell(1, 1, title).font = Font(bold=True, size=14)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(TRACKER_HEADER))
        top = 3
    for col, text in enumerate(TRACKER_HEADER, start=1):
        head = sheet.cell(top, col, text)
        head.font = Font(bold=True, color="FFFFFF")
        head.fill = PatternFill("solid", fgColor="005EB8")
    merge_from = None
    for offset, (priority, ref, action, lead, target, date_format, rag, update, budget) in enumerate(rows, 1):
        r = top + offset
        if priority is not None:
            if merge_from is not None and r - 1 > merge_from:
                sheet.merge_cells(start_row=merge_from, start_column=1, end_row=r - 1, end_column=1)
            sheet.cell(r, 1, priority)
            merge_from = r
        for col, value in enumerate((ref, action, lead, target, rag, update), start=2):
            item = sheet.cell(r, col, value if value != "" else None)
            item.alignment = Alignment(wrap_text=True, vertical="top")
        if date_format:
            sheet.cell(r, 5).number_format = date_format
        if budget is not None:
            sheet.cell(r, 8, budget).number_format = '"£"#,##0'
    last = top + len(rows)
    if merge_from is not None and last > merge_from:
        sheet.merge_cells(start_row=merge_from, start_column=1, end_row=last, end_column=1)
    for letter, width in zip("ABCDEFGH", (16, 7, 48, 30, 14, 9, 36, 11)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = sheet.cell(top + 1, 1)


def tracker_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    live = book.active
    live.title = "Live actions"
    _tracker_sheet(live, LIVE, "Community Safety Partnership Plan 2024-2027: Action Tracker")
    _tracker_sheet(book.create_sheet("Completed"), COMPLETED, None)
    lists = book.create_sheet("Lists")  # the drop-down values behind the RAG column
    for r, value in enumerate(["Green", "Amber", "Red", "Complete"], start=1):
        lists.cell(r, 1, value)
    lists.sheet_state = "hidden"
    props = book.properties
    props.title = "Community Safety Partnership Action Tracker"
    props.creator = props.lastModifiedBy = "Northbridge Community Safety Partnership"
    props.created = props.modified = datetime(2024, 7, 1, 9, 0)
    raw = io.BytesIO()
    book.save(raw)
    # openpyxl stamps the save time as the modified date; keep the file byte-stable
    stamp = (r"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>", r"<dcterms:modified\1>2024-07-01T09:00:00Z</dcterms:modified>")
    _restamp(raw.getvalue(), path, {"docProps/core.xml": stamp})


# ---------------------------------------------------------------------------------------------
# haringey_procurement_action_plan.doc / .odt: the Word sample saved by LibreOffice
# ---------------------------------------------------------------------------------------------


def legacy_copies(stem: str, targets: tuple[str, ...] = ("doc", "odt")) -> list[Path]:
    from plan_ingest.extractors.convert import available, converted

    if not available():
        print("LibreOffice (soffice) not found: .doc and .odt samples left as they are")
        return []
    made = []
    for target in targets:
        # the .doc needs LibreOffice to read, so it is a test fixture, not a sample every machine runs
        folder = HERE.parent / "tests" / "fixtures" if target == "doc" else SAMPLES
        with converted(SAMPLES / f"{stem}.docx", target) as out:
            if zipfile.is_zipfile(out):
                # LibreOffice draws a random revision-session id each save; pin it for stable bytes
                rsid = (r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1")
                _restamp(out.read_bytes(), folder / f"{stem}.{target}", {"settings.xml": rsid})
            else:
                shutil.copyfile(out, folder / f"{stem}.{target}")
        made.append(folder / f"{stem}.{target}")
    return made


def main() -> None:
    word_features_docx(SAMPLES / "word_features_plan.docx")
    web_page_html(SAMPLES / "web_page_plan.html")
    tracker_xlsx(SAMPLES / "community_safety_tracker.xlsx")
    print("word_features_plan.docx, web_page_plan.html, community_safety_tracker.xlsx")
    for path in legacy_copies("haringey_procurement_action_plan"):
        print(path.name)


if __name__ == "__main__":
    main()
