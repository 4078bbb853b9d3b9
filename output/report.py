"""The review report: static HTML that shows each action beside the page it was read from.

    write_report(OUTDIR)  ->  OUTDIR/report/index.html

The index lists every document with its status, its actions and the flags to check. A PDF gets a
page for each page that holds a table: the page image (rendered with pdfplumber), each table's
outline and each action's row drawn on it, and the actions read from that page beside it; a
flagged row is marked, with its reason. Word, web and spreadsheet files show their tables as
HTML. Clicking an action highlights its row. Files only, no server, no outside script or font;
every value is escaped. Page images are kept between reports (a document's id is its content
hash), so a report on an unchanged run only writes HTML.
"""
from __future__ import annotations

import csv
import html
import json
import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

RESOLUTION = 90  # dpi of the page images: enough to read a table, small enough for 200 documents
FIELDS = ["section", "ref", "responsible", "timeframe", "timeframe_kind", "start_date", "end_date",
          "outcome", "status", "review"]

_STYLE = """
body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Arial,sans-serif;margin:0;color:#222}
header,nav{padding:8px 16px;background:#f4f4f4;border-bottom:1px solid #ddd}
main{display:flex;gap:16px;padding:16px;align-items:flex-start}
table.docs{border-collapse:collapse;margin:16px}
table.docs td,table.docs th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
.status-failed,.status-unsupported{color:#a00}.status-no_actions{color:#666}
.page{position:relative;flex:0 0 62%;border:1px solid #bbb}
.page img{display:block;width:100%;height:auto}
.table-box{position:absolute;border:2px solid #2a6fdb;pointer-events:none}
.table-box.left-out{border-color:#999;border-style:dashed}
.row-box{position:absolute;border:1px solid #2a6fdb;background:rgba(42,111,219,.08);cursor:pointer}
.row-box.flagged{border-color:#d98200;background:rgba(217,130,0,.12)}
.row-box.active,.grid tr.active{outline:3px solid #d0021b;background:rgba(208,2,27,.18)}
ol.actions{flex:1;margin:0;padding-left:24px}
ol.actions li{margin:0 0 10px;padding:6px;border:1px solid #ddd;cursor:pointer}
ol.actions li.flagged{border-color:#d98200;background:#fff8ec}
ol.actions li.active{border-color:#d0021b;background:#fde8ea}
dl{margin:4px 0;display:grid;grid-template-columns:max-content 1fr;gap:0 8px;font-size:12px}
dt{color:#666}.why{color:#8a5a00;font-size:12px}
.grid{border-collapse:collapse;margin-bottom:16px}.grid td{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
.grid tr[data-action]{cursor:pointer}.grid tr.flagged{background:#fff8ec}
"""
_SCRIPT = """
document.addEventListener('click', function (e) {
  var hit = e.target.closest('[data-action]');
  if (!hit) return;
  var id = hit.getAttribute('data-action');
  document.querySelectorAll('.active').forEach(function (el) { el.classList.remove('active'); });
  document.querySelectorAll('[data-action="' + id + '"]').forEach(function (el) {
    el.classList.add('active');
    if (el !== hit) el.scrollIntoView({block: 'nearest'});
  });
});
"""


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _page(title: str, body: str, nav: str = "") -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{_esc(title)}</title>'
            f"<style>{_STYLE}</style></head><body>{nav}{body}<script>{_SCRIPT}</script></body></html>")


def _read_csv(path: Path) -> list[dict]:
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _read_jsonl(path: Path) -> Iterable[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _layout_file(out: Path) -> Path:
    for candidate in (out / ".plan-ingest" / "current" / ".layout.jsonl", out / ".layout.jsonl"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{out} holds no layout file; run plan-ingest run again to make one")


def _source(record: dict) -> Path:
    if record.get("path_hex"):
        return Path(os.fsdecode(bytes.fromhex(record["path_hex"])))
    return Path(record["path"])


def write_report(out: str | Path) -> Path:
    """The review report for the run whose outputs are in `out`; returns report/index.html."""
    out = Path(out)
    report = out / "report"
    report.mkdir(parents=True, exist_ok=True)
    documents = _read_csv(out / "documents.csv")
    actions: dict[str, list[dict]] = defaultdict(list)
    jsonl = out / "actions.jsonl"
    rows = _read_jsonl(jsonl) if jsonl.exists() else _read_csv(out / "actions.csv")
    for row in rows:
        actions[row["document_id"]].append(row)
    layouts = {rec["document_id"]: rec for rec in _read_jsonl(_layout_file(out))}
    entries = []
    for doc in documents:
        doc_id = doc["document_id"]
        layout = layouts.get(doc_id)
        link = ""
        if layout is not None and (actions.get(doc_id) or layout.get("tables")):
            link = _document(report / doc_id, doc, layout, actions.get(doc_id, []))
        entries.append((doc, link, actions.get(doc_id, [])))
    index = report / "index.html"
    index.write_text(_index(entries), encoding="utf-8")
    return index


def _flags(rows: list[dict]) -> int:
    return sum(1 for a in rows if a.get("review"))


def _index(entries: list) -> str:
    rows = []
    for doc, link, acts in entries:
        name = f'<a href="{_esc(link)}">{_esc(doc["source_file"])}</a>' if link else _esc(doc["source_file"])
        note = doc.get("error") or doc.get("warnings") or ""
        rows.append(f'<tr><td>{name}</td><td class="status-{_esc(doc["status"])}">{_esc(doc["status"])}</td>'
                    f'<td>{len(acts)}</td><td>{_flags(acts)}</td><td>{_esc(doc.get("document_title"))}</td>'
                    f"<td>{_esc(note)}</td></tr>")
    total = sum(len(a) for _, _, a in entries)
    body = (f"<header><h1>plan-ingest review</h1><p>{len(entries)} documents, {total} actions, "
            f"{sum(_flags(a) for _, _, a in entries)} flagged for a person to check.</p></header>"
            '<table class="docs"><thead><tr><th>document</th><th>status</th><th>actions</th><th>flagged</th>'
            f'<th>title</th><th>error or warning</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
    return _page("plan-ingest review", body)


def _document(folder: Path, doc: dict, layout: dict, acts: list[dict]) -> str:
    """The document's pages (PDF) or its tables (other formats); the link the index gives it."""
    folder.mkdir(parents=True, exist_ok=True)
    places = {a["action_id"]: a for a in layout.get("actions", [])}
    if layout["format"] == "pdf" and _source(layout).exists():
        pages = sorted({part["page"] for t in layout["tables"] for part in t.get("parts", []) if part.get("page")})
        if pages:
            _pdf_pages(folder, doc, layout, acts, places, pages)
            return f"{folder.name}/page-{pages[0]}.html"
    _tables_page(folder, doc, layout, acts, places)
    return f"{folder.name}/tables.html"


def _fields(action: dict) -> str:
    items = []
    for name in FIELDS[:-1]:
        value = action.get(name)
        if isinstance(value, list):
            value = "; ".join(value)
        if value:
            items.append(f"<dt>{_esc(name)}</dt><dd>{_esc(value)}</dd>")
    extra = action.get("extra") or {}
    if isinstance(extra, str):  # from actions.csv, where extra is JSON text
        try:
            extra = json.loads(extra)
        except ValueError:
            extra = {}
    for key, value in extra.items():
        items.append(f"<dt>{_esc(key)}</dt><dd>{_esc(value)}</dd>")
    return f"<dl>{''.join(items)}</dl>" if items else ""


def _action_item(action: dict) -> str:
    flagged = " flagged" if action.get("review") else ""
    why = f'<p class="why">check: {_esc(action["review"])}</p>' if action.get("review") else ""
    return (f'<li class="action{flagged}" data-action="{_esc(action["action_id"])}">'
            f'<b>{_esc(action.get("ref"))}</b> {_esc(action.get("action"))}{_fields(action)}{why}</li>')


def _nav(doc: dict, pages: list[int], here: int | None) -> str:
    links = [f'<a href="../index.html">All documents</a>', f"<b>{_esc(doc['source_file'])}</b>"]
    for page in pages:
        label = f"page {page}"
        links.append(f"<b>{label}</b>" if page == here else f'<a href="page-{page}.html">{label}</a>')
    return f"<nav>{' · '.join(links)}</nav>"


def _box(bbox: list, width: float, height: float) -> str:
    x0, top, x1, bottom = bbox
    return (f"left:{100 * x0 / width:.3f}%;top:{100 * top / height:.3f}%;"
            f"width:{100 * (x1 - x0) / width:.3f}%;height:{100 * (bottom - top) / height:.3f}%")


def _pdf_pages(folder: Path, doc: dict, layout: dict, acts: list[dict], places: dict, pages: list[int]) -> None:
    import pdfplumber

    with pdfplumber.open(_source(layout)) as pdf:
        for number in pages:
            if not 1 <= number <= len(pdf.pages):
                continue
            page = pdf.pages[number - 1]
            width, height = float(page.width), float(page.height)
            image = folder / f"page-{number}.jpg"
            if not image.exists():  # the id is the file's content hash: an image once made stays right
                # JPEG: five times quicker to write than PNG, and the page stays readable
                page.to_image(resolution=RESOLUTION).original.convert("RGB").save(image, format="JPEG", quality=82)
            boxes = []
            for table in layout["tables"]:
                for part in table.get("parts", []):
                    if part.get("page") == number and part.get("bbox"):
                        kind = "" if table["kept"] else " left-out"
                        boxes.append(f'<div class="table-box{kind}" style="{_box(part["bbox"], width, height)}" '
                                     f'title="table {table["table"]}: {_esc(table["reason"])}"></div>')
            here = [a for a in acts if places.get(a["action_id"], {}).get("page") == number]
            for action in here:
                bbox = places[action["action_id"]].get("bbox")
                if bbox:
                    flagged = " flagged" if action.get("review") else ""
                    boxes.append(f'<div class="row-box{flagged}" data-action="{_esc(action["action_id"])}" '
                                 f'style="{_box(bbox, width, height)}" title="{_esc(action.get("review"))}"></div>')
            body = (f'<main><div class="page" style="aspect-ratio:{width:.1f}/{height:.1f}">'
                    f'<img src="{image.name}" alt="page {number} of {_esc(doc["source_file"])}">{"".join(boxes)}</div>'
                    f'<ol class="actions">{"".join(_action_item(a) for a in here)}</ol></main>')
            (folder / f"page-{number}.html").write_text(
                _page(f"{doc['source_file']}, page {number}", body, _nav(doc, pages, number)), encoding="utf-8")


def _tables_page(folder: Path, doc: dict, layout: dict, acts: list[dict], places: dict) -> None:
    """Formats without pages: each table as HTML, its action rows clickable like a page's boxes."""
    by_row: dict[tuple[int, int], dict] = {}
    for action in acts:
        place = places.get(action["action_id"], {})
        if place.get("position") is not None:
            by_row[(place.get("table"), place["position"])] = action
    parts = []
    for table in layout.get("tables", []):
        rows = table.get("rows") or []
        lines = []
        for n, cells in enumerate(rows):
            action = by_row.get((table["table"], n - 1)) if n else None
            attrs = ""
            if action is not None:
                flagged = " flagged" if action.get("review") else ""
                attrs = f' class="action{flagged}" data-action="{_esc(action["action_id"])}"'
            tag = "th" if n == 0 else "td"
            lines.append(f"<tr{attrs}>{''.join(f'<{tag}>{_esc(c)}</{tag}>' for c in cells)}</tr>")
        kept = "holds actions" if table["kept"] else f"left out ({_esc(table['reason'])})"
        parts.append(f"<h3>Table {table['table']}: {kept}</h3><table class=\"grid\">{''.join(lines)}</table>")
    body = (f'<main><div style="flex:0 0 62%;overflow:auto">{"".join(parts)}</div>'
            f'<ol class="actions">{"".join(_action_item(a) for a in acts)}</ol></main>')
    (folder / "tables.html").write_text(_page(doc["source_file"], body, _nav(doc, [], None)), encoding="utf-8")
