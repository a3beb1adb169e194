"""The evaluation gate (as trafilatura keeps one): extraction quality may not fall below
pinned floors. Raise a floor when quality improves; never lower one to pass."""

import re
import subprocess
import sys

import pytest

from tests.paths import GOLD, REPO, SHARED, needs_shared

SEED_F1_FLOOR = 0.95
OWN_GOLD_F1_FLOOR = 0.53


def run_scorer(gold_dir):
    cmd = f"{sys.executable} -m ingest extract {{file}}"
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--cmd", cmd, str(gold_dir)],
                         capture_output=True, text=True, cwd=REPO, timeout=600)
    assert out.returncode == 0, out.stderr
    m = re.search(r"fact F1 ([0-9.]+)", out.stdout)
    assert m, out.stdout
    assert "FAILED" not in out.stdout, out.stdout
    return float(m.group(1)), out.stdout


@needs_shared
def test_seed_fact_f1_floor():
    f1, report = run_scorer(SHARED / "eval" / "gold")
    assert f1 >= SEED_F1_FLOOR, report


@needs_shared
def test_own_examples_fact_f1_floor():
    f1, report = run_scorer(GOLD)
    assert f1 >= OWN_GOLD_F1_FLOOR, report
