"""Date atoms that are parts of a year: quarters (`Q3 2011/12`), halves (`H1`), seasons and
school terms, each of a financial or calendar year, or waiting for one."""

from __future__ import annotations

from datetime import timedelta

from .cursor import Ctx, fy_any, fy_expr, is_year, number_beside, number_word
from .dates import block_of_year, months_block, two_digit_year, year_start_month
from .model import Atom


def quarter_spec(cx: Ctx, i: int, words_key: str, hi: int):
    """`Q3`, `Qtr 3`, `Quarter three`, `3rd quarter`, `third quarter` -> (n, next i)."""
    words = cx.lex.raw[words_key]
    if cx.text(i) in words:
        return number_word(cx, cx.skip(i + 1, (".", "-"), 2), 1, hi)
    n = number_word(cx, i, 1, hi, ordinal_only=True)
    if n and cx.text(n[1]) in words and cx.text(n[1]) not in ("q", "h"):
        return n[0], n[1] + 1
    return None


def period_year(cx: Ctx, j: int):
    """The year a quarter, half or season belongs to: a financial year or a calendar one."""
    k = cx.skip(j, ("of", "in", ",", "-", "the", "/", "("), 2)
    fy = fy_any(cx, k) or fy_expr(cx, k, short_ok=True)  # `Q3 2011/12`, `Q3 11/12`
    if fy:
        return ("fy", fy[0], fy[2], fy[3] if len(fy) > 3 else False)
    # `Q3 FY22`: the financial year ending in 2022 (but in `FY22 Q3 - FY23 Q3` the dash parts two)
    marker = cx.lex.fy_words.match_at(cx.toks, cx.skip(j, ("of", "in", ",", "the", "("), 2))
    if marker:
        t = cx.tok(marker[0])
        if is_year(t):
            return ("fy", t.value - 1, marker[0] + 1, False)
        if t is not None and t.kind == "num" and len(t.text) == 2 and not t.ordinal:
            return ("fy", two_digit_year(t.value) - 1, marker[0] + 1, False)
    t = cx.tok(k)
    if is_year(t):
        return ("cal", t.value, k + 1, False)
    if t is not None and t.kind == "apos":
        return ("cal", two_digit_year(t.value), k + 1, False)
    return None


def _quarters_table(cx: Ctx, financial: bool) -> dict:
    raw = cx.lex.raw
    return raw["financial_quarters"] if financial else raw["calendar_quarters"]


def _plan_is_financial(cx: Ctx) -> bool:
    p = cx.period
    start = p.start or p.end and p.end + timedelta(days=1)
    return not (start and start.month == 1)


def rule_quarter(cx: Ctx, i: int) -> Atom | None:
    """`Q3 2011/12`, `Quarter 3 2011`, `third quarter`, or `Q3` waiting for a year."""
    spec = quarter_spec(cx, i, "quarter_words", 4)
    if not spec:
        return None
    n, j = spec
    sp = Atom("quarter", i, j, unit="quarter", months=3)
    owner = period_year(cx, j)
    if owner and owner[0] == "fy":
        sp.start, sp.end = block_of_year(owner[1], owner[3], 3 * (n - 1), 3)
        sp.rule = "quarter_of_financial_year"
    elif owner:
        sp.start, sp.end = months_block(owner[1], _quarters_table(cx, False)[n], 3)
        sp.rule = "quarter_of_calendar_year"
        sp.flags.append("calendar quarter assumed")
    else:
        sp.month = _quarters_table(cx, _plan_is_financial(cx))[n]
        sp.needs = "year"
        return sp
    sp.last = owner[2]
    return sp


def rule_half(cx: Ctx, i: int) -> Atom | None:
    """`H1 2011/12`, `first half of 2011`, `second half-year 2011/12`."""
    spec = quarter_spec(cx, i, "half_words", 2)
    if not spec:
        return None
    n, j = spec
    if cx.text(j) in ("-", "year") and cx.text(j + 1) == "year":
        j += 2
    elif cx.text(j) == "year":
        j += 1
    sp = Atom("half", i, j, unit="half", months=6)
    owner = period_year(cx, j)
    if owner and owner[0] == "fy":
        sp.start, sp.end = block_of_year(owner[1], owner[3], 6 * (n - 1), 6)
    elif owner:
        sp.start, sp.end = months_block(owner[1], 1 + 6 * (n - 1), 6)
        sp.flags.append("calendar half-year assumed")
    else:
        sp.month = (year_start_month(False) if _plan_is_financial(cx) else 1) + 6 * (n - 1)
        sp.month = (sp.month - 1) % 12 + 1
        sp.needs = "year"
        return sp
    sp.rule = "half_of_financial_year" if owner[0] == "fy" else "half_of_calendar_year"
    sp.last = owner[2]
    return sp


def rule_season(cx: Ctx, i: int) -> Atom | None:
    """`Spring 2012`, `Winter 2011/12`, `Summer '11`, `autumn term 2011`."""
    t = cx.toks[i]
    raw = cx.lex.raw
    if t.text not in raw["seasons"]:
        return None
    if t.text in raw["ambiguous_words"] and not number_beside(cx, i):
        return None
    j = i + 1
    if cx.text(j) == "term" and t.text in raw["school_terms"]:
        first, n = raw["school_terms"][t.text]
        sp = Atom("school_term", i, j + 1, unit="term", month=first, months=n)
        j += 1
    else:
        first, n = raw["seasons"][t.text]
        sp = Atom("season", i, j, unit="season", month=first, months=n)
    owner = period_year(cx, j)
    if owner is None:
        sp.needs = "year"
        return sp
    y = owner[1]
    if owner[0] == "fy" and sp.unit == "term" and first < year_start_month(True):
        y += 1  # spring and summer terms fall in the second year of an academic year
    sp.start, sp.end = months_block(y, first, n)
    sp.last = owner[2]
    sp.rule += "_of_financial_year" if owner[0] == "fy" else "_year"
    return sp
