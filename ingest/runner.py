"""The batch: every file through the per-file job (in this process, a pool of worker processes, or
on Dask), unchanged files from the cache, results handed on in input order.

`run()` writes the outputs; `collect()` hands the records back instead (plan_ingest.read uses it).
"""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path

from plan_ingest.normalise import Action, DocumentInfo
from plan_ingest.output.writers import OutputWriter

from .cache import ResultCache, RunRecord, pipeline_fingerprint, run_signature
from .deadline import FileTimeout, deadline
from .discover import Discovery, InputFile, Selection, bundled_samples, discover
from .job import FileResult, JobSettings, failed_result, process_file, warm_up
from .pool import IsolatedPool, Lost, PoolSettings
from .progress import Callback, Progress, Tally
from .settings import (
    EXIT_FAILED,
    EXIT_NO_INPUT,
    EXIT_OK,
    EXIT_UNSUPPORTED,
    RunSettings,
    UsageError,
    cores,
    default_memory_mb,
)
from .storage import OutputFolder, check_writable, file_sha256, is_url
from .validate import Malformed, check

Sink = Callable[[int, FileResult], None]  # (the file's index in the run, its result)
log = logging.getLogger("plan_ingest")


@dataclass
class RunResult:
    # every row, in output order; empty when run(collect=False) keeps memory flat for a big batch
    documents: list[DocumentInfo] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    written: dict[str, Path | str] = field(default_factory=dict)
    skipped: list[Path] = field(default_factory=list)  # files in folders of a type not read
    failures: list[DocumentInfo] = field(default_factory=list)
    unsupported: list[DocumentInfo] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)
    seconds: float = 0.0
    up_to_date: bool = False  # nothing changed since the last complete run: the outputs were left as they were
    changes: int = 0  # rows the tracking database recorded (--db)

    @property
    def failed(self) -> list[DocumentInfo]:
        return self.failures

    @property
    def exit_code(self) -> int:
        """The command line's exit status for this run (see settings.EXIT_*)."""
        if self.failures:
            return EXIT_FAILED
        if self.unsupported:
            return EXIT_UNSUPPORTED
        if not self.tally.files:
            return EXIT_NO_INPUT
        return EXIT_OK

    def summary(self) -> dict:
        """The run's counts as plain JSON-ready values (`--summary-json`)."""
        return {**vars(self.tally), "seconds": round(self.seconds, 3), "up_to_date": self.up_to_date,
                "changes": self.changes,
                "skipped": len(self.skipped), "exit_status": self.exit_code,
                "outputs": {k: str(v) for k, v in self.written.items()}}


class IdLedger:
    """normalise.ids.unique_ids over a streamed run: it sees documents one at a time, in run order,
    and keeps only the ids used so far, not the documents."""

    def __init__(self):
        self.used: set[str] = set()

    def settle(self, actions: list[Action]) -> None:
        from plan_ingest.normalise import unique_ids

        clashing = [a for a in actions if a.action_id in self.used]
        if clashing:
            # `clashing` stands in for the earlier documents holding those ids, so unique_ids
            # salts this document exactly as it would in a run over every document at once
            unique_ids([clashing, actions])
        self.used.update(a.action_id for a in actions)


class InOrder:
    """Results arrive in any order; they leave for `sink` in input order. A result that arrives
    early waits in the cache on disk when there is one (else in memory), so memory stays flat."""

    def __init__(self, sink: Sink, cache: ResultCache | None, progress: Progress, result: RunResult):
        self.sink, self.cache, self.progress, self.result = sink, cache, progress, result
        self.ids = IdLedger()
        self.next = 0
        self.waiting: dict[int, FileResult | str] = {}

    def arrive(self, index: int, outcome: FileResult, key: str, cached: bool) -> None:
        if outcome.detail:
            self.progress.detail(outcome.info, outcome.detail)
        self.progress.update(outcome.info, cached)
        stored = cached or (self.cache is not None and self.cache.put(key, outcome))
        if index != self.next:
            self.waiting[index] = key if stored else outcome
            return
        self._emit(outcome)
        while self.next in self.waiting:
            waiting = self.waiting.pop(self.next)
            self._emit(self.cache.load(waiting) if isinstance(waiting, str) else waiting)

    def _emit(self, outcome: FileResult) -> None:
        self.ids.settle(outcome.actions)
        self.sink(self.next, outcome)
        if outcome.info.status == "failed":
            self.result.failures.append(outcome.info)
        elif outcome.info.status == "unsupported":
            self.result.unsupported.append(outcome.info)
        self.next += 1

    def check_complete(self, total: int) -> None:
        if self.next != total or self.waiting:
            raise RuntimeError(f"internal error: {self.next} of {total} files written")


@dataclass(frozen=True)
class Keyed:
    """A file's cache key and content hash, or why it could not be read."""

    key: str = ""
    sha256: str = ""
    unreadable: str = ""


def _accepted(outcome: object, item: InputFile, keyed: Keyed) -> FileResult:
    """A worker's result when it is well formed; else that file's failed row, never a crash."""
    try:
        return check(outcome)
    except Malformed as exc:
        failed = failed_result(item, "internal error: reading this file gave results of the wrong shape "
                               "(run with --verbose for the detail)", sha256=keyed.sha256)
        failed.detail = f"malformed result: {exc}"
        return failed


def _keyed(item: InputFile) -> Keyed:
    if item.problem:
        return Keyed(unreadable=item.problem)
    try:
        sha256 = file_sha256(item.path)
    except IsADirectoryError:
        return Keyed(unreadable="this is a folder that could not be read")
    except PermissionError:
        return Keyed(unreadable="cannot read this file: permission denied")
    except OSError as exc:
        return Keyed(unreadable=f"cannot read this file ({(exc.strerror or 'an input/output error').lower()})")
    return Keyed(ResultCache.key(sha256, item.source_file), sha256)


def _pending(files: list[InputFile], keyed: list[Keyed], job: JobSettings, cache: ResultCache | None,
             emit: InOrder) -> list[tuple[int, tuple]]:
    """The files a worker must process; a file the cache knows, or one that cannot even be read,
    is settled here without one."""
    pending = []
    for index, item in enumerate(files):
        if keyed[index].unreadable:
            emit.arrive(index, failed_result(item, keyed[index].unreadable), "", False)
            continue
        hit = cache.get(keyed[index].key) if cache is not None else None
        if hit is not None:
            emit.arrive(index, hit, keyed[index].key, True)
            continue
        pending.append((index, (item, job)))
    return pending


def _outside(files: list[InputFile], out: str | Path) -> list[InputFile]:
    """Leave out OUTDIR's own files when it sits inside an INPUT folder: actions.csv is not a plan."""
    if is_url(out) or not Path(out).exists():
        return files
    root = Path(os.path.realpath(out))
    # realpath, not resolve(): a looping link is an input with a problem, not a reason to stop
    return [f for f in files if is_url(f.path) or not Path(os.path.realpath(f.path)).is_relative_to(root)]


def _workers(settings: RunSettings, pending: int) -> int:
    """Worker processes for this run: as asked, else none for a few files (starting a pool and
    loading the pipeline in it costs more than it saves), else one per core."""
    if settings.workers is not None:
        return settings.workers
    if settings.dask:
        return cores()
    if pending < settings.pool_min_files:
        return 0
    return min(cores(), pending)


def _pool_settings(settings: RunSettings, workers: int,
                   worker_init: Callable[[], None] | None) -> PoolSettings:
    memory = default_memory_mb(workers) if settings.memory_mb is None else (settings.memory_mb or None)
    return PoolSettings(
        workers=workers, timeout=settings.timeout, memory_mb=memory,
        tasks_per_worker=settings.files_per_worker,
        # forked workers start warm from the fork server; spawned ones (Windows) load the pipeline here
        initializers=(warm_up, worker_init) if worker_init else (warm_up,),
    )


def _backend(dask: str | None, settings: PoolSettings):
    if dask:
        try:
            from .dask_backend import DaskPool
        except ImportError as exc:
            raise UsageError("--dask needs the dask extra: pip install 'plan-ingest[dask]'") from exc
        return DaskPool(dask, process_file, settings)
    return IsolatedPool(process_file, settings)


def _execute(pending: list[tuple[int, tuple]], files: list[InputFile], keyed: list[Keyed], emit: InOrder,
             settings: RunSettings, worker_init: Callable[[], None] | None) -> None:
    if not pending:
        return  # a warm run with nothing to process starts no workers
    workers = _workers(settings, len(pending))
    if workers == 0 and not settings.dask:
        if worker_init:
            worker_init()
        for index, args in pending:
            try:
                with deadline(settings.timeout):
                    outcome = process_file(*args)
            except FileTimeout as late:
                outcome = failed_result(files[index], late.reason, late.seconds, keyed[index].sha256)
            emit.arrive(index, _accepted(outcome, files[index], keyed[index]), keyed[index].key, False)
        return
    with _backend(settings.dask, _pool_settings(settings, workers, worker_init)) as backend:
        for index, outcome in backend.imap_unordered(iter(pending)):
            if isinstance(outcome, Lost):
                outcome = failed_result(files[index], outcome.reason, outcome.seconds, keyed[index].sha256)
            emit.arrive(index, _accepted(outcome, files[index], keyed[index]), keyed[index].key, False)


def _run_id() -> str:
    """When the run started, and a few letters to tell two runs of one second apart."""
    import uuid
    from datetime import datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") + "-" + uuid.uuid4().hex[:6]


def _tracking(url: str | None):
    if not url:
        return None
    from plan_ingest.output.database import TrackingDatabase

    try:
        return TrackingDatabase(url)
    except ImportError as exc:
        raise UsageError(f"--db {url.split('://')[0]}:// needs a driver: pip install 'plan-ingest[postgres]' "
                         f"({exc.name} is missing)") from None


def _discover(inputs: Iterable[str | Path] | str | Path | None, selection: Selection | None) -> Discovery:
    if isinstance(inputs, str | Path):
        inputs = [inputs]
    # the bundled samples are the files at the top of samples/ (what the wheel ships); the real
    # corpus in samples/real/ is read when named
    inputs = list(inputs) if inputs is not None else sorted(p for p in bundled_samples().iterdir() if p.is_file())
    found = discover(inputs, selection)
    if found.missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(found.missing)}")
    return found


def run(
    inputs: Iterable[str | Path] | str | Path | None = None,
    out: str | Path = "out",
    *,
    settings: RunSettings | None = None,
    select: Selection | None = None,
    progress: Callback | bool | None = None,
    verbose: bool = False,
    collect: bool = True,
    worker_init: Callable[[], None] | None = None,
    **options,
) -> RunResult:
    """Process files and folders (the bundled samples when none) and write every output into `out`.

    `inputs` and `out` may be local paths, glob patterns or fsspec URLs. Options are RunSettings
    fields, by name: `formats`, `password`, `workers` (None: in this process for a few files, else
    one per core; 0: always in this process), `timeout` (seconds per file), `memory_mb` (per
    worker), `cache=False` to process every file again, `dask` (a scheduler address or "local").
    `select` filters what folders yield (include/exclude patterns). `progress`: True for a bar on
    a terminal, or a callback(n, total, info). `collect=False` leaves RunResult.documents/actions
    empty, so memory stays flat. `worker_init` runs once in each worker process before its first
    file; define it in an importable module, not in a script's __main__."""
    started = time.perf_counter()
    settings = RunSettings.of(settings, **options)
    found = _discover(inputs, select)
    files = _outside(found.files, out)
    check_writable(out)
    job = JobSettings(password=settings.password, ocr=settings.ocr)
    result = RunResult(skipped=found.skipped)
    folder = OutputFolder(out, wait=settings.lock_wait)
    fingerprint = pipeline_fingerprint(job)
    results_cache = ResultCache(folder.cache, fingerprint, read=settings.cache)
    keyed = [_keyed(item) for item in files]
    signature = run_signature(fingerprint, list(settings.formats), [k.key or k.unreadable for k in keyed])
    try:
        # with a database to load, every run reads its files: the database decides what is new
        record = folder.last_run() if settings.cache and not collect and not settings.db else None
        if record and record.describes(signature, folder):
            # nothing changed since a complete run without failures: its outputs still describe the inputs
            result.tally, result.written = record.tally(), folder.outputs(record.names)
            result.up_to_date = True
            return result
        reporter = Progress(len(files), bar=progress is True, verbose=verbose,
                            callback=progress if callable(progress) else None)
        tracking = _tracking(settings.db)
        run_id = _run_id()
        try:
            with OutputWriter(out, settings.formats, staging=folder.staging) as writer:
                def sink(index: int, outcome: FileResult) -> None:
                    writer.add_actions(outcome.actions)
                    writer.add_document(outcome.info)
                    source = files[index].path
                    writer.add_layout(source if is_url(source) else os.path.abspath(source), outcome.info,
                                      outcome.actions, outcome.tables)
                    if tracking is not None:
                        result.changes += tracking.load(run_id, outcome.info, outcome.actions)
                    if collect:
                        result.documents.append(outcome.info)
                        result.actions.extend(outcome.actions)

                emit = InOrder(sink, results_cache, reporter, result)
                pending = _pending(files, keyed, job, results_cache, emit)
                _execute(pending, files, keyed, emit, settings, worker_init)
                emit.check_complete(len(files))
                result.written = writer.commit(folder.publish)
        finally:
            reporter.close()
            if tracking is not None:
                tracking.close()
        result.tally = reporter.tally
        results_cache.prune()
        folder.record_run(RunRecord.of(signature, result.tally, writer.names, folder))
    finally:
        folder.cleanup()
        result.seconds = time.perf_counter() - started
    return result


def collect(
    inputs: Iterable[str | Path] | str | Path | None = None,
    *,
    settings: RunSettings | None = None,
    select: Selection | None = None,
    progress: Callback | bool | None = None,
    worker_init: Callable[[], None] | None = None,
    **options,
) -> RunResult:
    """Process files like run(), but write nothing: the records come back in RunResult.documents and
    RunResult.actions, in input order. No cache is read or written."""
    started = time.perf_counter()
    settings = RunSettings.of(settings, **options)
    files = _discover(inputs, select).files
    job = JobSettings(password=settings.password, ocr=settings.ocr)
    result = RunResult()
    keyed = [_keyed(item) for item in files]
    reporter = Progress(len(files), bar=progress is True, callback=progress if callable(progress) else None)

    def sink(index: int, outcome: FileResult) -> None:
        result.documents.append(outcome.info)
        result.actions.extend(outcome.actions)

    try:
        emit = InOrder(sink, None, reporter, result)
        _execute(_pending(files, keyed, job, None, emit), files, keyed, emit, settings, worker_init)
        emit.check_complete(len(files))
    finally:
        reporter.close()
    result.tally = reporter.tally
    result.seconds = time.perf_counter() - started
    return result

