"""Reading back what the store writes: JSON-valued columns.

>>> json_column('["a", "b"]', []), json_column("", []), json_column("not json", {}), json_column('{"a": 1}', [])
(['a', 'b'], [], {}, [])
"""

from __future__ import annotations

import json


def json_column(text, default):
    """JSON from a column, or ``default`` when it is empty, not JSON, or not of the default's type."""
    if not text:
        return default
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return default
    return value if isinstance(value, type(default)) else default
