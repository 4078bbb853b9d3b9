"""Atoms and their words to one reading: the atoms a range joins, their years, then the kind
(during, due, from, range) and its dates; a repeat keeps its period's dates."""

from __future__ import annotations

from datetime import date, timedelta

from .context import borrow_years, place_in_year, place_plan_year
from .cursor import Ctx
from .dates import thirds
from .model import Atom, Reading
from .phrases import connector, has_tag, suffix_tags, tag_phrase
from .relative import place_relative
from .vocabulary import lexicon

# Months between two repeats: a recurring period keeps its end only when it is longer.
_REPEAT_MONTHS = {"weekly": 0.25, "monthly": 1, "quarterly": 3, "biannual": 6, "annual": 12}


def recurring_dates(reading: Reading, recurrence: str) -> tuple[date | None, date | None]:
    """A repeat starts with its period, and ends with it only if it is longer than a repeat."""
    if reading.kind in ("from", "due", "range"):
        return reading.start, reading.end
    if reading.kind != "during":
        return None, None
    months = ((reading.end - reading.start).days + 1) / 30.4
    longer = months > _REPEAT_MONTHS[recurrence] + 0.5
    return reading.start, reading.end if longer else None


def atoms_to_reading(cx: Ctx, atoms: list[Atom]) -> Reading:
    """Chain the atoms joined by range words, give them years, and name the kind."""
    chain, joins = [atoms[0]], []
    for sp in atoms[1:]:
        conn, words = connector(cx, *sp.gap)
        first_tags = chain[0].tags
        if conn == "range" or conn == "list" or (
                conn == "none" and has_tag(sp.tags, "until", "due", "end", "before")) or (
                conn in ("list", "prose") and has_tag(first_tags, "from")
                and has_tag(sp.tags, "until", "due", "end")):
            chain.append(sp)
            joins.append((conn, words or tag_phrase(sp.tags, "until", "due", "end", "before")))
        else:
            break
    flags = []
    if len(chain) < len(atoms):
        flags.append("further dates in text ignored")
    if any(j[0] == "list" for j in joins) and not has_tag(chain[0].tags, "between", "from") \
            and not has_tag(chain[-1].tags, "until", "due", "end"):
        flags.append("several dates read as one span")
    for sp in chain:
        if sp.needs == "plan" and not place_plan_year(cx, sp):
            return Reading("unknown", rule="unknown[plan year without plan period]",
                           flags=flags + ["plan year needs the plan period"])
        if sp.needs == "doc" and not place_relative(cx, sp):
            return Reading("unknown", rule="unknown[relative without document date]",
                           flags=flags + ["relative timeframe without document date"])
    borrow_years(chain)
    while waiting := [sp for sp in chain if sp.needs == "year"]:
        # no neighbour gave a year (or none fits, like 29 February): ask the plan
        if not place_in_year(cx, waiting[0]):
            return Reading("unknown", rule=f"unknown[no year: {waiting[0].rule}]",
                           flags=flags + ["timeframe has no year"])
        borrow_years(chain)
    for sp in chain:
        flags.extend(sp.flags)
    before = cx.tok(chain[0].first - 1)
    if chain[0].rule == "year" and before is not None and (
            before.kind == "num" or before.kind == "word" and before.text not in cx.lex.vocabulary):
        flags.append("words before the year not understood")  # `Easter 2012`, `Q5 2011`
    atom_rules = "+".join(sp.rule for sp in chain)

    last = chain[-1]
    suffix = suffix_tags(cx, last.last, atoms[len(chain)].first if len(chain) < len(atoms)
                         else len(cx.toks))
    if len(chain) == 1:
        return single_reading(chain[0], suffix, atom_rules, flags)

    start, end = _modified(chain[0], "range")[0], _modified(last, "range")[1]
    if has_tag(last.tags, "before"):
        end = last.start - timedelta(days=1)
    conn = joins[0][1]
    if start > end:
        return Reading("unknown", rule=f"unknown[range backwards] <- {atom_rules}",
                       flags=flags + ["range ends before it starts"])
    return Reading("range", start, end, f"range[{conn}] <- {atom_rules}", flags)


def _modified(sp: Atom, context: str) -> tuple[date, date]:
    """An atom's dates after early / mid / late (and `start of` behind a deadline or start)."""
    for tag, key in sp.tags:
        if tag in ("early", "mid", "late"):
            if tag == "early" and key in lexicon().point_start and context in ("due", "from"):
                return sp.start, sp.start
            return thirds(sp.start, sp.end, ("early", "mid", "late").index(tag))
    return sp.start, sp.end


def single_reading(sp: Atom, suffix: list, atom_rules: str, flags: list[str]) -> Reading:
    """One atom and its marker words (before, after, and those it implies) as a reading."""
    tags = sp.tags + suffix
    if sp.implied:
        tags = tags + [(sp.implied, (sp.rule,))]
    name = tag_phrase(tags, "before", "after", "from", "due", "until", "end")
    if has_tag(tags, "before") and not has_tag(tags, "end"):  # `before the end of 2011` is its end
        start, _ = _modified(sp, "due")
        return Reading("due", None, start - timedelta(days=1), f"due[{name}] <- {atom_rules}",
                       flags)
    if has_tag(tags, "after"):
        _, end = _modified(sp, "from")
        return Reading("from", end + timedelta(days=1), None, f"from[{name}] <- {atom_rules}",
                       flags)
    if has_tag(tags, "from"):
        start, end = _modified(sp, "from")
        if has_tag(tags, "end"):  # `from the end of June`
            start = end
        return Reading("from", start, None, f"from[{name}] <- {atom_rules}", flags)
    if has_tag(tags, "due", "until", "end"):
        _, end = _modified(sp, "due")
        return Reading("due", None, end, f"due[{name}] <- {atom_rules}", flags)
    start, end = _modified(sp, "during")
    if sp.unit == "span":
        return Reading("range", start, end, f"range[span] <- {atom_rules}", flags)
    return Reading("during", start, end, f"during <- {atom_rules}", flags)
