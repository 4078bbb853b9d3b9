"""The web-page extractor: cell markup read as it shows on screen, spans, headings, page furniture left out."""
from __future__ import annotations

from datetime import date

import pytest

from plan_ingest.extractors import ExtractionError, extract
from plan_ingest.extractors.html import decode
from plan_ingest.extractors.model import PARAGRAPH_BREAK as P
from plan_ingest.extractors.model import Paragraph

from conftest import SAMPLES


def page(tmp_path, body: str, head: str = "", name: str = "plan.html", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode(encoding))
    return path


def one_cell(tmp_path, inner: str) -> str:
    doc = extract(page(tmp_path, f"<table><tr><td>{inner}</td><td>x</td></tr></table>"))
    return doc.tables[0].grid()[0][0]


CELL_CASES = [
    ("plain text, white space collapsed", "Publish   the\n   plan", "Publish the plan"),
    ("paragraphs kept apart", "<p>First.</p><p>Second.</p>", f"First.{P}Second."),
    ("line break", "Acknowledge complaints<br>within 3 days", "Acknowledge complaints\nwithin 3 days"),
    ("line break inside a paragraph, then a paragraph", "<p>Lead:<br>Head of Housing</p><p>Support: Finance</p>",
     f"Lead:\nHead of Housing{P}Support: Finance"),
    ("bullet list", "<p>Including:</p><ul><li>one</li><li>two</li></ul>", f"Including:{P}• one{P}• two"),
    ("numbered list", "<ol><li>draft</li><li>consult</li></ol>", f"1. draft{P}2. consult"),
    ("numbered list from a start value, lettered", '<ol start="3" type="a"><li>c</li><li>d</li></ol>', f"c. c{P}d. d"),
    ("list item holding a paragraph", "<ul><li><p>tablets on wards</p></li></ul>", "• tablets on wards"),
    ("nested list", "<ul><li>outer<ul><li>inner</li></ul></li></ul>", f"• outer{P}• inner"),
    ("inline markup keeps its words", "Publish a <strong>&ldquo;You said&rdquo;</strong> board, <em>monthly</em>",
     "Publish a “You said” board, monthly"),
    ("entities", "Health &amp; Wellbeing &ndash; 2024", "Health & Wellbeing – 2024"),
    ("hidden text left out", 'Train staff<span style="display:none"> (draft note)</span>', "Train staff"),
    ("hidden attribute", "Train staff<span hidden> secret</span>", "Train staff"),
    ("script left out", "Train staff<script>track()</script>", "Train staff"),
    ("empty paragraph of a no-break space", "<p>&nbsp;</p><p>Text</p>", "Text"),
    ("Word's own list markers", ('<p><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>item</p>'
     '<p><span style="mso-list:Ignore">2.<span>&nbsp;</span></span>second</p>'), f"• item{P}2. second"),
    ("preformatted text keeps its lines", "<pre>line one\nline two</pre>", "line one\nline two"),
    ("nested table, a paragraph per row", ("<p>Milestones:</p><table><tr><td>Draft</td><td>July</td></tr>"
     "<tr><td>Sign</td><td>Oct</td></tr></table>"), f"Milestones:{P}Draft | July{P}Sign | Oct"),
]


@pytest.mark.parametrize("inner, expected", [c[1:] for c in CELL_CASES], ids=[c[0] for c in CELL_CASES])
def test_cell_markup_reads_as_on_screen(tmp_path, inner, expected):
    assert one_cell(tmp_path, inner) == expected


SPAN_CASES = [
    ("rowspan", "<tr><td rowspan=2>Lead</td><td>a</td></tr><tr><td>b</td></tr>",
     [("Lead", 0, 0, 2, 1), ("a", 0, 1, 1, 1), ("b", 1, 1, 1, 1)]),
    ("colspan theme row", "<tr><td colspan=2>Theme</td></tr><tr><td>a</td><td>b</td></tr>",
     [("Theme", 0, 0, 1, 2), ("a", 1, 0, 1, 1), ("b", 1, 1, 1, 1)]),
    ("rowspan in the middle column", "<tr><td>1</td><td rowspan=2>Lead</td><td>x</td></tr><tr><td>2</td><td>y</td></tr>",
     [("1", 0, 0, 1, 1), ("Lead", 0, 1, 2, 1), ("x", 0, 2, 1, 1), ("2", 1, 0, 1, 1), ("y", 1, 2, 1, 1)]),
    ("rowspan past the end is cut", "<tr><td rowspan=9>a</td><td>b</td></tr>", [("a", 0, 0, 1, 1), ("b", 0, 1, 1, 1)]),
    ("rowspan=0 runs to the end", "<tr><td rowspan=0>a</td><td>1</td></tr><tr><td>2</td></tr>",
     [("a", 0, 0, 2, 1), ("1", 0, 1, 1, 1), ("2", 1, 1, 1, 1)]),
    ("bad span values", '<tr><td colspan="x">a</td><td rowspan="-1">b</td></tr>', [("a", 0, 0, 1, 1), ("b", 0, 1, 1, 1)]),
    ("head, body and foot in drawing order",
     "<tfoot><tr><td>foot</td></tr></tfoot><tbody><tr><td>body</td></tr></tbody><thead><tr><th>head</th></tr></thead>",
     [("head", 0, 0, 1, 1), ("body", 1, 0, 1, 1), ("foot", 2, 0, 1, 1)]),
]


@pytest.mark.parametrize("rows, expected", [c[1:] for c in SPAN_CASES], ids=[c[0] for c in SPAN_CASES])
def test_spans(tmp_path, rows, expected):
    table = extract(page(tmp_path, f"<table>{rows}</table>")).tables[0]
    assert [(c.text, c.row, c.col, c.rowspan, c.colspan) for c in table.cells] == expected


BLOCK_CASES = [
    ("headings and paragraphs", "<h1>Climate Plan</h1><p>Intro text.</p><h2>1. Buildings</h2>",
     [("Climate Plan", True), ("Intro text.", False), ("1. Buildings", True)]),
    ("short bold paragraph is a heading", "<p><b>Priority 2: Homes</b></p><p><strong>Bold</strong> and not</p>",
     [("Priority 2: Homes", True), ("Bold and not", False)]),
    ("bold by style", '<p style="font-weight: bold">Theme</p>', [("Theme", True)]),
    ("Word's title class", "<p class=MsoTitle>Action Plan<o:p></o:p></p>", [("Action Plan", True)]),
    ("role=heading", '<div role="heading" aria-level="2">Waste</div>', [("Waste", True)]),
    ("caption is a heading before its table", "<table><caption>Table 1: Actions</caption><tr><td>a</td></tr></table>",
     [("Table 1: Actions", True)]),
    ("site furniture left out", ("<header><nav><a>Home</a></nav></header><p>Plan</p><aside>Related</aside>"
     "<footer>Contact us</footer>"), [("Plan", False)]),
    ("LibreOffice running header and footer left out", ('<div title="header"><p>Draft</p></div><p>Plan</p>'
     '<div title="footer"><p>Page 1</p></div>'), [("Plan", False)]),
    ("main content only", "<p>Skip to content</p><main><p>Plan</p></main>", [("Plan", False)]),
    ("a list outside tables", "<ul><li>one</li></ul>", [("• one", False)]),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in BLOCK_CASES], ids=[c[0] for c in BLOCK_CASES])
def test_blocks(tmp_path, body, expected):
    doc = extract(page(tmp_path, body))
    assert [(b.text, b.heading) for b in doc.blocks if isinstance(b, Paragraph)] == expected


@pytest.mark.parametrize("table, header_rows", [
    ("<thead><tr><td>Ref</td></tr></thead><tr><td>1</td></tr>", 1),
    ("<tr><th>Ref</th></tr><tr><th>No.</th></tr><tr><td>1</td></tr>", 2),
    ("<tr><th>1</th><td>Do</td></tr>", 0),
], ids=["thead", "rows of th", "a th beside data"])
def test_header_rows(tmp_path, table, header_rows):
    assert extract(page(tmp_path, f"<table>{table}</table>")).tables[0].header_rows == header_rows


def test_layout_table_around_the_plan_is_unwrapped(tmp_path):
    body = ("<table><tr><td><h2>Theme</h2><table><tr><th>Ref</th><th>Action</th></tr>"
            "<tr><td>1</td><td>Do</td></tr></table></td></tr></table>")
    doc = extract(page(tmp_path, body))
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == ["Theme"]
    assert [t.grid() for t in doc.tables] == [[["Ref", "Action"], ["1", "Do"]]]


@pytest.mark.parametrize("raw, text", [
    ("Café £5".encode(), "Café £5"),
    ('<meta charset="windows-1252">Café £5'.encode("cp1252"), '<meta charset="windows-1252">Café £5'),
    ("Café £5".encode("cp1252"), "Café £5"),
    ("\ufeffCafé".encode("utf-8"), "Café"),
    ("Café".encode("utf-16"), "Café"),
], ids=["utf-8", "declared charset", "undeclared Windows-1252", "UTF-8 BOM", "UTF-16 BOM"])
def test_decode(raw, text):
    assert decode(raw) == text


def test_metadata(tmp_path):
    head = ('<title>Climate plan | Northbridge</title><meta name="author" content="Climate Team">'
            '<meta name="dcterms.created" content="2024-04-15"><meta name="classification" content="Climate">')
    meta = extract(page(tmp_path, "<p>x</p>", head)).metadata
    assert (meta.title, meta.author, meta.created, meta.subject) == (
        "Climate plan | Northbridge", "Climate Team", date(2024, 4, 15), "Climate")


@pytest.mark.parametrize("content, reason", [
    (b"%PDF-1.4 fake", "PDF"),
    (b"PK\x03\x04zip", "zip"),
], ids=["renamed PDF", "renamed zip"])
def test_wrong_content_fails_clearly(tmp_path, content, reason):
    path = tmp_path / "plan.htm"
    path.write_bytes(content)
    with pytest.raises(ExtractionError, match=reason):
        extract(path)


def test_web_page_sample():
    doc = extract(SAMPLES / "web_page_plan.html")
    paragraphs = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert paragraphs[:2] == ["Climate Emergency Action Plan 2024/25", "Northbridge District Council"]
    assert not any("cookie" in t.lower() or "Skip to" in t or "Bins" in t for t in paragraphs)
    first, second = doc.tables
    assert (first.title, first.header_rows) == ("Table 1: Council buildings and fleet", 1)
    assert first.grid()[1] == ["1.1", (f"Install solar panels on council buildings:{P}• the Civic Centre{P}"
                               "• both leisure centres"), "Head of Property Services", "Q2 2024/25", "On track"]
    assert [(c.text, c.rowspan) for c in first.cells if c.rowspan > 1] == [("Head of Property Services", 2)]
    assert [(c.text, c.colspan) for c in second.cells if c.colspan > 1] == [("Warmer homes", 5), ("Waste and recycling", 5)]
    assert doc.format == "html" and doc.metadata.author == "Climate Change Team"
