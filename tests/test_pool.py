"""The worker pool let go early: a caller that stops reading gets control back."""

from __future__ import annotations

import subprocess
import sys

import pytest

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
