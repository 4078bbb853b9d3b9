"""Responsible cells to role lists: `Head of Procurement Head of Legal` -> two roles, as written.

A rule-based spaCy pipeline (blank English, EntityRuler, Matcher; vocabulary in lexicon/roles.yaml)
marks the shapes, a small splitter decides where one role ends; defined acronyms are spelt out.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LEXICON = Path(__file__).parent / "lexicon" / "roles.yaml"
SHAPES_COMPONENT = "plan_ingest_role_shapes"


# --------------------------------------------------------------------------- vocabulary


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


# --------------------------------------------------------------------------- the spaCy pipeline

_SURNAME = r"^(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*$"
_INITIALS = r"^(?:[A-Z]\.){1,3}$|^[A-Z]$"


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
    ruler.add_patterns(_entity_patterns(nlp, lex))
    if not Language.has_factory(SHAPES_COMPONENT):
        Language.factory(SHAPES_COMPONENT, func=_make_role_shapes)
    nlp.add_pipe(SHAPES_COMPONENT, name="role_shapes")
    return nlp


def _base_pipeline(spacy: Any) -> Language:
    # a trained English model adds person names the rules miss; no machine here can download one
    try:
        return spacy.load(
            "en_core_web_sm",
            exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"],
        )
    except (OSError, ImportError, ValueError):
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


def _entity_patterns(nlp: Language, lex: RoleLexicon) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = [{"label": "DEPT", "pattern": d} for d in lex.departments]
    for name in lex.agencies:
        patterns.append({"label": "AGENCY", "pattern": name})
        if " and " in name:
            patterns.append({"label": "AGENCY", "pattern": name.replace(" and ", " & ")})
    for name in lex.joined_names:
        patterns.append({"label": "JOINED", "pattern": name})
        if " and " in name:
            patterns.append({"label": "JOINED", "pattern": name.replace(" and ", " & ")})
    vocab = sorted(lex.vocabulary)
    surname = {"TEXT": {"REGEX": _SURNAME}, "LOWER": {"NOT_IN": vocab}}
    initial = {"TEXT": {"REGEX": _INITIALS}}
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


# --------------------------------------------------------------------------- cell text


_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")
_BULLET = re.compile(r"^[ \t]*(?:[•▪‣◦●○■□➢➤►\u2043\uf0b7\uf0a7]|[-*](?=\s))[ \t]*", re.MULTILINE)
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WRAP_HYPHEN = re.compile(r"(?<=[A-Za-z])-[ \t]*\n[ \t]*(?=[a-z])")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]+")
_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "to", "with", "by", "in", "on", "at", "or"})


def clean_cell_text(text: str) -> str:
    """Markup and entities decoded, bullets made line starts, spaces single; line breaks kept."""
    if "<" in text:
        text = _TAG.sub("\n", text)
    if "&" in text and ";" in text:
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HSPACE.sub(" ", text)
    text = _BULLET.sub("\n", text)
    text = _WRAP_HYPHEN.sub("-", text)
    text = re.sub(r" ?\n[ \n]*", "\n", text)
    return text.strip()


def _analysis_text(text: str, lex: RoleLexicon) -> str:
    """An all-capitals cell re-cased (same length) so the case-sensitive rules can read it."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return text

    def recase(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _FUNCTION_WORDS:
            return low
        if len(word) >= 5 or low in lex.vocabulary:
            return word.capitalize()
        return word  # a short word nobody defined is most likely an acronym

    return _CAPS_WORD.sub(recase, text)


# --------------------------------------------------------------------------- the splitter

# token kinds; connectors are ranked so that `, and` acts as a comma and `and\n` as an "and"
WORD, SKIP, OPEN, CLOSE = "word", "skip", "open", "close"
RANK = {
    "newline": 1,
    "soft": 2,
    "with": 3,
    "dash": 4,
    "colon": 4,
    "comma": 5,
    "hard": 9,
    "note": 9,
    "cut": 9,
}
_HARD_PUNCT = {";", ".", "•", "▪", "●", "◦", "·", "*"}
_DASHES = {"-", "–", "—", "--"}
_APOSTROPHES = {"'", "’"}
_QUOTES = {'"', "“", "”", "‘"}
_BODY_LABELS = ("DEPT", "JOINED", "AGENCY")
_ENTITY_LABELS = frozenset({*_BODY_LABELS, "PERSON"})
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z0-9]s?$")
_CODE = re.compile(r"^[A-Z][A-Z0-9]*[0-9][A-Z0-9]*$")
_DATE = re.compile(r"(?:19|20)\d\d(?:/\d{2,4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?")


def _is_acronym(word: str) -> bool:
    """`CPU`, `TfWM`, `CCGs`, and codes such as `S151`."""
    if len(word) > 9:
        return False
    if _CODE.match(word):
        return len(word) >= 3
    return bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


@dataclass(frozen=True)
class _Mark:
    """A span the pipeline marked, as plain token offsets (cheaper to query than spaCy Spans)."""

    start: int
    end: int
    label: str


@dataclass
class _Shape:
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


@dataclass
class _Role:
    words: list[int]  # word tokens: what the shape is read from
    object_open: bool
    extra: list[int] = field(default_factory=list)  # connectors and kept brackets: text only
    in_list: bool = False  # inside `Director of Nursing, Midwifery and AHPs`

    def tokens(self) -> list[int]:
        return sorted(set(self.words) | set(self.extra))


Item = tuple[str, Any]  # ("part", [tokens]) | ("conn", kind) | ("paren", (open, close))


class _CellSplitter:
    """One parsed cell: token kinds, the pipeline's marks, and the fold that cuts it into roles."""

    def __init__(self, doc: Doc, text: str, lex: RoleLexicon):
        self.text, self.lex, self.n = text, lex, len(doc)
        self.txt: list[str] = []
        self.low: list[str] = []
        self.idx: list[int] = []
        self.like_num: list[bool] = []
        self.glued: list[bool] = []  # no space before the token
        space = True
        for t in doc:  # one pass: spaCy builds a Token object on every access
            self.txt.append(t.text)
            self.low.append(t.lower_)
            self.idx.append(t.idx)
            self.like_num.append(t.like_num)
            self.glued.append(not space)
            space = bool(t.whitespace_)
        # the pipeline read line breaks as spaces (so `Head\nof Finance` is still `Head of`); the
        # splitter sees them here, as a weak separator before a token
        self.break_before = [
            i > 0 and "\n" in text[self.idx[i - 1] + len(self.txt[i - 1]) : self.idx[i]]
            for i in range(self.n)
        ]
        # a trained model's ORG, GPE... would hide connectors inside them: only the ruler's labels
        ents = [e for e in doc.ents if e.label_ in _ENTITY_LABELS]
        self.ent_at = {e.start: _Mark(e.start, e.end, e.label_) for e in ents}
        self.ent_ending = {e.end - 1: e.label_ for e in ents}
        self.title_at = {m.start: m for m in self._titles_by_line(doc)}
        self.inside: set[int] = set()  # tokens inside an entity or title, past its first token
        for mark in [*self.ent_at.values(), *self.title_at.values()]:
            self.inside.update(range(mark.start + 1, mark.end))
        self.dropped: set[int] = set()
        self.kind = self._kinds(doc)

    def _titles_by_line(self, doc: Doc) -> list[_Mark]:
        # `Chief Executive` / `Leader` reads as one `Chief Executive Leader`: a title complete
        # before a line break ends there
        out = []
        for span in doc.spans["role_starts"]:
            for j in range(span.start + 1, span.end):
                if self.break_before[j] and self._is_title_phrase(span.start, j):
                    out.append(_Mark(span.start, j, "TITLE"))
                    if self._is_title_phrase(j, span.end):
                        out.append(_Mark(j, span.end, "TITLE"))
                    break
            else:
                out.append(_Mark(span.start, span.end, span.label_))
        return out

    def _is_title_phrase(self, start: int, end: int) -> bool:
        words, phrases = self.low[start:end], self.lex.title_phrases
        while (
            len(words) > 1
            and words[0] in self.lex.title_modifiers
            and " ".join(words) not in phrases
        ):
            words = words[1:]
        return " ".join(words) in phrases

    # -- token kinds

    def _kinds(self, doc: Doc) -> list[str]:
        lex, txt = self.lex, self.txt
        protected = self.inside | set(self.ent_at) | set(self.title_at)
        kind = [WORD] * self.n
        for span in doc.spans["connectors"]:
            if not protected.intersection(range(span.start, span.end)):
                kind[span.start : span.end] = ["hard" if span.label_ == "HARD" else "soft"] * len(
                    span
                )
        for i in range(self.n):
            if i in protected or kind[i] != WORD:
                continue
            t, low = txt[i], self.low[i]
            if not t.strip():
                kind[i] = SKIP
            elif t == ",":
                kind[i] = "comma"
            elif t in _HARD_PUNCT:
                kind[i] = "hard"
            elif low in lex.soft_connectors:
                kind[i] = "soft"
            elif low == "with":
                kind[i] = "with"
            elif t in _DASHES:
                kind[i] = "dash"
            elif t == ":":
                kind[i] = "colon"
            elif t in "([{":
                kind[i] = OPEN
            elif t in ")]}":
                kind[i] = CLOSE
            elif t in _QUOTES:
                kind[i] = SKIP
            elif t in _APOSTROPHES:
                # `Victims' Commissioner` keeps its apostrophe; a quote mark is layout
                kind[i] = WORD if self.glued[i] and kind[i - 1] == WORD else SKIP
            elif self.like_num[i] and self._list_number(i):
                kind[i] = "hard"  # `1. Head of Finance 2. Head of Legal`
        for span in doc.spans["labels"]:
            if self._segment_start(span.start, kind):
                kind[span.start : span.end] = ["hard"] * len(span)
        for span in doc.spans["notes"]:
            if span.start not in protected and kind[span.start] == WORD:
                self._mark_clause(span.start, kind)
        return kind

    def _list_number(self, i: int) -> bool:
        if i + 1 >= self.n or self.txt[i + 1] not in {".", ")"}:
            return False
        return i + 2 >= self.n or self.txt[i + 2][:1].isupper()

    def _segment_start(self, i: int, kind: list[str]) -> bool:
        if self.break_before[i]:
            return True
        for j in range(i - 1, -1, -1):
            if kind[j] != SKIP:
                return kind[j] not in (WORD, CLOSE)
        return True

    def _mark_clause(self, start: int, kind: list[str]) -> None:
        # a clause about the role ("to determine", "will monitor") runs to the next separator
        for i in range(start, self.n):
            k = kind[i]
            if k in ("comma", "hard", "colon", "dash", OPEN, CLOSE) or self.txt[i] == "/":
                return
            if i > start and self.break_before[i] and self.txt[i][:1].isupper():
                return
            if k == "soft" and i + 1 < self.n and self.txt[i + 1][:1].isupper():
                return
            kind[i] = "note"

    # -- shapes

    def shape(self, toks: list[int]) -> _Shape:
        lex, low, txt = self.lex, self.low, self.txt
        while len(toks) > 1 and low[toks[0]] in lex.leading_determiners:
            toks = toks[1:]
        s = _Shape(words=len(toks))
        if not toks:
            return s
        first, last = toks[0], toks[-1]
        s.lower = txt[first][:1].islower()
        title = self.title_at.get(first)
        if title is not None:
            s.starts_title = True
            s.exact_title = title.label == "TITLE" and title.end - 1 == last
            if s.exact_title:
                words = low[title.start : title.end]
                s.comma_title = any(
                    " ".join(words[k:]) in lex.comma_titles for k in range(len(words))
                )
        for t in toks:
            mark = self.title_at.get(t)
            if mark is not None and (
                mark.label == "TITLE_OF"
                or (
                    mark.end - 1 < last
                    and any(w in lex.object_links for w in low[mark.start : mark.end])
                )
            ):
                s.has_object = True
        ent = self.ent_at.get(first)
        if ent is not None:
            whole = ent.end - 1 == last
            if ent.label == "PERSON":
                s.starts_name, s.is_name = True, whole
            elif ent.label in _BODY_LABELS:
                s.starts_dept, s.is_dept, s.starts_agency = True, whole, ent.label == "AGENCY"
        if _is_acronym(txt[first]) and low[first] not in lex.note_entries:
            s.starts_acronym, s.is_acronym = True, len(toks) == 1
        elif (
            len(toks) > 1 and low[first] in lex.acronym_rank_prefixes and _is_acronym(txt[toks[1]])
        ):
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
                    if low[toks[k - 1]] in lex.body_heads:
                        # `Centre of Excellence`; its object stays open like Head of X's
                        s.head, s.named_body, s.has_object = "body", True, True
                    break
        s.surname = (
            len(toks) == 1
            and bool(re.match(_SURNAME, txt[first]))
            and low[first] not in lex.vocabulary
        )
        s.initials = all(re.match(_INITIALS, txt[t]) for t in toks)
        s.attachable = (
            s.head in ("body", "weak") and all(low[t] in lex.compound_modifiers for t in toks[:-1])
        ) or (len(toks) == 1 and end in lex.attachable_heads)
        return s

    # -- items: parts (runs of words), connectors and bracket groups

    def items(self, lo: int, hi: int) -> list[Item]:
        out: list[Item] = []
        kind = self.kind
        i = lo
        while i < hi:
            k = kind[i]
            if k == OPEN:
                close = self._matching_close(i, hi)
                if close is not None:
                    out.append(("paren", (i, close)))
                    i = close + 1
                    continue
                k = SKIP  # a bracket never closed is layout: `((Head of Finance`
            if self.break_before[i] and i not in self.inside and out and out[-1][0] != "conn":
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
        return self._with_cuts(out)

    def _matching_close(self, i: int, hi: int) -> int | None:
        depth = 0
        for j in range(i, hi):
            depth += {OPEN: 1, CLOSE: -1}.get(self.kind[j], 0)
            if depth == 0:
                return j
        return None

    def _with_cuts(self, items: list[Item]) -> list[Item]:
        out: list[Item] = []
        for name, value in items:
            if name != "part":
                out.append((name, value))
                continue
            start = 0
            for pos in self._cuts(value):
                out.extend([("part", value[start:pos]), ("conn", "cut")])
                start = pos
            out.append(("part", value[start:]))
        return out

    def _cuts(self, toks: list[int]) -> list[int]:
        """Where a run of words with no separator holds two roles: `Head of X Head of Y`."""
        lex = self.lex
        cuts: list[int] = []
        start = 0
        for pos in range(1, len(toks)):
            i, prev = toks[pos], toks[pos - 1]
            if i in self.inside or i != prev + 1:
                continue
            before = toks[start:pos]
            linked = self.low[prev] in lex.link_words or self.low[prev] in lex.title_quantifiers
            title, ent = self.title_at.get(i), self.ent_at.get(i)
            if title is not None and title.end - title.start >= 2 and not linked:
                possessive = title.end < self.n and self.low[title.end] in ("'s", "’s")
                left = self.shape(before)
                # `Detective Chief Superintendent`: a bare word before a title is part of it
                ends_role = left.complete or left.starts_title or left.has_object
                cut = ends_role and not possessive and not self._qualifier(before)
            elif (
                ent is not None
                and ent.label == "PERSON"
                and not linked
                or self.ent_ending.get(prev) == "PERSON"
                and self.txt[i][:1].isupper()
            ):
                cut = True
            else:
                cut = self._headed_break(before, toks[pos:]) or self._acronym_break(before, i)
            if cut:
                cuts.append(pos)
                start = pos
        return cuts

    def _qualifier(self, before: list[int]) -> bool:
        # `OPCC Chief Executive`, `Council Leader`: one word naming whose title it is
        return len(before) == 1 and (
            _is_acronym(self.txt[before[0]]) or self.low[before[0]] in self.lex.body_heads
        )

    def _headed_break(self, before: list[int], rest: list[int]) -> bool:
        # `Housing Manager Community Safety Officer`: a person role, then another phrase with a head
        lex, low = self.lex, self.low
        if len(before) < 2 or low[before[-1]] not in lex.person_heads:
            return False
        phrase: list[int] = []
        for t in rest:
            if t in self.title_at or not self.txt[t][:1].isupper():
                return False
            phrase.append(t)
            if low[t] in lex.person_heads or low[t] in lex.body_heads or low[t] in lex.weak_heads:
                break
        else:
            return False
        last = low[phrase[-1]]
        if len(phrase) < 2 or last in lex.weak_heads:
            return False
        compound = last in lex.body_heads and all(
            low[t] in lex.compound_modifiers for t in phrase[:-1]
        )
        return not compound

    def _acronym_break(self, before: list[int], i: int) -> bool:
        # `SB CEMB`, `CPU Legal`: two bodies side by side
        if len(before) != 1 or before[0] in self.title_at:
            return False
        left = before[0]
        left_ent, right_ent = self.ent_at.get(left), self.ent_at.get(i)
        left_dept = left_ent is not None and left_ent.label in _BODY_LABELS
        right_dept = right_ent is not None and right_ent.label in _BODY_LABELS
        left_acr = (
            _is_acronym(self.txt[left])
            and not left_dept
            and self.txt[left] not in self.lex.acronym_qualifiers
        )
        right_acr = _is_acronym(self.txt[i]) and not right_dept
        if left_acr:
            return right_acr or right_dept
        return left_dept and left_ent.end == left + 1 and right_acr

    # -- the fold: join or split at each connector

    def fold(self, lo: int, hi: int) -> list[list[int]]:
        items = self.items(lo, hi)
        roles: list[list[int]] = []
        pending: list[list[int]] = []  # bracketed entries, listed after the role they follow
        cur: _Role | None = None
        conn: str | None = None
        for idx, (name, value) in enumerate(items):
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
                cur = _Role(list(part), self.shape(part).has_object)
            elif conn is None:
                cur.words.extend(part)  # words after a bracket: `Director (interim) of Finance`
            elif self._joins(conn, cur, part, items[idx + 1 :]):
                cur.extra.extend(
                    t for t in range(cur.words[-1] + 1, part[0]) if t not in self.dropped
                )
                cur.words.extend(part)
            else:
                roles.append(cur.tokens())
                roles.extend(pending)
                pending.clear()
                cur = _Role(list(part), self.shape(part).has_object)
            conn = None
        if cur is not None:
            roles.append(cur.tokens())
        return roles + pending

    def _joins(self, conn: str, cur: _Role, part: list[int], ahead: list[Item]) -> bool:
        """Whether `part` continues the role `cur` across the connector `conn`."""
        if conn in ("hard", "note", "cut"):
            return False
        r, n = self.shape(cur.words), self.shape(part)
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
            return True  # the "and" that closes the list: `..., Midwifery and AHPs`
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

    def _joins_line(self, cur: _Role, r: _Shape, n: _Shape) -> bool:
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
            n = self.shape(value)
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
        if cur is not None and len(words) == 1 and _is_acronym(self.txt[words[0]]):
            role_words = [self.txt[t] for t in cur.tokens() if self.txt[t][:1].isalpha()]
            if any(
                _initials_fit(self.txt[words[0]], role_words[k:]) for k in range(len(role_words))
            ):
                return "drop", []  # `Corporate Management Team (CMT)`
        ranks = self.lex.attachable_heads | self.lex.title_modifiers
        rank_only = all(self.low[t] in ranks for r in inner for t in r if self.kind[t] == WORD)
        shapes = [self.shape(r) for r in inner]
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

    # -- text

    def role_text(self, toks: list[int]) -> str:
        """The role as written: the cell's own characters, whitespace made single."""
        lex, kind = self.lex, self.kind
        toks = [t for t in toks if t not in self.dropped and kind[t] != "note"]
        while toks and (
            kind[toks[0]] not in (WORD, OPEN)
            or (len(toks) > 1 and self.low[toks[0]] in lex.leading_determiners)
        ):
            toks = toks[1:]
        while toks and kind[toks[-1]] not in (WORD, CLOSE):
            toks = toks[:-1]
        if len(toks) > 1 and self.txt[toks[-1]] in lex.trailing_markers:
            toks = toks[:-1]  # `Head of Finance lead`
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


# --------------------------------------------------------------------------- public API


def roles_in_cell(text: str) -> tuple[str, ...]:
    """split_roles without the per-text cache (for benchmarks)."""
    cleaned = clean_cell_text(text or "")
    if not cleaned:
        return ()
    lex = lexicon()
    doc = role_pipeline()(_analysis_text(cleaned, lex).replace("\n", " "))
    return tuple(_CellSplitter(doc, cleaned, lex).roles())


_cached_roles = lru_cache(maxsize=65536)(roles_in_cell)


def split_roles(text: str) -> list[str]:
    """A responsible cell -> its distinct roles, bodies and people, as written, in order."""
    return list(_cached_roles(text or ""))


# --------------------------------------------------------------------------- acronyms

_STOPWORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "with", "at", "by"})
_ACR = r"[A-Z][A-Za-z&]*[A-Z]s?"
_PAREN_ACRONYM = re.compile(rf"\(\s*({_ACR})\s*\)")
_ACRONYM_PAREN = re.compile(rf"(?<![\w&])({_ACR})\s*\(([^()\n]{{3,120}})\)")
_WORD_RE = re.compile(r"[A-Za-z&][A-Za-z'’]*")
_CLAUSE_BREAK = re.compile(r"[.;:()\t•,\u2029]")


def _initials_fit(acronym: str, words: list[str]) -> bool:
    """`CPU` fits Corporate Procurement Unit; stopwords may be skipped, not the first word."""
    letters = acronym[:-1] if acronym.endswith("s") and acronym[-2:-1].isupper() else acronym
    letters = letters.replace("&", "")
    words = [w for w in words if w and w != "&"]
    if not words or not letters or words[0][0].lower() != letters[0].lower():
        return False
    if words[0].lower() in _STOPWORDS and letters[0].isupper():
        return False  # `of the Police and Crime Commissioner` is not what OPCC stands for

    @cache
    def fit(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        w = words[i]
        if j < len(letters) and w[0].lower() == letters[j].lower() and fit(i + 1, j + 1):
            return True
        return i > 0 and w.lower() in _STOPWORDS and fit(i + 1, j)

    return fit(0, 0)


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms a document defines, as `Corporate Procurement Unit (CPU)` or `CPU (Corporate ...)`.

    The initials must fit the words (stopwords may be skipped), so `(see page 4)` defines nothing.
    """
    found: dict[str, str] = {}
    if not text:
        return found
    for m in _PAREN_ACRONYM.finditer(text):
        acronym = m.group(1)
        if not _is_acronym(acronym):
            continue
        before = _CLAUSE_BREAK.split(text[max(0, m.start() - 240) : m.start()])[-1]
        words = list(_WORD_RE.finditer(before))
        for k in range(len(words) - 1, -1, -1):
            if len(words) - k > 3 * len(acronym) + 2:
                break
            if _initials_fit(acronym, [w.group() for w in words[k:]]):
                long_form = " ".join(before[words[k].start() : words[-1].end()].split())
                found.setdefault(acronym, long_form)
                break
    for m in _ACRONYM_PAREN.finditer(text):
        acronym, inner = m.group(1), " ".join(m.group(2).split())
        if acronym in found or not _is_acronym(acronym):
            continue
        if inner.lower().startswith("the "):
            inner = inner[4:]
        if _initials_fit(acronym, _WORD_RE.findall(inner)):
            found[acronym] = inner
    return found


@lru_cache(maxsize=256)
def _acronym_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(k) for k in keys)
    return re.compile(rf"(?<![\w&])({alternatives})(s?)(?![\w&])")


def expand_roles(roles: list[str], acronyms: dict[str, str]) -> list[str]:
    """Each role with the document's acronyms spelt out (whole tokens only); others as written."""
    if not acronyms:
        return list(roles)
    pattern = _acronym_pattern(tuple(sorted(acronyms, key=len, reverse=True)))

    def spell(m: re.Match[str]) -> str:
        key, plural = m.group(1), m.group(2)
        if plural and key + plural in acronyms:
            return acronyms[key + plural]
        return acronyms[key] + plural

    return [pattern.sub(spell, role) for role in roles]
