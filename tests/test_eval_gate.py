"""The evaluation gate (as trafilatura keeps one): extraction quality may not fall below
pinned floors. Raise a floor when quality improves; never lower one to pass."""

import re
import subprocess
import sys

import pytest

from tests.paths import GOLD, REPO, SHARED, needs_shared

SEED_F1_FLOOR = 0.97
OWN_GOLD_F1_FLOOR = 0.90
# tests/holdout: ten articles and gold records written by a team member who never saw the
# extractor's code (tests/holdout/README.md). Measured 0.704 when written; the general
# failures it showed were fixed since, so it is no longer blind: a floor, not a promise.
HOLDOUT_F1_FLOOR = 0.83
# Evidence Inference validation abstracts (train is for development, validation checks).
EI_SCORE_FLOOR = 0.57
EI_RCT_SHARE_FLOOR = 0.87


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


@needs_shared
def test_holdout_fact_f1_floor():
    f1, report = run_scorer(REPO / "tests" / "holdout")
    assert f1 >= HOLDOUT_F1_FLOOR, report


@needs_shared
def test_evidence_inference_floors():
    folder = SHARED / "corpora" / "evidence-inference" / "validation"
    cmd = f"{sys.executable} -m ingest extract {{file}}"
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "ei_score.py"), "--cmd", cmd, str(folder)],
                         capture_output=True, text=True, cwd=REPO, timeout=600)
    assert out.returncode == 0, out.stderr
    score = float(re.search(r"EI score ([0-9.]+)", out.stdout).group(1))
    rct = re.search(r"design rct: (\d+)/(\d+)", out.stdout)
    assert "extractor failed on 0" in out.stdout, out.stdout
    assert score >= EI_SCORE_FLOOR, out.stdout
    assert int(rct.group(1)) / int(rct.group(2)) >= EI_RCT_SHARE_FLOOR, out.stdout
