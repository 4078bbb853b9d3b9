"""Date arithmetic the rules share: safe dates, month ends and blocks of months, thirds of a
period, two-digit years, the start of financial and academic years, UK numeric dates."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .vocabulary import lexicon


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def add_months(d: date, n: int) -> date:
    """The same day n months on, clamped to the month's length."""
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def months_block(y: int, first_month: int, n: int) -> tuple[date, date]:
    """n whole months starting at first_month of year y (may run into the next year)."""
    start = date(y, first_month, 1)
    return start, month_end(add_months(start, n - 1))


def whole_months(start: date, end: date) -> int:
    """How many whole months start..end covers, or 0 when it is not whole months."""
    if start.day != 1 or end != month_end(end):
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def two_digit_year(yy: int) -> int:
    pivot = lexicon().raw["two_digit_year_pivot"]
    return 2000 + yy if yy < pivot else 1900 + yy


def add_years(d: date, n: int) -> date:
    return add_months(d, 12 * n)


def year_start_month(academic: bool) -> int:
    raw = lexicon().raw
    return raw["academic_year_start_month"] if academic else raw["financial_year_start_month"]


def block_of_year(y1: int, academic: bool, offset: int, n: int) -> tuple[date, date]:
    """n months starting `offset` months into the (financial or academic) year from y1."""
    start = add_months(date(y1, year_start_month(academic), 1), offset)
    return months_block(start.year, start.month, n)


def thirds(start: date, end: date, which: int) -> tuple[date, date]:
    """early (0), mid (1), late (2): a third of a period, by months or by days."""
    months = whole_months(start, end)
    if months >= 3 and months % 3 == 0:
        step = months // 3
        s = add_months(start, step * which)
        return s, month_end(add_months(s, step - 1))
    if months == 1:
        bounds = ((1, 10), (11, 20), (21, end.day))
        lo, hi = bounds[which]
        return start.replace(day=lo), start.replace(day=hi)
    days = (end - start).days + 1
    if days < 3:
        return start, end
    lo = start + timedelta(days=days * which // 3)
    hi = start + timedelta(days=days * (which + 1) // 3 - 1)
    return lo, hi


def numeric_date(text: str) -> date | None:
    """`31/03/2012`, `31.3.12`, `2012-03-31` (a date token's text); None when impossible."""
    parts = [int(p) for p in re.split(r"[/.-]", text)]
    if len(text.split("-")[0]) == 4:  # ISO year-month-day
        y, m, d = parts
    else:  # UK day-first, always
        d, m, y = parts
        if y < 100:
            y = two_digit_year(y)
    return safe_date(y, m, d)
