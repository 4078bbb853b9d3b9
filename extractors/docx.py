"""Extractor for Word .docx files: paragraphs and tables in document order, read from the package XML.

Merged cells come out once with their span; tracked changes read as accepted; content controls,
hyperlinks, fields, text boxes, list numbers and nested tables are read as Word shows them. A cell's
paragraphs are apart by PARAGRAPH_BREAK; a line break (w:br) inside one is a newline.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .cells import SHORT_HEADING, blocks_to_cell_text, unwrap_layout
from .model import Block, Cell, ExtractionError, Metadata, Paragraph, SourceDocument, Table
from .package import Package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"

# ISO 29500 Strict packages use other namespace names for the same vocabulary
_STRICT = {
    b"http://purl.oclc.org/ooxml/" + strict: b"http://schemas.openxmlformats.org/" + transitional
    for strict, transitional in (
        (b"wordprocessingml/main", b"wordprocessingml/2006/main"),
        (b"officeDocument/relationships", b"officeDocument/2006/relationships"),
        (b"officeDocument/math", b"officeDocument/2006/math"),
    )
}

# inside a paragraph: what Word does not show (deleted text, field codes, property blocks)
_NOT_SHOWN = {
    W + "pPr", W + "rPr", W + "sdtPr", W + "sdtEndPr", W + "del", W + "moveFrom", W + "delText",
    W + "instrText", W + "delInstrText", W + "rt", W + "fldData", M + "rPr", M + "ctrlPr",
}
_FALSE = {"0", "false", "off", "none"}
_BULLET_CHARS = "•·▪‣◦●○■□➢➤►-–\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8"
# a heading written as a short bold line: at most this long, and not a sentence


def _on(el) -> bool:
    """A toggle property (w:b, w:vanish): present and not switched off."""
    return el is not None and el.get(W + "val", "true").lower() not in _FALSE


def _toggle(props, tag: str) -> bool | None:
    """A toggle property a style sets on or off; None when the style leaves it alone."""
    el = props.find(W + tag) if props is not None else None
    return _on(el) if el is not None else None


# ---------------------------------------------------------------- styles and numbering


@dataclass
class Style:
    name: str = ""
    based_on: str | None = None
    outline: int | None = None
    bold: bool | None = None
    hidden: bool | None = None
    num: tuple[str, int] | None = None  # numId, level


class Styles:
    """styles.xml: which paragraphs are headings, bold or hidden, and which carry list numbering."""

    def __init__(self, root) -> None:
        self.by_id: dict[str, Style] = {}
        self.default_paragraph: str | None = None
        for el in root.iter(W + "style") if root is not None else []:
            style_id = el.get(W + "styleId", "")
            name = el.find(W + "name")
            based = el.find(W + "basedOn")
            outline = el.find(f"{W}pPr/{W}outlineLvl")
            rpr = el.find(W + "rPr")
            style = Style(
                name=(name.get(W + "val", "") if name is not None else style_id).lower(),
                based_on=based.get(W + "val") if based is not None else None,
                outline=_int(outline.get(W + "val"), 9) if outline is not None else None,
                bold=_toggle(rpr, "b"),
                hidden=_toggle(rpr, "vanish"),
                num=_num_pr(el.find(f"{W}pPr/{W}numPr")),
            )
            self.by_id[style_id] = style
            if el.get(W + "type") == "paragraph" and el.get(W + "default") in ("1", "true", "on"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> list[Style]:
        """The style and those it is based on, nearest first."""
        out: list[Style] = []
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            out.append(self.by_id[style_id])
            style_id = out[-1].based_on
        return out

    def first(self, style_id: str | None, attr: str):
        for style in self.chain(style_id):
            if getattr(style, attr) is not None:
                return getattr(style, attr)
        return None


def _num_pr(num_pr) -> tuple[str, int] | None:
    if num_pr is None:
        return None
    num_id = num_pr.find(W + "numId")
    level = num_pr.find(W + "ilvl")
    return (
        num_id.get(W + "val", "0") if num_id is not None else "",
        _int(level.get(W + "val"), 0, 0, 8) if level is not None else 0,
    )


def _val(parent, tag: str, default: str) -> str:
    el = parent.find(W + tag)
    return el.get(W + "val", default) if el is not None else default


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"


class Numbering:
    """numbering.xml: the label Word draws before each list paragraph, counted in document order."""

    def __init__(self, root) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> abstractNumId, start overrides
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        if root is None:
            return
        for abstract in root.iter(W + "abstractNum"):
            levels = {}
            for lvl in abstract.iter(W + "lvl"):
                levels[_int(lvl.get(W + "ilvl"), 0, 0, 8)] = Level(
                    fmt=_val(lvl, "numFmt", "decimal"), text=_val(lvl, "lvlText", ""),
                    start=_int(_val(lvl, "start", "1"), 1), suffix=_val(lvl, "suff", "tab"),
                )
            self.abstract[abstract.get(W + "abstractNumId", "")] = levels
        for num in root.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            overrides = {}
            for override in num.iter(W + "lvlOverride"):
                start = override.find(W + "startOverride")
                if start is not None:
                    overrides[_int(override.get(W + "ilvl"), 0, 0, 8)] = _int(start.get(W + "val"), 1)
            abstract_id = ref.get(W + "val", "") if ref is not None else ""
            self.nums[num.get(W + "numId", "")] = (abstract_id, overrides)

    def fork(self) -> Numbering:
        """A copy with its own counters, for parts (page headers) that number apart from the body."""
        twin = copy.copy(self)
        twin.counters, twin.started = {}, set()
        return twin

    def label(self, num_id: str, level: int) -> str:
        """`• ` for a bullet, `2.1 ` for a numbered item, `` when the paragraph is not in a list."""
        if num_id in ("", "0") or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        lvl = levels.get(level, Level(fmt="bullet"))
        if lvl.fmt == "bullet":
            return "• "
        # lists sharing an abstract definition continue one count, unless a num restarts it
        counts = self.counters.setdefault(abstract_id, [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in overrides.items():
                if 0 <= lv < 9:
                    counts[lv] = start - 1
        start = lambda lv: levels.get(lv, Level()).start
        counts[level] = (counts[level] if counts[level] is not None else start(level) - 1) + 1
        for deeper in range(level + 1, 9):
            counts[deeper] = None
        if lvl.fmt == "none" or not lvl.text:
            return ""

        def number(m: re.Match) -> str:
            lv = int(m[1]) - 1
            value = counts[lv] if 0 <= lv < 9 and counts[lv] is not None else start(lv)
            return _format_number(value, levels.get(lv, Level()).fmt if lv != level else lvl.fmt)

        text = re.sub(r"%([1-9])", number, lvl.text)
        return text + ("" if lvl.suffix == "nothing" else " ")


def _int(text: str | None, default: int, lo: int = 0, hi: int = 10**9) -> int:
    """A number Word wrote in an attribute, kept within bounds; anything else is the default."""
    try:
        return min(max(int(text), lo), hi) if text is not None else default
    except (TypeError, ValueError):
        return default


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        k = max(n, 1)
        while k:
            k, rest = divmod(k - 1, 26)
            letters = chr(97 + rest) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman") and n <= 3999:  # past that, Roman numerals run on forever
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


@dataclass
class Context:
    styles: Styles
    numbering: Numbering
    # header tables of the section being read, offered to the body tables below them
    header_tables: list[Table] = field(default_factory=list)

    def fork(self) -> Context:
        return Context(self.styles, self.numbering.fork())

    def in_cell(self) -> Context:
        """The same numbering, but no page-header headings: those belong to top-level tables only."""
        return Context(self.styles, self.numbering)


# ---------------------------------------------------------------- paragraphs


def _alternate(node):
    """The branch of an mc:AlternateContent to read: the first Choice that shows something, else the Fallback."""
    branches = [c for c in node if c.tag == MC + "Choice"] + [c for c in node if c.tag == MC + "Fallback"]
    for branch in branches:
        if next(branch.iter(W + "t", W + "txbxContent"), None) is not None:
            return branch
    return branches[0] if branches else None


def _run_hidden(r, ctx: Context) -> bool:
    rpr = r.find(W + "rPr")
    if rpr is None:
        return False
    vanish = rpr.find(W + "vanish")
    if vanish is not None:
        return _on(vanish)
    style = rpr.find(W + "rStyle")
    return bool(style is not None and ctx.styles.first(style.get(W + "val"), "hidden"))


def _inline(node, ctx: Context, out: list[str], floats: list[Block]) -> None:
    """Text of a paragraph's content as Word shows it; text boxes go to `floats`, read as blocks."""
    for child in node:
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_SHOWN:
            continue
        if tag == W + "t" or tag == M + "t":
            out.append(child.text or "")
        elif tag in (W + "tab", W + "ptab"):
            out.append(" ")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "sym":
            try:
                out.append(chr(int(child.get(W + "char", ""), 16)))
            except (ValueError, OverflowError):
                pass  # not a character: the boundary check in extractors.safety flags what is odd
        elif tag == W + "r":
            if not _run_hidden(child, ctx):
                _inline(child, ctx, out, floats)
        elif tag == W + "sdt":
            props = child.find(W + "sdtPr")
            if props is not None and props.find(W + "showingPlcHdr") is not None:
                continue  # an empty content control showing its prompt ("Click here to enter text")
            _inline(child, ctx, out, floats)
        elif tag == MC + "AlternateContent":
            branch = _alternate(child)
            if branch is not None:
                _inline(branch, ctx, out, floats)
        elif tag == W + "txbxContent":
            floats.extend(content_to_blocks(child, ctx))
        else:
            # hyperlink, fldSimple, smartTag, customXml, ins, moveTo, sdtContent, drawing, pict ...
            _inline(child, ctx, out, floats)


def _list_label(p, ctx: Context) -> str:
    ppr = p.find(W + "pPr")
    num = _num_pr(ppr.find(W + "numPr")) if ppr is not None else None
    style = ppr.find(W + "pStyle") if ppr is not None else None
    style_id = style.get(W + "val") if style is not None else ctx.styles.default_paragraph
    if num is None or (num[0] == "" and ppr.find(f"{W}numPr/{W}ilvl") is not None):
        from_style = ctx.styles.first(style_id, "num")
        if from_style is not None:
            num = (num[0] or from_style[0], num[1]) if num is not None else from_style
    if num is None:
        return ""
    return ctx.numbering.label(*num)


def read_paragraph(p, ctx: Context) -> tuple[str, list[Block]]:
    """A w:p's text with its list label, and the text boxes anchored in it."""
    parts: list[str] = []
    floats: list[Block] = []
    _inline(p, ctx, parts, floats)
    text = "".join(parts)
    if _mark_deleted(p):
        return text, floats  # joined to the next paragraph, whose list label it takes
    label = _list_label(p, ctx)
    if label == "• ":
        text = "• " + text.lstrip(_BULLET_CHARS + " \t") if text.strip() else ""
    elif label:
        text = label + text.lstrip()
    return text, floats


def _mark_deleted(p) -> bool:
    """The paragraph mark is a tracked deletion: accepted, this paragraph joins the next."""
    return p.find(f"{W}pPr/{W}rPr/{W}del") is not None


def is_heading(p, ctx: Context, text: str) -> bool:
    """Styled as a heading (by name or outline level), or a short line entirely in bold."""
    ppr = p.find(W + "pPr")
    style = ppr.find(W + "pStyle") if ppr is not None else None
    style_id = style.get(W + "val") if style is not None else ctx.styles.default_paragraph
    outline = ppr.find(W + "outlineLvl") if ppr is not None else None
    level = _int(outline.get(W + "val"), 9) if outline is not None else ctx.styles.first(style_id, "outline")
    if level is not None and level < 9:
        return True
    if any(s.name.startswith(("heading", "title", "subtitle")) for s in ctx.styles.chain(style_id)):
        return True
    text = text.strip()
    if not text or len(text) > SHORT_HEADING or text.endswith(".") or text.startswith("•"):
        return False
    runs = [r for r in p.iter(W + "r") if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
    return bool(runs) and all(_run_bold(r, ctx, style_id) for r in runs)


def _run_bold(r, ctx: Context, paragraph_style: str | None) -> bool:
    rpr = r.find(W + "rPr")
    if rpr is not None:
        if rpr.find(W + "b") is not None:
            return _on(rpr.find(W + "b"))
        style = rpr.find(W + "rStyle")
        if style is not None and (bold := ctx.styles.first(style.get(W + "val"), "bold")) is not None:
            return bold
    return bool(ctx.styles.first(paragraph_style, "bold"))


# ---------------------------------------------------------------- block content


def _children(node, wanted: str):
    """`wanted` children in order, looking through content controls, custom XML and tracked insertions."""
    for child in node:
        if child.tag == wanted:
            yield child
        elif child.tag in (W + "sdt", W + "customXml", W + "ins", W + "moveTo"):
            inner = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if inner is not None:
                yield from _children(inner, wanted)


def content_to_blocks(node, ctx: Context) -> list[Block]:
    """Paragraphs and tables of a body, cell, text box or header, in reading order."""
    blocks: list[Block] = []
    carry = ""  # text of a paragraph whose mark was deleted, joined to the next
    for child in node:
        tag = child.tag
        if tag == W + "p":
            text, floats = read_paragraph(child, ctx)
            if _mark_deleted(child):
                carry += text
                blocks.extend(floats)
                continue
            text = (carry + text).strip()
            carry = ""
            if text:
                blocks.append(Paragraph(text=text, heading=is_heading(child, ctx, text)))
            blocks.extend(floats)
        elif tag == W + "tbl":
            if carry.strip():
                blocks.append(Paragraph(text=carry.strip()))
            carry = ""
            blocks.extend(_table_blocks(child, ctx))
        elif tag == W + "sdt":
            props = child.find(W + "sdtPr")
            inner = child.find(W + "sdtContent")
            if inner is not None and (props is None or props.find(W + "showingPlcHdr") is None):
                blocks.extend(content_to_blocks(inner, ctx))
        elif tag in (W + "customXml", W + "ins", W + "moveTo"):
            blocks.extend(content_to_blocks(child, ctx))
        elif tag == MC + "AlternateContent":
            branch = _alternate(child)
            if branch is not None:
                blocks.extend(content_to_blocks(branch, ctx))
    if carry.strip():
        blocks.append(Paragraph(text=carry.strip()))
    return blocks


def _table_blocks(tbl, ctx: Context) -> list[Block]:
    """A table, or what a layout table holds: a one-column frame around nested tables is not a table."""
    table, contents = read_table(tbl, ctx)
    if not table.cells:
        return []
    inside = unwrap_layout(table, contents)
    if inside is None:
        return [with_page_header(table, ctx)]
    return [with_page_header(b, ctx) if isinstance(b, Table) else b for b in inside]


def with_page_header(table: Table, ctx: Context) -> Table:
    """A body table under the column headings a plan prints in the page header, when they line up.

    The headings become the table's first row, as they are printed above it on every page.
    """
    for head in ctx.header_tables:
        if head.n_cols != table.n_cols:
            continue
        if [squeeze(t) for t in head.grid()[0]] == [squeeze(t) for t in table.grid()[0]]:
            return table  # the table prints its own heading row
        shift = head.n_rows
        cells = [copy.deepcopy(c) for c in head.cells]
        for c in table.cells:
            cells.append(copy.copy(c))
            cells[-1].row += shift
        return Table(cells=cells, n_rows=table.n_rows + shift, n_cols=table.n_cols,
                     header_rows=shift + table.header_rows)
    return table


def squeeze(text: str) -> str:
    return " ".join(text.split()).lower()


def _looks_like_column_headings(table: Table) -> bool:
    """A one-row header-part table of short labels in every column, unlike a logo/title/page-number strip."""
    if table.n_rows != 1 or table.n_cols < 2:
        return False
    texts = table.grid()[0]
    return all(
        t.strip() and len(t.split()) <= 6 and not re.search(r"\d", t) and not t.strip().endswith(".")
        for t in texts
    )


# ---------------------------------------------------------------- tables


def _grid_value(props, tag: str, default: int) -> int:
    el = props.find(W + tag) if props is not None else None
    try:
        return int(el.get(W + "val", default)) if el is not None else default
    except ValueError:
        return default


def read_table(tbl, ctx: Context) -> tuple[Table, dict[int, list[Block]]]:
    """A w:tbl as cells with spans (gridSpan, vMerge, legacy hMerge), and each cell's own blocks."""
    inner = ctx.in_cell()
    cells: list[Cell] = []
    contents: dict[int, list[Block]] = {}
    open_merges: dict[int, Cell] = {}  # grid column -> the cell a vertical merge is extending
    n_cols = 0
    rows = [tr for tr in _children(tbl, W + "tr") if tr.find(f"{W}trPr/{W}del") is None]
    for r, tr in enumerate(rows):
        props = tr.find(W + "trPr")
        col = _grid_value(props, "gridBefore", 0)
        still_open: dict[int, Cell] = {}
        last: Cell | None = None
        for tc in _children(tr, W + "tc"):
            tc_pr = tc.find(W + "tcPr")
            if tc_pr is not None and tc_pr.find(W + "cellDel") is not None:
                continue
            span = max(1, _grid_value(tc_pr, "gridSpan", 1))
            vm = tc_pr.find(W + "vMerge") if tc_pr is not None else None
            vmerge = (vm.get(W + "val") or "continue") if vm is not None else None
            hm = tc_pr.find(W + "hMerge") if tc_pr is not None else None
            blocks = content_to_blocks(tc, inner)
            text, nested = blocks_to_cell_text(blocks)
            if hm is not None and (hm.get(W + "val") or "continue") == "continue" and last is not None:
                last.colspan += span  # an old-style horizontal merge: this cell widens the one before
                col += span
                continue
            if vmerge == "continue" and col in open_merges:
                above = open_merges[col]
                above.rowspan = r - above.row + 1
                contents[id(above)].extend(blocks)
                # the merged cell reads as one: its paragraphs from every row it covers
                above.text, above.nested = blocks_to_cell_text(contents[id(above)])
                for c in range(col, col + above.colspan):
                    still_open[c] = above
                last = above
            else:
                cell = Cell(text=text, row=r, col=col, colspan=span, nested=nested)
                cells.append(cell)
                contents[id(cell)] = blocks
                if vmerge is not None:
                    for c in range(col, col + span):
                        still_open[c] = cell
                last = cell
            col += span
        open_merges = still_open
        n_cols = max(n_cols, col)
    # rows marked to repeat at the top of every page are the table's header
    header_rows = 0
    for tr in rows:
        if not _on(tr.find(f"{W}trPr/{W}tblHeader")):
            break
        header_rows += 1
    return Table(cells=cells, n_rows=len(rows), n_cols=n_cols, header_rows=header_rows), contents


# ---------------------------------------------------------------- the package


def _main_part(package: Package) -> str:
    found = package.related("", "/officeDocument")
    name = found[0] if found else "word/document.xml"
    if not package.has(name):
        raise ExtractionError("not a Word .docx file (no document part in the package)")
    return name


def _header_tables(package: Package, main: str, body, ctx: Context) -> list[Table]:
    """Column-heading tables in the page headers the document's sections use."""
    ids = {ref.get(R + "id") for ref in body.iter(W + "headerReference")}
    parts = [
        name for rid, kind, name in package.relationships(main) if rid in ids and kind.endswith("/header")
    ]
    found: list[Table] = []
    for name in parts:
        root = package.xml(name, _STRICT)
        if root is None:
            continue
        for block in content_to_blocks(root, ctx.fork()):
            if isinstance(block, Table) and _looks_like_column_headings(block):
                found.append(block)
    return found


def _w3c_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "").strip()[:10])
    except ValueError:
        return None


def read_metadata(package: Package) -> Metadata:
    found = package.related("", "/core-properties")
    root = package.xml(found[0] if found else "docProps/core.xml")
    if root is None:
        return Metadata()
    text = lambda tag: (root.findtext(tag) or "").strip()
    return Metadata(
        title=text(DC + "title"),
        author=text(DC + "creator"),
        subject=text(DC + "subject"),
        created=_w3c_date(root.findtext(DCTERMS + "created")),
        modified=_w3c_date(root.findtext(DCTERMS + "modified")),
    )


def extract_docx(path: str | Path, fmt: str = "docx", shown_path: str | Path | None = None) -> SourceDocument:
    """Read a .docx (or a file converted to one; `fmt` and `shown_path` then name the original)."""
    with Package(path, "Word .docx") as package:
        main = _main_part(package)
        document = package.xml(main, _STRICT)
        body = document.find(W + "body") if document is not None else None
        if body is None:
            raise ExtractionError("not a Word .docx file (the document part has no body)")
        styles = Styles(_first_xml(package, main, "/styles"))
        numbering = Numbering(_first_xml(package, main, "/numbering"))
        ctx = Context(styles, numbering)
        ctx.header_tables = _header_tables(package, main, body, ctx)
        blocks = content_to_blocks(body, ctx)
        metadata = read_metadata(package)
    return SourceDocument(path=str(shown_path or path), format=fmt, blocks=blocks, metadata=metadata)


def _first_xml(package: Package, main: str, rel: str):
    found = package.related(main, rel)
    return package.xml(found[0], _STRICT) if found else None
