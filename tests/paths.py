"""Where the tests find things. ../shared is optional: tests that need it skip without it."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_79a45c65e407ca67.txt"
EXAMPLES = REPO / "examples"
GOLD = REPO / "tests" / "gold"
FIXTURES = REPO / "tests" / "fixtures"

needs_shared = pytest.mark.skipif(
    not SEED.exists(), reason=f"../shared is not beside the repo ({SHARED} missing): seed and corpora tests skipped")
