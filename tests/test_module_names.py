"""No module of the package binds one top-level name twice: a pattern defined again further
down a long module silently replaces the first for every reader above it (session 17 found a
``TIME_LIST_GLUE`` and a ``SHARE_OF_PEOPLE`` shadowed that way)."""

import ast
from pathlib import Path

import pytest

import ingest

MODULES = sorted(Path(ingest.__file__).parent.rglob("*.py"))


def names_bound_twice(source: str) -> list[str]:
    """Top-level names a module assigns, defines or declares a second time.

    >>> names_bound_twice("A = 1\\nB = 2\\ndef f(): pass\\nA = 3\\nclass f: pass\\n")
    ['A', 'f']
    """
    seen, twice = set(), []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        twice += [n for n in names if n in seen]
        seen.update(names)
    return twice


def test_the_check_finds_a_name_bound_twice():
    assert names_bound_twice("X = re.compile('a')\nY = 1\nX = re.compile('b')\n") == ["X"]
    assert names_bound_twice("X = 1\nY = 2\n") == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(Path(ingest.__file__).parent)))
def test_each_top_level_name_is_bound_once(path):
    assert not names_bound_twice(path.read_text(encoding="utf-8")), path.name


def methods_defined_twice(source: str) -> list[str]:
    """Methods a class of the module defines a second time (the later one replaces the first
    for every caller: session 24 defined a second ``_names_an_arm`` with another signature).

    >>> methods_defined_twice("class C:\\n    def f(self): pass\\n    def g(self): pass\\n    def f(self, x): pass\\n")
    ['C.f']
    """
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            seen = set()
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    if item.name in seen and not item.decorator_list:
                        twice.append(f"{node.name}.{item.name}")
                    seen.add(item.name)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(Path(ingest.__file__).parent)))
def test_each_method_is_defined_once(path):
    assert not methods_defined_twice(path.read_text(encoding="utf-8")), path.name
