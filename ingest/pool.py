"""A process pool that survives its tasks: one task per worker at a time, each under a time limit
and a memory cap; a worker that hangs, crashes or has served its quota is replaced.

A task that takes its worker down comes back as `Lost(reason)`; the pool itself never raises for it.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Self

from .deadline import timed_out

_READY = "ready"
# workers fork from a server that has imported this module, so each starts with the pipeline loaded
PRELOAD = ["plan_ingest.ingest.preload"]
MIN_MEMORY_MB = 512


@dataclass(frozen=True)
class PoolSettings:
    workers: int
    timeout: float | None = 300.0  # seconds per task; None for no limit
    memory_mb: int | None = None  # address-space cap per worker (Linux); None for no cap
    tasks_per_worker: int = 100  # a worker is replaced after this many, so leaks cannot build up
    initializers: tuple[Callable[[], None], ...] = ()  # run once in each worker before its first task


@dataclass
class Lost:
    """A task whose worker did not give an answer: it timed out, crashed, or was killed."""

    reason: str
    seconds: float = 0.0  # how long the task had run when it was lost


def _context() -> mp.context.BaseContext:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return mp.get_context("spawn")


@contextmanager
def _main_left_alone(initializers: tuple) -> Iterator[None]:
    """Start workers without re-running the caller's script in them.

    multiprocessing imports the `__main__` script again in every worker it starts, which runs a
    script's top-level code again when it has no `if __name__ == "__main__":` guard; a script
    calling plan_ingest.read() would then recurse. The workers need nothing from `__main__`, so
    it is hidden while they start, unless a worker initializer lives there."""
    main = sys.modules.get("__main__")
    if main is None or any(getattr(f, "__module__", None) == "__main__" for f in initializers):
        yield
        return
    saved = {name: main.__dict__[name] for name in ("__file__", "__spec__") if name in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.update(saved)
        if "__spec__" not in saved:
            main.__dict__.pop("__spec__", None)


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when its parent dies, so a hung worker never outlives a
    killed run."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
        if os.getppid() == 1:
            os._exit(0)


def _cap_memory(memory_mb: int | None) -> None:
    if not memory_mb:
        return
    try:
        import resource

        limit = max(memory_mb, MIN_MEMORY_MB) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # Windows has no rlimits; some hosts forbid lowering them
        pass


def _peak_mb() -> float:
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _worker_main(conn, job: Callable, memory_mb: int | None, initializers: tuple) -> None:
    # Ctrl-C reaches the whole process group; the parent decides what stops, not each worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    _cap_memory(memory_mb)
    for init in initializers:
        init()
    conn.send(_READY)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, args = task
        try:
            result = job(*args)
        except MemoryError:
            result = Lost("ran out of memory")
        except BaseException as exc:  # noqa: BLE001 - the task's problem, reported as its result
            result = Lost(f"{exc.__class__.__name__}: {exc}")
        # a worker that came near its cap keeps that memory mapped; a fresh one starts small
        retire = bool(memory_mb) and _peak_mb() > memory_mb / 2
        try:
            conn.send((index, result, retire))
        except Exception as exc:  # noqa: BLE001 - a result that cannot be pickled
            conn.send((index, Lost(f"its result could not be sent back: {exc}"), True))
        if retire:
            return


def _exit_reason(exitcode: int | None, memory_mb: int | None) -> str:
    if exitcode is None or exitcode == 0:
        return "its worker stopped without answering"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if -exitcode == signal.SIGKILL:
            return f"its worker was killed ({name}), most often by the system running out of memory"
        # C code that cannot get memory under the cap usually aborts rather than raising
        hint = ""
        if memory_mb and name == "SIGABRT":
            hint = f"; often the file exhausting the {memory_mb} MB memory cap"
        return f"its worker crashed ({name}) reading this file{hint}"
    return f"its worker exited with status {exitcode}"


class _Worker:
    def __init__(self, ctx, job: Callable, settings: PoolSettings):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, job, settings.memory_mb, settings.initializers),
            daemon=True, name="plan-ingest-worker",
        )
        with _main_left_alone(settings.initializers):
            self.process.start()
        child.close()
        self.task: int | None = None
        self.started = 0.0
        self.done = 0

    def assign(self, index: int, args: tuple) -> None:
        self.task, self.started = index, time.monotonic()
        self.conn.send((index, args))

    def receive(self) -> Any:
        """The next message, or None when the worker has gone."""
        try:
            if self.conn.poll():
                return self.conn.recv()
        except (EOFError, OSError):
            pass
        return None

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class IsolatedPool:
    """`imap_unordered(tasks)` runs `job(*args)` for each `(index, args)`, yielding `(index, result)`
    as tasks finish, with `Lost(reason)` as the result of a task whose worker failed it."""

    def __init__(self, job: Callable, settings: PoolSettings):
        self.job, self.settings = job, settings
        self.ctx = _context()
        self.workers: list[_Worker] = []  # starting, idle and busy
        self.ready: set[_Worker] = set()  # workers that said they are ready for tasks
        self.finished: list[tuple[int, Any]] = []
        self.retired: list[_Worker] = []
        self.start_failures = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
        for worker in self.workers + self.retired:
            worker.process.join(0.5 if worker.task is None else 0)
            worker.kill()
        self.workers, self.retired = [], []

    def imap_unordered(self, tasks: Iterable[tuple[int, tuple]]) -> Iterator[tuple[int, Any]]:
        tasks = iter(tasks)
        more = True
        while True:
            if more:
                while len(self.workers) < max(1, self.settings.workers):
                    self.workers.append(_Worker(self.ctx, self.job, self.settings))
            # hand out work before the caller sees finished results, so no worker waits on the caller
            for worker in self.workers:
                if more and worker in self.ready and worker.task is None:
                    task = next(tasks, None)
                    if task is None:
                        more = False
                    else:
                        worker.assign(*task)
            yield from self.finished
            self.finished = []
            busy = [w for w in self.workers if w.task is not None]
            if not more and not busy:
                return
            self._wait(busy)

    def _wait(self, busy: list[_Worker]) -> None:
        """Wait for a message, a worker's exit or a time limit; collect what finished in self.finished."""
        timeout = self.settings.timeout
        wait_for = None
        if timeout and busy:
            wait_for = max(0.0, min(w.started + timeout for w in busy) - time.monotonic())
        handles = [w.conn for w in self.workers] + [w.process.sentinel for w in self.workers]
        signalled = set(wait(handles, wait_for))
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.conn in signalled or worker.process.sentinel in signalled:
                message = worker.receive()
                if message == _READY:
                    self.ready.add(worker)
                    self.start_failures = 0
                elif isinstance(message, tuple):
                    index, result, retire = message
                    worker.task, worker.done = None, worker.done + 1
                    if retire or worker.done >= self.settings.tasks_per_worker:
                        self._retire(worker)
                    self.finished.append((index, result))
                elif not worker.process.is_alive() or worker.conn.closed:
                    worker.process.join(1)
                    index = worker.task
                    if worker not in self.ready:
                        self._start_failed(worker)
                    self._drop(worker)
                    if index is not None:
                        reason = _exit_reason(worker.process.exitcode, self.settings.memory_mb)
                        self.finished.append((index, Lost(reason, now - worker.started)))
            elif worker.task is not None and timeout and now - worker.started >= timeout:
                index = worker.task
                self._drop(worker)
                self.finished.append((index, Lost(timed_out(timeout), now - worker.started)))

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        self.workers.remove(worker)
        self.ready.discard(worker)
        self.retired = [w for w in self.retired if w.process.is_alive()] + [worker]

    def _drop(self, worker: _Worker) -> None:
        worker.kill()
        self.workers.remove(worker)
        self.ready.discard(worker)

    def _start_failed(self, worker: _Worker) -> None:
        self.start_failures += 1
        if self.start_failures >= 3:
            raise RuntimeError(
                f"worker processes cannot start ({_exit_reason(worker.process.exitcode, None)})"
            )
