"""A parsed cell cut into items: runs of words, ranked connectors and bracket groups, with a cut
where one run of words holds two roles (`Head of Finance Head of Legal`)."""

from __future__ import annotations

from typing import Any

from .acronyms import is_acronym
from .cell import BODY_LABELS, CLOSE, OPEN, RANK, SKIP, WORD, ParsedCell
from .shape import shape_of

Item = tuple[str, Any]  # ("part", [tokens]) | ("conn", kind) | ("paren", (open, close))


def items(cell: ParsedCell, lo: int, hi: int) -> list[Item]:
    """Tokens lo..hi as items, with a cut wherever a run of words holds two roles."""
    out: list[Item] = []
    kind = cell.kind
    i = lo
    while i < hi:
        k = kind[i]
        if k == OPEN:
            close = _matching_close(cell, i, hi)
            if close is not None:
                out.append(("paren", (i, close)))
                i = close + 1
                continue
            k = SKIP  # a bracket never closed is layout: `((Head of Finance`
        if cell.break_before[i] and i not in cell.inside and out and out[-1][0] != "conn":
            out.append(("conn", "newline"))
        if k == WORD:
            if out and out[-1][0] == "part":
                out[-1][1].append(i)
            else:
                out.append(("part", [i]))
        elif k in RANK:
            if out and out[-1][0] == "conn":
                if RANK[k] > RANK[out[-1][1]]:
                    out[-1] = ("conn", k)
            else:
                out.append(("conn", k))
        i += 1
    return _with_cuts(cell, out)


def _matching_close(cell: ParsedCell, i: int, hi: int) -> int | None:
    depth = 0
    for j in range(i, hi):
        depth += {OPEN: 1, CLOSE: -1}.get(cell.kind[j], 0)
        if depth == 0:
            return j
    return None


def _with_cuts(cell: ParsedCell, found: list[Item]) -> list[Item]:
    out: list[Item] = []
    for name, value in found:
        if name != "part":
            out.append((name, value))
            continue
        start = 0
        for pos in _cuts(cell, value):
            out.extend([("part", value[start:pos]), ("conn", "cut")])
            start = pos
        out.append(("part", value[start:]))
    return out


def _cuts(cell: ParsedCell, toks: list[int]) -> list[int]:
    """Where a run of words with no separator holds two roles: `Head of X Head of Y`."""
    lex = cell.lex
    cuts: list[int] = []
    start = 0
    for pos in range(1, len(toks)):
        i, prev = toks[pos], toks[pos - 1]
        if i in cell.inside or i != prev + 1:
            continue
        before = toks[start:pos]
        linked = cell.low[prev] in lex.link_words or cell.low[prev] in lex.title_quantifiers
        title, ent = cell.title_at.get(i), cell.ent_at.get(i)
        if title is not None and title.end - title.start >= 2 and not linked:
            possessive = title.end < cell.n and cell.low[title.end] in ("'s", "’s")
            left = shape_of(cell, before)
            # `Detective Chief Superintendent`: a bare word before a title is part of it
            ends_role = left.complete or left.starts_title or left.has_object
            cut = ends_role and not possessive and not _qualifier(cell, before)
        elif (
            ent is not None
            and ent.label == "PERSON"
            and not linked
            or cell.ent_ending.get(prev) == "PERSON"
            and cell.txt[i][:1].isupper()
        ):
            cut = True
        else:
            cut = _headed_break(cell, before, toks[pos:]) or _acronym_break(cell, before, i)
        if cut:
            cuts.append(pos)
            start = pos
    return cuts


def _qualifier(cell: ParsedCell, before: list[int]) -> bool:
    # `OPCC Chief Executive`, `Council Leader`: one word naming whose title it is
    return len(before) == 1 and (
        is_acronym(cell.txt[before[0]]) or cell.low[before[0]] in cell.lex.body_heads
    )


def _headed_break(cell: ParsedCell, before: list[int], rest: list[int]) -> bool:
    # `Housing Manager Community Safety Officer`: a person role, then another phrase with a head
    lex, low = cell.lex, cell.low
    if len(before) < 2 or low[before[-1]] not in lex.person_heads:
        return False
    phrase: list[int] = []
    for t in rest:
        if t in cell.title_at or not cell.txt[t][:1].isupper():
            return False
        phrase.append(t)
        if low[t] in lex.person_heads or low[t] in lex.body_heads or low[t] in lex.weak_heads:
            break
    else:
        return False
    last = low[phrase[-1]]
    if len(phrase) < 2 or last in lex.weak_heads:
        return False
    compound = last in lex.body_heads and all(low[t] in lex.compound_modifiers for t in phrase[:-1])
    return not compound


def _acronym_break(cell: ParsedCell, before: list[int], i: int) -> bool:
    # `SB CEMB`, `CPU Legal`: two bodies side by side
    if len(before) != 1 or before[0] in cell.title_at:
        return False
    left = before[0]
    left_ent, right_ent = cell.ent_at.get(left), cell.ent_at.get(i)
    left_dept = left_ent is not None and left_ent.label in BODY_LABELS
    right_dept = right_ent is not None and right_ent.label in BODY_LABELS
    left_acr = (
        is_acronym(cell.txt[left])
        and not left_dept
        and cell.txt[left] not in cell.lex.acronym_qualifiers
    )
    right_acr = is_acronym(cell.txt[i]) and not right_dept
    if left_acr:
        return right_acr or right_dept
    return left_dept and left_ent.end == left + 1 and right_acr
