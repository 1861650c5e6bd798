"""Planner activities as pattern factors (issue 22): core, shell, report."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.cli_run import in_process
from wellness_tui.core.activation import pattern_factors
from wellness_tui.core.patterns import find_patterns
from wellness_tui.library import Library
from wellness_tui.profile.codec import encode
from wellness_tui.profile.models import Activity, CheckIn, PlanEntry, Profile
from wellness_tui.report.build import build_report
from wellness_tui.report.formats import render

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10, 0)
TITLE = "Call Ana [b]x[/b]"


def entry(n: int, activity: str, day: date, state: str = "done", planned: bool = True) -> Any:
    return PlanEntry(
        id=f"e{n}",
        activity=activity,
        day=day,
        state=state,  # type: ignore[arg-type]
        planned=planned,
        created=NOW,
        updated=NOW,
    )


def profile_with_activities(days: int = 30) -> Profile:
    """Mood 8 on days Ana was called (every other day), 5 on the others; a walk planned
    but let go; a tidy logged once (too few days to say anything)."""
    profile = Profile.new(datetime(2026, 1, 1))
    start = TODAY - timedelta(days=days - 1)
    profile.activities = [
        Activity(id="ana", title=TITLE, created=start),
        Activity(id="walk", title="Walk", created=start),
        Activity(id="tidy", title="Tidy a shelf", created=start),
    ]
    for i in range(days):
        day = start + timedelta(days=i)
        called = i % 2 == 0
        profile.checkins[day] = CheckIn(mood=8 if called else 5, energy=5)
        if called:
            profile.plans.append(entry(i, "ana", day, planned=i % 4 == 0))
    profile.plans.append(entry(100, "walk", TODAY, state="let go"))
    profile.plans.append(entry(101, "tidy", TODAY - timedelta(days=2), planned=False))
    return profile


def test_done_activities_are_factors_with_the_days_done_and_not_done() -> None:
    profile = profile_with_activities()
    factors = {f.name: f for f in pattern_factors(profile, TODAY, 30)}
    assert set(factors) == {f"Did: {TITLE}", "Did: Tidy a shelf", "Did something from the planner"}
    ana = factors[f"Did: {TITLE}"]
    assert ana.kind == "activity" and len(ana.with_days) == 15 and len(ana.without_days) == 15
    assert not ana.with_days & ana.without_days
    anything = factors["Did something from the planner"]
    assert len(anything.with_days) == 16  # Ana's days and the tidy's day
    assert pattern_factors(Profile.new(NOW), TODAY, 30) == []  # no planner: nothing added


def test_days_before_an_activity_existed_are_on_neither_side() -> None:
    profile = profile_with_activities()
    profile.activities[0].created = TODAY - timedelta(days=9)
    profile.plans = [
        p for p in profile.plans if p.activity != "ana" or p.day >= TODAY - timedelta(days=9)
    ]
    [ana] = [f for f in pattern_factors(profile, TODAY, 30) if "Ana" in f.name]
    assert min(ana.with_days | ana.without_days) == TODAY - timedelta(days=9)


@pytest.mark.parametrize("next_day", [False, True])
def test_find_patterns_says_what_went_with_better_days(next_day: bool) -> None:
    profile = profile_with_activities()
    found = find_patterns(
        profile, TODAY, 30, next_day=next_day, extra=pattern_factors(profile, TODAY, 30)
    )
    ana = next(c for c in found.comparisons if c.name == f"Did: {TITLE}")
    if next_day:  # the day after a call is a mood-5 day: lower, said kindly
        assert ana.difference is not None and ana.difference < 0
    else:
        assert ana.difference == pytest.approx(3.0)
        assert "went with a higher mood" in ana.verdict()
    tidy = next(c for c in found.comparisons if c.name == "Did: Tidy a shelf")
    assert tidy.difference is None and "more days with it" in tidy.verdict()


def run(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`wellness-tui ARGS --profile PROFILE`: what its process gives, run in this one
    (tests/cli_run.py)."""
    env = {"WELLNESS_TUI_NOW": "2026-11-25T10:00"}
    return in_process([*args, "--profile", str(profile)], env=env)


def test_the_shell_lists_activities(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(encode(profile_with_activities()))
    text = run(path, "patterns", "--days", "30")
    assert text.returncode == 0, text.stderr
    line = next(x for x in text.stdout.splitlines() if x.startswith(f"Did: {TITLE}"))
    assert "with it 8.0 (15 days), without 5.0 (15 days), difference +3.0" in line
    data = json.loads(run(path, "patterns", "--days", "30", "--format", "json").stdout)
    kinds = {f["name"]: f["kind"] for f in data["factors"]}
    assert kinds[f"Did: {TITLE}"] == "activity"


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json"])
def test_the_report_patterns_include_activities(library: Library, fmt: str) -> None:
    profile = profile_with_activities()
    report = build_report(
        profile, library, TODAY - timedelta(days=29), TODAY, NOW, include_patterns=True
    )
    assert report.patterns is not None
    assert any(c.name == "Did something from the planner" for c in report.patterns.comparisons)
    assert "Did something from the planner" in render(report, fmt)
