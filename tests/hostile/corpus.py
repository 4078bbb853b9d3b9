"""A corpus of hostile and careless inputs, built fresh in the test run: broken, lying, bombed,
encrypted, odd-named and odd-typed files, with good plans hidden among them.

`build(folder)` writes the corpus and returns what each input is, so a test can check every row."""
from __future__ import annotations

import io
import os
import random
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from conftest import FIXTURES, SAMPLES

GOOD = {  # sample -> its actions: these must land in full among the bad files
    "haringey_procurement_action_plan.docx": 38,
    "halton_delivery_plan.pdf": 22,
    "nhs_patient_experience_plan.docx": 5,
    "community_safety_tracker.xlsx": 7,
    "web_page_plan.html": 6,
}
FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
            "+1+1", "-2+3", "\t=1+1", "\r=1+1"]


@dataclass
class Hostile:
    name: str  # the file's name (as a string; may hold bytes that are not UTF-8, surrogate-escaped)
    kind: str  # what it tests, for messages
    good: int | None = None  # actions it must give (a good plan), or None for a bad input


def _zip_replace(source: Path, target: Path, edit) -> None:
    src = zipfile.ZipFile(source)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, edit(info.filename, src.read(info.filename)))
    target.write_bytes(buf.getvalue())


def _docx_with(target: Path, old: bytes, new: bytes) -> None:
    _zip_replace(SAMPLES / "haringey_procurement_action_plan.docx", target,
                 lambda n, d: d.replace(old, new, 1) if n == "word/document.xml" else d)


def _csv_plan(rows: list[list[str]]) -> str:
    import csv

    buf = io.StringIO()
    csv.writer(buf).writerows([["Ref", "Action", "Lead", "Timeframe"], *rows])
    return buf.getvalue()


def build(folder: Path) -> list[Hostile]:
    """Write the corpus into `folder`; the list names every input the batch will meet."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(20261206)
    items: list[Hostile] = []

    def add(name: str, kind: str, data: bytes | None = None, good: int | None = None) -> Path:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(name))))
        if data is not None:
            path.write_bytes(data)
        items.append(Hostile(name, kind, good))
        return path

    for name, count in GOOD.items():
        shutil.copy(SAMPLES / name, add(f"good_{name}", "a good plan", good=count))

    # empty and tiny files of every type, and random bytes under every name
    for ext in (".pdf", ".docx", ".doc", ".odt", ".ods", ".rtf", ".html", ".xlsx", ".xls", ".csv", ".txt", ".tsv"):
        add(f"empty{ext}", "an empty file", b"")
        add(f"noise{ext}", "random bytes", bytes(rnd.getrandbits(8) for _ in range(2048)))
        add(f"onebyte{ext}", "one byte", b"x")
    # one format under another's name
    pdf = (SAMPLES / "halton_delivery_plan.pdf").read_bytes()
    docx = (SAMPLES / "haringey_procurement_action_plan.docx").read_bytes()
    add("pdf_named.docx", "a PDF named .docx", pdf)
    add("docx_named.pdf", "a .docx named .pdf", docx)
    add("docx_named.html", "a .docx named .html", docx)
    add("pdf_named.csv", "a PDF named .csv", pdf)
    add("pdf_named.xlsx", "a PDF named .xlsx", pdf)
    # damaged PDFs
    add("truncated.pdf", "a truncated PDF", pdf[: len(pdf) // 3])
    add("header_only.pdf", "a PDF header and nothing else", b"%PDF-1.7\n")
    add("garbled_xref.pdf", "a PDF whose cross-reference table is garbage", pdf.replace(b"xref", b"xrfe"))
    # damaged and lying zips
    add("truncated.docx", "a truncated .docx", docx[: len(docx) // 2])
    flipped = bytearray(docx)
    for i in range(200, len(flipped), 997):
        flipped[i] ^= 0xFF
    add("bitflipped.docx", "a .docx with flipped bits", bytes(flipped))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as part:  # 300 MB of `a`, a megabyte at a time
            part.write(b"<")
            for _ in range(300):
                part.write(b"a" * (1 << 20))
            part.write(b"/>")
    add("zipbomb.docx", "a zip bomb", bomb.getvalue())
    liar = bytearray(bomb.getvalue())
    # the central directory and local header say 10 bytes; the data inflates to 300 MB
    idx = liar.find(b"word/document.xml")
    cd = liar.rfind(b"word/document.xml")
    for pos in (idx - 30 + 22, cd - 46 + 24):
        liar[pos:pos + 4] = (10).to_bytes(4, "little")
    add("lying_size.docx", "a zip entry that lies about its size", bytes(liar))
    # XML attacks
    _docx_with(add("xxe.docx", "an external entity"), b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
    _docx_with(add("laughs.docx", "a billion laughs"), b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
               b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    _docx_with(add("surrogate.docx", "a Word symbol at a lone surrogate (D800)"), b"<w:t>Ref/Theme</w:t>",
               b'<w:t>Ref/Theme</w:t></w:r><w:r><w:sym w:char="D800"/>')
    _docx_with(add("bad_numbering.docx", "Word list numbers that are not numbers"), b"<w:t>Ref/Theme</w:t>",
               b'<w:t>Ref/Theme</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="x"/><w:numId w:val="y"/>'
               b'</w:numPr><w:outlineLvl w:val="zz"/></w:pPr><w:r><w:t>item</w:t>')
    _docx_with(add("control_chars.docx", "control characters in text"), b"<w:t>Ref/Theme</w:t>",
               b"<w:t>Ref/Theme \x01\x02\x1b</w:t>")
    # text, CSV and HTML that are hostile in their own way
    plan = _csv_plan([[str(n), f, "Head of IT", "March 2025"] for n, f in enumerate(FORMULAS, start=1)])
    add("formulas.csv", "cells Excel would run as formulas", plan.encode())
    add("formulas_utf16.csv", "a UTF-16 .csv of formulas", plan.encode("utf-16"))
    tsv = plan.replace(",", "\t")
    add("utf16.txt", "a UTF-16 text export", tsv.encode("utf-16"))
    add("utf16be_nobom.txt", "UTF-16 without a byte-order mark", tsv.encode("utf-16-be"))
    add("cp1252.txt", "a Windows-1252 text export", "Ref\tAction\tLead\n1\tSave £5 – now\tHead of Finance\n".encode("cp1252"))
    add("nul_bytes.txt", "NUL bytes in a text file", b"Ref\tAction\n1\tDo\x00it\n")
    add("long_field.csv", "a CSV field of 200,000 characters",
        _csv_plan([["1", "Review " + "x" * 200_000, "Head of IT", "2025"]]).encode())
    deep = "<div>" * 5000 + "<table><tr><th>Action</th><th>Lead</th></tr><tr><td>Deep action</td><td>Head of IT</td></tr></table>" + "</div>" * 5000
    add("deep.html", "HTML nested 5,000 levels deep", f"<html><body>{deep}</body></html>".encode())
    rows = "".join('<tr><td rowspan="0" colspan="1000">x</td></tr>' for _ in range(400))
    add("span_bomb.html", "a table whose spans ask for billions of cells", f"<html><table>{rows}</table></html>".encode())
    add("angle_text.csv", "text in angle brackets inside a cell (not markup outside HTML)",
        _csv_plan([["1", "Respond within <four hours of a report>", "Head of IT", "2025"],
                   ["2", "Publish the <p>plan</p>", "Head of IT", "2026"]]).encode())
    add("script.html", "a script in a cell", b"<html><table><tr><th>Action</th><th>Lead</th><th>Timeframe</th></tr>"
        b"<tr><td><script>alert(1)</script>Review the plan</td><td>=1+1</td><td>2025</td></tr>"
        b"<tr><td>Publish it</td><td>@SUM(A1)</td><td>2026</td></tr></table></html>")
    # spreadsheets past Excel's grid, and far apart
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ref", "Action", "Lead", "Timeframe"])
    sheet.append(["1", "Review the plan", "Head of IT", "2025"])
    sheet["XFD1048576"] = "far away"
    far = io.BytesIO()
    book.save(far)
    add("far_cell.xlsx", "a value in the last cell, XFD1048576", far.getvalue())
    huge = folder / "huge_ref.xlsx"
    _zip_replace_bytes(far.getvalue(), huge, lambda n, d: d.replace(b'r="B2"', b'r="G99999999999999999999"')
                       if n.startswith("xl/worksheets/") else d)
    items.append(Hostile("huge_ref.xlsx", "a cell reference past Excel's grid"))
    # names and file kinds
    shutil.copy(SAMPLES / "halton_delivery_plan.txt", add("caf\udce9.txt", "a file name that is not UTF-8", good=22))
    shutil.copy(SAMPLES / "halton_delivery_plan.txt", add(".hidden_plan.txt", "a hidden file", good=22))
    os.mkfifo(add("pipe.csv", "a named pipe"))
    os.symlink(folder / "nowhere.pdf", add("dangling.pdf", "a broken link"))
    os.symlink(folder / "loop_b.pdf", add("loop_a.pdf", "a link loop"))
    os.symlink(folder / "loop_a.pdf", add("loop_b.pdf", "a link loop"))
    outside = folder.parent / "outside_secret.txt"
    outside.write_text("Ref\tAction\n1\tSecret\n", encoding="utf-8")
    os.symlink(outside, add("outside.txt", "a link out of the input folder"))
    shutil.copy(FIXTURES / "haringey_procurement_action_plan.doc", add("legacy.doc", "a legacy Word file"))
    # locked files
    from reportlab.pdfgen import canvas

    locked = io.BytesIO()
    page = canvas.Canvas(locked, encrypt="secret")
    page.drawString(72, 720, "Action plan")
    page.save()
    add("encrypted.pdf", "a password-protected PDF", locked.getvalue())
    add("encrypted.docx", "a password-protected Word file",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)
    # a folder that looks like a file, holding a good plan of its own
    inner = Path(os.fsdecode(os.path.join(os.fsencode(folder), b"looks_like_a.pdf")))
    inner.mkdir()
    shutil.copy(SAMPLES / "halton_delivery_plan.txt", inner / "inner_plan.txt")
    items.append(Hostile("looks_like_a.pdf/inner_plan.txt", "a folder named like a file", good=22))
    # a spreadsheet asking for a million empty rows
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
                   '<table:table table:name="Plan"><table:table-row table:number-rows-repeated="1048576">'
                   '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
                   '</table:table></office:spreadsheet></office:body></office:document-content>')
    add("million_rows.ods", "a sheet of a million empty repeated rows", ods.getvalue())
    return items


def _zip_replace_bytes(source: bytes, target: Path, edit) -> None:
    src = zipfile.ZipFile(io.BytesIO(source))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, edit(info.filename, src.read(info.filename)))
    target.write_bytes(buf.getvalue())
