"""Every earlier profile version opens, migrated, with nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from wellness_tui.profile.codec import decode, encode
from wellness_tui.profile.migrations import MIGRATIONS, NewerSchemaError, migrate
from wellness_tui.profile.models import SCHEMA_VERSION

VERSIONS = sorted(FIXTURES.glob("profiles/v*.json"))


def test_there_is_a_fixture_for_every_earlier_version() -> None:
    found = {int(p.stem.removeprefix("v")) for p in VERSIONS}
    assert set(range(1, SCHEMA_VERSION)) <= found
    assert set(MIGRATIONS) == set(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("path", VERSIONS, ids=lambda p: p.stem)
def test_each_version_migrates_without_losing_anything(path: Path) -> None:
    raw = path.read_bytes()
    old = json.loads(raw)
    profile = decode(raw)
    assert profile.schema_version == SCHEMA_VERSION
    new = json.loads(encode(profile))
    for key, value in old.items():
        if key == "schema_version":
            continue
        if isinstance(value, dict) and key == "settings":  # new settings get defaults
            assert {k: new[key][k] for k in value} == value, key
        else:
            assert new[key] == value, key  # every old field survives unchanged
    assert profile.answers["rest-rhythm/what-helps"].text.startswith("Exactly as typed: [b]")


def test_migrations_are_pure() -> None:
    data = json.loads((FIXTURES / "profiles/v1.json").read_text())
    before = json.dumps(data, sort_keys=True)
    migrate(dict(data))
    assert json.dumps(data, sort_keys=True) == before


def test_a_newer_version_is_recognised_not_treated_as_damage() -> None:
    with pytest.raises(NewerSchemaError):
        migrate({"schema_version": SCHEMA_VERSION + 1})


def test_a_profile_with_the_planner_and_self_checks_is_version_3() -> None:
    """An older app (schema 2) must see a file with the new parts as newer, not damaged."""
    from datetime import datetime

    from wellness_tui.profile.models import Profile

    written = json.loads(encode(Profile.new(datetime(2026, 12, 1, 9, 0))))
    assert written["schema_version"] >= 3
    for key in ("selfchecks", "selfcheck_drafts", "thought_records", "problem_sheets"):
        assert key in written
    for key in ("values", "activities", "plans"):
        assert key in written
    assert written["settings"]["selfcheck_offer"] is True
    assert written["schema_version"] > 2  # what an app of version 2 compares with


def test_version_2_gains_the_new_parts_empty() -> None:
    data = json.loads((FIXTURES / "profiles/v2.json").read_text())
    new = migrate(dict(data))
    assert new["schema_version"] == SCHEMA_VERSION
    assert new["selfchecks"] == [] and new["plans"] == [] and new["values"] == {}
    assert new["contacts"] == data["contacts"]
    profile = decode(json.dumps(data).encode())
    assert profile.settings.selfcheck_offer is True
    assert profile.contacts[0].name == "Jo"


def test_version_3_opens_with_reminders_off() -> None:
    """A file of the previous release (planner, self-checks, no reminder settings) opens
    with nothing lost and reminders off; written again, it is the new version, so an app
    of version 3 sees it as newer (read-only), not damaged by keys it does not know."""
    from wellness_tui.profile.codec import encode

    data = json.loads((FIXTURES / "profiles/v3.json").read_text())
    assert data["schema_version"] == 3 and "remind_of" not in data["settings"]
    profile = decode(json.dumps(data).encode())
    assert profile.settings.remind_of == [] and profile.settings.quiet_hours == ""
    assert [a.title for a in profile.activities] == ["Call Jo"]
    assert len(profile.plans) == 1 and len(profile.selfchecks) == 1
    assert any(c.note == "A calm day" for c in profile.checkins.values())
    written = json.loads(encode(profile))
    assert written["schema_version"] == SCHEMA_VERSION
    assert written["settings"]["remind_of"] == []


def test_version_4_opens_with_the_safety_plan_kept_locked() -> None:
    """A file of the previous release (reminders, no choice about the safety plan) opens
    with nothing lost and the plan kept inside the encryption (the choice is off);
    written again it is version 5, so an app of version 4 sees it as newer, not damaged."""
    data = json.loads((FIXTURES / "profiles/v4.json").read_text())
    assert data["schema_version"] == 4 and "safety_plan_readable" not in data["settings"]
    profile = decode(json.dumps(data).encode())
    assert profile.settings.safety_plan_readable is False
    assert profile.settings.remind_of == ["checkin"]
    assert profile.settings.quiet_hours == "22:00-08:00"
    assert profile.safety_plan.steps["reasons"] == "Pip the cat"
    written = json.loads(encode(profile))
    assert written["schema_version"] == 5 == SCHEMA_VERSION
    assert written["settings"]["safety_plan_readable"] is False
