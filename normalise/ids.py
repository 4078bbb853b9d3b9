"""Stable action ids: the same action keeps its id in a re-run and in a re-issue whose status changed.

The id hashes what identifies an action (plan title, section, ref, action wording), never its
status, progress, page or file name; `unique_ids` settles the rare clash within one run.
"""
from __future__ import annotations

import hashlib
import re

from .records import Action


def _key_text(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def action_key(plan: str, section: str, ref: str, action: str, occurrence: int = 0) -> str:
    parts = [_key_text(plan), _key_text(section), ref.strip().lower(), _key_text(action), str(occurrence)]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def assign_ids(actions: list[Action], plan: str) -> None:
    """Give each action of one document its id; identical rows in one plan count up an occurrence."""
    seen: dict[tuple, int] = {}
    for action in actions:
        identity = (_key_text(action.section), action.ref.strip().lower(), _key_text(action.action))
        occurrence = seen.get(identity, 0)
        seen[identity] = occurrence + 1
        action.action_id = action_key(plan, action.section, action.ref, action.action, occurrence)


def unique_ids(documents: list[list[Action]]) -> None:
    """Within one run, a later document whose ids clash with an earlier one's (the same plan in two
    formats, say) gets ids salted with its file path; documents are taken in run order."""
    used: set[str] = set()
    for actions in documents:
        if any(a.action_id in used for a in actions):
            for a in actions:
                a.action_id = hashlib.sha1(f"{a.source_file}\x1f{a.action_id}".encode()).hexdigest()[:16]
        used.update(a.action_id for a in actions)
