"""Column headers to contract fields: synonyms from lexicon/headers.yaml, tolerant of broken layout.

`match_header("ction")` -> action; `fields_in_text("Timeframe Outcome")` -> [timeframe, outcome].
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON = Path(__file__).parent / "lexicon" / "headers.yaml"
FIELDS = ("ref", "section", "action", "responsible", "timeframe", "outcome", "linkage", "status")


@dataclass(frozen=True)
class HeaderMatch:
    field: str
    score: float  # 1.0 exact synonym; lower for truncated, fuzzy or partial matches
    how: str  # exact, part, truncated, fuzzy


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    """normalised synonym -> field, in lexicon order."""
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for field, words in data.items():
        for word in words:
            table.setdefault(normalise_header(word), field)
    return table


def normalise_header(text: str) -> str:
    text = text.lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def match_header(text: str) -> HeaderMatch | None:
    """The field a header cell names, or None."""
    key = normalise_header(text)
    if not key or len(key) > 60:
        return None
    table = synonyms()
    if key in table:
        return HeaderMatch(table[key], 1.0, "exact")
    joined = key.replace(" ", "")
    for syn, field in table.items():
        if syn.replace(" ", "") == joined:
            return HeaderMatch(field, 0.95, "exact")
    # `Purpose / Outcome`, `Responsible Officer/Body`, `Progress (RAG)`: the first part that names a field
    parts = [p for p in re.split(r"\s*(?:/|\(|\)|,|&|\band\b|\bor\b)\s*", text.lower()) if p.strip()]
    if len(parts) > 1:
        named = [table[normalise_header(p)] for p in parts if normalise_header(p) in table]
        if named:
            # `Output/Activity`: the action, when one part names it; else the first part's field
            return HeaderMatch("action" if "action" in named else named[0], 0.9, "part")
    found = fields_in_text(text)
    if len(found) == 1:
        return HeaderMatch(found[0], 0.85, "part")
    if len(found) > 1:
        # a compound names what its head noun names: `Priority Action` is an action, `Action Owner`
        # a person, `Description of Milestone` a description (the head comes before `of` / `for`)
        head = re.split(r"\b(?:of|for|on|about)\b", normalise_header(text), maxsplit=1)[0]
        named = fields_in_text(head)
        if named:
            return HeaderMatch(named[-1], 0.8, "head")
    truncated = _truncated(joined, table)
    if truncated:
        return truncated
    return _fuzzy(key, table)


def _truncated(joined: str, table: dict[str, str]) -> HeaderMatch | None:
    """`ction`, `ion` (clipped at the left) or `Timefr` (clipped at the right)."""
    if len(joined) < 3:
        return None
    best: tuple[float, str] | None = None
    for syn, field in table.items():
        target = syn.replace(" ", "")
        if len(target) <= len(joined) or len(target) < 4:
            continue
        if target.endswith(joined) or target.startswith(joined):
            cover = len(joined) / len(target)
            if cover >= 0.4 and (best is None or cover > best[0]):
                best = (cover, field)
    if best:
        return HeaderMatch(best[1], 0.5 + best[0] / 4, "truncated")
    return None


def _fuzzy(key: str, table: dict[str, str]) -> HeaderMatch | None:
    from rapidfuzz import fuzz, process

    if len(key) < 4:
        return None
    hit = process.extractOne(key, list(table), scorer=fuzz.ratio, score_cutoff=88)
    if hit:
        return HeaderMatch(table[hit[0]], hit[1] / 100 * 0.8, "fuzzy")
    return None


def fields_in_text(text: str) -> list[str]:
    """Every field named in a run of header words, in order: `Action Timeframe Outcome` -> 3 fields."""
    words = normalise_header(text).split()
    table = synonyms()
    longest = max((len(s.split()) for s in table), default=1)
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            if phrase in table:
                if not found or found[-1] != table[phrase]:
                    found.append(table[phrase])
                i += n
                break
        else:
            i += 1
    return found


def is_header_text(text: str) -> bool:
    """A line made only of header words (`Action Timeframe Outcome`), such as a header printed as text."""
    words = normalise_header(text).split()
    if not 2 <= len(words) <= 12:
        return False
    table = synonyms()
    covered = 0
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            if " ".join(words[i:i + n]) in table:
                covered += n
                i += n
                break
        else:
            i += 1
    return covered == len(words) and len(fields_in_text(text)) >= 2


def header_score(cells: list[str]) -> float:
    """How much a row looks like a header row: share of its non-empty cells that name a field."""
    texts = [c for c in cells if c.strip()]
    if not texts or any(len(t) > 80 for t in texts):
        return 0.0
    fields: set[str] = set()
    total = 0.0
    for text in texts:
        m = match_header(text)
        if m:
            fields.add(m.field)
            total += m.score
        elif is_header_text(text):
            # two headers run together in one cell (`Timeframe Outcome`)
            fields.update(fields_in_text(text))
            total += 0.9
    if len(fields) < 2:
        return 0.0
    return total / len(texts)
