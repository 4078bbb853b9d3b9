"""The fast path: the commonest cells (`July 2010`, `By December 2010`, `31/03/2012`, `2011/12`)
read by three regular expressions, skipping tokens and rules; tests check both paths agree."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import months_block, safe_date, year_start_month
from .model import Timeframe
from .tokens import tokenise
from .vocabulary import lexicon

_FAST_MONTH = re.compile(r"(?:([a-z][a-z ]{0,30}?) )?([a-z]{3,9})\.? (\d{4})")
_FAST_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_FAST_FY = re.compile(r"(\d{4})/(\d{2})")
_FAST_KINDS = {"due": "due", "until": "due", "end": "due", "from": "from"}


def fast_path(text: str, cleaned: str) -> Timeframe | None:
    """The answer for a common cell, or None when the full rules must read it."""
    low = cleaned.lower()
    lex = lexicon()
    lo, hi = lex.raw["year_range"]
    m = _FAST_MONTH.fullmatch(low)
    if m:
        marker, word, year = m.group(1), m.group(2), int(m.group(3))
        month = lex.month_of.get(word)
        if month is None or not lo <= year <= hi:
            return None
        start, end = months_block(year, month, 1)
        if marker is None:
            return Timeframe(text, "during", start, end, rule="during <- month_year")
        key = tuple(marker.split())
        kind = _FAST_KINDS.get(lex.prefix_first.exact.get(key, "?"))
        marker_toks = tokenise(marker)
        if kind is None or lex.recurrence.find(marker_toks) or lex.provisional.find(marker_toks):
            return None
        name = " ".join(key)
        if kind == "due":
            return Timeframe(text, "due", None, end, rule=f"due[{name}] <- month_year")
        return Timeframe(text, "from", start, None, rule=f"from[{name}] <- month_year")
    m = _FAST_DATE.fullmatch(low)
    if m:
        day = safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if day is None or not lo <= day.year <= hi:
            return None
        return Timeframe(text, "during", day, day, rule="during <- numeric_date")
    m = _FAST_FY.fullmatch(low)
    if m:
        y1 = int(m.group(1))
        if not lo <= y1 <= hi or int(m.group(2)) != (y1 + 1) % 100:
            return None
        sm = year_start_month(False)
        start, end = date(y1, sm, 1), date(y1 + 1, sm, 1) - timedelta(days=1)
        return Timeframe(text, "during", start, end, rule="during <- financial_year")
    return None
