"""A time limit per article, so one pathological input cannot hang an ingest."""

from __future__ import annotations

import gc
import os
import signal
import sys

from .read.errors import ReadError


def _seconds(text: str | None, default: float = 20.0) -> float:
    """The limit set by ``EVIDENCE_SECONDS_PER_ARTICLE``, else 20 s.

    >>> _seconds(None), _seconds("2.5"), _seconds("nonsense"), _seconds("-1")
    (20.0, 2.5, 20.0, 20.0)
    """
    try:
        value = float(text) if text else default
    except ValueError:
        return default
    return value if value > 0 else default


# (set in the environment, it reaches every process an ingest starts: --jobs, a local cluster)
SECONDS_PER_ARTICLE = _seconds(os.environ.get("EVIDENCE_SECONDS_PER_ARTICLE"))
_active = False  # a limit is running: nested blocks share it


# What must be put back when an article's time runs out wherever it was (the limit may land
# between a state's change and its undoing: the vocabulary's script, set on entering a block).
ON_EXPIRED: list = []


def _forget_cut_imports() -> None:
    """An import the limit cut short leaves its finished submodules behind: Python drops the
    package whose import failed, not its children, which stay bound to the dropped package
    object. The next import of the package would reuse them and fail on names the dropped
    one never got ("module 'ftfy' has no attribute 'fix_encoding'", for every article after).
    Such orphans are forgotten, so the next import runs whole."""
    for name in [n for n in sys.modules if "." in n]:
        parts = name.split(".")
        # (Not a compiled extension: one may be loaded once per process only, and is kept.)
        if any(".".join(parts[:i]) not in sys.modules for i in range(1, len(parts))) \
                and not str(getattr(sys.modules[name], "__file__", "") or "").endswith((".so", ".pyd")):
            del sys.modules[name]


ON_EXPIRED.append(_forget_cut_imports)


class _Expired(BaseException):
    """The time is up. A BaseException, so no ``except Exception`` on the way swallows it;
    ``time_limit`` turns it into a ReadError for the caller."""


def _expired(signum, frame):
    """Raise ``_Expired`` where the article's code runs, not inside a garbage-collector
    callback (hypothesis installs one): Python prints and drops an exception raised
    there. Inside one, the timer fires again every 10 ms until it lands outside one; where
    Python drops it anyway (a weakref callback), the next half-second tick raises it again."""
    callbacks = {getattr(getattr(c, "__func__", c), "__code__", None) for c in gc.callbacks}
    # (Nor inside the hook that reports an exception Python dropped: pytest's formats a
    # traceback there, and an exception raised in it breaks the report itself.)
    hook = sys.unraisablehook
    callbacks.add(getattr(getattr(hook, "func", hook), "__code__", None))
    while frame is not None:
        if frame.f_code in callbacks:
            signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
            return
        frame = frame.f_back
    if _active:  # (a signal that lands while the block is being left raises nothing)
        raise _Expired


class time_limit:
    """Raise ``ReadError`` when the block runs longer than ``seconds``.

    Uses a real-time interval timer, so it only applies in the main thread of a Unix
    process; elsewhere the block runs unlimited. A block inside another shares its limit.

    >>> with time_limit(1):
    ...     pass
    """

    def __init__(self, seconds: float | None = None):
        self.seconds = SECONDS_PER_ARTICLE if seconds is None else seconds
        self.previous = None
        self.armed = False

    def __enter__(self):
        global _active
        if _active:
            return self  # inside an article's limit already: one budget for reading and extracting
        try:
            if not self.seconds or not hasattr(signal, "setitimer"):
                raise ValueError("no interval timer")
            self.previous = signal.signal(signal.SIGALRM, _expired)  # ValueError outside the main thread
        except ValueError:
            return self
        # Fires again every half second: code that catches an exception too broadly cannot
        # swallow the limit once and run on unlimited.
        signal.setitimer(signal.ITIMER_REAL, self.seconds, 0.5)
        self.armed = _active = True
        return self

    def __exit__(self, kind, error, traceback):
        global _active
        if not self.armed:
            return False
        self.armed = _active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)
        if kind is not None and issubclass(kind, _Expired):
            for reset in ON_EXPIRED:
                reset()
            raise ReadError(f"took longer than {self.seconds:g} s to extract; skipped") from None
        return False
