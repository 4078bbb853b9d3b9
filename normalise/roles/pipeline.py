"""The rule-based spaCy pipeline that marks a cell's shapes: a tuned tokenizer, an EntityRuler
for bodies and people, and the RoleShapes component for titles, connectors, labels and notes."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .vocabulary import RoleLexicon, lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SHAPES_COMPONENT = "plan_ingest_role_shapes"
SURNAME = r"^(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*$"
INITIALS = r"^(?:[A-Z]\.){1,3}$|^[A-Z]$"


@lru_cache(maxsize=1)
def role_pipeline() -> Language:
    """The role pipeline, built once per process: tokenizer, `role_entities`, `role_shapes`."""
    import spacy
    from spacy.language import Language

    nlp = _base_pipeline(spacy)
    _tune_tokenizer(nlp)
    lex = lexicon()
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="role_entities",
        before="ner" if nlp.has_factory("ner") and "ner" in nlp.pipe_names else None,
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    ruler.add_patterns(_entity_patterns(lex))
    if not Language.has_factory(SHAPES_COMPONENT):
        Language.factory(SHAPES_COMPONENT, func=_make_role_shapes)
    nlp.add_pipe(SHAPES_COMPONENT, name="role_shapes")
    return nlp


def _base_pipeline(spacy: Any) -> Language:
    # Always the blank English pipeline, never a trained model even where one is installed: the
    # same cell must give the same roles on every machine (and the cache key stays honest).
    return spacy.blank("en")


def _tune_tokenizer(nlp: Language) -> None:
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    # keep Co-ordinator and Anti-Social whole; split `Legal;HR`
    infixes = [p for p in nlp.Defaults.infixes if "(?:-|–|—" not in p]
    infixes.append(r"(?<=[A-Za-z]);(?=[A-Za-z])")
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # `Unit/ Police`, `Finance &Legal`: a separator stuck to one word
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"[/&+]$"]).search
    nlp.tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, r"^[/&+]"]).search
    for case in ("N/A", "n/a", "N/a"):
        nlp.tokenizer.add_special_case(case, [{"ORTH": case}])


def _entity_patterns(lex: RoleLexicon) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = [{"label": "DEPT", "pattern": d} for d in lex.departments]
    for label, names in (("AGENCY", lex.agencies), ("JOINED", lex.joined_names)):
        for name in names:
            patterns.append({"label": label, "pattern": name})
            if " and " in name:
                patterns.append({"label": label, "pattern": name.replace(" and ", " & ")})
    vocab = sorted(lex.vocabulary)
    surname = {"TEXT": {"REGEX": SURNAME}, "LOWER": {"NOT_IN": vocab}}
    initial = {"TEXT": {"REGEX": INITIALS}}
    honorific = {"LOWER": {"IN": sorted(lex.honorifics)}}
    person = [
        [
            honorific,
            {"ORTH": ".", "OP": "?"},
            {**initial, "OP": "*"},
            surname,
            {**surname, "OP": "?"},
        ],
        [{**initial, "OP": "+"}, surname],
        [
            {"TEXT": {"IN": list(lex.first_names)}},
            {**initial, "OP": "?"},
            surname,
            {**surname, "OP": "?"},
        ],
    ]
    patterns.extend({"label": "PERSON", "pattern": p} for p in person)
    return patterns


def _shape_patterns(lex: RoleLexicon) -> dict[str, list[list[dict[str, Any]]]]:
    """Token patterns for the Matcher: open-ended titles (`Head of`) and note clauses."""
    mods = sorted(lex.title_modifiers)
    link = {"LOWER": {"IN": sorted(lex.object_links)}}
    return {
        "TITLE_OF": [
            [
                {"LOWER": {"IN": mods}, "OP": "*"},
                {"LOWER": {"IN": sorted(lex.object_titles)}},
                link,
            ],
            [
                {"LOWER": {"IN": mods}, "OP": "+"},
                {"LOWER": {"IN": sorted(lex.ranked_object_titles)}},
                link,
            ],
        ],
        "TITLE": [[{"ORTH": {"IN": list(lex.title_acronyms)}}]],
        "NOTE": [
            [{"ORTH": {"IN": list(lex.clause_words)}}],
            [{"LOWER": {"IN": list(lex.note_words)}}],
            [
                {"ORTH": "to"},
                {"IS_LOWER": True, "LOWER": {"NOT_IN": sorted(lex.clause_to_exceptions)}},
            ],
            [{"LOWER": "to"}, {"LOWER": "be"}],
        ],
    }


def _shape_phrases(lex: RoleLexicon) -> dict[str, tuple[str, ...]]:
    """Fixed phrases for the PhraseMatcher (lower-cased): titles, connectors, labels."""
    return {
        "TITLE": lex.standalone_titles,
        "HARD": lex.hard_connectors,
        "SOFT": tuple(c for c in lex.soft_connectors if " " in c),
        "LABEL": lex.labels,
    }


_SPAN_GROUP = {
    "TITLE_OF": "role_starts",
    "TITLE": "role_starts",
    "HARD": "connectors",
    "SOFT": "connectors",
    "LABEL": "labels",
    "NOTE": "notes",
}
_LABEL_ENDS = {":", "-", "–", "—"}


class RoleShapes:
    """Pipeline component: role starts, connectors, labels and note clauses as span groups."""

    def __init__(self, nlp: Language, lex: RoleLexicon):
        from spacy.matcher import Matcher, PhraseMatcher

        self.modifiers = lex.title_modifiers
        self.matcher = Matcher(nlp.vocab)
        for key, patterns in _shape_patterns(lex).items():
            self.matcher.add(key, patterns, greedy="LONGEST")
        # fixed phrases go to a PhraseMatcher: many `rank* phrase` token patterns would be slow
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key, phrases in _shape_phrases(lex).items():
            self.phrases.add(key, [nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        found: dict[str, list[Span]] = {g: [] for g in set(_SPAN_GROUP.values())}
        for match_id, start, end in [*self.matcher(doc), *self.phrases(doc)]:
            key = doc.vocab.strings[match_id]
            if key == "TITLE":
                while start > 0 and doc[start - 1].lower_ in self.modifiers:
                    start -= 1  # `Deputy Chief Executive`, `Assistant Director`
            elif key == "LABEL":
                if end >= len(doc) or doc[end].text not in _LABEL_ENDS:
                    continue  # a label is only a label before `:` or a dash
                end += 1
            found[_SPAN_GROUP[key]].append(Span(doc, start, end, label=key))
        for group, spans in found.items():
            doc.spans[group] = filter_spans(spans)
        return doc


# the spaCy factory; left unannotated so spaCy's config check has no string annotations to resolve
def _make_role_shapes(nlp, name):
    return RoleShapes(nlp, lexicon())
