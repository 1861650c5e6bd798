"""The planner's shell commands, run as a person would run them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import copy_of_profile, isolate_home
from tests.stored import stored_json
from tests.unit.test_shell import wt


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "p.json"


@pytest.fixture(scope="module")
def two_plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two activities planned by the shell, once per module and worker (each command is
    a process of its own); tests change copies (copy_of_profile)."""
    folder = tmp_path_factory.mktemp("two-plans")
    profile = folder / "profile" / "p.json"
    with pytest.MonkeyPatch.context() as monkeypatch:
        isolate_home(folder / "home", monkeypatch)
        assert wt(profile, "plan", "add", "Walk to the shop").returncode == 0
        assert wt(profile, "plan", "add", "Walk the dog").returncode == 0
    return profile


def saved(profile: Path) -> dict[str, Any]:
    data: dict[str, Any] = stored_json(profile)
    return data


def test_plan_did_and_see_the_day_and_week(profile: Path) -> None:
    result = wt(profile, "plan", "add", "Walk to the shop", "--when", "morn", "--area", "health")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Planned 'Walk to the shop' for Wed 25 Nov, morning (a new activity, [walk-to-the-shop])."
    )
    assert wt(profile, "plan", "add", "walk", "--date", "2026-11-27").returncode == 0
    result = wt(profile, "did", "walk", "--enjoyment", "6", "--achievement", "4")
    assert result.returncode == 0, result.stderr
    assert "Walk to the shop: done on Wed 25 Nov · morning · enjoyment 6/10" in result.stdout
    logged = wt(
        profile, "did", "Make tea", "--date", "yesterday", "--note", "-", stdin="[b]x[/b]\n"
    )
    assert "Make tea: done on Tue 24 Nov (logged, without a plan)" in logged.stdout
    data = saved(profile)
    assert [a["area"] for a in data["activities"]] == ["health", None]
    entries = {e["id"]: e for e in data["plans"]}
    today = entries["2026-11-25-walk-to-the-shop"]
    assert (today["state"], today["enjoyment"], today["achievement"]) == ("done", 6, 4)
    assert entries["2026-11-24-make-tea"]["planned"] is False
    assert entries["2026-11-24-make-tea"]["note"] == "[b]x[/b]"
    assert entries["2026-11-27-walk-to-the-shop"]["state"] == "planned"
    day = wt(profile, "plan").stdout
    assert "Planned for today, Wednesday 25 November 2026" in day
    assert "[x] Walk to the shop: done · morning · enjoyment 6/10, achievement 4/10" in day
    week = wt(profile, "plan", "--week").stdout
    assert "This week, Mon 23 Nov to Sun 29 Nov 2026" in week
    assert "[ ] Walk to the shop: planned" in week
    assert "Planned 2, done 1 of them, and 1 more done without a plan." in week


def test_the_day_end_hour_applies(profile: Path) -> None:
    # 02:00 on Thursday with a day end of 4 is still Wednesday.
    wt(profile, "plan", "add", "Tea")  # makes the profile
    data = saved(profile)
    data["settings"]["day_end_hour"] = 4
    profile.write_text(json.dumps(data))
    result = wt(profile, "did", "tea", now="2026-11-26T02:00")
    assert "done on Wed 25 Nov" in result.stdout, result.stderr


def test_nothing_planned_says_so_kindly(profile: Path) -> None:
    assert "Nothing planned for today. One small thing is plenty" in wt(profile, "plan").stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("plan", "add", "Walk", "--date", "2026-11-20"), "--date: 2026-11-20 is in the past"),
        (("plan", "add", "Walk", "--date", "soon"), "--date: “soon” is not a date"),
        (("plan", "add", "Walk", "--when", "noon"), "--when: “noon” is not a part of the day"),
        (("plan", "add", "Walk", "--area", "space"), "--area: “space” is not a life area"),
        (("plan", "add", "  "), "give the activity's name"),
        (("did", "Walk", "--date", "tomorrow"), "--date: 2026-11-26 is in the future"),
        (("did", "Walk", "--enjoyment", "11"), "--enjoyment: 11 is out of range"),
        (("did", "Walk", "--achievement", "x"), "--achievement: “x” is not a whole number"),
        (("did", "Walk", "--mood-before", "0"), "--mood-before: 0 is out of range"),
        (("did", "Walk", "--mood-after", "5.5"), "--mood-after: “5.5” is not a whole number"),
        (("did", "wa"), "more than one activity"),
    ],
)
def test_bad_values_are_one_line_and_save_nothing(
    two_plans: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    profile = copy_of_profile(two_plans, tmp_path)
    before = profile.read_bytes()
    result = wt(profile, *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
    assert profile.read_bytes() == before


def test_planning_an_archived_activity_brings_it_back(profile: Path) -> None:
    from datetime import datetime

    from wellness_tui.clock import FixedClock
    from wellness_tui.core.activation import set_archived
    from wellness_tui.profile.ops import PutActivity
    from wellness_tui.profile.store import ProfileStore

    assert wt(profile, "did", "Sit in the park", "--enjoyment", "7").returncode == 0
    store = ProfileStore(profile, FixedClock(datetime(2026, 11, 25, 9)))
    [park] = store.profile.activities
    store.apply(PutActivity(set_archived(park, True)))  # as `a` in the planner does
    assert store.close()
    result = wt(profile, "plan", "add", "sit in", "--date", "tomorrow")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Planned 'Sit in the park' for Thu 26 Nov (back in your activities: it was archived)."
    )
    data = saved(profile)
    assert [(a["title"], a["archived"]) for a in data["activities"]] == [("Sit in the park", False)]
    assert len(data["plans"]) == 2  # the done one kept its history


@pytest.mark.parametrize("command", [["plan"], ["plan", "--week"], ["patterns"]])
def test_reading_plans_or_patterns_never_moves_a_damaged_profile(
    profile: Path, command: list[str]
) -> None:
    """Like `today`: it shows what can be recovered and moves, locks or writes nothing."""
    assert wt(profile, "plan", "add", "Walk to the shop").returncode == 0
    assert wt(profile, "plan", "add", "Call Ana").returncode == 0  # a backup holds Walk
    assert wt(profile, "checkin", "--mood", "5").returncode == 0
    damaged = profile.read_bytes()[:-20]
    profile.write_bytes(damaged)
    folder = profile.parent
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    result = wt(profile, *command)
    assert result.returncode == 0, result.stderr
    assert "could not be read" in result.stderr
    if command[0] == "plan":
        assert "Walk to the shop" in result.stdout
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
