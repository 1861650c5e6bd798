"""`wellness-tui selfcheck`, run as a person would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_run import in_process
from tests.stored import stored_json

NOW = "2026-11-25T10:00"
SRC = str(Path(__file__).resolve().parents[2] / "src")


def wt(profile: Path, *args: str, now: str = NOW) -> subprocess.CompletedProcess[str]:
    """`wellness-tui ARGS --profile PROFILE` at `now`, standard input not a terminal:
    what its process gives, run in this one (tests/cli_run.py)."""
    return in_process([*args, "--profile", str(profile)], env={"WELLNESS_TUI_NOW": now})


def wt_process(
    profile: Path, *args: str, stdin: int | None = None, now: str = NOW
) -> subprocess.CompletedProcess[str]:
    """The same in a process of its own, its standard input `stdin` (a terminal)."""
    env = dict(os.environ, WELLNESS_TUI_NOW=now, PYTHONPATH=SRC)
    env.pop("WELLNESS_TUI_CONTENT", None)
    return subprocess.run(
        [sys.executable, "-m", "wellness_tui", *args, "--profile", str(profile)],
        capture_output=True,
        text=True,
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        env=env,
        check=False,
        timeout=60,
    )


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile.json"


def saved(profile: Path) -> list[dict[str, object]]:
    if not profile.exists():
        return []
    checks: list[dict[str, object]] = stored_json(profile)["selfchecks"]
    return checks


def test_answers_score_at_once(profile: Path) -> None:
    done = wt(profile, "selfcheck", "phq9", "--answers", "1,1,1,1,1,1,1,1,0", "--difficulty", "1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == (
        "PHQ-9: 8, in the mild range. This is not a diagnosis. Bring it to your care team."
    )
    assert "crisis" not in done.stdout.lower() and "safe" not in done.stdout.lower()
    [check] = saved(profile)
    assert check["answers"] == [1, 1, 1, 1, 1, 1, 1, 1, 0] and check["difficulty"] == 1
    later = wt(
        profile, "selfcheck", "phq9", "--answers", "0,0,0,0,0,0,0,1,0", now="2026-12-09T10:00"
    )
    assert later.stdout.splitlines()[1].startswith(
        "7 points lower than last time (8 on 2026-11-25)."
    )
    assert "5 points or more" in later.stdout


@pytest.mark.parametrize("item9", ["1", "3"])
def test_item_nine_above_zero_puts_the_crisis_lines_first(profile: Path, item9: str) -> None:
    done = wt(profile, "selfcheck", "phq9", "--answers", "1,1,1,1,1,1,1,1," + item9)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    crisis = out.index("988")
    assert out.index("cannot contact anyone") < out.index("PHQ-9: ")
    assert crisis < out.index("PHQ-9: ")
    assert out.index("My safety plan") < out.index("PHQ-9: ")
    assert ("today" in out.split("PHQ-9: ")[0]) is (item9 == "3")
    assert len(saved(profile)) == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["phq9", "--answers", "1,1,1"], "PHQ-9 has 9 questions: give 9 answers"),
        (["gad7", "--answers", "1,1,1,1,1,1,4"], "answer 7 is '4'"),
        (["gad7", "--answers", "0,0,0,0,0,0,0", "--difficulty", "1"], "no difficulty"),
        (["phq9", "--answers", "0,0,0,0,0,0,0,0,0", "--difficulty", "5"], "--difficulty"),
        (["phq9", "--answers", "0,0,0,0,0,0,0,0,0", "--date", "2027-01-01"], "--date"),
        (["phq9"], "no terminal to ask on"),
    ],
)
def test_bad_input_is_one_line_exit_one_nothing_saved(
    profile: Path, args: list[str], words: str
) -> None:
    done = wt(profile, "selfcheck", *args)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and words in done.stderr
    assert saved(profile) == []


def test_asks_item_by_item_on_a_terminal(profile: Path) -> None:
    import pty

    main, follower = pty.openpty()
    # Answers, including one wrong try, then the difficulty question.
    os.write(main, b"1\n2\nx\n0\n1\n1\n1\n1\n0\n2\n\n")
    try:
        done = wt_process(profile, "selfcheck", "phq9", stdin=follower)
    finally:
        os.close(follower)
        os.close(main)
    assert done.returncode == 0, done.stderr
    assert "1/9. Little interest or pleasure in doing things" in done.stdout
    assert "Please type 0, 1, 2 or 3." in done.stdout
    out = done.stdout
    assert out.index("988") < out.index("PHQ-9: 9, in the mild range")
    [check] = saved(profile)
    assert check["answers"] == [1, 2, 0, 1, 1, 1, 1, 0, 2]
    assert check["difficulty"] is None


def test_history_in_three_formats(profile: Path) -> None:
    wt(profile, "selfcheck", "gad7", "--answers", "2,2,2,2,2,2,2", "--date", "2026-11-01")
    wt(profile, "selfcheck", "gad7", "--answers", "1,1,1,1,1,1,0")
    text = wt(profile, "selfcheck", "history").stdout
    assert "2026-11-01  14  moderate" in text and "2026-11-25   6  mild  (-8)" in text
    assert "not a diagnosis" in text
    rows = json.loads(wt(profile, "selfcheck", "history", "--format", "json").stdout)
    assert [(r["total"], r["change"]) for r in rows] == [(14, None), (6, -8)]
    csv = wt(profile, "selfcheck", "history", "--format", "csv").stdout.splitlines()
    assert csv[0].startswith("questionnaire,day,total,band,change")
    assert csv[2] == "GAD-7,2026-11-25,6,mild,-8,1 1 1 1 1 1 0,"
