"""Every regular expression of the package, checked for catastrophic backtracking.

regexploit finds the patterns whose repeats overlap (``\\s*x?\\s*``, ``(a|a)*``) so that a
failing match tries exponentially or polynomially many ways. Each one it finds must be one
that the reader makes harmless: reading collapses every run of whitespace to one
character, so a repeat over whitespace only never meets a long run. Anything else fails.

regexploit does not see every kind: alternatives of a repeated group that can split the
same text two ways (``(?:\\d+|[0-9.]+)*``) were one, and took minutes on a real abstract.
``bench/worst_case.py`` times extraction on a corpus built to hurt; the regression case
is below, in our own words.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import pkgutil
import re
import signal
from importlib import metadata
from pathlib import Path

import pytest
from regexploit.ast.char import Character
from regexploit.ast.sre import SreOpParser
from regexploit.redos import find

import ingest
from ingest.extract import extract
from ingest.limits import time_limit
from ingest.read import read_bytes
from ingest.read.document import Document

PACKAGE = Path(ingest.__file__).parent
CALLS = ("compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split")
# Characters a repeat may be made of only if the reader collapses runs of them.
NOT_WHITESPACE = "a0.,;:(（)%±=-–<>|/A中一\u00b7"
# regexploit takes longer than this on a few large patterns (vocabulary-sized alternations):
# those are covered by the worst-case corpus instead. (2 s, not 1: two patterns that take 0.5-0.6 s
# of CPU alone took over a second in a clean clone's run with every core busy, and the count of
# patterns too long to analyse went past its bound; the two giants take 4 s and 50 s.)
ANALYSIS_SECONDS = 2


def _walk(value, where: str, found: dict, depth: int = 0) -> None:
    if isinstance(value, re.Pattern):
        found.setdefault((value.pattern, value.flags), where)
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _walk(item, where, found, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            _walk(item, where, found, depth + 1)


def _flags(node) -> int:
    try:
        return int(eval(compile(ast.Expression(node), "<flags>", "eval"), {"re": re}))
    except Exception:  # a flag held in a variable: checked as written where it is compiled
        return 0


def package_patterns() -> dict[tuple[str, int], str]:
    """(pattern, flags) -> where: every compiled pattern a module of the package holds, and
    every literal pattern compiled or searched inside a function."""
    found: dict = {}
    for module in pkgutil.walk_packages(ingest.__path__, "ingest."):
        if module.name.endswith("make_t2s"):  # a maintenance script that needs opencc
            continue
        for name, value in vars(importlib.import_module(module.name)).items():
            _walk(value, f"{module.name}.{name}", found)
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in CALLS and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                flags = next((kw.value for kw in node.keywords if kw.arg == "flags"), None)
                if flags is None and node.func.attr == "compile" and len(node.args) > 1:
                    flags = node.args[1]
                key = (node.args[0].value, (_flags(flags) if flags is not None else 0) | re.UNICODE)
                found.setdefault(key, f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


@pytest.fixture(scope="module")
def patterns() -> dict[tuple[str, int], str]:
    """The package's patterns, found once, when a test asks (not while every worker collects)."""
    return package_patterns()


class _TooLong(Exception):
    pass


def _redos(pattern: str, flags: int):
    """regexploit's findings worse than linear (starriness > 2, as its command line
    reports), or None when the analysis takes too long."""
    def give_up(signum, frame):
        raise _TooLong

    # (Measured in the process's own CPU time, not the clock's: on a machine the suite's other
    # workers keep busy, a one-second analysis took two by the clock and counted as too long.)
    previous = signal.signal(signal.SIGVTALRM, give_up)
    signal.setitimer(signal.ITIMER_VIRTUAL, ANALYSIS_SECONDS)
    try:
        return [r for r in find(SreOpParser().parse_sre(pattern, flags)) if r.starriness > 2]
    except _TooLong:
        return None
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def test_the_package_has_its_patterns_found(patterns):
    # Module-level patterns and patterns compiled inside functions, of every stage.
    assert len(patterns) > 300
    places = set(patterns.values())
    for stage in ("ingest.extract.numbers", "ingest.extract.outcomes", "ingest.read", "ingest/extract/"):
        assert any(p.startswith(stage) for p in places), stage


def _unsafe(pattern: str, flags: int) -> list[str] | None:
    """regexploit's findings on ``pattern`` that the reader does not make harmless (a repeat
    over more than whitespace), as text; None when the analysis takes too long."""
    found = _redos(pattern, flags)
    if found is None:
        return None
    return [f"starriness {r.starriness}, {r.example()[:80]}" for r in found
            if any(r.repeated_character & Character.LITERAL(ord(c)) is not None for c in NOT_WHITESPACE)]


def test_no_pattern_backtracks_catastrophically_on_text_the_reader_gives(request, patterns):
    # Each pattern's verdict is kept in pytest's cache under its text, its flags and
    # regexploit's version: a new or changed pattern is always analysed, an unchanged one
    # once per machine (the analysis of some 450 patterns took 8 s of every run).
    # (getattr: with -p no:cacheprovider there is no cache, and every pattern is analysed.)
    cache, version = getattr(request.config, "cache", None), metadata.version("regexploit")
    unsafe, too_long = [], []
    for (pattern, flags), where in patterns.items():
        key = "evidence/redos/" + hashlib.sha1(f"{version}\0{flags}\0{pattern}".encode()).hexdigest()
        verdict = cache.get(key, None) if cache is not None else None
        if verdict is None:
            findings = _unsafe(pattern, flags)
            verdict = {"too_long": findings is None, "unsafe": findings or []}
            if cache is not None and findings is not None:  # (a timed-out analysis is tried again)
                cache.set(key, verdict)
        if verdict["too_long"]:
            too_long.append(where)
        unsafe += [f"{where}: {x}" for x in verdict["unsafe"]]
    assert not unsafe, "\n".join(unsafe)
    assert len(too_long) <= 3, too_long  # a few giants only; see bench/worst_case.py


def test_the_verdict_finds_a_catastrophic_pattern():
    # what the cached verdicts stand for: an overlapping repeat over letters is found
    assert _unsafe(r"(?:\d+\s*)*\d+x", 0)
    assert _unsafe(r"\s*\s*\s*y", 0) == []  # over whitespace only: harmless after reading


@pytest.mark.parametrize("run", [" " * 5000, "\t \n" * 2000, "\u3000" * 3000, "\u00a0 " * 2000])
def test_reading_collapses_every_run_of_whitespace(run):
    # What makes the whitespace-only repeats above harmless.
    text = read_bytes(f"Title\n\nA randomised trial of 40 patients.{run}The mean score was 12.3.".encode()).text
    assert max(len(m.group()) for m in re.finditer(r"\s+", text)) == 1


def test_many_numbers_between_average_and_its_value_do_not_hang():
    # A cohort abstract's "median (range)" sentences once made one fullmatch try every way of
    # cutting each number into pieces: this sentence, in our own words, took minutes.
    text = ("Length of stay after hip surgery\n\n"
            "Results: The median was 41.2718, 38.9904, 40.1127, 39.5562 (days) and 9.5 in controls.")
    with time_limit(5):  # a ReadError here means it hung, as it did
        record = extract(Document(text=text, path="x.txt", sha256="0")).to_json()
    assert record["schema"] == "evidence-record/1"
