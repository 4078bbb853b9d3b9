"""Reading a scanned PDF page with Tesseract: the page as characters and ruling lines, in the same
PageContent the text layer gives, so the same table finders (ruled from the scanned lines,
borderless from the word positions) read it.

The chain for one page: needs_ocr (image-only?) -> render (pypdfium2, in memory) -> upright (a
quarter turn from Tesseract's orientation detection) -> deskew (the angle that makes the ink's
rows sharpest) -> scanned_rules (long runs of ink, then painted out so Tesseract does not read
them as letters) -> hOCR (pytesseract) -> characters, each with its word's confidence.

Tesseract is optional: ocr_unavailable() says what to install when it is missing.
"""
from __future__ import annotations

import functools
import math
import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from .model import OCR_MODES, ExtractionError
from .pdf_page import READ, Box, Char, PageContent, Rule, display_transform
from .pdf_words import turned_size, unturn_box
from .scan_image import (
    Shading,
    despeckle,
    ink_threshold,
    level,
    lines_in_fill,
    paper_level,
    scanned_rules,
    shaded_regions,
    skew_angle,
)

INSTALL_HINT = ("install Tesseract to read it (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng; "
                "macOS: brew install tesseract)")


@dataclass(frozen=True)
class OcrSettings:
    # auto: OCR the pages that are only an image; always: every page, ignoring any text layer
    # (for a text layer that is garbage); never: leave scanned pages unread
    mode: str = OCR_MODES[0]
    dpi: int = 300  # Tesseract reads best with capital letters 20-40 pixels tall
    # a page larger than this many pixels at `dpi` (a poster, a hostile /MediaBox) is rendered at
    # a lower resolution, so one page can't take gigabytes (A3 at 300 dpi is 17.4 million)
    max_pixels: int = 40_000_000
    language: str = "eng"
    # a page is a scan when it has fewer printed characters than this, and an image covering at
    # least `image_share` of it
    max_chars: int = 20
    image_share: float = 0.5
    # skew beyond this many degrees is left alone (a page set at an angle on purpose)
    max_skew: float = 5.0
    # a run of ink at least this long (points) and at most `rule_thickness` thick is a ruling line
    rule_length: float = 30.0
    rule_thickness: float = 4.0
    # a vertical stroke from this long (points) is a rule when nothing is printed within
    # `rule_clearance` points either side of it, or when Tesseract read no letter there
    short_rule: float = 12.0
    rule_clearance: float = 1.5
    # the scan is taken as upright, without asking Tesseract, when its ink lies in lines across the
    # page this many times more sharply than down it; a reading poorer than `recheck_below` mean
    # confidence asks Tesseract after all (an upside-down page)
    lines_across: float = 1.3
    recheck_below: float = 50.0
    # shaded cells are found in the page's background: the median grey, on a grid of
    # `shade_cell`-point squares, of the squares within `shade_reach` points (text covers less
    # than half of that); a shaded cell is a rectangle at least `shade_min_side` points each way
    shade_cell: float = 2.0
    shade_reach: float = 8.0
    shade_min_side: float = 10.0
    # a fill at least this many grey levels darker than the paper is a shaded cell (banded rows
    # are often only 20 darker); a rule at least `rule_contrast` darker is a rule
    shade_contrast: int = 15
    rule_contrast: int = 30
    # a fill this many grey levels or more above the ink threshold is pale: the threshold reads
    # its text cleanly
    paper_margin: int = 40
    # a word whose strokes are this many times the page's usual thickness is bold
    bold_stroke: float = 1.22
    # ink with at most this many inked pixels in its `speck_window`-pixel square is dust (at 300 dpi
    # a full stop holds about 25)
    speck_window: int = 7
    speck_ink: int = 8
    # unsure words (confidence below this) stacked in a tall column are re-read turned a quarter:
    # Tesseract misses short labels printed up the side of a table
    sideways_below: float = 70.0
    # ...and the turned reading is kept when its mean confidence is at least this, and 10 more
    # than the upright misreading's
    sideways_accept: float = 60.0
    # ink Tesseract's layout passed over is read a piece at a time: at most this many pieces a
    # page, and a word kept when read with at least `missed_confidence`
    missed_pieces: int = 40
    missed_confidence: float = 50.0
    # seconds one page may take in Tesseract before it is given up as unreadable
    page_timeout: float = 180.0
    # Tesseract's page segmentation: 3, fully automatic, keeps a table's columns apart
    psm: int = 3


OCR = OcrSettings()


@dataclass
class OcrPage:
    """A page read by OCR: its content in the page's displayed frame, and how sure Tesseract was."""

    content: PageContent
    words: int = 0
    mean_confidence: float = 0.0
    turned: int = 0  # the quarter turn (degrees clockwise) that stood the scan upright
    skew: float = 0.0  # degrees the scan was straightened by
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- which pages


def is_scan(page, char_count: int, settings: OcrSettings = OCR) -> bool:
    """Whether a page is a scanned image: next to no printed characters, and a page-sized picture."""
    return char_count < settings.max_chars and image_cover(page) >= settings.image_share


def image_cover(page) -> float:
    """The share of the page the largest image covers (0 when it holds none)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as R

    width, height = page.get_size()
    area = max(width * height, 1.0)
    best = 0.0
    for obj in page.get_objects(filter=[R.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        try:
            # pypdfium2 5 names it get_bounds; 4 called it get_pos
            left, bottom, right, top = (getattr(obj, "get_bounds", None) or obj.get_pos)()
        except pdfium.PdfiumError:  # an image whose bounds pdfium can't give covers nothing we know of
            left = bottom = right = top = 0.0
        best = max(best, (right - left) * (top - bottom) / area)
    return min(best, 1.0)


def ocr_unavailable() -> str | None:
    """None when Tesseract can be run here, else what is missing and how to install it.
    `PLAN_INGEST_TESSERACT` names the program when it is not `tesseract` on the PATH."""
    command = os.environ.get("PLAN_INGEST_TESSERACT") or "tesseract"
    missing = _missing(command)
    if missing is None:
        import pytesseract

        pytesseract.pytesseract.tesseract_cmd = command
    return missing


@functools.lru_cache(maxsize=8)
def _missing(command: str) -> str | None:
    try:
        import pytesseract  # noqa: F401 - only whether it imports
    except ImportError:
        return "the pytesseract package is not installed (pip install pytesseract), and " + INSTALL_HINT
    if shutil.which(command) is None:
        return "Tesseract is not installed; " + INSTALL_HINT
    return None


def tesseract_version() -> str:
    """The Tesseract program's version, or `none`: a cached result depends on it (scanned pages
    left unread without it are read once it is installed)."""
    if ocr_unavailable():
        return "none"
    return _version(os.environ.get("PLAN_INGEST_TESSERACT") or "tesseract")


@functools.lru_cache(maxsize=8)
def _version(command: str) -> str:
    import pytesseract

    try:
        return str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractNotFoundError, OSError, ValueError):
        return "none"


# ---------------------------------------------------------------- the image


def render_page(page, dpi: float) -> np.ndarray:
    """The page as displayed, grey, `dpi` pixels per inch, as a (height, width) uint8 array."""
    bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=False)
    image = bitmap.to_pil().convert("L")
    return np.asarray(image)


def orientation(grey: np.ndarray, settings: OcrSettings) -> int:
    """Degrees clockwise (0, 90, 180, 270) that stand the scan upright, from Tesseract's
    orientation detection on a half-size copy (as sure, twice as fast); 0 when it can't tell."""
    import pytesseract
    from PIL import Image

    half = Image.fromarray(grey).reduce(2)
    try:
        with _one_thread():
            osd = pytesseract.image_to_osd(half, config="--psm 0", timeout=settings.page_timeout)
    except pytesseract.TesseractError:
        return 0  # too little text to tell
    except RuntimeError as exc:  # pytesseract's timeout
        raise ExtractionError(f"OCR gave up: finding the page's orientation took over {settings.page_timeout:.0f} s") from exc
    match = re.search(r"Rotate:\s*(\d+)", osd)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
    if not match or (confidence and float(confidence[1]) < 1.0):
        return 0
    return int(match[1]) % 360


# ---------------------------------------------------------------- Tesseract's answer


_BBOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
_BASELINE = re.compile(r"baseline (-?[\d.]+) (-?[\d.]+)")
_XSIZE = re.compile(r"x_size ([\d.]+)")
_CONF = re.compile(r"x_wconf (\d+)")
# the blank either side of a letter's ink within its advance, in font sizes
BEARING = 0.06
# x_size is Tesseract's ascender-to-descender height of a line; a font's size is about this share of it
XSIZE_TO_FONT = 1.0


@dataclass
class OcrWord:
    text: str
    box: tuple[int, int, int, int]  # pixels: x0, top, x1, bottom
    baseline: float  # pixel row of the baseline under the word
    x_size: float
    confidence: float
    bold: bool = False


def hocr_words(hocr: bytes) -> list[list[OcrWord]]:
    """Tesseract's hOCR as lines of words, in its reading order."""
    from lxml import etree

    root = etree.fromstring(hocr, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    lines: list[list[OcrWord]] = []
    for line in root.iter("{*}span"):
        kind = line.get("class", "")
        if kind not in ("ocr_line", "ocr_caption", "ocr_header", "ocr_textfloat"):
            continue
        title = line.get("title", "")
        box = _BBOX.search(title)
        if not box:
            continue
        lx0, _, _, lbottom = (int(v) for v in box.groups())
        base = _BASELINE.search(title)
        slope, offset = (float(base[1]), float(base[2])) if base else (0.0, 0.0)
        xsize = _XSIZE.search(title)
        words = []
        for word in line.iter("{*}span"):
            if word.get("class") != "ocrx_word":
                continue
            text = "".join(word.itertext()).strip()
            wbox = _BBOX.search(word.get("title", ""))
            if not text or not wbox:
                continue
            x0, top, x1, bottom = (int(v) for v in wbox.groups())
            conf = _CONF.search(word.get("title", ""))
            words.append(OcrWord(
                text=text, box=(x0, top, x1, bottom),
                baseline=lbottom + offset + slope * ((x0 + x1) / 2 - lx0),
                x_size=float(xsize[1]) if xsize else float(bottom - top),
                confidence=float(conf[1]) if conf else 0.0,
            ))
        if words:
            lines.append(words)
    return lines


def words_to_chars(lines: list[list[OcrWord]], scale: float, ascent: float = READ.ascent,
                   descent: float = READ.descent) -> list[Char]:
    """Characters laid evenly across each word's box (OCR gives words, the finders want glyphs), a
    space between the words of a line, every box in points; each carries its word's confidence."""
    chars: list[Char] = []
    for line in lines:
        for k, word in enumerate(line):
            size = word.x_size * XSIZE_TO_FONT * scale
            base = word.baseline * scale
            top, bottom = base - ascent * size, base + descent * size
            # a word's ink is narrower than the advance of its letters, which a text layer gives:
            # widen it by a side bearing so gaps between words measure as the finders expect
            x0, x1 = word.box[0] * scale - BEARING * size, word.box[2] * scale + BEARING * size
            if k:
                prev = chars[-1]
                x0 = max(x0, prev.x1)
                chars.append(Char(" ", prev.x1, top, x0, bottom, size, conf=word.confidence))
            step = (x1 - x0) / len(word.text)
            for i, letter in enumerate(word.text):
                chars.append(Char(letter, x0 + i * step, top, x0 + (i + 1) * step, bottom, size,
                                  bold=word.bold, conf=word.confidence))
    return chars


def inked(lines: list[list[OcrWord]], ink: np.ndarray, least: float = 0.02) -> list[list[OcrWord]]:
    """The words with ink under them. Tesseract now and then reads a `_` or `|` out of blank paper
    at a line's end; such a word is nothing the author printed."""
    total = np.pad(ink.astype(np.int32), ((1, 0), (1, 0))).cumsum(0).cumsum(1)

    def covered(box: tuple[int, int, int, int]) -> bool:
        x0, top, x1, bottom = box
        count = total[bottom, x1] - total[top, x1] - total[bottom, x0] + total[top, x0]
        return count >= least * max((x1 - x0) * (bottom - top), 1)

    return [kept for line in lines if (kept := [w for w in line if covered(w.box)])]


# ---------------------------------------------------------------- text printed sideways


def sideways_groups(lines: list[list[OcrWord]], settings: OcrSettings) -> list[list[OcrWord]]:
    """Words that look like a sideways label misread upright: unsure, no wider than tall, stacked
    one above another in a column much taller than wide (`People` printed up a table's side
    comes back as `®`, `&`, `Q&`)."""
    unsure = [w for line in lines for w in line
              if w.confidence < settings.sideways_below and (w.box[3] - w.box[1]) >= 0.8 * (w.box[2] - w.box[0])]
    unsure.sort(key=lambda w: (w.box[1], w.box[0]))
    groups: list[list[OcrWord]] = []
    for word in unsure:
        x0, top, x1, _ = word.box
        home = None
        for group in groups:
            gx0 = min(w.box[0] for w in group)
            gx1 = max(w.box[2] for w in group)
            gbottom = max(w.box[3] for w in group)
            overlap = min(x1, gx1) - max(x0, gx0)
            if overlap >= 0.5 * min(x1 - x0, gx1 - gx0) and top - gbottom <= word.x_size:
                home = group
                break
        if home is None:
            groups.append([word])
        else:
            home.append(word)
    out = []
    for group in groups:
        gx0, gtop = min(w.box[0] for w in group), min(w.box[1] for w in group)
        gx1, gbottom = max(w.box[2] for w in group), max(w.box[3] for w in group)
        if gbottom - gtop >= 2.5 * (gx1 - gx0):
            out.append(group)
    return out


def read_sideways(clean: np.ndarray, group: list[OcrWord], settings: OcrSettings) -> list[Char] | None:
    """The label under `group` read turned each way a quarter: its characters in pixels on the
    upright page, reading up (90) or down (270), or None when neither reading beats the upright one."""
    x0, top = min(w.box[0] for w in group), min(w.box[1] for w in group)
    x1, bottom = max(w.box[2] for w in group), max(w.box[3] for w in group)
    margin = max(4, (x1 - x0) // 3)
    h, w = clean.shape
    cx0, ctop, cx1, cbottom = max(x0 - margin, 0), max(top - margin, 0), min(x1 + margin, w), min(bottom + margin, h)
    crop = clean[ctop:cbottom, cx0:cx1]
    before = sum(wd.confidence for wd in group) / len(group)
    best: tuple[float, int, list[list[OcrWord]]] | None = None
    for turn in (90, 270):
        upright = np.ascontiguousarray(np.rot90(crop, k=-1 if turn == 90 else 1))
        lines = read_words(upright, 0, settings, psm=6)
        words = [wd for line in lines for wd in line]
        if not words:
            continue
        mean = sum(wd.confidence for wd in words) / len(words)
        if best is None or mean > best[0]:
            best = (mean, turn, lines)
    if best is None or best[0] < max(before + 10, settings.sideways_accept):
        return None
    _, turn, lines = best
    crop_w, crop_h = cx1 - cx0, cbottom - ctop
    chars = []
    for ch in words_to_chars(lines, 1.0):
        bx0, btop, bx1, bbottom = unturn_box((ch.x0, ch.top, ch.x1, ch.bottom), turn, crop_w, crop_h)
        chars.append(Char(ch.text, bx0 + cx0, btop + ctop, bx1 + cx0, bbottom + ctop, ch.size, turn, ch.bold, ch.conf))
    return chars


@contextmanager
def _one_thread():
    """Tesseract's OpenMP threads fight each other (and the batch's other workers) on a small
    machine: one thread per page reads three times faster here. A user's own setting wins."""
    had = os.environ.get("OMP_THREAD_LIMIT")
    if had is None:
        os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        if had is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)


# ---------------------------------------------------------------- the page


@dataclass
class Scan:
    """A page image stood upright and straightened, its ink, and how it was turned."""

    grey: np.ndarray
    ink: np.ndarray
    turned: int  # degrees clockwise
    skew: float  # degrees
    dpi: float = 300.0
    asked: bool = False  # whether Tesseract's orientation detection was asked
    shading: list[Shading] = field(default_factory=list)


def upright_scan(page, dpi: float, settings: OcrSettings, ask_tesseract: bool = False) -> Scan:
    """The page rendered at `dpi`, stood upright, straightened and despeckled.

    When the ink clearly lies in lines across the page the scan is taken as upright, and
    Tesseract's orientation detection (a second or so a page) is skipped unless `ask_tesseract`
    (ocr_page asks when the reading comes out poor: the page may be upside down)."""
    from PIL import Image

    grey = render_page(page, dpi)
    threshold = ink_threshold(grey)
    skew, across = level(grey < threshold, settings.max_skew)
    turned = 0
    asked = ask_tesseract or across < settings.lines_across * level((grey < threshold).T, settings.max_skew)[1]
    if asked:
        turned = orientation(grey, settings)
    if turned:
        # Rotate: N means N degrees clockwise; numpy turns anticlockwise
        grey = np.ascontiguousarray(np.rot90(grey, k=-(turned // 90)))
        if turned != 180:
            skew = skew_angle(grey < threshold, settings.max_skew)
        else:
            skew = -skew
    if skew:
        grey = np.asarray(Image.fromarray(grey).rotate(-skew, resample=Image.Resampling.BILINEAR, fillcolor=255))
    ink = grey < threshold
    px = dpi / 72
    cell = max(2, round(settings.shade_cell * px))
    # on a dark fill (one the threshold took for ink), or a mid-grey one (that it took for ink in
    # places), the ink is the text printed on it, light or dark; a pale fill's text is the ink already
    shading = shaded_regions(grey, cell, max(1, round(settings.shade_reach * px / cell)),
                             max(4, round(settings.shade_min_side * px)), settings.shade_contrast)
    ring = 4  # the soft edge of a dark fill, a few pixels of grey either side, is no text: clear it
    for region in shading:
        x0, top, x1, bottom = region.box
        if region.fill < threshold:
            ink[max(top - ring, 0):bottom + ring, max(x0 - ring, 0):x1 + ring] = False
        elif region.fill < threshold + settings.paper_margin:
            ink[top:bottom, x0:x1] = False  # a fill near the threshold comes out as speckle
    for region in shading:
        x0, top, x1, bottom = region.box
        if region.fill < threshold:
            ink[top + ring:bottom - ring, x0 + ring:x1 - ring] |= region.text[ring:-ring, ring:-ring]
        elif region.fill < threshold + settings.paper_margin:
            ink[top:bottom, x0:x1] |= region.text
    ink = despeckle(ink, settings.speck_window, settings.speck_ink)
    return Scan(grey, ink, turned, skew, dpi, asked, shading)


def read_words(clean: np.ndarray, number: int, settings: OcrSettings, psm: int | None = None) -> list[list[OcrWord]]:
    """Tesseract's words on a cleaned page image, as lines."""
    import pytesseract
    from PIL import Image

    try:
        with _one_thread():
            hocr = pytesseract.image_to_pdf_or_hocr(
                Image.fromarray(clean), lang=settings.language, extension="hocr",
                config=f"--psm {psm or settings.psm}", timeout=settings.page_timeout)
    except RuntimeError as exc:
        raise ExtractionError(f"OCR gave up on page {number}: it took over {settings.page_timeout:.0f} s") from exc
    except pytesseract.TesseractError as exc:
        raise ExtractionError(f"OCR failed on page {number}: {exc.message.strip() or exc.status}") from exc
    return hocr_words(hocr)


def render_dpi(width: float, height: float, settings: OcrSettings) -> float:
    """`settings.dpi`, or less for a page so large that it would pass `settings.max_pixels`."""
    pixels = width * height * (settings.dpi / 72) ** 2
    if pixels <= settings.max_pixels:
        return float(settings.dpi)
    return settings.dpi * math.sqrt(settings.max_pixels / pixels)


def ocr_page(page, number: int, settings: OcrSettings = OCR, ascent: float = 0.85, descent: float = 0.2) -> OcrPage:
    """Read one page by OCR into the page's displayed frame (text on a page scanned sideways reads
    at 90 or 270 degrees there, as it would in a text layer)."""
    _, (width, height) = display_transform(page)
    dpi = render_dpi(width, height, settings)
    scale = 72.0 / dpi
    scan = upright_scan(page, dpi, settings)
    read = read_scan(scan, number, settings)
    if read.mean_confidence < settings.recheck_below and not scan.asked:
        # poor reading of a page taken as upright: it may be upside down
        again = upright_scan(page, dpi, settings, ask_tesseract=True)
        if again.turned:
            scan, read = again, read_scan(again, number, settings)
    chars = words_to_chars(read.lines, scale, ascent, descent)
    chars += [Char(c.text, c.x0 * scale, c.top * scale, c.x1 * scale, c.bottom * scale, c.size * scale,
                   c.dir, c.bold, c.conf) for c in read.sideways]
    # the upright frame is the displayed page turned by `turned`: carry everything back to it
    up_w, up_h = turned_size(scan.turned, width, height)
    rules = [Rule(*_back(tuple(v * scale for v in box), scan.turned, width, height, up_w, up_h))
             for box in read.rules]
    boxes = [Box(*_back(tuple(v * scale for v in box), scan.turned, width, height, up_w, up_h), False, (fill,) * 3)
             for box, fill in read.boxes]
    if scan.turned:
        chars = [_char_back(c, scan.turned, width, height) for c in chars]
    content = PageContent(number, width, height, chars, rules, boxes, page.get_rotation() % 360)
    return OcrPage(content, read.words, read.mean_confidence, scan.turned, scan.skew)


@dataclass
class ScanReading:
    """What Tesseract and the line finder read on an upright scan, in its pixels."""

    lines: list[list[OcrWord]]
    sideways: list[Char]
    rules: list[tuple[int, int, int, int]]
    boxes: list[tuple[tuple[int, int, int, int], int]]  # shaded cells: (box, grey of the fill)

    @property
    def confidences(self) -> list[float]:
        return [w.confidence for line in self.lines for w in line] + [c.conf for c in self.sideways if c.text != " "]

    @property
    def words(self) -> int:
        return len(self.confidences)

    @property
    def mean_confidence(self) -> float:
        scores = self.confidences
        return sum(scores) / len(scores) if scores else 0.0


def read_scan(scan: Scan, number: int, settings: OcrSettings) -> ScanReading:
    """Rules found and painted out, words read, bars and sideways labels sorted out."""
    px = scan.dpi / 72  # pixels a point
    long_rules, short = scanned_rules(scan.ink, round(settings.rule_length * px), round(settings.rule_thickness * px),
                                      round(settings.short_rule * px))
    long_rules += pale_rules(scan, settings, px)
    # a short stroke with clear paper either side is a rule between cells (a row one line tall);
    # one with ink close by is part of a letter, left for Tesseract (bars_to_rules looks again)
    gap = max(2, round(settings.rule_clearance * px))
    apart = [box for box in short if isolated(scan.ink, box, gap)]
    short = [box for box in short if box not in apart]
    long_rules += apart
    clean = np.where(scan.ink, 0, 255).astype(np.uint8)
    margin = 3  # a scanned line's edges are soft: take a little paper with it
    for x0, top, x1, bottom in long_rules:
        clean[max(top - margin, 0):bottom + margin, max(x0 - margin, 0):x1 + margin] = 255
    lines = inked(read_words(clean, number, settings), clean < 128)
    lines, short_rules = bars_to_rules(lines, short)
    mark_bold(lines, clean < 128, settings.bold_stroke)
    lines, sideways = reread_sideways(lines, clean, settings)
    lines += reread_missed(lines, sideways, clean, settings)
    white = [gap for region in scan.shading for gap in lines_in_fill(
        region, scan.grey, round(settings.rule_length * px), round(settings.rule_thickness * px))]
    return ScanReading(lines, sideways, long_rules + short_rules + white,
                       [(region.box, region.fill) for region in scan.shading])


def pale_rules(scan: Scan, settings: OcrSettings, px: float) -> list[tuple[int, int, int, int]]:
    """Rules printed grey, too light to come out whole in the ink: long thin runs darker than the
    paper by `rule_contrast`, with paper either side (the edge of a pale shaded row, or the
    serifs along a line of text, are no rule)."""
    paper = paper_level(scan.grey)
    # a grey rule may come out half in the ink, half not: look in both together
    faint = (scan.grey < paper - settings.rule_contrast) | scan.ink
    for region in scan.shading:
        x0, top, x1, bottom = region.box
        faint[top:bottom, x0:x1] = False
    faint = despeckle(faint, settings.speck_window, settings.speck_ink)
    found, _ = scanned_rules(faint, round(settings.rule_length * px), round(settings.rule_thickness * px),
                             round(settings.rule_length * px))
    light = paper - settings.rule_contrast / 2
    gap = 3
    kept = []
    for x0, top, x1, bottom in found:
        if x1 - x0 >= bottom - top:
            sides = (scan.grey[max(top - gap - 2, 0):max(top - gap, 0), x0:x1], scan.grey[bottom + gap:bottom + gap + 2, x0:x1])
        else:
            sides = (scan.grey[top:bottom, max(x0 - gap - 2, 0):max(x0 - gap, 0)], scan.grey[top:bottom, x1 + gap:x1 + gap + 2])
        if all(side.size and side.mean() >= light for side in sides):
            kept.append((x0, top, x1, bottom))
    return kept


def bars_to_rules(lines: list[list[OcrWord]], candidates: list) -> tuple[list[list[OcrWord]], list]:
    """Short vertical strokes (a rule between two header cells, one line tall) are rules unless
    Tesseract read a letter there. A `|` Tesseract made of such a rule is the rule, not a word."""
    rules = []
    bars: set[int] = set()
    for box in candidates:
        over = [w for line in lines for w in line if _touches(w.box, box)]
        if all(set(w.text) <= BAR_GLYPHS for w in over):
            rules.append(box)
            bars.update(id(w) for w in over)
    return [kept for line in lines if (kept := [w for w in line if id(w) not in bars])], rules


BAR_GLYPHS = set("|¦[]")


def isolated(ink: np.ndarray, box: tuple[int, int, int, int], gap: int) -> bool:
    """Whether a vertical stroke stands clear: next to no ink within `gap` pixels either side of
    it, along its length (a letter's stem has its neighbours within a hair's breadth)."""
    x0, top, x1, bottom = box
    left = ink[top:bottom, max(x0 - 1 - gap, 0):max(x0 - 1, 0)]
    right = ink[top:bottom, x1 + 1:x1 + 1 + gap]
    return all(side.size and side.mean() < 0.02 for side in (left, right))


def _touches(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def mark_bold(lines: list[list[OcrWord]], ink: np.ndarray, ratio: float) -> None:
    """Mark words printed bold: their strokes (twice the ink over its outline) are `ratio` times
    thicker, for the height of their line, than the page's usual. Headers and headings are bold."""
    strokes = {}
    for line in lines:
        for w in line:
            x0, top, x1, bottom = w.box
            sub = ink[top:bottom, x0:x1]
            outline = np.count_nonzero(sub[:, 1:] != sub[:, :-1]) + np.count_nonzero(sub[1:, :] != sub[:-1, :])
            if outline:
                strokes[id(w)] = 2 * np.count_nonzero(sub) / outline / max(w.x_size, 1.0)
    if len(strokes) < 5:
        return
    usual = float(np.median(list(strokes.values())))
    for line in lines:
        for w in line:
            w.bold = strokes.get(id(w), 0.0) >= ratio * usual
        # a short word between bold words (`and`, `of`) is bold with them: too few strokes to judge
        for k in range(1, len(line) - 1):
            if len(line[k].text) <= 3 and line[k - 1].bold and line[k + 1].bold:
                line[k].bold = True


def reread_sideways(lines: list[list[OcrWord]], clean: np.ndarray, settings: OcrSettings):
    """Labels printed up a table's side, read again turned: (the lines without their misreadings,
    the labels' characters in pixels)."""
    sideways: list[Char] = []
    for group in sideways_groups(lines, settings):
        read = read_sideways(clean, group, settings)
        if read is None:
            continue
        # every upright reading inside the label is the same ink misread
        x0, top = min(c.x0 for c in read), min(c.top for c in read)
        x1, bottom = max(c.x1 for c in read), max(c.bottom for c in read)
        ids = {id(w) for w in group}
        lines = [kept for line in lines if (kept := [
            w for w in line if id(w) not in ids
            and not (x0 <= (w.box[0] + w.box[2]) / 2 <= x1 and top <= (w.box[1] + w.box[3]) / 2 <= bottom)])]
        sideways.extend(read)
    return lines, sideways


def reread_missed(lines: list[list[OcrWord]], sideways: list[Char], clean: np.ndarray,
                  settings: OcrSettings) -> list[list[OcrWord]]:
    """Ink Tesseract's page layout passed over, read a piece at a time: its analysis drops lone
    short words (the `4` in a table's Ref column) as noise. A piece is kept when Tesseract reads
    letters or digits in it with some confidence; specks and scraps of rules give nothing."""
    words = [w for line in lines for w in line]
    if not words:
        return []
    size = float(np.median([w.x_size for w in words]))
    ink = clean < 128
    covered = np.zeros_like(ink)
    pad = max(2, round(size / 8))
    for w in words:
        x0, top, x1, bottom = w.box
        covered[max(top - pad, 0):bottom + pad, max(x0 - pad, 0):x1 + pad] = True
    for c in sideways:
        covered[max(int(c.top) - pad, 0):int(c.bottom) + pad, max(int(c.x0) - pad, 0):int(c.x1) + pad] = True
    found = []
    for x0, top, x1, bottom in ink_pieces(ink & ~covered, max(2, round(size / 4)))[: settings.missed_pieces]:
        height, width = bottom - top, x1 - x0
        if not (0.3 * size <= height <= 2.0 * size and width >= 0.2 * size):
            continue  # no line of text: a picture, a smudge, a scrap
        margin = round(size / 2)
        crop = np.full((bottom - top + 2 * margin, x1 - x0 + 2 * margin), 255, dtype=np.uint8)
        piece = ink[top:bottom, x0:x1] & ~covered[top:bottom, x0:x1]
        crop[margin:margin + height, margin:margin + width][piece] = 0
        for line in read_words(crop, 0, settings, psm=7):
            kept = [OcrWord(wd.text, (wd.box[0] + x0 - margin, wd.box[1] + top - margin,
                                      wd.box[2] + x0 - margin, wd.box[3] + top - margin),
                            wd.baseline + top - margin, wd.x_size, wd.confidence)
                    for wd in line if wd.confidence >= settings.missed_confidence and any(ch.isalnum() for ch in wd.text)]
            if kept:
                found.append(kept)
    return found


def ink_pieces(ink: np.ndarray, cell: int) -> list[tuple[int, int, int, int]]:
    """Boxes round the separate pieces of `ink`, gathered on a grid of `cell`-pixel squares (a
    square's neighbours, corners too, belong to its piece), largest first."""
    h, w = ink.shape[0] // cell, ink.shape[1] // cell
    if not h or not w:
        return []
    blocks = ink[: h * cell, : w * cell].reshape(h, cell, w, cell).sum(axis=(1, 3)) >= 3
    seen = np.zeros_like(blocks)
    boxes = []
    for i, j in zip(*np.nonzero(blocks), strict=True):
        if seen[i, j]:
            continue
        seen[i, j] = True
        stack, rows, cols = [(i, j)], [], []
        while stack:
            a, b = stack.pop()
            rows.append(a)
            cols.append(b)
            for c in (a - 1, a, a + 1):
                for d in (b - 1, b, b + 1):
                    if 0 <= c < h and 0 <= d < w and blocks[c, d] and not seen[c, d]:
                        seen[c, d] = True
                        stack.append((c, d))
        top, bottom, left, right = min(rows) * cell, (max(rows) + 1) * cell, min(cols) * cell, (max(cols) + 1) * cell
        sub = ink[top:bottom, left:right]
        ys, xs = np.nonzero(sub)
        boxes.append((left + int(xs.min()), top + int(ys.min()), left + int(xs.max()) + 1, top + int(ys.max()) + 1))
    boxes.sort(key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))
    return boxes


def _back(box, turned: int, width: float, height: float, up_w: float, up_h: float):
    """A box in the upright (turned) frame back on the page as displayed."""
    x0, top, x1, bottom = box
    x0, x1 = min(max(x0, 0), up_w), min(max(x1, 0), up_w)
    top, bottom = min(max(top, 0), up_h), min(max(bottom, 0), up_h)
    return unturn_box((x0, top, x1, bottom), turned, width, height) if turned else (x0, top, x1, bottom)


def _char_back(ch: Char, turned: int, width: float, height: float) -> Char:
    x0, top, x1, bottom = unturn_box((ch.x0, ch.top, ch.x1, ch.bottom), turned, width, height)
    return Char(ch.text, x0, top, x1, bottom, ch.size, (ch.dir + turned) % 360, ch.bold, ch.conf)
