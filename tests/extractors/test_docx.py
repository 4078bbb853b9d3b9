"""The Word extractor: merged cells once with their span, every place Word keeps text, tracked changes
accepted, list numbers, headings, page-header column headings, properties. One row per case.
"""
from __future__ import annotations

import zipfile
from datetime import date

import docx
import pytest
from docx.oxml import OxmlElement

from plan_ingest.extractors import extract
from plan_ingest.extractors.model import PARAGRAPH_BREAK as P
from plan_ingest.extractors.model import Paragraph, Table

from conftest import SAMPLES

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

STYLES = f"""<w:styles {NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="ThemeHeading"><w:name w:val="Theme heading"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="TableHead"><w:name w:val="Table head"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>
</w:styles>"""


def _level(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


SYMBOL_BULLET = "\uf0b7"
NUMBERING = f"""<w:numbering {NS}>
<w:abstractNum w:abstractNumId="0">{_level(0, "bullet", SYMBOL_BULLET)}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">{_level(0, "decimal", "%1")}{_level(1, "decimal", "%1.%2")}</w:abstractNum>
<w:abstractNum w:abstractNumId="2">{_level(0, "lowerLetter", "%1)")}</w:abstractNum>
<w:abstractNum w:abstractNumId="3">{_level(0, "upperRoman", "%1.", start=3)}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>"""

CORE = """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Housing Action Plan</dc:title>
<dc:creator>Sam Okafor</dc:creator><dc:subject>Northbridge Council</dc:subject>
<dcterms:created xsi:type="dcterms:W3CDTF">2021-03-04T10:00:00Z</dcterms:created></cp:coreProperties>"""


def build_docx(path, body: str, header: str | None = None, core: str = CORE, ns: str = NS):
    """A minimal but complete .docx around `body` (the inside of w:body), written directly as XML."""
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml")]
    sect = ""
    if header is not None:
        rels.append(("rId3", "header", "header1.xml"))
        sect = '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/></w:sectPr>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/></Relationships>'))
        z.writestr("word/_rels/document.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{n}"/>' for i, t, n in rels)
            + "</Relationships>"))
        z.writestr("word/document.xml", f"<w:document {ns}><w:body>{body}{sect}</w:body></w:document>")
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", NUMBERING)
        if header is not None:
            z.writestr("word/header1.xml", f"<w:hdr {NS}>{header}</w:hdr>")
        z.writestr("docProps/core.xml", core)
    return path


def r(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*content: str, props: str = "") -> str:
    return f'<w:p>{f"<w:pPr>{props}</w:pPr>" if props else ""}{"".join(content)}</w:p>'


def tc(*content: str, props: str = "") -> str:
    return f'<w:tc>{f"<w:tcPr>{props}</w:tcPr>" if props else ""}{"".join(content) or p()}</w:tc>'


def tr(*cells: str, props: str = "") -> str:
    return f'<w:tr>{f"<w:trPr>{props}</w:trPr>" if props else ""}{"".join(cells)}</w:tr>'


def tbl(*rows: str) -> str:
    return f"<w:tbl><w:tblPr/>{''.join(rows)}</w:tbl>"


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


def cells(table: Table) -> list[tuple]:
    return [(c.text, c.row, c.col, c.rowspan, c.colspan) for c in table.cells]


BOX = ('<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>'
       '{0}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
VML = '<w:pict><v:shape><v:textbox><w:txbxContent>{0}</w:txbxContent></v:textbox></v:shape></w:pict>'
DEL = 'w:id="1" w:author="A" w:date="2023-01-01T00:00:00Z"'

# ---------------------------------------------------------------- text Word shows

TEXT_CASES = [
    ("hyperlink", p(r("See "), '<w:hyperlink r:id="rId9">' + r("the strategy") + "</w:hyperlink>"),
     ["See the strategy"]),
    ("complex field shows its result, not its code",
     p(r("Ref "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r>'
       '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("4.2") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
     ["Ref 4.2"]),
    ("simple field", p(r("Page "), '<w:fldSimple w:instr=" PAGE ">' + r("3") + "</w:fldSimple>"), ["Page 3"]),
    ("content control in a line", p(r("Status: "), "<w:sdt><w:sdtPr><w:alias w:val='RAG'/></w:sdtPr>"
                                    "<w:sdtContent>" + r("Green") + "</w:sdtContent></w:sdt>"), ["Status: Green"]),
    ("empty content control shows a prompt, not content",
     p(r("Status: "), "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + r("Click here to enter text.")
       + "</w:sdtContent></w:sdt>"), ["Status:"]),
    ("content control around paragraphs", "<w:sdt><w:sdtPr/><w:sdtContent>" + p(r("One")) + p(r("Two"))
     + "</w:sdtContent></w:sdt>", ["One", "Two"]),
    ("insertion in, deletion out", p(r("Keep "), f"<w:ins {DEL}>" + r("inserted") + "</w:ins>",
                                     f"<w:del {DEL}><w:r><w:delText>deleted</w:delText></w:r></w:del>"),
     ["Keep inserted"]),
    ("moved text read at its new place only", p(f"<w:moveFrom {DEL}>" + r("old place") + "</w:moveFrom>",
                                                f"<w:moveTo {DEL}>" + r("new place") + "</w:moveTo>"), ["new place"]),
    ("deleted paragraph mark joins the paragraphs", p(r("Deliver a service"), props=f"<w:rPr><w:del {DEL}/></w:rPr>")
     + p(r(" for 15 people")), ["Deliver a service for 15 people"]),
    ("a numbered paragraph deleted whole leaves no number behind",
     p(f"<w:del {DEL}><w:r><w:delText>gone</w:delText></w:r></w:del>",
       props=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr><w:rPr><w:del {DEL}/></w:rPr>')
     + p(r("kept"), props='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>'), ["III. kept"]),
    ("hidden text out", p(r("Shown"), r(" hidden", "<w:vanish/>"), r(" styled hidden", '<w:rStyle w:val="Secret"/>')),
     ["Shown"]),
    ("tab and line break", p(r("A"), "<w:r><w:tab/></w:r>", r("B"), "<w:r><w:br/></w:r>", r("C")), ["A B\nC"]),
    ("symbol and non-breaking hyphen", p('<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>', r(" item co"),
                                         "<w:r><w:noBreakHyphen/></w:r>", r("ordinate")), ["\uf0b7 item co-ordinate"]),
    ("smart tag and custom XML wrappers", p("<w:smartTag>" + r("Northbridge") + "</w:smartTag>",
                                            "<w:customXml>" + r(" Council") + "</w:customXml>"), ["Northbridge Council"]),
    ("text box read once, after its paragraph",
     p(r("Anchor"), "<w:r><mc:AlternateContent><mc:Choice Requires='wps'>" + BOX.format(p(r("In the box")))
       + "</mc:Choice><mc:Fallback>" + VML.format(p(r("In the box"))) + "</mc:Fallback></mc:AlternateContent></w:r>"),
     ["Anchor", "In the box"]),
    ("old VML text box", p("<w:r>" + VML.format(p(r("Boxed title"))) + "</w:r>"), ["Boxed title"]),
    ("bullet from the paragraph style", p(r("first point"), props='<w:pStyle w:val="ListBullet"/>'), ["• first point"]),
    ("bullet typed as well as numbered is not doubled",
     p(r("• typed"), props='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'), ["• typed"]),
    ("multi-level numbers", "".join(
        p(r(t), props=f'<w:numPr><w:ilvl w:val="{lv}"/><w:numId w:val="2"/></w:numPr>')
        for t, lv in [("Housing", 0), ("a", 1), ("b", 1), ("Health", 0), ("c", 1)]),
     ["1 Housing", "1.1 a", "1.2 b", "2 Health", "2.1 c"]),
    ("letters continue across lists of one definition; an override restarts them", "".join(
        p(r(t), props=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{n}"/></w:numPr>')
        for t, n in [("x", 3), ("y", 3), ("z", 4)]), ["a) x", "b) y", "a) z"]),
    ("roman numbers from a start value", p(r("third"), props='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>'),
     ["III. third"]),
    ("a number shows even with no text (an auto-numbered ref cell)",
     p(props='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'), ["1"]),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES])
def test_text_as_word_shows_it(tmp_path, body, expected):
    assert texts(extract(build_docx(tmp_path / "plan.docx", body))) == expected


# ---------------------------------------------------------------- tables

SPAN2 = '<w:gridSpan w:val="2"/>'
TABLE_CASES = [
    ("horizontal merge", tbl(tr(tc(p(r("Theme")), props=SPAN2)), tr(tc(p(r("a"))), tc(p(r("b"))))),
     [("Theme", 0, 0, 1, 2), ("a", 1, 0, 1, 1), ("b", 1, 1, 1, 1)]),
    ("vertical merge over three rows",
     tbl(tr(tc(p(r("Lead")), props='<w:vMerge w:val="restart"/>'), tc(p(r("1")))),
         tr(tc(props="<w:vMerge/>"), tc(p(r("2")))), tr(tc(props='<w:vMerge w:val="continue"/>'), tc(p(r("3"))))),
     [("Lead", 0, 0, 3, 1), ("1", 0, 1, 1, 1), ("2", 1, 1, 1, 1), ("3", 2, 1, 1, 1)]),
    ("a merge ends where the next cell restarts",
     tbl(tr(tc(p(r("A")), props='<w:vMerge w:val="restart"/>')), tr(tc(props="<w:vMerge/>")),
         tr(tc(p(r("B")), props='<w:vMerge w:val="restart"/>'))),
     [("A", 0, 0, 2, 1), ("B", 2, 0, 1, 1)]),
    ("merged block two wide and two deep",
     tbl(tr(tc(p(r("Box")), props=SPAN2 + '<w:vMerge w:val="restart"/>'), tc(p(r("x")))),
         tr(tc(props=SPAN2 + "<w:vMerge/>"), tc(p(r("y"))))),
     [("Box", 0, 0, 2, 2), ("x", 0, 2, 1, 1), ("y", 1, 2, 1, 1)]),
    ("row starting after skipped grid columns", tbl(tr(tc(p(r("a"))), tc(p(r("b")))),
                                                    tr(tc(p(r("c"))), props='<w:gridBefore w:val="1"/>')),
     [("a", 0, 0, 1, 1), ("b", 0, 1, 1, 1), ("c", 1, 1, 1, 1)]),
    ("old-style horizontal merge", tbl(tr(tc(p(r("Wide")), props='<w:hMerge w:val="restart"/>'),
                                          tc(props='<w:hMerge/>'), tc(p(r("z"))))),
     [("Wide", 0, 0, 1, 2), ("z", 0, 2, 1, 1)]),
    ("row in a repeating-section content control",
     tbl(tr(tc(p(r("1.1")))), "<w:sdt><w:sdtPr/><w:sdtContent>" + tr(tc(p(r("1.2")))) + "</w:sdtContent></w:sdt>"),
     [("1.1", 0, 0, 1, 1), ("1.2", 1, 0, 1, 1)]),
    ("cell in a content control keeps its column",
     tbl(tr(tc(p(r("a"))), "<w:sdt><w:sdtPr/><w:sdtContent>" + tc(p(r("b"))) + "</w:sdtContent></w:sdt>",
            tc(p(r("c"))))),
     [("a", 0, 0, 1, 1), ("b", 0, 1, 1, 1), ("c", 0, 2, 1, 1)]),
    ("row deleted as a tracked change is gone; an inserted row stays",
     tbl(tr(tc(p(r("kept")))), tr(tc(p(r("withdrawn"))), props=f"<w:del {DEL}/>"),
         tr(tc(p(r("added"))), props=f"<w:ins {DEL}/>")),
     [("kept", 0, 0, 1, 1), ("added", 1, 0, 1, 1)]),
    ("paragraphs of a cell kept apart, empty ones dropped", tbl(tr(tc(p(r("Intro:")), p(), p(r("more")), p(r("end"))))),
     [(f"Intro:{P}more{P}end", 0, 0, 1, 1)]),
    ("a line break stays inside its paragraph",
     tbl(tr(tc(p(r("Lead:"), "<w:r><w:br/></w:r>", r("Head of Housing")), p(r("Support: Finance"))))),
     [(f"Lead:\nHead of Housing{P}Support: Finance", 0, 0, 1, 1)]),
    ("numbered list items in a cell kept apart",
     tbl(tr(tc(*(p(r(t), props='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>')
                 for t in ("assess needs", "offer support", "review"))))),
     [(f"1 assess needs{P}2 offer support{P}3 review", 0, 0, 1, 1)]),
    ("text in a vertical merge's later cells is a paragraph of its own",
     tbl(tr(tc(p(r("Lead")), props='<w:vMerge w:val="restart"/>')), tr(tc(p(r("Deputy")), props="<w:vMerge/>"))),
     [(f"Lead{P}Deputy", 0, 0, 2, 1)]),
    ("nested table is read into its cell, a paragraph per row",
     tbl(tr(tc(p(r("Milestones:")), tbl(tr(tc(p(r("Draft"))), tc(p(r("July")))), tr(tc(p(r("Sign"))), tc(p(r("Oct"))))),
               p()), tc(p(r("Lead"))))),
     [(f"Milestones:{P}Draft | July{P}Sign | Oct", 0, 0, 1, 1), ("Lead", 0, 1, 1, 1)]),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in TABLE_CASES], ids=[c[0] for c in TABLE_CASES])
def test_table_cells_and_spans(tmp_path, body, expected):
    doc = extract(build_docx(tmp_path / "plan.docx", body))
    assert cells(doc.tables[0]) == expected


def test_nested_table_kept_on_its_cell(tmp_path):
    body = tbl(tr(tc(p(r("Do")), tbl(tr(tc(p(r("a"))), tc(p(r("b")))))), tc(p(r("x")))))
    doc = extract(build_docx(tmp_path / "plan.docx", body))
    assert len(doc.tables) == 1
    assert doc.tables[0].cells[0].nested[0].grid() == [["a", "b"]]


INNER = tbl(tr(tc(p(r("Ref"))), tc(p(r("Action")))), tr(tc(p(r("1"))), tc(p(r("Do")))))


@pytest.mark.parametrize("frame", [
    tbl(tr(tc(p(r("Priority 1")), INNER))),
    tbl(tr(tc(p(r("Priority 1")))), tr(tc(INNER))),
], ids=["one-cell frame", "one-column frame"])
def test_layout_frame_around_a_table_is_unwrapped(tmp_path, frame):
    doc = extract(build_docx(tmp_path / "plan.docx", frame))
    assert texts(doc) == ["Priority 1"]
    assert [t.grid() for t in doc.tables] == [[["Ref", "Action"], ["1", "Do"]]]


# ---------------------------------------------------------------- headings

HEADING_CASES = [
    ("heading style", p(r("Housing"), props='<w:pStyle w:val="Heading1"/>'), True),
    ("style based on a heading", p(r("Housing"), props='<w:pStyle w:val="ThemeHeading"/>'), True),
    ("title style", p(r("Action Plan"), props='<w:pStyle w:val="Title"/>'), True),
    ("outline level", p(r("Housing"), props='<w:outlineLvl w:val="1"/>'), True),
    ("short bold line", p(r("Priority 2: Health", "<w:b/>")), True),
    ("bold from the paragraph style", p(r("Theme"), props='<w:pStyle w:val="TableHead"/>'), True),
    ("bold switched off", p(r("Priority 2", '<w:b w:val="0"/>')), False),
    ("partly bold", p(r("Priority 2", "<w:b/>"), r(" in part")), False),
    ("bold sentence", p(r("This plan was agreed by Cabinet in May.", "<w:b/>")), False),
    ("plain text", p(r("Northbridge District Council")), False),
]


@pytest.mark.parametrize("body, heading", [c[1:] for c in HEADING_CASES], ids=[c[0] for c in HEADING_CASES])
def test_heading_by_style_or_short_bold_line(tmp_path, body, heading):
    doc = extract(build_docx(tmp_path / "plan.docx", body + tbl(tr(tc(p(r("a"))), tc(p(r("b")))))))
    assert doc.blocks[0].heading is heading
    assert isinstance(doc.blocks[1], Table)


# ---------------------------------------------------------------- page headers

HEADINGS_ROW = tbl(tr(tc(p(r("Ref"))), tc(p(r("Action"))), tc(p(r("Lead")))))
BODY = tbl(tr(tc(p(r("1.1"))), tc(p(r("Do this"))), tc(p(r("Head of Housing")))))
HEADER_CASES = [
    ("column headings in the page header head a body table that has none",
     HEADINGS_ROW, BODY, [["Ref", "Action", "Lead"], ["1.1", "Do this", "Head of Housing"]]),
    ("a body table printing its own headings is left alone", HEADINGS_ROW, HEADINGS_ROW + BODY,
     [["Ref", "Action", "Lead"]]),
    ("a furniture strip (page number) is not headings",
     tbl(tr(tc(p(r("Northbridge Council"))), tc(p(r("Action Plan"))), tc(p(r("Page 1"))))), BODY,
     [["1.1", "Do this", "Head of Housing"]]),
    ("headings that do not line up are not used", tbl(tr(tc(p(r("Ref"))), tc(p(r("Action"))))), BODY,
     [["1.1", "Do this", "Head of Housing"]]),
]


@pytest.mark.parametrize("header, body, first_grid", [c[1:] for c in HEADER_CASES], ids=[c[0] for c in HEADER_CASES])
def test_column_headings_from_the_page_header(tmp_path, header, body, first_grid):
    doc = extract(build_docx(tmp_path / "plan.docx", body, header=header + p()))
    assert doc.tables[0].grid() == first_grid


# ---------------------------------------------------------------- package and properties


def test_core_properties_read(tmp_path):
    doc = extract(build_docx(tmp_path / "props.docx", p(r("x"))))
    assert (doc.metadata.title, doc.metadata.author, doc.metadata.subject, doc.metadata.created) == (
        "Housing Action Plan", "Sam Okafor", "Northbridge Council", date(2021, 3, 4))


def test_strict_open_xml_is_read(tmp_path):
    strict = NS.replace(W_NS, "http://purl.oclc.org/ooxml/wordprocessingml/main")
    body = p(r("Strict")) + tbl(tr(tc(p(r("a"))), tc(p(r("b")))))
    path = build_docx(tmp_path / "strict.docx", body, ns=strict)
    doc = extract(path)
    assert texts(doc) == ["Strict"] and doc.tables[0].grid() == [["a", "b"]]


def test_repeating_header_rows_counted(tmp_path):
    body = tbl(tr(tc(p(r("Ref"))), props="<w:tblHeader/>"), tr(tc(p(r("No."))), props='<w:tblHeader w:val="1"/>'),
               tr(tc(p(r("1")))))
    assert extract(build_docx(tmp_path / "plan.docx", body)).tables[0].header_rows == 2
    body = tbl(tr(tc(p(r("Ref"))), props='<w:tblHeader w:val="0"/>'), tr(tc(p(r("1")))))
    assert extract(build_docx(tmp_path / "plan2.docx", body)).tables[0].header_rows == 0


def test_vertical_merge_is_one_cell_with_rowspan():
    doc = extract(SAMPLES / "halton_delivery_plan.docx")
    first = doc.tables[0]
    label = [c for c in first.cells if c.col == 0 and c.text]
    assert [(c.text, c.rowspan) for c in label] == [("People", first.n_rows - 1)]
    assert doc.metadata.author == "Lorraine Cox"


def test_horizontal_merge_is_one_cell_with_colspan():
    doc = extract(SAMPLES / "haringey_procurement_action_plan.docx")
    table = doc.tables[0]
    theme = [c for c in table.cells if c.colspan == 5]
    assert theme[0].text == "Delivery of the Haringey Procurement Strategy"
    # never repeated at every grid position, as python-docx row.cells would
    assert sum(1 for c in table.cells if c.text == theme[0].text) == 1


def test_python_docx_documents_read(tmp_path):
    """A document as python-docx writes it: heading style, tracked insertion added by hand."""
    document = docx.Document()
    document.add_heading("Theme 1: Housing", level=2)
    para = document.add_paragraph("Keep ")
    ins = OxmlElement("w:ins")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "inserted"
    run.append(t)
    ins.append(run)
    para._p.append(ins)
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "Action", (0, 1): "Lead", (1, 0): "Build homes", (1, 1): "Head of Housing"}.items():
        table.cell(row, col).text = text
    document.add_paragraph("Point one", style="List Bullet")
    document.save(tmp_path / "plan.docx")
    doc = extract(tmp_path / "plan.docx")
    assert [(b.text, b.heading) for b in doc.blocks if isinstance(b, Paragraph)] == [
        ("Theme 1: Housing", True), ("Keep inserted", False), ("• Point one", False)]
    assert doc.tables[0].grid() == [["Action", "Lead"], ["Build homes", "Head of Housing"]]


# ---------------------------------------------------------------- the Word features sample

FEATURES = SAMPLES / "word_features_plan.docx"


@pytest.fixture(scope="module")
def features():
    return extract(FEATURES)


def test_features_sample_blocks(features):
    headings = [b.text for b in features.blocks if isinstance(b, Paragraph) and b.heading]
    assert headings == [
        "Homelessness and Rough Sleeping", "Action Plan 2023 - 2025", "Priority 1: Preventing homelessness",
        "Priority 2: Ending rough sleeping", "Priority 3: Settled homes", "Priority 4: Temporary accommodation",
    ]
    # four body tables, each under the page header's column headings; the frame table unwrapped
    assert [t.grid()[0] for t in features.tables] == [["Ref", "Action", "Lead officer", "Timescale", "Status"]] * 4
    assert [t.header_rows for t in features.tables] == [1] * 4
    assert features.metadata.author == "Priya Shah" and features.metadata.created == date(2023, 6, 12)


@pytest.mark.parametrize("table, row, expected", [
    (0, 1, ["PH1", ("Launch a single online referral form for partners under the Duty to Refer, with guidance at "
            "www.northbridge.gov.uk/duty-to-refer"), "Housing Options Manager", "By September 2023", "Complete"]),
    (0, 2, ["PH2", "Extend the tenancy sustainment service to private rented and housing association tenants",
            "Head of Housing Needs", "March 2024", "On track"]),
    (0, 3, ["PH3", (f"Commission a debt and benefits advice service offering:{P}• drop-in sessions at the Civic Centre{P}"
            "• home visits for disabled residents"), "", "Q3 2023/24", ""]),
    (0, 4, ["PH4", "Publish a quarterly homelessness prevention dashboard", "Performance and Intelligence Team",
            "Quarterly from October 2023", "Not started"]),
    (1, 2, ["RS2", (f"Agree a reconnection protocol with neighbouring councils, with these milestones:{P}"
            f"Draft protocol shared | July 2023{P}Protocol signed by all councils | October 2023"),
            "Rough Sleeping Coordinator", "By October 2023", "On track"]),
    (1, 3, ["RS3", ("Promote StreetLink so that residents can report people sleeping rough, as set out in section 4.2 "
            "of the strategy"), "Communications Team", "Ongoing", "On track"]),
    (2, 1, ["SH1", "Deliver a Housing First service for 15 people with multiple needs", "Rough Sleeping Coordinator",
            "Spring 2024", ""]),
    (3, 1, ["Families", "", "", "", ""]),
], ids=["hyperlink + dropdown", "tracked changes", "bullets + merge + placeholder", "inserted row after deleted row",
        "nested table", "fields", "deleted paragraph mark", "theme row"])
def test_features_sample_rows(features, table, row, expected):
    assert features.tables[table].grid()[row] == expected


def test_features_sample_merges(features):
    lead = [c for c in features.tables[0].cells if c.text == "Head of Housing Needs"]
    assert [(c.row, c.rowspan) for c in lead] == [(2, 2)]
    themes = [(c.text, c.colspan) for c in features.tables[3].cells if c.colspan > 1]
    assert themes == [("Families", 5), ("Single people", 5)]


def test_tables_command_writes_paragraphs_as_plain_line_breaks(tmp_path):
    """`plan-ingest tables` writes a cell's paragraphs one a line, as a spreadsheet shows them."""
    import csv

    from plan_ingest.ingest.cli import main

    assert main(["tables", str(FEATURES), "-o", str(tmp_path)]) == 0
    with open(tmp_path / "word_features_plan-p1-t1.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[3][1] == ("Commission a debt and benefits advice service offering:\n"
                          "• drop-in sessions at the Civic Centre\n• home visits for disabled residents")
    assert not any(P in text for row in rows for text in row)
