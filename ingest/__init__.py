"""plan-ingest's front door: find documents, run the batch, and the command line over it.

    import ingest
    result = ingest.run(["plans/"], out="out")
"""
from .runner import RunResult, process_file, run

__all__ = ["RunResult", "process_file", "run"]
