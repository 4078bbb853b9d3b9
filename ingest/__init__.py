"""plan-ingest's front door: find documents, run the batch, and the command line over it.

    from plan_ingest import ingest
    result = ingest.run(["plans/"], out="out")

Most callers want the package's own API instead (plan_ingest.read, plan_ingest.run).
"""
from .job import FileResult, JobSettings, process_file
from .runner import RunResult, collect, run
from .settings import RunSettings, UsageError

__all__ = ["FileResult", "JobSettings", "RunResult", "RunSettings", "UsageError", "collect", "process_file", "run"]
