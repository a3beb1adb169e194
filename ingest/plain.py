"""``@record``: the part of ``@dataclass`` the extractor uses, at a fraction of its start-up cost.

>>> @record
... class Arm:
...     name: str
...     n: int | None = None
...     written: list = field(default_factory=list)
>>> a = Arm("stem cells", n=40)
>>> a, a == Arm("stem cells", 40), a.written is Arm("x").written
(Arm(name='stem cells', n=40, written=[]), True, False)
>>> fields(a)
('name', 'n', 'written')

Why not ``dataclasses``: ``evidence extract`` runs once per article, and importing
``dataclasses`` (which imports ``inspect``, ``ast``, ``dis``, ``tokenize``) plus building
two dozen classes with it costs about 10 ms of a 50 ms budget. This builds ``__init__``,
``__repr__`` and ``__eq__`` (and ``__hash__`` for ``frozen=True``) from the annotations
in one small ``exec`` per class. Differences from dataclasses, on purpose: no field
metadata, no ``replace``/``asdict``; ``frozen`` makes instances hashable but does not
block assignment.
"""

from __future__ import annotations

_MISSING = object()


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make):
        self.make = make


def field(*, default_factory):
    """A default made fresh for every instance, as in dataclasses: ``field(default_factory=list)``."""
    return _Factory(default_factory)


def fields(obj) -> tuple[str, ...]:
    """The field names of a ``@record`` class or instance, in declaration order."""
    return obj._fields


def record(cls=None, *, frozen: bool = False):
    """Give ``cls`` an ``__init__`` (calling ``__post_init__`` if defined), ``__repr__``,
    ``__eq__`` and, when ``frozen``, ``__hash__``, from its annotated fields."""
    if cls is None:
        return lambda c: _build(c, frozen)
    return _build(cls, frozen)


def _build(cls, frozen: bool):
    names = tuple(cls.__dict__.get("__annotations__", {}))
    defaults = {}
    params, body = [], []
    for name in names:
        default = cls.__dict__.get(name, _MISSING)
        if default is _MISSING:
            params.append(name)
            body.append(f"self.{name} = {name}")
        elif isinstance(default, _Factory):
            defaults[f"_f_{name}"] = default.make
            params.append(f"{name}=_MISSING")
            body.append(f"self.{name} = _f_{name}() if {name} is _MISSING else {name}")
            delattr(cls, name)
        else:
            defaults[f"_d_{name}"] = default
            params.append(f"{name}=_d_{name}")
            body.append(f"self.{name} = {name}")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    values = "".join(f"self.{n}, " for n in names)
    source = (
        f"def __init__(self, {', '.join(params)}):\n    " + "\n    ".join(body or ["pass"]) + "\n"
        f"def _astuple(self):\n    return ({values})\n"
    )
    namespace = {"_MISSING": _MISSING, **defaults}
    exec(source, namespace)  # noqa: S102 - the source is built from the class's own field names
    cls.__init__ = namespace["__init__"]
    cls.__init__.__qualname__ = f"{cls.__qualname__}.__init__"
    cls._astuple = namespace["_astuple"]
    cls._fields = names
    cls.__repr__ = _repr
    cls.__eq__ = _eq
    cls.__hash__ = _hash if frozen else None
    return cls


def _repr(self) -> str:
    inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
    return f"{type(self).__qualname__}({inner})"


def _eq(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    return self._astuple() == other._astuple()


def _hash(self) -> int:
    return hash(self._astuple())
