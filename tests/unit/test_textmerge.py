"""Issue 13 (1): a text changed in two windows is merged, never replaced blindly."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from wellness_tui.clock import FixedClock
from wellness_tui.profile.ops import SetAnswer
from wellness_tui.profile.store import ProfileStore
from wellness_tui.textmerge import CONFLICT_LINE, merge3, moved_offset

AT = datetime(2026, 11, 25, 10, 0)


@pytest.mark.parametrize(
    ("base", "mine", "theirs", "merged"),
    [
        ("a", "a b", "a", "a b"),  # only I changed it
        ("a", "a", "c a", "c a"),  # only they did
        ("same", "new", "new", "new"),  # the same change twice
        ("I walk. I read.", "I walk far. I read.", "I walk. I read a lot.", None),
        ("one\ntwo\nthree", "ONE\ntwo\nthree", "one\ntwo\nTHREE", "ONE\ntwo\nTHREE"),
        # Words added at the same place (both typing at the end): both kept, theirs
        # (saved first) then mine, never glued into one word.
        ("x", "x mine", "x theirs", "x theirs mine"),
        ("", "morning light", "tea", "tea morning light"),
        ("a0 ", "a0 b0 ", "a0 a1 ", "a0 a1 b0 "),
    ],
)
def test_1_changes_that_do_not_overlap_are_both_kept(
    base: str, mine: str, theirs: str, merged: str | None
) -> None:
    result, conflict = merge3(base, mine, theirs)
    assert not conflict
    if merged is None:
        assert result == "I walk far. I read a lot."
    else:
        assert result == merged


@pytest.mark.parametrize(
    ("base", "mine", "theirs"),
    [("I walk", "I run", "I swim"), ("I walk", "I walk far", "I run"), ("a b", "a", "b")],
)
def test_1_overlapping_changes_keep_both_versions_visibly(
    base: str, mine: str, theirs: str
) -> None:
    result, conflict = merge3(base, mine, theirs)
    assert conflict
    assert result == f"{mine}\n\n{CONFLICT_LINE}\n{theirs}"


def test_1_two_windows_typing_into_one_answer_lose_no_word(tmp_path: Path) -> None:
    path = tmp_path / "d" / "p.json"
    clock = FixedClock(AT)
    a, b = ProfileStore(path, clock), ProfileStore(path, clock)
    shown_a = shown_b = ""
    words: list[str] = []
    for n in range(5):
        for name, store in (("a", a), ("b", b)):
            word = f"{name}{n}"
            words.append(word)
            base = shown_a if name == "a" else shown_b
            typed = f"{base} {word}".strip()
            store.apply(SetAnswer("l/p", typed, AT + timedelta(seconds=len(words)), base=base))
            assert store.flush()
            store.take_refresh()
            if name == "a":
                shown_a = store.profile.answers["l/p"].text
            else:
                shown_b = store.profile.answers["l/p"].text
    assert a.close() and b.close()
    final = ProfileStore(path, clock).profile.answers["l/p"].text
    for word in words:
        assert word in final, (word, final)
    # No word is reversed or glued: each typed word is a whole word in the result.
    assert set(words) <= set(final.split())


def test_1_safety_plan_steps_and_checkin_notes_merge_too(tmp_path: Path) -> None:
    from datetime import date

    from wellness_tui.profile.models import CheckIn
    from wellness_tui.profile.ops import SetCheckIn, SetPlanStep

    path = tmp_path / "d" / "p.json"
    clock = FixedClock(AT)
    a, b = ProfileStore(path, clock), ProfileStore(path, clock)
    day = date(2026, 11, 25)
    a.apply(SetPlanStep("signs", "can't sleep", AT, base=""))
    a.apply(SetCheckIn(day, CheckIn(note="walked", updated=AT), merge=("note",), note_base=""))
    assert a.flush()
    b.apply(SetPlanStep("signs", "skipping meals", AT, base=""))
    b.apply(SetCheckIn(day, CheckIn(note="rain", updated=AT), merge=("note",), note_base=""))
    assert a.close() and b.close()
    final = ProfileStore(path, clock).profile
    assert "can't sleep" in final.safety_plan.steps["signs"]
    assert "skipping meals" in final.safety_plan.steps["signs"]
    assert "walked" in final.checkins[day].note and "rain" in final.checkins[day].note


def _two_windows(tmp_path: Path) -> tuple[ProfileStore, ProfileStore, Path]:
    path = tmp_path / "d" / "p.json"
    clock = FixedClock(AT)
    return ProfileStore(path, clock), ProfileStore(path, clock), path


def test_1_habit_day_notes_merge(tmp_path: Path) -> None:
    from datetime import date

    from wellness_tui.core.habit_factory import new_habit_op
    from wellness_tui.profile.ops import SetDayNote
    from wellness_tui.targets import Target

    a, b, path = _two_windows(tmp_path)
    add = new_habit_op(a.profile, "Walk", Target(), date(2026, 11, 25))
    a.apply(add)
    a.apply(SetDayNote(add.habit.id, AT.date(), "slow walk"))
    assert a.flush()
    b.take_refresh()
    # Both windows show "slow walk"; each adds its own words.
    a.apply(SetDayNote(add.habit.id, AT.date(), "slow walk with Sam", base="slow walk"))
    assert a.flush()
    b.apply(SetDayNote(add.habit.id, AT.date(), "rain. slow walk", base="slow walk"))
    assert a.close() and b.close()
    note = ProfileStore(path, FixedClock(AT)).profile.habit(add.habit.id).notes[AT.date()]  # type: ignore[union-attr]
    assert note == "rain. slow walk with Sam"


def test_1_notebook_entries_merge_field_by_field(tmp_path: Path) -> None:
    from dataclasses import replace

    from wellness_tui.profile.models import Contact, LogEntry, ProblemOption, ProblemSheet
    from wellness_tui.profile.ops import PutItem, PutWorksheet

    a, b, path = _two_windows(tmp_path)
    sam = Contact(id="c1", name="Sam", how_they_help="listens", reach="phone")
    log = LogEntry(id="l1", day=AT.date(), what="headache", notes="after lunch")
    sheet = ProblemSheet(
        id="p1", problem="bills", options=[ProblemOption(text="call")], created=AT, updated=AT
    )
    for op in (
        PutItem("contacts", sam),
        PutItem("log", log),
        PutWorksheet("problem_sheets", sheet),
    ):
        a.apply(op)
    assert a.flush()
    b.take_refresh()
    # Window A edits; window B, still showing the old entries, edits other words.
    later = AT + timedelta(minutes=1)
    a.apply(PutItem("contacts", replace(sam, how_they_help="listens well"), base=sam))
    a.apply(PutItem("log", replace(log, severity="moderate"), base=log))
    a.apply(
        PutWorksheet("problem_sheets", replace(sheet, chosen="call", updated=later), base=sheet)
    )
    assert a.flush()
    b.apply(PutItem("contacts", replace(sam, reach="phone, evenings"), base=sam))
    b.apply(PutItem("log", replace(log, notes="after a late lunch"), base=log))
    b.apply(
        PutWorksheet(
            "problem_sheets",
            replace(sheet, options=[ProblemOption(text="call", pros="quick")], updated=AT),
            base=sheet,
        )
    )
    assert a.close() and b.close()
    final = ProfileStore(path, FixedClock(AT)).profile
    assert final.contacts == [
        Contact(id="c1", name="Sam", how_they_help="listens well", reach="phone, evenings")
    ]
    assert (final.log[0].severity, final.log[0].notes) == ("moderate", "after a late lunch")
    merged = final.problem_sheets[0]
    assert (merged.chosen, merged.options, merged.updated) == (
        "call",
        [ProblemOption(text="call", pros="quick")],
        later,
    )


def test_1_overlapping_notebook_edits_keep_both_versions(tmp_path: Path) -> None:
    from dataclasses import replace

    from wellness_tui.profile.models import Treatment
    from wellness_tui.profile.ops import PutItem, SetScript

    a, b, path = _two_windows(tmp_path)
    pill = Treatment(id="t1", what="sertraline", how_it_went="ok")
    a.apply(PutItem("treatments", pill))
    a.apply(SetScript("ask", (("need", "time"),)))
    assert a.flush()
    b.take_refresh()
    a.apply(PutItem("treatments", replace(pill, how_it_went="better"), base=pill))
    a.apply(SetScript("ask", (("need", "more time"),), base=(("need", "time"),)))
    assert a.flush()
    b.apply(PutItem("treatments", replace(pill, how_it_went="tired"), base=pill))
    b.apply(SetScript("ask", (("need", "time"), ("who", "Dr Lee")), base=(("need", "time"),)))
    assert a.close() and b.close()
    final = ProfileStore(path, FixedClock(AT)).profile
    assert final.treatments[0].how_it_went == f"tired\n\n{CONFLICT_LINE}\nbetter"
    assert final.scripts["ask"] == {"need": "more time", "who": "Dr Lee"}


@pytest.mark.parametrize(
    ("old", "new", "offset", "moved"),
    [
        ("b0 ", "a0 b0 ", 3, 6),  # their words came before mine: still after mine
        ("a0 ", "a0 b0 ", 3, 3),  # their words came after mine: still after mine
        ("one two", "one 2 two", 3, 3),  # unchanged text before the cursor
        ("one two", "ONE two", 2, 3),  # inside text changed elsewhere: after it
        ("", "hello", 0, 5),
    ],
)
def test_1_the_cursor_stays_after_the_words_being_typed(
    old: str, new: str, offset: int, moved: int
) -> None:
    assert moved_offset(old, new, offset) == moved


def test_1_merge_bases_survive_the_journal() -> None:
    from wellness_tui.profile.journal import decode_op, encode_op
    from wellness_tui.profile.models import (
        Activity,
        Appointment,
        CheckIn,
        Contact,
        PlanEntry,
        ProblemSheet,
    )
    from wellness_tui.profile.ops import (
        PutActivity,
        PutItem,
        PutPlan,
        PutWorksheet,
        SetAppointment,
        SetCheckIn,
        SetDayNote,
        SetScript,
        SetValue,
    )

    sam = Contact(id="c1", name="Sam")
    walk = Activity(id="a1", title="Walk", created=AT.date())
    plan = PlanEntry(id="p1", activity="a1", day=AT.date(), created=AT, updated=AT)
    sheet = ProblemSheet(id="s1", problem="bills", created=AT, updated=AT)
    for op in (
        PutItem("contacts", sam, base=sam),
        PutItem("contacts", sam),
        SetScript("ask", (("a", "b"),), base=(("a", ""),)),
        SetDayNote("h", AT.date(), "x", base=""),
        SetAppointment(Appointment(notes="x"), base=Appointment()),
        SetValue("health", "x", base=""),
        PutActivity(walk, base=walk),
        PutPlan(plan, base=plan),
        PutWorksheet("problem_sheets", sheet, base=sheet),
        SetCheckIn(AT.date(), CheckIn(tags=["a"], updated=AT), merge=("tags",), tags_base=()),
    ):
        assert decode_op(encode_op(op)) == op


def test_1_what_matters_and_plan_entries_merge_too(tmp_path: Path) -> None:
    from dataclasses import replace

    from wellness_tui.profile.models import Activity, PlanEntry
    from wellness_tui.profile.ops import PutActivity, PutPlan, SetValue

    a, b, path = _two_windows(tmp_path)
    walk = Activity(id="a1", title="Walk", created=AT.date())
    plan = PlanEntry(id="p1", activity="a1", day=AT.date(), created=AT, updated=AT)
    a.apply(PutActivity(walk))
    a.apply(PutPlan(plan))
    a.apply(SetValue("health", "move a little"))
    assert a.flush()
    b.take_refresh()
    later = AT + timedelta(minutes=5)
    # Window A marks it done with a note; window B, not refreshed, moves it to the
    # evening a minute later (its change is newer, but must not undo A's).
    a.apply(PutPlan(replace(plan, state="done", note="felt ok", updated=later), base=plan))
    a.apply(SetValue("health", "move a little every day", base="move a little"))
    assert a.flush()
    b.apply(PutPlan(replace(plan, when="evening", updated=later + timedelta(minutes=1)), base=plan))
    b.apply(SetValue("health", "gently: move a little", base="move a little"))
    assert a.close() and b.close()
    final = ProfileStore(path, FixedClock(AT)).profile
    entry = final.plans[0]
    assert (entry.state, entry.note, entry.when) == ("done", "felt ok", "evening")
    assert final.values["health"] == "gently: move a little every day"


@pytest.mark.parametrize(
    ("base", "mine", "theirs", "merged"),
    [
        (["work"], ["work", "walked"], ["work", "late"], ["work", "walked", "late"]),
        (["work", "late"], ["work"], ["work", "late", "rain"], ["work", "rain"]),  # I removed
        (["work", "late"], ["work", "late", "x"], ["work"], ["work", "x"]),  # they removed
        (["a"], ["b", "a"], ["a"], ["b", "a"]),
    ],
)
def test_1_tags_changed_in_two_places_keep_both_changes(
    base: list[str], mine: list[str], theirs: list[str], merged: list[str]
) -> None:
    from wellness_tui.textmerge import merge_tags

    assert merge_tags(base, mine, theirs) == merged


def test_1_checkin_tags_typed_in_the_app_keep_a_tag_added_by_the_shell(tmp_path: Path) -> None:
    from wellness_tui.profile.models import CheckIn
    from wellness_tui.profile.ops import SetCheckIn

    a, b, path = _two_windows(tmp_path)
    day = AT.date()
    a.apply(SetCheckIn(day, CheckIn(tags=["work"], updated=AT), merge=("tags",), tags_base=()))
    assert a.flush()
    b.apply(SetCheckIn(day, CheckIn(tags=["late"], updated=AT), merge=("tags",), append=("tags",)))
    assert b.close()
    # The app, not yet refreshed, saves the next keystroke of its tags field.
    a.apply(
        SetCheckIn(
            day, CheckIn(tags=["work", "walked"], updated=AT), merge=("tags",), tags_base=("work",)
        )
    )
    assert a.close()
    assert ProfileStore(path, FixedClock(AT)).profile.checkins[day].tags == [
        "work",
        "walked",
        "late",
    ]


def test_1_an_activity_edited_in_two_windows_keeps_both_changes(tmp_path: Path) -> None:
    from dataclasses import replace

    from wellness_tui.profile.models import Activity
    from wellness_tui.profile.ops import PutActivity

    a, b, path = _two_windows(tmp_path)
    walk = Activity(id="a1", title="Walk to the shop", created=AT.date())
    a.apply(PutActivity(walk))
    assert a.flush()
    b.take_refresh()
    a.apply(PutActivity(replace(walk, title="Walk to the big shop"), base=walk))
    assert a.flush()
    b.apply(PutActivity(replace(walk, effort="hard"), base=walk))
    assert a.close() and b.close()
    final = ProfileStore(path, FixedClock(AT)).profile.activities[0]
    assert (final.title, final.effort) == ("Walk to the big shop", "hard")


def test_1_a_habit_title_edited_in_two_windows_keeps_both_changes(tmp_path: Path) -> None:
    from wellness_tui.core.habit_factory import new_habit_op
    from wellness_tui.profile.ops import EditHabit
    from wellness_tui.targets import Target

    a, b, path = _two_windows(tmp_path)
    add = new_habit_op(a.profile, "Walk", Target(), AT.date())
    a.apply(add)
    assert a.flush()
    b.take_refresh()
    a.apply(EditHabit(add.habit.id, "Walk outside", Target(), title_base="Walk"))
    assert a.flush()
    b.apply(EditHabit(add.habit.id, "Slow: Walk", Target(), title_base="Walk"))
    assert a.close() and b.close()
    habit = ProfileStore(path, FixedClock(AT)).profile.habit(add.habit.id)
    assert habit is not None and habit.title == "Slow: Walk outside"
