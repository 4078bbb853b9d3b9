"""A streamed XLSX writer: rows go straight into the sheet's XML on disk, zipped at the end, so a
batch of any size writes in constant memory and far faster than building openpyxl cells.

It writes what the contract asks of actions.xlsx: text kept as text (inline strings), whole
numbers, real Excel dates, a bold frozen header row, an autofilter, column widths, wrapping;
and several sheets in one book (actions, documents, the column dictionary).
"""
from __future__ import annotations

import os
import re
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

MAX_ROWS = 1_048_576  # rows in one Excel sheet; a bigger batch carries on in another sheet
MAX_TEXT = 32_767  # characters Excel holds in one cell
_EPOCH = date(1899, 12, 30)  # Excel's day 0, leap-year bug included
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entry times: the same rows give the same bytes

# cellXfs below: 0 default, 1 bold header, 2 wrapped and top-aligned, 3 top-aligned, 4 date
HEADER, WRAP, TOP, DATE = 1, 2, 3, 4
# XML 1.0 forbids these control characters, even escaped; Excel refuses a file holding one
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_STYLES = (
    f'{_XML}<styleSheet {_NS}>'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">'
    '<alignment vertical="top"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


def column_letter(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _escape(text: str) -> str:
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;") if "\r" in text else text


def _inline(ref: str, style: int, text: str) -> str:
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{_escape(text)}</t></is></c>'


class _Sheet:
    """One logical sheet of a book, streamed to XML files on disk; past Excel's row limit it
    carries on in another sheet of the same name with a number."""

    def __init__(self, book: XlsxBook, name: str, columns: list[str], widths: list[float], styles: list[int],
                 frozen: bool = True):
        self.book, self.name, self.columns, self.widths, self.styles = book, name, columns, widths, styles
        self.frozen = frozen
        self.letters = [column_letter(i) for i in range(1, len(columns) + 1)]
        self.parts: list[tuple[str, Path, int]] = []  # (sheet name, xml file, rows)
        self.fh = None
        self.row = 0

    def _open(self) -> None:
        self._close()
        n = len(self.parts) + 1
        name = self.name if n == 1 else f"{self.name} {n}"
        xml = self.book.folder / f"{self.name}-{n}.xml"
        self.parts.append((name, xml, 0))
        self.fh = open(xml, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 - open while rows stream in
        cols = "".join(f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>'
                       for i, w in enumerate(self.widths, start=1))
        pane = ('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>') if self.frozen else ""
        self.fh.write(
            f'{_XML}<worksheet {_NS} {_NS_R}><sheetViews><sheetView workbookViewId="0">{pane}'
            f'</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
        )
        self.row = 0
        self._write_row(list(self.columns), [HEADER] * len(self.columns))

    def _close(self) -> None:
        if self.fh is None:
            return
        last = f"{self.letters[-1]}{max(1, self.row)}"
        self.fh.write(f'</sheetData><autoFilter ref="A1:{last}"/></worksheet>')
        self.fh.close()
        self.fh = None
        name, xml, _ = self.parts[-1]
        self.parts[-1] = (name, xml, self.row)

    def _write_row(self, values: list[Any], styles: list[int]) -> None:
        self.row += 1
        r = self.row
        cells = []
        for letter, style, value in zip(self.letters, styles, values):
            ref = f"{letter}{r}"
            if value is None or value == "":
                cells.append(f'<c r="{ref}" s="{style}"/>')
            elif isinstance(value, str):
                cells.append(_inline(ref, style, value))
            elif isinstance(value, date):
                cells.append(f'<c r="{ref}" s="{DATE}"><v>{(value - _EPOCH).days}</v></c>')
            else:
                cells.append(f'<c r="{ref}" s="{style}"><v>{value}</v></c>')
        self.fh.write(f'<row r="{r}">{"".join(cells)}</row>')

    def append(self, values: list[Any]) -> None:
        """A row of str (text), int, float, date or None values, in column order."""
        if self.fh is None or self.row >= MAX_ROWS:
            self._open()
        self._write_row(values, self.styles)

    def finish(self) -> list[tuple[str, Path, int, str]]:
        if not self.parts:
            self._open()
        self._close()
        return [(name, xml, rows, self.letters[-1]) for name, xml, rows in self.parts]


class XlsxBook:
    """A workbook of sheets, each streamed row by row (`sheet(...)` then `.append(values)`);
    `close()` writes the file with the sheets in the order they were added."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.folder = Path(tempfile.mkdtemp(prefix=".xlsx-", dir=self.path.parent))
        self.sheets: list[_Sheet] = []

    def sheet(self, name: str, columns: list[str], widths: list[float], styles: list[int],
              frozen: bool = True) -> _Sheet:
        sheet = _Sheet(self, name, columns, widths, styles, frozen)
        self.sheets.append(sheet)
        return sheet

    def close(self) -> None:
        parts = [part for sheet in self.sheets for part in sheet.finish()]
        sheets = "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
                         for i, (name, _, _, _) in enumerate(parts, start=1))
        filters = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i - 1}" hidden="1">'
            f"'{name}'!$A$1:${last}${max(1, rows)}</definedName>"
            for i, (name, _, rows, last) in enumerate(parts, start=1))
        rels = "".join(f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                       for i in range(1, len(parts) + 1))
        styles_id = len(parts) + 1
        sheet_types = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(parts) + 1))
        files = {
            "[Content_Types].xml": (
                f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/styles.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                f"{sheet_types}</Types>"),
            "_rels/.rels": (
                f'{_XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
            "xl/workbook.xml": (
                f'{_XML}<workbook {_NS} {_NS_R}><bookViews><workbookView/></bookViews>'
                f"<sheets>{sheets}</sheets><definedNames>{filters}</definedNames></workbook>"),
            "xl/_rels/workbook.xml.rels": (
                f'{_XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'{rels}<Relationship Id="rId{styles_id}" Type="{_REL}/styles" Target="styles.xml"/>'
                "</Relationships>"),
            "xl/styles.xml": _STYLES,
        }
        with zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as book:
            for name, text in files.items():
                book.writestr(zipfile.ZipInfo(name, _FIXED_TIME), text, zipfile.ZIP_DEFLATED)
            for i, (_, xml, _, _) in enumerate(parts, start=1):
                info = zipfile.ZipInfo(f"xl/worksheets/sheet{i}.xml", _FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(xml, "rb") as src, book.open(info, "w", force_zip64=True) as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
        self.discard()

    def discard(self) -> None:
        for sheet in self.sheets:
            if sheet.fh is not None:
                sheet.fh.close()
                sheet.fh = None
            for _, xml, _ in sheet.parts:
                xml.unlink(missing_ok=True)
        if self.folder.exists():
            for leftover in self.folder.iterdir():
                leftover.unlink()
            os.rmdir(self.folder)
