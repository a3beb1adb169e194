"""`evidence extract` starts once per article: what it imports is kept to what it uses.

Each module below costs start-up time on every article and extraction never needs it
(``re`` itself: its flags come from ``ingest.regex`` and its engine is ``_sre``). The
test runs the real command with ``-X importtime`` and reads what was imported.
"""

import re
import subprocess
import sys

import pytest
from hypothesis import given, strategies as st

from ingest import regex
from tests.paths import EXAMPLES, FIXTURES, REPO

NOT_ON_THE_EXTRACT_PATH = {
    "re", "enum", "functools", "collections", "contextlib", "signal", "json", "pickle", "heapq",
    "zlib", "hashlib", "pathlib", "typing", "dataclasses", "inspect", "yaml", "click", "struct",
    "datetime", "copyreg", "operator", "_json", "contextvars", "_contextvars", "threading",
}
ARTICLES = [EXAMPLES / "zh-news-msc-knee-oa.txt", EXAMPLES / "en-abstract-rct-diabetes.txt",
            EXAMPLES / "zh-hant-ucmsc-heart-failure.txt", FIXTURES / "en-news-no-study.txt"]


def imported_by_extract(path) -> set[str]:
    # What the `evidence` script runs (``python -m`` would add runpy's own imports).
    command = [sys.executable, "-X", "importtime", "-c", "from ingest.__main__ import main; main()",
               "extract", str(path)]
    subprocess.run(command, capture_output=True, cwd=REPO)  # the first run may rebuild caches
    out = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith("{"), out.stdout[:200]
    return {line.rsplit("|", 1)[1].strip() for line in out.stderr.splitlines() if line.startswith("import time:")
            and "|" in line} - {"package"}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_extract_imports_none_of_the_heavy_modules(path):
    heavy = imported_by_extract(path) & NOT_ON_THE_EXTRACT_PATH
    assert not heavy, f"evidence extract imported {sorted(heavy)}"


def test_the_flags_without_re_are_re_flags():
    for name in ("A", "ASCII", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "S", "DOTALL",
                 "U", "UNICODE", "X", "VERBOSE"):
        assert getattr(regex.re, name) == int(getattr(re, name)), name
    assert regex.re.I | regex.re.X == int(re.I | re.X)


def test_the_rest_of_re_is_the_real_module():
    assert regex.re.sub is re.sub and regex.re.escape("a.b") == r"a\.b" and regex.re.Pattern is re.Pattern
    assert regex.rx(r"\bms\b", regex.re.I).findall("MS and ms") == re.findall(r"\bms\b", "MS and ms", re.I)


@given(st.text() | st.binary().map(lambda b: b.decode("latin1")))
def test_escape_without_re_is_re_escape(text):
    assert regex.re.escape(text) == re.escape(text)
    raw = text.encode("latin1", "ignore") if all(ord(c) < 256 for c in text) else b"a.b"
    assert regex.re.escape(raw) == re.escape(raw)
