"""Reading one PDF page with pypdfium2: its characters, ruling lines and shaded boxes, in points
from the top-left of the page as displayed (after /Rotate), ready for the table finders.

pdfium reads a page many times faster than pdfminer; everything downstream works on these plain records.
"""
from __future__ import annotations

import ctypes
import itertools
import math
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as R


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # the printed font size, whatever the text matrix
    # reading direction as seen on the page: 0 left-to-right, 90 bottom-to-top, 180, 270 top-to-bottom
    dir: int = 0
    bold: bool = False
    conf: float | None = None  # for a character read by OCR: its word's confidence, 0-100


@dataclass(slots=True)
class Rule:
    """A drawn line (or a box thin enough to look like one), horizontal or vertical."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.x1 - self.x0 >= self.bottom - self.top


@dataclass(slots=True)
class Box:
    """A filled rectangle: cell shading, a banded row, a coloured header."""

    x0: float
    top: float
    x1: float
    bottom: float
    light: bool  # near-white fill: paper colour, invisible on the page
    colour: tuple[int, int, int] = (0, 0, 0)


@dataclass
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    rotation: int = 0  # the page's /Rotate


@dataclass(frozen=True)
class ReadSettings:
    # a stroked line or filled box at most this thick (points) counts as a ruling line
    rule_thickness: float = 3.0
    # two copies of a glyph this close (points) are one glyph printed twice (fake bold)
    duplicate_offset: float = 1.0
    # a glyph's box reaches this far above and below its baseline, in font sizes
    ascent: float = 0.85
    descent: float = 0.2
    # fills lighter than this on every channel (0-255) are paper, not shading
    light_fill: int = 250
    # boxes covering more than this share of the page are page backgrounds, not cells
    max_box_share: float = 0.6


READ = ReadSettings()


# ---------------------------------------------------------------- geometry


def display_transform(page: pdfium.PdfPage) -> tuple[tuple[float, ...], tuple[float, float]]:
    """The affine map (a, b, c, d, e, f): X = a*x + b*y + c, Y = d*x + e*y + f from PDF user space to
    displayed top-left coordinates, and the displayed page size."""
    left, bottom, right, top = page.get_cropbox()
    rotation = page.get_rotation() % 360
    if rotation == 90:
        return (0.0, 1.0, -bottom, 1.0, 0.0, -left), (top - bottom, right - left)
    if rotation == 180:
        return (-1.0, 0.0, right, 0.0, 1.0, -bottom), (right - left, top - bottom)
    if rotation == 270:
        return (0.0, -1.0, top, -1.0, 0.0, right), (top - bottom, right - left)
    return (1.0, 0.0, -left, 0.0, -1.0, top), (right - left, top - bottom)


def _direction(t: tuple[float, ...], a: float, b: float) -> int:
    """The displayed reading direction of a text run whose matrix maps x to (a, b)."""
    dx, dy = t[0] * a + t[1] * b, t[3] * a + t[4] * b
    angle = math.degrees(math.atan2(-dy, dx))  # y grows downwards on the display
    return round(angle / 90.0) % 4 * 90


# ---------------------------------------------------------------- characters


def textpage_to_chars(textpage: pdfium.PdfTextPage, t: tuple[float, ...], settings: ReadSettings = READ) -> list[Char]:
    """Every printed character with its box; characters pdfium generated (spaces, line ends) are left out."""
    raw = textpage.raw
    count = R.FPDFText_CountChars(raw)
    rect = R.FS_RECTF()
    matrix = R.FS_MATRIX()
    chars: list[Char] = []
    fonts: dict[int, bool] = {}
    seen: set[tuple] = set()
    last_obj = None
    bold = False
    direction = 0
    size = ascent = descent = 0.0
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ta, tb, tc, td, te, tf = t
    tol = settings.duplicate_offset
    get_unicode, get_box, get_obj = R.FPDFText_GetUnicode, R.FPDFText_GetLooseCharBox, R.FPDFText_GetTextObject
    address = ctypes.c_void_p.from_buffer
    # the whole page's text in one call, one UTF-16 unit per character index when it comes back whole
    # (a character outside the BMP, or pdfium's own rewriting, makes it fall back to one call each)
    buffer = (ctypes.c_ushort * (count + 1))()
    units = buffer[:count] if count and R.FPDFText_GetText(raw, 0, count, buffer) == count + 1 else None
    get_origin = R.FPDFText_GetCharOrigin
    for i in range(count):
        code = units[i] if units is not None else get_unicode(raw, i)
        if code == 0xFFFE or 0xD800 <= code < 0xE000:
            code = get_unicode(raw, i)  # the bulk text writes a soft hyphen pdfium marks (2) as U+FFFE
        if code in (0, 10, 13, 0xFFFE, 0xFFFF):
            continue
        if code in (2, 32) and R.FPDFText_IsGenerated(raw, i):
            continue  # pdfium's own guess at a space or a line-end hyphen
        if not get_box(raw, i, rect):
            continue
        obj = get_obj(raw, i)
        key = address(obj).value if obj else 0
        if key != last_obj:
            # font, size and direction belong to the text object: look them up once per run
            last_obj = key
            if key not in fonts:
                fonts[key] = _is_bold(obj) if obj else False
            bold = fonts[key]
            R.FPDFText_GetMatrix(raw, i, matrix)
            direction = _direction(t, matrix.a, matrix.b)
            size = R.FPDFText_GetFontSize(raw, i) * math.hypot(matrix.a, matrix.b)
            ascent, descent = size * settings.ascent, size * settings.descent
        get_origin(raw, i, ox, oy)
        # pdfium reports a hyphen it found at a line end as U+0002: it is still the printed hyphen
        text = "-" if code == 2 else chr(code)
        l, b, r, u = rect.left, rect.bottom, rect.right, rect.top
        oxv, oyv = ox.value, oy.value
        # along the line the box is the glyph's; across it, the box is set from the baseline and
        # the font size: fonts' own ascent and descent figures vary too much (some make a line box
        # three lines tall)
        if direction == 0 or direction == 180:
            xa, xb = ta * l + tb * b + tc, ta * r + tb * u + tc
            x0, x1 = (xa, xb) if xa <= xb else (xb, xa)
            by = td * oxv + te * oyv + tf
            top, bottom = (by - ascent, by + descent) if direction == 0 else (by - descent, by + ascent)
        else:
            ya, yb = td * l + te * b + tf, td * r + te * u + tf
            top, bottom = (ya, yb) if ya <= yb else (yb, ya)
            bx = ta * oxv + tb * oyv + tc
            x0, x1 = (bx - ascent, bx + descent) if direction == 90 else (bx - descent, bx + ascent)
        if code != 32:
            # fake bold prints a glyph twice, a hair apart: keep one copy
            twin = (code, round(x0 / tol), round(top / tol))
            if twin in seen:
                continue
            seen.add(twin)
        chars.append(Char(text, x0, top, x1, bottom, size, direction, bold))
    return chars


def _is_bold(obj) -> bool:
    font = R.FPDFTextObj_GetFont(obj)
    if not font:
        return False
    weight = R.FPDFFont_GetWeight(font)
    if weight >= 600:
        return True
    buffer = ctypes.create_string_buffer(128)
    n = R.FPDFFont_GetBaseFontName(font, buffer, 128)
    name = buffer.value.decode("latin-1", "ignore") if n else ""
    return any(mark in name.lower() for mark in ("bold", "black", "heavy", "semibold", "demi"))


# ---------------------------------------------------------------- lines and boxes


def page_to_graphics(page: pdfium.PdfPage, t: tuple[float, ...], size: tuple[float, float],
                     settings: ReadSettings = READ) -> tuple[list[Rule], list[Box]]:
    """Ruling lines and filled boxes from the page's path objects, Form XObjects included."""
    rules: list[Rule] = []
    boxes: list[Box] = []
    white_rules: list[Rule] = []
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    _walk_objects(R.FPDFPage_CountObjects, R.FPDFPage_GetObject, page.raw, identity,
                  t, settings, rules, boxes, white_rules, depth=0)
    page_area = size[0] * size[1]
    boxes = [b for b in boxes if (b.x1 - b.x0) * (b.bottom - b.top) <= settings.max_box_share * page_area]
    dark = [b for b in boxes if not b.light]
    # a white line only shows where it crosses a coloured fill: there it separates cells
    for rule in white_rules:
        if any(_overlaps(rule, b) for b in dark):
            rules.append(rule)
    return rules, boxes


def _overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def _compose(m: tuple, parent: tuple) -> tuple:
    a, b, c, d, e, f = m
    A, B, C, D, E, F = parent
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _walk_objects(count_fn, get_fn, parent, ctm, t, settings, rules, boxes, white_rules, depth):
    matrix = R.FS_MATRIX()
    for i in range(count_fn(parent)):
        obj = get_fn(parent, i)
        kind = R.FPDFPageObj_GetType(obj)
        if kind == R.FPDF_PAGEOBJ_FORM and depth < 8:
            R.FPDFPageObj_GetMatrix(obj, matrix)
            inner = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), ctm)
            _walk_objects(R.FPDFFormObj_CountObjects, R.FPDFFormObj_GetObject, obj, inner, t,
                          settings, rules, boxes, white_rules, depth + 1)
        elif kind == R.FPDF_PAGEOBJ_PATH:
            _path_to_graphics(obj, ctm, t, settings, rules, boxes, white_rules)


_MOVETO, _LINETO = R.FPDF_SEGMENT_MOVETO, R.FPDF_SEGMENT_LINETO
_fill_mode = ctypes.c_int()
_stroke = ctypes.c_int()
_px = ctypes.c_float()
_py = ctypes.c_float()
_rgba = [ctypes.c_uint() for _ in range(4)]
_width = ctypes.c_float()


def _colour(getter, obj) -> tuple[int, int, int, int]:
    if not getter(obj, *_rgba):
        return 0, 0, 0, 255
    return tuple(c.value for c in _rgba)  # type: ignore[return-value]


def _path_to_graphics(obj, ctm, t, settings: ReadSettings, rules, boxes, white_rules) -> None:
    if not R.FPDFPath_GetDrawMode(obj, _fill_mode, _stroke):
        return
    filled, stroked = _fill_mode.value != 0, bool(_stroke.value)
    if not (filled or stroked):
        return  # a clipping path or an invisible one
    matrix = R.FS_MATRIX()
    R.FPDFPageObj_GetMatrix(obj, matrix)
    a, b, c, d, e, f = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), ctm)

    # the path's matrix and the page's turn as one map: (x, y) -> (p*x + q*y + g, r*x + s*y + h)
    t0, t1, t2, t3, t4, t5 = t
    p_, q_, g_ = t0 * a + t1 * b, t0 * c + t1 * d, t0 * e + t1 * f + t2
    r_, s_, h_ = t3 * a + t4 * b, t3 * c + t4 * d, t3 * e + t4 * f + t5

    # the path as subpaths of straight segments; curves break a subpath (rounded corners)
    subpaths: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    get_seg, get_point, get_type, get_close = (R.FPDFPath_GetPathSegment, R.FPDFPathSegment_GetPoint,
                                               R.FPDFPathSegment_GetType, R.FPDFPathSegment_GetClose)
    for k in range(R.FPDFPath_CountSegments(obj)):
        seg = get_seg(obj, k)
        get_point(seg, _px, _py)
        kind = get_type(seg)
        x, y = _px.value, _py.value
        p = (p_ * x + q_ * y + g_, r_ * x + s_ * y + h_)
        if kind == _MOVETO:
            if len(current) > 1:
                subpaths.append(current)
            current = [p]
        elif kind == _LINETO:
            current.append(p)
            if get_close(seg) and current:
                current.append(current[0])
        else:  # Bezier: keep what came before, start afresh from here
            if len(current) > 1:
                subpaths.append(current)
            current = [p]
    if len(current) > 1:
        subpaths.append(current)
    if not subpaths:
        return
    stroke_rgba = _colour(R.FPDFPageObj_GetStrokeColor, obj) if stroked else None
    fill_rgba = _colour(R.FPDFPageObj_GetFillColor, obj) if filled else None
    half = 0.0
    if stroked:
        R.FPDFPageObj_GetStrokeWidth(obj, _width)
        scale = math.sqrt(abs(a * d - b * c)) or 1.0
        half = max(_width.value * scale, 0.1) / 2
    thin = settings.rule_thickness
    for sub in subpaths:
        rect = _as_rectangle(sub)
        if filled and fill_rgba[3] > 0 and rect is not None:
            x0, top, x1, bottom = rect
            if min(x1 - x0, bottom - top) <= thin:
                target = white_rules if _light(fill_rgba, settings) else rules
                target.append(Rule(x0, top, x1, bottom))
            else:
                boxes.append(Box(x0, top, x1, bottom, _light(fill_rgba, settings), tuple(fill_rgba[:3])))
        if stroked and stroke_rgba[3] > 0:
            target = white_rules if _light(stroke_rgba, settings) else rules
            for (x0, y0), (x1, y1) in itertools.pairwise(sub):
                if abs(y1 - y0) <= 0.5:
                    target.append(Rule(min(x0, x1) - half, y0 - half, max(x0, x1) + half, y0 + half))
                elif abs(x1 - x0) <= 0.5:
                    target.append(Rule(x0 - half, min(y0, y1) - half, x0 + half, max(y0, y1) + half))


def _as_rectangle(points: list[tuple[float, float]]):
    """The box of a closed axis-aligned four-sided subpath, else None."""
    pts = points[:-1] if len(points) > 4 and points[0] == points[-1] else points
    if len(pts) not in (4, 5):
        return None
    xs = {round(x, 1) for x, _ in pts}
    ys = {round(y, 1) for _, y in pts}
    if len(xs) > 2 or len(ys) > 2:
        return None
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        if abs(x1 - x0) > 0.5 and abs(y1 - y0) > 0.5:
            return None
    x_all = [x for x, _ in pts]
    y_all = [y for _, y in pts]
    return min(x_all), min(y_all), max(x_all), max(y_all)


def _light(rgba, settings: ReadSettings) -> bool:
    return all(c >= settings.light_fill for c in rgba[:3])


# ---------------------------------------------------------------- the page


def read_page(pdf: pdfium.PdfDocument, number: int, settings: ReadSettings = READ) -> PageContent:
    """Characters, rules and boxes of page `number` (1-based)."""
    page = pdf[number - 1]
    try:
        textpage = page.get_textpage()
        try:
            return page_to_content(page, textpage, number, settings)
        finally:
            textpage.close()
    finally:
        page.close()


def page_to_content(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, number: int,
                    settings: ReadSettings = READ) -> PageContent:
    """Characters, rules and boxes of an open page."""
    t, size = display_transform(page)
    chars = textpage_to_chars(textpage, t, settings)
    rules, boxes = page_to_graphics(page, t, size, settings)
    return PageContent(number, size[0], size[1], chars, rules, boxes, page.get_rotation() % 360)
