"""A cleaned cell cut into tokens (dates, numbers, words, punctuation), and tables of phrases
matched on token lists, forwards or backwards."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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
class Tok:
    """One token of a cleaned cell."""

    kind: str            # date, apos, num, word, punct
    text: str            # lower-cased
    start: int           # character offsets in the cleaned text
    end: int
    value: int | None = None  # for num and apos; a date token is read by its rule
    ordinal: bool = False
    capital: bool = False


def tokenise(s: str) -> list[Tok]:
    """A cleaned cell (or a lexicon phrase) as tokens, lower-cased, numbers valued."""
    toks = []
    for m in _TOKEN.finditer(s):
        kind = m.lastgroup if m.lastgroup != "ord" else "num"
        text = m.group(kind).lower()
        tok = Tok(kind, text, m.start(), m.end(), capital=text[:1] != m.group(kind)[:1])
        if kind == "num":
            tok.value = int(text)
            tok.ordinal = m.group("ord") is not None
        elif kind == "apos":
            tok.value = int(text[1:])
        toks.append(tok)
    return toks


class Phrases:
    """Phrases of one or more tokens, matched forwards or backwards on a token list."""

    def __init__(self, items: Iterable[tuple[str, object]]):
        self.exact: dict[tuple[str, ...], object] = {}
        for text, value in items:
            key = tuple(t.text for t in tokenise(str(text)))
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

    def find(self, toks: list):
        """Every non-overlapping phrase in the tokens, left to right: (i, j, value, key)."""
        out, i = [], 0
        while i < len(toks):
            hit = self.match_at(toks, i)
            if hit:
                out.append((i, hit[0], hit[1], hit[2]))
                i = hit[0]
            else:
                i += 1
        return out
