"""Bytes on disk <-> a validated Profile."""

from __future__ import annotations

import json

from pydantic import ValidationError

from wellness_tui.profile.migrations import NewerSchemaError, migrate
from wellness_tui.profile.models import SCHEMA_VERSION, Profile


class DamagedProfileError(Exception):
    """The bytes are not a profile this app can read (the reason is plain words)."""


def decode(raw: bytes) -> Profile:
    """Parse and validate; raises DamagedProfileError or NewerSchemaError."""
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
            return Profile.model_validate(data)
        except ValidationError as err:
            first = err.errors(include_url=False)[0]
            where = ".".join(str(p) for p in first["loc"])
            raise DamagedProfileError(
                f"{err.error_count()} value(s) are not valid (first: {where}: {first['msg']})"
            ) from err
    raise DamagedProfileError("the file has no valid schema_version")


def encode(profile: Profile) -> bytes:
    return profile.model_dump_json().encode("utf-8")
