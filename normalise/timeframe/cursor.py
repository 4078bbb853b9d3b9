"""The cursor the atom rules share over one cell's tokens, and the small readers they build on:
month names (misspelt too), numbers as digits or words, years and financial years."""

from __future__ import annotations

from collections.abc import Iterable

from .dates import two_digit_year
from .model import PlanPeriod
from .tokens import Tok
from .vocabulary import lexicon


class Ctx:
    """What the rules share while reading one cell."""

    def __init__(self, toks: list[Tok], period: PlanPeriod):
        self.toks = toks
        self.lex = lexicon()
        self.period = period
        self.flags: list[str] = []
        self.last_end = -1          # token index where the previous atom ended

    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def text(self, i: int) -> str:
        t = self.tok(i)
        return t.text if t else ""

    def skip(self, i: int, texts: Iterable[str], limit: int = 3) -> int:
        """Index after at most `limit` tokens whose text is in `texts`."""
        texts = set(texts)
        while limit and self.text(i) in texts:
            i += 1
            limit -= 1
        return i


SEPARATORS = ("-", "/", ".", ",", "'")
_CONNECTOR_WORDS = ("to", "and", "until", "till", "through", "thru", "or", "-", "/", "&")


def is_year(tok: Tok | None) -> bool:
    """A four-digit number inside the lexicon's year range."""
    if tok is None or tok.kind != "num" or tok.ordinal or len(tok.text) != 4:
        return False
    lo, hi = lexicon().raw["year_range"]
    return lo <= tok.value <= hi


def month_at(cx: Ctx, i: int) -> int | None:
    """The month a word names, allowing for ordinary words and misspellings."""
    t = cx.tok(i)
    if t is None or t.kind != "word":
        return None
    lex = cx.lex
    m = lex.month_of.get(t.text)
    if m is not None:
        # `may be delayed`: a month only beside a number, or capitalised before date-ish words
        if t.text in lex.raw["ambiguous_words"] and not number_beside(cx, i) \
                and not (t.capital and _date_follower(cx, i + 1)):
            return None
        return m
    fz = lex.raw["fuzzy_month"]
    if len(t.text) < fz["min_length"] or t.text in lex.vocabulary or not number_beside(cx, i):
        return None
    for name, month in lex.full_months.items():
        if name[0] == t.text[0]:
            limit = 1 if len(t.text) < 7 else fz["max_distance"]
            if _osa_distance(t.text, name) <= limit:
                cx.flags.append("month name read from a misspelling")
                return month
    return None


def number_beside(cx: Ctx, i: int) -> bool:
    after = cx.tok(cx.skip(i + 1, SEPARATORS, 1))
    if after is not None and after.kind in ("num", "apos"):
        return True
    j = i - 1
    while cx.text(j) in ("of", "the", "-", "/", ".", ","):
        j -= 1
    before = cx.tok(j)
    return before is not None and before.kind == "num" and before.value <= 31


def _date_follower(cx: Ctx, j: int) -> bool:
    t = cx.tok(j)
    return (t is None or t.kind != "word" or t.text in _CONNECTOR_WORDS
            or t.text in cx.lex.month_of or t.text in cx.lex.vocabulary and t.text != "be")


def number_word(cx: Ctx, i: int, lo: int, hi: int, ordinal_only: bool = False):
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


def year_token(cx: Ctx, i: int, span_flags: list[str], day_given: bool = False):
    """A year written after a month or season: `2012`, `'12`, `-12`; (year, next i)."""
    sep = cx.text(i) if cx.text(i) in SEPARATORS else ""
    j = i + 1 if sep else i
    t = cx.tok(j)
    if t is None:
        return None
    if is_year(t):
        return t.value, j + 1
    if t.kind == "apos":
        return two_digit_year(t.value), j + 1
    if t.kind == "num" and len(t.text) == 2 and not t.ordinal and sep != ",":
        after = cx.tok(j + 2)
        if cx.text(j + 1) in ("/", ".") and after is not None and after.kind == "num":
            return None  # `Apr 12/13`: not a plain two-digit year
        if not sep and not day_given:
            span_flags.append("two-digit year assumed")
        return two_digit_year(t.value), j + 1
    return None


def _spaced(a, sep, b) -> bool:
    """Whether a separator stands apart from its neighbours, as a range's dash does."""
    return a.end < sep.start or sep.end < b.start


def fy_expr(cx: Ctx, i: int, short_ok: bool = False):
    """`2011/12`, `2011/2012`, `2011-12`, `2006/7` (and `11/12` when short_ok):
    (first year, last year, next i) where the last financial year ends in March of last."""
    t, sep, t2 = cx.tok(i), cx.tok(i + 1), cx.tok(i + 2)
    if t is None or sep is None or t2 is None or sep.text not in ("/", "-"):
        return None
    if t2.kind != "num" or t2.ordinal or t.kind != "num" or t.ordinal:
        return None
    if month_at(cx, i + 3) is not None:
        return None  # `2011 - 12 May`: a day, not a year
    after = cx.tok(i + 3)
    if (sep.text == "-" and after is not None and after.text in ("/", "-")
            and (n := cx.tok(i + 4)) is not None and n.kind == "num"
            and (after.text == "/" or _spaced(t, sep, t2) and not _spaced(t2, after, n))):
        # `1995 - 1996/97`, `1995 - 1996-97`: the second year opens a financial year of its own
        return None
    if is_year(t):
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
        y1, y2 = two_digit_year(t.value), two_digit_year(t2.value)
        if y2 != y1 + 1:
            return None
    else:
        return None
    if not 0 < y2 - y1 <= 10:
        return None
    return y1, y2, i + 3


def fy_any(cx: Ctx, i: int):
    """A financial year with or without its marker word: (y1, y2, next i, academic)."""
    academic = False
    hit = cx.lex.fy_words.match_at(cx.toks, i)
    if not hit:
        hit = cx.lex.ay_words.match_at(cx.toks, i)
        academic = bool(hit)
    j = hit[0] if hit else i
    fy = fy_expr(cx, j, short_ok=bool(hit))
    return (fy[0], fy[1], fy[2], academic) if fy else None


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
