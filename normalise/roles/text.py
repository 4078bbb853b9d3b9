"""A responsible cell's text made ready to parse: markup, entities and bullets cleaned, and an
all-capitals cell re-cased so the case-sensitive rules can read it."""

from __future__ import annotations

import html
import re

from .vocabulary import RoleLexicon

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")
_BULLET = re.compile(r"^[ \t]*(?:[•▪‣◦●○■□➢➤►\u2043\uf0b7\uf0a7]|[-*](?=\s))[ \t]*", re.MULTILINE)
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WRAP_HYPHEN = re.compile(r"(?<=[A-Za-z])-[ \t]*\n[ \t]*(?=[a-z])")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]+")
_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "to", "with", "by", "in", "on", "at", "or"})


def clean_cell_text(text: str) -> str:
    """Markup and entities decoded, bullets made line starts, spaces single; line breaks kept."""
    if "<" in text:
        text = _TAG.sub("\n", text)
    if "&" in text and ";" in text:
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HSPACE.sub(" ", text)
    text = _BULLET.sub("\n", text)
    text = _WRAP_HYPHEN.sub("-", text)
    text = re.sub(r" ?\n[ \n]*", "\n", text)
    return text.strip()


def analysis_text(text: str, lex: RoleLexicon) -> str:
    """An all-capitals cell re-cased (same length) so the case-sensitive rules can read it."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return text

    def recase(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _FUNCTION_WORDS:
            return low
        if len(word) >= 5 or low in lex.vocabulary:
            return word.capitalize()
        return word  # a short word nobody defined is most likely an acronym

    return _CAPS_WORD.sub(recase, text)
