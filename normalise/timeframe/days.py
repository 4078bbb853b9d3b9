"""Date atoms of days and months: `31/03/2012`, `1-15 March 2012`, `31st March 2012`,
`March 31, 2012`, `Christmas 2011`, `March 2012`, each with the year written after it or none."""

from __future__ import annotations

from .cursor import Ctx, fy_expr, is_year, month_at, number_word, year_token
from .dates import months_block, numeric_date, safe_date, year_start_month
from .model import Atom


def rule_numeric_date(cx: Ctx, i: int) -> Atom | None:
    """`31/03/2012`, `31.3.12`, `2012-03-31`: one token, day first unless ISO."""
    t = cx.toks[i]
    if t.kind != "date":
        return None
    day = numeric_date(t.text)
    if day is None:
        cx.flags.append("impossible date")
        return None
    return Atom("numeric_date", i, i + 1, day, day)


def rule_day_range(cx: Ctx, i: int) -> Atom | None:
    """`1-15 March 2012`, `1st to 15th April`."""
    a = number_word(cx, i, 1, 31)
    if not a or cx.text(a[1]) not in ("-", "to", "and", "&"):
        return None
    b = number_word(cx, a[1] + 1, 1, 31)
    if not b or b[0] <= a[0]:
        return None
    k = cx.skip(b[1], ("of",), 1)
    m = month_at(cx, k)
    if m is None:
        return None
    sp = Atom("day_range", i, k + 1, unit="span", month=m, months=1, day=a[0], day_end=b[0])
    return _with_year(cx, sp, k + 1)


def _with_year(cx: Ctx, sp: Atom, j: int) -> Atom | None:
    """Give an atom the year written after it, or leave it waiting for one."""
    yr = year_token(cx, cx.skip(j, (".",), 1), sp.flags, day_given=bool(sp.day))
    if yr:
        dates = sp.fill(yr[0])
        if dates is None:
            cx.flags.append("impossible date")
            return None
        sp.start, sp.end = dates
        sp.last = yr[1]
    else:
        if sp.day and safe_date(2000, sp.month, sp.day) is None:  # 2000: a leap year
            cx.flags.append("impossible date")
            return None
        sp.needs = "year"
    return sp


def rule_day_month(cx: Ctx, i: int) -> Atom | None:
    """`31 March 2012`, `31st Mar 12`, `Monday 4th April 2011`, `the fifth of May 2011`."""
    k = i
    if cx.text(k) in cx.lex.raw["weekdays"]:
        k = cx.skip(k + 1, (",",), 1)
    k = cx.skip(k, ("the",), 1)
    d = number_word(cx, k, 1, 31)
    if not d:
        return None
    if cx.tok(k).kind == "word" and not cx.lex.ordinal_words.match_at(cx.toks, k):
        return None  # `three April` is not a day
    k = cx.skip(d[1], ("of", "-", "/", ".", ","), 2)
    m = month_at(cx, k)
    if m is None:
        return None
    return _with_year(cx, Atom("day_month", i, k + 1, month=m, months=1, day=d[0]), k + 1)


def rule_month_day(cx: Ctx, i: int) -> Atom | None:
    """`March 31, 2012`, `April 1st`: a month written before its day."""
    m = month_at(cx, i)
    if m is None:
        return None
    k = cx.skip(i + 1, (".",), 1)
    t = cx.tok(k)
    if t is None or t.kind != "num" or len(t.text) > 2 or not 1 <= t.value <= 31:
        return None
    k2 = cx.skip(k + 1, (",",), 1)
    has_year = is_year(cx.tok(k2))
    if not (t.ordinal or has_year):
        return None
    sp = Atom("month_day", i, k + 1, month=m, months=1, day=t.value)
    if has_year:
        day = safe_date(cx.toks[k2].value, m, t.value)
        if day is None:
            cx.flags.append("impossible date")
            return None
        sp.start = sp.end = day
        sp.last = k2 + 1
        return sp
    if safe_date(2000, m, t.value) is None:
        return None
    sp.needs = "year"
    return sp


def rule_named_day(cx: Ctx, i: int) -> Atom | None:
    """`Christmas 2011`, `by Christmas`: a named day with a fixed date."""
    hit = cx.lex.named_days.match_at(cx.toks, i)
    if not hit:
        return None
    (month, day), j = hit[1], hit[0]
    return _with_year(cx, Atom("named_day", i, j, month=month, months=1, day=day), j)


def rule_month(cx: Ctx, i: int) -> Atom | None:
    """`March 2012`, `Mar-12`, `July '10`, `March 2011/12`, or `April` waiting for a year."""
    m = month_at(cx, i)
    if m is None:
        return None
    j = cx.skip(i + 1, (".",), 1)
    sp = Atom("month_year", i, j, unit="month", month=m, months=1)
    fy = fy_expr(cx, cx.skip(j, (",", "-"), 1))
    if fy and fy[1] == fy[0] + 1:
        y = fy[0] if m >= year_start_month(False) else fy[1]
        sp.rule = "month_of_financial_year"
        sp.start, sp.end = months_block(y, m, 1)
        sp.last = fy[2]
        return sp
    yr = year_token(cx, j, sp.flags)
    if yr is None:
        sp.rule = "month"
        sp.needs = "year"
        return sp
    sp.start, sp.end = months_block(yr[0], m, 1)
    sp.last = yr[1]
    return sp
