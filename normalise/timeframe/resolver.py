"""Resolving one cell: the cached, never-raising parse_timeframe, the uncached resolve that
chains the stages (clean, tokens, repeats, atoms, reading), and a one-line explain."""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date, datetime

from .atoms import tokens_to_atoms
from .cursor import Ctx
from .fallback import no_atoms
from .fast import fast_path
from .model import PlanPeriod, Reading, Timeframe
from .phrases import repeat_words, tag_atoms, without_repeats
from .reading import atoms_to_reading, recurring_dates
from .text import clean_text
from .tokens import tokenise
from .vocabulary import lexicon


def parse_timeframe(text: str, period: PlanPeriod | None = None) -> Timeframe:
    """Resolve one timeframe cell; never raises, never invents a date, never reads the clock."""
    if text is None:
        text = ""
    elif not isinstance(text, str):
        text = str(text)
    if period is not None and not isinstance(period, PlanPeriod):
        period = None
    try:
        hash(period)
    except TypeError:  # a PlanPeriod built with lists or dicts: read the cell without it
        period = None
    found = _cached_parse(text, period)
    # The cached object is shared: hand out a copy whose review list the caller may edit.
    return replace(found, review=list(found.review))


def explain(text: str, period: PlanPeriod | None = None) -> str:
    """One line for a debug view: what a cell became and which rule said so."""
    tf = parse_timeframe(text, period)
    dates = f"{tf.start_date or '-'}..{tf.end_date or '-'}"
    rec = f" every:{tf.recurrence}" if tf.recurrence else ""
    review = f" review: {'; '.join(tf.review)}" if tf.review else ""
    return f"{text!r} -> {tf.kind or '(empty)'} {dates}{rec} [{tf.rule}]{review}"


def clear_cache(reload_lexicon: bool = False) -> None:
    """Forget cached answers (benchmarks), and the loaded lexicon too if it was edited."""
    _cached_parse.cache_clear()
    if reload_lexicon:
        lexicon.cache_clear()


@functools.lru_cache(maxsize=16384)
def _cached_parse(text: str, period: PlanPeriod | None) -> Timeframe:
    try:
        return resolve(text, period)
    except Exception as exc:  # noqa: BLE001 - a bug must not stop a document; flag the cell
        return Timeframe(text, "unknown", review=["timeframe parser error"],
                         rule=f"error:{type(exc).__name__}")


def resolve(text: str, period: PlanPeriod | None = None, fast: bool = True) -> Timeframe:
    """The resolver without the cache and the safety net (tests call it to see real errors).
    `fast=False` skips the fast path, so tests can check both paths agree."""
    period = _as_dates(period or PlanPeriod())
    cleaned = clean_text(text)
    if not cleaned:
        return Timeframe(text, "", rule="empty")
    if fast:
        found = fast_path(text, cleaned)
        if found:
            return found
    cx = Ctx(tokenise(cleaned), period)
    recurrence, rec_rule, skip = repeat_words(cx)
    atoms = tokens_to_atoms(cx, skip)
    tag_atoms(cx, atoms)
    atoms, repeats = without_repeats(cx, atoms)
    if repeats:
        recurrence = recurrence or "annual"
        rec_rule = rec_rule or f"every {repeats[0].rule}"

    if atoms:
        reading = atoms_to_reading(cx, atoms)
    elif recurrence:
        reading = Reading()  # `Quarterly`, `every April`: a repeat with no dates
    else:
        reading = no_atoms(cx, cleaned)

    review = cx.flags + reading.flags
    kind, start, end, rule = reading.kind, reading.start, reading.end, reading.rule
    if recurrence:
        start, end = recurring_dates(reading, recurrence)
        kind = "recurring"
        rule = f"recurring[{rec_rule}]" + (f" {reading.rule}" if reading.rule else "")
    elif kind in ("during", "due", "from", "range") and cx.lex.provisional.find(cx.toks):
        review.append("timeframe marked provisional")
    return Timeframe(text, kind, start, end, recurrence, _dedupe(review), rule)


def _as_dates(p: PlanPeriod) -> PlanPeriod:
    """The period with datetimes made dates and anything else dropped."""
    def day(d):
        return d.date() if isinstance(d, datetime) else d if isinstance(d, date) else None

    return PlanPeriod(day(p.start), day(p.end), day(p.document_date))


def _dedupe(flags: list[str]) -> list[str]:
    return list(dict.fromkeys(flags))
