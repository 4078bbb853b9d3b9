"""What cell text looks like, whatever its column is called: a reference, a date, a role, a status,
a rating, a mark in a period column, or an action written with a verb.

Column mapping, table classification and row reading all ask these questions; the words behind
them live in lexicon/structure.yaml.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import yaml

from .cleantext import squash

LEXICON = Path(__file__).parent / "lexicon" / "structure.yaml"

REF = re.compile(
    r"^(?:[A-Z]{1,4}[ .-]?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\)?\.?(?:\s*\(?(?:[a-z]|[ivx]{1,4})\))?$"
    r"|^\(?[a-z]\)$|^\(?[ivx]{1,4}\)$"
    # a number under a word that says what it numbers: `Activity 3.1`, `Action 12`, `Priority Action #2`
    r"|^(?:action|activity|item|task|commitment|recommendation|objective|priority(?: action)?|ref)\s*(?:no\.?\s*)?#?\s*"
    r"\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?:?$",
    re.IGNORECASE,
)
# bullets, numbers and letters an action cell may open with before its verb: `1.`, `a)`, `•`, `(iii)`
_OPENING = re.compile(r"^(?:[•\-–*·▪●◦]\s*|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.):]?\s+|\(?[a-z]{1,3}[.)]\s+|#\d+\s*)+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# a tick, a cross or a dot marking a cell (a timeframe ticked in one of several period columns)
MARKS = {"x", "✓", "✔", "√", "•", "●", "■", "◼", "▪", "*", "×", "✗", "y", "yes", "☒", "☑", "⬤", "o"}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    data["not_section_res"] = [re.compile(p, re.IGNORECASE) for p in data["not_section_patterns"]]
    data["furniture_res"] = [re.compile(p, re.IGNORECASE) for p in data["page_furniture"]]
    data["sub_item_re"] = re.compile(data["sub_item_ref"], re.IGNORECASE)
    data["role_re"] = re.compile(r"\b(" + "|".join(re.escape(w) for w in data["role_words"]) + r")\b", re.IGNORECASE)
    data["date_re"] = re.compile(
        r"\b(" + "|".join(re.escape(w) for w in data["date_words"]) + r")[a-z]*\b|\b(19|20)\d\d\b|\bq[1-4]\b"
        r"|\byear \d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}/(19|20)?\d\d\b"
        # periods with no date that a timeframe column still holds: `Short-term`, `1-3 Years`,
        # `Completed within 3 months`, `6 months`, `30 days`
        r"|\b(short|medium|mid|long)[\s-]*term\b|\b\d{1,2}\s*[-–]\s*\d{1,2}\s*(years?|months?)\b"
        r"|\bwithin\s+\d{1,3}\s*(days?|weeks?|months?|years?)\b|^\s*\d{1,3}\s*(days?|weeks?|months?|years?)\s*$",
        re.IGNORECASE,
    )
    data["status_re"] = re.compile(r"^(" + "|".join(re.escape(w) for w in data["status_words"]) + r")\b", re.IGNORECASE)
    data["verbs"] = frozenset(data["action_verbs"])
    return data


def looks_like_ref(text: str) -> bool:
    return bool(REF.match(text.strip()))


def is_furniture(text: str) -> bool:
    return any(r.match(text.strip()) for r in lexicon()["furniture_res"])


def is_date(text: str) -> bool:
    return bool(lexicon()["date_re"].search(text))


def is_role(text: str) -> bool:
    return bool(lexicon()["role_re"].search(text))


def is_initials(text: str) -> bool:
    """`TJ`, `JT/ TJ/ RA`, `All`: people named by their initials, as action logs do."""
    parts = [p for p in re.split(r"[\s/,&+;]+", text.strip()) if p]
    return bool(parts) and len(parts) <= 6 and all(
        (p.isupper() and 2 <= len(p) <= 4 and p.isalpha()) or p.lower() in ("all", "tbc") for p in parts)


def is_status(text: str) -> bool:
    return bool(lexicon()["status_re"].match(text)) and len(text.split()) <= 6


def is_mark(text: str) -> bool:
    return squash(text).lower() in MARKS


def is_rating(values: list[str]) -> bool:
    ratings = set(lexicon()["rating_values"])
    hits = sum(1 for v in values if v.strip().lower() in ratings or v.strip().isdigit())
    return bool(values) and hits / len(values) >= 0.8


_MODALS = {"will", "shall", "should", "must", "to", "would", "can", "may"}


def opens_with_verb(text: str) -> bool:
    """Is this written as an action: a verb first (`Develop ...`, `1. Review ...`, `To publish ...`),
    after a short label (`Priority Action #2: Plan ...`), or after who does it (`Departments will
    publish ...`, `Secretariat to invite ...`, `Data to be published ...`)? `Review of ...` is a noun."""
    text = _OPENING.sub("", squash(text).replace("\u2029", " "), count=1)
    label, colon, rest = text[:60].partition(":")
    if colon and len(label.split()) <= 5:
        return _verb_first(_OPENING.sub("", rest.strip() + text[60:], count=1)) or _verb_first(text)
    return _verb_first(text)


def _verb_first(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text[:200])]
    if not words:
        return False
    verbs = lexicon()["verbs"]
    if words[0] == "to" and len(words) > 1:
        words = words[1:]
    if words[0] in verbs and (len(words) == 1 or words[1] != "of"):
        return True
    head = words[:14]
    return any(head[i] in _MODALS and i + 1 < len(head) and (head[i + 1] in verbs or head[i + 1] == "be")
               for i in range(1, len(head)))


def share(values: list[str], test: Callable[[str], bool]) -> float:
    values = [v for v in values if v.strip()]
    return sum(1 for v in values if test(v)) / len(values) if values else 0.0


def mean_length(values: list[str]) -> float:
    values = [v for v in values if v.strip()]
    return sum(len(v) for v in values) / len(values) if values else 0.0
