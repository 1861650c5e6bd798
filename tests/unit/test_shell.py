"""The shell sub-commands, run as a person would run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_run import in_a_process, in_process
from tests.conftest import copy_of_profile, isolate_home
from tests.stored import stored_json

NOW = "2026-11-25T10:00"


def wt(
    profile: Path, *args: str, stdin: str | None = None, now: str = NOW
) -> subprocess.CompletedProcess[str]:
    """`wellness-tui ARGS --profile PROFILE` at `now`: what its process gives, run in
    this one (tests/cli_run.py)."""
    return in_process(
        [*args, "--profile", str(profile)], input=stdin, env={"WELLNESS_TUI_NOW": now}
    )


def wt_process(
    profile: Path, *args: str, stdin: str | None = None, now: str = NOW
) -> subprocess.CompletedProcess[str]:
    """The same in a process of its own: the real entry point, its real output bytes."""
    return in_a_process(
        [*args, "--profile", str(profile)], input=stdin, env={"WELLNESS_TUI_NOW": now}
    )


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "p.json"


@pytest.fixture(scope="module")
def two_habits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two habits added by the shell, once per module and worker (each command is a
    process of its own); tests change copies (copy_of_profile)."""
    folder = tmp_path_factory.mktemp("two-habits")
    profile = folder / "profile" / "p.json"
    with pytest.MonkeyPatch.context() as monkeypatch:
        isolate_home(folder / "home", monkeypatch)
        assert wt(profile, "habit", "add", "Walk").returncode == 0
        added = wt(profile, "habit", "add", "Wake early", "--at-least", "1", "minutes")
        assert added.returncode == 0
    return profile


def test_add_check_and_see_today(profile: Path) -> None:
    assert (
        wt(profile, "habit", "add", "Walk 10 minutes", "--at-least", "10", "minutes").returncode
        == 0
    )
    assert wt(profile, "habit", "add", "Stretch", "--days", "mon,wed,fri").returncode == 0
    assert wt(profile, "habit", "add", "Message a friend", "--per-week", "2").returncode == 0
    result = wt(profile, "check", "walk", "--value", "12")
    assert result.returncode == 0 and "Walk 10 minutes: 12 minutes on Wed 25 Nov" in result.stdout
    assert wt(profile, "check", "message").returncode == 0
    today = wt(profile, "today").stdout
    assert "Wednesday 25 November 2026" in today
    assert "[x] Walk 10 minutes (daily · at least 10 minutes): done — 12 minutes" in today
    assert "[x] Message a friend (2 times a week): done — 1 of 2 this week" in today
    assert "[ ] Stretch (Mon, Wed, Fri): not yet" in today
    assert "Check-in: not yet today" in today


def test_backfill_skip_undo_and_note(profile: Path) -> None:
    wt(profile, "habit", "add", "Walk")
    assert wt(profile, "check", "walk", "--date", "2026-11-24").returncode == 0
    assert wt(profile, "check", "walk", "--date", "2026-11-23", "--skip").returncode == 0
    assert wt(profile, "check", "walk", "--note", "[b]rain[/b] \x1b[31m").returncode == 0
    data = stored_json(profile)["habits"][0]
    assert data["done"] == ["2026-11-24", "2026-11-25"]
    assert data["skipped"] == ["2026-11-23"]
    assert data["notes"] == {"2026-11-25": "[b]rain[/b] \x1b[31m"}
    assert wt(profile, "check", "walk", "--undo").returncode == 0
    assert stored_json(profile)["habits"][0]["done"] == ["2026-11-24"]


def test_day_end_hour_makes_early_morning_yesterday(profile: Path) -> None:
    wt(profile, "habit", "add", "Walk")
    data = stored_json(profile)
    data["settings"]["day_end_hour"] = 4
    profile.write_text(json.dumps(data))
    assert wt(profile, "check", "walk", now="2026-11-26T03:30").returncode == 0
    assert stored_json(profile)["habits"][0]["done"] == ["2026-11-25"]


def test_checkin_with_a_note_from_standard_input(profile: Path) -> None:
    result = wt(
        profile,
        "checkin",
        "--mood",
        "6",
        "--energy",
        "4",
        "--sleep",
        "7.5",
        "--note",
        "-",
        "--tag",
        "work",
        stdin="a hard, long day\nbut ok\n",
    )
    assert result.returncode == 0, result.stderr
    assert wt(profile, "checkin", "--quality", "3").returncode == 0  # editing keeps the rest
    saved = stored_json(profile)["checkins"]["2026-11-25"]
    assert (saved["mood"], saved["energy"], saved["sleep_hours"], saved["sleep_quality"]) == (
        6,
        4,
        7.5,
        3,
    )
    assert saved["note"] == "a hard, long day\nbut ok"
    assert saved["tags"] == ["work"]
    assert "a hard, long day" not in result.stdout  # private: not echoed


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "nothing"), "no habit matches 'nothing'"),
        (("check", "w"), "'w' matches more than one habit"),
        (
            ("check", "walk", "--date", "2026-02-30"),
            "--date: “2026-02-30” is not a date: use YYYY-MM-DD",
        ),
        (("check", "walk", "--date", "2027-01-01"), "is in the future"),
        (("check", "walk", "--value", "3"), "is a yes/no habit"),
        (("check", "wake", "--value", "lots"), "--value: “lots” is not a number"),
        (("check", "wake"), "give --value N (minutes)"),
        (
            ("checkin", "--mood", "11"),
            "--mood: 11 is out of range: use a whole number from 1 to 10.",
        ),
        (("checkin", "--sleep", "30"), "--sleep: 30 is out of range: use a number from 0 to 24."),
        (("checkin",), "give at least one of"),
        (
            ("habit", "add", "x", "--per-week", "9"),
            "--per-week: 9 is out of range: use a whole number from 1 to 7.",
        ),
        (("habit", "add", "x", "--days", "funday"), "--days takes weekdays"),
        (("habit", "add", "   "), "a habit needs a title"),
    ],
)
def test_clear_one_line_errors(
    two_habits: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    profile = copy_of_profile(two_habits, tmp_path)
    result = wt(profile, *args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_habits_lists_strength_streak_and_completion(profile: Path) -> None:
    wt(profile, "habit", "add", "Walk")
    for day in ("2026-11-23", "2026-11-24", "2026-11-25"):
        wt(profile, "check", "walk", "--date", day)
    out = wt(profile, "habits").stdout
    assert "Walk (daily) · streak 3 days · the last 3 days: done 3 of 3 days" in out


def test_a_damaged_profile_gets_a_one_line_message_not_a_traceback(profile: Path) -> None:
    profile.write_text('{"schema_version": 1, "crea')
    result = wt(profile, "today")
    assert result.returncode == 0
    assert "could not be read" in result.stderr and "Traceback" not in result.stderr
    assert not list(profile.parent.glob("p.corrupt-*.json"))  # a look never moves a file
    assert wt(profile, "checkin", "--mood", "5").returncode == 0  # a change repairs it
    assert list(profile.parent.glob("p.corrupt-*.json"))


def test_shell_commands_do_not_import_textual_nor_pydantic_for_today(profile: Path) -> None:
    """`today` on a profile the last command left as it was: no Textual, no pydantic."""
    assert wt(profile, "habit", "add", "Walk").returncode == 0  # leaves a quick-start copy
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['wellness-tui', 'today', '--profile', {str(profile)!r}]\n"
        "try:\n    runpy.run_module('wellness_tui', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('textual', 'pydantic')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "Walk" in result.stdout
    assert result.stdout.strip().endswith("[]")


def test_qa_regressions_in_the_shell(profile: Path) -> None:
    wt(profile, "habit", "add", "Stretch", "--per-week", "3")
    wt(profile, "habit", "add", "Walk", "--at-least", "10", "minutes")
    # --note - reads the note from standard input for check, as for checkin
    assert wt(profile, "check", "stretch", "--note", "-", stdin="quiet day\n").returncode == 0
    assert stored_json(profile)["habits"][0]["notes"] == {"2026-11-25": "quiet day"}
    # amounts have a sane upper limit (1e308 minutes is a typo)
    huge = wt(profile, "check", "walk", "--value", "1e308")
    assert huge.returncode == 1 and "from 0 to 100,000" in huge.stderr
    # dates before 2000 are refused
    old = wt(profile, "check", "stretch", "--date", "1900-01-01")
    assert old.returncode == 1 and "too far back" in old.stderr
    # a weekly habit one day old has no meaningful rate yet
    out = wt(profile, "habits").stdout
    assert "Stretch (3 times a week)" in out and "% done" not in out.split("Stretch")[1]


def test_typed_control_characters_never_reach_the_terminal_raw(profile: Path) -> None:
    """Each command in a process of its own: the bytes it really writes."""
    title, note = "Walk \x1b[2J", "wet \x1b]0;hi\x07 \x9b31m"
    add = wt_process(profile, "habit", "add", title, "--at-least", "10", "min\x1b[5m")
    assert add.returncode == 0
    assert wt_process(profile, "check", "walk", "--value", "12", "--note", note).returncode == 0
    assert wt_process(profile, "checkin", "--mood", "4", "--note", note).returncode == 0
    outputs = [
        wt_process(profile, "today"),
        wt_process(profile, "habits"),
        wt_process(profile, "check", "walk", "--value", "12"),
        wt_process(profile, "check", "no such \x1b[2J habit"),
        wt_process(profile, "report", "--format", "md", "--include", "notes"),
        wt_process(profile, "report", "--format", "csv", "--include", "notes"),
        wt_process(profile, "\x1b[2J"),
    ]
    for result in outputs:
        for stream in (result.stdout, result.stderr):
            assert "\x1b" not in stream and "\x9b" not in stream and "\x07" not in stream
    assert "Walk ␛[2J" in outputs[0].stdout
    assert "wet ␛]0;hi␇ \ufffd31m" in outputs[5].stdout
    assert "␛[2J" in outputs[3].stderr
    stored = stored_json(profile)["habits"][0]
    assert stored["title"] == title and stored["notes"] == {"2026-11-25": note}


def test_validation_messages_are_plain_words(profile: Path, tmp_path: Path) -> None:
    zero = wt(profile, "habit", "add", "Meditate", "--at-least", "0", "minutes")
    assert (
        zero.returncode == 1
        and "--at-least: 0 is out of range: use a number above 0" in zero.stderr
    )
    assert wt(profile, "habit", "add", "Walk").returncode == 0
    data = stored_json(profile)
    data["habits"][0]["colour"] = "blue"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(data))
    imported = wt(profile, "import", str(other), "--yes")
    assert imported.returncode == 1
    assert "habits.0.colour: a key this version does not know" in imported.stderr
    for result in (zero, imported):
        assert "pydantic" not in result.stderr and "Traceback" not in result.stderr


def test_a_check_in_reports_the_merged_day(profile: Path) -> None:
    assert wt(profile, "checkin", "--mood", "4", "--note", "slow [/] day").returncode == 0
    second = wt(profile, "checkin", "--energy", "7")
    assert second.returncode == 0
    assert "mood 4/10, energy 7/10" in second.stdout and "with a note" in second.stdout


def test_text_that_is_not_utf8_is_refused_plainly_and_nothing_is_saved(profile: Path) -> None:
    # A terminal set to another character set gives bytes that are not UTF-8; Python
    # hands them over as lone surrogates, which a profile cannot hold.
    assert wt(profile, "habit", "add", "Walk").returncode == 0
    before = profile.read_bytes(), stored_json(profile)
    for args in (
        ("checkin", "--mood", "5", "--note", "caf\udce9 au lait"),
        ("habit", "add", "R\udcffead"),
        ("check", "Walk", "--note", "ok\udce9"),
    ):
        result = wt(profile, *args)
        assert result.returncode == 1
        assert "is not UTF-8 text" in result.stderr and "Nothing was changed" in result.stderr
        assert "\\xe9" in result.stderr or "\\xff" in result.stderr
        assert "Error serializing" not in result.stderr and "surrogates" not in result.stderr
    assert (profile.read_bytes(), stored_json(profile)) == before
    # In a long text the byte is shown with what is around it; a habit looked for, too.
    result = wt(profile, "checkin", "--note", "a" * 5000 + "\udce9" + "b" * 5000)
    assert result.returncode == 1 and f'"…{"a" * 30}\\xe9{"b" * 30}…"' in result.stderr
    result = wt(profile, "check", "W\udce9lk")
    assert result.returncode == 1 and '"W\\xe9lk" is not UTF-8 text' in result.stderr
    assert (profile.read_bytes(), stored_json(profile)) == before
    # The real bytes, through a process of its own:
    result = wt_process(profile, "checkin", "--mood", "5", "--note", "caf\udce9")
    assert result.returncode == 1 and '"caf\\xe9" is not UTF-8 text' in result.stderr
    assert stored_json(profile) == before[1]
