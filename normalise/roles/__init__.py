"""Responsible cells to role lists: `Head of Procurement Head of Legal` -> two roles, as written,
with the acronyms a document defines spelt out. Importing this package does not load spaCy."""

from .acronyms import expand_roles, find_acronyms
from .column import known_roles, rejoin
from .pipeline import role_pipeline
from .split import roles_in_cell, split_roles
from .text import clean_cell_text

__all__ = [
    "clean_cell_text",
    "expand_roles",
    "find_acronyms",
    "known_roles",
    "rejoin",
    "role_pipeline",
    "roles_in_cell",
    "split_roles",
]
