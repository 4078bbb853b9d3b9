"""Scanned PDF pages read by OCR: the scanned samples give the text PDFs' actions, mixed documents
OCR only their scanned pages, and without Tesseract a scan is a clear `unsupported`, never a crash.

Tests marked `tesseract` run the real program and skip without it (CI installs it); the image
steps (straightening, rules, specks) are tested on arrays built here.
"""
from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from rapidfuzz import fuzz

from plan_ingest.extractors import ExtractionError, UnsupportedHere, extract
from plan_ingest.extractors.ocr import (
    OCR,
    OcrSettings,
    OcrWord,
    bars_to_rules,
    hocr_words,
    is_scan,
    ocr_page,
    ocr_unavailable,
)
from plan_ingest.extractors.scan_image import despeckle, scanned_rules, skew_angle
from plan_ingest.ingest import collect

from conftest import SAMPLES
from test_samples import as_expected, expected_for

SCANNED = SAMPLES / "scanned"
HALTON_SCAN = SCANNED / "halton_delivery_plan_scanned.pdf"
MIXED = SCANNED / "haringey_procurement_action_plan_mixed.pdf"
TWIN = SAMPLES / "haringey_procurement_action_plan.pdf"
tesseract = pytest.mark.skipif(ocr_unavailable() is not None, reason=f"{ocr_unavailable()}")


@pytest.fixture(scope="module")
def scanned_run():
    """The scanned Halton sample and the mixed document, read in two workers, beside the text twin."""
    result = collect([HALTON_SCAN, MIXED, TWIN], workers=2, pool_min_files=1)
    by_file: dict[str, list] = {}
    for action in result.actions:
        by_file.setdefault(action.source_file, []).append(action)
    return {d.source_file: d for d in result.documents}, by_file


# ---------------------------------------------------------------- whole documents


@tesseract
def test_scanned_plan_gives_the_text_pdfs_actions(scanned_run):
    documents, actions = scanned_run
    assert documents[HALTON_SCAN.name].status == "ok"
    got = [as_expected(a) for a in actions[HALTON_SCAN.name]]
    want = expected_for(SAMPLES / "halton_delivery_plan.pdf")
    assert len(got) == len(want)
    fields = ["section", "timeframe_kind", "start_date", "end_date", "recurrence"]
    for g, w in zip(got, want, strict=True):
        assert fuzz.ratio(g["action"], w["action"]) >= 95, (g["action"], w["action"])
        assert {k: g[k] for k in fields} == {k: w[k] or "" for k in fields}, w["action"]
    # the side labels are printed sideways; the third page was fed through the scanner sideways
    assert [a.section for a in actions[HALTON_SCAN.name]][-4:] == ["Partnership"] * 4


@tesseract
def test_ocr_rows_say_so_in_review_with_their_confidence(scanned_run):
    documents, actions = scanned_run
    assert "pages 1-3 read by OCR (mean confidence" in documents[HALTON_SCAN.name].warnings
    for action in actions[HALTON_SCAN.name]:
        marks = [r for r in action.review if r.startswith("read by OCR (mean confidence ")]
        assert len(marks) == 1, action.review
        assert 50 <= int(marks[0].split()[-1].rstrip("%)")) <= 100


@tesseract
def test_mixed_document_reads_its_scanned_pages_by_ocr_and_the_rest_from_text(scanned_run):
    documents, actions = scanned_run
    assert "pages 3-4 read by OCR" in documents[MIXED.name].warnings
    mixed = actions[MIXED.name]
    assert [as_expected(a)["ref"] for a in mixed] == [as_expected(a)["ref"] for a in actions[TWIN.name]]
    for a, twin in zip(mixed, actions[TWIN.name], strict=True):
        assert fuzz.ratio(a.action, twin.action) >= 95
        assert a.section == twin.section and a.timeframe_kind == twin.timeframe_kind
        assert any(r.startswith("read by OCR") for r in a.review) == (a.page in (3, 4)), (a.page, a.review)


# ---------------------------------------------------------------- without Tesseract, or with OCR off


@pytest.fixture
def no_tesseract(monkeypatch):
    monkeypatch.setenv("PLAN_INGEST_TESSERACT", "/nonexistent/tesseract")
    assert ocr_unavailable()


def test_scanned_plan_without_tesseract_is_unsupported_with_the_install_hint(no_tesseract):
    result = collect([HALTON_SCAN, TWIN], workers=0)
    docs = {d.source_file: d for d in result.documents}
    assert docs[HALTON_SCAN.name].status == "unsupported"
    assert "apt-get install tesseract-ocr" in docs[HALTON_SCAN.name].error
    assert docs[TWIN.name].status == "ok"  # the rest of the batch still lands
    assert result.exit_code == 3


def test_mixed_document_without_tesseract_keeps_its_text_pages_and_names_the_rest(no_tesseract):
    result = collect([MIXED], workers=0)
    doc = result.documents[0]
    assert doc.status == "ok"
    assert "pages 3-4 scanned, not read: Tesseract is not installed" in doc.warnings
    assert result.actions and {a.page for a in result.actions}.isdisjoint({3, 4})
    assert all(any("pages 3-4 scanned, not read" in r for r in a.review) for a in result.actions)


def test_ocr_never_leaves_scans_unread_and_says_how_to_read_them():
    with pytest.raises(ExtractionError, match="read them by OCR with --ocr auto") as caught:
        extract(HALTON_SCAN, ocr="never")
    assert not isinstance(caught.value, UnsupportedHere)
    doc = extract(MIXED, ocr="never")
    assert doc.notes == ["pages 3-4 scanned, not read (OCR is off: --ocr never)"]


def test_unknown_ocr_mode_is_refused():
    from plan_ingest.ingest.settings import RunSettings, UsageError

    with pytest.raises(UsageError, match="ocr must be one of auto, always, never"):
        RunSettings.of(ocr="sometimes")
    with pytest.raises(ValueError, match="ocr must be one of"):
        extract(TWIN, ocr="sometimes")


def test_scanned_pages_are_told_from_text_pages():
    for path, scans in ((HALTON_SCAN, [True] * 3), (MIXED, [False, False, True, True] + [False] * 4)):
        pdf = pdfium.PdfDocument(str(path))
        found = []
        for i in range(len(pdf)):
            page = pdf[i]
            found.append(is_scan(page, page.get_textpage().count_chars()))
        assert found == scans, path.name


@tesseract
def test_a_page_over_its_time_limit_fails_with_the_page_named():
    pdf = pdfium.PdfDocument(str(HALTON_SCAN))
    with pytest.raises(ExtractionError, match="OCR gave up"):
        ocr_page(pdf[0], 1, OcrSettings(page_timeout=0.01))


@tesseract
def test_page_fed_sideways_is_stood_upright():
    pdf = pdfium.PdfDocument(str(HALTON_SCAN))
    read = ocr_page(pdf[2], 3, OCR)
    assert read.turned == 90
    letters = [c for c in read.content.chars if c.text.strip()]
    # in the page as displayed the text runs up the page, as a text layer would say
    assert sum(c.dir == 90 for c in letters) > 0.9 * len(letters)
    assert read.mean_confidence > 80


# ---------------------------------------------------------------- the image steps


def lined_page(turn: float = 0.0) -> np.ndarray:
    """A white page with a ruled 3 x 3 grid and a few text-like blobs, turned `turn` degrees."""
    image = Image.new("L", (1200, 900), 255)
    draw = ImageDraw.Draw(image)
    for y in (100, 300, 500, 700):
        draw.rectangle((100, y, 1100, y + 3), fill=0)
    for x in (100, 450, 800, 1100):
        draw.rectangle((x, 100, x + 3, 703), fill=0)
    for k in range(8):  # words: short dark blocks, much shorter than a rule
        draw.rectangle((130 + k * 40, 150, 160 + k * 40, 175), fill=0)
    if turn:
        image = image.rotate(turn, resample=Image.Resampling.BILINEAR, fillcolor=255)
    return np.asarray(image) < 128


def test_skew_is_measured_and_undone():
    assert skew_angle(lined_page(), 5.0) == 0.0
    angle = skew_angle(lined_page(1.5), 5.0)
    assert abs(abs(angle) - 1.5) <= 0.1
    level = np.asarray(Image.fromarray(np.where(lined_page(1.5), 0, 255).astype(np.uint8))
                       .rotate(-angle, resample=Image.Resampling.BILINEAR, fillcolor=255)) < 128
    assert level.sum(axis=1).max() > 900  # a rule lies along one row again


def test_ruling_lines_are_found_in_the_image_and_words_are_not():
    long_rules, short = scanned_rules(lined_page(), min_length=125, max_thickness=16, short_length=50)
    horizontal = sorted(r for r in long_rules if r[2] - r[0] > r[3] - r[1])
    vertical = sorted(r for r in long_rules if r[3] - r[1] > r[2] - r[0])
    assert [r[1] for r in horizontal] == [100, 300, 500, 700]
    assert [r[0] for r in vertical] == [100, 450, 800, 1100]
    assert not short


def test_specks_go_and_full_stops_stay():
    ink = np.zeros((60, 60), bool)
    ink[5, 5] = ink[6, 6] = ink[30, 50] = True  # dust
    ink[20:25, 20:25] = True  # a full stop at 300 dpi
    clean = despeckle(ink, 7, 8)
    assert clean[20:25, 20:25].all()
    assert not clean[5, 5] and not clean[6, 6] and not clean[30, 50]


def test_a_bar_tesseract_read_from_a_rule_becomes_the_rule_but_a_letter_stays_a_word():
    def word(text, box):
        return OcrWord(text, box, box[3], 40.0, 90.0)

    bar, letter, other = word("|", (100, 10, 106, 60)), word("l", (300, 5, 306, 60)), word("Ref", (10, 10, 90, 50))
    rule_at_bar, stem_of_l = (101, 0, 105, 64), (301, 2, 305, 62)
    lines, rules = bars_to_rules([[other, bar, letter]], [rule_at_bar, stem_of_l])
    assert rules == [rule_at_bar]
    assert [w.text for w in lines[0]] == ["Ref", "l"]


def test_hocr_words_keep_boxes_baselines_and_confidences():
    hocr = b"""<html xmlns="http://www.w3.org/1999/xhtml"><body>
    <span class='ocr_line' title="bbox 100 200 500 240; baseline 0.01 -8; x_size 40; x_descenders 8">
      <span class='ocrx_word' title='bbox 100 205 220 232; x_wconf 96'>Deliver</span>
      <span class='ocrx_word' title='bbox 240 205 300 240; x_wconf 41'>plan</span>
    </span></body></html>"""
    (line,) = hocr_words(hocr)
    assert [(w.text, w.box, w.confidence) for w in line] == [
        ("Deliver", (100, 205, 220, 232), 96.0), ("plan", (240, 205, 300, 240), 41.0)]
    assert line[0].baseline == pytest.approx(240 - 8 + 0.01 * 60)


def test_a_huge_page_is_rendered_at_a_resolution_memory_can_hold():
    from plan_ingest.extractors.ocr import render_dpi

    assert render_dpi(595, 842, OCR) == 300  # A4
    poster = render_dpi(14400, 14400, OCR)  # 200 inches square, the largest page PDF allows
    assert poster < 40 and (14400 * poster / 72) ** 2 <= OCR.max_pixels * 1.001


@tesseract
def test_ocr_always_reads_a_text_page_from_its_image():
    """For a text layer that is garbage: the page is read from what it shows instead."""
    text = extract(SAMPLES / "halton_delivery_plan.pdf", pages="3")
    ocr = extract(SAMPLES / "halton_delivery_plan.pdf", pages="3", ocr="always")
    assert ocr.reading == ["page 3 read by OCR (mean confidence " + ocr.reading[0].split("confidence ")[1]]
    assert all(c.confidence is not None for t in ocr.tables for c in t.cells if c.text)
    assert [len(t.cells) for t in ocr.tables] == [len(t.cells) for t in text.tables]
    assert fuzz.ratio(ocr.tables[0].cells[-1].text, text.tables[0].cells[-1].text) >= 90


def scan_of(source, page: int, turn: float, path, dpi: int = 150):
    """A one-page image-only PDF of `source`'s page, turned `turn` degrees anticlockwise."""
    pdf = pdfium.PdfDocument(str(source))
    image = pdf[page - 1].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    image.rotate(turn, expand=True, fillcolor=255).save(path, "PDF", resolution=dpi)
    return path


@tesseract
def test_page_scanned_upside_down_is_turned_the_right_way_up(tmp_path):
    path = scan_of(SAMPLES / "halton_delivery_plan.pdf", 3, 180, tmp_path / "upside_down.pdf")
    read = ocr_page(pdfium.PdfDocument(str(path))[0], 1, OCR)
    assert read.turned == 180
    assert read.mean_confidence > 80
    text = " ".join("".join(c.text for c in read.content.chars).split())
    assert "Strengthen the links with national" in text
