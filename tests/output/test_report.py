"""The review report as an analyst uses it: static pages, every value escaped, each action's row
drawn on the page it was read from and highlighted when clicked, in a real browser."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

import plan_ingest

from conftest import SAMPLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def reported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plans")
    for name in ("haringey_procurement_action_plan.pdf", "haringey_procurement_action_plan.docx"):
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "hostile.csv").write_text(
        "Ref,Action,Lead,Timeframe\n1,<script>alert('x')</script>Review the plan,Head of IT,2025\n"
        "2,Publish the plan,\"<img src=x onerror=alert(1)>\",2026\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    plan_ingest.run(folder, out=out, workers=0)
    index = plan_ingest.report(out)
    return out, index


def _document_id(out: Path, name: str) -> str:
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        return next(r["document_id"] for r in csv.DictReader(fh) if r["source_file"] == name)


def test_the_index_lists_every_document(reported):
    out, index = reported
    text = index.read_text(encoding="utf-8")
    for name in ("haringey_procurement_action_plan.pdf", "haringey_procurement_action_plan.docx", "hostile.csv"):
        assert name in text
    assert "https://" not in text and "http://" not in text  # nothing fetched from outside


def test_every_value_is_escaped(reported):
    out, _ = reported
    page = (out / "report" / _document_id(out, "hostile.csv") / "tables.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in page and "<script>alert(" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img src=x" not in page


def test_each_pdf_page_with_a_table_has_its_image_and_row_boxes(reported):
    out, _ = reported
    folder = out / "report" / _document_id(out, "haringey_procurement_action_plan.pdf")
    assert sorted(p.name for p in folder.glob("*.jpg")) == [f"page-{n}.jpg" for n in range(1, 9)]
    page = (folder / "page-2.html").read_text(encoding="utf-8")
    assert page.count('class="row-box') == page.count('<li class="action') > 0


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (Debian: apt-get install chromium); CI installs it")
def test_the_report_in_a_real_browser(reported, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (test extra)")
    out, index = reported
    doc = _document_id(out, "haringey_procurement_action_plan.pdf")
    with open(out / "actions.csv", encoding="utf-8-sig", newline="") as fh:
        on_page_2 = [r for r in csv.DictReader(fh) if r["document_id"] == doc and r["page"] == "2"]
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(index.as_uri())
        page.click(f'a[href="{doc}/page-1.html"]')
        page.goto((index.parent / doc / "page-2.html").as_uri())
        assert page.eval_on_selector("img", "img => img.complete && img.naturalWidth > 0")
        boxes = page.eval_on_selector_all(".row-box", "els => els.length")
        assert boxes == len(on_page_2) > 0
        second = on_page_2[1]["action_id"]
        page.click(f'li[data-action="{second}"]')
        assert page.eval_on_selector(f'.row-box[data-action="{second}"]', "el => el.classList.contains('active')")
        assert page.eval_on_selector_all(".row-box.active", "els => els.length") == 1
        shot = out / "report" / "screenshot.png"  # kept with the test's output
        page.screenshot(path=str(shot))
        browser.close()
    assert shot.stat().st_size > 10_000
    assert errors == []
