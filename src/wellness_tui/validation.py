"""Validation and JSON with pydantic, imported only when data must be checked.

Reading a profile or content file, saving a form, writing the profile: each
goes through here. Nothing on the way to the first screen imports this module
when the profile's quick-start copy is current (see profile/snapshot.py).
"""

from __future__ import annotations

import os
from typing import Any, TypeVar

# Private by design: no third-party pydantic plugin (some send data to a
# service) may observe the validation of someone's notes. Set before pydantic
# looks for plugins, which it does when the first validator is built.
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"

from pydantic import TypeAdapter, ValidationError

T = TypeVar("T")

__all__ = ["ValidationError", "adapter", "dump_json", "validate", "validated"]


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def adapter(annotation: Any) -> TypeAdapter[Any]:
    """One validator per type, built on first use (a few ms each)."""
    found = _ADAPTERS.get(annotation)
    if found is None:  # two threads may both build one: harmless
        found = _ADAPTERS[annotation] = TypeAdapter(annotation)
    return found


def validate(model: type[T], data: object) -> T:
    """`data` (a dict from JSON or TOML, or keyword values) as a checked `model`."""
    value: T = adapter(model).validate_python(data)
    return value


def validated(model: type[T], **fields: object) -> T:
    """Build a model from form values, with every rule checked (raises ValidationError)."""
    return validate(model, fields)


def dump_json(value: object) -> bytes:
    data: bytes = adapter(type(value)).dump_json(value)
    return data
