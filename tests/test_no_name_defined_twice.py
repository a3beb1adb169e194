"""A module of the extractor names each pattern, table and function once: a second
assignment of the same name at the top of a module silently replaces the first for every
reader defined above it (a new CHANGE_ROW once replaced an older one of another meaning,
and the text tables' change rows read differently). Checked on the source, not imported."""

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parent.parent / "ingest").rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_each_top_level_name_is_defined_once(path):
    names: Counter = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    assert [n for n, k in names.items() if k > 1] == []
