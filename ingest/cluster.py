"""Extraction on a Dask cluster: ``evidence ingest PATHS --cluster local:4`` or
``--cluster tcp://scheduler:8786``.

Workers read and extract; results come back to this process, the one writer, which
stores them in input order, so the database is the same row for row as a ``--jobs 1``
ingest whichever worker finished first. Dask does the rest: a task whose worker dies is
run again on another (``distributed.scheduler.allowed-failures``), so a killed worker
loses no article, and since nothing is written until a result is back, it writes no
partial one either.

Workers read the input files by their absolute paths, as any Dask task reads data: on a
cluster of several machines the files must be on storage every worker sees at the same
path. A MEDLINE file is streamed here and its chunks are sent to the workers. A worker
must run the writer's code: its version and a digest of its package are checked when the
cluster is joined.

>>> parse_address("local:3"), parse_address("tcp://10.0.0.5:8786")
(('local', 3), ('address', 'tcp://10.0.0.5:8786'))
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from pathlib import Path

from . import EXTRACTOR_VERSION, __version__
from .commands import WINDOW, Extracted, Unit, batches, extract_units, in_order
from .identifiers import is_remote
from .read import ReadError

LOCAL = re.compile(r"local:(\d{1,3})")
SCHEDULER = re.compile(r"tcp://[A-Za-z0-9.\-\[\]:]+:\d{1,5}")
CONNECT_SECONDS = 20.0
WORKERS_SECONDS = 60.0


def parse_address(text: str) -> tuple[str, object]:
    """``local:N`` (a LocalCluster of N worker processes) or a scheduler's ``tcp://host:port``.

    >>> parse_address("local:0")
    Traceback (most recent call last):
    ...
    ingest.read.errors.ReadError: --cluster local:N needs 1 to 64 workers
    >>> parse_address("tcp://10.0.0.5")
    Traceback (most recent call last):
    ...
    ingest.read.errors.ReadError: --cluster tcp://10.0.0.5: expected local:N or a scheduler's tcp://host:port
    """
    local = LOCAL.fullmatch(text.strip())
    if local:
        n = int(local.group(1))
        if not 1 <= n <= 64:
            raise ReadError("--cluster local:N needs 1 to 64 workers")
        return "local", n
    if SCHEDULER.fullmatch(text.strip()):
        return "address", text.strip()
    raise ReadError(f"--cluster {text}: expected local:N or a scheduler's tcp://host:port")


def code_identity() -> tuple[str, str, str]:
    """(extractor version, package version, digest of the package's code and vocabularies):
    a worker running other code would write other rows under the same version."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return EXTRACTOR_VERSION, __version__, digest.hexdigest()[:16]


def _within(seconds: float, what: str, call):
    """``call()``, or a ReadError when it has not answered in ``seconds`` (a handshake with a
    service that is not a Dask scheduler never ends on its own)."""
    box: dict = {}

    def run():
        try:
            box["value"] = call()
        except BaseException as e:  # (handed to the caller's thread)
            box["error"] = e

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise ReadError(f"{what}: no answer in {seconds:g} s")
    if "error" in box:
        error = box["error"]
        raise error if isinstance(error, ReadError) else ReadError(
            f"{what}: {type(error).__name__}: {(str(error).splitlines() or [''])[0][:200]}")
    return box.get("value")


def connect(text: str):
    """(client, cluster or None): a new LocalCluster on 127.0.0.1, or a running scheduler with
    at least one worker running this code. Every failure is one ReadError line."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise ReadError("--cluster needs Dask: pip install 'evidence-kb[cluster]'") from None
    kind, value = parse_address(text)
    cluster = None
    if kind == "local":
        # One thread per worker process: extraction is pure Python and holds the GIL. Not
        # daemonic, so that a worker may start the child process its time limit runs in.
        with dask.config.set({"distributed.worker.daemon": False}):
            cluster = _within(WORKERS_SECONDS, f"--cluster {text}", lambda: LocalCluster(
                n_workers=value, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None))
        client = Client(cluster)
    else:
        client = _within(CONNECT_SECONDS, f"--cluster {value}: no scheduler answers",
                         lambda: Client(value, timeout=f"{CONNECT_SECONDS:g}s"))
    try:
        _within(WORKERS_SECONDS, f"--cluster {text}: no worker joined",
                lambda: client.wait_for_workers(1, timeout=WORKERS_SECONDS))
        ours = code_identity()
        theirs = _within(CONNECT_SECONDS, f"--cluster {text}", lambda: client.run(code_identity))
        other = {addr: ident for addr, ident in (theirs or {}).items() if tuple(ident) != ours}
        if other:
            addr, ident = next(iter(other.items()))
            raise ReadError(f"--cluster {text}: worker {addr} runs other code (version {ident[0]}, {ident[2]};"
                            f" this one {ours[0]}, {ours[2]}): install the same on every worker")
    except BaseException:
        client.close()
        if cluster is not None:
            cluster.close()
        raise
    return client, cluster


# ---------------------------------------------------------------- on the worker

_CHILD = None
_CHILD_LOCK = threading.Lock()


def extract_units_limited(units, cache_dir=None) -> list:
    """``extract_units`` with the per-article time limit, which needs a process's main thread
    (SIGALRM) where Dask runs tasks in a worker thread: the work goes to a child process of
    the worker, started once, whose main thread keeps the limit. Where a child cannot be
    started (a daemonic worker, under a nanny with ``distributed.worker.daemon`` left on), it
    runs here without the limit."""
    if threading.current_thread() is threading.main_thread():
        return extract_units(units, cache_dir)
    global _CHILD
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with _CHILD_LOCK:
        if _CHILD is None:
            if multiprocessing.current_process().daemon:
                return extract_units(units, cache_dir)
            try:
                from distributed import get_worker

                threads = get_worker().state.nthreads
            except (ImportError, ValueError, AttributeError):
                threads = 1
            _CHILD = ProcessPoolExecutor(max_workers=threads, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_child_of, initargs=(os.getpid(),))
        child = _CHILD
    try:
        return child.submit(extract_units, units, cache_dir).result()
    except BrokenProcessPool:
        with _CHILD_LOCK:
            if _CHILD is child:
                _CHILD = None  # (a new child for what follows)
        if len(units) > 1:  # (each alone, so that only the one that crashes it fails)
            return [extract_units_limited([u], cache_dir)[0] for u in units]
        return [Extracted(units[0].target, error="crashed the process that extracted it; skipped")]


def _child_of(parent: int) -> None:
    """In the worker's child: hold none of the worker's output pipes (a reader of the
    ingest's output would wait for them), and end when the worker is gone (a nanny kills a
    worker with SIGKILL, which its children do not hear)."""
    import signal
    import time

    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, daemon=True).start()


# ---------------------------------------------------------------- on the writer


class _Answer:
    """A task's future. When the task kept killing its workers (Dask gives up after
    ``allowed-failures``), each of its units is tried again alone, so only the one that
    kills is reported as failed; when the cluster is lost, one line says so."""

    def __init__(self, client, batch, future, cache_dir):
        self.client, self.batch, self.future, self.cache_dir = client, batch, future, cache_dir

    def result(self):
        from distributed import KilledWorker

        try:
            return self.future.result()
        except KilledWorker:
            if len(self.batch) == 1:
                return [Extracted(self.batch[0].target, error="killed the cluster's workers that extracted it; skipped")]
            return [_Answer(self.client, [u], _submit(self.client, [u], self.cache_dir), self.cache_dir).result()[0]
                    for u in self.batch]
        except Exception as e:  # (the scheduler lost, the task cancelled: no article is half-written)
            raise ReadError(f"--cluster: lost the cluster ({type(e).__name__}); the articles stored before are kept, "
                            "and a rerun stores the rest") from None


def _submit(client, batch, cache_dir):
    # pure=False: two batches alike (the same file given twice) are two tasks, not one.
    return client.submit(extract_units_limited, batch, cache_dir, pure=False)


def _readable_anywhere(unit: Unit) -> Unit:
    """The unit with the absolute path a worker in any working directory reads it by."""
    if unit.raw is not None or unit.fault is not None or is_remote(unit.target):
        return unit
    return Unit(unit.target, last=unit.last, read_from=os.path.abspath(unit.target))


def cluster_results(units, address: str, cache_dir=None):
    """(unit, Extracted) for each unit, in input order, extracted on the cluster. The cluster
    is joined when the first unit is there to extract: a rerun with nothing new starts none."""
    units = iter(units)
    first = next(units, None)
    if first is None:
        return
    client, cluster = connect(address)
    try:
        cache_dir = os.path.abspath(cache_dir) if cache_dir else cache_dir

        def window() -> int:
            # (tasks in flight follow the threads the cluster has now: workers may join later)
            return WINDOW * max(1, sum(client.nthreads().values()))

        def submit(batch):
            return _Answer(client, batch, _submit(client, batch, cache_dir), cache_dir)

        def all_units():
            yield first
            yield from units

        for batch, results in in_order(submit, batches(map(_readable_anywhere, all_units())), window):
            yield from zip(batch, results)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
