"""The atom rules in the order they are tried, and the scan that finds the date atoms in a
cell's tokens (the first rule that reads a token wins)."""

from __future__ import annotations

from .cursor import Ctx
from .days import (
    rule_day_month,
    rule_day_range,
    rule_month,
    rule_month_day,
    rule_named_day,
    rule_numeric_date,
)
from .model import Atom
from .parts import rule_half, rule_quarter, rule_season
from .relative import rule_relative
from .years import (
    rule_financial_year,
    rule_month_year_numeric,
    rule_plan_year,
    rule_short_pair,
    rule_year,
    rule_year_end,
)

RULES = (
    rule_numeric_date, rule_day_range, rule_day_month, rule_month_day, rule_quarter,
    rule_half, rule_season, rule_named_day, rule_month, rule_financial_year, rule_month_year_numeric,
    rule_short_pair, rule_year_end, rule_plan_year, rule_relative, rule_year,
)


def tokens_to_atoms(cx: Ctx, skip: set[int]) -> list[Atom]:
    """The date atoms in the cell, left to right; tokens in `skip` (repeat words) start none."""
    atoms, i = [], 0
    while i < len(cx.toks):
        found = None
        if i not in skip:
            for rule in RULES:
                found = rule(cx, i)
                if found:
                    break
        if found:
            atoms.append(found)
            cx.last_end = found.last
            i = found.last
        else:
            i += 1
    return atoms
