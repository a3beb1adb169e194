"""`evidence extract` serves the extract path's modules from one file when their sources
are unchanged, and imports them the ordinary way otherwise."""

import json
import marshal
import subprocess
import sys

from ingest.__main__ import _Loader, _ModuleFile
from tests.paths import EXAMPLES, REPO

ARTICLE = str(EXAMPLES / "zh-news-msc-knee-oa.txt")
CHECK = """
import sys
from ingest.__main__ import _Loader, _ModuleFile
finder = _ModuleFile.install()
import ingest.extract, ingest.commands, ingest.vocab.lexicon
mods = ["ingest.extract", "ingest.commands", "ingest.vocab.lexicon", "ingest.extract.outcomes"]
print(sum(isinstance(sys.modules[m].__spec__.loader, _Loader) for m in mods), len(mods))
print(all(sys.modules[m].__file__.endswith(m.split(".")[-1] + ".py") or sys.modules[m].__file__.endswith("__init__.py") for m in mods))
print(sys.modules["ingest.extract"].__path__ == [str(__import__("os").path.dirname(sys.modules["ingest.extract"].__file__))])
"""


def run(*args):
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=REPO)


def test_a_second_run_takes_the_modules_from_the_file_and_extracts_the_same():
    command = ["-c", "from ingest.__main__ import main; main()", "extract", ARTICLE]
    first, second = run(*command), run(*command)  # the first writes the file if it is missing or stale
    assert first.returncode == second.returncode == 0, second.stderr
    assert json.loads(first.stdout) == json.loads(second.stdout)
    out = run("-c", CHECK)
    served, total = map(int, out.stdout.split()[:2])
    assert served == total, out.stdout + out.stderr
    assert out.stdout.split()[2:] == ["True", "True"]


def test_a_module_whose_source_changed_is_imported_the_ordinary_way(tmp_path):
    source = tmp_path / "changed.py"
    source.write_text("X = 1\n")
    st = source.stat()
    path = tmp_path / "modules.marshal"
    code = compile("X = 2\n", str(source), "exec")
    path.write_bytes(marshal.dumps({"ingest.changed": (str(source), st.st_size + 1, st.st_mtime_ns, False, code),
                                    "ingest.same": (str(source), st.st_size, st.st_mtime_ns, False, code)}))
    finder = _ModuleFile(str(path))
    assert finder.find_spec("ingest.changed") is None and finder.missed
    spec = finder.find_spec("ingest.same")
    assert isinstance(spec.loader, _Loader) and spec.origin == str(source)
    assert finder.find_spec("json") is None  # not ours: left to the other finders


def test_a_damaged_module_file_is_ignored(tmp_path):
    path = tmp_path / "modules.marshal"
    path.write_bytes(b"not marshal")
    assert _ModuleFile(str(path)).modules == {}


def test_no_module_file_under_python_O():
    out = run("-O", "-c", "from ingest.__main__ import _ModuleFile; print(_ModuleFile.install())")
    assert out.stdout.strip() == "None", out.stderr
