"""Bytes on disk <-> a validated Profile.

This module imports pydantic (through validation.py); the app's way to the
first screen avoids it when the profile's quick-start copy is current.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import datetime
from typing import Any, get_args, get_origin, get_type_hints

from wellness_tui.gc_pause import collector_paused
from wellness_tui.profile.migrations import NewerSchemaError, migrate
from wellness_tui.profile.models import SCHEMA_VERSION, Profile
from wellness_tui.validation import ValidationError, adapter, dump_json, plain_message, validate
from wellness_tui.words import plural


class DamagedProfileError(Exception):
    """The bytes are not a profile this app can read (the reason is plain words)."""


TOO_DEEP = "the file is nested too deeply to be a profile"


def decode(raw: bytes) -> Profile:
    """Parse and validate; raises DamagedProfileError or NewerSchemaError."""
    with collector_paused():  # ~100,000 new objects for ten years, none in cycles
        try:
            return _decode(raw)
        except RecursionError as err:
            raise DamagedProfileError(TOO_DEEP) from err


def _decode(raw: bytes) -> Profile:
    if not raw.strip():
        raise DamagedProfileError("the file is empty")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise DamagedProfileError("the file is not UTF-8 text") from err
    except json.JSONDecodeError as err:
        raise DamagedProfileError(
            f"the file is not complete JSON (line {err.lineno}, column {err.colno})"
        ) from err
    if not isinstance(data, dict):
        raise DamagedProfileError("the file does not hold a profile")
    try:
        data = migrate(data)
    except NewerSchemaError:
        raise
    except (ValueError, KeyError, TypeError) as err:
        raise DamagedProfileError(str(err)) from err
    if data.get("schema_version") == SCHEMA_VERSION and "schema_version" in data:
        try:
            return validate(Profile, data)
        except ValidationError as err:
            first = err.errors(include_url=False)[0]
            where = ".".join(str(p) for p in first["loc"])
            raise DamagedProfileError(
                f"{plural(err.error_count(), 'value')} "
                f"{'is' if err.error_count() == 1 else 'are'} not valid "
                f"(first: {where}: {plain_message(first)})"
            ) from err
    raise DamagedProfileError("the file has no valid schema_version")


def encode(profile: Profile) -> bytes:
    return dump_json(profile)


_MISSING = object()


def salvage(raw: bytes) -> tuple[Profile, list[str]]:
    """Keep every part of a damaged profile that is still valid.

    One bad value (a mood of 99, a date that is not a date, a key this version
    does not know) should not cost a person the rest of their notes: invalid
    items are left out one by one, as deep as needed. Returns the profile and
    the places that were left out; raises DamagedProfileError if the bytes are
    not a JSON profile at all (then only a backup can help).
    """
    try:
        return _salvage_data(raw)
    except RecursionError as err:
        raise DamagedProfileError(TOO_DEEP) from err


def _salvage_data(raw: bytes) -> tuple[Profile, list[str]]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise DamagedProfileError("the file is not complete JSON") from err
    if not isinstance(data, dict):
        raise DamagedProfileError("the file does not hold a profile")
    try:
        data = migrate(data)
    except NewerSchemaError:
        raise
    except (ValueError, KeyError, TypeError) as err:
        raise DamagedProfileError(str(err)) from err
    lost: list[str] = []
    value = _salvage(data, Profile, "", lost)
    if value is _MISSING:  # e.g. no valid "created": everything else can still be kept
        data = {**data, "created": datetime.now().isoformat()}
        value = _salvage(data, Profile, "", lost)
    if not isinstance(value, Profile):
        raise DamagedProfileError("nothing in the file could be read")
    return value, lost


def _salvage(value: Any, annotation: Any, path: str, lost: list[str]) -> Any:
    try:
        return adapter(annotation).validate_python(value)
    except ValidationError:
        pass
    origin, args = get_origin(annotation), get_args(annotation)
    if (
        isinstance(annotation, type)
        and dataclasses.is_dataclass(annotation)
        and isinstance(value, dict)
    ):
        # The field types with their rules (Annotated[int, Rule(ge=1)] ...).
        hints = get_type_hints(annotation, include_extras=True)
        names = [field.name for field in dataclasses.fields(annotation)]
        fields = {}
        for name in names:
            if name in value:
                item = _salvage(value[name], hints[name], _join(path, name), lost)
                if item is not _MISSING:
                    fields[name] = item
        lost.extend(_join(path, extra) for extra in value if extra not in names)
        try:
            return validate(annotation, fields)
        except ValidationError:
            lost.append(path or "profile")
            return _MISSING
    if origin is list and isinstance(value, list):
        items = [_salvage(item, args[0], f"{path}[{i}]", lost) for i, item in enumerate(value)]
        return [item for item in items if item is not _MISSING]
    if origin is dict and isinstance(value, dict):
        kept = {}
        for key, item in value.items():
            try:
                valid_key = adapter(args[0]).validate_python(key)
            except ValidationError:
                lost.append(_join(path, str(key)))
                continue
            item = _salvage(item, args[1], _join(path, str(key)), lost)
            if item is not _MISSING:
                kept[valid_key] = item
        return kept
    lost.append(path)
    return _MISSING


# What a left-out place was, in a person's words (the first part of its path).
_KINDS = {
    "checkins": "check-in",
    "log": "log entry",
    "questions": "care question",
    "treatments": "treatment",
    "contacts": "contact",
    "answers": "reflection answer",
    "lessons": "lesson reading place",
    "settings": "setting",
    "safety_plan": "safety plan part",
    "thought_records": "thought record",
    "problem_sheets": "problem-solving sheet",
    "plans": "planned activity",
    "activities": "activity",
    "selfchecks": "self-check",
    "appointment": "appointment detail",
    "values": "value",
}
_HABIT_PARTS = {
    "done": "tick",
    "skipped": "skipped day",
    "amounts": "habit amount",
    "notes": "habit note",
    "paused": "pause",
}


def _kind(path: str) -> str:
    parts = re.split(r"[.\[\]]+", path.strip("]"))
    head = parts[0] if parts else ""
    if head == "habits":
        if len(parts) <= 2:
            return "habit"
        return _HABIT_PARTS.get(parts[2], "habit detail")
    if head == "checkins" and len(parts) > 2:
        return "check-in value"
    return _KINDS.get(head, "other detail")


def lost_words(lost: list[str], where: str | None = None) -> str:
    """What salvage left out, in a person's words: "3 ticks and 1 check-in could not be
    read and were left out; the original file is kept at ..." (no field paths)."""
    counts: dict[str, int] = {}
    for path in lost:
        kind = _kind(path)
        counts[kind] = counts.get(kind, 0) + 1
    items = [plural(n, kind) for kind, n in counts.items()]
    if not items:
        return "nothing was left out"
    listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    were = "was" if len(lost) == 1 else "were"
    could = f"{listed} could not be read and {were} left out"
    return could + (f"; the original file is kept at {where}" if where else "")


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
