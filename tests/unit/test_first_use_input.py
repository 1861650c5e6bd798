"""Issue 15 (input): display-only shortening and duplicate habit titles, from the shell."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from wellness_tui.core.habit_factory import new_habit_op, same_title
from wellness_tui.core.today import greeting
from wellness_tui.profile.models import Profile
from wellness_tui.targets import Target
from wellness_tui.textsafe import shortened, shortened_middle

from .test_shell import wt


def test_a_second_habit_with_the_same_title_is_refused_with_the_existing_one(
    tmp_path: Path,
) -> None:
    profile = tmp_path / "p.json"
    assert wt(profile, "habit", "add", "Coffee").returncode == 0
    again = wt(profile, "habit", "add", "  coffee ")
    assert again.returncode != 0
    assert "you already have a habit called 'Coffee' [own-coffee]" in again.stderr
    assert "wellness-tui check own-coffee" in again.stderr and "--again" in again.stderr
    assert wt(profile, "habits").stdout.count("Coffee") == 1  # nothing saved
    forced = wt(profile, "habit", "add", "Coffee", "--again")
    assert forced.returncode == 0, forced.stderr
    assert "[own-coffee-2]" in forced.stdout


def test_same_title_ignores_case_and_spaces() -> None:
    profile = Profile.new(datetime(2026, 11, 1))
    op = new_habit_op(profile, "Walk  outside", Target(), date(2026, 11, 1))
    profile.habits.append(op.habit)
    assert same_title(profile, "walk outside") is op.habit
    assert same_title(profile, "Walk") is None


def test_long_text_is_shortened_for_display_only() -> None:
    name = "A" * 5000
    shown = greeting(datetime(2026, 11, 25, 9), name)
    assert len(shown) < 50 and shown.endswith("….")
    assert shortened("short", 10) == "short"
    long = "Added “" + "x" * 5000 + "”. Tick it on Today."
    toast = shortened_middle(long, 200)
    assert len(toast) <= 200 and toast.endswith("Tick it on Today.")
