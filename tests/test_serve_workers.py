"""`evidence serve --workers N`: the same site from N processes sharing one port (uvicorn),
for more readers at once than one Datasette process answers. Started here on 127.0.0.1.

(`make test-slow` and CI run this; `make test` leaves it out: the workers take seconds to start.)
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest
from paths import REPO

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_workers_serve_the_site(db_path):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "ingest", "serve", "--db", str(db_path), "--port", str(port),
                             "--workers", "2"], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(base + "/", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "the workers did not answer in 90 s"
            time.sleep(0.3)
        with httpx.Client(base_url=base, timeout=30) as client:
            for path in ("/", "/evidence/studies", "/evidence/studies?_search=Schwann", "/-/compare",
                         "/evidence/measurements", "/-/compare/asia-motor-score"):
                r = client.get(path)
                assert r.status_code == 200, (path, r.status_code)
            home = client.get("/").text
            assert "studies from" in home and "Most compared measures" in home
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
