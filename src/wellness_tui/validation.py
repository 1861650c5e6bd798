"""Validation and JSON with pydantic, imported only when data must be checked.

Reading a profile or content file, saving a form, writing the profile: each
goes through here. Nothing on the way to the first screen imports this module
when the profile's start-up stamp is current (see profile/stamp.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, TypeVar

# Private by design: no third-party pydantic plugin (some send data to a
# service) may observe the validation of someone's notes. Set before pydantic
# looks for plugins, which it does when the first validator is built.
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"

from pydantic import TypeAdapter, ValidationError

T = TypeVar("T")

__all__ = [
    "MISSING_KEY",
    "UNKNOWN_KEY",
    "ValidationError",
    "adapter",
    "dump_json",
    "plain_message",
    "validate",
    "validated",
]


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


UNKNOWN_KEY = frozenset({"extra_forbidden", "unexpected_keyword_argument"})
"""pydantic's error types for a key the model does not have (models and dataclasses)."""
MISSING_KEY = frozenset({"missing", "missing_argument", "missing_keyword_only_argument"})


def plain_message(error: Mapping[str, Any]) -> str:
    """One of pydantic's error messages, in plain words where pydantic's are technical."""
    kind, context = error["type"], error.get("ctx") or {}
    if kind in UNKNOWN_KEY:
        return "a key this version does not know"
    if kind in MISSING_KEY:
        return "missing"
    if kind == "string_pattern_mismatch":
        return (
            "use lower-case letters and digits, joined by single dashes or underscores, "
            'like "sleep-wind-down"'
        )
    if kind == "string_too_short" and context.get("min_length") == 1:
        return "must not be empty"
    if kind == "too_short":
        return f"needs at least {context['min_length']} (has {context['actual_length']})"
    if kind == "too_long":
        return f"takes at most {context['max_length']} (has {context['actual_length']})"
    return str(error["msg"]).removeprefix("Value error, ")


def dump_json(value: object) -> bytes:
    data: bytes = adapter(type(value)).dump_json(value)
    return data
