"""A time limit per article, so one pathological input cannot hang an ingest."""

from __future__ import annotations

import signal
from contextlib import contextmanager

from .read.errors import ReadError

SECONDS_PER_ARTICLE = 20.0


@contextmanager
def time_limit(seconds: float | None = None):
    """Raise ``ReadError`` when the block runs longer than ``seconds``.

    Uses a real-time interval timer, so it only applies in the main thread of a Unix
    process; elsewhere the block runs unlimited.

    >>> with time_limit(1):
    ...     pass
    """
    seconds = SECONDS_PER_ARTICLE if seconds is None else seconds

    def expired(signum, frame):
        raise ReadError(f"took longer than {seconds:g} s to extract; skipped")

    try:
        if not seconds or not hasattr(signal, "setitimer"):
            raise ValueError("no interval timer")
        previous = signal.signal(signal.SIGALRM, expired)  # ValueError outside the main thread
    except ValueError:
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
