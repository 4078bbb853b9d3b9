"""Placing year-less atoms: a year borrowed from a neighbouring atom, else from the plan
period or the document date; plan years (`Year 2`) counted from the plan's start."""

from __future__ import annotations

from datetime import timedelta

from .cursor import Ctx
from .dates import add_years, month_end
from .model import Atom


def place_in_year(cx: Ctx, sp: Atom) -> bool:
    """Give a year-less atom its year from the plan period or the document date."""
    p = cx.period
    years = []
    if p.start:
        floor = p.start.replace(day=1)
        years = [(y, "plan period") for y in range(p.start.year - 1, p.start.year + 6)
                 if (d := sp.fill(y)) and d[0] >= floor]
    elif p.end:
        ceiling = month_end(p.end)
        years = [(y, "plan period") for y in range(p.end.year + 1, p.end.year - 6, -1)
                 if (d := sp.fill(y)) and d[1] <= ceiling]
    elif p.document_date:
        floor = p.document_date.replace(day=1)
        years = [(y, "document date") for y in range(p.document_date.year - 1,
                                                       p.document_date.year + 6)
                 if (d := sp.fill(y)) and d[1] >= floor]
    if not years:
        return False
    y, source = years[0]
    sp.start, sp.end = sp.fill(y)
    sp.needs = ""
    sp.flags.append(f"timeframe year inferred from {source}")
    return True


def place_plan_year(cx: Ctx, sp: Atom) -> bool:
    """`Year 2`: the plan's second year from its start date; False without a plan start."""
    start = cx.period.start
    if start is None:
        return False
    lo, hi = sp.plan_years
    sp.start = add_years(start, lo - 1)
    sp.end = add_years(start, hi) - timedelta(days=1)
    sp.needs = ""
    sp.flags.append("timeframe year inferred from plan period")
    return True


def borrow_years(chain: list[Atom]) -> None:
    """`Apr-Jun 2011`, `Nov - Feb 2012`, `March 2011 to June`: a year from a neighbour."""
    for k in range(len(chain) - 2, -1, -1):  # backwards: the year is usually written last
        sp, nxt = chain[k], chain[k + 1]
        if sp.needs == "year" and nxt.start:
            y = nxt.start.year
            dates = sp.fill(y)
            if dates and dates[0] > nxt.start:
                dates = sp.fill(y - 1)
            if dates:
                sp.start, sp.end = dates
                sp.needs = ""
    for k in range(1, len(chain)):
        sp, prev = chain[k], chain[k - 1]
        if sp.needs == "year" and prev.start:
            y = prev.start.year
            dates = sp.fill(y)
            if dates and dates[0] < prev.start:
                dates = sp.fill(y + 1)
            if dates:
                sp.start, sp.end = dates
                sp.needs = ""
