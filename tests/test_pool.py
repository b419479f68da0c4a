"""The worker pool let go early: a caller that stops reading gets control back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

import pytest

from newstranscript._convert import processes
from newstranscript._convert.pool import (
    HELD_SIGNALS,
    Stopped,
    check_stopped,
    signals_held,
    stopping_signals,
)

# Workers whose results (4 MiB each) are larger than a pipe holds, so a worker is ended
# while it is still sending; the caller stops after the first result, five times over.
PROGRAM = """
from newstranscript._convert.pool import in_order

def large(item):
    return bytes(4 * 2**20)

def died(item, reason):
    return b""

for attempt in range(5):
    results = in_order(large, range(400), 2, died)
    next(results)
    results.close()
print("closed")
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the workers are forked on Linux only")
def test_closing_the_results_early_returns_while_a_worker_is_sending() -> None:
    # A worker ended mid-message left the pool's reader thread waiting for the rest of it,
    # so close() (and a read_corpus loop left with break) never returned.
    try:
        done = subprocess.run(
            [sys.executable, "-c", PROGRAM],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("closing the pool's results early did not return")
    assert (done.returncode, done.stdout) == (0, "closed\n"), done.stderr


class _SignalsWhenCollected:
    """An object whose ``__del__`` takes a SIGTERM: Python ignores what a ``__del__`` raises."""

    def __del__(self) -> None:
        os.kill(os.getpid(), signal.SIGTERM)


def test_a_stop_swallowed_where_it_landed_still_stops_the_batch(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with stopping_signals():
        _SignalsWhenCollected()  # collected at once; its SIGTERM's Stopped is swallowed
        with pytest.raises(Stopped) as stopped:
            check_stopped()
    assert stopped.value.number == signal.SIGTERM
    assert "Exception ignored" not in capfd.readouterr().err
    check_stopped()  # outside, and after: nothing pending from an earlier run


def test_a_signal_held_back_is_delivered_on_the_way_out() -> None:
    reached = []

    def interrupted_inside() -> None:
        with signals_held():
            # sent to this thread: one sent to the process may reach another thread of the
            # test run that does not hold it
            signal.pthread_kill(threading.get_ident(), signal.SIGINT)
            reached.append("after the signal")  # not cut short inside

    with pytest.raises(KeyboardInterrupt):
        interrupted_inside()
    assert reached == ["after the signal"]


# The signal mask each worker has while it converts, after its start.
MASK_PROGRAM = """
import signal
from newstranscript._convert.pool import in_order

def mask(item):
    return sorted(int(number) for number in signal.pthread_sigmask(signal.SIG_BLOCK, []))

def died(item, reason):
    return None

print(sorted({tuple(found) for found in in_order(mask, range(64), 2, died)}))
"""


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks here")
def test_workers_forked_with_signals_held_let_them_through_once_ready() -> None:
    # The pool forks with Ctrl-C and the stopping signals held, so that none lands between a
    # fork and the pool's note of its worker; a worker that kept them held could never be
    # ended by SIGTERM, and the converter would wait on it for ever.
    done = subprocess.run(
        [sys.executable, "-c", MASK_PROGRAM],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout) == (0, "[()]\n"), done.stderr


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks here")
def test_the_pool_forks_its_workers_with_signals_held(monkeypatch: pytest.MonkeyPatch) -> None:
    masks: list[set[int]] = []

    def submit(executor: object, *arguments: object) -> None:
        masks.append({int(number) for number in signal.pthread_sigmask(signal.SIG_BLOCK, [])})

    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit)
    pool = processes._Pool(str, 2)
    pool.submit(["an item"])
    assert masks == [{int(number) for number in HELD_SIGNALS}]
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # let go after
