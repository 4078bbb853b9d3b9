"""Shapes of short texts the PDF finders judge lines by: a caption, a figure, a line ending mid-phrase.

One pattern per shape, shared by the layout, borderless and band finders so they cannot drift apart.
"""
from __future__ import annotations

import re

# `Table 3`, `Figure 2.1`, `Appendix B`: a numbered or lettered caption (a lone letter in capitals,
# so that `Schedule a review` stays an action)
CAPTION = re.compile(
    r"^(?i:table|figure|exhibit|chart|appendix|annex|schedule)\s+(?:[A-Za-z]?[\d.\-–]*\d[a-z]?|[A-Z])\b"
)
# a number, a count, a percentage, money: (22.9), £1,200, 15%
FIGURE = r"[\s(+\-–—$£€¥%*]*\d[\d,.\s]*[%)*]*"
# a line ending in one of these carries on into the next: `Head of` / `Housing`
_CONNECTOR_END = re.compile(r"([-/,&(]|\b(and|or|of|the|to|in|for|with|on|by|a|an))$", re.IGNORECASE)


def is_caption(text: str) -> bool:
    return bool(CAPTION.match(text))


def ends_mid_phrase(text: str) -> bool:
    """The text stops on a connector word or mark, so the next line finishes its phrase."""
    return bool(_CONNECTOR_END.search(text.rstrip()))
