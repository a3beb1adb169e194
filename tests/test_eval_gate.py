"""The evaluation gate (as trafilatura keeps one): extraction quality may not fall below
pinned floors. Raise a floor when quality improves; never lower one to pass."""

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import GOLD, REPO, SHARED, needs_shared
from tests.test_provenance import numbers_not_in_their_quote

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


EI_VALIDATION = SHARED / "corpora" / "evidence-inference" / "validation"
REAL = REPO / "tests" / "real"


def gold_articles(gold_dir) -> list[str]:
    """The articles a gold folder scores, found as score.py finds them."""
    out = []
    for gold in sorted(Path(gold_dir).glob("*.json")):
        text = json.loads(gold.read_text(encoding="utf-8")).get("text")
        if text:
            out.append(os.path.normpath(os.path.join(gold.parent, text)))
    return out


@pytest.fixture(scope="module")
def records_file(tmp_path_factory):
    """One ``evidence extract --jsonl`` process over every article of every gated set, as
    the evaluation path runs; the scorers then read its records (they match a record to
    its article by ``source.file``). One start-up instead of one per set."""
    folders = [SHARED / "eval" / "gold", GOLD, REPO / "tests" / "holdout", REPO / "tests" / "holdout2",
               REPO / "tests" / "holdout3", *(REAL / f for f in REAL_FLOORS if real_texts_here(f))]
    articles = [a for f in folders for a in gold_articles(f) if os.path.exists(a)]
    labels = EI_VALIDATION / "labels.jsonl"  # (absent without ../shared: the real sets are still checked)
    articles += [str(EI_VALIDATION / json.loads(line)["file"])
                 for line in (labels.read_text(encoding="utf-8").splitlines() if labels.exists() else []) if line.strip()]
    records = tmp_path_factory.mktemp("records") / "records.jsonl"
    with open(records, "w", encoding="utf-8") as out:
        done = subprocess.run([sys.executable, "-m", "ingest", "extract", "--jsonl", *dict.fromkeys(articles)],
                              stdout=out, stderr=subprocess.PIPE, text=True, cwd=REPO, timeout=900)
    # 1: a page that reports no study, said on stderr in one line; never a traceback.
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr[-2000:]
    return records


@pytest.fixture(scope="module")
def extract_all(records_file):
    """The scorers' ``--cmd``: it prints the records already extracted."""
    return f"sh -c {shlex.quote('cat ' + shlex.quote(str(records_file)))} {{files}}"


def run_scorer(gold_dir, cmd):
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--cmd", cmd, str(gold_dir)],
                         capture_output=True, text=True, cwd=REPO, timeout=600)
    assert out.returncode == 0, out.stderr
    m = re.search(r"fact F1 ([0-9.]+)", out.stdout)
    assert m, out.stdout
    assert "FAILED" not in out.stdout, out.stdout
    return float(m.group(1)), out.stdout


@needs_shared
def test_seed_fact_f1_floor(extract_all):
    f1, report = run_scorer(SHARED / "eval" / "gold", extract_all)
    assert f1 >= SEED_F1_FLOOR, report


@needs_shared
def test_own_examples_fact_f1_floor(extract_all):
    f1, report = run_scorer(GOLD, extract_all)
    assert f1 >= OWN_GOLD_F1_FLOOR, report


@needs_shared
def test_holdout_fact_f1_floor(extract_all):
    f1, report = run_scorer(REPO / "tests" / "holdout", extract_all)
    assert f1 >= HOLDOUT_F1_FLOOR, report


@needs_shared
@pytest.mark.parametrize("folder, floor", [("holdout2", HOLDOUT2_F1_FLOOR), ("holdout3", HOLDOUT3_F1_FLOOR)])
def test_later_holdout_sets_fact_f1_floor(folder, floor, extract_all):
    f1, report = run_scorer(REPO / "tests" / folder, extract_all)
    assert f1 >= floor, report


@needs_shared
def test_evidence_inference_floors(extract_all):
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "ei_score.py"), "--cmd", extract_all, str(EI_VALIDATION)],
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
# dev2 was written blind and first scored at b8bb9d2 (F1 0.291, recall 95.0%, titles 62.5%;
# 0.294 with the extractor of 1228922), then developed on.
# dev3 was written blind in session 7 and first scored at f6ecfc4 (F1 0.286, recall 100%, titles 75.0%;
# 0.287 with the extractor of b46574e, the session's start), then developed on.
# dev4 was written blind in session 8 as blind3 (gold committed in 1e8a2ed before any run) and
# first scored at de7d246: F1 0.215, detection recall 75.0%, titles 83.3% (0.216 with the
# extractor of 06006aa, the session's start); 0.274 at the start of session 12, when it was
# moved here to be developed on (three pages of several studies each).
# dev6 was written blind in session 9 as blind4 (gold committed in 6e75d02 before any run) and
# first scored there: F1 0.342, detection recall 90.0%, titles 62.5% (0.343 and 58.3% with the
# extractor of ef9f6c2, the session's start); kept blind through session 13 (0.375), then moved
# here in session 14 to be developed on.
# dev7 was written blind in session 10 as blind5 (gold committed in 8bb427b before any run) and
# first scored at c10a10d: F1 0.269, detection recall 75.0%, titles 62.5% (the same with the
# extractor of ffd5ab8, the session's start); 0.352 at the end of session 13, then moved here.
# blind6 was written blind in session 11 (gold committed in eeec6f0 before any run) and first
# scored with the session's first extractor (8f10f51): F1 0.290, detection recall 80%, titles
# 95.8%. It stays blind.
# blind7 was written blind in session 12 (gold committed in b8b26de before any run) and first
# scored with the session's starting extractor (a2f4fda): F1 0.350, detection recall 85%,
# titles 87.5%. It stays blind.
# dev5 was written in session 12 for development, weighted to pages of several studies and
# tables (gold committed in 9568ef0 before any run), first scored with the session's starting
# extractor (a2f4fda): F1 0.184, detection recall 68.2%, titles 70.8%.
# blind8 was written blind in session 13 (gold committed in a0e9e26 before any run) and first
# scored with the session's starting extractor (63d254f): F1 0.277, detection recall 100%,
# titles 79.2%. It stays blind.
# blind9 was written blind in session 14 (gold committed in 905db8b before any run) and first
# scored with the session's starting extractor (73a1bd4): F1 0.302, detection recall 85.0%,
# titles 79.2%. It stays blind.
# blind10 was written blind at the end of session 14 (gold committed in 66c3b54 before any run)
# and first scored with the session's last extractor: F1 0.275 (0.266 with its starting one,
# 73a1bd4), detection recall 85.0%, titles 75.0%. It stays blind.
# blind14 was written blind at the start of session 17 (gold committed in 9fd9c16 before any
# scoring run) and first scored with the session's starting extractor (6c78d92): F1 0.296,
# detection recall 85.0%, titles 58.3%. Session 17 read one of its pages (a table whose cells
# ran together) after that first score, so it is no longer blind.
# blind15 was written blind at the start of session 18 (gold committed in 38d7852 before any
# scoring run) and first scored with the session's starting extractor (5f35d6e): F1 0.236,
# detection recall 95.0%, titles 70.8%. Session 18 read its pages after that first score.
# blind16 was written blind at the start of session 19 (gold committed in a67949e before any
# scoring run) and first scored with the session's starting extractor (5b934b3): F1 0.342,
# detection recall 85.0%, titles 66.7%. Session 19 read its pages after that first score.
# blind17 was written blind at the start of session 20 (gold committed in b21979d before any
# scoring run) and first scored with the session's starting extractor (646ba77): F1 0.311,
# detection recall 90.0%, titles 58.3%.
# blind18 was written blind at the start of session 21 (gold committed in cbe838b before any
# scoring run) and first scored with the session's starting extractor (bd0e7f0): F1 0.258,
# detection recall 80.0%, titles 75.0%.
# blind19 was written blind at the start of session 22 (gold committed in 21ff305 before any
# scoring run, texts checked and stamped in 09f223e) and first scored with the session's starting
# extractor (acf0bee): F1 0.218, detection recall 85.0%, titles 70.8%. Its pages were read after.
# blind20 was written blind in session 23 (gold committed in 88caa49 before any scoring run,
# texts checked and stamped in ac0fa4e) and first scored with the session's starting extractor
# (c331e97) and with that session's extractor at the time (ac0fa4e), both alike: F1 0.308,
# detection recall 85.0%, titles 83.3%.
# blind21 was written blind in session 24 (36 pages, gold committed in 77b568a before any scoring
# run) and first scored with the session's starting extractor (54feaf5) and its extractor at the
# time (cd4d708), both alike: F1 0.334, detection recall 76.7%, titles 83.3%.
# blind22 was written blind in session 25 (36 pages, gold committed in a3f18ce before any scoring
# run) and first scored with the session's starting extractor (8a3d861) and its extractor at the
# time (5414af9), both alike: F1 0.263, detection recall 83.3%, titles 69.4%. Read after that.
# blind23 was written blind in session 26 (36 pages, gold committed in 044e4a6 before any scoring
# run) and first scored with the session's starting extractor (06bca5c) and its extractor at the
# time (uncommitted, the first changes of bf6b8bd), both alike: F1 0.317, detection recall 93.3%,
# titles 88.9%. Read after that.
# blind24 was written blind in session 27 (36 pages, gold committed in da2db08 before any scoring
# run) and first scored with the session's starting extractor (a66a4f8) and its extractor at the
# time (c212827), both alike: F1 0.293, detection recall 90.0%, titles 75.0%. Read after that.
# blind25 was written blind in session 28 (36 pages, gold committed in c6c84ec before any scoring
# run) and first scored with the session's starting extractor (e13b7ad): F1 0.245, detection recall
# 83.3%, titles 80.6% (0.249 with its extractor at the time). Read after that.
# blind26 was written blind in session 29 (36 pages, gold committed in fcc4435 before any scoring
# run) and first scored with the session's starting extractor (cda4610) and its extractor at the
# time (uncommitted, the first changes of d7225d0), both alike: F1 0.324, detection recall 73.3%,
# titles 75.0%. Read after that.
# blind28 was written blind in session 31 (36 pages, gold committed in 6e30473 before any scoring
# run) and first scored with the session's starting extractor (93f1bda): F1 0.333, detection
# recall 90.0%, titles 69.4%. Read after that.
# blind29 was written blind in session 32 (36 pages, gold committed in 7db5bd0 before any scoring
# run) and first scored with the session's starting extractor (89b725c): F1 0.270, detection
# recall 90.0%, titles 80.6%. Read after that.
# blind30 was written blind in session 33 (36 pages, gold committed in 16f6faf before any scoring
# run) and first scored with the session's starting extractor (526135c): F1 0.364, detection
# recall 96.7%, titles 69.4%. Read after that.
# blind31 was written blind in session 34 (36 pages, gold committed in 0ab34c9 before any scoring
# run) and first scored with the session's starting extractor (e7bbbcb): F1 0.333, detection
# recall 90.0%, titles 80.6%. Read after that.
# blind32 was written blind in session 35 (36 pages, gold committed in 972081f before any scoring
# run) and first scored with the session's starting extractor (3f08733): F1 0.387, detection
# recall 96.7%, titles 75.0%. Read after that.
# blind33 was written blind in session 36 (36 pages, gold committed in 2ecafac before any scoring
# run) and first scored with the session's starting extractor (13a3e56): F1 0.318, detection
# recall 83.3%, titles 61.1%. Read after that.
# blind34 was written blind in session 37 (36 pages, gold committed in 8433ece before any scoring
# run) and first scored with the session's starting extractor (80375b2): F1 0.289, detection
# recall 83.3%, titles 83.3%. Read after that.
# blind35 was written blind in session 38 (36 pages, gold committed in c5cc967 before any scoring
# run) and first scored with the session's starting extractor (ef9f11e): F1 0.279, detection
# recall 80.0%, titles 75.0%. Read after that.
# blind37 was written blind in session 40 (36 pages, gold committed in 97ee276 before any scoring
# run) and first scored with the session's starting extractor (962d61a): F1 0.262, detection
# recall 93.3%, titles 83.3%. Read after that.
# Session 13 raised the development sets' floors to a few points under what they then scored;
# session 14 did the same for dev4-dev7.
REAL_FLOORS = {"dev": (0.58, 0.95, 0.95), "blind": (0.22, 0.65, 0.70),  # fact F1, detection recall, titles
               "blind2": (0.29, 0.90, 0.85), "dev2": (0.50, 0.95, 0.90), "dev3": (0.44, 0.95, 0.85),
               "dev4": (0.33, 0.90, 0.90), "dev6": (0.42, 0.95, 0.85),
               "dev7": (0.40, 0.90, 0.80), "blind6": (0.27, 0.75, 0.90),
               "blind7": (0.33, 0.80, 0.85), "dev5": (0.40, 0.90, 0.85),
               "blind8": (0.25, 0.95, 0.75), "blind9": (0.27, 0.80, 0.75),
               "blind10": (0.24, 0.80, 0.75), "blind11": (0.25, 0.95, 0.65),
               "blind12": (0.29, 0.80, 0.75), "blind13": (0.22, 0.80, 0.75),
               "blind14": (0.30, 0.85, 0.50), "blind15": (0.24, 0.90, 0.65),
               "blind16": (0.34, 0.80, 0.75), "blind17": (0.30, 0.85, 0.55),
               "blind18": (0.22, 0.65, 0.85), "blind19": (0.20, 0.80, 0.75),
               "blind20": (0.28, 0.80, 0.80), "blind21": (0.30, 0.70, 0.80),
               "blind22": (0.30, 0.85, 0.70), "blind23": (0.44, 0.90, 0.85),
               "blind24": (0.33, 0.90, 0.85), "blind25": (0.27, 0.85, 0.85),
               "blind26": (0.33, 0.75, 0.80), "blind27": (0.28, 0.85, 0.85),
               "blind28": (0.33, 0.85, 0.70), "blind29": (0.27, 0.85, 0.75),
               "blind30": (0.43, 0.90, 0.70), "blind31": (0.35, 0.85, 0.75),
               "blind32": (0.36, 0.90, 0.70), "blind33": (0.29, 0.80, 0.70),
               "blind34": (0.29, 0.85, 0.80), "blind35": (0.31, 0.85, 0.75),
               "blind36": (0.48, 0.85, 0.80), "blind37": (0.36, 0.90, 0.80), "blind38": (0.32, 0.90, 0.85),
               "blind39": (0.34, 0.85, 0.75), "blind40": (0.40, 0.85, 0.75),
               "blind41": (0.42, 0.80, 0.85), "blind42": (0.46, 0.95, 0.85), "blind43": (0.40, 0.95, 0.85),
               "blind44": (0.38, 0.85, 0.85), "blind45": (0.43, 0.90, 0.85)}


def real_texts_missing(folder) -> int:
    """How many of a real set's texts are not rebuilt: a set is scored whole or not at all,
    since a half-rebuilt set would fail its floor for want of pages, not of quality."""
    return sum(not os.path.exists(a) for a in gold_articles(REAL / folder))


def real_texts_here(folder):
    return real_texts_missing(folder) == 0


@needs_shared
@pytest.mark.parametrize("folder", sorted(REAL_FLOORS))
def test_real_article_sets_floors(folder, extract_all):
    missing = real_texts_missing(folder)
    if missing:
        pytest.skip(f"tests/real/{folder}/texts: {missing} of {len(gold_articles(REAL / folder))} texts not rebuilt "
                    f"(third-party pages are not committed; tests/real/README.md says how to rebuild them)")
    f1_floor, recall_floor, titles_floor = REAL_FLOORS[folder]
    f1, report = run_scorer(REAL / folder, extract_all)
    assert f1 >= f1_floor, report
    out = subprocess.run([sys.executable, str(REAL / "score_pages.py"), "--cmd", extract_all,
                          str(REPO / "tests" / "real" / folder)], capture_output=True, text=True, cwd=REPO, timeout=600)
    recall = float(re.search(r"recall ([0-9.]+)%", out.stdout).group(1)) / 100
    titles = float(re.search(r"titles right: \d+/\d+ \(([0-9.]+)%\)", out.stdout).group(1)) / 100
    assert recall >= recall_floor and titles >= titles_floor, out.stdout


def test_every_number_of_the_real_sets_is_in_its_quote(records_file):
    # tests/test_provenance.py checks every other article; the real sets' records are the
    # ones extracted above, so they are checked here rather than extracted twice.
    here = [f for f in REAL_FLOORS if real_texts_here(f)]
    real = tuple(str(REAL / f / "texts") + os.sep for f in here)
    if not real:
        pytest.skip("no real set's texts are rebuilt (tests/real/README.md says how)")
    checked, wrong = 0, []
    for line in records_file.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        path = os.path.normpath(os.path.join(REPO, record["source"]["file"]))
        if not path.startswith(real):
            continue
        checked += 1
        wrong += [(path, *x) for x in numbers_not_in_their_quote(record)]
    pages = sum(len(gold_articles(REAL / f)) for f in here)
    assert checked >= pages, (checked, pages)  # every page gives a record, one with no study too
    assert not wrong, wrong[:10]
