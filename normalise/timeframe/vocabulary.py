"""The timeframe vocabulary: lexicon/timeframe.yaml loaded once per process into phrase tables
(every word the rules read lives in the YAML; the code holds logic only)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from .tokens import Phrases, tokenise

LEXICON_PATH = Path(__file__).parent.parent / "lexicon" / "timeframe.yaml"


@dataclass
class Lexicon:
    """The YAML as read (raw) and the phrase tables and word sets the rules match against."""

    raw: dict
    month_of: dict[str, int]
    full_months: dict[str, int]
    vocabulary: frozenset
    prefix_first: Phrases     # before the first date: markers and every filler
    prefix_inner: Phrases     # before a later date: never a word that could join two dates
    point_start: frozenset
    suffix: Phrases
    connectors: dict
    recurrence: Phrases
    ongoing: Phrases
    unknown: Phrases
    provisional: Phrases
    numbers: Phrases          # ordinal and cardinal words
    ordinal_words: Phrases
    fy_words: Phrases
    ay_words: Phrases
    year_end: Phrases
    rel_direction: Phrases
    rel_units: Phrases
    rel_within: Phrases
    duration_units: Phrases
    duration_suffix: Phrases
    immediate: Phrases
    relative_hints: frozenset
    named_days: Phrases


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The vocabulary, loaded on first use (clear_cache(reload_lexicon=True) reloads it)."""
    import yaml  # lazy: importing normalise.timeframe stays cheap

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    month_of = {w: int(m) for m, words in raw["months"].items() for w in words}
    full_months = {words[0]: int(m) for m, words in raw["months"].items()}
    markers, fillers = raw["markers"], raw["fillers"]
    marker_items = [(p, tag) for tag, phrases in markers.items() for p in phrases]
    connector_items = [(p, kind) for kind, phrases in raw["connectors"].items() for p in phrases]
    connectors = Phrases(connector_items).exact
    prefix_first = Phrases(marker_items + [(f, None) for f in fillers]
                           + [(c, None) for c, _ in connector_items])
    inner_items = marker_items + [(f, None) for f in fillers]
    prefix_inner = Phrases(
        (p, tag) for p, tag in inner_items
        if tuple(t.text for t in tokenise(p)) not in connectors)
    suffix = Phrases([(p, tag) for tag, phrases in raw["suffixes"].items() for p in phrases]
                     + [(f, None) for f in fillers])
    rec = raw["recurrence"]
    rec_items = [(p, (value, False)) for value, phrases in rec.items()
                 if value != "approximate" for p in phrases]
    rec_items += [(p, (value, True)) for value, phrases in rec["approximate"].items()
                  for p in phrases]
    rel = raw["relative"]
    words: set[str] = set(month_of) | set(raw["seasons"]) | set(raw["weekdays"])
    for phrases in (markers.values(), raw["suffixes"].values()):
        for group in phrases:
            words.update(w for p in group for w in str(p).split())
    for group in [raw["ongoing"], raw["unknown"], raw["date_hints"], fillers,
                  *[v for k, v in rec.items() if k != "approximate"],
                  *rec["approximate"].values()]:
        words.update(w for p in group for w in str(p).split())
    numbers = {**raw["ordinals"], **raw["cardinals"]}
    return Lexicon(
        raw=raw,
        month_of=month_of,
        full_months=full_months,
        vocabulary=frozenset(w.lower() for w in words),
        prefix_first=prefix_first,
        prefix_inner=prefix_inner,
        point_start=frozenset(tuple(t.text for t in tokenise(p)) for p in raw["point_start"]),
        suffix=suffix,
        connectors=connectors,
        recurrence=Phrases(rec_items),
        ongoing=Phrases((p, True) for p in raw["ongoing"]),
        unknown=Phrases((p, True) for p in raw["unknown"]),
        provisional=Phrases((p, True) for p in raw["provisional"]),
        numbers=Phrases(numbers.items()),
        ordinal_words=Phrases(raw["ordinals"].items()),
        fy_words=Phrases((p, True) for p in raw["financial_year_words"]),
        ay_words=Phrases((p, True) for p in raw["academic_year_words"]),
        year_end=Phrases([(p, "financial") for p in raw["year_end"]["financial"]]
                         + [(p, "calendar") for p in raw["year_end"]["calendar"]]),
        rel_direction=Phrases([(p, 0) for p in rel["this"]] + [(p, 1) for p in rel["next"]]
                              + [(p, -1) for p in rel["last"]]),
        rel_units=Phrases((p, unit) for unit, ps in rel["units"].items() for p in ps),
        rel_within=Phrases((p, True) for p in rel["within"]),
        duration_units=Phrases((p, unit) for unit, ps in rel["duration_units"].items()
                               for p in ps),
        duration_suffix=Phrases((p, True) for p in rel["duration_suffix"]),
        immediate=Phrases((p, True) for p in rel["immediate"]),
        relative_hints=frozenset(rel["hints"]),
        named_days=Phrases((p, tuple(md)) for p, md in raw["named_days"].items()),
    )
