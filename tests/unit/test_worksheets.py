"""Thought records and problem-solving sheets: the rules, the report, the shell, export."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli_run import in_process
from wellness_tui.clock import FixedClock
from wellness_tui.core.worksheets import (
    THINKING_TRAPS,
    by_date,
    in_period,
    parse_percent,
    problem_parts,
    problem_sheet,
    problem_summary,
    step_habit,
    step_plan,
    thought_parts,
    thought_record,
    thought_summary,
    trap_label,
)
from wellness_tui.library import load_library
from wellness_tui.profile.models import ProblemOption, ProblemSheet, Profile, ThoughtRecord
from wellness_tui.profile.ops import PutWorksheet, RemoveItem
from wellness_tui.profile.store import ProfileStore
from wellness_tui.report.build import build_report
from wellness_tui.report.formats import render
from wellness_tui.report.tabular import rows

NOW = datetime(2026, 11, 25, 9, 30)
TYPED = "[b]not bold[/b] <i>&amp;</i> *x* =SUM(1)"

FULL = {
    "situation": "Alone at home, " + TYPED,
    "feelings": "sad, heavy",
    "feelings_strength": "80",
    "thought": "Nothing will ever work",
    "belief": "90",
    "supports": "Three medicines did not help",
    "against": "Some things helped a little",
    "balanced": "Nothing has worked *yet*",
    "belief_now": "60",
    "feelings_now": "55",
}


def full_record() -> ThoughtRecord:
    return thought_record(FULL, ["labelling", "fortune-telling"], NOW)


def full_sheet() -> ProblemSheet:
    values = {
        "problem": "Letters piling up " + TYPED,
        "chosen": "Open three",
        "step": "Open three letters",
        "how_it_went": "Did two",
        "what_next": "Two more on Monday",
    }
    options = [
        ProblemOption(text="Open all", pros="done", cons="too much"),
        ProblemOption(text=""),
        ProblemOption(text="Open three", pros="small", cons=""),
    ]
    return problem_sheet(values, options, date(2026, 11, 26), NOW)


def test_trap_ids_and_labels_are_defined_once() -> None:
    ids = [t for t, _ in THINKING_TRAPS]
    assert ids == [
        "all-or-nothing",
        "fortune-telling",
        "mind-reading",
        "discounting-the-good",
        "should",
        "labelling",
    ]
    assert trap_label("mind-reading").startswith("Mind-reading")
    assert trap_label("unknown-id") == "unknown-id"  # a newer version's trap still shows


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("", None), (" 0 ", 0), ("100", 100), ("55", 55)],
)
def test_percent_reads(typed: str, expected: int | None) -> None:
    assert parse_percent(typed) == expected


@pytest.mark.parametrize("typed", ["101", "-1", "5.5", "lots"])
def test_percent_refuses_with_plain_words(typed: str) -> None:
    with pytest.raises(ValueError, match="0 to 100"):
        parse_percent(typed)


def test_full_record_keeps_text_exactly_and_orders_traps() -> None:
    record = full_record()
    assert record.situation == FULL["situation"]
    assert (record.feelings_strength, record.belief, record.belief_now, record.feelings_now) == (
        80,
        90,
        60,
        55,
    )
    assert record.traps == ["fortune-telling", "labelling"]  # the lesson's order
    assert record.created == record.updated == NOW
    assert thought_summary(record) == (
        "Nothing will ever work · believed 90 → 60 · Fortune-telling, Labelling"
    )


def test_only_the_situation_is_needed() -> None:
    record = thought_record({"situation": "bus"}, [], NOW)
    assert record.thought == "" and record.belief is None and record.traps == []
    assert thought_summary(record) == "bus"
    assert thought_parts(record) == [("Situation", "bus")]
    for missing in ({}, {"situation": "  \n"}):
        with pytest.raises(ValueError, match="situation"):
            thought_record(missing, [], NOW)
    with pytest.raises(ValueError, match="How much I believed it"):
        thought_record({"situation": "x", "belief": "200"}, [], NOW)


def test_editing_keeps_id_and_created() -> None:
    record = full_record()
    later = datetime(2026, 11, 27, 8, 0)
    edited = thought_record(FULL | {"balanced": "kinder"}, [], later, record)
    assert (edited.id, edited.created, edited.updated) == (record.id, NOW, later)
    assert edited.balanced == "kinder"


def test_a_later_edit_wins_and_delete_removes() -> None:
    profile = Profile.new(NOW)
    record = full_record()
    newer = dataclasses.replace(record, balanced="newer", updated=datetime(2026, 11, 26))
    PutWorksheet("thought_records", newer).apply(profile)
    PutWorksheet("thought_records", record).apply(profile)  # older, replayed late
    assert profile.thought_records[0].balanced == "newer"
    RemoveItem("thought_records", record.id).apply(profile)
    assert profile.thought_records == []


def test_listed_newest_first_and_in_period() -> None:
    a = thought_record({"situation": "a"}, [], datetime(2026, 11, 1))
    b = thought_record({"situation": "b"}, [], datetime(2026, 11, 20))
    c = thought_record({"situation": "c"}, [], datetime(2026, 10, 1))
    assert [r.situation for r in by_date([a, b, c])] == ["b", "a", "c"]
    assert [r.situation for r in in_period([b, a, c], date(2026, 11, 1), date(2026, 11, 30))] == [
        "a",
        "b",
    ]


def test_sheet_drops_empty_options_and_sums_up() -> None:
    sheet = full_sheet()
    assert [o.text for o in sheet.options] == ["Open all", "Open three"]
    assert problem_summary(sheet).endswith(
        "2 options · step: Open three letters on Thu 26 Nov · reviewed"
    )
    labels = [label for label, _ in problem_parts(sheet)]
    assert labels[:4] == ["The problem", "Option 1", "Option 1: for it", "Option 1: against it"]
    assert "When" in labels and "What next" in labels
    with pytest.raises(ValueError, match="problem"):
        problem_sheet({"problem": ""}, [], None, NOW)


def test_a_step_becomes_a_habit_once() -> None:
    profile = Profile.new(NOW)
    sheet = full_sheet()
    add, updated = step_habit(profile, sheet, date(2026, 11, 25), NOW)
    assert add.habit.title == "Open three letters" and add.habit.id.startswith("own-")
    assert "Letters piling up" in add.habit.why
    assert updated.habit_id == add.habit.id
    add.apply(profile)
    with pytest.raises(ValueError, match="already a habit"):
        step_habit(profile, updated, date(2026, 11, 25), NOW)
    with pytest.raises(ValueError, match="first small step"):
        step_habit(profile, dataclasses.replace(sheet, step=" "), date(2026, 11, 25), NOW)


@pytest.mark.parametrize(
    ("today", "step_day", "planned_for"),
    [
        (date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 26)),  # its own day
        (date(2026, 11, 25), None, date(2026, 11, 25)),  # no day: today
        (date(2026, 11, 28), date(2026, 11, 26), date(2026, 11, 28)),  # passed: today
    ],
)
def test_a_step_goes_onto_the_planner(
    today: date, step_day: date | None, planned_for: date
) -> None:
    from wellness_tui.profile.ops import PutActivity, PutPlan

    profile = Profile.new(NOW)
    sheet = dataclasses.replace(full_sheet(), step_day=step_day)
    activity, entry = step_plan(profile, sheet, today, NOW)
    assert activity is not None and activity.title == "Open three letters"
    assert (entry.activity, entry.day, entry.state, entry.planned) == (
        activity.id,
        planned_for,
        "planned",
        True,
    )
    PutActivity(activity).apply(profile)
    PutPlan(entry).apply(profile)
    with pytest.raises(ValueError, match="on the planner already"):
        step_plan(profile, sheet, today, NOW)
    later = dataclasses.replace(sheet, step_day=planned_for + timedelta(days=3))
    again, second = step_plan(profile, later, today, NOW)
    assert again is None and second.activity == activity.id  # the same activity, reused
    assert second.id != entry.id
    with pytest.raises(ValueError, match="first small step"):
        step_plan(profile, dataclasses.replace(sheet, step=""), today, NOW)


def test_report_sections_are_private_by_default_and_literal_in_every_format() -> None:
    from tests.conftest import TEST_CONTENT

    profile = Profile.new(NOW)
    profile.thought_records.append(full_record())
    profile.problem_sheets.append(full_sheet())
    library = load_library([TEST_CONTENT])
    period = (date(2026, 11, 1), date(2026, 11, 30))
    private = build_report(profile, library, *period, NOW)
    assert private.thoughts is None and private.problems is None
    for fmt in ("md", "html", "csv", "json"):
        assert "Nothing will ever work" not in render(private, fmt)
    report = build_report(
        profile, library, *period, NOW, include_thoughts=True, include_problems=True
    )
    md, page = render(report, "md"), render(report, "html")
    assert "## My thought records" in md and "## My problem solving" in md
    assert "[b]not bold[/b]" in md and r"\[b" not in md  # shows as typed, unescaped
    assert "&lt;i&gt;&amp;amp;&lt;/i&gt;" in page and "<h2>My problem solving</h2>" in page
    table = rows(report)
    thought_rows = {r["item"]: r["value"] for r in table if r["section"] == "thought record"}
    assert thought_rows["Situation"] == FULL["situation"]
    assert thought_rows["Thinking traps"] == "Fortune-telling, Labelling"
    assert thought_rows["Believed now"] == "60/100"
    problem_rows = {r["item"]: r["value"] for r in table if r["section"] == "problem solving"}
    assert problem_rows["Option 2: for it"] == "small"
    assert problem_rows["When"] == "Thursday 26 November 2026"
    data = json.loads(render(report, "json"))
    assert any(r["section"] == "problem solving" for r in data["rows"])
    assert "problem solving" in render(report, "csv")


def wt(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`wellness-tui ARGS --profile PROFILE`: what its process gives, run in this one
    (tests/cli_run.py)."""
    env = {"WELLNESS_TUI_NOW": "2026-11-25T10:00"}
    return in_process([*args, "--profile", str(profile)], env=env)


def test_shell_report_include_and_export_all(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    store = ProfileStore(path, FixedClock(NOW))
    store.apply(PutWorksheet("thought_records", full_record()))
    store.apply(PutWorksheet("problem_sheets", full_sheet()))
    store.close()
    plain = wt(path, "report")
    assert plain.returncode == 0 and "Nothing will ever work" not in plain.stdout
    both = wt(path, "report", "--include", "thoughts", "--include", "problems")
    assert both.returncode == 0, both.stderr
    assert "Nothing will ever work" in both.stdout and "Open three letters" in both.stdout
    bad = wt(path, "report", "--include", "secrets")
    assert bad.returncode != 0
    out = tmp_path / "all.json"
    result = wt(path, "export", "--all", "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    record, sheet = data["thought_records"][0], data["problem_sheets"][0]
    assert set(record) == {f.name for f in dataclasses.fields(ThoughtRecord)}
    assert set(sheet) == {f.name for f in dataclasses.fields(ProblemSheet)}
    assert record["situation"] == FULL["situation"] and record["belief"] == 90
    assert record["traps"] == ["fortune-telling", "labelling"]
    assert sheet["options"][1] == {"text": "Open three", "pros": "small", "cons": ""}
    assert sheet["step_day"] == "2026-11-26"
