"""A streamed XLSX writer: rows go straight into the sheet's XML on disk, zipped at the end, so a
batch of any size writes in constant memory and far faster than building openpyxl cells.

It writes what the contract asks of actions.xlsx and no more: text kept as text (inline strings),
whole numbers, real Excel dates, a bold frozen header row, an autofilter, column widths, wrapping.
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


class XlsxStream:
    """One workbook of `columns`; `append(values)` adds a row whose values are str (text), int,
    date or None, in column order. `close()` writes the file."""

    def __init__(self, path: Path, columns: list[str], widths: list[float], styles: list[int],
                 sheet_name: str = "actions"):
        self.path, self.columns, self.widths, self.styles = Path(path), columns, widths, styles
        self.letters = [column_letter(i) for i in range(1, len(columns) + 1)]
        self.sheet_name = sheet_name
        self.folder = Path(tempfile.mkdtemp(prefix=".xlsx-", dir=self.path.parent))
        self.sheets: list[tuple[str, Path, int]] = []  # (name, xml file, rows)
        self.fh = None
        self.row = 0

    def _open_sheet(self) -> None:
        self._close_sheet()
        n = len(self.sheets) + 1
        name = self.sheet_name if n == 1 else f"{self.sheet_name} {n}"
        xml = self.folder / f"sheet{n}.xml"
        self.sheets.append((name, xml, 0))
        self.fh = open(xml, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 - open while rows stream in
        cols = "".join(f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>'
                       for i, w in enumerate(self.widths, start=1))
        self.fh.write(
            f'{_XML}<worksheet {_NS} {_NS_R}><sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
        )
        self.row = 0
        self._write_row(list(self.columns), [HEADER] * len(self.columns))

    def _close_sheet(self) -> None:
        if self.fh is None:
            return
        last = f"{self.letters[-1]}{max(1, self.row)}"
        self.fh.write(f'</sheetData><autoFilter ref="A1:{last}"/></worksheet>')
        self.fh.close()
        self.fh = None
        name, xml, _ = self.sheets[-1]
        self.sheets[-1] = (name, xml, self.row)

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
        if self.fh is None or self.row >= MAX_ROWS:
            self._open_sheet()
        self._write_row(values, self.styles)

    def close(self) -> None:
        if not self.sheets:
            self._open_sheet()
        self._close_sheet()
        sheets = "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
                         for i, (name, _, _) in enumerate(self.sheets, start=1))
        filters = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i - 1}" hidden="1">'
            f"'{name}'!$A$1:${self.letters[-1]}${max(1, rows)}</definedName>"
            for i, (name, _, rows) in enumerate(self.sheets, start=1))
        rels = "".join(f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                       for i in range(1, len(self.sheets) + 1))
        styles_id = len(self.sheets) + 1
        sheet_types = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(self.sheets) + 1))
        parts = {
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
            for name, text in parts.items():
                book.writestr(zipfile.ZipInfo(name, _FIXED_TIME), text, zipfile.ZIP_DEFLATED)
            for i, (_, xml, _) in enumerate(self.sheets, start=1):
                info = zipfile.ZipInfo(f"xl/worksheets/sheet{i}.xml", _FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(xml, "rb") as src, book.open(info, "w", force_zip64=True) as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
        self.discard()

    def discard(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None
        for _, xml, _ in self.sheets:
            xml.unlink(missing_ok=True)
        if self.folder.exists():
            os.rmdir(self.folder)
