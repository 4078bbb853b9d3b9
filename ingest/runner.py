"""The batch: every file through the per-file job (in a pool of worker processes, or on Dask),
unchanged files from the cache, results streamed to the outputs in input order.

`run()` is the Python API behind `plan-ingest run`; a notebook can call it the same way.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from normalise import Action, DocumentInfo
from output import FORMATS
from output.writers import OutputWriter

from .cache import ResultCache, RunRecord, pipeline_fingerprint, run_signature
from .discover import InputFile, bundled_samples, discover
from .job import FileResult, JobSettings, failed_result, process_file, warm_up
from .pool import IsolatedPool, Lost, PoolSettings
from .progress import Callback, Progress, Tally
from .storage import OutputFolder, file_sha256, is_url

DEFAULT_TIMEOUT = 300.0  # seconds per file: a long PDF takes tens of seconds, a hang forever
FILES_PER_WORKER = 100


@dataclass
class RunResult:
    # every row, in output order; empty when run(collect=False) keeps memory flat for a big batch
    documents: list[DocumentInfo] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    written: dict[str, Path | str] = field(default_factory=dict)
    skipped: list[Path] = field(default_factory=list)
    failures: list[DocumentInfo] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)
    seconds: float = 0.0
    up_to_date: bool = False  # nothing changed since the last complete run: the outputs were left as they were

    @property
    def failed(self) -> list[DocumentInfo]:
        return self.failures

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_memory_mb(workers: int) -> int | None:
    """Per-worker cap: a share of the machine's memory, between 1 and 4 GB."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / (1024 * 1024)
    except (AttributeError, ValueError, OSError):
        return None
    return int(min(4096, max(1024, 0.8 * total / max(1, workers))))


class IdLedger:
    """normalise.ids.unique_ids over a streamed run: it sees documents one at a time, in run order,
    and keeps only the ids used so far, not the documents."""

    def __init__(self):
        self.used: set[str] = set()

    def settle(self, actions: list[Action]) -> None:
        from normalise import unique_ids

        clashing = [a for a in actions if a.action_id in self.used]
        if clashing:
            # `clashing` stands in for the earlier documents holding those ids, so unique_ids
            # salts this document exactly as it would in a run over every document at once
            unique_ids([clashing, actions])
        self.used.update(a.action_id for a in actions)


class InOrder:
    """Results arrive in any order; rows leave in input order. A result that arrives early waits
    in the cache on disk (a failure, with no actions, waits in memory), so memory stays flat."""

    def __init__(self, writer: OutputWriter, cache: ResultCache, progress: Progress, result: RunResult,
                 collect: bool):
        self.writer, self.cache, self.progress = writer, cache, progress
        self.result, self.collect = result, collect
        self.ids = IdLedger()
        self.next = 0
        self.waiting: dict[int, FileResult | str] = {}

    def arrive(self, index: int, outcome: FileResult, key: str, cached: bool) -> None:
        self.progress.update(outcome.info, cached)
        stored = cached or self.cache.put(key, outcome)
        if index != self.next:
            self.waiting[index] = key if stored else outcome
            return
        self._emit(outcome)
        while self.next in self.waiting:
            waiting = self.waiting.pop(self.next)
            self._emit(self.cache.load(waiting) if isinstance(waiting, str) else waiting)

    def _emit(self, outcome: FileResult) -> None:
        self.ids.settle(outcome.actions)
        self.writer.add_actions(outcome.actions)
        self.writer.add_document(outcome.info)
        if outcome.info.status == "failed":
            self.result.failures.append(outcome.info)
        if self.collect:
            self.result.documents.append(outcome.info)
            self.result.actions.extend(outcome.actions)
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


def _keyed(item: InputFile) -> Keyed:
    try:
        sha256 = file_sha256(item.path)
    except OSError as exc:
        return Keyed(unreadable=f"cannot read this file: {exc.strerror or exc}")
    return Keyed(ResultCache.key(sha256, item.source_file), sha256)


def _tasks(files: list[InputFile], keyed: list[Keyed], settings: JobSettings, cache: ResultCache,
           emit: InOrder) -> Iterator[tuple[int, tuple]]:
    """The files the workers must process; a file the cache knows, or one that cannot even be
    read, is settled here without a worker."""
    for index, item in enumerate(files):
        if keyed[index].unreadable:
            emit.arrive(index, failed_result(item, keyed[index].unreadable), "", False)
            continue
        hit = cache.get(keyed[index].key)
        if hit is not None:
            emit.arrive(index, hit, keyed[index].key, True)
            continue
        yield index, (item, settings)


def _outside(files: list[InputFile], out: str | Path) -> list[InputFile]:
    """Leave out OUTDIR's own files when it sits inside an INPUT folder: actions.csv is not a plan."""
    if is_url(out) or not Path(out).exists():
        return files
    root = Path(out).resolve()
    return [f for f in files if is_url(f.path) or not Path(f.path).resolve().is_relative_to(root)]


def _backend(dask: str | None, settings: PoolSettings):
    if dask:
        try:
            from .dask_backend import DaskPool
        except ImportError as exc:
            raise RuntimeError("--dask needs the dask extra: pip install 'plan-ingest[dask]'") from exc
        return DaskPool(dask, process_file, settings)
    return IsolatedPool(process_file, settings)


def run(
    inputs: Iterable[str | Path] | None = None,
    out: str | Path = "out",
    formats: Iterable[str] = FORMATS,
    password: str | None = None,
    progress: Callback | bool | None = None,
    *,
    workers: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_mb: int | None = None,
    cache: bool = True,
    dask: str | None = None,
    verbose: bool = False,
    collect: bool = True,
    worker_init: Callable[[], None] | None = None,
    files_per_worker: int = FILES_PER_WORKER,
) -> RunResult:
    """Process files and folders (the bundled samples when none) and write every output into `out`.

    `inputs` and `out` may be local paths or fsspec URLs. `workers`: processes (default: one per
    core; 0 runs in this process, without isolation, for debugging). `timeout` (seconds) and
    `memory_mb` limit each file's worker. `cache=False` processes every file again. `dask`: a
    scheduler address, or "local" for a LocalCluster. `progress`: True for a bar on a terminal, or
    a callback(n, total, info). `collect=False` leaves RunResult.documents/actions empty.
    `worker_init` runs once in each worker process before its first file."""
    started = time.perf_counter()
    inputs = list(inputs or [bundled_samples()])
    formats = list(formats)
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: choose from {', '.join(FORMATS)}")
    found = discover(inputs)
    if found.missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(found.missing)}")
    files = _outside(found.files, out)
    workers = default_workers() if workers is None else workers
    settings = JobSettings(password=password)
    pool_settings = PoolSettings(
        workers=workers, timeout=timeout,
        memory_mb=default_memory_mb(workers) if memory_mb is None else (memory_mb or None),
        tasks_per_worker=files_per_worker,
        # forked workers start warm from the fork server; spawned ones (Windows) load the pipeline here
        initializers=(warm_up, worker_init) if worker_init else (warm_up,),
    )
    result = RunResult(skipped=found.skipped)
    folder = OutputFolder(out)
    fingerprint = pipeline_fingerprint(settings)
    results_cache = ResultCache(folder.cache, fingerprint, read=cache)
    keyed = [_keyed(item) for item in files]
    signature = run_signature(fingerprint, formats, [k.key or k.unreadable for k in keyed])
    try:
        record = folder.last_run() if cache and not collect else None
        if record and record.describes(signature, folder):
            # nothing changed since a complete run without failures: its outputs still describe the inputs
            result.tally, result.written = record.tally(), folder.outputs(record.names)
            result.up_to_date = True
            return result
        reporter = Progress(len(files), bar=progress is True, verbose=verbose,
                            callback=progress if callable(progress) else None)
        try:
            with OutputWriter(out, formats, staging=folder.staging) as writer:
                emit = InOrder(writer, results_cache, reporter, result, collect)
                tasks = _tasks(files, keyed, settings, results_cache, emit)
                first = next(tasks, None)  # a warm run with nothing to process starts no workers
                if first is not None:
                    _process([first], tasks, files, keyed, emit, workers, dask, pool_settings)
                emit.check_complete(len(files))
                result.written = writer.commit(folder.publish)
        finally:
            reporter.close()
        result.tally = reporter.tally
        results_cache.prune()
        folder.record_run(RunRecord.of(signature, result.tally, writer.names, folder))
    finally:
        folder.cleanup()
        result.seconds = time.perf_counter() - started
    return result


def _process(head: list, tasks: Iterator, files: list[InputFile], keyed: list[Keyed], emit: InOrder,
             workers: int, dask: str | None, settings: PoolSettings) -> None:
    def queue():
        yield from head
        yield from tasks

    if workers == 0 and not dask:
        for index, args in queue():
            emit.arrive(index, process_file(*args), keyed[index].key, False)
        return
    with _backend(dask, settings) as backend:
        for index, outcome in backend.imap_unordered(queue()):
            if isinstance(outcome, Lost):
                outcome = failed_result(files[index], outcome.reason, outcome.seconds, keyed[index].sha256)
            emit.arrive(index, outcome, keyed[index].key, False)
