"""Cell text cleaning: HTML debris to text, bullets to `• ` lines, wrapped lines and hyphenation joined.

Pure string functions; none of the author's words is dropped, only markup and layout whitespace.
"""
from __future__ import annotations

import html
import re

BULLET = "• "
# a break the author made (a paragraph or list tag), as opposed to a line wrap of the layout
HARD = "\u2029"
# characters documents use as list bullets; Wingdings bullets arrive as private-use code points
_BULLETS = "•▪‣◦●○■□➢➤►–\u2022\u2023\u2043\uf0b7\uf0a7\uf076\uf0d8"
_BULLET_LINE = re.compile(rf"^\s*(?:(?:[{_BULLETS}]|[-*](?=\s))\s*)+")
_NUMBERED_LINE = re.compile(r"^\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]\s+\S")
# only HTML's own tags are markup: `<four hours>` or `<insert date>` in a cell is the author's text
_HTML_TAGS = (r"p|ul|ol|li|br|div|span|strong|em|b|i|u|s|font|table|tbody|thead|tfoot|tr|td|th|caption|col|colgroup"
              r"|h[1-6]|a|sup|sub|small|big|blockquote|hr|img|del|ins|strike|center|section|article|label|o:p|pre"
              r"|code|mark|abbr|cite|q|dl|dt|dd|nav|header|footer|main|aside|figure|figcaption")
_TAG = re.compile(rf"<\s*(/?)\s*({_HTML_TAGS})\b[^<>]*?(/?)\s*>", re.IGNORECASE)
_HAS_TAG = re.compile(r"<\s*/?\s*(p|ul|ol|li|br|div|span|strong|em|b|i|u|font|table|tr|td|th|h[1-6])\b[^<>]*>", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "ul", "ol", "br", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6"}
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def html_to_lines(text: str) -> str:
    """Turn HTML fragments into plain lines: block tags break lines, `<li>` starts a bullet line."""
    if not _HAS_TAG.search(text):
        return html.unescape(text) if "&" in text else text
    out: list[str] = []
    pos = 0
    for m in _TAG.finditer(text):
        out.append(text[pos:m.start()])
        closing, name = m.group(1), m.group(2).lower()
        if name == "li" and not closing:
            out.append(HARD + BULLET)
        elif name in _BLOCK_TAGS or name == "li":
            out.append(HARD)
        pos = m.end()
    out.append(text[pos:])
    return html.unescape("".join(out))


_INLINE_BULLET = re.compile("\\s*[•▪●◦\uf0b7]\\s+")


def split_inline_bullets(text: str) -> str:
    """`intro • one • two` -> one line per bullet item, each starting with `• `."""
    lines = []
    for line in text.split("\n"):
        parts = _INLINE_BULLET.split(line)
        if len(parts) == 1:
            lines.append(line)
            continue
        head, items = parts[0], parts[1:]
        if head.strip():
            lines.append(head)
        lines.extend(BULLET + item for item in items if item.strip())
    return "\n".join(lines)


def join_wrapped(lines: list[str]) -> list[str]:
    """Join lines that are wraps of one paragraph; a bullet line starts a new item."""
    out: list[str] = []
    for raw in lines:
        line = _SPACE.sub(" ", raw).strip()
        if not line:
            continue
        bullet = _BULLET_LINE.match(line)
        if bullet:
            item = line[bullet.end():].strip()
            if item:
                out.append(BULLET + item)
            continue
        if out and not _NUMBERED_LINE.match(line):
            out[-1] = join_hyphenated(out[-1], line)
        else:
            out.append(line)  # the first line, or a numbered item (`2. Offer ...`, `b) Review ...`)
    return out


# a line-end hyphen followed by one of these was splitting a word (docu-mentation), not a compound
_WORD_TAILS = re.compile(
    r"^(ment|mentation|tion|sion|sation|zation|ness|ity|ities|ance|ence|ency|ancy|ing|ings|ise|ize|ised|"
    r"ized|ated|ation|ations|ure|ble|bly|ally|ly|ed|er|ers|es|al|ary|ory|ive|ous|ful|ship|ments)\b"
)


def join_hyphenated(left: str, right: str) -> str:
    """Join two wrapped lines; a word split by a hyphen at the line end is joined back."""
    if left.endswith("-") and not left.endswith(" -") and right[:1].islower():
        if _WORD_TAILS.match(right):
            return left[:-1] + right
        # a compound (long-term, co-ordinate) keeps its hyphen
        return left + right
    return f"{left} {right}"


def clean_cell(text: str | None, keep_lines: bool = True) -> str:
    """Markup stripped, bullets kept as `• ` lines, wraps joined, whitespace tidied."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[str] = []
    for segment in html_to_lines(text).split(HARD):
        lines.extend(join_wrapped(split_inline_bullets(segment).split("\n")))
    if not keep_lines:
        return " ".join(lines)
    return "\n".join(lines)


def squash(text: str) -> str:
    """One line, single spaces: for comparing cells and building keys."""
    return _SPACE.sub(" ", text.replace("\n", " ").replace(HARD, " ")).strip()
