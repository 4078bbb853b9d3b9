"""The timeframe's data: the contract's kinds and recurrences, the plan period, the answer
(Timeframe), and what the rules pass between them (date atoms, readings)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .dates import months_block, safe_date

KINDS = ("", "during", "due", "from", "range", "recurring", "ongoing", "unknown")
RECURRENCES = ("", "weekly", "monthly", "quarterly", "biannual", "annual")


@dataclass(frozen=True)
class PlanPeriod:
    """The plan's own context, from the document; every part is optional."""

    start: date | None = None
    end: date | None = None
    document_date: date | None = None  # base for `next year`; the clock is never used


@dataclass
class Timeframe:
    """One timeframe cell resolved to the contract's columns."""

    text: str
    kind: str
    start_date: date | None = None
    end_date: date | None = None
    recurrence: str = ""
    review: list[str] = field(default_factory=list)
    rule: str = ""

    def as_json(self) -> dict:
        """The contract's columns, dates as ISO strings."""
        return {
            "text": self.text,
            "kind": self.kind,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "recurrence": self.recurrence,
        }


@dataclass
class Atom:
    """A date atom found in the tokens, resolved or waiting for a year."""

    rule: str
    first: int                      # token indexes, end exclusive
    last: int
    start: date | None = None
    end: date | None = None
    unit: str = "day"               # day, month, quarter, season, half, year, fy, span
    month: int = 0                  # a year-less atom: first month, months, day(s)
    months: int = 0
    day: int = 0
    day_end: int = 0
    needs: str = ""                 # "", "year", "plan" (Year 2), "doc" (next year)
    plan_years: tuple[int, int] = (0, 0)
    relative: tuple = ()
    implied: str = ""               # a tag the words carry themselves (year end -> end)
    tags: list[tuple[str, tuple]] = field(default_factory=list)
    gap: tuple[int, int] = (0, 0)   # tokens between the previous atom and this one's markers
    flags: list[str] = field(default_factory=list)

    def fill(self, y: int) -> tuple[date, date] | None:
        """Dates of a year-less atom placed in year y (its first month's year)."""
        if self.day:
            start = safe_date(y, self.month, self.day)
            end = safe_date(y, self.month, self.day_end or self.day)
            return (start, end) if start and end else None
        return months_block(y, self.month, self.months)


@dataclass
class Reading:
    """What a cell's dates say, before any repeat is applied: kind, dates, rule, flags."""

    kind: str = ""
    start: date | None = None
    end: date | None = None
    rule: str = ""
    flags: list[str] = field(default_factory=list)
