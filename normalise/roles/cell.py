"""One cell parsed for splitting: its tokens as plain lists, the pipeline's marks as offsets,
and each token's kind (a word, a connector of some rank, a bracket, a note, layout)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .vocabulary import RoleLexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc


# token kinds; connectors are ranked so that `, and` acts as a comma and `and\n` as an "and"
WORD, SKIP, OPEN, CLOSE = "word", "skip", "open", "close"
RANK = {
    "newline": 1,
    "soft": 2,
    "with": 3,
    "dash": 4,
    "colon": 4,
    "comma": 5,
    "hard": 9,
    "note": 9,
    "cut": 9,
}
_HARD_PUNCT = {";", ".", "•", "▪", "●", "◦", "·", "*"}
_DASHES = {"-", "–", "—", "--"}
_APOSTROPHES = {"'", "’"}
_QUOTES = {'"', "“", "”", "‘"}

BODY_LABELS = ("DEPT", "JOINED", "AGENCY")
_ENTITY_LABELS = frozenset({*BODY_LABELS, "PERSON"})


@dataclass(frozen=True)
class Mark:
    """A span the pipeline marked, as plain token offsets (cheaper to query than spaCy Spans)."""

    start: int
    end: int
    label: str


class ParsedCell:
    """One parsed cell: per-token lists, the pipeline's marks and each token's kind."""

    def __init__(self, doc: Doc, text: str, lex: RoleLexicon):
        self.text, self.lex, self.n = text, lex, len(doc)
        self.txt: list[str] = []
        self.low: list[str] = []
        self.idx: list[int] = []
        self.like_num: list[bool] = []
        self.glued: list[bool] = []  # no space before the token
        space = True
        for t in doc:  # one pass: spaCy builds a Token object on every access
            self.txt.append(t.text)
            self.low.append(t.lower_)
            self.idx.append(t.idx)
            self.like_num.append(t.like_num)
            self.glued.append(not space)
            space = bool(t.whitespace_)
        # the pipeline read line breaks as spaces (so `Head\nof Finance` is still `Head of`); the
        # splitter sees them here, as a weak separator before a token
        self.break_before = [
            i > 0 and "\n" in text[self.idx[i - 1] + len(self.txt[i - 1]) : self.idx[i]]
            for i in range(self.n)
        ]
        # a trained model's ORG, GPE... would hide connectors inside them: only the ruler's labels
        ents = [e for e in doc.ents if e.label_ in _ENTITY_LABELS]
        self.ent_at = {e.start: Mark(e.start, e.end, e.label_) for e in ents}
        self.ent_ending = {e.end - 1: e.label_ for e in ents}
        self.title_at = {m.start: m for m in self._titles_by_line(doc)}
        self.inside: set[int] = set()  # tokens inside an entity or title, past its first token
        for mark in [*self.ent_at.values(), *self.title_at.values()]:
            self.inside.update(range(mark.start + 1, mark.end))
        self.kind = self._kinds(doc)

    def _titles_by_line(self, doc: Doc) -> list[Mark]:
        # `Chief Executive` / `Leader` reads as one `Chief Executive Leader`: a title complete
        # before a line break ends there
        out = []
        for span in doc.spans["role_starts"]:
            for j in range(span.start + 1, span.end):
                if self.break_before[j] and self._is_title_phrase(span.start, j):
                    out.append(Mark(span.start, j, "TITLE"))
                    if self._is_title_phrase(j, span.end):
                        out.append(Mark(j, span.end, "TITLE"))
                    break
            else:
                out.append(Mark(span.start, span.end, span.label_))
        return out

    def _is_title_phrase(self, start: int, end: int) -> bool:
        words, phrases = self.low[start:end], self.lex.title_phrases
        while (
            len(words) > 1
            and words[0] in self.lex.title_modifiers
            and " ".join(words) not in phrases
        ):
            words = words[1:]
        return " ".join(words) in phrases

    def _kinds(self, doc: Doc) -> list[str]:
        lex, txt = self.lex, self.txt
        protected = self.inside | set(self.ent_at) | set(self.title_at)
        kind = [WORD] * self.n
        for span in doc.spans["connectors"]:
            if not protected.intersection(range(span.start, span.end)):
                kind[span.start : span.end] = ["hard" if span.label_ == "HARD" else "soft"] * len(
                    span
                )
        for i in range(self.n):
            if i in protected or kind[i] != WORD:
                continue
            t, low = txt[i], self.low[i]
            if not t.strip():
                kind[i] = SKIP
            elif t == ",":
                kind[i] = "comma"
            elif t in _HARD_PUNCT:
                kind[i] = "hard"
            elif low in lex.soft_connectors:
                kind[i] = "soft"
            elif low == "with":
                kind[i] = "with"
            elif t in _DASHES:
                kind[i] = "dash"
            elif t == ":":
                kind[i] = "colon"
            elif t in "([{":
                kind[i] = OPEN
            elif t in ")]}":
                kind[i] = CLOSE
            elif t in _QUOTES:
                kind[i] = SKIP
            elif t in _APOSTROPHES:
                # `Victims' Commissioner` keeps its apostrophe; a quote mark is layout
                kind[i] = WORD if self.glued[i] and kind[i - 1] == WORD else SKIP
            elif self.like_num[i] and self._list_number(i):
                kind[i] = "hard"  # `1. Head of Finance 2. Head of Legal`
        for span in doc.spans["labels"]:
            if self._segment_start(span.start, kind):
                kind[span.start : span.end] = ["hard"] * len(span)
        for span in doc.spans["notes"]:
            if span.start not in protected and kind[span.start] == WORD:
                self._mark_clause(span.start, kind)
        return kind

    def _list_number(self, i: int) -> bool:
        if i + 1 >= self.n or self.txt[i + 1] not in {".", ")"}:
            return False
        return i + 2 >= self.n or self.txt[i + 2][:1].isupper()

    def _segment_start(self, i: int, kind: list[str]) -> bool:
        if self.break_before[i]:
            return True
        for j in range(i - 1, -1, -1):
            if kind[j] != SKIP:
                return kind[j] not in (WORD, CLOSE)
        return True

    def _mark_clause(self, start: int, kind: list[str]) -> None:
        # a clause about the role ("to determine", "will monitor") runs to the next separator
        for i in range(start, self.n):
            k = kind[i]
            if k in ("comma", "hard", "colon", "dash", OPEN, CLOSE) or self.txt[i] == "/":
                return
            if i > start and self.break_before[i] and self.txt[i][:1].isupper():
                return
            if k == "soft" and i + 1 < self.n and self.txt[i + 1][:1].isupper():
                return
            kind[i] = "note"
