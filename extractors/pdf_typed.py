"""Table layout typed with characters instead of drawn: rules made of dashes, dot leaders, and columns
spaced out in a typewriter face (reports printed from plain text).

Such a page needs three readings before its lines go to the borderless parser (pdf_stream):
- a line of dashes, underscores or equals signs is a rule, not text: it separates rows, and it must
  not block the column corridors it crosses;
- a run of dots between a label and its figures is a gap, not a cell;
- in a monospaced face a word space is as wide as a character, wider than the gap that separates
  columns in a proportional face; columns there are set at least two spaces apart.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from .pdf_ruled import Edge
from .pdf_words import TextLine

# every glyph the same width, in this share of a page's characters, makes the page monospaced
MONOSPACED_SHARE = 0.9
# ... when it has at least this many characters to judge by
MONOSPACED_MIN_CHARS = 80
MONOSPACED_SAMPLE = 400

_RULE_CHARS = "-_=─━═"
_LEADER_CHARS = ".·…"
_RULE = re.compile(f"^[{re.escape(_RULE_CHARS)}]{{3,}}$")
_LEADER = re.compile(f"^[{re.escape(_LEADER_CHARS)}]{{3,}}$")


@dataclass(frozen=True)
class TypedPage:
    """A page's lines with typed rules taken out and leaders dropped, the rules as edges, and the
    character pitch when the page is set in a monospaced face (else None)."""

    lines: list[TextLine]
    rules: list[Edge]
    pitch: float | None


def read_typed(lines: list[TextLine]) -> TypedPage:
    pitch = monospaced_pitch(lines)
    kept: list[TextLine] = []
    rules: list[Edge] = []
    for line in lines:
        # (the first character rules most words out before a pattern is tried: this sees every word)
        if line.words[0].text[0] in _RULE_CHARS and all(_RULE.match(w.text) for w in line.words):
            rules.append(Edge(True, line.top + (line.bottom - line.top) / 2, line.x0, line.x1))
            continue
        words = [w for w in line.words if w.text[0] not in _LEADER_CHARS or not _LEADER.match(w.text)]
        if words:
            kept.append(TextLine(words) if len(words) < len(line.words) else line)
    return TypedPage(kept, rules, pitch)


def monospaced_pitch(lines: list[TextLine]) -> float | None:
    """The advance of every glyph when (nearly) all of the page's upright characters are one width."""
    # (characters read by OCR have boxes shared out evenly within their word: they prove nothing)
    # (and a sample tells: on a monospaced page every glyph is the same width)
    sample = itertools.islice((c for line in lines for w in line.words if w.dir == 0
                               for c in w.chars if not c.text.isspace() and c.conf is None), MONOSPACED_SAMPLE)
    widths = Counter(round(c.x1 - c.x0, 1) for c in sample)
    total = sum(widths.values())
    if total < MONOSPACED_MIN_CHARS:
        return None
    width, _ = widths.most_common(1)[0]
    near = sum(n for w, n in widths.items() if abs(w - width) <= 0.02 * width + 0.05)
    return width if width > 0 and near >= MONOSPACED_SHARE * total else None
