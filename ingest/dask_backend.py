"""The batch on Dask distributed: the same per-file job, submitted to an existing cluster
(`tcp://scheduler:8786`) or to a LocalCluster started for the run (`local`).

Same interface as the local pool; needs the `dask` extra (pip install 'plan-ingest[dask]').
"""
from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Self

from distributed import Client, LocalCluster, WorkerPlugin, wait

from .deadline import timed_out
from .pool import Lost, PoolSettings


class WorkerSetup(WorkerPlugin):
    """Runs the initializers once in each Dask worker (and in any that joins later), as the local
    pool does in each of its workers: the pipeline's warm-up first, then the caller's."""

    def __init__(self, initializers: tuple[Callable[[], None], ...]):
        self.initializers = initializers

    def setup(self, worker) -> None:
        for init in self.initializers:
            init()


class DaskPool:
    """`imap_unordered(tasks)` like IsolatedPool's. Tasks are submitted no faster than the cluster
    has threads, so each starts soon after; the time limit is kept from the client: a task over
    time is cancelled and the worker running it restarted (Dask cannot stop a running thread).
    A crash or a blown memory limit is Dask's to handle: the nanny restarts the worker, the task
    is tried again, and after `distributed.scheduler.allowed-failures` deaths it fails."""

    def __init__(self, address: str, job: Callable, settings: PoolSettings):
        self.job, self.settings = job, settings
        self.cluster = None
        if address == "local":
            memory = f"{settings.memory_mb}MB" if settings.memory_mb else "auto"
            self.cluster = LocalCluster(n_workers=max(1, settings.workers), threads_per_worker=1,
                                        processes=True, memory_limit=memory, dashboard_address=None,
                                        silence_logs=logging.CRITICAL)
            self.client = Client(self.cluster)
        else:
            self.client = Client(address, timeout="20s")
        self.client.register_plugin(WorkerSetup(settings.initializers), name="plan-ingest-setup")
        self.run_id = uuid.uuid4().hex[:8]
        self.clocks: dict[str, tuple[str, float]] = {}  # task key -> (worker, when first seen there)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.cluster is None:  # someone else's cluster: leave it as it was
            try:
                self.client.unregister_worker_plugin("plan-ingest-setup")
            except Exception:  # noqa: BLE001, S110 - already gone with a worker, or an older Dask
                pass
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def _slots(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def imap_unordered(self, tasks: Iterable[tuple[int, tuple]]) -> Iterator[tuple[int, Any]]:
        tasks = iter(tasks)
        running: dict[Any, int] = {}
        more = True
        while True:
            while more and len(running) < self._slots():
                task = next(tasks, None)
                if task is None:
                    more = False
                    break
                index, args = task
                future = self.client.submit(self.job, *args, key=f"plan-ingest-{self.run_id}-{index}", pure=False)
                running[future] = index
            if not running:
                return
            try:
                done = wait(list(running), timeout=self.POLL if self.settings.timeout else None,
                            return_when="FIRST_COMPLETED").done
            except TimeoutError:
                done = set()
            for future in done:
                yield running.pop(future), self._outcome(future)
            if self.settings.timeout:
                yield from self._over_time(running)

    POLL = 1.0  # seconds between looks at what the cluster is running, for the time limit

    def _over_time(self, running: dict[Any, int]) -> Iterator[tuple[int, Lost]]:
        """A task's clock starts when the scheduler first shows it on a worker, and restarts if it
        moves to another (after a worker died), so time spent queued never counts."""
        now = time.monotonic()
        where = {key: addr for addr, keys in self.client.processing().items() for key in keys}
        for future, index in list(running.items()):
            addr = where.get(future.key)
            if addr is None:
                self.clocks.pop(future.key, None)
                continue
            seen = self.clocks.get(future.key)
            if seen is None or seen[0] != addr:
                self.clocks[future.key] = (addr, now)
            elif now - seen[1] >= self.settings.timeout:
                running.pop(future)
                self.clocks.pop(future.key)
                self._stop(future, addr)
                yield index, Lost(timed_out(self.settings.timeout), now - seen[1])

    @staticmethod
    def _outcome(future) -> Any:
        if future.status == "finished":
            return future.result()
        exc = future.exception()
        if type(exc).__name__ == "KilledWorker":
            return Lost("its Dask workers died on this file, each time it was tried "
                        "(a crash, or the file exhausting the worker's memory)")
        return Lost(f"{type(exc).__name__}: {exc}")

    def _stop(self, future, addr: str) -> None:
        """Cancel a task over its time limit, and restart the worker whose thread is still in it."""
        future.cancel()
        try:
            self.client.restart_workers([addr], timeout=60)
        # a worker without a nanny cannot be restarted; it keeps a slot busy
        except Exception as exc:  # noqa: BLE001
            logging.getLogger(__name__).warning("could not restart %s: %s", addr, exc)
