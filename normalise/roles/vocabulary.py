"""The role vocabulary: lexicon/roles.yaml loaded once per process into a RoleLexicon
(every word the role rules ask about lives in the YAML; the code holds logic only)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON = Path(__file__).parent.parent / "lexicon" / "roles.yaml"


@dataclass(frozen=True)
class RoleLexicon:
    """lexicon/roles.yaml, lower-cased into sets where the code only asks "is this one of them"."""

    title_modifiers: frozenset[str]
    object_titles: frozenset[str]
    ranked_object_titles: frozenset[str]
    object_links: frozenset[str]
    standalone_titles: tuple[str, ...]
    title_phrases: frozenset[str]  # standalone titles, lower case
    title_acronyms: tuple[str, ...]
    comma_titles: frozenset[str]
    person_heads: frozenset[str]
    body_heads: frozenset[str]
    weak_heads: frozenset[str]
    compound_modifiers: frozenset[str]
    attachable_heads: frozenset[str]
    departments: tuple[str, ...]
    agencies: tuple[str, ...]
    joined_names: tuple[str, ...]
    acronym_qualifiers: frozenset[str]
    acronym_rank_prefixes: frozenset[str]
    honorifics: frozenset[str]
    first_names: tuple[str, ...]
    hard_connectors: tuple[str, ...]
    soft_connectors: frozenset[str]
    labels: tuple[str, ...]
    note_entries: frozenset[str]
    clause_words: tuple[str, ...]
    note_words: tuple[str, ...]
    clause_to_exceptions: frozenset[str]
    trailing_markers: frozenset[str]
    link_words: frozenset[str]
    title_quantifiers: frozenset[str]
    leading_determiners: frozenset[str]
    date_words: frozenset[str]
    vocabulary: frozenset[str]  # every word of the role vocabulary: a surname is none of them


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


@lru_cache(maxsize=1)
def lexicon() -> RoleLexicon:
    data: dict[str, Any] = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    vocab_sections = (
        "title_modifiers",
        "object_titles",
        "ranked_object_titles",
        "standalone_titles",
        "person_heads",
        "body_heads",
        "weak_heads",
        "compound_modifiers",
        "departments",
        "agencies",
        "joined_names",
    )
    vocabulary = {
        w.lower() for key in vocab_sections for phrase in data[key] for w in str(phrase).split()
    }
    return RoleLexicon(
        title_modifiers=_lower(data["title_modifiers"]),
        object_titles=_lower(data["object_titles"]),
        ranked_object_titles=_lower(data["ranked_object_titles"]),
        object_links=_lower(data["object_links"]),
        standalone_titles=tuple(data["standalone_titles"]),
        title_phrases=_lower(data["standalone_titles"]),
        title_acronyms=tuple(data["title_acronyms"]),
        comma_titles=_lower(data["comma_titles"]),
        person_heads=_lower(data["person_heads"]),
        body_heads=_lower(data["body_heads"]),
        weak_heads=_lower(data["weak_heads"]),
        compound_modifiers=_lower(data["compound_modifiers"]),
        attachable_heads=_lower(data["attachable_heads"]),
        departments=tuple(data["departments"]),
        agencies=tuple(data["agencies"]),
        joined_names=tuple(data["joined_names"]),
        acronym_qualifiers=frozenset(data["acronym_qualifiers"]),
        acronym_rank_prefixes=_lower(data["acronym_rank_prefixes"]),
        honorifics=_lower(data["honorifics"]),
        first_names=tuple(data["first_names"]),
        hard_connectors=tuple(data["hard_connectors"]),
        soft_connectors=_lower(data["soft_connectors"]),
        labels=tuple(data["labels"]),
        note_entries=_lower(data["note_entries"]),
        clause_words=tuple(data["clause_words"]),
        note_words=tuple(data["note_words"]),
        clause_to_exceptions=_lower(data["clause_to_exceptions"]),
        trailing_markers=_lower(data["trailing_markers"]),
        link_words=_lower(data["link_words"]),
        title_quantifiers=_lower(data["title_quantifiers"]),
        leading_determiners=_lower(data["leading_determiners"]),
        date_words=_lower(data["date_words"]),
        vocabulary=frozenset(vocabulary),
    )
