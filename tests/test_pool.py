"""The worker pool let go early: a caller that stops reading gets control back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from newstranscript._convert.pool import Stopped, check_stopped, stopping_signals

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
