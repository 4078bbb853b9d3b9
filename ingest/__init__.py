"""plan-ingest's front door: find documents, run the batch, and the command line over it.

    import ingest
    result = ingest.run(["plans/"], out="out")
"""
from .job import FileResult, JobSettings, process_file
from .runner import RunResult, run

__all__ = ["FileResult", "JobSettings", "RunResult", "process_file", "run"]
