"""Work spread over worker processes, the results handed back in the items' order; and the
signals that stop a batch.

The worker processes themselves are ``processes.py``'s, imported only when a run starts
them.
"""

from __future__ import annotations

import contextlib
import itertools
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from types import FrameType
from typing import TypeVar

CHUNK = 16  # items a worker converts per round trip: large enough to hide the IPC cost
WINDOW_PER_JOB = 4  # chunks in flight per worker: enough to keep every worker busy
STOPPING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
HELD_SIGNALS = {signal.SIGINT, *STOPPING_SIGNALS}

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
    # Imported here: multiprocessing and concurrent.futures take about 40 ms to import, which
    # a run of one process, or of one input, never needs.
    from newstranscript._convert.processes import in_workers  # noqa: PLC0415

    yield from in_workers(work, everything, size, workers, failed)


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


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold back Ctrl-C and the stopping signals while inside (where the system can), for
    the steps that must not be cut in two; they are delivered on the way out.

    Only this thread holds them; threads and processes started inside begin with them held
    too, and a worker lets them through once its own handlers are in place
    (``processes._worker_start``). A signal sent to the process while another thread lets
    it through is not held: the converter starts its workers before any other thread.
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, HELD_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
