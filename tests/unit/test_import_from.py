"""`wellness-tui import-from`: Daylio, Loop Habit Tracker and a plain CSV, on files made
to the published formats here in the tests."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli_run import in_a_process, in_process

NOW = "2026-11-25T10:00"

DAYLIO_HEADER = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]

# Loop's schema at database version 26 (uhabits-core migrations 09..26, as the app leaves it).
LOOP_SCHEMA = """
create table Habits (
    id integer primary key, archived integer, color integer, description text,
    freq_den integer, freq_num integer, highlight integer, name text, position integer,
    reminder_hour integer, reminder_min integer, reminder_days integer not null default 127,
    type integer not null default 0, target_type integer not null default 0,
    target_value real not null default 0, unit text not null default "", question text,
    uuid text, group_uuid text, group_id integer
);
create table Repetitions (
    id integer primary key autoincrement, habit integer references habits(id),
    timestamp integer, value integer, notes text
);
create table Events (id integer primary key autoincrement, timestamp integer, message text,
    server_id integer);
"""


def wt(
    profile: Path, *args: str, now: str = NOW, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`wellness-tui ARGS --profile PROFILE` at `now`: what its process gives, run in
    this one (tests/cli_run.py)."""
    return in_process(
        [*args, "--profile", str(profile)], input=stdin, env={"WELLNESS_TUI_NOW": now}
    )


def stamp(day: date) -> int:
    """Loop's timestamp: milliseconds at UTC midnight of the local day."""
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)


def daylio_csv(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(DAYLIO_HEADER)
    writer.writerows(rows)
    path.write_text("\ufeff" + out.getvalue(), encoding="utf-8")
    return path


def drow(
    day: str, time_: str, mood: str, acts: str = "", title: str = "", note: str = ""
) -> list[str]:
    d = date.fromisoformat(day)
    return [day, d.strftime("%B %d"), d.strftime("%A"), time_, mood, acts, title, note]


def loop_db(path: Path, version: int = 26) -> Path:
    db = sqlite3.connect(path)
    db.executescript(LOOP_SCHEMA)
    habits = [
        # id, archived, description, freq_den, freq_num, name, position,
        # type, target_type, target_value, unit, uuid
        (1, 0, "morning air", 1, 1, "Walk", 0, 0, 0, 0, "", "uuid-walk"),
        (2, 0, "", 7, 3, "Swim", 1, 0, 0, 0, "", "uuid-swim"),
        (3, 0, "", 1, 1, "Read", 2, 1, 0, 15.0, "pages", "uuid-read"),
        (4, 0, "", 1, 1, "Coffee", 3, 1, 1, 2.0, "cups", "uuid-coffee"),
        (5, 1, "", 1, 1, "Old habit", 4, 0, 0, 0, "", "uuid-old"),
        (6, 0, "", 3, 2, "Stretch", 5, 0, 0, 0, "", "uuid-stretch"),
    ]
    db.executemany(
        "insert into Habits (id, archived, description, freq_den, freq_num, name, position, "
        "type, target_type, target_value, unit, uuid, color, highlight) "
        "values (?,?,?,?,?,?,?,?,?,?,?,?,0,0)",
        habits,
    )
    d = date(2026, 11, 1)
    reps = [
        (1, stamp(d), 2, "felt good"),  # a tick with a note
        (1, stamp(d + timedelta(1)), 3, ""),  # a skip
        (1, stamp(d + timedelta(2)), 1, ""),  # implied: not a tick
        (1, stamp(d + timedelta(3)), 0, ""),  # no
        (2, stamp(d), 2, ""),
        (2, stamp(d + timedelta(1)), 1, ""),
        (3, stamp(d), 20_000, ""),  # 20 pages
        (3, stamp(d + timedelta(1)), 7_500, ""),  # 7.5 pages
        (4, stamp(d), 1_000, ""),  # 1 cup
        (4, stamp(d + timedelta(1)), 0, ""),  # 0 cups: counts for "at most"
        (5, stamp(date(2020, 3, 4)), 2, ""),
        (6, stamp(d), -3, ""),  # a skip as Loop's 2021 code wrote it
        (3, stamp(d + timedelta(2)), 3, ""),  # a measurable habit's skip (Entry.SKIP)
        (3, stamp(d + timedelta(3)), -1, ""),  # unknown: nothing
    ]
    db.executemany(
        "insert into Repetitions (habit, timestamp, value, notes) values (?,?,?,?)", reps
    )
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()
    return path


def loop_zip(path: Path) -> Path:
    habits = io.StringIO()
    w = csv.writer(habits)
    w.writerow(
        [
            "Position",
            "Name",
            "Type",
            "Question",
            "Description",
            "FrequencyNumerator",
            "FrequencyDenominator",
            "Color",
            "Unit",
            "Target Type",
            "Target Value",
            "Archived?",
        ]
    )
    w.writerow(
        ["001", "Walk", "YES_NO", "Did you walk?", "", "1", "1", "#FF8F00", "", "", "", "false"]
    )
    w.writerow(
        [
            "002",
            "Read",
            "NUMERICAL",
            "",
            "",
            "1",
            "7",
            "#FF8F00",
            "pages",
            "AT_LEAST",
            "10.0",
            "false",
        ]
    )
    w.writerow(["003", "Gone", "YES_NO", "", "", "1", "1", "#FF8F00", "", "", "", "true"])
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Habits.csv", habits.getvalue())
        # As HabitsCSVExporter.writeEntries writes them: Entry.formattedValue, newest first.
        z.writestr(
            "001 Walk/Checkmarks.csv",
            "Date,Value,Notes\n2026-11-03,YES_MANUAL,\n2026-11-02,YES_AUTO,\n"
            "2026-11-01,SKIP,rest day\n",
        )
        z.writestr("001 Walk/Scores.csv", "Date,Score\n2026-11-03,0.1\n")
        z.writestr(
            "002 Read/Checkmarks.csv",
            # amounts × 1000, as Loop keeps them; SKIP and UNKNOWN by name
            "Date,Value,Notes\n2026-11-05,UNKNOWN,\n2026-11-04,SKIP,\n2026-11-03,nan,\n"
            "2026-11-02,12500,two chapters\n2026-11-01,NO,\n",
        )
        # Loop 1.x wrote bare codes for yes/no habits
        z.writestr("003 Gone/Checkmarks.csv", "Date,Value,Notes\n2019-01-01,2,\n2019-01-02,1,\n")
        z.writestr("Checkmarks.csv", "Date,Walk,Read,\n")
    return path


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "data" / "p.json"


def snapshot_dir(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, but the lock's (it names the pid of the last process to hold it)."""
    if not folder.exists():
        return {}
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(".lock")
    }


# ----- Daylio ---------------------------------------------------------------------------


def test_daylio_merges_days_maps_moods_and_keeps_notes_in_time_order(
    tmp_path: Path, profile: Path
) -> None:
    file = daylio_csv(
        tmp_path / "daylio.csv",
        [  # Daylio lists the newest first
            drow("2026-11-20", "21:30", "meh", "work | tired", "Evening", "long day"),
            drow("2026-11-20", "08:15", "rad", "walk | work", "", "sunny <br>morning"),
            drow("2026-11-19", "9:00 pm", "awful", "", "", ""),
        ],
    )
    result = wt(profile, "import-from", "daylio", str(file), "--yes")
    assert result.returncode == 0, result.stderr
    data = json.loads(profile.read_text())["checkins"]
    day = data["2026-11-20"]
    assert day["mood"] == 7  # (rad 9 + meh 5) / 2
    assert day["tags"] == ["walk", "work", "tired"]
    assert day["note"] == "08:15 sunny \nmorning\n\n21:30 Evening\nlong day"
    assert data["2026-11-19"]["mood"] == 1


def test_daylio_dry_run_states_the_map_and_changes_no_byte(tmp_path: Path, profile: Path) -> None:
    assert (
        wt(profile, "checkin", "--mood", "4", "--note", "mine", "--date", "2026-11-20").returncode
        == 0
    )
    before = snapshot_dir(profile.parent)
    file = daylio_csv(
        tmp_path / "d.csv",
        [
            drow("2026-11-20", "10:00", "good", "", "", "theirs"),
            drow("2026-11-21", "10:00", "tired", "walk"),
        ],
    )
    result = wt(profile, "import-from", "daylio", str(file), "--dry-run")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "rad=9, good=7, meh=5, bad=3, awful=1" in out
    assert "average, rounded" in out
    assert "1 new check-in day, 1 existing check-in day filled in" in out
    assert "“tired”: not in the mood map (add --mood-map tired=N)" in out
    assert "Dry run: nothing was changed." in out
    assert snapshot_dir(profile.parent) == before


def test_daylio_existing_scores_win_notes_go_below_and_a_second_import_changes_nothing(
    tmp_path: Path, profile: Path
) -> None:
    assert (
        wt(profile, "checkin", "--mood", "4", "--note", "mine", "--date", "2026-11-20").returncode
        == 0
    )
    file = daylio_csv(
        tmp_path / "d.csv", [drow("2026-11-20", "10:00", "tired", "yoga", "", "theirs")]
    )
    result = wt(profile, "import-from", "daylio", str(file), "--yes", "--mood-map", "tired=2")
    assert result.returncode == 0, result.stderr
    day = json.loads(profile.read_text())["checkins"]["2026-11-20"]
    assert day["mood"] == 4 and day["note"] == "mine\n\ntheirs" and day["tags"] == ["yoga"]
    before = snapshot_dir(profile.parent)
    again = wt(profile, "import-from", "daylio", str(file), "--yes", "--mood-map", "tired=2")
    assert again.returncode == 0
    assert "Nothing new to import" in again.stdout
    assert snapshot_dir(profile.parent) == before


def test_a_real_import_keeps_a_copy_first(tmp_path: Path, profile: Path) -> None:
    wt(profile, "checkin", "--mood", "4")
    original = profile.read_bytes()
    file = daylio_csv(tmp_path / "d.csv", [drow("2026-11-01", "10:00", "good")])
    result = wt(profile, "import-from", "daylio", str(file), "--yes")
    assert result.returncode == 0
    copies = [p for p in profile.parent.iterdir() if ".before-import-" in p.name]
    assert len(copies) == 1 and copies[0].read_bytes() == original
    assert str(copies[0]) in result.stdout


def test_without_a_terminal_and_without_yes_it_refuses_in_one_line(
    tmp_path: Path, profile: Path
) -> None:
    file = daylio_csv(tmp_path / "d.csv", [drow("2026-11-01", "10:00", "good")])
    result = wt(profile, "import-from", "daylio", str(file), stdin="y\n")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "--yes" in result.stderr
    assert not profile.exists()


def test_ten_years_of_daylio_import_in_seconds(tmp_path: Path, profile: Path) -> None:
    start = date(2016, 11, 25)
    moods = ["rad", "good", "meh", "bad", "awful"]
    rows = []
    for n in range(3653):
        day = (start + timedelta(n)).isoformat()
        rows.append(drow(day, "20:00", moods[n % 5], "work | friends | walk", "", f"note {n}"))
        if n % 3 == 0:
            rows.append(drow(day, "08:00", moods[(n + 1) % 5], "sleep early", "Title", "morning"))
    file = daylio_csv(tmp_path / "ten.csv", rows[::-1])
    began = time.monotonic()
    result = wt(profile, "import-from", "daylio", str(file), "--yes")
    took = time.monotonic() - began
    assert result.returncode == 0, result.stderr
    assert len(json.loads(profile.read_text())["checkins"]) == 3653
    assert took < 15, took


def test_daylio_mood_map_typos_are_one_plain_line(tmp_path: Path, profile: Path) -> None:
    file = daylio_csv(tmp_path / "d.csv", [drow("2026-11-01", "10:00", "good")])
    result = wt(profile, "import-from", "daylio", str(file), "--dry-run", "--mood-map", "rad=11")
    assert result.returncode == 1
    assert "--mood-map rad: 11 is out of range" in result.stderr
    assert result.stderr.count("\n") == 1


# ----- wrong files ------------------------------------------------------------------------


def test_a_file_that_is_not_what_was_named_is_one_line_and_changes_nothing(
    tmp_path: Path, profile: Path
) -> None:
    wt(profile, "checkin", "--mood", "4")
    before = snapshot_dir(profile.parent)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("day,feeling\n2026-11-01,ok\n")
    cases = [
        (("daylio", str(wrong)), "is not a Daylio CSV export: missing the columns full_date"),
        (("csv", str(wrong)), "is not a check-in CSV: missing the column date"),
        (("loop", str(wrong)), "is not a Loop Habit Tracker backup"),
        (("loop", str(tmp_path / "absent.db")), "does not exist"),
    ]
    for args, words in cases:
        for extra in ((), ("--dry-run",), ("--yes",)):
            result = wt(profile, "import-from", *args, *extra)
            assert result.returncode == 1, (args, extra)
            assert words in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert snapshot_dir(profile.parent) == before


def test_a_fifo_is_refused(tmp_path: Path, profile: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    # In a process of its own, ended if it waits for a writer that never comes.
    args = ["import-from", "daylio", str(fifo), "--yes", "--profile", str(profile)]
    result = in_a_process(args, env={"WELLNESS_TUI_NOW": NOW}, timeout=20)
    assert result.returncode == 1 and "is not a regular file" in result.stderr


def test_loop_zip_without_habits_csv_and_db_without_tables(tmp_path: Path, profile: Path) -> None:
    empty = tmp_path / "e.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("notes.txt", "x")
    result = wt(profile, "import-from", "loop", str(empty))
    assert result.returncode == 1 and "missing Habits.csv" in result.stderr
    db_path = tmp_path / "other.db"
    sqlite3.connect(db_path).executescript("create table Things (id integer);")
    result = wt(profile, "import-from", "loop", str(db_path))
    assert result.returncode == 1 and "missing the tables Habits, Repetitions" in result.stderr


# ----- Loop -----------------------------------------------------------------------------


def test_loop_database_habits_ticks_skips_amounts_and_notes(tmp_path: Path, profile: Path) -> None:
    db_path = loop_db(tmp_path / "Loop Habits Backup.db")
    db_before = db_path.read_bytes()
    result = wt(profile, "import-from", "loop", str(db_path), "--yes")
    assert result.returncode == 0, result.stderr
    assert db_path.read_bytes() == db_before
    habits = {h["title"]: h for h in json.loads(profile.read_text())["habits"]}
    walk = habits["Walk"]
    assert walk["done"] == ["2026-11-01"]  # the implied tick on 11-03 is not a tick
    assert walk["skipped"] == ["2026-11-02"]
    assert walk["notes"] == {"2026-11-01": "felt good"}
    assert walk["why"] == "morning air"
    assert habits["Swim"]["target"]["per_week"] == 3 and habits["Swim"]["done"] == ["2026-11-01"]
    read = habits["Read"]
    assert read["target"]["at_least"] == 15 and read["target"]["unit"] == "pages"
    assert read["amounts"] == {"2026-11-01": 20.0, "2026-11-02": 7.5}
    assert read["skipped"] == ["2026-11-03"]  # Loop's 3 is a skip, not 0.003 pages
    coffee = habits["Coffee"]
    assert coffee["target"]["at_most"] == 2 and coffee["amounts"] == {
        "2026-11-01": 1.0,
        "2026-11-02": 0.0,
    }
    assert habits["Old habit"]["archived"] is True
    assert habits["Old habit"]["done"] == ["2020-03-04"]
    assert habits["Stretch"]["skipped"] == ["2026-11-01"]
    assert habits["Stretch"]["target"]["per_week"] == 5  # 2 in 3 days -> nearest
    again = wt(profile, "import-from", "loop", str(db_path), "--yes")
    assert "Nothing new to import" in again.stdout


def test_loop_dry_run_says_how_frequencies_were_mapped(tmp_path: Path, profile: Path) -> None:
    db_path = loop_db(tmp_path / "b.db")
    result = wt(profile, "import-from", "loop", str(db_path), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert (
        "“Stretch”: 2 times in 3 days has no exact match here: the nearest is 5 times a week"
        in result.stdout
    )
    assert "6 new habits" in result.stdout
    assert "implied" in result.stdout
    assert not profile.exists()


def test_a_newer_loop_database_is_refused(tmp_path: Path, profile: Path) -> None:
    db_path = loop_db(tmp_path / "new.db", version=27)
    result = wt(profile, "import-from", "loop", str(db_path), "--yes")
    assert result.returncode == 1
    assert "newer Loop Habit Tracker (database version 27)" in result.stderr
    assert not profile.exists()


def test_loop_merges_into_a_habit_of_the_same_name(tmp_path: Path, profile: Path) -> None:
    wt(profile, "habit", "add", "Walk")
    wt(profile, "check", "walk", "--date", "2026-11-02")  # mine: a tick where Loop has a skip
    result = wt(profile, "import-from", "loop", str(loop_db(tmp_path / "b.db")), "--yes")
    assert result.returncode == 0, result.stderr
    habits = json.loads(profile.read_text())["habits"]
    walks = [h for h in habits if h["title"] == "Walk"]
    assert len(walks) == 1
    assert walks[0]["done"] == ["2026-11-01", "2026-11-02"] and walks[0]["skipped"] == []


def test_loop_csv_export(tmp_path: Path, profile: Path) -> None:
    result = wt(
        profile, "import-from", "loop", str(loop_zip(tmp_path / "Loop Habits CSV.zip")), "--yes"
    )
    assert result.returncode == 0, result.stderr
    habits = {h["title"]: h for h in json.loads(profile.read_text())["habits"]}
    assert habits["Walk"]["done"] == ["2026-11-03"] and habits["Walk"]["skipped"] == ["2026-11-01"]
    assert habits["Walk"]["notes"] == {"2026-11-01": "rest day"}
    read = habits["Read"]["target"]
    assert (read["per_week"], read["at_least"], read["unit"]) == (1, 10.0, "pages")
    # 12500 is 12.5 pages; "NO" is 0 (not kept for an "at least" goal); "nan" left out
    assert habits["Read"]["amounts"] == {"2026-11-02": 12.5}
    assert habits["Read"]["skipped"] == ["2026-11-04"]
    assert habits["Read"]["notes"] == {"2026-11-02": "two chapters"}
    assert habits["Gone"]["archived"] is True and habits["Gone"]["done"] == ["2019-01-01"]


# ----- plain CSV --------------------------------------------------------------------------


def test_plain_csv_reads_values_like_the_form(tmp_path: Path, profile: Path) -> None:
    file = tmp_path / "mine.csv"
    file.write_text(
        "date,mood,energy,sleep_hours,sleep_quality,note,tags\n"
        '2026-11-01,6,4,"7,5",3,slept ok,"work, late"\n'
        "2026-11-02,11,5,7h,,,\n"
        "2027-01-01,5,,,,,\n"
    )
    dry = wt(profile, "import-from", "csv", str(file), "--dry-run")
    assert "line 3: mood: 11 is out of range" in dry.stdout
    assert "is in the future" in dry.stdout
    result = wt(profile, "import-from", "csv", str(file), "--yes")
    assert result.returncode == 0, result.stderr
    data = json.loads(profile.read_text())["checkins"]
    assert data["2026-11-01"] | {"updated": None} == {
        "mood": 6,
        "energy": 4,
        "sleep_hours": 7.5,
        "sleep_quality": 3,
        "note": "slept ok",
        "tags": ["work", "late"],
        "updated": None,
    }
    assert data["2026-11-02"]["mood"] is None and data["2026-11-02"]["sleep_hours"] == 7.0
    assert "2027-01-01" not in data


def test_asking_first_no_changes_nothing_yes_imports(tmp_path: Path, profile: Path) -> None:
    from wellness_tui.clock import FixedClock
    from wellness_tui.shell.import_from import run

    file = daylio_csv(tmp_path / "d.csv", [drow("2026-11-01", "10:00", "good")])
    questions: list[str] = []

    def answer(reply: str) -> Callable[[str], str]:
        def ask(question: str) -> str:
            questions.append(question)
            return reply

        return ask

    common = dict(
        profile_path=profile,
        clock=FixedClock(datetime(2026, 11, 25, 10)),
        dry_run=False,
        yes=False,
        mood_map=None,
        interactive=True,
    )
    assert run("daylio", file, ask=answer("n"), **common) == 0  # type: ignore[arg-type]
    assert questions and "[y/N]" in questions[0]
    assert not profile.exists()
    assert run("daylio", file, ask=answer("y"), **common) == 0  # type: ignore[arg-type]
    assert json.loads(profile.read_text())["checkins"]["2026-11-01"]["mood"] == 7


def test_fifty_loop_habits_over_ten_years_import_in_seconds(tmp_path: Path, profile: Path) -> None:
    db_path = tmp_path / "big.db"
    db = sqlite3.connect(db_path)
    db.executescript(LOOP_SCHEMA)
    db.executemany(
        "insert into Habits (id, archived, description, freq_den, freq_num, name, position, "
        "type, target_type, target_value, unit, uuid) values (?,0,'',1,1,?,?,0,0,0,'',?)",
        [(n, f"Habit {n}", n, f"uuid-{n}") for n in range(1, 51)],
    )
    start = date(2016, 11, 25)
    db.executemany(
        "insert into Repetitions (habit, timestamp, value, notes) values (?,?,?,'')",
        (
            (n, stamp(start + timedelta(d)), 2 if (d + n) % 4 else 3)
            for n in range(1, 51)
            for d in range(0, 3650, 2)
        ),
    )
    db.execute("PRAGMA user_version = 26")
    db.commit()
    db.close()
    began = time.monotonic()
    result = wt(profile, "import-from", "loop", str(db_path), "--yes")
    took = time.monotonic() - began
    assert result.returncode == 0, result.stderr
    habits = json.loads(profile.read_text())["habits"]
    assert len(habits) == 50
    assert len(habits[0]["done"]) + len(habits[0]["skipped"]) == 1825
    assert took < 20, took
