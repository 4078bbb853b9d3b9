"""What a run of words looks like (a title, a name, a body, a headed phrase...), read from a
parsed cell; the splitter asks these shapes whether a connector ends a role."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .acronyms import is_acronym
from .cell import BODY_LABELS, ParsedCell
from .pipeline import INITIALS, SURNAME


@dataclass
class Shape:
    """What a run of words looks like, for deciding whether a connector splits."""

    words: int = 0
    starts_title: bool = False
    exact_title: bool = False
    comma_title: bool = False  # `Assistant Director`, which takes `, Housing`
    has_object: bool = False  # `Head of ...`: an "and" inside needs a strong reason to split
    starts_name: bool = False
    is_name: bool = False
    starts_acronym: bool = False
    is_acronym: bool = False
    starts_dept: bool = False
    is_dept: bool = False
    starts_agency: bool = False
    named_body: bool = False  # `Chamber of Commerce`: the head comes before "of"
    head: str | None = None  # person, body, weak
    lower: bool = False
    surname: bool = False
    initials: bool = False
    attachable: bool = False  # `Chair`, `Management Team`: continues the role on the line before

    @property
    def strong(self) -> bool:
        """Starts a new role whatever stands before it."""
        return (
            self.starts_title
            or self.starts_name
            or self.starts_agency
            or (self.starts_acronym and not self.starts_dept)
        )

    @property
    def role_like(self) -> bool:
        """A modifier and a head noun: `Community Safety Manager`, `Local Safeguarding Board`."""
        return self.words >= 2 and self.head in ("person", "body")

    @property
    def complete(self) -> bool:
        return bool(
            self.head or self.is_acronym or self.is_name or self.exact_title or self.is_dept
        )


def shape_of(cell: ParsedCell, toks: list[int]) -> Shape:
    """The shape of a run of words (token indexes into the cell)."""
    lex, low, txt = cell.lex, cell.low, cell.txt
    while len(toks) > 1 and low[toks[0]] in lex.leading_determiners:
        toks = toks[1:]
    s = Shape(words=len(toks))
    if not toks:
        return s
    first, last = toks[0], toks[-1]
    s.lower = txt[first][:1].islower()
    title = cell.title_at.get(first)
    if title is not None:
        s.starts_title = True
        s.exact_title = title.label == "TITLE" and title.end - 1 == last
        if s.exact_title:
            words = low[title.start : title.end]
            s.comma_title = any(" ".join(words[k:]) in lex.comma_titles for k in range(len(words)))
    for t in toks:
        mark = cell.title_at.get(t)
        if mark is not None and (
            mark.label == "TITLE_OF"
            or (
                mark.end - 1 < last
                and any(w in lex.object_links for w in low[mark.start : mark.end])
            )
        ):
            s.has_object = True
    ent = cell.ent_at.get(first)
    if ent is not None:
        whole = ent.end - 1 == last
        if ent.label == "PERSON":
            s.starts_name, s.is_name = True, whole
        elif ent.label in BODY_LABELS:
            s.starts_dept, s.is_dept, s.starts_agency = True, whole, ent.label == "AGENCY"
    if is_acronym(txt[first]) and low[first] not in lex.note_entries:
        s.starts_acronym, s.is_acronym = True, len(toks) == 1
    elif len(toks) > 1 and low[first] in lex.acronym_rank_prefixes and is_acronym(txt[toks[1]]):
        s.starts_title = True  # `Deputy CEO`
    end = low[last]
    if end in lex.person_heads or s.exact_title:
        s.head = "person"
    elif end in lex.body_heads:
        s.head = "body"
    elif end in lex.weak_heads:
        s.head = "weak"
    else:
        for k in range(1, len(toks) - 1):
            if low[toks[k]] in lex.object_links:
                if low[toks[k - 1]] in lex.body_heads or low[toks[k - 1]] in lex.weak_heads:
                    # `Centre of Excellence`, `Department for Business, Innovation and Skills`;
                    # its object stays open like Head of X's
                    s.head, s.named_body, s.has_object = "body", True, True
                break
    s.surname = (
        len(toks) == 1 and bool(re.match(SURNAME, txt[first])) and low[first] not in lex.vocabulary
    )
    s.initials = all(re.match(INITIALS, txt[t]) for t in toks)
    s.attachable = (
        s.head in ("body", "weak") and all(low[t] in lex.compound_modifiers for t in toks[:-1])
    ) or (len(toks) == 1 and end in lex.attachable_heads)
    return s
