"""A cell's text made plain before it is cut into tokens: Unicode dashes and quotes to ASCII,
words broken over lines joined, spaces collapsed."""

from __future__ import annotations

import re
import unicodedata

from .vocabulary import lexicon

_TRANSLATE = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2022": " ", "\u25cf": " ",
})
# A word cut by a line break or a hyphen (`Novem-\nber`, `Novem-ber` once lines are joined).
_BROKEN_WORD = re.compile(r"([^\W\d_]+)(?:-[ \t]*(?:\r?\n)?[ \t]*|[ \t]*\r?\n[ \t]*)([^\W\d_]+)")


def clean_text(text: str) -> str:
    """Unicode dashes and quotes to ASCII, words broken over lines joined, spaces collapsed."""
    s = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    if "\n" in s or "-" in s:
        vocab = lexicon().vocabulary

        def join(m: re.Match) -> str:
            left, right = m.group(1), m.group(2)
            if (left + right).lower() in vocab and right.lower() not in vocab:
                return left + right
            return m.group(0)

        s = _BROKEN_WORD.sub(join, s)
    return " ".join(s.split())
