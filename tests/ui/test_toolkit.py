"""The self-advocacy and safety toolkit, driven with keys."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile.models import Contact
from wellness_tui.profile.ops import PutItem
from wellness_tui.tui.app import build_app
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.dialogs.form import FormDialog
from wellness_tui.tui.screens.notebook import NotebookScreen
from wellness_tui.tui.screens.people import PeopleScreen
from wellness_tui.tui.screens.prepare import PrepareScreen
from wellness_tui.tui.screens.questions import QuestionsScreen
from wellness_tui.tui.screens.safety_plan import SafetyPlanScreen
from wellness_tui.tui.screens.scripts import ScriptScreen
from wellness_tui.tui.screens.symptom_log import SymptomLogScreen
from wellness_tui.tui.screens.treatments import TreatmentsScreen
from wellness_tui.tui.widgets.check_list import CheckList

from .helpers import screen_text, type_burst

TODAY = date(2026, 11, 25)


async def fill(pilot: Pilot[None], dialog: Screen[Any], values: dict[str, str]) -> None:
    """Fill form fields: the first is typed (one burst of keys), the rest are set (faster)."""
    for index, (field_id, text) in enumerate(values.items()):
        widget = dialog.query_one(f"#field-{field_id}")
        widget.focus()
        if isinstance(widget, TextArea):
            widget.text = "" if index == 0 else text
        elif isinstance(widget, Input):
            widget.value = "" if index == 0 else text
        if index == 0:
            await type_burst(pilot, text)
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_people_add_edit_delete_and_plan_on_get_help(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, NotebookScreen)
        await app.push_screen(PeopleScreen())
        await pilot.press("n")
        await pilot.pause()
        await fill(
            pilot,
            app.screen,
            {"name": "Maria [sister]", "how_they_help": "call when low", "reach": "555-0101"},
        )
        await pilot.press("n")
        await pilot.pause()
        await fill(pilot, app.screen, {"name": "Tom", "reach": "text"})
        assert [c.name for c in store.profile.contacts] == ["Maria [sister]", "Tom"]
        await pilot.press("e")  # Tom is highlighted (the last added)
        await pilot.pause()
        await fill(pilot, app.screen, {"name": "Tom B."})
        assert store.profile.contacts[1].name == "Tom B."
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
        assert [c.name for c in store.profile.contacts] == ["Maria [sister]"]
        await pilot.press("escape")
        await app.push_screen(SafetyPlanScreen())
        await pilot.pause()
        await type_burst(pilot, "I stop [answering]")
        await pilot.pause(0.6)
        people = app.screen.query_one("#plan-people", CheckList)
        people.focus()
        await pilot.press("space")
        await pilot.pause()
        assert store.profile.safety_plan.people == [store.profile.contacts[0].id]
        assert store.profile.safety_plan.steps["warning-signs"] == "I stop [answering]"
        await pilot.press("ctrl+g")
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        for _ in range(3):
            text = screen_text(app)
            if "My warning signs" in text:
                break
            await pilot.press("pageup")
            await pilot.pause()
        assert "My warning signs" in text and "I stop [answering]" in text
        assert "People I can ask for help" in text and "Maria [sister]" in text
        assert "call when low · 555-0101" in text


async def test_questions_add_reorder_ask_and_answer(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(QuestionsScreen())
        await pilot.pause()
        assert "No questions yet" in screen_text(app)
        for text in ("Could this be bipolar?", "What about therapy & meds <both>?"):
            await pilot.press("n")
            await pilot.pause()
            await fill(pilot, app.screen, {"text": text})
        assert [q.text for q in store.profile.questions][1] == "What about therapy & meds <both>?"
        await pilot.press("shift+up")  # move the second question to the top
        await pilot.pause()
        assert store.profile.questions[0].text.startswith("What about therapy")
        text = screen_text(app)
        assert text.index("1. What about therapy") < text.index("2. Could this be")
        await pilot.press("a")
        await pilot.pause()
        assert store.profile.questions[0].asked == TODAY
        await pilot.press("enter")
        await pilot.pause()
        await fill(pilot, app.screen, {"answer": "Yes, both can help."})
        assert store.profile.questions[0].answer == "Yes, both can help."
        assert "2 open" not in screen_text(app) and "1 open · 1 asked" in screen_text(app)


async def test_log_entries_with_severity_and_date_filter(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SymptomLogScreen())
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#field-severity", CheckList).focus()
        await pilot.press("down", "space")  # moderate
        await fill(pilot, dialog, {"what": "dry mouth", "related_to": "new medicine"})
        await pilot.press("n")
        await pilot.pause()
        await fill(pilot, app.screen, {"day": "2026-13-01", "what": "old headache"})
        assert "is not a date" in screen_text(app)
        await fill(pilot, app.screen, {"day": "2026-06-01"})
        assert [(e.what, e.severity) for e in store.profile.log] == [
            ("dry mouth", "moderate"),
            ("old headache", "mild"),
        ]
        text = screen_text(app)
        assert "dry mouth" in text and "old headache" not in text  # last 30 days only
        await pilot.press("f", "f")  # all time
        await pilot.pause()
        assert "old headache" in screen_text(app)
        await pilot.press("e")
        await pilot.pause()
        await fill(pilot, app.screen, {"what": "mild dry mouth"})
        assert store.profile.log[0].what == "mild dry mouth"
        await pilot.press("F")  # a chosen period
        await pilot.pause()
        await fill(pilot, app.screen, {"start": "2026-05-01", "end": "2026-06-30"})
        text = screen_text(app)
        assert "old headache" in text and "mild dry mouth" not in text
        assert "1 in 01 May 2026 to 30 Jun 2026" in text


async def test_treatments_and_escape_asks_before_discarding(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(TreatmentsScreen())
        await pilot.press("n")
        await pilot.pause()
        await type_burst(pilot, "sertraline")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)  # never throws typing away silently
        await pilot.press("escape")  # keep editing
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        await fill(pilot, app.screen, {"started": "2019", "side_effects": 'tired, "foggy"'})
        [treatment] = store.profile.treatments
        assert (treatment.what, treatment.started, treatment.side_effects) == (
            "sertraline",
            "2019",
            'tired, "foggy"',
        )
        assert "sertraline" in screen_text(app) and "2019 to now" in screen_text(app)


async def test_script_filled_saved_and_written_to_a_file(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(ScriptScreen(library.scripts[0]))
        await pilot.pause()
        assert "Hi [their name]." in screen_text(app)
        await type_burst(pilot, "Sam [b]")
        await pilot.pause()
        assert "Hi Sam [b]. Would you be up for [what would help]?" in screen_text(app)
        assert store.profile.scripts["ask-a-friend"]["name"] == "Sam [b]"
        await pilot.press("ctrl+s")
        await pilot.pause()
        target = tmp_path / "words.txt"
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text().startswith("Hi Sam [b].")
        assert (target.stat().st_mode & 0o777) == 0o600


async def test_prepare_gathers_questions_symptoms_and_trends(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.profile.models import CareQuestion, CheckIn, LogEntry
    from wellness_tui.profile.ops import SetCheckIn

    store = open_store(profile_path)
    store.apply(PutItem("questions", CareQuestion(id="q", text="Is [this] normal?", added=TODAY)))
    store.apply(PutItem("log", LogEntry(id="l", day=TODAY, what="nausea", severity="severe")))
    store.apply(PutItem("contacts", Contact(id="c", name="Dr. Lee")))
    store.apply(SetCheckIn(TODAY, CheckIn(mood=4, energy=3, sleep_hours=6, sleep_quality=2)))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(PrepareScreen())
        await pilot.pause()
        text = screen_text(app)
        assert "No appointment noted yet" in text
        assert "1. Is [this] normal?" in text
        assert "25 Nov · severe side effect: nausea" in text
        await pilot.press("a")
        await pilot.pause()
        await fill(pilot, app.screen, {"day": "2026-12-03", "with_whom": "Dr. Lee"})
        assert store.profile.appointment.day == date(2026, 12, 3)
        text = screen_text(app)
        assert "Next appointment: Thursday 3 December with Dr. Lee" in text
        await pilot.press("end")
        await pilot.pause()
        assert "average 4/10" in screen_text(app)


async def test_dates_make_sense(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.profile.models import Appointment
    from wellness_tui.profile.ops import SetAppointment

    store = open_store(profile_path)
    store.apply(SetAppointment(Appointment(day=date(2025, 1, 8), with_whom="Dr. Lee")))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert "Wed 08 Jan 2025 (already passed: update it?)" in screen_text(app)
        await app.push_screen(SymptomLogScreen())
        await pilot.press("n")
        await pilot.pause()
        await fill(pilot, app.screen, {"day": "2027-01-01", "what": "future"})
        assert "2027-01-01 is in the future" in " ".join(screen_text(app).split())
        assert store.profile.log == []
