"""A quick look at a page, before its characters are read one by one: can it hold a table at all?

A page passes when its drawings include a few ruling lines or boxes, or when several of its text
lines break at wide gaps that line up. Pages that fail keep their text, read word by word as plain
paragraphs, at a fraction of the cost of the full reading.
"""
from __future__ import annotations

import ctypes
import itertools
import re
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as R

from .model import Paragraph
from .pdf_layout import LAYOUT, PAGE, LayoutSettings, PageSettings, lines_to_paragraphs
from .pdf_page import READ, ReadSettings, display_transform
from .pdf_words import TextLine, Word, boxes_to_lines


@dataclass(frozen=True)
class PrefilterSettings:
    # a path this long at least, and as thin as the page reading's ruling lines, is a ruling line
    rule_length: float = 12.0
    # ruling lines (boxes count four) that make a page worth a full look
    min_rules: int = 4
    # a gap between words wider than this (font sizes) may separate table columns
    wide_gap: float = 1.0
    # lines with an aligned wide gap that make a page worth a full look
    min_gapped_lines: int = 3


PREFILTER = PrefilterSettings()

_SPACE = re.compile(r"\S+")


@dataclass(slots=True)
class ScanWord:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    index: int = 0  # pdfium's index of the word's first character

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class PageScan:
    """What the quick look saw: words with boxes, and how many ruling lines were drawn."""

    number: int
    words: list[ScanWord]
    rules: int
    width: float
    height: float
    bold: set[int] = field(default_factory=set)  # indexes of words known to be bold
    _lines: list[list[ScanWord]] | None = None

    @property
    def lines(self) -> list[list[ScanWord]]:
        if self._lines is None:
            self._lines = boxes_to_lines(self.words, in_order=True)
        return self._lines


# ---------------------------------------------------------------- the quick look


def scan_page(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, number: int,
              settings: PrefilterSettings = PREFILTER, read: ReadSettings = READ) -> PageScan:
    """Words from pdfium's own text (two box look-ups per word, not one per character) and a count of
    ruling lines among the page's path objects (as thin as `read` takes ruling lines to be)."""
    t, size = display_transform(page)
    words = _scan_words(textpage, t)
    rules = _count_rules(page, settings, read.rule_thickness)
    return PageScan(number, words, rules, size[0], size[1])


def _scan_words(textpage: pdfium.PdfTextPage, t: tuple[float, ...]) -> list[ScanWord]:
    raw = textpage.raw
    count = R.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP shift the indexes: fall back to char by char
        text = "".join(chr(R.FPDFText_GetUnicode(raw, i)) for i in range(count))
    rect = R.FS_RECTF()
    get_box = R.FPDFText_GetLooseCharBox
    ta, tb, tc, td, te, tf = t
    words = []
    for match in _SPACE.finditer(text):
        first, last = match.start(), match.end() - 1
        if not get_box(raw, first, rect):
            continue
        l, b, r, u = rect.left, rect.bottom, rect.right, rect.top
        if last != first and get_box(raw, last, rect):
            l, b, r, u = min(l, rect.left), min(b, rect.bottom), max(r, rect.right), max(u, rect.top)
        xa, ya = ta * l + tb * b + tc, td * l + te * b + tf
        xb, yb = ta * r + tb * u + tc, td * r + te * u + tf
        words.append(ScanWord(match.group(), min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb), first))
    return words


def _count_rules(page: pdfium.PdfPage, settings: PrefilterSettings, thin: float) -> int:
    count = 0
    l, b, r, u = (ctypes.c_float() for _ in range(4))
    stack = [(R.FPDFPage_CountObjects, R.FPDFPage_GetObject, page.raw, 0)]
    long = settings.rule_length
    while stack:
        count_fn, get_fn, parent, depth = stack.pop()
        for i in range(count_fn(parent)):
            obj = get_fn(parent, i)
            kind = R.FPDFPageObj_GetType(obj)
            if kind == R.FPDF_PAGEOBJ_FORM and depth < 6:
                stack.append((R.FPDFFormObj_CountObjects, R.FPDFFormObj_GetObject, obj, depth + 1))
            elif kind == R.FPDF_PAGEOBJ_PATH and R.FPDFPageObj_GetBounds(obj, l, b, r, u):
                w, h = r.value - l.value, u.value - b.value
                if (w <= thin and h >= long) or (h <= thin and w >= long):
                    count += 1
                elif w >= long and h >= long:
                    count += 4  # a box or a grid drawn as one path
        if count >= settings.min_rules:
            break
    return count


# ---------------------------------------------------------------- the decision


def scan_may_hold_table(scan: PageScan, settings: PrefilterSettings = PREFILTER) -> bool:
    """Ruling lines, or several lines whose wide gaps line up."""
    if scan.rules >= settings.min_rules:
        return True
    gaps: list[tuple[float, float]] = []
    for line in scan.lines:
        for a, b in itertools.pairwise(line):
            if b.x0 - a.x1 >= settings.wide_gap * max(a.height, 1.0) * 0.85:
                gaps.append((a.x1, b.x0))
    if len(gaps) < settings.min_gapped_lines:
        return False
    # the most gaps that share one x position
    events = sorted([(a, 1) for a, _ in gaps] + [(b, -1) for _, b in gaps])
    depth = best = 0
    for _, step in events:
        depth += step
        best = max(best, depth)
    return best >= settings.min_gapped_lines


def content_may_hold_table(content, settings: PrefilterSettings = PREFILTER, page: PageSettings = PAGE) -> bool:
    """The same quick look at a page read another way (by OCR): its rules and shaded boxes, and
    whether wide gaps between its words line up."""
    from .pdf_layout import content_to_text

    rules = len(content.rules) + 4 * sum(1 for b in content.boxes if not b.light)
    _, text = content_to_text(content, page)
    lines = [[ScanWord(w.text, w.x0, w.top, w.x1, w.bottom) for w in line.words] for line in text.lines]
    scan = PageScan(content.number, [w for line in lines for w in line], rules, text.width, text.height)
    scan._lines = lines
    return scan_may_hold_table(scan, settings)


def page_may_hold_table(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, number: int,
                        settings: PrefilterSettings = PREFILTER,
                        read: ReadSettings = READ) -> tuple[bool, PageScan]:
    scan = scan_page(page, textpage, number, settings, read)
    return scan_may_hold_table(scan, settings), scan


# ---------------------------------------------------------------- paragraphs from the quick look


def scan_to_paragraphs(scan: PageScan, textpage: pdfium.PdfTextPage,
                       settings: LayoutSettings = LAYOUT) -> list[Paragraph]:
    """The page's text as paragraphs, grouped as the full reading groups a page without tables
    (lines_to_paragraphs); a line is bold when its first word is (one look-up per line)."""
    raw = textpage.raw
    lines = []
    for line in scan.lines:
        bold = R.FPDFText_GetFontWeight(raw, line[0].index) >= 600
        # pdfium's loose boxes stand about 1.15 font sizes tall
        words = [Word(w.text, w.x0, w.top, w.x1, w.bottom, w.height / 1.15, bold) for w in line]
        lines.append(TextLine(words))
    return lines_to_paragraphs(lines, scan.number, lambda box: box, settings)
