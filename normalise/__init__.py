"""Normaliser: tables of any wording and shape -> contract-shaped action records.

Import is light; spaCy and dateparser load only when a document is first normalised.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .ids import unique_ids
from .records import Action, DocumentInfo, NormalisedDocument

if TYPE_CHECKING:
    from plan_ingest.extractors.model import SourceDocument


def normalise(doc: SourceDocument, source_file: str | None = None) -> NormalisedDocument:
    """A SourceDocument's action tables as Actions, with the document's facts (see pipeline.normalise)."""
    from .pipeline import normalise as run

    return run(doc, source_file)


__all__ = ["Action", "DocumentInfo", "NormalisedDocument", "normalise", "unique_ids"]
