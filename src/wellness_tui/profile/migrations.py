"""Upgrading profile files written by earlier versions of the app.

Each migration is a small pure function from the JSON data of version N to
version N + 1; they run in a chain, so a file of any earlier version opens.
Each is tested with a fixture file of its version (tests/fixtures/profiles).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wellness_tui.profile.models import SCHEMA_VERSION

Data = dict[str, Any]


def v1_to_v2(data: Data) -> Data:
    """Version 2 adds the self-advocacy and safety toolkit, all empty at first."""
    data.setdefault("safety_plan", {"steps": {}, "people": [], "updated": None})
    for key in ("contacts", "questions", "log", "treatments"):
        data.setdefault(key, [])
    data.setdefault("appointment", {"day": None, "with_whom": "", "notes": ""})
    data.setdefault("scripts", {})
    return data


def v2_to_v3(data: Data) -> Data:
    """Version 3 adds self-checks, thought records, problem-solving sheets and the
    activity planner (values, activities, plans), all empty at first, and the setting
    settings.selfcheck_offer (its default). Nothing earlier changes; the number moves
    so that an older app opening a newer file says so instead of calling it damaged."""
    for key in ("selfchecks", "thought_records", "problem_sheets", "activities", "plans"):
        data.setdefault(key, [])
    for key in ("selfcheck_drafts", "values"):
        data.setdefault(key, {})
    return data


def v3_to_v4(data: Data) -> Data:
    """Version 4 adds what reminders may mention and their quiet hours
    (settings.remind_of, settings.quiet_hours: off and none, their defaults), and change
    records that carry the text a window started from (so free text merges). Nothing
    earlier changes; the number moves so that an older app opening a newer file says so
    (and opens it read-only) instead of calling it damaged."""
    return data


def v4_to_v5(data: Data) -> Data:
    """Version 5 adds the choice to keep the safety plan readable while the profile is
    locked (settings.safety_plan_readable: off, its default). Nothing earlier changes;
    the number moves so that an older app opening a newer file says so."""
    return data


# MIGRATIONS[n] turns version n into version n + 1.
MIGRATIONS: dict[int, Callable[[Data], Data]] = {
    1: v1_to_v2,
    2: v2_to_v3,
    3: v3_to_v4,
    4: v4_to_v5,
}


class NewerSchemaError(Exception):
    """The file was written by a newer version of the app."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version} is newer than this app's {SCHEMA_VERSION}")
        self.version = version


def migrate(data: Data) -> Data:
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("the file has no valid schema_version")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(version)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
        data["schema_version"] = version
    return data
