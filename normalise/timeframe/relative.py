"""Relative phrases (`next year`, `this financial year`, `within 6 months`, `immediately`):
found as atoms, and given dates from the document date only, never the clock."""

from __future__ import annotations

from datetime import date, timedelta

from .cursor import Ctx, number_word
from .dates import add_months, month_end, year_start_month
from .model import Atom


def rule_relative(cx: Ctx, i: int) -> Atom | None:
    """`next year`, `this financial year`, `within 6 months`, `3 months`, `immediately`."""
    lex, toks = cx.lex, cx.toks
    hit = lex.rel_direction.match_at(toks, i)
    if hit:
        unit = lex.rel_units.match_at(toks, hit[0])
        if unit:
            return Atom("relative_period", i, unit[0], needs="doc",
                        relative=("period", hit[1], unit[1]))
    hit = lex.rel_within.match_at(toks, i)
    j = hit[0] if hit else i
    t = cx.tok(j)
    n = number_word(cx, j, 1, 99)
    if n is None and t is not None and t.text in lex.raw["articles"] and hit:
        n = (1, j + 1)
    if n:
        unit = lex.duration_units.match_at(toks, n[1])
        if unit:
            k = unit[0]
            tail = lex.duration_suffix.match_at(toks, k)
            return Atom("relative_duration", i, tail[0] if tail else k, needs="doc",
                        relative=("duration", n[0], unit[1]), implied="due")
    hit = lex.immediate.match_at(toks, i)
    if hit:
        return Atom("relative_now", i, hit[0], needs="doc", relative=("now", 0, ""),
                    implied="from")
    return None


def place_relative(cx: Ctx, sp: Atom) -> bool:
    """Dates for a relative atom from the document date; False when the plan gives none."""
    doc = cx.period.document_date
    if doc is None:
        return False
    what, n, unit = sp.relative
    if what == "now":
        sp.start = sp.end = doc
    elif what == "duration":
        if unit in ("days", "weeks"):
            end = doc + timedelta(days=n * (7 if unit == "weeks" else 1))
        else:
            end = add_months(doc, n * (12 if unit == "years" else 1))
        sp.start, sp.end = doc, end
    elif unit == "year":
        sp.start, sp.end = date(doc.year + n, 1, 1), date(doc.year + n, 12, 31)
    elif unit == "financial_year":
        sm = year_start_month(False)
        y = (doc.year if doc.month >= sm else doc.year - 1) + n
        sp.start, sp.end = date(y, sm, 1), date(y + 1, sm, 1) - timedelta(days=1)
        sp.unit = "fy"
    elif unit == "month":
        first = add_months(doc.replace(day=1), n)
        sp.start, sp.end = first, month_end(first)
        sp.unit = "month"
    elif unit == "quarter":
        first = doc.replace(day=1, month=(doc.month - 1) // 3 * 3 + 1)
        sp.start = add_months(first, 3 * n)
        sp.end = month_end(add_months(sp.start, 2))
        sp.unit = "quarter"
    else:  # week, Monday to Sunday
        monday = doc - timedelta(days=doc.weekday()) + timedelta(days=7 * n)
        sp.start, sp.end = monday, monday + timedelta(days=6)
    sp.needs = ""
    sp.flags.append("relative timeframe resolved from document date")
    return True
