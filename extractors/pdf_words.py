"""Characters to words and text lines, in any of the four reading directions a page can print.

Rotated text (side labels, vertical header cells, pages laid sideways) is turned upright, read like any
other line, and its boxes turned back, so `Process` stays one word instead of `ess` + `Proc`.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from operator import attrgetter, itemgetter
from typing import TypeVar

from .pdf_page import Box, Char, PageContent, Rule


@dataclass(frozen=True)
class WordSettings:
    # a gap wider than this share of the font size splits a word even without a space character
    word_gap: float = 0.22
    # two glyphs are on one line when they overlap vertically by this share of the smaller one
    line_overlap: float = 0.5


WORDS = WordSettings()
B = TypeVar("B")  # anything with a box: x0, top, x1, bottom
_TOP_LEFT, _LEFT, _FIRST = attrgetter("top", "x0"), attrgetter("x0"), itemgetter(0)


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool = False
    dir: int = 0  # reading direction, as for Char
    chars: list[Char] = field(default_factory=list)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class TextLine:
    """Words sharing a baseline, left to right."""

    words: list[Word]
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0

    def __post_init__(self) -> None:
        if self.words:
            self.x0, self.top, self.x1, self.bottom = box_around(self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def box_around(boxes: Iterable) -> tuple[float, float, float, float]:
    """x0, top, x1, bottom of the smallest box holding all of `boxes` (at least one)."""
    boxes = boxes if isinstance(boxes, list) else list(boxes)
    # list comprehensions: this runs for every word and line, and min() over a list beats a generator
    return (min([b.x0 for b in boxes]), min([b.top for b in boxes]),
            max([b.x1 for b in boxes]), max([b.bottom for b in boxes]))


# ---------------------------------------------------------------- turning the frame


def turn_box(box: tuple[float, float, float, float], turn: int, width: float, height: float):
    """A box on a page of `width` x `height`, seen after turning the page so text of direction `turn`
    reads left to right (turn 90: text running upwards; 270: downwards)."""
    x0, top, x1, bottom = box
    if turn == 90:  # turn the page clockwise
        return height - bottom, x0, height - top, x1
    if turn == 270:  # anticlockwise
        return top, width - x1, bottom, width - x0
    if turn == 180:
        return width - x1, height - bottom, width - x0, height - top
    return box


def unturn_box(box: tuple[float, float, float, float], turn: int, width: float, height: float):
    """The inverse of turn_box: back to the page as displayed (`width` x `height` as displayed)."""
    if turn == 90:
        return turn_box(box, 270, height, width)
    if turn == 270:
        return turn_box(box, 90, height, width)
    return turn_box(box, turn, width, height)


def turned_size(turn: int, width: float, height: float) -> tuple[float, float]:
    return (height, width) if turn in (90, 270) else (width, height)


def turn_char(ch: Char, turn: int, width: float, height: float) -> Char:
    x0, top, x1, bottom = turn_box((ch.x0, ch.top, ch.x1, ch.bottom), turn, width, height)
    return Char(ch.text, x0, top, x1, bottom, ch.size, (ch.dir - turn) % 360, ch.bold, ch.conf)


def turn_content(content: PageContent, turn: int) -> PageContent:
    """The page turned so that text printed in direction `turn` reads left to right."""
    if turn == 0:
        return content
    w, h = content.width, content.height
    new_w, new_h = turned_size(turn, w, h)
    return replace(
        content,
        width=new_w,
        height=new_h,
        chars=[turn_char(c, turn, w, h) for c in content.chars],
        rules=[Rule(*turn_box((r.x0, r.top, r.x1, r.bottom), turn, w, h)) for r in content.rules],
        boxes=[Box(*turn_box((b.x0, b.top, b.x1, b.bottom), turn, w, h), b.light, b.colour) for b in content.boxes],
    )


def dominant_direction(chars: list[Char]) -> int:
    """The direction most of the page's text reads in (ties go to upright)."""
    counts: dict[int, int] = {}
    for ch in chars:
        counts[ch.dir] = counts.get(ch.dir, 0) + 1
    if not counts:
        return 0
    best = max(counts, key=lambda d: (counts[d], d == 0))
    return best if counts[best] > 2 * counts.get(0, 0) else 0


# ---------------------------------------------------------------- upright text


def boxes_to_lines(boxes: Iterable[B], overlap: float = WORDS.line_overlap,
                   in_order: bool = False) -> list[list[B]]:
    """Boxes (characters, words) grouped by baseline; each line left to right, lines top to bottom.

    A box joins one of the last few lines when they overlap vertically by `overlap` of the smaller
    height. Boxes are taken top to bottom, the tallest setting its line's band (a superscript sorts
    first but must not set it); or, `in_order`, in the order given (a PDF's own reading order), the
    first box of a line setting its band, so that columns of a page set side by side stay apart."""
    lines: list[list] = []  # [top, bottom, boxes]
    for box in boxes if in_order else sorted(boxes, key=_TOP_LEFT):
        if lines and box.top == lines[-1][0] and box.bottom == lines[-1][1]:
            lines[-1][2].append(box)  # the common case: the same band as the last line's
            continue
        height = box.bottom - box.top
        home = None
        for line in reversed(lines[-4:]):
            shared = min(line[1], box.bottom) - max(line[0], box.top)
            if shared >= overlap * min(height, line[1] - line[0]):
                home = line
                break
        if home is None:
            lines.append([box.top, box.bottom, [box]])
        else:
            home[2].append(box)
            if not in_order and height > home[1] - home[0]:
                home[0], home[1] = box.top, box.bottom
    lines.sort(key=_FIRST)
    return [sorted(line[2], key=_LEFT) for line in lines]


def line_to_words(chars: list[Char], settings: WordSettings = WORDS) -> list[Word]:
    """One line's characters, left to right, cut into words at spaces and at wide gaps."""
    words: list[Word] = []
    current: list[Char] = []
    word_gap = settings.word_gap
    prev = None
    for ch in chars:
        if ch.text.isspace():
            if current:
                words.append(_make_word(current))
                current = []
            continue
        if current:
            size = prev.size if prev.size < ch.size else ch.size
            if ch.x0 - prev.x1 > word_gap * (size if size > 1.0 else 1.0) or ch.x1 < prev.x0:
                words.append(_make_word(current))
                current = []
        current.append(ch)
        prev = ch
    if current:
        words.append(_make_word(current))
    return words


def _make_word(chars: list[Char]) -> Word:
    bold = sum([c.bold for c in chars]) * 2 > len(chars)
    x0, top, x1, bottom = box_around(chars)
    return Word(
        text="".join([c.text for c in chars]),
        x0=x0,
        top=top,
        x1=x1,
        bottom=bottom,
        size=max([c.size for c in chars]),
        bold=bold,
        dir=chars[0].dir,
        chars=chars,
    )


def chars_to_text_lines(chars: list[Char], settings: WordSettings = WORDS) -> list[TextLine]:
    """Upright characters as text lines of words."""
    out = []
    for line in boxes_to_lines(chars, settings.line_overlap):
        words = line_to_words(line, settings)
        if words:
            out.append(TextLine(words))
    return out


# ---------------------------------------------------------------- rotated text


def rotated_chars_to_words(chars: list[Char], width: float, height: float,
                           settings: WordSettings = WORDS) -> list[Word]:
    """Words of text printed at 90, 180 or 270 degrees, with boxes on the page as it lies."""
    words: list[Word] = []
    by_dir: dict[int, list[Char]] = {}
    for ch in chars:
        by_dir.setdefault(ch.dir, []).append(ch)
    for direction, group in by_dir.items():
        upright = [turn_char(c, direction, width, height) for c in group]
        for line in boxes_to_lines(upright, settings.line_overlap):
            for word in line_to_words(line, settings):
                x0, top, x1, bottom = unturn_box((word.x0, word.top, word.x1, word.bottom), direction, width, height)
                words.append(Word(word.text, x0, top, x1, bottom, word.size, word.bold, direction, word.chars))
    return words


def words_in_reading_order(words: list[Word], width: float, height: float) -> list[list[Word]]:
    """Words of one cell as lines in reading order, whatever direction they were printed in."""
    upright = [w for w in words if w.dir == 0]
    lines = boxes_to_lines(upright)
    turned: dict[int, list[Word]] = {}
    for w in words:
        if w.dir != 0:
            turned.setdefault(w.dir, []).append(w)
    for direction, group in turned.items():
        flipped = []
        for w in group:
            box = turn_box((w.x0, w.top, w.x1, w.bottom), direction, width, height)
            flipped.append(Word(w.text, *box, w.size, w.bold, 0, w.chars))
        lines.extend(boxes_to_lines(flipped))
    return lines
