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
from .pdf_page import display_transform


@dataclass(frozen=True)
class PrefilterSettings:
    # a path at most this thick (points) and this long is a ruling line
    rule_thickness: float = 3.0
    rule_length: float = 12.0
    # ruling lines (boxes count four) that make a page worth a full look
    min_rules: int = 4
    # a gap between words wider than this (font sizes) may separate table columns
    wide_gap: float = 1.0
    # lines with an aligned wide gap that make a page worth a full look
    min_gapped_lines: int = 3
    # vertical gap between lines (line heights) that separates paragraphs
    paragraph_gap: float = 0.8


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
            self._lines = scan_to_lines(self.words)
        return self._lines


# ---------------------------------------------------------------- the quick look


def scan_page(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, number: int,
              settings: PrefilterSettings = PREFILTER) -> PageScan:
    """Words from pdfium's own text (two box look-ups per word, not one per character) and a count of
    ruling lines among the page's path objects."""
    t, size = display_transform(page)
    words = _scan_words(textpage, t)
    rules = _count_rules(page, settings)
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


def _count_rules(page: pdfium.PdfPage, settings: PrefilterSettings) -> int:
    count = 0
    l, b, r, u = (ctypes.c_float() for _ in range(4))
    stack = [(R.FPDFPage_CountObjects, R.FPDFPage_GetObject, page.raw, 0)]
    thin, long = settings.rule_thickness, settings.rule_length
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


def scan_to_lines(words: list[ScanWord]) -> list[list[ScanWord]]:
    """Words in pdfium's order grouped into lines: a word joins the line it overlaps vertically."""
    lines: list[list] = []  # [top, bottom, words]
    for w in words:
        home = None
        for line in reversed(lines[-3:]):
            overlap = min(line[1], w.bottom) - max(line[0], w.top)
            if overlap >= 0.5 * min(w.bottom - w.top, line[1] - line[0]):
                home = line
                break
        if home is None:
            lines.append([w.top, w.bottom, [w]])
        else:
            home[2].append(w)
    lines.sort(key=lambda line: line[0])
    return [sorted(line[2], key=lambda w: w.x0) for line in lines]


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


def page_may_hold_table(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, number: int,
                        settings: PrefilterSettings = PREFILTER) -> tuple[bool, PageScan]:
    scan = scan_page(page, textpage, number, settings)
    return scan_may_hold_table(scan, settings), scan


# ---------------------------------------------------------------- paragraphs from the quick look


def scan_to_paragraphs(scan: PageScan, textpage: pdfium.PdfTextPage,
                       settings: PrefilterSettings = PREFILTER) -> list[Paragraph]:
    """The page's text as paragraphs, as the full reading would give them on a page without tables;
    a line is bold when its first word is (one look-up per line)."""
    lines = scan.lines
    if not lines:
        return []
    heights = sorted(w.height for w in scan.words)
    body = heights[len(heights) // 2]
    raw = textpage.raw
    bold_lines = [R.FPDFText_GetFontWeight(raw, line[0].index) >= 600 for line in lines]
    out: list[Paragraph] = []
    current: list[list[ScanWord]] = []
    current_bold: list[bool] = []

    def flush() -> None:
        if not current:
            return
        words = [w for line in current for w in line]
        text = "\n".join(" ".join(w.text for w in line) for line in current)
        height = max(w.height for w in words)
        heading = (height > body * 1.15 or all(current_bold)) and len(text) <= 120
        box = (min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words),
               max(w.bottom for w in words))
        out.append(Paragraph(text=text, page=scan.number, heading=heading, size=round(height / 1.15, 1),
                             bbox=tuple(round(v, 2) for v in box)))
        current.clear()
        current_bold.clear()

    for line, bold in zip(lines, bold_lines):
        if current:
            prev = current[-1]
            p_top, p_bottom = min(w.top for w in prev), max(w.bottom for w in prev)
            l_top = min(w.top for w in line)
            p_height = max(w.height for w in prev)
            l_height = max(w.height for w in line)
            apart = line[0].x0 > prev[-1].x1 or line[-1].x1 < prev[0].x0
            if (l_top - p_bottom > (p_bottom - p_top) * settings.paragraph_gap or abs(p_height - l_height) > 0.7
                    or apart or bold != current_bold[-1]):
                flush()
        current.append(line)
        current_bold.append(bold)
    flush()
    return out
