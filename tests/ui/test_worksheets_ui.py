"""Thought records and problem-solving sheets, as a person meets them (Pilot)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import TextArea

from tests.typing_helpers import OpenStore, SnapCompare
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile.models import CheckIn
from wellness_tui.profile.ops import SetCheckIn
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import WellnessApp, build_app
from wellness_tui.tui.dialogs.checkin import LOW_MOOD_LINE, THOUGHT_OFFER_LINE
from wellness_tui.tui.dialogs.form import FormDialog
from wellness_tui.tui.screens.worksheets import ProblemsScreen, ThoughtRecordsScreen

from .helpers import screen_text, type_burst
from .test_literal_text import clickable_meta

TODAY = date(2026, 11, 25)
MARKUP = "[@click=app.quit]x[/] [b]"


async def palette(app: WellnessApp, pilot: Pilot[None], words: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    await type_burst(pilot, words)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def type_text(pilot: Pilot[None], text: str) -> None:
    await type_burst(pilot, text)


async def test_full_thought_record_from_the_palette(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await palette(app, pilot, "New thought record")
        assert isinstance(app.screen, FormDialog)
        assert app.focused is not None and app.focused.id == "field-situation"
        answers = [
            ("Late for work " + MARKUP, True),
            ("ashamed", True),
            ("70", False),
            ("I always mess up", True),
            ("85", False),
        ]
        for text, _ in answers:
            await type_text(pilot, text)
            await pilot.press("tab")
        # The traps checklist: the first (all-or-nothing) and the sixth (labelling).
        await pilot.press("space", "down", "down", "down", "down", "down", "space", "tab")
        for text in ("the bus was late", "I was on time all last week", "I am late today"):
            await type_text(pilot, text)
            await pilot.press("tab")
        await type_text(pilot, "40")
        await pilot.press("tab")
        await type_text(pilot, "30")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormDialog)
        assert app.is_running
    [record] = store.profile.thought_records
    assert record.situation == "Late for work " + MARKUP
    assert (record.feelings, record.feelings_strength) == ("ashamed", 70)
    assert (record.thought, record.belief) == ("I always mess up", 85)
    assert record.traps == ["all-or-nothing", "labelling"]
    assert record.supports == "the bus was late"
    assert record.against == "I was on time all last week"
    assert record.balanced == "I am late today"
    assert (record.belief_now, record.feelings_now) == (40, 30)


@pytest.mark.slow
async def test_partial_record_then_edit_later_and_delete(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert "Thought records" in screen_text(app)
        await app.push_screen(ThoughtRecordsScreen())
        await pilot.pause()
        assert "Nothing here yet" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+s")  # nothing typed: the situation is needed
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert "please fill this in" in screen_text(app)
        await type_text(pilot, "On the bus " + MARKUP)
        await pilot.press("tab", "tab")
        await type_text(pilot, "500")  # how strong: out of range, nothing saved
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog) and store.profile.thought_records == []
        assert "0 to 100" in screen_text(app)
        await pilot.press("backspace", "backspace", "backspace")
        await pilot.press("ctrl+s")
        await pilot.pause()
        [record] = store.profile.thought_records
        assert record.situation == "On the bus " + MARKUP and record.thought == ""
        text = screen_text(app)
        assert "On the bus " + MARKUP in text  # listed literally
        assert clickable_meta(app) == []
        # Later: edit it (enter), add a kinder view.
        clock.advance(hours=5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        balanced = app.screen.query_one("#field-balanced", TextArea)
        balanced.focus()
        await type_text(pilot, "It was one bad bus ride")
        await pilot.press("ctrl+s")
        await pilot.pause()
        [edited] = store.profile.thought_records
        assert edited.id == record.id and edited.balanced == "It was one bad bus ride"
        assert edited.situation == record.situation
        assert (edited.created, edited.updated) == (record.created, clock.now())
        assert "kinder view: It was one bad bus ride" in screen_text(app)
        # The saved record is found from the palette by what was written in it.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"record on the bus")
        await pilot.pause(0.5)
        assert "Thought record 25 Nov 2026: On the bus " + MARKUP in screen_text(app)
        assert clickable_meta(app) == []
        await pilot.press("escape")
        await pilot.pause()
        # Delete asks first.
        await pilot.press("d")
        await pilot.pause()
        assert "Delete the thought record" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert len(store.profile.thought_records) == 1
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert store.profile.thought_records == []


async def test_problem_sheet_whose_step_becomes_a_habit(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await palette(app, pilot, "New problem-solving sheet")
        assert isinstance(app.screen, FormDialog)
        assert app.focused is not None and app.focused.id == "field-problem"
        await type_text(pilot, "Letters piling up " + MARKUP)
        await pilot.press("tab")
        for text in ("Open all", "done at once", "too much", "Open three", "small", ""):
            await type_text(pilot, text)
            await pilot.press("tab")
        await pilot.press("tab", "tab", "tab")  # option 3 left empty
        await type_text(pilot, "Open three")
        await pilot.press("tab")
        await type_text(pilot, "Open three letters")
        await pilot.press("tab")
        await type_text(pilot, "2026-11-26")
        await pilot.press("ctrl+s")
        await pilot.pause()
        [sheet] = store.profile.problem_sheets
        assert sheet.problem == "Letters piling up " + MARKUP
        assert [(o.text, o.pros, o.cons) for o in sheet.options] == [
            ("Open all", "done at once", "too much"),
            ("Open three", "small", ""),
        ]
        assert (sheet.chosen, sheet.step, sheet.step_day) == (
            "Open three",
            "Open three letters",
            date(2026, 11, 26),
        )
        await app.push_screen(ProblemsScreen())
        await pilot.pause()
        assert "step: Open three letters on Thu 26 Nov" in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        [habit] = store.profile.habits
        assert habit.title == "Open three letters"
        assert store.profile.problem_sheets[0].habit_id == habit.id
        assert "is a habit" in screen_text(app)
        await pilot.press("a")  # once is enough: no second habit
        await pilot.pause()
        assert len(store.profile.habits) == 1
        await pilot.press("t")
        await pilot.pause()
        assert "Open three letters" in screen_text(app)


async def test_a_problem_step_goes_onto_the_planner_with_p(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.core.worksheets import problem_sheet
    from wellness_tui.profile.models import ProblemOption
    from wellness_tui.profile.ops import PutWorksheet
    from wellness_tui.tui.screens.activities import ActivitiesScreen

    store = open_store(profile_path)
    sheet = problem_sheet(
        {"problem": "Letters piling up", "chosen": "Open three", "step": "Open three letters"},
        [ProblemOption(text="Open three")],
        date(2026, 11, 26),
        clock.now(),
    )
    store.apply(PutWorksheet("problem_sheets", sheet))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(ProblemsScreen())
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        [activity] = store.profile.activities
        [entry] = store.profile.plans
        assert activity.title == "Open three letters"
        assert (entry.activity, entry.day, entry.state) == (
            activity.id,
            date(2026, 11, 26),
            "planned",
        )
        await pilot.press("p")  # once is enough for that day
        await pilot.pause()
        assert len(store.profile.plans) == 1
        await app.push_screen(ActivitiesScreen())
        await pilot.pause()
        assert "Open three letters" in screen_text(app)
        await pilot.press("u")  # one undo takes back the plan and the new activity
        await pilot.pause()
        assert store.profile.plans == [] and store.profile.activities == []


async def test_offer_after_a_low_mood_check_in_keeps_get_help_first(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        text = screen_text(app)
        assert THOUGHT_OFFER_LINE[:30] not in text  # no mood yet: no offer
        await pilot.press("2")
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        help_at = text.find(" ".join(LOW_MOOD_LINE[:40].split()))
        offer_at = text.find("a thought record can help")
        assert 0 <= help_at < offer_at, text
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert app.focused is not None and app.focused.id == "field-situation"
        assert store.profile.checkins[TODAY].mood == 2  # the check-in was kept
        await type_text(pilot, "After the phone call")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.profile.thought_records[0].situation == "After the phone call"
        # Today shows get-help first, then the offer.
        text = " ".join(screen_text(app).split())
        assert 0 <= text.find("ctrl+g shows who you can reach") < text.find("New thought record")


async def test_higher_mood_shows_no_offer(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    store.apply(SetCheckIn(TODAY, CheckIn(mood=7)))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert "a thought record can help" not in screen_text(app)
        assert not app.screen.query_one("#thought-offer").display


def _filled(store: ProfileStore) -> None:
    from datetime import datetime

    from wellness_tui.core.worksheets import problem_sheet, thought_record
    from wellness_tui.profile.models import ProblemOption
    from wellness_tui.profile.ops import PutWorksheet

    made = datetime(2026, 11, 24, 20, 15)
    values = {
        "situation": "Waiting for a reply from my sister",
        "feelings": "worried, lonely",
        "feelings_strength": "80",
        "thought": "She is angry with me",
        "belief": "75",
        "supports": "No reply for a day",
        "against": "She is often busy at work",
        "balanced": "She may just be busy; I can ask later",
        "belief_now": "35",
        "feelings_now": "40",
    }
    store.apply(PutWorksheet("thought_records", thought_record(values, ["mind-reading"], made)))
    sheet = problem_sheet(
        {
            "problem": "Letters piling up on the table",
            "chosen": "Open three letters",
            "step": "Open three letters after coffee",
        },
        [
            ProblemOption(text="Open them all tonight", pros="done at once", cons="too much"),
            ProblemOption(text="Open three letters", pros="small, doable", cons="slower"),
        ],
        date(2026, 11, 26),
        made,
    )
    store.apply(PutWorksheet("problem_sheets", sheet))


@pytest.mark.parametrize(
    ("screen", "form"),
    [("thoughts", False), ("thoughts", True), ("problems", False), ("problems", True)],
)
def test_worksheet_snapshots(
    screen: str,
    form: bool,
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    """Both lists, and both forms opened on a filled-in sheet, at 80x24."""
    store = open_store(profile_path)
    _filled(store)
    app = build_app(store, library, clock)
    screen_class = ThoughtRecordsScreen if screen == "thoughts" else ProblemsScreen

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await app.push_screen(screen_class())
        await pilot.pause()
        text = screen_text(app)
        assert ("She is angry with me" if screen == "thoughts" else "Letters piling") in text
        if form:
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, FormDialog)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
