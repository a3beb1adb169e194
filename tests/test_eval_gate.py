"""The evaluation gate (as trafilatura keeps one): extraction quality may not fall below
pinned floors. Raise a floor when quality improves; never lower one to pass."""

import re
import subprocess
import sys

import pytest

from tests.paths import GOLD, REPO, SHARED, needs_shared

SEED_F1_FLOOR = 0.97
OWN_GOLD_F1_FLOOR = 0.92
# tests/holdout: ten articles and gold records written by a team member who never saw the
# extractor's code (tests/holdout/README.md). Measured 0.704 when written; the general
# failures it showed were fixed since, so it is no longer blind: a floor, not a promise.
HOLDOUT_F1_FLOOR = 0.88
# tests/holdout2 and tests/holdout3: the same, written later by four more team members.
# Blind when written: holdout2 0.526 (zh 0.587, en 0.465), holdout3 0.42 (zh 0.402, en 0.445).
HOLDOUT2_F1_FLOOR = 0.82
HOLDOUT3_F1_FLOOR = 0.46
# Evidence Inference validation abstracts (train is for development, validation checks).
EI_SCORE_FLOOR = 0.64
EI_RCT_SHARE_FLOOR = 0.90


# One process extracts every article of a set, as the evaluation path is meant to run.
EXTRACT_ALL = f"{sys.executable} -m ingest extract {{files}}"


def run_scorer(gold_dir):
    cmd = EXTRACT_ALL
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
@pytest.mark.parametrize("folder, floor", [("holdout2", HOLDOUT2_F1_FLOOR), ("holdout3", HOLDOUT3_F1_FLOOR)])
def test_later_holdout_sets_fact_f1_floor(folder, floor):
    f1, report = run_scorer(REPO / "tests" / folder)
    assert f1 >= floor, report


@needs_shared
def test_evidence_inference_floors():
    folder = SHARED / "corpora" / "evidence-inference" / "validation"
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "ei_score.py"), "--cmd", EXTRACT_ALL, str(folder)],
                         capture_output=True, text=True, cwd=REPO, timeout=600)
    assert out.returncode == 0, out.stderr
    score = float(re.search(r"EI score ([0-9.]+)", out.stdout).group(1))
    rct = re.search(r"design rct: (\d+)/(\d+)", out.stdout)
    assert "extractor failed on 0" in out.stdout, out.stdout
    assert score >= EI_SCORE_FLOOR, out.stdout
    assert int(rct.group(1)) / int(rct.group(2)) >= EI_RCT_SHARE_FLOOR, out.stdout


# tests/real: real web pages (their texts are third-party and git-ignored; rebuild them as
# tests/real/README.md says). Where the texts are here, pinned floors; elsewhere (CI) these
# skip and say why. The blind sets' floors guard against regressions only: nobody tunes on
# them. blind2 was first scored at bde0914: F1 0.293, detection recall 95.2%, titles 75.0%.
REAL_FLOORS = {"dev": (0.27, 0.85, 0.85), "blind": (0.22, 0.60, 0.45),  # fact F1, detection recall, titles
               "blind2": (0.28, 0.90, 0.70)}


def real_texts_here(folder):
    texts = REPO / "tests" / "real" / folder / "texts"
    return texts.is_dir() and any(texts.iterdir())


@needs_shared
@pytest.mark.parametrize("folder", sorted(REAL_FLOORS))
def test_real_article_sets_floors(folder):
    if not real_texts_here(folder):
        pytest.skip(f"tests/real/{folder}/texts is not rebuilt (third-party pages are not committed; "
                    f"tests/real/README.md says how to rebuild them)")
    f1_floor, recall_floor, titles_floor = REAL_FLOORS[folder]
    f1, report = run_scorer(REPO / "tests" / "real" / folder)
    assert f1 >= f1_floor, report
    out = subprocess.run([sys.executable, str(REPO / "tests" / "real" / "score_pages.py"), "--cmd", EXTRACT_ALL,
                          str(REPO / "tests" / "real" / folder)], capture_output=True, text=True, cwd=REPO, timeout=600)
    recall = float(re.search(r"recall ([0-9.]+)%", out.stdout).group(1)) / 100
    titles = float(re.search(r"titles right: \d+/\d+ \(([0-9.]+)%\)", out.stdout).group(1)) / 100
    assert recall >= recall_floor and titles >= titles_floor, out.stdout

