"""`wellness-tui patterns`, run as a person would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from tests.cli_run import in_process
from wellness_tui.core.patterns import CAVEAT
from wellness_tui.profile.codec import encode
from wellness_tui.profile.models import CheckIn, Habit, Profile

NOW = "2026-11-25T10:00"
TODAY = date(2026, 11, 25)


def wt(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`wellness-tui ARGS --profile PROFILE`: what its process gives, run in this one
    (tests/cli_run.py)."""
    return in_process([*args, "--profile", str(profile)], env={"WELLNESS_TUI_NOW": NOW})


def write(tmp_path: Path, checkin_days: int) -> Path:
    profile = Profile.new(datetime(2026, 1, 1))
    days = [TODAY - timedelta(days=i) for i in range(checkin_days)]
    walk = Habit(id="walk", title="Walk [b]x[/b]", created=date(2026, 1, 1))
    for i, day in enumerate(days):
        profile.checkins[day] = CheckIn(mood=8 if i % 2 == 0 else 5, energy=5)
        if i % 2 == 0:
            walk.done.append(day)
    walk.done.sort()
    profile.habits.append(walk)
    path = tmp_path / "p.json"
    path.write_bytes(encode(profile))
    return path


def test_text_lines_with_counts_and_the_caveat(tmp_path: Path) -> None:
    result = wt(write(tmp_path, 30), "patterns")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    walk = next(line for line in lines if line.startswith("Walk [b]x[/b]"))
    assert "mood with it 8.0 (15 days), without 5.0 (15 days), difference +3.0" in walk
    assert lines[-1] == CAVEAT
    assert "textual" not in result.stderr


def test_not_enough_days_yet(tmp_path: Path) -> None:
    result = wt(write(tmp_path, 10), "patterns", "--days", "30")
    assert result.returncode == 0
    assert "4 more days of check-ins needed" in result.stdout
    assert "8.0" not in result.stdout
    assert CAVEAT in result.stdout


def test_json_and_next_day(tmp_path: Path) -> None:
    result = wt(write(tmp_path, 30), "patterns", "--next-day", "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["next_day"] is True and data["caveat"] == CAVEAT
    walk = next(f for f in data["factors"] if f["kind"] == "habit")
    # Walks on the 8 days; the next days are the 5 days.
    assert walk["mood_with"] == 5.0 and walk["mood_without"] == 8.0
    assert walk["difference"] == -3.0


def test_bad_days_is_one_plain_line(tmp_path: Path) -> None:
    result = wt(write(tmp_path, 30), "patterns", "--days", "0")
    assert result.returncode == 1
    assert result.stderr.startswith("wellness-tui: --days:") and result.stderr.count("\n") == 1


def test_no_textual_import(tmp_path: Path) -> None:
    path = write(tmp_path, 30)
    code = (
        "import sys; from wellness_tui.cli import main; "
        f"main(['patterns', '--profile', {str(path)!r}]); "
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    import os

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ, WELLNESS_TUI_NOW=NOW),
        check=False,
    )
    assert result.returncode == 0, result.stderr
