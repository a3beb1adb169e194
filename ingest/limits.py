"""A time limit per article, so one pathological input cannot hang an ingest."""

from __future__ import annotations

import signal
from contextlib import contextmanager

from .read.errors import ReadError

SECONDS_PER_ARTICLE = 20.0
_active = False  # a limit is running: nested blocks share it


class _Expired(BaseException):
    """The time is up. A BaseException, so no ``except Exception`` on the way swallows it;
    ``time_limit`` turns it into a ReadError for the caller."""


@contextmanager
def time_limit(seconds: float | None = None):
    """Raise ``ReadError`` when the block runs longer than ``seconds``.

    Uses a real-time interval timer, so it only applies in the main thread of a Unix
    process; elsewhere the block runs unlimited.

    >>> with time_limit(1):
    ...     pass
    """
    global _active
    if _active:
        yield  # inside an article's limit already: one budget for reading and extracting
        return
    seconds = SECONDS_PER_ARTICLE if seconds is None else seconds

    def expired(signum, frame):
        raise _Expired


    try:
        if not seconds or not hasattr(signal, "setitimer"):
            raise ValueError("no interval timer")
        previous = signal.signal(signal.SIGALRM, expired)  # ValueError outside the main thread
    except ValueError:
        yield
        return
    # Fires again every half second: code that catches an exception too broadly cannot
    # swallow the limit once and run on unlimited.
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
    _active = True
    try:
        yield
    except _Expired:
        raise ReadError(f"took longer than {seconds:g} s to extract; skipped") from None
    finally:
        _active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
