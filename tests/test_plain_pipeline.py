"""The extract path is the plain standard library: no private CPython names, nothing written
inside the package at run time, and one linter's check clean."""

import os
import re
import subprocess
import sys

from tests.paths import EXAMPLES, REPO

PRIVATE = re.compile(r"_sre|re\._(?:parser|compiler|constants)|os\._exit|_run_exitfuncs|_frozen_importlib|_tuplegetter")


def test_no_private_cpython_names_in_the_package():
    found = [f"{path.relative_to(REPO)}:{n}: {line.strip()}"
             for path in sorted((REPO / "ingest").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if PRIVATE.search(line)]
    assert not found, "\n".join(found)


def _package_files() -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in (REPO / "ingest").rglob("*") if p.is_file()}


def test_nothing_is_written_inside_the_package_at_run_time(tmp_path):
    before = _package_files()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}  # Python's own bytecode cache aside
    article = str(EXAMPLES / "zh-news-msc-knee-oa.txt")
    for args in (["extract", "--jsonl", article, str(EXAMPLES / "en-abstract-rct-diabetes.txt")],
                 ["ingest", article, "--db", str(tmp_path / "e.db")]):
        done = subprocess.run([sys.executable, "-m", "ingest", *args], capture_output=True, text=True, cwd=tmp_path,
                              env=env, timeout=300)
        assert done.returncode == 0, done.stderr
    assert _package_files() == before


def test_ruff_check_is_clean():
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], capture_output=True, text=True,
                          cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
