"""The per-article time limit holds even where a garbage-collector callback is installed (as
hypothesis installs one): an exception raised inside a gc callback is dropped by Python."""

import gc
import time

import pytest

from ingest.limits import time_limit
from ingest.read import ReadError


# The collector also runs weakref callbacks (of the objects it frees), where Python prints and
# drops an exception just the same; the next tick raises it again. What counts is that the
# block ends.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_limit_is_not_lost_in_a_gc_callback():
    calls = []

    def callback(phase, info):
        calls.append(phase)
        time.sleep(0.001)  # long enough for the timer's signal to land in here

    gc.callbacks.append(callback)
    try:
        start = time.monotonic()
        with pytest.raises(ReadError):
            with time_limit(0.3):
                while True:
                    [[] for _ in range(1000)]  # allocations that keep the collector busy
        # (not lost: without the fix it ran until killed; the bound is loose for a busy machine)
        assert time.monotonic() - start < 10.0
        assert calls, "the collector ran its callback meanwhile"
    finally:
        gc.callbacks.remove(callback)


def test_a_limit_that_lands_inside_the_scripts_block_leaves_every_term_matched():
    # The time limit can land after ``script_of`` set an English article's script and before
    # its block began, where no ``__exit__`` puts it back; the next article, Chinese, would then
    # be matched against English terms only. Expiry puts the script back.
    import pytest

    from ingest import vocab
    from ingest.limits import time_limit
    from ingest.read.errors import ReadError
    from ingest.vocab.lexicon import Tokens

    with pytest.raises(ReadError):
        with time_limit(0.05):
            vocab.script_of("English only").__enter__()  # entered, never left
            while True:
                pass
    assert [m.name for m in vocab.lexicon("conditions").find(Tokens("脊髓损伤"))] == ["spinal cord injury"]
