"""Rebuild the scanned samples in samples/scanned/: the Halton and Haringey sample PDFs as a scanner
would give them back (pages rendered to images, turned a little, speckled, blurred, JPEG-compressed,
with no text layer), and a mixed document whose two table pages are scans among text pages.

Run `.venv/bin/python samplegen/make_scanned_samples.py`. The scans are byte-stable (the noise comes
from a seeded generator, the dates are fixed); the mixed document differs only in the file ID pdfium
draws when it saves.

The expected actions are the text PDFs' own (expected/*.yaml), so the OCR reader is held to the
same answers as the text layer. `benchmarks/ocr.py` and tests/extractors/test_ocr.py read these.
"""
from __future__ import annotations

import io
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "samples"
OUT = SAMPLES / "scanned"
FIXED_DATE = time.gmtime(1704067200)  # 2024-01-01, so that the scans are byte-stable
SCAN_DPI = 200  # an office scanner's usual setting for documents

# (source sample, output name, per page: turn in degrees (small skew, or 90 for a sheet fed sideways))
SCANS = [
    ("halton_delivery_plan.pdf", "halton_delivery_plan_scanned.pdf", [0.8, -1.2, 90.4]),
    ("haringey_procurement_action_plan.pdf", "haringey_procurement_action_plan_scanned.pdf",
     [-0.6, 1.1, 0.3, -1.5, 0.9, -90.7, 0.5, -0.4]),
]
# the mixed document: the Haringey PDF with these pages (1-based) swapped for scans of themselves
MIXED = ("haringey_procurement_action_plan.pdf", "haringey_procurement_action_plan_mixed.pdf", {3: 1.3, 4: -0.9})


def scan_page(page: pdfium.PdfPage, turn: float, rng: np.random.Generator) -> Image.Image:
    """One page as a scanner returns it: greyscale at SCAN_DPI, turned, speckled and softened."""
    image = page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
    image = image.rotate(turn, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    pixels = np.asarray(image, dtype=np.float32)
    pixels = pixels * 0.92 + 10  # grey paper, ink not quite black
    pixels += rng.normal(0, 5, pixels.shape)  # sensor noise
    specks = rng.random(pixels.shape)
    pixels[specks < 0.0008] = 40  # dust
    pixels[specks > 0.9995] = 255  # dropouts in the ink
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    return image.filter(ImageFilter.GaussianBlur(0.6))


def images_to_pdf(images: list[Image.Image]) -> bytes:
    """Image-only pages, JPEG-compressed, sized so the page measures what the paper did."""
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", save_all=True, append_images=images[1:], resolution=SCAN_DPI, quality=60,
                   creationDate=FIXED_DATE, modDate=FIXED_DATE)
    return buffer.getvalue()


def scanned_copy(source: Path, turns: list[float], seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(source))
    try:
        return images_to_pdf([scan_page(pdf[i], turns[i], rng) for i in range(len(pdf))])
    finally:
        pdf.close()


def mixed_copy(source: Path, scanned: dict[int, float], seed: int) -> pdfium.PdfDocument:
    """`source` with the pages in `scanned` replaced by scans of themselves."""
    rng = np.random.default_rng(seed)
    text = pdfium.PdfDocument(str(source))
    scans = pdfium.PdfDocument(images_to_pdf([scan_page(text[n - 1], turn, rng) for n, turn in scanned.items()]))
    out = pdfium.PdfDocument.new()
    order = sorted(scanned)
    for number in range(1, len(text) + 1):
        if number in scanned:
            out.import_pages(scans, [order.index(number)])
        else:
            out.import_pages(text, [number - 1])
    return out


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for seed, (source, name, turns) in enumerate(SCANS, start=1):
        (OUT / name).write_bytes(scanned_copy(SAMPLES / source, turns, seed))
        print("wrote", OUT / name)
    source, name, scanned = MIXED
    out = mixed_copy(SAMPLES / source, scanned, seed=9)
    out.save(str(OUT / name))
    print("wrote", OUT / name)


if __name__ == "__main__":
    main()
