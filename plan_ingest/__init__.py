"""plan-ingest: public-sector action plans (PDF, Word, spreadsheets, web pages) -> action records.

    import plan_ingest
    actions = plan_ingest.read("plans/")          # a pandas DataFrame, one row per action
    documents = plan_ingest.read_documents("plans/")
    plan_ingest.run("plans/", out="out")           # actions.{csv,parquet,xlsx,jsonl} + documents.csv
    plan_ingest.timeframe("Q3 2011/12")            # one phrase resolved to dates

The stages are subpackages, in data-flow order: `extractors` (file -> tables of cells),
`normalise` (tables -> action records), `output` (records -> files) and `ingest` (discovery,
batch, command line).
"""
from __future__ import annotations

import logging
from pathlib import Path

# In a checkout the stage folders (ingest/, extractors/, ...) sit beside this one; a wheel puts them
# inside it. Searching the checkout too lets `python -c "import plan_ingest"` work from the
# repository's root, where this folder shadows the installed package.
_here = Path(__file__).resolve().parent
if not (_here / "ingest").is_dir() and (_here.parent / "ingest" / "__init__.py").is_file():
    __path__.append(str(_here.parent))

# a library logs to "plan_ingest" and leaves handlers to the application (`--log-file`)
logging.getLogger("plan_ingest").addHandler(logging.NullHandler())

from .api import diff, explain, read, read_documents, report, run, tables, timeframe
from .version import __version__

__all__ = ["__version__", "diff", "explain", "read", "read_documents", "report", "run", "tables", "timeframe"]
