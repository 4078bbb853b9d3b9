"""The words around date atoms: marker tags read before and after an atom (`by`, `from`,
`early`), the connector between two atoms, and the repeat words (`quarterly`, `every April`)."""

from __future__ import annotations

from .cursor import Ctx
from .model import Atom


def repeat_words(cx: Ctx) -> tuple[str, str, set[int]]:
    """The repeat the words name (`quarterly`, `every Monday`): (recurrence, words, tokens)."""
    lex, toks = cx.lex, cx.toks
    recurrence, rec_rule, skip = "", "", set()
    for i, j, (value, approx), key in lex.recurrence.find(toks):
        if not recurrence:
            recurrence, rec_rule = value, " ".join(key)
            if approx:
                cx.flags.append(f"recurrence approximated ({' '.join(key)} as {value})")
        skip.update(range(i, j))
    for i in range(len(toks) - 1):  # `every Monday`
        if toks[i].text in ("every", "each") and toks[i + 1].text in lex.raw["weekdays"]:
            recurrence = recurrence or "weekly"
            rec_rule = rec_rule or f"{toks[i].text} weekday"
    return recurrence, rec_rule, skip


def tag_atoms(cx: Ctx, atoms: list[Atom]) -> None:
    """Each atom's marker tags, read back towards the atom before it (the gap between them)."""
    lo = 0
    for k, sp in enumerate(atoms):
        sp.tags, stop = prefix_tags(cx, lo, sp.first, first=(k == 0))
        sp.gap = (lo, stop)
        lo = sp.last


def without_repeats(cx: Ctx, atoms: list[Atom]) -> tuple[list[Atom], list[Atom]]:
    """`every April`, `annually in April`: a year-less atom names the repeat, not a date;
    returns (the atoms left, the repeats)."""
    repeats = [sp for sp in atoms if has_tag(sp.tags, "every") and sp.needs == "year"]
    if not repeats:
        return atoms, []
    atoms = [sp for sp in atoms if sp not in repeats]
    if atoms:  # the first remaining atom reads its markers from the start of the cell
        atoms[0].tags, _ = prefix_tags(cx, 0, atoms[0].first, first=True)
        atoms[0].tags = [t for t in atoms[0].tags if t[0] != "every"]
    return atoms, repeats


def prefix_tags(cx: Ctx, lo: int, hi: int, first: bool):
    """Read marker words backwards from an atom: ([(tag, phrase)], where the reading stopped)."""
    table = cx.lex.prefix_first if first else cx.lex.prefix_inner
    tags, j = [], hi
    while True:
        hit = table.match_before(cx.toks, j, lo)
        if not hit:
            break
        j, tag, key = hit[0], hit[1], hit[2]
        if tag:
            tags.append((tag, key))
        elif first and key == ("to",):
            tags.append(("until", key))  # `To March 2012`, `Ongoing to March 2012`
    return tags, j


def suffix_tags(cx: Ctx, lo: int, hi: int):
    """Marker words after the last atom, up to hi: [(tag, phrase)]."""
    tags, j = [], lo
    while True:
        hit = cx.lex.suffix.match_at(cx.toks, j, hi)
        if not hit:
            break
        j, tag, key = hit
        if tag:
            tags.append((tag, key))
    return tags


def connector(cx: Ctx, lo: int, hi: int) -> tuple[str, str]:
    """How two atoms are joined: (range | list | none | prose, the words)."""
    key = tuple(t.text for t in cx.toks[lo:hi] if t.text not in ("(", ")"))
    if not key:
        return "none", ""
    return cx.lex.connectors.get(key, "prose"), " ".join(key)


def has_tag(tags: list, *names: str) -> bool:
    """Whether any of the named tags was read."""
    return any(tag in names for tag, _ in tags)


def tag_phrase(tags: list, *names: str) -> str:
    """The words of the first of the named tags read, for the rule's name."""
    for tag, key in tags:
        if tag in names:
            return " ".join(key)
    return ""
