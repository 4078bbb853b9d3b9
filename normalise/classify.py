"""Is this table an action table? A score and a reason for every table, so debug output can say why.

Contents pages, glossaries, budget and statistics tables and risk registers are left out unless
they hold actions (an action column beside a lead, a date or an outcome).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .content import opens_with_verb, share
from .headers import normalise_header
from .model import Layout

LEXICON = Path(__file__).parent / "lexicon" / "tables.yaml"
_NUMBER = re.compile(r"^[\s£$€(]*-?[\d,.]+\s*(%|k|m|bn|p)?\)?\s*$", re.IGNORECASE)
_PAGE_REF = re.compile(r"(\.{3,}|…)\s*\d+$|^\d{1,3}$")


@dataclass(frozen=True)
class Verdict:
    is_actions: bool
    score: float
    reason: str
    kind: str = "actions"  # actions, contents, glossary, budget, statistics, risk register, unknown


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return yaml.safe_load(LEXICON.read_text(encoding="utf-8"))


def _kind_hits(headers: list[str]) -> dict[str, int]:
    hits: dict[str, int] = {}
    words = [normalise_header(h) for h in headers if h.strip()]
    raw = " ".join(h for h in headers)
    for kind, spec in lexicon()["kinds"].items():
        for term in spec["headers"]:
            key = normalise_header(term)
            if (key and any(re.search(rf"\b{re.escape(key)}\b", w) for w in words)) or (not key and term in raw):
                hits[kind] = hits.get(kind, 0) + 1
    return hits


def names_table_kind(text: str) -> bool:
    """Is this header text a word of some non-action table (`Page`, `Meaning`, `£`, `Likelihood`)?"""
    return bool(_kind_hits([text]))


def classify(layout: Layout) -> Verdict:
    """Whether a grid holds actions, with a score and the reasons for it: an action column (named
    by its header, or guessed from content and written with verbs) beside a lead, a date, a status
    or a ref, and not a contents page, a glossary, a budget, statistics or a risk register."""
    headers = [c.header for c in layout.columns]
    fields = layout.fields
    body = layout.cleaned
    cells = [c for row in body for c in row if c.strip()]
    if not cells:
        return Verdict(False, 0.0, "no body rows", "unknown")
    action_col = layout.column("action")
    actions = [row[action_col] for row in body if action_col is not None and row[action_col]]
    verbs = share(actions, opens_with_verb)
    supporting = [f for f in lexicon()["supporting_fields"] if f in fields]
    named = [f for f in supporting if fields[f]]
    score = 0.0
    reasons = []
    if "action" in fields:
        score += 2.0 if fields["action"] else 0.5
        reasons.append("action column " + ("named" if fields["action"] else "guessed"))
        if verbs >= 0.5 and len(actions) >= 2:
            score += 1.5
            reasons.append(f"{verbs:.0%} of its cells written as actions")
        elif fields["action"] and verbs < 0.15 and len(actions) >= 5 or not fields["action"] and verbs < 0.3:
            # descriptions, names or categories: a register or a list of roles, not a plan; the
            # longer the list, the surer
            score -= (2.5 if len(actions) >= 20 else 1.5) if fields["action"] else 1.0
            reasons.append(f"only {verbs:.0%} of its cells written as actions")
    mapped = sum(1 for c in layout.columns if c.field)
    if len(layout.columns) >= 8 and mapped * 2 < len(layout.columns):
        score -= 1.5
        reasons.append(f"{len(layout.columns) - mapped} of {len(layout.columns)} columns hold nothing a plan has")
    score += len(named) + 0.5 * (len(supporting) - len(named))
    if supporting:
        reasons.append("with " + ", ".join(supporting))
    hits = _kind_hits(headers)
    # years in a timeframe column and numbers in a ref column are not the figures of a statistics table
    dated = {c.index for c in layout.columns if c.field in ("timeframe", "timeframe_end", "ref")}
    counted = [c for row in body for i, c in enumerate(row) if c.strip() and i not in dated]
    numeric = sum(1 for c in counted if _NUMBER.match(c)) / len(counted) if counted else 0.0
    kind = "actions"
    # numbers beside a named action column written as actions are its schedule, not a table of figures
    if numeric >= 0.5 and not (fields.get("action") and verbs >= 0.6 and len(actions) >= 3):
        score -= 3
        kind = "budget" if hits.get("budget") else "statistics"
        reasons.append(f"{numeric:.0%} of cells are numbers")
    last_col = [row[-1] for row in body if row and row[-1].strip()]
    if (last_col and sum(1 for c in last_col if _PAGE_REF.search(c)) / len(last_col) >= 0.8 and len(body[0]) <= 3
            and not fields.get("action")):  # numbers beside a named action column point elsewhere
        score -= 3
        kind = "contents"
        reasons.append("last column is page numbers")
    # a risk register, budget or statistics table with a named action column beside an owner or a
    # date holds actions; so does a table of figures whose text is written as actions
    actionable = bool(fields.get("action")) and len(named) >= 1
    for other, n in sorted(hits.items(), key=lambda kv: -kv[1]):
        # one risk or figure word among the headers of a named action column is not a register
        if (actionable and other in ("risk register", "statistics", "budget")
                or fields.get("action") and n == 1 and len(headers) >= 3
                or verbs >= 0.6 and len(actions) >= 2 and other in ("statistics", "budget")):
            continue
        score -= 1.5 * n
        kind = other if kind == "actions" else kind
        reasons.append(f"{other} headers")
    if "action" in fields and not fields["action"] and len(body[0]) == 2 and not named and verbs < 0.5:
        short_terms = sum(1 for row in body if row[0].strip() and len(row[0].split()) <= 4) / max(1, len(body))
        if short_terms >= 0.8 and "responsible" not in fields and "timeframe" not in fields:
            score -= 2
            kind = "glossary"
            reasons.append("two columns of short terms and explanations")
    # a guessed action column needs something beside it (a lead, a date, a status, a ref), unless
    # the table is nothing but a list of actions, one column of them
    listed = len(layout.columns) == 1 and verbs >= 0.7 and len(actions) >= 3
    if listed:
        reasons.append("a one-column list of actions")
    is_actions = score >= 2.0 and "action" in fields and (fields["action"] or bool(supporting) or listed)
    if not is_actions and kind == "actions":
        kind = "unknown"
    return Verdict(is_actions, round(score, 2), "; ".join(reasons) or "nothing action-like", kind)
