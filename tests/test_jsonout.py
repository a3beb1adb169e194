"""ingest.jsonout writes what json.dumps(..., ensure_ascii=False, indent=2) writes, byte for byte."""

import json
import math

import pytest
from hypothesis import given, strategies as st

from ingest.jsonout import dumps
from tests.paths import EXAMPLES

SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
           | st.text() | st.sampled_from(["脊髓损伤", "a\"b\\c", "\x00\x1f\x7f", "\u2028\u2029", "🧪", "", "\ud800"]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=30)


@given(VALUES)
def test_same_text_as_json(value):
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [0.1, 1e-7, 1e16, 123456789.0, -0.0, 5e-324, math.pi, float("nan"),
                                   float("inf"), -float("inf"), 10**30, -1, True, False, None, [], {}, [[]], {"a": {}}])
def test_numbers_and_empty_containers(value):
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [{1: "a"}, {None: 1, "b": 2}, {2.5: [1]}, {True: 0}])
def test_keys_that_are_not_strings_are_written_as_json_writes_them(value):
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_json_refuses_is_refused_the_same_way():
    for value in ({"x": object()}, {"s": {1, 2}}, b"bytes"):
        with pytest.raises(TypeError):
            json.dumps(value, ensure_ascii=False, indent=2)
        with pytest.raises(TypeError):
            dumps(value)
    cycle = []
    cycle.append(cycle)
    with pytest.raises(ValueError):
        dumps(cycle)


def test_every_bundled_example_record_is_written_as_json_writes_it():
    from ingest.commands import extract_file

    for path in sorted(EXAMPLES.iterdir()):
        if path.name != "README.md":
            record = extract_file(str(path))
            assert dumps(record) == json.dumps(record, ensure_ascii=False, indent=2), path.name
