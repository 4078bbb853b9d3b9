"""Acronyms: what looks like one, which words its initials fit, those a document defines
(`Corporate Procurement Unit (CPU)`), and roles with them spelt out."""

from __future__ import annotations

import re
from functools import cache, lru_cache

_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z0-9]s?$")
_CODE = re.compile(r"^[A-Z][A-Z0-9]*[0-9][A-Z0-9]*$")


def is_acronym(word: str) -> bool:
    """`CPU`, `TfWM`, `CCGs`, and codes such as `S151`."""
    if len(word) > 9:
        return False
    if _CODE.match(word):
        return len(word) >= 3
    return bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


_STOPWORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "with", "at", "by"})
_ACR = r"[A-Z][A-Za-z&]*[A-Z]s?"
_PAREN_ACRONYM = re.compile(rf"\(\s*({_ACR})\s*\)")
_ACRONYM_PAREN = re.compile(rf"(?<![\w&])({_ACR})\s*\(([^()\n]{{3,120}})\)")
_WORD_RE = re.compile(r"[A-Za-z&][A-Za-z'’]*")
_CLAUSE_BREAK = re.compile(r"[.;:()\t•,\u2029]")


def initials_fit(acronym: str, words: list[str]) -> bool:
    """`CPU` fits Corporate Procurement Unit; stopwords may be skipped, not the first word."""
    letters = acronym[:-1] if acronym.endswith("s") and acronym[-2:-1].isupper() else acronym
    letters = letters.replace("&", "")
    words = [w for w in words if w and w != "&"]
    if not words or not letters or words[0][0].lower() != letters[0].lower():
        return False
    if words[0].lower() in _STOPWORDS and letters[0].isupper():
        return False  # `of the Police and Crime Commissioner` is not what OPCC stands for

    @cache
    def fit(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        w = words[i]
        if j < len(letters) and w[0].lower() == letters[j].lower() and fit(i + 1, j + 1):
            return True
        return i > 0 and w.lower() in _STOPWORDS and fit(i + 1, j)

    return fit(0, 0)


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms a document defines, as `Corporate Procurement Unit (CPU)` or `CPU (Corporate ...)`.

    The initials must fit the words (stopwords may be skipped), so `(see page 4)` defines nothing.
    """
    found: dict[str, str] = {}
    if not text:
        return found
    for m in _PAREN_ACRONYM.finditer(text):
        acronym = m.group(1)
        if not is_acronym(acronym):
            continue
        before = _CLAUSE_BREAK.split(text[max(0, m.start() - 240) : m.start()])[-1]
        words = list(_WORD_RE.finditer(before))
        for k in range(len(words) - 1, -1, -1):
            if len(words) - k > 3 * len(acronym) + 2:
                break
            if initials_fit(acronym, [w.group() for w in words[k:]]):
                long_form = " ".join(before[words[k].start() : words[-1].end()].split())
                found.setdefault(acronym, long_form)
                break
    for m in _ACRONYM_PAREN.finditer(text):
        acronym, inner = m.group(1), " ".join(m.group(2).split())
        if acronym in found or not is_acronym(acronym):
            continue
        if inner.lower().startswith("the "):
            inner = inner[4:]
        if initials_fit(acronym, _WORD_RE.findall(inner)):
            found[acronym] = inner
    return found


@lru_cache(maxsize=256)
def _acronym_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(k) for k in keys)
    return re.compile(rf"(?<![\w&])({alternatives})(s?)(?![\w&])")


def expand_roles(roles: list[str], acronyms: dict[str, str]) -> list[str]:
    """Each role with the document's acronyms spelt out (whole tokens only); others as written."""
    if not acronyms:
        return list(roles)
    pattern = _acronym_pattern(tuple(sorted(acronyms, key=len, reverse=True)))

    def spell(m: re.Match[str]) -> str:
        key, plural = m.group(1), m.group(2)
        if plural and key + plural in acronyms:
            return acronyms[key + plural]
        return acronyms[key] + plural

    return [pattern.sub(spell, role) for role in roles]
