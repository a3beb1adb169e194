"""An article's time limit that lands while a module is being imported for the first time
(the readers import ftfy, lxml, pdfminer lazily) leaves no half-imported package behind: the
next article that needs it imports it whole. A package made for this test stands in for ftfy."""

import sys
import textwrap

import pytest

from ingest.limits import time_limit
from ingest.read.errors import ReadError


@pytest.fixture
def slow_package(tmp_path, monkeypatch):
    pkg = tmp_path / "slowpkg_limit_test"
    pkg.mkdir()
    # The package imports a submodule first, then takes long; the submodule calls back into it.
    (pkg / "__init__.py").write_text(textwrap.dedent("""
        from . import part
        import os, time
        if os.environ.get("SLOWPKG_SLEEP"):
            time.sleep(3)
        def hello():
            return "hi"
    """))
    (pkg / "part.py").write_text("import slowpkg_limit_test\n\ndef call():\n    return slowpkg_limit_test.hello()\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "slowpkg_limit_test"
    for name in [n for n in sys.modules if n.startswith("slowpkg_limit_test")]:
        del sys.modules[name]


def test_an_import_cut_short_by_the_limit_is_imported_whole_the_next_time(slow_package, monkeypatch):
    monkeypatch.setenv("SLOWPKG_SLEEP", "1")
    with pytest.raises(ReadError), time_limit(0.2):
        __import__(slow_package)
    assert not [n for n in sys.modules if n.startswith(slow_package)]  # no orphan left
    monkeypatch.delenv("SLOWPKG_SLEEP")
    module = __import__(slow_package)
    assert module.part.call() == "hi"
