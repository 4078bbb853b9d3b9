"""Document facts from the text and file properties: title, organisation, plan period, author, date.

The title block of a plan is its first short lines (`2006 - 2009` / `Procurement Strategy` / `Action Plan`).
"""
from __future__ import annotations

import re
from datetime import date

from plan_ingest.extractors.model import Paragraph, SourceDocument

from .cleantext import squash

_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|—|/|to)\s*((?:19|20)?\d\d)\b")
_MONTHS = (
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)
_AUTHOR = re.compile(
    r"^(?:author|prepared by|written by|report author|contact officer|lead officer)\s*[:\-]?\s*(?P<name>.+)$",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b({'|'.join(_MONTHS)})\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ORG = re.compile(
    r"\b((?:London Borough of|Royal Borough of|Borough of|City of|County of)\s+[A-Z][\w'-]+"
    r"(?:\s+(?:upon|on|and|&)\s+[A-Z][\w'-]+)?"
    r"|(?:[A-Z][\w'-]+\s+){1,4}(?:Borough|City|County|District|Metropolitan Borough|Town|Parish)\s+Council"
    r"|(?:[A-Z][\w'-]+\s+){1,4}(?:Council|NHS Foundation Trust|NHS Trust|Integrated Care Board"
    r"|Clinical Commissioning Group|Housing Association|Housing Trust|Homes|Combined Authority|Police"
    r"|Community Safety Partnership|Safeguarding (?:Adults |Children )?(?:Partnership|Board))"
    # government bodies: `U.S. Department of Justice`, `Department for Education`, `Government
    # Equalities Office`, `Open Data User Group`, `Sullivan County`, `Cabinet Office`
    r"|(?:U\.?S\.? )?(?:Department|Ministry|Office) (?:of|for) (?:the )?[A-Z][\w'-]+"
    r"(?:(?:,? (?:and |& )?| (?:of|for|the) )[A-Z][\w'-]+)*"
    r"|(?:[A-Z][\w'-]+\s+){1,4}(?:Agency|Administration|Commission|Panel|User Group|Office|Authority"
    r"|Executive|County)"
    r"|Cabinet Office|HM Treasury|HM Revenue (?:and|&) Customs)\b"
)
# words of a document's title, never of an organisation's name (`... Improvement Plan Kingsford Council`)
_NOT_ORG_WORDS = {"plan", "strategy", "action", "actions", "improvement", "delivery", "report", "programme",
                  "framework", "policy", "update", "tracker", "annual", "appendix", "our", "the"}


def _org_name(match: str) -> str:
    words = match.split()
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower().strip(":,") in _NOT_ORG_WORDS), default=0)
    return " ".join(words[cut:])


# headings that open a document's body, never part of its title
_NOT_TITLE = re.compile(
    r"^(\d+\.?\s*)?(contents|table of contents|introduction|foreword|executive summary|summary|background|"
    r"purpose|overview|key objectives?)\b",
    re.IGNORECASE,
)
_PERIOD_WORDS = re.compile(r"\b(plan period|period|covering|for|to|from|financial years?|fy)\b|[:()]", re.IGNORECASE)
# lines above a title that are not part of it
_FURNITURE_LINE = re.compile(r"^(version|v\d|draft|final|official|issue|updated|last updated|date|status)\b", re.IGNORECASE)
# names that authoring tools put in the author field, not people
_GENERATOR_AUTHORS = {"python-docx", "(anonymous)", "anonymous", "reportlab", "microsoft office user", "administrator",
                      "admin", "user", "owner", "author", "unknown", "windows user"}
_GENERIC_TITLES = re.compile(r"^(microsoft word - .*|untitled.*|document\d*|.*\.(docx?|pdf|rtf)|.*:.*booklet.*|\S+)$",
                             re.IGNORECASE)
# the opening lines of a document's body, not its cover: a document cut from a longer one starts here
_BODY_HEADING = re.compile(r"^(section\s+\d|chapter\s+\d|annex|appendix|part\s+[ivx\d]+\b|[ivx]{1,4}\.\s"
                           r"|\d+[a-z]?\.\s|\d+\.\d+|\d+[a-z]\.\s|unclassified\b)", re.IGNORECASE)


def plan_period(text: str) -> tuple[date | None, date | None]:
    """`2006 - 2009` -> 1 April 2006 .. 31 March 2009: UK plans run over financial years."""
    match = _YEAR_RANGE.search(text)
    if not match:
        return None, None
    first = int(match[1])
    second = match[2]
    last = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
    if last < first:
        last += 100
    if not 0 < last - first <= 25:
        return None, None
    return date(first, 4, 1), date(last, 3, 31)


def _lines_before_first_table(doc: SourceDocument) -> list[Paragraph]:
    out = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            break
        out.append(block)
    return out


def _only_period(line: str) -> bool:
    """`2006 - 2009`, `Plan period: 2024/25`: a line that names a period and nothing else."""
    return bool(_YEAR_RANGE.search(line)) and not re.search(r"[A-Za-z]{3,}", _PERIOD_WORDS.sub("", _YEAR_RANGE.sub("", line)))


def title_block(doc: SourceDocument) -> tuple[str, str]:
    """The document's title and the line naming its period, from the short lines it opens with."""
    title_lines: list[str] = []
    period_line = ""
    for p in _lines_before_first_table(doc)[:12]:
        for line in p.text.replace("\u2029", "\n").split("\n"):
            line = squash(line)
            if not line or _FURNITURE_LINE.match(line):
                continue
            if _only_period(line):
                period_line = period_line or line
                if title_lines:
                    return " ".join(title_lines), period_line  # the period closes a title block
                continue
            if _NOT_TITLE.match(line):
                return " ".join(title_lines), period_line
            # a heading-styled line may be long; plain text must be short to be part of a title
            limit = 16 if p.heading else 8
            short = len(line.split()) <= limit and not line.endswith((".", ":", ",", ";")) and len(line) <= 140
            org = _ORG.search(line)
            if short and org and _org_name(org.group(1)) != line and title_lines:
                break  # a byline (`Kingsford Council, March 2024`) after the title
            if short and not (org and _org_name(org.group(1)) == line):
                title_lines.append(line)
                if _YEAR_RANGE.search(line):
                    # `... Action Plan 2023 - 2025`: a title line naming its period ends the title
                    return " ".join(title_lines), period_line or line
                continue
            if title_lines or period_line or not short:
                return " ".join(title_lines), period_line
    return " ".join(title_lines), period_line


def author_line(doc: SourceDocument) -> tuple[str, date | None]:
    """`Author Lorraine Cox November 2010` -> ("Lorraine Cox", 2010-11-01)."""
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for line in block.text.split("\n"):
            m = _AUTHOR.match(squash(line))
            if not m:
                continue
            name = m["name"]
            when = None
            d = _MONTH_YEAR.search(name)
            if d:
                when = date(int(d[2]), _MONTHS.index(d[1].lower()) + 1, 1)
                name = name[: d.start()]
            name = re.sub(r"[,;\s\-–]+$", "", name).strip()
            if name and len(name.split()) <= 6:
                return name, when
    return "", None


def organisation(doc: SourceDocument) -> str:
    """The body that publishes the plan: from the cover, the file's properties, the running heads,
    or the imprint on the last page."""
    head = "\n".join(p.text for p in _lines_before_first_table(doc)[:20])
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    tail = "\n".join(p.text for p in paragraphs[-6:])
    for text in (doc.metadata.subject, head, doc.metadata.title, doc.metadata.author, tail):
        for line in (text or "").split("\n"):
            m = _ORG.search(line)
            if m and len(_org_name(m.group(1)).split()) > 1:
                return _org_name(m.group(1))
    return ""


def describe(doc: SourceDocument) -> dict:
    """Title, organisation, period, author and document date for one document."""
    title, period_text = title_block(doc)
    meta_title = re.sub(r"^copy of\s+", "", doc.metadata.title or "", flags=re.IGNORECASE).strip()
    usable = bool(meta_title) and not _GENERIC_TITLES.match(meta_title)
    # no title block, or one that is a body heading (a document cut from a longer one): the file's
    # own title, when it has a real one
    if usable and (not title or _BODY_HEADING.match(title)):
        title = meta_title
    start, end = plan_period(period_text or title or meta_title)
    author, when = author_line(doc)
    meta_author = doc.metadata.author if doc.metadata.author.lower() not in _GENERATOR_AUTHORS else ""
    return {
        "document_title": title,
        "organisation": organisation(doc),
        "period_start": start,
        "period_end": end,
        "author": author or meta_author,
        "document_date": when or _trusted_file_date(doc),
    }


def _trusted_file_date(doc: SourceDocument) -> date | None:
    """The file's modified or created date, only when the document's text names that year:
    templates and converters stamp dates that have nothing to do with the plan."""
    text = doc.text
    for when in (doc.metadata.modified, doc.metadata.created):
        if when and str(when.year) in text:
            return when
    return None
