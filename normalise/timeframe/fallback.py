"""Cells in which no rule found a date: ongoing, known no-date words, else dateparser (set
day-first and English-only, read against two far-apart bases so it never uses the clock)."""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta

from .context import place_in_year
from .cursor import Ctx
from .dates import months_block
from .model import Atom, Reading
from .reading import single_reading
from .years import CURRENCY


def no_atoms(cx: Ctx, cleaned: str) -> Reading:
    """No rule found a date: ongoing, a known no-date word, dateparser, or unknown."""
    lex, toks = cx.lex, cx.toks
    if lex.ongoing.find(toks):
        return Reading("ongoing", rule="ongoing")
    whole = tuple(t.text for t in toks if t.text not in (".", "(", ")"))
    # single letters and dashes count only as the whole cell (`-`, `x`); words anywhere
    if whole in lex.unknown.exact or any(
            any(len(w) > 1 and w.isalpha() for w in key) for *_, key in lex.unknown.find(toks)):
        return Reading("unknown", rule="unknown[no date words]")
    if not _looks_like_date(cx):
        return Reading("unknown", rule="unknown[not a date]")
    found = _dateparser_reading(cx, cleaned)
    if found:
        return found
    return Reading("unknown", rule="unknown[unparsed]", flags=["unparsed timeframe"])


def _looks_like_date(cx: Ctx) -> bool:
    """Any number, month, season or date word: worth asking dateparser."""
    lex = cx.lex
    for t in cx.toks:
        if t.kind in ("num", "apos", "date"):
            return True
        if t.kind == "word" and (t.text in lex.month_of or t.text in lex.raw["seasons"]
                                 or t.text in lex.raw["date_hints"]):
            return True
    return False


_SENTINELS = (datetime(1901, 7, 15), datetime(1937, 2, 9))
_DATEPARSER_MAX_CHARS = 80


@functools.lru_cache(maxsize=32)
def _date_data_parser(base: datetime):
    from dateparser.date import DateDataParser  # lazy: a slow import, rarely needed

    return DateDataParser(languages=["en"], settings={
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
        "PREFER_DATES_FROM": "current_period",
        "RELATIVE_BASE": base,
        "RETURN_AS_TIMEZONE_AWARE": False,
    })


def _dateparser_get(text: str, base: datetime):
    try:
        data = _date_data_parser(base).get_date_data(text)
    except Exception:  # noqa: BLE001 - dateparser raises on some odd inputs: unread
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period


def _dateparser_reading(cx: Ctx, cleaned: str) -> Reading | None:
    """What dateparser makes of a cell no rule read, with the cell's own marker words."""
    toks, k, tags = cx.toks, 0, []
    while True:  # marker words at the start: `by`, `from`, ...
        hit = cx.lex.prefix_first.match_at(toks, k)
        if not hit:
            break
        k = hit[0]
        if hit[1]:
            tags.append((hit[1], hit[2]))
    if k >= len(toks):
        return None
    rest = cleaned[toks[k].start:]
    if len(rest) > _DATEPARSER_MAX_CHARS or any(c in rest for c in CURRENCY):
        return None
    a, b = (_dateparser_get(rest, base) for base in _SENTINELS)
    if a is None or b is None:
        return None
    (day, what), flags = a, []
    lo, hi = cx.lex.raw["year_range"]
    if a != b:
        # it moved with the base: relative (`in two weeks`) or missing its year (`12 March`)
        if (a[0].year, b[0].year) == tuple(s.year for s in _SENTINELS) \
                and (a[0].month, a[0].day) == (b[0].month, b[0].day):
            sp = Atom("dateparser", k, len(toks), month=day.month, months=1, needs="year",
                      day=day.day if what == "day" else 0, tags=tags)
            if not place_in_year(cx, sp):
                return Reading("unknown", rule="unknown[no year: dateparser]",
                               flags=["timeframe has no year"])
            return single_reading(sp, [], "dateparser", sp.flags)
        if not any(t.text in cx.lex.relative_hints for t in toks):
            return None  # `Phase 2`: dateparser guessed a day of the base month
        doc = cx.period.document_date
        if doc is None:
            return Reading("unknown", rule="unknown[relative without document date]",
                           flags=["relative timeframe without document date"])
        got = _dateparser_get(rest, datetime(doc.year, doc.month, doc.day))
        if got is None:
            return None
        day, what = got
        flags.append("relative timeframe resolved from document date")
    if not lo <= day.year <= hi:
        return None
    if not flags and str(day.year) not in rest and f"'{day.year % 100:02d}" not in rest:
        return None  # dateparser made a year out of other digits (`1/41/4`): not a date
    if what == "month":
        start, end = months_block(day.year, day.month, 1)
    elif what == "year":
        start, end = date(day.year, 1, 1), date(day.year, 12, 31)
    elif what == "week":
        start, end = day, day + timedelta(days=6)
    else:
        start = end = day
    sp = Atom("dateparser", k, len(toks), start, end, unit=what, tags=tags)
    return single_reading(sp, [], "dateparser", flags)
