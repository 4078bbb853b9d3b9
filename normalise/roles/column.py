"""A responsible column read as a whole: a body the document prints alone in one cell
(`Norfolk Redevelopment and Housing Authority`) stays whole where a list runs it together with
others (`Higher Education Institutions, Norfolk Redevelopment and Housing Authority`)."""
from __future__ import annotations

import re

from .split import split_roles

_JOINERS = (" and ", " & ", ", ", " ")


def known_roles(cells: list[str]) -> set[str]:
    """The roles the column prints on their own: cells that split into exactly one role."""
    known = set()
    for cell in cells:
        roles = split_roles(cell) if cell.strip() else []
        if len(roles) == 1:
            known.add(_key(roles[0]))
    return known


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def rejoin(roles: list[str], cell: str, known: set[str]) -> list[str]:
    """Roles with neighbours joined back where the joined text is a role the column knows."""
    text = " ".join(cell.split())
    out = list(roles)
    i = 0
    while i + 1 < len(out):
        for joiner in _JOINERS:
            joined = f"{out[i]}{joiner}{out[i + 1]}"
            if _key(joined) in known and re.search(re.escape(joined), text, re.IGNORECASE):
                out[i:i + 2] = [joined]
                break
        else:
            i += 1
    return out
