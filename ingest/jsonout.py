"""The JSON text ``evidence extract`` prints: ``json.dumps(value, ensure_ascii=False,
indent=2)``, byte for byte, without importing ``json``.

``json`` imports ``re`` and compiles its own patterns on import, and with ``indent`` its
encoder is pure Python anyway: for the one record a run prints, this writer is as fast
and saves the imports (~30 M instructions, a sixth of a short article's run).
Strings are escaped as ``json`` escapes them. Anything outside plain JSON
(a key that is not a string, an unknown type, a cycle) goes to ``json.dumps`` itself,
so its answer, or its error, is the standard one.

>>> print(dumps({"schema": "x", "n": [1, 2.5, None, True], "empty": {}, "名": "脊髓\\n"}))
{
  "schema": "x",
  "n": [
    1,
    2.5,
    null,
    true
  ],
  "empty": {},
  "名": "脊髓\\n"
}
"""

from __future__ import annotations

from .regex import rx

# json's escapes with ensure_ascii=False (json.encoder.py_encode_basestring, which its C
# version matches): quotes, backslashes and control characters, nothing else. Done here
# rather than by _json's C function, whose extension module takes ~0.1 ms to load.
_ESCAPE = rx(r'[\x00-\x1f\\"\b\f\n\r\t]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), f"\\u{_i:04x}")


def _escape(match) -> str:
    return _ESCAPES[match.group()]


def _string(text: str) -> str:
    return '"' + (_ESCAPE.sub(_escape, text) if _ESCAPE.search(text) else text) + '"'


_INFINITY = float("inf")


class _NotPlain(Exception):
    """A value this writer leaves to ``json``."""


def dumps(value) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``."""
    out: list[str] = []
    try:
        _write(value, out, "\n")
    except (_NotPlain, RecursionError):
        import json

        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(out)


def _float(x: float) -> str:
    if x != x:
        return "NaN"
    if x == _INFINITY:
        return "Infinity"
    if x == -_INFINITY:
        return "-Infinity"
    return float.__repr__(x)


def _write(value, out: list, newline: str) -> None:
    # The order of json's own checks: a str subclass is a string, a bool is no int.
    if isinstance(value, str):
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        out.append("[")
        separator = inner
        for item in value:
            out.append(separator)
            separator = "," + inner
            _write(item, out, inner)
        out.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        out.append("{")
        separator = inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _NotPlain  # json turns 1, 2.5, True, None into key strings its own way
            out.append(separator)
            separator = "," + inner
            out.append(_string(key))
            out.append(": ")
            _write(item, out, inner)
        out.append(newline + "}")
    else:
        raise _NotPlain
