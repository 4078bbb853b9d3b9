"""The normaliser end to end on one document: ids that survive a re-issue, document facts."""
from __future__ import annotations

from datetime import date

import docx

from plan_ingest.extractors import extract
from plan_ingest.normalise import normalise

from conftest import SAMPLES


def test_reissued_plan_with_new_status_keeps_every_action_id(tmp_path):
    original = SAMPLES / "nhs_patient_experience_plan.docx"
    document = docx.Document(str(original))
    for table in document.tables:
        for row in table.rows[1:]:
            row.cells[-1].text = "Complete – see Q4 report"
    reissue = tmp_path / "nhs_patient_experience_plan_v2 (March update).docx"
    document.save(reissue)

    before = normalise(extract(original), "nhs_patient_experience_plan.docx").actions
    after = normalise(extract(reissue), reissue.name).actions
    assert [a.status for a in after] == ["Complete – see Q4 report"] * len(before)
    assert [a.action_id for a in after] == [a.action_id for a in before]
    assert len({a.action_id for a in before}) == len(before)


def test_document_facts_from_title_block_and_properties():
    info = normalise(extract(SAMPLES / "nhs_patient_experience_plan.docx")).info
    assert info.document_title == "Patient Experience Improvement Plan"
    assert info.organisation == "Northfield Community NHS Trust"
    assert (info.period_start, info.period_end) == (date(2011, 4, 1), date(2013, 3, 31))
    assert info.status == "ok" and info.actions == 5


def test_document_without_action_table_says_why(tmp_path):
    document = docx.Document()
    document.add_paragraph("Glossary of terms")
    table = document.add_table(rows=3, cols=2)
    for row, (term, meaning) in zip(table.rows, [("Term", "Meaning"), ("CPU", "Corporate Procurement Unit"),
                                                 ("SB", "Stream Board")]):
        row.cells[0].text, row.cells[1].text = term, meaning
    path = tmp_path / "glossary.docx"
    document.save(path)
    result = normalise(extract(path))
    assert result.info.status == "no_actions" and result.actions == []
    assert "glossary" in result.info.error


def test_rows_of_a_table_found_with_little_confidence_are_flagged_for_review(tmp_path):
    """A borderless table whose columns wander: every action it gives says the layout is uncertain
    and where to check it; a well aligned one says nothing of the kind."""
    from reportlab.pdfgen import canvas

    rows = [("Ref", "Action", "Lead", "Due")] + [
        (f"A{k}", f"Deliver item {k} well", ["Council", "Health board", "Police"][k % 3], f"March 202{k % 4 + 5}")
        for k in range(1, 9)]

    def table(path, wander: int):
        c = canvas.Canvas(str(path))
        c.setFont("Helvetica", 10)
        for k, row in enumerate(rows):
            xs = (60, 120 + wander * 17 * (k % 3), 300 - wander * 11 * (k % 4), 420 + wander * 9 * (k % 2))
            for text, x in zip(row, xs, strict=True):
                c.drawString(x, 720 - 16 * k, text)
        c.save()
        return normalise(extract(path)).actions

    wandering = table(tmp_path / "wander.pdf", 1)
    assert len(wandering) == 8
    assert all(any(r.startswith("table layout uncertain (borderless, confidence 0.") and "page 1" in r
                   for r in a.review) for a in wandering)
    aligned = table(tmp_path / "aligned.pdf", 0)
    assert len(aligned) == 8 and not any("table layout uncertain" in r for a in aligned for r in a.review)
