"""Extractor for plans published as web pages (.html, .htm): headings, paragraphs and tables in page order.

Markup inside a cell becomes text as it reads on screen: paragraphs and list items (`• `, or numbered
in an `<ol>`) apart by PARAGRAPH_BREAK, a `<br>` a newline; rowspan and colspan become one cell with its span.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import lxml.html
from lxml import etree

from .cells import SHORT_HEADING, blocks_to_cell_text, unwrap_layout
from .model import (
    MAX_TABLE_CELLS,
    Block,
    Cell,
    ExtractionError,
    Metadata,
    Paragraph,
    SourceDocument,
    Table,
    check_table_size,
)

# never shown, or site furniture around the plan (menus, cookie banners, sidebars)
_SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "object", "iframe",
         "svg", "button", "select", "input", "textarea", "nav", "aside", "footer", "form", "map"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# elements that start a new line of text; everything else is inline
_BLOCK = {"p", "div", "section", "article", "main", "header", "blockquote", "pre", "address", "figure",
          "figcaption", "dl", "dt", "dd", "ul", "ol", "li", "hr", "center", "details", "summary",
          "fieldset", "legend", "caption"} | _HEADINGS
_BOLD = {"b", "strong", "th"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.IGNORECASE)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
# Word's "Save as Web Page": list markers printed as text, headings as <p class=MsoTitle>
_WORD_LIST_MARK = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
_WORD_HEADING = re.compile(r"Mso(Title|Subtitle|Heading)", re.IGNORECASE)
_NUMBER_MARK = re.compile(r"^\(?(\d+|[A-Za-z]|[ivxlcdmIVXLCDM]+)(\.\d+)*[.)]$")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_WS = re.compile(r"[ \t\r\n\f]+")  # HTML white space; a no-break space is kept
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def decode(raw: bytes) -> str:
    """Page bytes to text: a byte-order mark, then the page's own charset, then UTF-8, then Windows-1252."""
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if raw.startswith(bom):
            encoding = "utf-8" if bom == codecs.BOM_UTF8 else "utf-16"
            return raw.decode(encoding, errors="replace").lstrip("\ufeff")
    declared = _CHARSET.search(raw[:8192])
    candidates = [declared.group(1).decode("ascii", "ignore")] if declared else []
    for encoding in candidates + ["utf-8", "cp1252"]:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


# ---------------------------------------------------------------- text and blocks


@dataclass
class _Line:
    parts: list[str] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)  # per visible part

    def text(self) -> str:
        return "".join(self.parts)


class _Reader:
    """Walks an element, collecting paragraphs (with a heading flag) and tables in reading order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[_Line] = [_Line()]
        self.marker = ""  # a list item's marker, waiting for the item's first words
        self.depth = 0  # elements open around the one being read
        self.flattened = False  # some markup was nested too deep to walk, and was read as plain text

    def add(self, text: str | None, bold: bool, pre: bool = False) -> None:
        if not text:
            return
        if not pre:
            text = _WS.sub(" ", text)
        if self.marker and text.strip():
            marker, self.marker = self.marker, ""
            self.add(marker, False)
        line = self.lines[-1]
        if not line.parts or line.parts[-1].endswith((" ", "\n")):
            text = text.lstrip(" ") if not pre else text
        if text:
            line.parts.append(text)
            if text.strip():
                line.bold.append(bold)

    def newline(self) -> None:
        self.lines.append(_Line())

    def flush(self, heading: bool = False) -> None:
        """Close the current paragraph; it is a heading when marked so, or short and all bold."""
        lines = [line.strip() for ln in self.lines for line in ln.text().split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            bold = [b for ln in self.lines for b in ln.bold]
            short_bold = (
                bool(bold) and all(bold) and len(text) <= SHORT_HEADING
                and not text.endswith(".") and not text.startswith("•")
            )
            self.blocks.append(Paragraph(text=text, heading=heading or short_bold))
        self.lines = [_Line()]


def _hidden(el) -> bool:
    """Not shown, or page furniture: LibreOffice writes running headers and footers as titled divs."""
    return (
        el.get("hidden") is not None
        or el.get("title") in ("header", "footer")
        or el.get("aria-hidden") == "true"
        or bool(_HIDDEN_STYLE.search(el.get("style", "")))
    )


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""  # comments and processing instructions: ""


def _list_marker(li, ordinal: int, list_el) -> str:
    if list_el is None or _tag(list_el) != "ol":
        return "• "
    kind = (li.get("type") or list_el.get("type") or "1")
    if kind in ("a", "A"):
        letters, k = "", max(ordinal, 1)
        while k:
            k, rest = divmod(k - 1, 26)
            letters = chr(97 + rest) + letters
        return (letters if kind == "a" else letters.upper()) + ". "
    if kind in ("i", "I"):
        roman, k = "", ordinal
        for value, numeral in _ROMAN:
            while k >= value:
                roman, k = roman + numeral, k - value
        return (roman if kind == "i" else roman.upper()) + ". "
    return f"{ordinal}. "


def _int(value: str | None, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def walk(el, reader: _Reader, bold: bool = False, pre: bool = False) -> None:
    """Read an element's content into `reader`: text to lines, block elements to paragraph breaks."""
    for child in el:
        _walk_child(child, reader, bold, pre)


def _walk_child(child, reader: _Reader, bold: bool, pre: bool) -> None:
    tag = _tag(child)
    if not tag or tag in _SKIP or _hidden(child):
        reader.add(child.tail, bold, pre)
        return
    if reader.depth >= MAX_WALK_DEPTH:
        # past this depth no page is laid out by hand: its words are kept, as plain text
        reader.add(" ".join(child.itertext()), bold, pre)
        reader.add(child.tail, bold, pre)
        reader.flattened = True
        return
    reader.depth += 1
    try:
        _walk_element(child, tag, reader, bold, pre)
    finally:
        reader.depth -= 1


def _walk_element(child, tag: str, reader: _Reader, bold: bool, pre: bool) -> None:
    if tag == "span" and _WORD_LIST_MARK.search(child.get("style", "")):
        # Word's HTML prints its list marker as text: a number as itself, a Symbol-font bullet as `•`
        mark = child.text_content().replace("\xa0", " ").strip()
        reader.add(mark + " " if _NUMBER_MARK.match(mark) else "• ", False)
        reader.add(child.tail, bold, pre)
        return
    inner_bold = bold or tag in _BOLD or bool(_BOLD_STYLE.search(child.get("style", "")))
    inner_pre = pre or tag == "pre"
    if tag == "table":
        reader.flush()
        reader.blocks.extend(read_table(child))
    elif tag == "br":
        reader.newline()
    elif tag in ("ul", "ol"):
        reader.flush()
        _walk_list(child, reader, inner_bold)
    elif tag in _HEADINGS or child.get("role") == "heading" or _WORD_HEADING.match(child.get("class", "")):
        reader.flush()
        reader.add(child.text, inner_bold)
        walk(child, reader, inner_bold)
        reader.flush(heading=True)
    elif tag in _BLOCK:
        reader.flush()
        reader.add(child.text, inner_bold, inner_pre)
        walk(child, reader, inner_bold, inner_pre)
        reader.flush()
    else:
        reader.add(child.text, inner_bold, inner_pre)
        walk(child, reader, inner_bold, inner_pre)
    reader.add(child.tail, bold, pre)


def _walk_list(list_el, reader: _Reader, bold: bool) -> None:
    """Each <li> on its own line behind its marker; anything else inside the list read as it comes."""
    ordinal = _int(list_el.get("start"), 1) - 1
    for item in list_el:
        if _tag(item) != "li" or _hidden(item):
            _walk_child(item, reader, bold, False)
            continue
        ordinal = _int(item.get("value"), ordinal + 1)
        reader.flush()
        reader.marker = _list_marker(item, ordinal, list_el)
        reader.add(item.text, bold)
        walk(item, reader, bold)
        reader.marker = ""
        reader.flush()


def element_to_blocks(el, notes: list[str] | None = None) -> list[Block]:
    reader = _Reader()
    reader.add(el.text, False)
    walk(el, reader)
    reader.flush()
    if reader.flattened and notes is not None:
        notes.append(f"markup nested more than {MAX_WALK_DEPTH} levels deep read as plain text")
    return reader.blocks


# ---------------------------------------------------------------- tables


def _header_rows(rows: list, head: int) -> int:
    """Rows of <thead>, else the leading rows made only of <th> cells."""
    if head:
        return head
    count = 0
    for tr in rows:
        kinds = {_tag(td) for td in tr if _tag(td) in ("td", "th")}
        if kinds != {"th"}:
            break
        count += 1
    return count


def _rows(table) -> tuple[list, int]:
    """Rows in the order a browser draws them: head, bodies (and bare rows), foot; and how many head rows."""
    head, body, foot = [], [], []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            body.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows = [tr for tr in child if _tag(tr) == "tr" and not _hidden(tr)]
            {"thead": head, "tbody": body, "tfoot": foot}[tag].extend(rows)
    head = [tr for tr in head if not _hidden(tr)]
    return head + [tr for tr in body + foot if not _hidden(tr)], len(head)


def read_table(table) -> list[Block]:
    """A <table> as blocks: its caption as a heading, then the table (or what a layout table frames)."""
    out: list[Block] = []
    caption = next((c for c in table if _tag(c) == "caption"), None)
    title = " ".join(caption.text_content().split()) if caption is not None else ""
    if title:
        out.append(Paragraph(text=title, heading=True))
    rows, head = _rows(table)
    cells: list[Cell] = []
    contents: dict[int, list[Block]] = {}
    taken: set[tuple[int, int]] = set()
    n_cols = 0
    for r, tr in enumerate(rows):
        col = 0
        for td in tr:
            if _tag(td) not in ("td", "th") or _hidden(td):
                continue
            while (r, col) in taken:
                col += 1
            colspan = min(max(_int(td.get("colspan"), 1), 1), 1000)
            rowspan = _int(td.get("rowspan"), 1)
            # rowspan=0 runs to the end of the table; none runs past it
            rowspan = len(rows) - r if rowspan == 0 else max(1, min(rowspan, len(rows) - r))
            # the grid the spans ask for, checked before the positions are laid out
            check_table_size(len(rows), max(n_cols, col + colspan))
            if len(taken) + rowspan * colspan > MAX_TABLE_CELLS:
                check_table_size(len(rows), MAX_TABLE_CELLS)  # raises, naming the limit
            blocks = _cell_blocks(td)
            text, nested = blocks_to_cell_text(blocks)
            cell = Cell(text=text, row=r, col=col, colspan=colspan, rowspan=rowspan, nested=nested)
            cells.append(cell)
            contents[id(cell)] = blocks
            for dr in range(cell.rowspan):
                for dc in range(colspan):
                    taken.add((r + dr, col + dc))
            col += colspan
            n_cols = max(n_cols, col)
    if not cells:
        return out
    result = Table(cells=cells, n_rows=len(rows), n_cols=n_cols, title=title,
                   header_rows=_header_rows(rows, head))
    inside = unwrap_layout(result, contents)
    return out + (inside if inside is not None else [result])


def _cell_blocks(td) -> list[Block]:
    bold = _tag(td) == "th"
    reader = _Reader()
    reader.add(td.text, bold)
    walk(td, reader, bold)
    reader.flush()
    return reader.blocks


# ---------------------------------------------------------------- the page


def _meta(doc, *names: str) -> str:
    wanted = {n.lower() for n in names}
    for meta in doc.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        if key in wanted and (meta.get("content") or "").strip():
            return meta.get("content").strip()
    return ""


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def read_metadata(doc) -> Metadata:
    title = doc.find(".//title")
    return Metadata(
        title=" ".join(title.text_content().split()) if title is not None else "",
        author=_meta(doc, "author", "dc.creator", "dcterms.creator", "creator"),
        subject=_meta(doc, "subject", "dc.subject", "dcterms.subject", "classification"),
        created=_date(_meta(doc, "created", "dcterms.created", "dc.date", "date", "article:published_time")),
        modified=_date(_meta(doc, "changed", "modified", "dcterms.modified", "article:modified_time")),
    )


def _content_root(doc):
    """The page's main content when it marks one; else the body, site header left out."""
    for path in (".//main", ".//*[@role='main']", ".//article"):
        found = doc.find(path)
        if found is not None:
            return found
    body = doc.find(".//body")
    if body is None:
        return doc
    for header in [c for c in body if _tag(c) == "header"]:
        header.drop_tree()
    return body


def extract_html(path: str | Path) -> SourceDocument:
    raw = Path(path).read_bytes()
    text = decode(raw)
    if "\x00" in text[:1024]:
        raise ExtractionError("not an HTML page (binary content)")
    notes: list[str] = []
    if _max_depth(text) > MAX_PARSE_DEPTH:
        # the parser stops at 2048 levels and loses the rest of the page; the elements that only
        # nest (div, span, font...) are let go first, so tables and paragraphs survive
        text = _NESTING_ONLY.sub(" ", text)
        notes.append(f"markup nested more than {MAX_PARSE_DEPTH} levels deep flattened")
    try:
        doc = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        raise ExtractionError("not a readable HTML page") from None
    blocks = element_to_blocks(_content_root(doc), notes)
    return SourceDocument(path=str(path), format="html", blocks=blocks, metadata=read_metadata(doc), notes=notes)


MAX_WALK_DEPTH = 200  # elements deep that the reader walks one by one
MAX_PARSE_DEPTH = 1500  # elements deep past which nesting-only elements are dropped before parsing
_PARSER = lxml.html.HTMLParser(huge_tree=True)  # up to 2048 levels deep, not libxml2's default 256
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^<>]*?(/?)>")
_NESTING_ONLY = re.compile(r"</?(?:div|span|font|section|article|aside|main|nav|b|i|u|em|strong|small|big|center"
                           r"|blockquote|sup|sub|a|label|header|footer)\b[^<>]*>", re.IGNORECASE)


def _max_depth(text: str) -> int:
    depth = deepest = 0
    for m in _ANY_TAG.finditer(text):
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or selfclosing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
        if deepest > MAX_PARSE_DEPTH:
            break
    return deepest
