"""Work spread over worker processes, the results handed back in the items' order.

No single item can stop the rest: a worker that dies (killed by the system, out of memory)
breaks the pool, so the pool is started again and the items of the chunk that was lost are
run again one at a time, each alone, so the one that kills its worker is found and reported
as failed through ``failed`` while the others are converted.

On the way out for any reason other than the end of the items (Ctrl-C, SIGTERM, a reader
that went away) the workers are terminated, not waited for; each removes its temporary files
before it ends (see ``_output.remove_pending``).
"""

from __future__ import annotations

import contextlib
import itertools
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
from newstranscript._lazy import compile_all

CHUNK = 16  # items a worker converts per round trip: large enough to hide the IPC cost
WINDOW_PER_JOB = 4  # chunks in flight per worker: enough to keep every worker busy
STOPPING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
WORKER_DIED = "the worker process reading it died (killed by the system, or out of memory)"

Item = TypeVar("Item")
Done = TypeVar("Done")


def in_order(
    work: Callable[[Item], Done],
    items: Iterable[Item],
    jobs: int,
    failed: Callable[[Item, str], Done],
) -> Iterator[Done]:
    """``work`` applied to every item by up to ``jobs`` processes, in the items' order.

    ``work`` must pickle (a module-level function, or a partial of one). No more workers
    start than there are items to share, and a handful of items is shared out one by one.
    """
    if jobs <= 1:  # in this process, one item at a time: a folder is walked as it goes
        for item in items:
            yield work(item)
        return
    source = iter(items)
    window = jobs * WINDOW_PER_JOB * CHUNK
    ahead = list(itertools.islice(source, window))
    size = CHUNK if len(ahead) == window else max(1, min(CHUNK, -(-len(ahead) // jobs)))
    workers = min(jobs, -(-len(ahead) // size))
    everything = itertools.chain(ahead, source)
    if workers <= 1:
        for item in everything:
            yield work(item)
        return
    pool = _Pool(work, workers)
    finished = False
    try:
        pending: deque[tuple[list[Item], Future[list[Done]]]] = deque()
        for chunk in _chunks(everything, size):
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
        if method == "fork":
            compile_all()  # once here rather than once in every worker
        self.context = multiprocessing.get_context(method)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=self.context, initializer=_worker_start
        )

    def submit(self, chunk: list[Item]) -> Future[list[Done]]:
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


class Stopped(BaseException):
    """SIGTERM or SIGHUP reached the converter: unwind as Ctrl-C does, cleaning up."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number

    @property
    def name(self) -> str:
        return signal.Signals(self.number).name


# The stopping signals received. The handler's exception lands wherever the main thread is,
# and there it can be swallowed: a ``__del__`` method the collector runs ignores what it
# raises. The batch asks :func:`check_stopped` between inputs, so such a signal still stops it.
_received: list[int] = []


def _stop(number: int, frame: FrameType | None) -> None:
    _received.append(number)
    raise Stopped(number)


def check_stopped() -> None:
    """Raise :class:`Stopped` for a stopping signal whose exception was swallowed."""
    if _received:
        raise Stopped(_received[0])


@contextlib.contextmanager
def stopping_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`Stopped` while inside (in the main thread only:
    elsewhere Python cannot set a handler, and the caller's own stay)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _received.clear()
    before = {number: signal.signal(number, _stop) for number in STOPPING_SIGNALS}
    hook = sys.unraisablehook

    def unraisable(found: sys.UnraisableHookArgs) -> None:
        # A Stopped swallowed where it landed is acted on by check_stopped: no traceback.
        if not isinstance(found.exc_value, Stopped):
            hook(found)

    sys.unraisablehook = unraisable
    try:
        yield
    finally:
        sys.unraisablehook = hook
        for number, handler in before.items():
            signal.signal(number, handler)
        _received.clear()


def _worker_start() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops the batch
    # cleanly, and workers that raised KeyboardInterrupt too would only add tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    forget_pending()  # a forked worker inherits the parent's list, not its files
    for number in STOPPING_SIGNALS:
        signal.signal(number, _worker_stop)


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
