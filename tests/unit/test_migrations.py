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
