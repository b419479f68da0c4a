"""The worker processes of :func:`newstranscript._convert.pool.in_order`.

No single item can stop the rest: a worker that dies (killed by the system, out of memory)
breaks the pool, so the pool is started again and the items of the chunk that was lost are
run again one at a time, each alone, so the one that kills its worker is found and reported
as failed through ``failed`` while the others are converted.

On the way out for any reason other than the end of the items (Ctrl-C, SIGTERM, a reader
that went away) the workers are terminated, not waited for; each removes its temporary files
before it ends (see ``_output.remove_pending``).

Kept apart from ``pool.py`` so that only a run with workers imports ``multiprocessing`` and
``concurrent.futures``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import Generic, TypeVar

from newstranscript._convert.output import forget_pending, remove_pending
from newstranscript._convert.pool import (
    HELD_SIGNALS,
    STOPPING_SIGNALS,
    WINDOW_PER_JOB,
    signals_held,
)

WORKER_DIED = "the worker process reading it died (killed by the system, or out of memory)"

Item = TypeVar("Item")
Done = TypeVar("Done")


def in_workers(
    work: Callable[[Item], Done],
    items: Iterable[Item],
    size: int,
    workers: int,
    failed: Callable[[Item, str], Done],
) -> Iterator[Done]:
    """``work`` applied to every item by ``workers`` processes, ``size`` items a chunk, in
    the items' order."""
    pool = _Pool(work, workers)
    finished = False
    try:
        pending: deque[tuple[list[Item], Future[list[Done]]]] = deque()
        for chunk in _chunks(items, size):
            pending.append((chunk, pool.submit(chunk)))
            if len(pending) >= workers * WINDOW_PER_JOB:
                yield from _settle(pool, pending, failed)
        while pending:
            yield from _settle(pool, pending, failed)
        finished = True
    finally:
        pool.close(wait=finished)


def _settle(
    pool: _Pool[Item, Done],
    pending: deque[tuple[list[Item], Future[list[Done]]]],
    failed: Callable[[Item, str], Done],
) -> Iterator[Done]:
    """The results of the oldest chunk in flight; when its worker died, each item again."""
    chunk, future = pending.popleft()
    try:
        results = future.result()
    except BrokenProcessPool:
        pool.restart()
        for item in chunk:  # alone in the new pool, so a death names its item
            try:
                yield pool.submit([item]).result()[0]
            except BrokenProcessPool:
                pool.restart()
                yield failed(item, WORKER_DIED)
        # the chunks that were in flight with it were lost with the pool: send them again
        lost = [waiting for waiting, _ in pending]
        pending.clear()
        pending.extend((waiting, pool.submit(waiting)) for waiting in lost)
        return
    yield from results


class _Pool(Generic[Item, Done]):
    """A process pool that can be started again after a worker died."""

    def __init__(self, work: Callable[[Item], Done], workers: int) -> None:
        self.work = work
        self.workers = workers
        method = _start_method()
        self.context = multiprocessing.get_context(method)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=self.context, initializer=_worker_start
        )

    def submit(self, chunk: list[Item]) -> Future[list[Done]]:
        # The first submit forks the workers. Ctrl-C landing between a fork and the pool's
        # note of the new worker would leave a worker no one ends, holding the converter's
        # output streams open for ever; so signals wait, and the worker starts with them held.
        with signals_held():
            return self.executor.submit(_each, self.work, chunk)

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def close(self, *, wait: bool) -> None:
        """Stop the pool: after the last item, wait for it; otherwise end the workers now."""
        if not wait:
            processes = list((self.executor._processes or {}).values())
            for process in processes:
                if process.is_alive():
                    process.terminate()
            for process in processes:
                process.join()
            # A worker ended while sending its results leaves part of a message in the
            # results pipe, and the pool's reader thread waits for the rest for ever (the
            # shutdown below would never return). With every worker gone, closing this
            # process's end for writing is closing the last: the reader gets end-of-file.
            writer = getattr(self.executor._result_queue, "_writer", None)
            if writer is not None:
                with contextlib.suppress(OSError):
                    writer.close()
        self.executor.shutdown(wait=True, cancel_futures=True)


def _worker_start() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops the batch
    # cleanly, and workers that raised KeyboardInterrupt too would only add tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    forget_pending()  # a forked worker inherits the parent's list, not its files
    for number in STOPPING_SIGNALS:
        signal.signal(number, _worker_stop)
    # Forked while the parent held them (``_Pool.submit``): a stop sent meanwhile comes now.
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, HELD_SIGNALS)


def _worker_stop(number: int, frame: FrameType | None) -> None:
    # The parent terminates its workers when it stops: leave no temporary file behind.
    remove_pending()
    os._exit(128 + number)


def _start_method() -> str:
    """Fork where it is safe, spawn elsewhere.

    A forked worker starts at once with the package already imported; a spawned one pays
    for a fresh interpreter and the imports (about 0.15 s of CPU each). Forking is only safe
    on Linux in a process that runs no other thread (macOS system libraries break after a
    fork, and a thread holding a lock at the fork deadlocks the child).
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _each(work: Callable[[Item], Done], chunk: list[Item]) -> list[Done]:
    return [work(item) for item in chunk]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
