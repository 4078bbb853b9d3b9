"""Splitting a responsible cell into roles: the fold that joins or splits at each connector,
brackets, the roles' text as written, and the cached public split_roles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .acronyms import initials_fit, is_acronym
from .cell import CLOSE, OPEN, RANK, WORD, ParsedCell
from .items import Item, items
from .pipeline import role_pipeline
from .shape import Shape, shape_of
from .text import analysis_text, clean_cell_text
from .vocabulary import RoleLexicon, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DATE = re.compile(r"(?:19|20)\d\d(?:/\d{2,4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?")


@dataclass
class _Role:
    """A role the fold is building: its words, and the text-only tokens it has taken in."""

    words: list[int]  # word tokens: what the shape is read from
    object_open: bool
    extra: list[int] = field(default_factory=list)  # connectors and kept brackets: text only
    in_list: bool = False  # inside `Director of Nursing, Midwifery and AHPs`

    def tokens(self) -> list[int]:
        return sorted(set(self.words) | set(self.extra))


class CellSplitter(ParsedCell):
    """A parsed cell and the fold that cuts it into roles."""

    def __init__(self, doc: Doc, text: str, lex: RoleLexicon):
        super().__init__(doc, text, lex)
        self.dropped: set[int] = set()  # tokens of brackets the fold dropped

    def fold(self, lo: int, hi: int) -> list[list[int]]:
        """Tokens lo..hi as roles (token lists), joining or splitting at each connector."""
        found = items(self, lo, hi)
        roles: list[list[int]] = []
        pending: list[list[int]] = []  # bracketed entries, listed after the role they follow
        cur: _Role | None = None
        conn: str | None = None
        for idx, (name, value) in enumerate(found):
            if name == "conn":
                conn = value if conn is None or RANK[value] > RANK[conn] else conn
                continue
            if name == "paren":
                verdict, inner = self._bracket(value, cur)
                if verdict == "entries":
                    (roles if cur is None else pending).extend(inner)
                elif verdict == "qualifier" and cur is not None:
                    cur.extra.extend(range(value[0], value[1] + 1))
                else:
                    self.dropped.update(range(value[0], value[1] + 1))
                continue
            part: list[int] = value
            if cur is None:
                cur = _Role(list(part), shape_of(self, part).has_object)
            elif conn is None:
                cur.words.extend(part)  # words after a bracket: `Director (interim) of Finance`
            elif self._joins(conn, cur, part, found[idx + 1 :]):
                cur.extra.extend(
                    t for t in range(cur.words[-1] + 1, part[0]) if t not in self.dropped
                )
                cur.words.extend(part)
            else:
                roles.append(cur.tokens())
                roles.extend(pending)
                pending.clear()
                cur = _Role(list(part), shape_of(self, part).has_object)
            conn = None
        if cur is not None:
            roles.append(cur.tokens())
        return roles + pending

    def _joins(self, conn: str, cur: _Role, part: list[int], ahead: list[Item]) -> bool:
        """Whether `part` continues the role `cur` across the connector `conn`."""
        if conn in ("hard", "note", "cut"):
            return False
        r, n = shape_of(self, cur.words), shape_of(self, part)
        if conn in ("comma", "dash", "colon"):
            if r.comma_title and not cur.object_open and not n.strong and n.head != "person":
                cur.object_open = True  # `Assistant Director, Housing and Community Safety`
                return True
            if conn == "comma" and r.surname and n.initials:
                return True  # `Smith, J.`
            if conn == "comma" and cur.object_open and not n.strong and not n.role_like:
                # `Head of Libraries, Arts and Heritage`: one role when the list ends "and X"
                cur.in_list = self._list_closes(part, ahead)
                return cur.in_list
            return False
        if conn == "soft" and cur.in_list and not (n.starts_title or n.starts_name or n.role_like):
            # the "and" that closes the list: `..., Midwifery and AHPs`; the object is complete,
            # so a further "and" starts another role (`..., Innovation and Skills and HM Treasury`)
            cur.in_list = cur.object_open = False
            return True
        if conn == "newline" and self.low[cur.words[-1]] in self.lex.link_words | {"and", "&"}:
            return True  # `Head of` / `Procurement`: the line broke inside the role
        if n.strong:
            return False
        if conn == "newline":
            return self._joins_line(cur, r, n)
        if conn == "with":
            if cur.object_open:
                return not (n.starts_dept or n.head)
            # `Cabinet Member with responsibility for Housing`, `Children with Disabilities Team`
            return n.lower or not r.complete
        # and, &, /, or, +
        if n.lower:
            if n.head in ("person", "body"):
                return False  # `Head of Procurement and nominated officers`
            return not r.complete or cur.object_open
        if cur.object_open:
            return not n.role_like  # `Head of Improvement and Performance`
        if r.complete:
            # `Finance and Performance Manager`: two words sharing one head
            return (
                r.is_dept
                and r.head is None
                and n.head is not None
                and not n.is_dept
                and not n.named_body
            )
        return not (n.is_dept or n.named_body)

    def _joins_line(self, cur: _Role, r: Shape, n: Shape) -> bool:
        # a line break is a wrap unless what follows reads as a role of its own
        if r.comma_title and not cur.object_open and n.head != "person":
            cur.object_open = True  # `Assistant Director` / `Housing`
            return True
        if n.lower or (n.words == 1 and n.head and r.head != "person"):
            return True  # `Community Safety` / `Manager`, `Town Centre` / `Manager`
        if cur.object_open and n.role_like:
            return False
        if n.starts_dept:
            # `Head of Procurement` / `Corporate Finance`, but `Director of Adult` / `Social Care`
            return cur.object_open and not self._ends_phrase(cur.words[-1])
        if cur.object_open:
            return True
        if r.is_dept and r.head is None and n.head is not None and not n.is_dept:
            return True
        return not r.complete or n.attachable

    def _ends_phrase(self, i: int) -> bool:
        low, lex = self.low[i], self.lex
        return (
            low in lex.person_heads
            or low in lex.body_heads
            or low in lex.weak_heads
            or i in self.ent_ending
        )

    def _list_closes(self, part: list[int], ahead: list[Item]) -> bool:
        # a comma inside "Head of X" is part of its object only when the list ends "and Y"
        if any(self.low[t] in ("and", "&") for t in part):
            return True  # the last item is itself `Sport and Leisure`
        conn = None
        for name, value in ahead:
            if name == "conn":
                conn = value if conn is None or RANK[value] > RANK[conn] else conn
                continue
            if name != "part":
                return False
            n = shape_of(self, value)
            if n.starts_title or n.starts_name or n.role_like or conn not in ("soft", "comma"):
                return False
            if conn == "soft":
                return True
            conn = None
        return False

    def _bracket(self, span: tuple[int, int], cur: _Role | None) -> tuple[str, list[list[int]]]:
        """What a bracket is: `drop` (note, acronym), `entries` (roles, people) or `qualifier`."""
        open_i, close_i = span
        inner = [r for r in self.fold(open_i + 1, close_i) if self.role_text(r)]
        if not inner:
            return "drop", []
        words = [t for t in range(open_i + 1, close_i) if self.kind[t] == WORD]
        if all(len(self.txt[t]) == 1 for t in words):
            return "drop", []  # `(L)`, `(S)`, `(R/A)`: lead / support markers
        if cur is not None and len(words) == 1 and is_acronym(self.txt[words[0]]):
            role_words = [self.txt[t] for t in cur.tokens() if self.txt[t][:1].isalpha()]
            if any(
                initials_fit(self.txt[words[0]], role_words[k:]) for k in range(len(role_words))
            ):
                return "drop", []  # `Corporate Management Team (CMT)`
        ranks = self.lex.attachable_heads | self.lex.title_modifiers
        rank_only = all(self.low[t] in ranks for r in inner for t in r if self.kind[t] == WORD)
        shapes = [shape_of(self, r) for r in inner]
        if cur is None or (
            not rank_only and any(s.starts_title or s.starts_name or s.role_like for s in shapes)
        ):
            return "entries", inner  # `(J. Smith)`, `(Section 151 Officer)`; not `(Chair)`
        if any(
            self.low[t] in self.lex.date_words or _DATE.fullmatch(self.txt[t])
            for t in range(open_i, close_i)
        ):
            return "drop", []  # `(from April 2011)`: when, not who
        return "qualifier", []  # `(Crime)`, `(Interim)`: stays on the role

    def role_text(self, toks: list[int]) -> str:
        """The role as written: the cell's own characters, whitespace made single."""
        lex, kind = self.lex, self.kind
        toks = [t for t in toks if t not in self.dropped and kind[t] != "note"]
        # every word of the role stays, `The Children's Trust` and `Youth Service lead` included;
        # only the punctuation around it goes
        while toks and kind[toks[0]] not in (WORD, OPEN):
            toks = toks[1:]
        while toks and kind[toks[-1]] not in (WORD, CLOSE):
            toks = toks[:-1]
        if not toks:
            return ""
        pieces: list[str] = []
        run_start = prev = toks[0]
        for t in [*toks[1:], None]:
            if t is not None and t == prev + 1:
                prev = t
                continue
            pieces.append(self.text[self.idx[run_start] : self.idx[prev] + len(self.txt[prev])])
            if t is not None:
                run_start = prev = t
        text = " ".join(" ".join(pieces).split())
        if text.lower() in lex.note_entries or all(self.low[t] in lex.link_words for t in toks):
            return ""  # `TBC`, `of`
        return text if any(c.isalpha() for c in text) else ""

    def roles(self) -> list[str]:
        seen: set[str] = set()
        out: list[str] = []
        for toks in self.fold(0, self.n):
            text = self.role_text(toks)
            if text and text.casefold() not in seen:
                seen.add(text.casefold())
                out.append(text)
        return out


def roles_in_cell(text: str) -> tuple[str, ...]:
    """split_roles without the per-text cache (for benchmarks)."""
    cleaned = clean_cell_text(text or "")
    if not cleaned:
        return ()
    lex = lexicon()
    doc = role_pipeline()(analysis_text(cleaned, lex).replace("\n", " "))
    return tuple(CellSplitter(doc, cleaned, lex).roles())


_cached_roles = lru_cache(maxsize=65536)(roles_in_cell)


def split_roles(text: str) -> list[str]:
    """A responsible cell -> its distinct roles, bodies and people, as written, in order."""
    return list(_cached_roles(text or ""))
