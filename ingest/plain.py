"""The parts of ``dataclasses``, ``collections`` and ``functools`` the extractor uses, at a
fraction of their start-up cost: ``@record``, ``Counter``, ``namedtuple``, ``lru_cache``
and ``cached_property``.

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

Why: ``evidence extract`` runs once per article. Importing ``dataclasses`` (which imports
``inspect``, ``ast``, ``dis``, ``tokenize``) plus building two dozen classes with it cost
about 10 ms of a 50 ms budget, and ``collections`` with ``functools`` (and ``heapq``,
which ``Counter.most_common`` imports) ~2 ms more. ``@record`` builds ``__init__``,
``__repr__`` and ``__eq__`` (and ``__hash__`` for ``frozen=True``) from the annotations
in one small ``exec`` per class. Differences from dataclasses, on purpose: no field
metadata, no ``replace``/``asdict``; ``frozen`` makes instances hashable but does not
block assignment. The others behave as their standard namesakes for what they offer
(``tests/test_plain.py`` compares them).
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys

_MISSING = object()
# Compiling each class's generated source took ~0.1 ms a class, ~3 ms of a run: the code
# objects are kept in a file beside the bytecode, by the fields they are for, like .pyc files.
_CODE_PATH = os.path.join(os.path.dirname(__file__), "__pycache__", f"records.{sys.implementation.cache_tag}.marshal")
_codes: dict | None = None
_new_codes = False


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
    own = cls.__dict__
    names = tuple(own.get("__annotations__", {}))
    namespace = {"_MISSING": _MISSING}  # the generated functions' globals: defaults, factories
    kinds = []  # per field: r(equired), d(efault) or f(actory)
    for name in names:
        default = own.get(name, _MISSING)
        if default is _MISSING:
            kinds.append("r")
        elif isinstance(default, _Factory):
            kinds.append("f")
            namespace[f"_f_{name}"] = default.make
            delattr(cls, name)
        else:
            kinds.append("d")
            namespace[f"_d_{name}"] = default
    exec(_compiled((names, "".join(kinds), hasattr(cls, "__post_init__"))), namespace)  # noqa: S102
    cls.__init__ = namespace["__init__"]
    cls.__init__.__qualname__ = f"{cls.__qualname__}.__init__"
    cls._astuple = namespace["_astuple"]
    cls._fields = names
    cls.__repr__ = _repr
    cls.__eq__ = _eq
    cls.__hash__ = _hash if frozen else None
    return cls


def _source(spec: tuple) -> str:
    """``__init__`` and ``_astuple`` for fields ``names`` of ``kinds``, built from the
    class's own field names."""
    names, kinds, post_init = spec
    params, body = [], []
    for name, kind in zip(names, kinds):
        if kind == "r":
            params.append(name)
            body.append(f"self.{name} = {name}")
        elif kind == "f":
            params.append(f"{name}=_MISSING")
            body.append(f"self.{name} = _f_{name}() if {name} is _MISSING else {name}")
        else:
            params.append(f"{name}=_d_{name}")
            body.append(f"self.{name} = {name}")
    if post_init:
        body.append("self.__post_init__()")
    values = "".join(f"self.{n}, " for n in names)
    return (f"def __init__(self, {', '.join(params)}):\n    " + "\n    ".join(body or ["pass"]) + "\n"
            f"def _astuple(self):\n    return ({values})\n")


def _compiled(spec: tuple):
    """The code of ``_source(spec)``, from the file of earlier runs when it is there (by
    field names and kinds, so even the source need not be built)."""
    global _codes, _new_codes
    if _codes is None:
        try:
            with open(_CODE_PATH, "rb") as f:
                stamp, _codes = marshal.loads(f.read())
            if stamp != _stamp() or not isinstance(_codes, dict):
                _codes = {}  # written by another version of _source
        except (OSError, EOFError, ValueError, TypeError):
            _codes = {}
    code = _codes.get(spec)
    if code is None:
        code = _codes[spec] = compile(_source(spec), "<string>", "exec")
        _new_codes = True
    return code


def _stamp() -> str:
    """This file's size and time: the cached code is built by its ``_source``."""
    st = os.stat(__file__)
    return f"{st.st_size}:{st.st_mtime_ns}"


@atexit.register
def _save_codes() -> None:
    if not _new_codes:
        return
    try:
        os.makedirs(os.path.dirname(_CODE_PATH), exist_ok=True)
        tmp = f"{_CODE_PATH}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            f.write(marshal.dumps((_stamp(), _codes)))
        os.replace(tmp, _CODE_PATH)
    except (OSError, ValueError):
        pass  # a read-only install compiles every time


def _repr(self) -> str:
    inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
    return f"{type(self).__qualname__}({inner})"


def _eq(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    return self._astuple() == other._astuple()


def _hash(self) -> int:
    return hash(self._astuple())


class Counter(dict):
    """``collections.Counter``'s counting: a missing key counts 0, ``most_common`` orders
    by count, ties in insertion order.

    >>> c = Counter("abracadabra")
    >>> c["a"], c["z"], c.most_common(2)
    (5, 0, [('a', 5), ('b', 2)])
    """

    def __init__(self, iterable=None, /):
        super().__init__()
        if iterable is not None:
            self.update(iterable)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, /):
        if iterable is None:
            return
        if isinstance(iterable, dict):
            for key, n in iterable.items():
                self[key] = self[key] + n
        else:
            for key in iterable:
                self[key] = self[key] + 1

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=_count, reverse=True)
        return ranked if n is None else ranked[:n]

    def __repr__(self):
        return f"Counter({dict(self)!r})" if self else "Counter()"


def _count(item):
    return item[1]


try:
    from _collections import _tuplegetter
except ImportError:  # another Python: a property does the same
    def _tuplegetter(index, doc):
        return property(lambda self: self[index], doc=doc)


def namedtuple(typename: str, field_names):
    """``collections.namedtuple``'s class without building it from source with ``exec``:
    a tuple with its fields by name, its repr, ``_fields``, ``_replace`` and ``_asdict``.

    >>> Dose = namedtuple("Dose", "text start end")
    >>> d = Dose("25 mg", 3, end=8)
    >>> d, d.start, d == ("25 mg", 3, 8), d._replace(end=9).end
    (Dose(text='25 mg', start=3, end=8), 3, True, 9)
    """
    names = tuple(field_names.replace(",", " ").split() if isinstance(field_names, str) else field_names)
    count = len(names)

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != count:
            args = _arguments(typename, names, args, kwargs)
        return tuple.__new__(cls, args)

    def __repr__(self):
        return f"{typename}(" + ", ".join(f"{n}={v!r}" for n, v in zip(names, self)) + ")"

    def _replace(self, **changes):
        values = [changes.pop(n, v) for n, v in zip(names, self)]
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(names, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {"__slots__": (), "_fields": names, "__new__": __new__, "__repr__": __repr__,
                 "_replace": _replace, "_asdict": _asdict, "__getnewargs__": __getnewargs__,
                 "__match_args__": names}
    for index, name in enumerate(names):
        namespace[name] = _tuplegetter(index, f"Alias for field number {index}")
    return type(typename, (tuple,), namespace)


def _arguments(typename, names, args, kwargs) -> tuple:
    if len(args) > len(names):
        raise TypeError(f"{typename} takes {len(names)} arguments, {len(args)} given")
    values = list(args)
    for name in names[len(args):]:
        if name not in kwargs:
            raise TypeError(f"{typename} missing argument {name!r}")
        values.append(kwargs.pop(name))
    if kwargs:
        raise TypeError(f"{typename} got unexpected arguments {sorted(kwargs)}")
    return tuple(values)


def lru_cache(maxsize: int = 128):
    """``functools.lru_cache(maxsize)`` for functions of hashable positional arguments:
    the least recently used result is dropped when ``maxsize`` are kept.

    >>> @lru_cache(maxsize=2)
    ... def square(x):
    ...     return x * x
    >>> square(3), square(3), square.cache_info()
    (9, 9, (1, 1, 2, 1))
    """
    def decorate(function):
        cache: dict = {}
        stats = [0, 0]  # hits, misses

        def cached(*args):
            try:
                value = cache.pop(args)
                stats[0] += 1
            except KeyError:
                stats[1] += 1
                value = function(*args)
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
            cache[args] = value  # the most recently used last
            return value

        cached.cache_clear = lambda: (cache.clear(), stats.__setitem__(slice(None), [0, 0]))[0]
        cached.cache_info = lambda: (stats[0], stats[1], maxsize, len(cache))
        cached.__wrapped__ = function
        cached.__name__ = getattr(function, "__name__", "cached")
        cached.__qualname__ = getattr(function, "__qualname__", cached.__name__)
        cached.__doc__ = function.__doc__
        cached.__module__ = getattr(function, "__module__", None)
        return cached

    if callable(maxsize):  # @lru_cache without arguments
        function, maxsize = maxsize, 128
        return decorate(function)
    return decorate


class cached_property:
    """``functools.cached_property``: computed on first access, then an instance attribute.

    >>> class Text:
    ...     @cached_property
    ...     def words(self):
    ...         print("counting")
    ...         return 3
    >>> t = Text()
    >>> t.words, t.words
    counting
    (3, 3)
    """

    def __init__(self, function):
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value
