"""What changed between two issues of a plan: actions added, removed, and the fields that changed
on the actions kept. The diff command and the tracking database both ask this one module.

An action keeps its identity across issues by its action_id; one whose id changed because its
wording moved slightly is matched to the best remaining action of the old issue by ref and text,
above a threshold, and the match is flagged as fuzzy.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# the fields a kept action is compared on, as the outputs print them
TRACKED = ["section", "ref", "action", "responsible", "responsible_roles", "timeframe", "timeframe_kind",
           "start_date", "end_date", "recurrence", "outcome", "linkage", "status"]
MATCH_THRESHOLD = 80.0  # 0-100: how alike a renamed action's ref and text must be to its old self


@dataclass(frozen=True)
class Change:
    change: str  # added | removed | changed
    action_id: str  # the new issue's id (the old one's for a removed action)
    ref: str
    action: str
    field: str = ""
    old: str = ""
    new: str = ""
    matched_by: str = ""  # id | fuzzy, for a kept action
    old_id: str = ""  # the old issue's id, when a fuzzy match joined two ids


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _similarity(old: dict, new: dict) -> float:
    from rapidfuzz import fuzz

    text = fuzz.token_sort_ratio(_text(old.get("action")), _text(new.get("action")))
    if _text(old.get("ref")) and _text(old.get("ref")) == _text(new.get("ref")):
        return min(100.0, text + 15)  # the same ref makes a close wording a match
    return text


def match(old: Iterable[dict], new: Iterable[dict]) -> tuple[list[tuple[dict, dict, str]], list[dict], list[dict]]:
    """(kept pairs (old, new, how), added, removed): by action_id, then by the best fuzzy match."""
    old, new = list(old), list(new)
    by_id = {a["action_id"]: a for a in old}
    pairs: list[tuple[dict, dict, str]] = []
    left_new = []
    for action in new:
        twin = by_id.pop(action["action_id"], None)
        if twin is not None:
            pairs.append((twin, action, "id"))
        else:
            left_new.append(action)
    left_old = list(by_id.values())
    scored = sorted(((_similarity(o, n), i, j) for i, o in enumerate(left_old) for j, n in enumerate(left_new)),
                    reverse=True)
    used_old: set[int] = set()
    used_new: set[int] = set()
    for score, i, j in scored:
        if score < MATCH_THRESHOLD:
            break
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((left_old[i], left_new[j], "fuzzy"))
    added = [a for j, a in enumerate(left_new) if j not in used_new]
    removed = [a for i, a in enumerate(left_old) if i not in used_old]
    return pairs, added, removed


def compare_runs(old: Iterable[dict], new: Iterable[dict]) -> list[Change]:
    """compare(), plan by plan: actions grouped by their document's title (file name when untitled),
    so a folder of many plans is compared with its re-issue without pairing across plans. Two
    single plans are compared whole, whatever their titles."""
    old, new = list(old), list(new)

    def plan(a: dict) -> str:
        return " ".join((a.get("document_title") or a.get("source_file") or "").lower().split())

    old_plans, new_plans = {plan(a) for a in old}, {plan(a) for a in new}
    if len(old_plans) <= 1 and len(new_plans) <= 1:
        return compare(old, new)
    changes: list[Change] = []
    for key in dict.fromkeys([plan(a) for a in new] + [plan(a) for a in old]):
        changes += compare([a for a in old if plan(a) == key], [a for a in new if plan(a) == key])
    return changes


def compare(old: Iterable[dict], new: Iterable[dict]) -> list[Change]:
    """Every change from `old` to `new` (actions as output rows), in the new issue's order."""
    old, new = list(old), list(new)
    pairs, added, removed = match(old, new)
    changes: list[Change] = []
    order = {id(a): n for n, a in enumerate(new)}
    for before, after, how in sorted(pairs, key=lambda p: order.get(id(p[1]), 0)):
        for field in TRACKED:
            was, now = _text(before.get(field)), _text(after.get(field))
            if was != now:
                changes.append(Change("changed", after["action_id"], _text(after.get("ref")), _text(after.get("action")),
                                      field, was, now, how, before["action_id"] if how == "fuzzy" else ""))
        if how == "fuzzy" and not any(c.action_id == after["action_id"] for c in changes):
            changes.append(Change("changed", after["action_id"], _text(after.get("ref")), _text(after.get("action")),
                                  "action_id", before["action_id"], after["action_id"], how, before["action_id"]))
    changes += [Change("added", a["action_id"], _text(a.get("ref")), _text(a.get("action"))) for a in added]
    changes += [Change("removed", a["action_id"], _text(a.get("ref")), _text(a.get("action"))) for a in removed]
    return changes
