"""The per-file job: one document through extraction and normalisation, any failure a `failed` row.

A plain top-level function of picklable inputs returning plain dataclasses, so the same job runs
in this process, in the local worker pool and on a Dask cluster.
"""
from __future__ import annotations

import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path

from plan_ingest import extractors
from plan_ingest.normalise import Action, DocumentInfo

from .discover import InputFile
from .messages import for_people
from .storage import file_sha256, is_url, local_copy


@dataclass(frozen=True)
class JobSettings:
    """Everything besides the file that can change a job's result; part of the cache key."""

    password: str | None = None
    ocr: str = "auto"


@dataclass
class FileResult:
    info: DocumentInfo
    actions: list[Action] = field(default_factory=list)
    detail: str = ""  # for developers: the exception behind a failure (logged with --verbose, never written)
    # where each table is printed and whether it holds actions (normalise.records.TablePlace as
    # plain dicts), for the review report
    tables: list[dict] = field(default_factory=list)


def source_format(item: InputFile) -> str:
    name = str(item.path)
    return extractors.format_of(name) or Path(name).suffix.lstrip(".").lower()


def document_id(sha256: str) -> str:
    """The contract's document_id: the first 16 hex digits of the file's sha256."""
    return sha256[:16]


def failed_result(item: InputFile, reason: str, seconds: float = 0.0, sha256: str = "",
                  status: str = "failed") -> FileResult:
    """The row for a file the job could not finish: its reason in words a user can act on."""
    info = DocumentInfo(source_file=item.source_file, source_format=source_format(item), status=status,
                        error=for_people(reason, item.path), sha256=sha256, seconds=seconds,
                        document_id=document_id(sha256))
    return FileResult(info)


def process_file(item: InputFile, settings: JobSettings | None = None) -> FileResult:
    """One file through extraction and normalisation; any failure becomes a `failed` row, never a raise."""
    from plan_ingest.normalise import normalise

    settings = settings or JobSettings()
    start = time.perf_counter()
    detail = ""
    info = DocumentInfo(source_file=item.source_file, source_format=source_format(item))
    actions: list[Action] = []
    tables: list[dict] = []
    try:
        info.sha256 = file_sha256(item.path)
        with local_copy(item.path) as path:
            # looked up on the module, not imported by name, so a test can stand in for the extractor
            doc = extractors.extract(path, password=settings.password, ocr=settings.ocr)
        if is_url(item.path):
            doc.path = str(item.path)
        result = normalise(doc, source_file=item.source_file)
        sha256 = info.sha256
        info, actions = result.info, result.actions
        tables = [asdict(place) for place in result.tables]
        info.sha256 = info.sha256 or sha256
    except extractors.UnsupportedHere as exc:
        info.status, info.error = "unsupported", for_people(str(exc), item.path)
    except extractors.ExtractionError as exc:
        info.status, info.error = "failed", for_people(str(exc), item.path)
        detail = str(exc) if info.error != str(exc) else ""  # the message as it was, paths and all
    except MemoryError:
        info.status, info.error = "failed", "ran out of memory reading this file"
    except RecursionError:
        info.status, info.error = "failed", "refused: the file's structure is nested too deeply to read"
        detail = traceback.format_exc(limit=5)
    except Exception:  # noqa: BLE001 - a bug or a file shape we never met: report it, keep the batch going
        info.status = "failed"
        info.error = "internal error: plan-ingest could not read this file (run with --verbose for the detail)"
        detail = traceback.format_exc(limit=20)
    if info.status in ("failed", "unsupported"):
        actions = []
    info.document_id = document_id(info.sha256)
    for action in actions:
        action.document_id = info.document_id
    info.seconds = time.perf_counter() - start
    return FileResult(info, actions, detail, tables)


_WARM_PLAN = (
    "Improvement Action Plan 2011 - 2014\n\n"
    "Ref\tAction\tLead Officer\tTimeframe\tOutcome\n"
    "1.1\tReview the procurement strategy\tHead of Procurement (HoP)\tBy March 2012\tSavings\n"
    "1.2\tReport progress to Cabinet\tChief Executive\tQuarterly from July 2011\tAssurance\n"
)


def warm_up() -> None:
    """Import the readers and run the pipeline once on a tiny plan, so the slow first-time loads
    (spaCy, dateparser's data, pdfplumber) happen once per worker process, not in its first file."""
    try:
        import plan_ingest.extractors.docx
        import plan_ingest.extractors.pdf
        import plan_ingest.extractors.text  # noqa: F401

        with tempfile.TemporaryDirectory(prefix="plan-ingest-warm-") as folder:
            plan = Path(folder) / "warm.txt"
            plan.write_text(_WARM_PLAN, encoding="utf-8")
            process_file(InputFile(plan, plan.name))
    # best effort: a worker that cannot warm up still reports its files' own errors
    except Exception:  # noqa: BLE001, S110
        pass
