"""Extraction on a Dask cluster: ``evidence ingest PATHS --cluster local:4`` or
``--cluster tcp://scheduler:8786``.

Workers read and extract; results come back to this process, the one writer, which
stores them in input order, so the database is the same row for row as a ``--jobs 1``
ingest whichever worker finished first. Dask does the rest: a task whose worker dies is
run again on another (``distributed.scheduler.allowed-failures``), so a killed worker
loses no article, and since nothing is written until a result is back, it writes no
partial one either.

Workers read the input files by their paths, as any Dask task reads data: on a cluster
of several machines the files must be on storage every worker sees (the same path). A
MEDLINE file is streamed here and its chunks are sent to the workers.

>>> parse_address("local:3"), parse_address("tcp://10.0.0.5:8786")
(('local', 3), ('address', 'tcp://10.0.0.5:8786'))
"""

from __future__ import annotations

import re

from .commands import WINDOW, batches, extract_units, in_order
from .read import ReadError

LOCAL = re.compile(r"local:(\d{1,3})")
CONNECT_TIMEOUT = "20s"


def parse_address(text: str) -> tuple[str, object]:
    """``local:N`` (a LocalCluster of N worker processes) or a scheduler address.

    >>> parse_address("local:0")
    Traceback (most recent call last):
    ...
    ingest.read.errors.ReadError: --cluster local:N needs 1 to 64 workers
    """
    local = LOCAL.fullmatch(text.strip())
    if local:
        n = int(local.group(1))
        if not 1 <= n <= 64:
            raise ReadError("--cluster local:N needs 1 to 64 workers")
        return "local", n
    if re.fullmatch(r"(tcp|tls|inproc|ucx|ws|wss)://\S+", text.strip()):
        return "address", text.strip()
    raise ReadError(f"--cluster {text}: expected local:N or a scheduler address such as tcp://host:8786")


def connect(text: str):
    """(client, cluster or None): a new LocalCluster on 127.0.0.1, or a running scheduler."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ReadError("--cluster needs Dask: pip install 'evidence-kb[cluster]'") from None
    kind, value = parse_address(text)
    if kind == "local":
        # One thread per worker process: extraction is pure Python and holds the GIL.
        cluster = LocalCluster(n_workers=value, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(value, timeout=CONNECT_TIMEOUT), None
    except OSError as e:
        raise ReadError(f"--cluster {value}: no scheduler answers ({e})") from None


class _Answer:
    """A task's future whose result is, when the task kept killing its workers (Dask gives
    up after ``allowed-failures``), each of its articles reported as failed, not the end of
    the whole ingest."""

    def __init__(self, batch, future):
        self.batch, self.future = batch, future

    def result(self):
        from distributed import KilledWorker

        try:
            return self.future.result()
        except KilledWorker:
            return [(u.target, None, "killed the cluster's workers that extracted it; skipped")
                    for u in self.batch]


def cluster_results(units, address: str, cache_dir=None):
    """(unit, extraction result) for each unit, in input order, extracted on the cluster."""
    client, cluster = connect(address)
    try:
        client.wait_for_workers(1, timeout=60)
        workers = len(client.scheduler_info().get("workers", {})) or 1

        def submit(batch):
            # pure=False: the same files sent again (a rerun) are extracted again, not
            # answered from a cached result of another run.
            return _Answer(batch, client.submit(extract_units, batch, cache_dir, pure=False))

        for batch, results in in_order(submit, batches(units), WINDOW * workers):
            yield from zip(batch, results)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
