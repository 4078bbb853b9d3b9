"""Date atoms of whole years: financial and academic years (`2011/12`, `FY12`, `11/12`),
year ends, plan years (`Year 2`) and calendar years (`2011`, `'11`)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .cursor import Ctx, fy_any, fy_expr, is_year, month_at, number_word
from .dates import block_of_year, safe_date, two_digit_year, year_start_month
from .model import Atom
from .parts import period_year, quarter_spec


def _fy_span(rule: str, i: int, j: int, y1: int, y2: int, academic: bool) -> Atom:
    """Financial (or academic) years y1..y2 as an atom; more than one is a flagged span."""
    sm = year_start_month(academic)
    start, end = date(y1, sm, 1), date(y2, sm, 1) - timedelta(days=1)
    sp = Atom(rule, i, j, start, end, unit="fy" if y2 == y1 + 1 else "span")
    if y2 != y1 + 1:
        sp.flags.append("year span read as financial years")
    return sp


def rule_financial_year(cx: Ctx, i: int) -> Atom | None:
    """`2011/12`, `FY 2011/12`, `FY11/12`, `academic year 2011/12`, `2011/12 Q3`, `FY12`."""
    fy = fy_any(cx, i)
    if fy is None:
        marker = cx.lex.fy_words.match_at(cx.toks, i)
        if not marker:
            return None
        # `FY 2012`, `FY12`: the financial year ending in that year
        t = cx.tok(marker[0])
        if is_year(t):
            y2 = t.value
        elif t is not None and t.kind == "num" and len(t.text) == 2 and not t.ordinal:
            y2 = two_digit_year(t.value)
        else:
            return None
        sp = _fy_span("financial_year_ending", i, marker[0] + 1, y2 - 1, y2, False)
        sp.flags.append("financial year read as the year ending in March")
        return _with_part(cx, sp, y2 - 1, False)  # `FY22 Q3`
    y1, y2, j, academic = fy
    sp = _fy_span("academic_year" if academic else "financial_year", i, j, y1, y2, academic)
    if sp.unit != "fy":
        return sp
    return _with_part(cx, sp, y1, academic)  # `2011/12 Q3`, `2011/12 (H1)`


def _with_part(cx: Ctx, sp: Atom, y1: int, academic: bool) -> Atom:
    """A financial year followed by a quarter or half of it narrows to that part."""
    k = cx.skip(sp.last, ("(", ",", "-", ":"), 2)
    for words, months, hi in (("quarter_words", 3, 4), ("half_words", 6, 2)):
        spec = quarter_spec(cx, k, words, hi)
        if spec and not period_year(cx, spec[1]):  # `2011/12 - Q1 2012/13`: two atoms
            n, k2 = spec
            sp.start, sp.end = block_of_year(y1, academic, months * (n - 1), months)
            sp.unit = "quarter" if months == 3 else "half"
            sp.rule = f"financial_year_{sp.unit}"
            sp.last = cx.skip(k2, (")",), 1)
            break
    return sp


def rule_month_year_numeric(cx: Ctx, i: int) -> Atom | None:
    """`09/2023`, `9/2023`, `12-2022`: a month and a four-digit year written as numbers."""
    t, sep, t2 = cx.tok(i), cx.tok(i + 1), cx.tok(i + 2)
    if t is None or sep is None or t.kind != "num" or t.ordinal or len(t.text) > 2 \
            or sep.text not in ("/", "-", ".") or not is_year(t2) or not 1 <= t.value <= 12:
        return None
    start = date(t2.value, t.value, 1)
    end = date(t2.value, t.value, calendar.monthrange(t2.value, t.value)[1])
    return Atom("month_year_numeric", i, i + 3, start, end, unit="month", months=1)


def rule_short_pair(cx: Ctx, i: int) -> Atom | None:
    """`11/12`: a financial year when consecutive, else a day and month (`31/03`)."""
    t, sep, t2 = cx.tok(i), cx.tok(i + 1), cx.tok(i + 2)
    if t is None or sep is None or t2 is None or sep.text != "/" or t.kind != "num" \
            or t2.kind != "num" or len(t.text) > 2 or len(t2.text) > 2:
        return None
    fy = fy_expr(cx, i, short_ok=True)
    if fy:
        sp = _fy_span("short_financial_year", i, fy[2], fy[0], fy[1], False)
        sp.flags.append("financial year assumed from short form")
        return sp
    if safe_date(2000, t2.value, t.value) is None:
        return None
    return Atom("day_month_numeric", i, i + 3, unit="day", month=t2.value, months=1,
                day=t.value, needs="year")


def rule_year_end(cx: Ctx, i: int) -> Atom | None:
    """`by year end`, `end of the financial year`: 31 March of a year the plan must give."""
    hit = cx.lex.year_end.match_at(cx.toks, i)
    if not hit:
        return None
    j, which, _ = hit
    k = cx.skip(j, ("of", "the", ",", "-", "(", "in", ":"), 3)
    nxt = cx.tok(k)
    if nxt is not None and (nxt.kind in ("num", "apos", "date") or month_at(cx, k)
                            or cx.lex.fy_words.match_at(cx.toks, k)):
        return None  # `year end 2011/12`: the words are a marker of the date after them
    between = cx.toks[cx.last_end:i] if cx.last_end >= 0 else None
    if between is not None and all(t.kind == "punct" or t.text in ("the", "of") for t in between):
        return None  # `2011/12 year end`: a marker of the date before
    month = 12 if which == "calendar" else (year_start_month(False) - 2) % 12 + 1
    last_day = calendar.monthrange(2001, month)[1]
    return Atom(f"{which}_year_end", i, j, unit="day", month=month, months=1, day=last_day,
                needs="year", implied="end")


def rule_plan_year(cx: Ctx, i: int) -> Atom | None:
    """`Year 1`, `Years 1-3`, `first year`: counted from the plan's start."""
    words = cx.lex.raw["plan_year_words"]
    if cx.text(i) in words:
        a = number_word(cx, i + 1, 1, 10)
        if not a:
            return None
        lo = hi = a[0]
        j = a[1]
        if cx.text(j) in ("-", "to", "and", "&"):
            b = number_word(cx, cx.skip(j + 1, words, 1), 1, 10)
            if b and b[0] > a[0]:
                hi, j = b[0], b[1]
    else:
        a = number_word(cx, i, 1, 10, ordinal_only=True)
        if not a or cx.text(a[1]) not in words:
            return None
        lo = hi = a[0]
        j = a[1] + 1
    return Atom("plan_year", i, j, unit="year" if lo == hi else "span", needs="plan",
                plan_years=(lo, hi))


CURRENCY = ("£", "$", "€")
_AMOUNT_AFTER = ("%", "k", "m", "bn", "million", "pounds", "hours", "hrs", "people", "staff")


def rule_year(cx: Ctx, i: int) -> Atom | None:
    """`2011`, `'11`: a whole calendar year."""
    t = cx.toks[i]
    if t.kind == "apos":
        y = two_digit_year(t.value)
    elif is_year(t):
        if cx.text(i - 1) in CURRENCY or cx.text(i + 1) in _AMOUNT_AFTER:
            return None
        if cx.text(i - 1) in (",", ".") and cx.tok(i - 2) and cx.tok(i - 2).kind == "num":
            return None  # `1,2011` is a number, not a year
        y = t.value
    else:
        return None
    return Atom("year", i, i + 1, date(y, 1, 1), date(y, 12, 31), unit="year")
