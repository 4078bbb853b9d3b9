"""Normaliser: tables of any wording and shape -> contract-shaped action records.

Import is light; spaCy and dateparser load only when a document is first normalised.
"""
from .records import Action, DocumentInfo, NormalisedDocument


def normalise(doc, source_file=None):  # noqa: D103 - documented in pipeline.normalise
    from .pipeline import normalise as run

    return run(doc, source_file)


__all__ = ["Action", "DocumentInfo", "NormalisedDocument", "normalise"]
