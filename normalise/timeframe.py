"""Resolve a timeframe cell (`By December 2010`, `Q3 2011/12`, `Quarterly from July 2010`)
into the contract's kind, start, end and recurrence, naming the rule that fired.

How a cell is read: clean it, cut it into tokens, find the date atoms with small named rules
(month-year, financial year, quarter, season, ...), read the words around them (deadline,
start, range, repeat) and give year-less atoms a year from the plan period. What no rule
reads goes to dateparser, set day-first and English-only, and never relative to the clock.
The commonest cells take a fast path that skips the rules (tests check both agree), and
answers are cached per (text, period). The words live in lexicon/timeframe.yaml.

Decisions the contract leaves open (the tests hold each one):
* Winter YYYY runs from December YYYY to the end of February YYYY+1; `Winter 2011/12` is the
  same winter. A season of a financial year is the one (mostly) inside it: its first year.
* early / mid / late split a period into thirds: by months when it has a multiple of three
  (early 2011 = Jan-Apr, late Spring 2012 = May), days 1-10, 11-20, 21-end of a month.
  `start of` / `beginning of` is the first third, but the first day when it follows a
  deadline or start word (`by the start of April 2011` ends 2011-04-01).
* `before X` ends the day before X begins; `after X` starts the day after X ends.
* Years joined by `/` or `-` are financial years (`2011/12`, `2011-2012`, `2006/7`);
  non-consecutive ones (`2011-14`) are a range of financial years, flagged. Words
  (`2011 to 2014`) give calendar years.
* Q1..Q4 and H1/H2 of a calendar year are calendar quarters and halves, flagged; with no
  year they are financial ones, unless the plan period starts in January.
* `FY 2012` / `FY12` is the financial year ending in March 2012, flagged.
* `NN/NN` with consecutive numbers (`11/12`) is a financial year, flagged; else day/month.
* `Month NN` with a space (`June 12`) reads NN as a two-digit year, flagged.
* A recurring timeframe keeps the end of its period only when the period is longer than
  one repeat (`Quarterly 2011/12` ends 2012-03-31; `Annually in April 2011` only starts).
* A year-less atom takes its year from the plan: the first occurrence on or after the
  plan's start, else the last one before its end, else the first one ending on or after the
  document date; always flagged. Relative phrases (`next year`, `within 6 months`) use the
  document date only, flagged; with neither the cell is `unknown`.
* `year end` with no year is the financial year end (31 March), resolved from the plan.
* Several dates joined by `and` or commas are read as one span, flagged; a date after
  unrelated prose is ignored, flagged.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path

LEXICON_PATH = Path(__file__).with_name("lexicon") / "timeframe.yaml"

KINDS = ("", "during", "due", "from", "range", "recurring", "ongoing", "unknown")
RECURRENCES = ("", "weekly", "monthly", "quarterly", "biannual", "annual")
# Months between two repeats: a recurring period keeps its end only when it is longer.
_REPEAT_MONTHS = {"weekly": 0.25, "monthly": 1, "quarterly": 3, "biannual": 6, "annual": 12}


# --------------------------------------------------------------------------- public API


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
        return {
            "text": self.text,
            "kind": self.kind,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "recurrence": self.recurrence,
        }


def parse_timeframe(text: str, period: PlanPeriod | None = None) -> Timeframe:
    """Resolve one timeframe cell; never raises, never invents a date, never reads the clock."""
    if text is None:
        text = ""
    elif not isinstance(text, str):
        text = str(text)
    if period is not None and not isinstance(period, PlanPeriod):
        period = None
    try:
        hash(period)
    except TypeError:  # a PlanPeriod built with lists or dicts: read the cell without it
        period = None
    found = _cached_parse(text, period)
    # The cached object is shared: hand out a copy whose review list the caller may edit.
    return replace(found, review=list(found.review))


def explain(text: str, period: PlanPeriod | None = None) -> str:
    """One line for a debug view: what a cell became and which rule said so."""
    tf = parse_timeframe(text, period)
    dates = f"{tf.start_date or '-'}..{tf.end_date or '-'}"
    rec = f" every:{tf.recurrence}" if tf.recurrence else ""
    review = f" review: {'; '.join(tf.review)}" if tf.review else ""
    return f"{text!r} -> {tf.kind or '(empty)'} {dates}{rec} [{tf.rule}]{review}"


def clear_cache(reload_lexicon: bool = False) -> None:
    """Forget cached answers (benchmarks), and the loaded lexicon too if it was edited."""
    _cached_parse.cache_clear()
    if reload_lexicon:
        _lexicon.cache_clear()


@functools.lru_cache(maxsize=16384)
def _cached_parse(text: str, period: PlanPeriod | None) -> Timeframe:
    try:
        return resolve(text, period)
    except Exception as exc:  # noqa: BLE001 - a bug must not stop a document; flag the cell
        return Timeframe(text, "unknown", review=["timeframe parser error"],
                         rule=f"error:{type(exc).__name__}")


# --------------------------------------------------------------------------- lexicon


class _Phrases:
    """Phrases of one or more tokens, matched forwards or backwards on a token list."""

    def __init__(self, items: Iterable[tuple[str, object]]):
        self.exact: dict[tuple[str, ...], object] = {}
        for text, value in items:
            key = tuple(t.text for t in _tokenise(str(text)))
            if key and key not in self.exact:  # first listing wins
                self.exact[key] = value
        self._by_first: dict[str, list] = {}
        self._by_last: dict[str, list] = {}
        for key, value in sorted(self.exact.items(), key=lambda kv: -len(kv[0])):
            self._by_first.setdefault(key[0], []).append((key, value))
            self._by_last.setdefault(key[-1], []).append((key, value))

    def match_at(self, toks: list, i: int, hi: int | None = None):
        """Longest phrase starting at token i: (end index, value, key) or None."""
        hi = len(toks) if hi is None else hi
        if i >= hi:
            return None
        for key, value in self._by_first.get(toks[i].text, ()):
            j = i + len(key)
            if j <= hi and all(toks[i + k].text == key[k] for k in range(1, len(key))):
                return j, value, key
        return None

    def match_before(self, toks: list, j: int, lo: int = 0):
        """Longest phrase ending just before token j: (start index, value, key) or None."""
        if j <= lo:
            return None
        for key, value in self._by_last.get(toks[j - 1].text, ()):
            i = j - len(key)
            if i >= lo and all(toks[i + k].text == key[k] for k in range(len(key) - 1)):
                return i, value, key
        return None

    def find(self, toks: list, skip: set[int] = frozenset()):
        """Every non-overlapping phrase in the tokens, left to right: (i, j, value, key)."""
        out, i = [], 0
        while i < len(toks):
            hit = None if i in skip else self.match_at(toks, i)
            if hit:
                out.append((i, hit[0], hit[1], hit[2]))
                i = hit[0]
            else:
                i += 1
        return out


@dataclass
class _Lexicon:
    raw: dict
    month_of: dict[str, int]
    full_months: dict[str, int]
    vocabulary: frozenset
    prefix_first: _Phrases     # before the first date: markers and every filler
    prefix_inner: _Phrases     # before a later date: never a word that could join two dates
    point_start: frozenset
    suffix: _Phrases
    connectors: dict
    recurrence: _Phrases
    ongoing: _Phrases
    unknown: _Phrases
    provisional: _Phrases
    numbers: _Phrases          # ordinal and cardinal words
    ordinal_words: _Phrases
    fy_words: _Phrases
    ay_words: _Phrases
    year_end: _Phrases
    rel_direction: _Phrases
    rel_units: _Phrases
    rel_within: _Phrases
    duration_units: _Phrases
    duration_suffix: _Phrases
    immediate: _Phrases
    relative_hints: frozenset
    named_days: _Phrases


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    import yaml  # lazy: importing this module stays cheap

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    month_of = {w: int(m) for m, words in raw["months"].items() for w in words}
    full_months = {words[0]: int(m) for m, words in raw["months"].items()}
    markers, fillers = raw["markers"], raw["fillers"]
    marker_items = [(p, tag) for tag, phrases in markers.items() for p in phrases]
    connector_items = [(p, kind) for kind, phrases in raw["connectors"].items() for p in phrases]
    connectors = _Phrases(connector_items).exact
    prefix_first = _Phrases(marker_items + [(f, None) for f in fillers]
                            + [(c, None) for c, _ in connector_items])
    inner_items = marker_items + [(f, None) for f in fillers]
    prefix_inner = _Phrases(
        (p, tag) for p, tag in inner_items
        if tuple(t.text for t in _tokenise(p)) not in connectors)
    suffix = _Phrases([(p, tag) for tag, phrases in raw["suffixes"].items() for p in phrases]
                      + [(f, None) for f in fillers])
    rec = raw["recurrence"]
    rec_items = [(p, (value, False)) for value, phrases in rec.items()
                 if value != "approximate" for p in phrases]
    rec_items += [(p, (value, True)) for value, phrases in rec["approximate"].items()
                  for p in phrases]
    rel = raw["relative"]
    words: set[str] = set(month_of) | set(raw["seasons"]) | set(raw["weekdays"])
    for phrases in (markers.values(), raw["suffixes"].values()):
        for group in phrases:
            words.update(w for p in group for w in str(p).split())
    for group in [raw["ongoing"], raw["unknown"], raw["date_hints"], fillers,
                  *[v for k, v in rec.items() if k != "approximate"],
                  *rec["approximate"].values()]:
        words.update(w for p in group for w in str(p).split())
    numbers = {**raw["ordinals"], **raw["cardinals"]}
    return _Lexicon(
        raw=raw,
        month_of=month_of,
        full_months=full_months,
        vocabulary=frozenset(w.lower() for w in words),
        prefix_first=prefix_first,
        prefix_inner=prefix_inner,
        point_start=frozenset(tuple(t.text for t in _tokenise(p)) for p in raw["point_start"]),
        suffix=suffix,
        connectors=connectors,
        recurrence=_Phrases(rec_items),
        ongoing=_Phrases((p, True) for p in raw["ongoing"]),
        unknown=_Phrases((p, True) for p in raw["unknown"]),
        provisional=_Phrases((p, True) for p in raw["provisional"]),
        numbers=_Phrases(numbers.items()),
        ordinal_words=_Phrases(raw["ordinals"].items()),
        fy_words=_Phrases((p, True) for p in raw["financial_year_words"]),
        ay_words=_Phrases((p, True) for p in raw["academic_year_words"]),
        year_end=_Phrases([(p, "financial") for p in raw["year_end"]["financial"]]
                          + [(p, "calendar") for p in raw["year_end"]["calendar"]]),
        rel_direction=_Phrases([(p, 0) for p in rel["this"]] + [(p, 1) for p in rel["next"]]
                               + [(p, -1) for p in rel["last"]]),
        rel_units=_Phrases((p, unit) for unit, ps in rel["units"].items() for p in ps),
        rel_within=_Phrases((p, True) for p in rel["within"]),
        duration_units=_Phrases((p, unit) for unit, ps in rel["duration_units"].items()
                                for p in ps),
        duration_suffix=_Phrases((p, True) for p in rel["duration_suffix"]),
        immediate=_Phrases((p, True) for p in rel["immediate"]),
        relative_hints=frozenset(rel["hints"]),
        named_days=_Phrases((p, tuple(md)) for p, md in raw["named_days"].items()),
    )


# --------------------------------------------------------------------------- text to tokens

_TRANSLATE = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2022": " ", "\u25cf": " ",
})
# A word cut by a line break or a hyphen (`Novem-\nber`, `Novem-ber` once lines are joined).
_BROKEN_WORD = re.compile(r"([^\W\d_]+)(?:-[ \t]*(?:\r?\n)?[ \t]*|[ \t]*\r?\n[ \t]*)([^\W\d_]+)")
_TOKEN = re.compile(r"""
    (?P<date>(?<![\d/.])
             (?:\d{4}-\d{1,2}-\d{1,2} | \d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))
             (?!\d|[/.]\d))
  | (?P<apos>'\d{2})(?!\d)
  | (?P<num>\d{1,6})(?P<ord>st|nd|rd|th)?
  | (?P<word>[^\W\d_]+)
  | (?P<punct>\S)
""", re.VERBOSE | re.IGNORECASE)


@dataclass(slots=True)
class _Tok:
    kind: str            # date, apos, num, word, punct
    text: str            # lower-cased
    start: int           # character offsets in the cleaned text
    end: int
    value: object = None  # int for num and apos; the date (or None if impossible) for date
    ordinal: bool = False
    capital: bool = False


def clean_text(text: str) -> str:
    """Unicode dashes and quotes to ASCII, words broken over lines joined, spaces collapsed."""
    s = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    if "\n" in s or "-" in s:
        vocab = _lexicon().vocabulary

        def join(m: re.Match) -> str:
            left, right = m.group(1), m.group(2)
            if (left + right).lower() in vocab and right.lower() not in vocab:
                return left + right
            return m.group(0)

        s = _BROKEN_WORD.sub(join, s)
    return " ".join(s.split())


def _tokenise(s: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(s):
        kind = m.lastgroup if m.lastgroup != "ord" else "num"
        text = m.group(kind).lower()
        tok = _Tok(kind, text, m.start(), m.end(), capital=text[:1] != m.group(kind)[:1])
        if kind == "num":
            tok.value = int(text)
            tok.ordinal = m.group("ord") is not None
            tok.end = m.end()
        elif kind == "apos":
            tok.value = int(text[1:])
        elif kind == "date":
            tok.value = _numeric_date(text)
        toks.append(tok)
    return toks


def _numeric_date(text: str) -> date | None:
    parts = [int(p) for p in re.split(r"[/.-]", text)]
    if len(text.split("-")[0]) == 4:  # ISO year-month-day
        y, m, d = parts
    else:  # UK day-first, always
        d, m, y = parts
        if y < 100:
            y = _two_digit_year(y)
    return _safe_date(y, m, d)


# --------------------------------------------------------------------------- calendar helpers


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _add_months(d: date, n: int) -> date:
    """The same day n months on, clamped to the month's length."""
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _months_block(y: int, first_month: int, n: int) -> tuple[date, date]:
    """n whole months starting at first_month of year y (may run into the next year)."""
    start = date(y, first_month, 1)
    return start, _month_end(_add_months(start, n - 1))


def _whole_months(start: date, end: date) -> int:
    """How many whole months start..end covers, or 0 when it is not whole months."""
    if start.day != 1 or end != _month_end(end):
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _two_digit_year(yy: int) -> int:
    pivot = _lexicon().raw["two_digit_year_pivot"]
    return 2000 + yy if yy < pivot else 1900 + yy


def _is_year(tok: _Tok | None) -> bool:
    if tok is None or tok.kind != "num" or tok.ordinal or len(tok.text) != 4:
        return False
    lo, hi = _lexicon().raw["year_range"]
    return lo <= tok.value <= hi


def _osa_distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit (`Novemebr`)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


# --------------------------------------------------------------------------- date atoms


@dataclass
class _Span:
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
            start = _safe_date(y, self.month, self.day)
            end = _safe_date(y, self.month, self.day_end or self.day)
            return (start, end) if start and end else None
        return _months_block(y, self.month, self.months)


class _Ctx:
    """What the rules share while reading one cell."""

    def __init__(self, toks: list[_Tok], period: PlanPeriod):
        self.toks = toks
        self.lex = _lexicon()
        self.period = period
        self.flags: list[str] = []
        self.last_end = -1          # token index where the previous atom ended

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def text(self, i: int) -> str:
        t = self.tok(i)
        return t.text if t else ""

    def skip(self, i: int, texts: Iterable[str], limit: int = 3) -> int:
        """Index after at most `limit` tokens whose text is in `texts`."""
        texts = set(texts)
        while limit and self.text(i) in texts and self.tok(i):
            i += 1
            limit -= 1
        return i


_SEPARATORS = ("-", "/", ".", ",", "'")
_CONNECTOR_WORDS = ("to", "and", "until", "till", "through", "thru", "or", "-", "/", "&")


def _month_at(cx: _Ctx, i: int) -> int | None:
    """The month a word names, allowing for ordinary words and misspellings."""
    t = cx.tok(i)
    if t is None or t.kind != "word":
        return None
    lex = cx.lex
    m = lex.month_of.get(t.text)
    if m is not None:
        # `may be delayed`: a month only beside a number, or capitalised before date-ish words
        if t.text in lex.raw["ambiguous_words"] and not _number_beside(cx, i) \
                and not (t.capital and _date_follower(cx, i + 1)):
            return None
        return m
    fz = lex.raw["fuzzy_month"]
    if len(t.text) < fz["min_length"] or t.text in lex.vocabulary or not _number_beside(cx, i):
        return None
    for name, month in lex.full_months.items():
        if name[0] == t.text[0]:
            limit = 1 if len(t.text) < 7 else fz["max_distance"]
            if _osa_distance(t.text, name) <= limit:
                cx.flags.append("month name read from a misspelling")
                return month
    return None


def _number_beside(cx: _Ctx, i: int) -> bool:
    after = cx.tok(cx.skip(i + 1, _SEPARATORS, 1))
    if after is not None and after.kind in ("num", "apos"):
        return True
    j = i - 1
    while cx.text(j) in ("of", "the", "-", "/", ".", ","):
        j -= 1
    before = cx.tok(j)
    return before is not None and before.kind == "num" and before.value <= 31


def _date_follower(cx: _Ctx, j: int) -> bool:
    t = cx.tok(j)
    return (t is None or t.kind != "word" or t.text in _CONNECTOR_WORDS
            or t.text in cx.lex.month_of or t.text in cx.lex.vocabulary and t.text != "be")


def _number_word(cx: _Ctx, i: int, lo: int, hi: int, ordinal_only: bool = False):
    """A small number as digits or words (`3`, `3rd`, `third`, `three`): (value, next i)."""
    t = cx.tok(i)
    if t is None:
        return None
    if t.kind == "num" and len(t.text) <= 2 and lo <= t.value <= hi:
        if ordinal_only and not t.ordinal:
            return None
        return t.value, i + 1
    table = cx.lex.ordinal_words if ordinal_only else cx.lex.numbers
    hit = table.match_at(cx.toks, i)
    if hit and lo <= hit[1] <= hi:
        return hit[1], hit[0]
    return None


def _year_token(cx: _Ctx, i: int, span_flags: list[str], day_given: bool = False):
    """A year written after a month or season: `2012`, `'12`, `-12`; (year, next i)."""
    sep = cx.text(i) if cx.text(i) in _SEPARATORS else ""
    j = i + 1 if sep else i
    t = cx.tok(j)
    if t is None:
        return None
    if _is_year(t):
        return t.value, j + 1
    if t.kind == "apos":
        return _two_digit_year(t.value), j + 1
    if t.kind == "num" and len(t.text) == 2 and not t.ordinal and sep != ",":
        after = cx.tok(j + 2)
        if cx.text(j + 1) in ("/", ".") and after is not None and after.kind == "num":
            return None  # `Apr 12/13`: not a plain two-digit year
        if not sep and not day_given:
            span_flags.append("two-digit year assumed")
        return _two_digit_year(t.value), j + 1
    return None


def _fy_expr(cx: _Ctx, i: int, short_ok: bool = False):
    """`2011/12`, `2011/2012`, `2011-12`, `2006/7` (and `11/12` when short_ok):
    (first year, last year, next i) where the last financial year ends in March of last."""
    t, sep, t2 = cx.tok(i), cx.tok(i + 1), cx.tok(i + 2)
    if t is None or sep is None or t2 is None or sep.text not in ("/", "-"):
        return None
    if t2.kind != "num" or t2.ordinal or t.kind != "num" or t.ordinal:
        return None
    if _month_at(cx, i + 3) is not None:
        return None  # `2011 - 12 May`: a day, not a year
    if _is_year(t):
        y1 = t.value
        if len(t2.text) == 4:
            y2 = t2.value
        elif len(t2.text) <= 2:
            base = 10 ** len(t2.text)
            y2 = y1 - y1 % base + t2.value
            if y2 <= y1:
                y2 += base
        else:
            return None
    elif short_ok and len(t.text) == 2 and len(t2.text) == 2:
        y1, y2 = _two_digit_year(t.value), _two_digit_year(t2.value)
        if y2 != y1 + 1:
            return None
    else:
        return None
    if not 0 < y2 - y1 <= 10:
        return None
    return y1, y2, i + 3


def _fy_any(cx: _Ctx, i: int):
    """A financial year with or without its marker word: (y1, y2, next i, academic)."""
    academic = False
    hit = cx.lex.fy_words.match_at(cx.toks, i)
    if not hit:
        hit = cx.lex.ay_words.match_at(cx.toks, i)
        academic = bool(hit)
    j = hit[0] if hit else i
    fy = _fy_expr(cx, j, short_ok=bool(hit))
    return (fy[0], fy[1], fy[2], academic) if fy else None


def _year_start_month(academic: bool) -> int:
    raw = _lexicon().raw
    return raw["academic_year_start_month"] if academic else raw["financial_year_start_month"]


def _block_of_year(y1: int, academic: bool, offset: int, n: int) -> tuple[date, date]:
    """n months starting `offset` months into the (financial or academic) year from y1."""
    start = _add_months(date(y1, _year_start_month(academic), 1), offset)
    return start, _month_end(_add_months(start, n - 1))


def _fy_span(rule: str, i: int, j: int, y1: int, y2: int, academic: bool) -> _Span:
    sm = _year_start_month(academic)
    start, end = date(y1, sm, 1), date(y2, sm, 1) - timedelta(days=1)
    sp = _Span(rule, i, j, start, end, unit="fy" if y2 == y1 + 1 else "span")
    if y2 != y1 + 1:
        sp.flags.append("year span read as financial years")
    return sp


def _rule_numeric_date(cx: _Ctx, i: int) -> _Span | None:
    t = cx.toks[i]
    if t.kind != "date":
        return None
    if t.value is None:
        cx.flags.append("impossible date")
        return None
    return _Span("numeric_date", i, i + 1, t.value, t.value)


def _rule_day_range(cx: _Ctx, i: int) -> _Span | None:
    """`1-15 March 2012`, `1st to 15th April`."""
    a = _number_word(cx, i, 1, 31)
    if not a or cx.text(a[1]) not in ("-", "to", "and", "&"):
        return None
    b = _number_word(cx, a[1] + 1, 1, 31)
    if not b or b[0] <= a[0]:
        return None
    k = cx.skip(b[1], ("of",), 1)
    m = _month_at(cx, k)
    if m is None:
        return None
    sp = _Span("day_range", i, k + 1, unit="span", month=m, months=1, day=a[0], day_end=b[0])
    return _with_year(cx, sp, k + 1)


def _with_year(cx: _Ctx, sp: _Span, j: int) -> _Span | None:
    """Give an atom the year written after it, or leave it waiting for one."""
    yr = _year_token(cx, cx.skip(j, (".",), 1), sp.flags, day_given=bool(sp.day))
    if yr:
        dates = sp.fill(yr[0])
        if dates is None:
            cx.flags.append("impossible date")
            return None
        sp.start, sp.end = dates
        sp.last = yr[1]
    else:
        if sp.day and _safe_date(2000, sp.month, sp.day) is None:  # 2000: a leap year
            cx.flags.append("impossible date")
            return None
        sp.needs = "year"
    return sp


def _rule_day_month(cx: _Ctx, i: int) -> _Span | None:
    """`31 March 2012`, `31st Mar 12`, `Monday 4th April 2011`, `the fifth of May 2011`."""
    k = i
    if cx.text(k) in cx.lex.raw["weekdays"]:
        k = cx.skip(k + 1, (",",), 1)
    k = cx.skip(k, ("the",), 1)
    d = _number_word(cx, k, 1, 31)
    if not d:
        return None
    if cx.tok(k).kind == "word" and not cx.lex.ordinal_words.match_at(cx.toks, k):
        return None  # `three April` is not a day
    k = cx.skip(d[1], ("of", "-", "/", ".", ","), 2)
    m = _month_at(cx, k)
    if m is None:
        return None
    return _with_year(cx, _Span("day_month", i, k + 1, month=m, months=1, day=d[0]), k + 1)


def _rule_month_day(cx: _Ctx, i: int) -> _Span | None:
    """`March 31, 2012`, `April 1st`: a month written before its day."""
    m = _month_at(cx, i)
    if m is None:
        return None
    k = cx.skip(i + 1, (".",), 1)
    t = cx.tok(k)
    if t is None or t.kind != "num" or len(t.text) > 2 or not 1 <= t.value <= 31:
        return None
    k2 = cx.skip(k + 1, (",",), 1)
    has_year = _is_year(cx.tok(k2))
    if not (t.ordinal or has_year):
        return None
    sp = _Span("month_day", i, k + 1, month=m, months=1, day=t.value)
    if has_year:
        day = _safe_date(cx.toks[k2].value, m, t.value)
        if day is None:
            cx.flags.append("impossible date")
            return None
        sp.start = sp.end = day
        sp.last = k2 + 1
        return sp
    if _safe_date(2000, m, t.value) is None:
        return None
    sp.needs = "year"
    return sp


def _quarter_spec(cx: _Ctx, i: int, words_key: str, hi: int):
    """`Q3`, `Qtr 3`, `Quarter three`, `3rd quarter`, `third quarter` -> (n, next i)."""
    words = cx.lex.raw[words_key]
    if cx.text(i) in words:
        j = cx.skip(i + 1, (".", "-", " "), 2)
        n = _number_word(cx, j, 1, hi)
        return n
    n = _number_word(cx, i, 1, hi, ordinal_only=True)
    if n and cx.text(n[1]) in words and cx.text(n[1]) not in ("q", "h"):
        return n[0], n[1] + 1
    return None


def _period_year(cx: _Ctx, j: int, flags: list[str]):
    """The year a quarter, half or season belongs to: a financial year or a calendar one."""
    k = cx.skip(j, ("of", "in", ",", "-", "the", "/", "("), 2)
    fy = _fy_any(cx, k) or _fy_expr(cx, k, short_ok=True)  # `Q3 2011/12`, `Q3 11/12`
    if fy:
        return ("fy", fy[0], fy[2], fy[3] if len(fy) > 3 else False)
    t = cx.tok(k)
    if _is_year(t):
        return ("cal", t.value, k + 1, False)
    if t is not None and t.kind == "apos":
        return ("cal", _two_digit_year(t.value), k + 1, False)
    return None


def _quarters_table(cx: _Ctx, financial: bool) -> dict:
    raw = cx.lex.raw
    return raw["financial_quarters"] if financial else raw["calendar_quarters"]


def _plan_is_financial(cx: _Ctx) -> bool:
    p = cx.period
    start = p.start or p.end and p.end + timedelta(days=1)
    return not (start and start.month == 1)


def _rule_quarter(cx: _Ctx, i: int) -> _Span | None:
    spec = _quarter_spec(cx, i, "quarter_words", 4)
    if not spec:
        return None
    n, j = spec
    sp = _Span("quarter", i, j, unit="quarter", months=3)
    owner = _period_year(cx, j, sp.flags)
    if owner and owner[0] == "fy":
        sp.start, sp.end = _block_of_year(owner[1], owner[3], 3 * (n - 1), 3)
        sp.rule = "quarter_of_financial_year"
    elif owner:
        sp.start, sp.end = _months_block(owner[1], _quarters_table(cx, False)[n], 3)
        sp.rule = "quarter_of_calendar_year"
        sp.flags.append("calendar quarter assumed")
    else:
        sp.month = _quarters_table(cx, _plan_is_financial(cx))[n]
        sp.needs = "year"
        return sp
    sp.last = owner[2]
    return sp


def _rule_half(cx: _Ctx, i: int) -> _Span | None:
    """`H1 2011/12`, `first half of 2011`, `second half-year 2011/12`."""
    spec = _quarter_spec(cx, i, "half_words", 2)
    if not spec:
        return None
    n, j = spec
    if cx.text(j) in ("-", "year") and cx.text(j + 1) == "year":
        j += 2
    elif cx.text(j) == "year":
        j += 1
    sp = _Span("half", i, j, unit="half", months=6)
    owner = _period_year(cx, j, sp.flags)
    if owner and owner[0] == "fy":
        sp.start, sp.end = _block_of_year(owner[1], owner[3], 6 * (n - 1), 6)
    elif owner:
        sp.start, sp.end = _months_block(owner[1], 1 + 6 * (n - 1), 6)
        sp.flags.append("calendar half-year assumed")
    else:
        sp.month = (_year_start_month(False) if _plan_is_financial(cx) else 1) + 6 * (n - 1)
        sp.month = (sp.month - 1) % 12 + 1
        sp.needs = "year"
        return sp
    sp.rule = "half_of_financial_year" if owner[0] == "fy" else "half_of_calendar_year"
    sp.last = owner[2]
    return sp


def _rule_season(cx: _Ctx, i: int) -> _Span | None:
    """`Spring 2012`, `Winter 2011/12`, `Summer '11`, `autumn term 2011`."""
    t = cx.toks[i]
    raw = cx.lex.raw
    if t.text not in raw["seasons"]:
        return None
    if t.text in raw["ambiguous_words"] and not _number_beside(cx, i):
        return None
    j = i + 1
    if cx.text(j) == "term" and t.text in raw["school_terms"]:
        first, n = raw["school_terms"][t.text]
        sp = _Span("school_term", i, j + 1, unit="term", month=first, months=n)
        j += 1
    else:
        first, n = raw["seasons"][t.text]
        sp = _Span("season", i, j, unit="season", month=first, months=n)
    owner = _period_year(cx, j, sp.flags)
    if owner is None:
        sp.needs = "year"
        return sp
    y = owner[1]
    if owner[0] == "fy" and sp.unit == "term" and first < _year_start_month(True):
        y += 1  # spring and summer terms fall in the second year of an academic year
    sp.start, sp.end = _months_block(y, first, n)
    sp.last = owner[2]
    sp.rule += "_of_financial_year" if owner[0] == "fy" else "_year"
    return sp


def _rule_named_day(cx: _Ctx, i: int) -> _Span | None:
    """`Christmas 2011`, `by Christmas`: a named day with a fixed date."""
    hit = cx.lex.named_days.match_at(cx.toks, i)
    if not hit:
        return None
    (month, day), j = hit[1], hit[0]
    return _with_year(cx, _Span("named_day", i, j, month=month, months=1, day=day), j)


def _rule_month(cx: _Ctx, i: int) -> _Span | None:
    """`March 2012`, `Mar-12`, `July '10`, `March 2011/12`, or `April` waiting for a year."""
    m = _month_at(cx, i)
    if m is None:
        return None
    j = cx.skip(i + 1, (".",), 1)
    sp = _Span("month_year", i, j, unit="month", month=m, months=1)
    fy = _fy_expr(cx, cx.skip(j, (",", "-"), 1))
    if fy and fy[1] == fy[0] + 1:
        y = fy[0] if m >= _year_start_month(False) else fy[1]
        sp.rule = "month_of_financial_year"
        sp.start, sp.end = _months_block(y, m, 1)
        sp.last = fy[2]
        return sp
    yr = _year_token(cx, j, sp.flags)
    if yr is None:
        sp.rule = "month"
        sp.needs = "year"
        return sp
    sp.start, sp.end = _months_block(yr[0], m, 1)
    sp.last = yr[1]
    return sp


def _rule_financial_year(cx: _Ctx, i: int) -> _Span | None:
    """`2011/12`, `FY 2011/12`, `FY11/12`, `academic year 2011/12`, `2011/12 Q3`, `FY12`."""
    fy = _fy_any(cx, i)
    if fy is None:
        marker = cx.lex.fy_words.match_at(cx.toks, i)
        if not marker:
            return None
        # `FY 2012`, `FY12`: the financial year ending in that year
        t = cx.tok(marker[0])
        if _is_year(t):
            y2 = t.value
        elif t is not None and t.kind == "num" and len(t.text) == 2 and not t.ordinal:
            y2 = _two_digit_year(t.value)
        else:
            return None
        sp = _fy_span("financial_year_ending", i, marker[0] + 1, y2 - 1, y2, False)
        sp.flags.append("financial year read as the year ending in March")
        return sp
    y1, y2, j, academic = fy
    sp = _fy_span("academic_year" if academic else "financial_year", i, j, y1, y2, academic)
    if sp.unit != "fy":
        return sp
    # `2011/12 Q3`, `2011/12 (H1)`
    k = cx.skip(j, ("(", ",", "-", ":"), 2)
    for words, months, hi in (("quarter_words", 3, 4), ("half_words", 6, 2)):
        spec = _quarter_spec(cx, k, words, hi)
        if spec and not _period_year(cx, spec[1], []):  # `2011/12 - Q1 2012/13`: two atoms
            n, k2 = spec
            sp.start, sp.end = _block_of_year(y1, academic, months * (n - 1), months)
            sp.unit = "quarter" if months == 3 else "half"
            sp.rule = f"financial_year_{sp.unit}"
            sp.last = cx.skip(k2, (")",), 1)
            break
    return sp


def _rule_short_pair(cx: _Ctx, i: int) -> _Span | None:
    """`11/12`: a financial year when consecutive, else a day and month (`31/03`)."""
    t, sep, t2 = cx.tok(i), cx.tok(i + 1), cx.tok(i + 2)
    if t is None or sep is None or t2 is None or sep.text != "/" or t.kind != "num" \
            or t2.kind != "num" or len(t.text) > 2 or len(t2.text) > 2:
        return None
    fy = _fy_expr(cx, i, short_ok=True)
    if fy:
        sp = _fy_span("short_financial_year", i, fy[2], fy[0], fy[1], False)
        sp.flags.append("financial year assumed from short form")
        return sp
    if _safe_date(2000, t2.value, t.value) is None:
        return None
    return _Span("day_month_numeric", i, i + 3, unit="day", month=t2.value, months=1,
                 day=t.value, needs="year")


def _rule_year_end(cx: _Ctx, i: int) -> _Span | None:
    """`by year end`, `end of the financial year`: 31 March of a year the plan must give."""
    hit = cx.lex.year_end.match_at(cx.toks, i)
    if not hit:
        return None
    j, which, _ = hit
    k = cx.skip(j, ("of", "the", ",", "-", "(", "in", ":"), 3)
    nxt = cx.tok(k)
    if nxt is not None and (nxt.kind in ("num", "apos", "date") or _month_at(cx, k)
                            or cx.lex.fy_words.match_at(cx.toks, k)):
        return None  # `year end 2011/12`: the words are a marker of the date after them
    between = cx.toks[cx.last_end:i] if cx.last_end >= 0 else None
    if between is not None and all(t.kind == "punct" or t.text in ("the", "of") for t in between):
        return None  # `2011/12 year end`: a marker of the date before
    month = 12 if which == "calendar" else (_year_start_month(False) - 2) % 12 + 1
    last_day = calendar.monthrange(2001, month)[1]
    return _Span(f"{which}_year_end", i, j, unit="day", month=month, months=1, day=last_day,
                 needs="year", implied="end")


def _rule_plan_year(cx: _Ctx, i: int) -> _Span | None:
    """`Year 1`, `Years 1-3`, `first year`: counted from the plan's start."""
    words = cx.lex.raw["plan_year_words"]
    if cx.text(i) in words:
        a = _number_word(cx, i + 1, 1, 10)
        if not a:
            return None
        lo = hi = a[0]
        j = a[1]
        if cx.text(j) in ("-", "to", "and", "&"):
            b = _number_word(cx, cx.skip(j + 1, words, 1), 1, 10)
            if b and b[0] > a[0]:
                hi, j = b[0], b[1]
    else:
        a = _number_word(cx, i, 1, 10, ordinal_only=True)
        if not a or cx.text(a[1]) not in words:
            return None
        lo = hi = a[0]
        j = a[1] + 1
    return _Span("plan_year", i, j, unit="year" if lo == hi else "span", needs="plan",
                 plan_years=(lo, hi))


def _rule_relative(cx: _Ctx, i: int) -> _Span | None:
    """`next year`, `this financial year`, `within 6 months`, `3 months`, `immediately`."""
    lex, toks = cx.lex, cx.toks
    hit = lex.rel_direction.match_at(toks, i)
    if hit:
        unit = lex.rel_units.match_at(toks, hit[0])
        if unit:
            return _Span("relative_period", i, unit[0], needs="doc",
                         relative=("period", hit[1], unit[1]))
    hit = lex.rel_within.match_at(toks, i)
    j = hit[0] if hit else i
    t = cx.tok(j)
    n = _number_word(cx, j, 1, 99)
    if n is None and t is not None and t.text in lex.raw["articles"] and hit:
        n = (1, j + 1)
    if n:
        unit = lex.duration_units.match_at(toks, n[1])
        if unit:
            k = unit[0]
            tail = lex.duration_suffix.match_at(toks, k)
            return _Span("relative_duration", i, tail[0] if tail else k, needs="doc",
                         relative=("duration", n[0], unit[1]), implied="due")
    hit = lex.immediate.match_at(toks, i)
    if hit:
        return _Span("relative_now", i, hit[0], needs="doc", relative=("now", 0, ""),
                     implied="from")
    return None


_CURRENCY = ("£", "$", "€")
_AMOUNT_AFTER = ("%", "k", "m", "bn", "million", "pounds", "hours", "hrs", "people", "staff")


def _rule_year(cx: _Ctx, i: int) -> _Span | None:
    """`2011`, `'11`: a whole calendar year."""
    t = cx.toks[i]
    if t.kind == "apos":
        y = _two_digit_year(t.value)
    elif _is_year(t):
        if cx.text(i - 1) in _CURRENCY or cx.text(i + 1) in _AMOUNT_AFTER:
            return None
        if cx.text(i - 1) in (",", ".") and cx.tok(i - 2) and cx.tok(i - 2).kind == "num":
            return None  # `1,2011` is a number, not a year
        y = t.value
    else:
        return None
    return _Span("year", i, i + 1, date(y, 1, 1), date(y, 12, 31), unit="year")


_RULES = (
    _rule_numeric_date, _rule_day_range, _rule_day_month, _rule_month_day, _rule_quarter,
    _rule_half, _rule_season, _rule_named_day, _rule_month, _rule_financial_year, _rule_short_pair,
    _rule_year_end, _rule_plan_year, _rule_relative, _rule_year,
)


def _tokens_to_atoms(cx: _Ctx, skip: set[int]) -> list[_Span]:
    atoms, i = [], 0
    while i < len(cx.toks):
        found = None
        if i not in skip:
            for rule in _RULES:
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


# --------------------------------------------------------------------------- words around atoms


def _prefix_tags(cx: _Ctx, lo: int, hi: int, first: bool):
    """Read marker words backwards from an atom: ([(tag, phrase)], where the reading stopped)."""
    table = cx.lex.prefix_first if first else cx.lex.prefix_inner
    tags, j = [], hi
    while True:
        hit = table.match_before(cx.toks, j, lo)
        if not hit:
            break
        j, tag, key = hit[0], hit[1], hit[2]
        if tag:
            tags.append((tag, key))
        elif first and key == ("to",):
            tags.append(("until", key))  # `To March 2012`, `Ongoing to March 2012`
    return tags, j


def _suffix_tags(cx: _Ctx, lo: int, hi: int):
    tags, j = [], lo
    while True:
        hit = cx.lex.suffix.match_at(cx.toks, j, hi)
        if not hit:
            break
        j, tag, key = hit
        if tag:
            tags.append((tag, key))
    return tags


def _connector(cx: _Ctx, lo: int, hi: int) -> tuple[str, str]:
    """How two atoms are joined: (range | list | none | prose, the words)."""
    key = tuple(t.text for t in cx.toks[lo:hi] if t.text not in ("(", ")"))
    if not key:
        return "none", ""
    return cx.lex.connectors.get(key, "prose"), " ".join(key)


def _has(tags: list, *names: str) -> bool:
    return any(tag in names for tag, _ in tags)


def _phrase(tags: list, *names: str) -> str:
    for tag, key in tags:
        if tag in names:
            return " ".join(key)
    return ""


# --------------------------------------------------------------------------- years from context


def _place_in_year(cx: _Ctx, sp: _Span) -> bool:
    """Give a year-less atom its year from the plan period or the document date."""
    p = cx.period
    years = []
    if p.start:
        floor = p.start.replace(day=1)
        years = [(y, "plan period") for y in range(p.start.year - 1, p.start.year + 6)
                 if (d := sp.fill(y)) and d[0] >= floor]
    elif p.end:
        ceiling = _month_end(p.end)
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


def _place_plan_year(cx: _Ctx, sp: _Span) -> bool:
    start = cx.period.start
    if start is None:
        return False
    lo, hi = sp.plan_years
    sp.start = _add_years(start, lo - 1)
    sp.end = _add_years(start, hi) - timedelta(days=1)
    sp.needs = ""
    sp.flags.append("timeframe year inferred from plan period")
    return True


def _add_years(d: date, n: int) -> date:
    return _add_months(d, 12 * n)


def _place_relative(cx: _Ctx, sp: _Span) -> bool:
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
            end = _add_months(doc, n * (12 if unit == "years" else 1))
        sp.start, sp.end = doc, end
    elif unit == "year":
        sp.start, sp.end = date(doc.year + n, 1, 1), date(doc.year + n, 12, 31)
    elif unit == "financial_year":
        sm = _year_start_month(False)
        y = (doc.year if doc.month >= sm else doc.year - 1) + n
        sp.start, sp.end = date(y, sm, 1), date(y + 1, sm, 1) - timedelta(days=1)
        sp.unit = "fy"
    elif unit == "month":
        sp.start, sp.end = _months_block(*_shift_month(doc, n), 1)
        sp.unit = "month"
    elif unit == "quarter":
        first = doc.replace(day=1, month=(doc.month - 1) // 3 * 3 + 1)
        sp.start = _add_months(first, 3 * n)
        sp.end = _month_end(_add_months(sp.start, 2))
        sp.unit = "quarter"
    else:  # week, Monday to Sunday
        monday = doc - timedelta(days=doc.weekday()) + timedelta(days=7 * n)
        sp.start, sp.end = monday, monday + timedelta(days=6)
    sp.needs = ""
    sp.flags.append("relative timeframe resolved from document date")
    return True


def _shift_month(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return y, m + 1


def _borrow_years(chain: list[_Span]) -> None:
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


def _thirds(start: date, end: date, which: int) -> tuple[date, date]:
    """early (0), mid (1), late (2): a third of a period, by months or by days."""
    months = _whole_months(start, end)
    if months >= 3 and months % 3 == 0:
        step = months // 3
        s = _add_months(start, step * which)
        return s, _month_end(_add_months(s, step - 1))
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


# --------------------------------------------------------------------------- the resolver


@dataclass
class _Reading:
    kind: str = ""
    start: date | None = None
    end: date | None = None
    rule: str = ""
    flags: list[str] = field(default_factory=list)


def resolve(text: str, period: PlanPeriod | None = None, fast: bool = True) -> Timeframe:
    """The resolver without the cache and the safety net (tests call it to see real errors).
    `fast=False` skips the fast path, so tests can check both paths agree."""
    period = _as_dates(period or PlanPeriod())
    cleaned = clean_text(text)
    if not cleaned:
        return Timeframe(text, "", rule="empty")
    if fast:
        found = _fast_path(text, cleaned)
        if found:
            return found
    cx = _Ctx(_tokenise(cleaned), period)
    lex, toks = cx.lex, cx.toks

    recurrence, rec_rule, skip = "", "", set()
    for i, j, (value, approx), key in lex.recurrence.find(toks):
        if not recurrence:
            recurrence, rec_rule = value, " ".join(key)
            if approx:
                cx.flags.append(f"recurrence approximated ({' '.join(key)} as {value})")
        skip.update(range(i, j))
    for i in range(len(toks) - 1):  # `every Monday`
        if toks[i].text in ("every", "each") and toks[i + 1].text in lex.raw["weekdays"]:
            recurrence = recurrence or "weekly"
            rec_rule = rec_rule or f"{toks[i].text} weekday"

    atoms = _tokens_to_atoms(cx, skip)
    lo = 0
    for k, sp in enumerate(atoms):
        sp.tags, stop = _prefix_tags(cx, lo, sp.first, first=(k == 0))
        sp.gap = (lo, stop)
        lo = sp.last
    # `every April`, `annually in April`: a year-less month names the repeat, not a date
    repeats = [sp for sp in atoms if _has(sp.tags, "every") and sp.needs == "year"]
    if repeats:
        recurrence = recurrence or "annual"
        rec_rule = rec_rule or f"every {repeats[0].rule}"
        atoms = [sp for sp in atoms if sp not in repeats]
        if atoms:  # the first remaining atom reads its markers from the start of the cell
            atoms[0].tags, _ = _prefix_tags(cx, 0, atoms[0].first, first=True)
            atoms[0].tags = [t for t in atoms[0].tags if t[0] != "every"]

    if atoms:
        reading = _atoms_to_reading(cx, atoms)
    elif recurrence:
        reading = _Reading()  # `Quarterly`, `every April`: a repeat with no dates
    else:
        reading = _no_atoms(cx, cleaned)

    review = cx.flags + reading.flags
    kind, start, end, rule = reading.kind, reading.start, reading.end, reading.rule
    if recurrence:
        start, end = _recurring_dates(reading, recurrence)
        kind = "recurring"
        rule = f"recurring[{rec_rule}]" + (f" {reading.rule}" if reading.rule else "")
    elif kind in ("during", "due", "from", "range") and lex.provisional.find(toks):
        review.append("timeframe marked provisional")
    return Timeframe(text, kind, start, end, recurrence, _dedupe(review), rule)


# The commonest cells (`July 2010`, `Commencing November 2010`, `By December 2010`,
# `31/03/2012`, `2011/12`) skip tokens and rules; tests check both paths agree.
_FAST_MONTH = re.compile(r"(?:([a-z][a-z ]{0,30}?) )?([a-z]{3,9})\.? (\d{4})")
_FAST_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_FAST_FY = re.compile(r"(\d{4})/(\d{2})")
_FAST_KINDS = {"due": "due", "until": "due", "end": "due", "from": "from"}


def _fast_path(text: str, cleaned: str) -> Timeframe | None:
    low = cleaned.lower()
    lex = _lexicon()
    lo, hi = lex.raw["year_range"]
    m = _FAST_MONTH.fullmatch(low)
    if m:
        marker, word, year = m.group(1), m.group(2), int(m.group(3))
        month = lex.month_of.get(word)
        if month is None or not lo <= year <= hi:
            return None
        start, end = _months_block(year, month, 1)
        if marker is None:
            return Timeframe(text, "during", start, end, rule="during <- month_year")
        key = tuple(marker.split())
        kind = _FAST_KINDS.get(lex.prefix_first.exact.get(key, "?"))
        marker_toks = _tokenise(marker)
        if kind is None or lex.recurrence.find(marker_toks) or lex.provisional.find(marker_toks):
            return None
        name = " ".join(key)
        if kind == "due":
            return Timeframe(text, "due", None, end, rule=f"due[{name}] <- month_year")
        return Timeframe(text, "from", start, None, rule=f"from[{name}] <- month_year")
    m = _FAST_DATE.fullmatch(low)
    if m:
        day = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if day is None or not lo <= day.year <= hi:
            return None
        return Timeframe(text, "during", day, day, rule="during <- numeric_date")
    m = _FAST_FY.fullmatch(low)
    if m:
        y1 = int(m.group(1))
        if not lo <= y1 <= hi or int(m.group(2)) != (y1 + 1) % 100:
            return None
        sm = _year_start_month(False)
        start, end = date(y1, sm, 1), date(y1 + 1, sm, 1) - timedelta(days=1)
        return Timeframe(text, "during", start, end, rule="during <- financial_year")
    return None


def _as_dates(p: PlanPeriod) -> PlanPeriod:
    def day(d):
        return d.date() if isinstance(d, datetime) else d if isinstance(d, date) else None

    return PlanPeriod(day(p.start), day(p.end), day(p.document_date))


def _dedupe(flags: list[str]) -> list[str]:
    return list(dict.fromkeys(flags))


def _recurring_dates(reading: _Reading, recurrence: str) -> tuple[date | None, date | None]:
    """A repeat starts with its period, and ends with it only if it is longer than a repeat."""
    if reading.kind in ("from", "due", "range"):
        return reading.start, reading.end
    if reading.kind != "during":
        return None, None
    months = ((reading.end - reading.start).days + 1) / 30.4
    longer = months > _REPEAT_MONTHS[recurrence] + 0.5
    return reading.start, reading.end if longer else None


def _atoms_to_reading(cx: _Ctx, atoms: list[_Span]) -> _Reading:
    """Chain the atoms joined by range words, give them years, and name the kind."""
    chain, joins = [atoms[0]], []
    for sp in atoms[1:]:
        conn, words = _connector(cx, *sp.gap)
        first_tags = chain[0].tags
        if conn == "range" or conn == "list" or (
                conn == "none" and _has(sp.tags, "until", "due", "end", "before")) or (
                conn in ("list", "prose") and _has(first_tags, "from")
                and _has(sp.tags, "until", "due", "end")):
            chain.append(sp)
            joins.append((conn, words or _phrase(sp.tags, "until", "due", "end", "before")))
        else:
            break
    flags = []
    if len(chain) < len(atoms):
        flags.append("further dates in text ignored")
    if any(j[0] == "list" for j in joins) and not _has(chain[0].tags, "between", "from") \
            and not _has(chain[-1].tags, "until", "due", "end"):
        flags.append("several dates read as one span")
    for sp in chain:
        if sp.needs == "plan" and not _place_plan_year(cx, sp):
            return _Reading("unknown", rule="unknown[plan year without plan period]",
                            flags=flags + ["plan year needs the plan period"])
        if sp.needs == "doc" and not _place_relative(cx, sp):
            return _Reading("unknown", rule="unknown[relative without document date]",
                            flags=flags + ["relative timeframe without document date"])
    _borrow_years(chain)
    while waiting := [sp for sp in chain if sp.needs == "year"]:
        # no neighbour gave a year (or none fits, like 29 February): ask the plan
        if not _place_in_year(cx, waiting[0]):
            return _Reading("unknown", rule=f"unknown[no year: {waiting[0].rule}]",
                            flags=flags + ["timeframe has no year"])
        _borrow_years(chain)
    for sp in chain:
        flags.extend(sp.flags)
    before = cx.tok(chain[0].first - 1)
    if chain[0].rule == "year" and before is not None and (
            before.kind == "num" or before.kind == "word" and before.text not in cx.lex.vocabulary):
        flags.append("words before the year not understood")  # `Easter 2012`, `Q5 2011`
    atom_rules = "+".join(sp.rule for sp in chain)

    last = chain[-1]
    suffix = _suffix_tags(cx, last.last, atoms[len(chain)].first if len(chain) < len(atoms)
                          else len(cx.toks))
    if len(chain) == 1:
        return _single_reading(chain[0], suffix, atom_rules, flags)

    start, end = _modified(chain[0], "range")[0], _modified(last, "range")[1]
    if _has(last.tags, "before"):
        end = last.start - timedelta(days=1)
    conn = joins[0][1]
    if start > end:
        return _Reading("unknown", rule=f"unknown[range backwards] <- {atom_rules}",
                        flags=flags + ["range ends before it starts"])
    return _Reading("range", start, end, f"range[{conn}] <- {atom_rules}", flags)


def _modified(sp: _Span, context: str) -> tuple[date, date]:
    """An atom's dates after early / mid / late (and `start of` behind a deadline or start)."""
    for tag, key in sp.tags:
        if tag in ("early", "mid", "late"):
            if tag == "early" and key in _lexicon().point_start and context in ("due", "from"):
                return sp.start, sp.start
            return _thirds(sp.start, sp.end, ("early", "mid", "late").index(tag))
    return sp.start, sp.end


def _single_reading(sp: _Span, suffix: list, atom_rules: str, flags: list[str]) -> _Reading:
    tags = sp.tags + suffix
    if sp.implied:
        tags = tags + [(sp.implied, (sp.rule,))]
    name = _phrase(tags, "before", "after", "from", "due", "until", "end")
    if _has(tags, "before") and not _has(tags, "end"):  # `before the end of 2011` is its end
        start, _ = _modified(sp, "due")
        return _Reading("due", None, start - timedelta(days=1), f"due[{name}] <- {atom_rules}",
                        flags)
    if _has(tags, "after"):
        _, end = _modified(sp, "from")
        return _Reading("from", end + timedelta(days=1), None, f"from[{name}] <- {atom_rules}",
                        flags)
    if _has(tags, "from"):
        start, end = _modified(sp, "from")
        if _has(tags, "end"):  # `from the end of June`
            start = end
        return _Reading("from", start, None, f"from[{name}] <- {atom_rules}", flags)
    if _has(tags, "due", "until", "end"):
        _, end = _modified(sp, "due")
        return _Reading("due", None, end, f"due[{name}] <- {atom_rules}", flags)
    start, end = _modified(sp, "during")
    if sp.unit == "span":
        return _Reading("range", start, end, f"range[span] <- {atom_rules}", flags)
    return _Reading("during", start, end, f"during <- {atom_rules}", flags, )


def _no_atoms(cx: _Ctx, cleaned: str) -> _Reading:
    """No rule found a date: ongoing, a known no-date word, dateparser, or unknown."""
    lex, toks = cx.lex, cx.toks
    if lex.ongoing.find(toks):
        return _Reading("ongoing", rule="ongoing")
    whole = tuple(t.text for t in toks if t.text not in (".", "(", ")"))
    # single letters and dashes count only as the whole cell (`-`, `x`); words anywhere
    if whole in lex.unknown.exact or any(
            any(len(w) > 1 and w.isalpha() for w in key) for *_, key in lex.unknown.find(toks)):
        return _Reading("unknown", rule="unknown[no date words]")
    if not _looks_like_date(cx):
        return _Reading("unknown", rule="unknown[not a date]")
    found = _dateparser_reading(cx, cleaned)
    if found:
        return found
    return _Reading("unknown", rule="unknown[unparsed]", flags=["unparsed timeframe"])


def _looks_like_date(cx: _Ctx) -> bool:
    lex = cx.lex
    for t in cx.toks:
        if t.kind in ("num", "apos", "date"):
            return True
        if t.kind == "word" and (t.text in lex.month_of or t.text in lex.raw["seasons"]
                                 or t.text in lex.raw["date_hints"]):
            return True
    return False


# --------------------------------------------------------------------------- dateparser

# Two far-apart bases: a date that moves with the base was relative, or missing its year.
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


def _dateparser_reading(cx: _Ctx, cleaned: str) -> _Reading | None:
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
    if len(rest) > _DATEPARSER_MAX_CHARS or any(c in rest for c in _CURRENCY):
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
            sp = _Span("dateparser", k, len(toks), month=day.month, months=1, needs="year",
                       day=day.day if what == "day" else 0, tags=tags)
            if not _place_in_year(cx, sp):
                return _Reading("unknown", rule="unknown[no year: dateparser]",
                                flags=["timeframe has no year"])
            return _single_reading(sp, [], "dateparser", sp.flags)
        if not any(t.text in cx.lex.relative_hints for t in toks):
            return None  # `Phase 2`: dateparser guessed a day of the base month
        doc = cx.period.document_date
        if doc is None:
            return _Reading("unknown", rule="unknown[relative without document date]",
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
        start, end = _months_block(day.year, day.month, 1)
    elif what == "year":
        start, end = date(day.year, 1, 1), date(day.year, 12, 31)
    elif what == "week":
        start, end = day, day + timedelta(days=6)
    else:
        start = end = day
    sp = _Span("dateparser", k, len(toks), start, end, unit=what, tags=tags)
    return _single_reading(sp, [], "dateparser", flags)
