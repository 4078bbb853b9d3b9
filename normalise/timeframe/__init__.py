"""Resolve a timeframe cell (`By December 2010`, `Q3 2011/12`, `Quarterly from July 2010`)
into the contract's kind, start, end and recurrence, naming the rule that fired."""

# How a cell is read, a module a stage: clean it (text), cut it into tokens (tokens), find the
# date atoms with small named rules tried in order (atoms: days, parts, years, relative), read
# the words around them (phrases: deadline, start, range, repeat), give year-less atoms a year
# from a neighbour or the plan period (context) and name the kind (reading). What no rule reads
# goes to dateparser, set day-first and English-only, and never relative to the clock (fallback).
# The commonest cells take a fast path that skips the rules (fast; tests check both agree), and
# answers are cached per (text, period) (resolver). The words live in lexicon/timeframe.yaml.
#
# Decisions the contract leaves open (the tests hold each one):
# * Winter YYYY runs from December YYYY to the end of February YYYY+1; `Winter 2011/12` is the
#   same winter. A season of a financial year is the one (mostly) inside it: its first year.
# * early / mid / late split a period into thirds: by months when it has a multiple of three
#   (early 2011 = Jan-Apr, late Spring 2012 = May), days 1-10, 11-20, 21-end of a month.
#   `start of` / `beginning of` is the first third, but the first day when it follows a
#   deadline or start word (`by the start of April 2011` ends 2011-04-01).
# * `before X` ends the day before X begins; `after X` starts the day after X ends.
# * Years joined by `/` or `-` are financial years (`2011/12`, `2011-2012`, `2006/7`);
#   non-consecutive ones (`2011-14`) are a range of financial years, flagged. Words
#   (`2011 to 2014`) give calendar years.
# * Q1..Q4 and H1/H2 of a calendar year are calendar quarters and halves, flagged; with no
#   year they are financial ones, unless the plan period starts in January.
# * `FY 2012` / `FY12` is the financial year ending in March 2012, flagged.
# * `NN/NN` with consecutive numbers (`11/12`) is a financial year, flagged; else day/month.
# * `Month NN` with a space (`June 12`) reads NN as a two-digit year, flagged.
# * A recurring timeframe keeps the end of its period only when the period is longer than
#   one repeat (`Quarterly 2011/12` ends 2012-03-31; `Annually in April 2011` only starts).
# * A year-less atom takes its year from the plan: the first occurrence on or after the
#   plan's start, else the last one before its end, else the first one ending on or after the
#   document date; always flagged. Relative phrases (`next year`, `within 6 months`) use the
#   document date only, flagged; with neither the cell is `unknown`.
# * `year end` with no year is the financial year end (31 March), resolved from the plan.
# * Several dates joined by `and` or commas are read as one span, flagged; a date after
#   unrelated prose is ignored, flagged.

from .fast import fast_path as _fast_path  # noqa: F401 - tests hold it to the full rules
from .model import KINDS, RECURRENCES, PlanPeriod, Timeframe
from .resolver import clear_cache, explain, parse_timeframe, resolve
from .text import clean_text

__all__ = [
    "KINDS",
    "RECURRENCES",
    "PlanPeriod",
    "Timeframe",
    "clean_text",
    "clear_cache",
    "explain",
    "parse_timeframe",
    "resolve",
]
