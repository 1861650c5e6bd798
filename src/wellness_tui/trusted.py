"""Model dataclasses straight from JSON data that this program validated before.

Validating with pydantic costs its import (~60 ms) and its validators; a file whose
exact bytes this program already validated or wrote (the stamp beside it says so)
needs only its values turned back into their types: ISO strings into dates, lists of
objects into dataclasses. This module does that from the type hints, with no rules
checked and nothing imported. It never runs code named by the data: it only calls
the constructors the annotations name (dataclasses, date, datetime, enums).

Anything unexpected raises (TypeError, ValueError, KeyError ...): the caller then
validates the data the ordinary way.

Each dataclass gets a function of its own, its source written here from the type hints
(`source`): for data with exactly the class's keys, one call naming every field, each
value converted in place, with no per-field dispatch left for the data. The sources of
our classes come compiled with the package (`_trusted_builders/`, written by
tools/write_dataclass_methods.py), looked up by their exact text, so a source that is
not there (a class changed since) is compiled here as before: a stale file is only
slower, never wrong.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
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
    made: list[Build] = []

    def make(value: Any) -> Any:  # made on first use: a dataclass may refer to itself
        if not made:
            text, values = source(cls)
            factory = _written(cls.__module__).get(text)
            if factory is None:  # not written out (yet): compiled here
                space: dict[str, Any] = {}
                # The text is made from our own classes' annotations, never from the data.
                exec(compile(text, f"<build {cls.__qualname__}>", "exec"), space)
                factory = space[MAKE]
            made.append(factory(**values))
        return made[0](value)

    return make


MAKE = "__make__"
WRITTEN = "wellness_tui._trusted_builders"


def written_name(module: str) -> str:
    """The written module for our module `module`: wellness_tui.a.b -> WRITTEN.a__b."""
    return f"{WRITTEN}.{module.removeprefix('wellness_tui.').replace('.', '__')}"


_loaded: dict[str, dict[str, Callable[..., Build]]] = {}


def _written(module: str) -> dict[str, Callable[..., Build]]:
    if module not in _loaded:
        try:
            _loaded[module] = importlib.import_module(written_name(module)).BUILDERS
        except ImportError:  # another package's class, or none written for this module
            _loaded[module] = {}
    return _loaded[module]


def source(cls: type[Any]) -> tuple[str, dict[str, Any]]:
    """The text of a function that makes `cls`'s builder, and the values it takes.

    For a dict with as many keys as `cls` has fields (all of them then, or a KeyError),
    the builder sets every field, each value converted in place; any other dict goes the
    general way (defaults for missing keys, TypeError for unknown ones). A class whose
    `__init__` is the one dataclasses wrote, and would only set the fields (no
    `__post_init__`, no field outside it), gets its fields set straight on a new
    instance: calling a class with keywords costs ~4 times as much as setting them."""
    annotations = hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    values: dict[str, Any] = {"_cls": cls, "_other": _any_dict_builder(cls), "_wrong": _wrong}
    converted = [
        (name, _converted(annotations[name], f"v[{name!r}]", n, values))
        for n, name in enumerate(names)
    ]
    check = (
        "    def build(v):\n"
        f"        if v.__class__ is not dict or len(v) != {len(names)}:\n"
        "            return _other(v)\n"
    )
    if _only_sets_fields(cls):
        values["_new"] = object.__new__
        if cls.__dataclass_params__.frozen:
            values["_set"] = object.__setattr__
            sets = [f"        _set(o, {name!r}, {value})\n" for name, value in converted]
        else:
            sets = [f"        o.{name} = {value}\n" for name, value in converted]
        made = "        o = _new(_cls)\n" + "".join(sets) + "        return o\n"
    else:
        arguments = "".join(f"            {name}={value},\n" for name, value in converted)
        made = f"        return _cls(\n{arguments}        )\n"
    text = f"def {MAKE}({', '.join(values)}):\n{check}{made}    return build\n"
    return text, values


def _only_sets_fields(cls: type[Any]) -> bool:
    """`cls(**fields)` only sets each field to its value: dataclasses wrote its `__init__`
    (compiled from text, in dataclasses or in _dataclass_methods_311), which takes the
    fields and nothing else (no InitVar), and nothing runs after it."""
    code = getattr(cls.__dict__.get("__init__"), "__code__", None)
    if code is None or not (
        code.co_filename == "<string>" or "_dataclass_methods_" in code.co_filename
    ):
        return False  # a class's own __init__ (dataclasses keeps it)
    fields = dataclasses.fields(cls)
    parameters = code.co_varnames[1 : code.co_argcount + code.co_kwonlyargcount]
    return (
        all(f.init for f in fields)
        and set(parameters) == {f.name for f in fields}
        and not hasattr(cls, "__post_init__")
        and getattr(cls, "__new__", None) is object.__new__
    )


def _converted(annotation: Any, value: str, n: int, values: dict[str, Any]) -> str:
    """An expression that turns the data `value` into `annotation`'s type, as builder's
    function does, with the names it needs added to `values`."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _converted(args[0], value, n, values)
    fn = builder(annotation)
    if fn is _same:
        return value
    if origin is Literal:
        values[f"_allowed{n}"] = frozenset(args)
        return f"(x if (x := {value}) in _allowed{n} else _wrong(x))"
    if origin in (Union, types.UnionType):
        values[f"_inner{n}"] = builder(next(a for a in args if a is not type(None)))
        return f"(None if (x := {value}) is None else _inner{n}(x))"
    if origin in (list, tuple):
        item = builder(args[0])
        made = "x" if item is _same else f"map(_item{n}, x)"
        if item is not _same:
            values[f"_item{n}"] = item
        return f"({origin.__name__}({made}) if (x := {value}).__class__ is list else _wrong(x))"
    if origin is dict:
        key, item = builder(args[0]), builder(args[1])
        if key is not _same:
            values[f"_key{n}"] = key
        if item is _same:  # (key is not: else fn would be _same)
            made = f"dict(zip(map(_key{n}, x), x.values(), strict=True))"
        else:
            values[f"_item{n}"] = item
            made_key = "a" if key is _same else f"_key{n}(a)"
            made = "{" + f"{made_key}: _item{n}(b) for a, b in x.items()" + "}"
        return f"({made} if (x := {value}).__class__ is dict else _wrong(x))"
    values[f"_fn{n}"] = builder(annotation)
    return f"_fn{n}({value})"


def _wrong(value: Any) -> Any:
    raise TypeError(f"unexpected {type(value).__name__}")


def _any_dict_builder(cls: type[Any]) -> Build:
    annotations = hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    converted: list[tuple[str, Build]] = []
    ready = False

    def make(value: Any) -> Any:
        nonlocal ready
        if not ready:  # made on first use: a dataclass may refer to itself
            converted.extend(
                (name, fn) for name in names if (fn := builder(annotations[name])) is not _same
            )
            ready = True
        fields = dict(_of(value, dict))  # an unknown key makes cls() raise TypeError
        for name, fn in converted:
            if name in fields:
                fields[name] = fn(fields[name])
        return cls(**fields)

    return make


def hints(cls: type[Any]) -> dict[str, Any]:
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
