"""Model dataclasses straight from JSON data that this program validated before.

Validating with pydantic costs its import (~60 ms) and its validators; a file whose
exact bytes this program already validated or wrote (the stamp beside it says so)
needs only its values turned back into their types: ISO strings into dates, lists of
objects into dataclasses. This module does that from the type hints, with no rules
checked and nothing imported. It never runs code named by the data: it only calls
the constructors the annotations name (dataclasses, date, datetime, enums).

Anything unexpected raises (TypeError, ValueError, KeyError ...): the caller then
validates the data the ordinary way.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import sys
import types
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

Build = Callable[[Any], Any]


def build(cls: Any, data: Any) -> Any:
    """`data` (parsed JSON) as an instance of `cls`, trusting that it is valid."""
    return builder(cls)(data)


def _same(value: Any) -> Any:
    return value


@cache
def builder(annotation: Any) -> Build:
    """A function that turns JSON data into `annotation`'s type (made once per type)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return builder(args[0])
    if origin is Literal:
        allowed = frozenset(args)

        def literal(value: Any) -> Any:
            if value not in allowed:
                raise ValueError(f"{value!r} is not one of {sorted(map(str, allowed))}")
            return value

        return literal
    if origin in (Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            raise TypeError(f"cannot rebuild {annotation!r}")
        inner = builder(options[0])
        if inner is _same:
            return _same
        return lambda value: None if value is None else inner(value)
    if origin is list:
        item = builder(args[0])
        if item is _same:  # a list parsed from JSON is a new list of its own
            return _same
        return lambda value: list(map(item, _of(value, list)))
    if origin is tuple:
        item = builder(args[0])
        return lambda value: tuple(item(x) for x in _of(value, list))
    if origin is dict:
        key, item = builder(args[0]), builder(args[1])
        if key is _same and item is _same:
            return _same
        if item is _same:
            return lambda value: dict(zip(map(key, value), value.values(), strict=True))
        return lambda value: {key(k): item(v) for k, v in _of(value, dict).items()}
    # Plain values are taken as they are: these bytes passed validation before.
    if annotation in (Any, str, int, bool):
        return _same
    if annotation is float:
        return float
    if annotation is datetime:
        return datetime.fromisoformat
    if annotation is date:
        return date.fromisoformat
    if annotation is Path:
        return Path
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return _dataclass_builder(annotation)
    raise TypeError(f"cannot rebuild {annotation!r}")


def _dataclass_builder(cls: type[Any]) -> Build:
    hints = _hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    converted: list[tuple[str, Build]] = []
    ready = False

    def make(value: Any) -> Any:
        nonlocal ready
        if not ready:  # made on first use: a dataclass may refer to itself
            converted.extend(
                (name, fn) for name in names if (fn := builder(hints[name])) is not _same
            )
            ready = True
        fields = dict(_of(value, dict))  # an unknown key makes cls() raise TypeError
        for name, fn in converted:
            if name in fields:
                fields[name] = fn(fields[name])
        return cls(**fields)

    return make


def _hints(cls: type[Any]) -> dict[str, Any]:
    """`typing.get_type_hints(cls, include_extras=True)` for our classes, whose
    annotations are strings (`from __future__ import annotations`): each distinct string
    of a module is evaluated once, where get_type_hints compiles every one of them anew
    (~200 at every start)."""
    hints: dict[str, Any] = {}
    for base in reversed(cls.__mro__):
        module = base.__module__
        for name, annotation in inspect.get_annotations(base).items():
            if isinstance(annotation, str):
                key = (module, annotation)
                if key not in _evaluated:
                    # The text of an annotation in our own source, never of the data.
                    _evaluated[key] = eval(annotation, vars(sys.modules[module]), dict(vars(base)))
                annotation = _evaluated[key]
            hints[name] = annotation
    return hints


_evaluated: dict[tuple[str, str], Any] = {}


def _of(value: Any, kind: type[Any]) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}")
    return value
