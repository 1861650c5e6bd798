"""Typed text is data, never markup: a corpus of awkward strings on every screen.

Every text field of the profile holds strings such as `[/]`, `[@click=app.quit]x[/]`,
an escape sequence, emoji and right-to-left text. Every screen must render them
without error, show them as typed (control characters as their pictures), and
contain nothing clickable that the user did not make.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from textual._compositor import LayoutUpdate
from textual.screen import Screen

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile.models import (
    Answer,
    Appointment,
    CareQuestion,
    CheckIn,
    Contact,
    Habit,
    LogEntry,
    ProblemOption,
    ProblemSheet,
    ThoughtRecord,
    Treatment,
)
from wellness_tui.profile.ops import (
    PutItem,
    PutWorksheet,
    RestoreHabit,
    SetAppointment,
    SetCheckIn,
)
from wellness_tui.profile.store import ProfileStore
from wellness_tui.textsafe import visible
from wellness_tui.tui.app import WellnessApp, build_app

from .helpers import screen_text, type_burst, until
from .test_get_help_everywhere import OPENERS

CORPUS = [
    "[",
    "[/",
    "[/]",
    "[b",
    "[0]",
    "[TODO] plan",
    "[@click=app.quit]x[/]",
    '[link="file:///"]x',
    "esc \x1b[31mred\x1b[0m",
    "emoji 😀🌱",
    "עברית rtl",
    "<b>&amp;</b>",
    "x" * 10_000,
]
SHORT = [s for s in CORPUS if len(s) < 40]
TODAY = date(2026, 11, 25)


def seed(store: ProfileStore) -> None:
    profile = store.profile
    profile.settings.name = "[b]Sam[/b]"
    for index, text in enumerate(CORPUS):
        habit = Habit(
            id=f"h{index}",
            title=text,
            created=TODAY - timedelta(days=10),
            why=text,
            notes={TODAY: text},
        )
        store.apply(RestoreHabit(habit))
    store.apply(SetCheckIn(TODAY, CheckIn(mood=2, note="\n".join(CORPUS[:-1]), tags=SHORT[:3])))
    for index, text in enumerate(CORPUS):
        store.apply(PutItem("contacts", Contact(id=f"c{index}", name=text, reach=text)))
        store.apply(PutItem("questions", CareQuestion(id=f"q{index}", text=text, added=TODAY)))
        store.apply(
            PutItem(
                "log", LogEntry(id=f"l{index}", day=TODAY, what=text, related_to=text, notes=text)
            )
        )
        store.apply(PutItem("treatments", Treatment(id=f"t{index}", what=text, started=text)))
        seed_worksheets(store, index, text)
    store.apply(SetAppointment(Appointment(day=TODAY, with_whom="[i]Dr[/i]")))
    store.apply(RestoreHabit(Habit(id="rest-same-wake", title=CORPUS[6], created=TODAY)))
    profile.safety_plan.steps = {"warning-signs": CORPUS[6], "reasons": CORPUS[8]}
    profile.safety_plan.people = ["c6"]
    profile.answers["rest-rhythm/what-helps"] = Answer(text=CORPUS[6], updated=datetime.now())
    profile.scripts["ask-a-friend"] = {"name": CORPUS[6], "what": CORPUS[9]}


def seed_worksheets(store: ProfileStore, index: int, text: str) -> None:
    """A thought record and a problem-solving sheet with the sample in every text field."""
    made = datetime(2026, 11, 25, 8, 0) - timedelta(minutes=index)
    store.apply(
        PutWorksheet(
            "thought_records",
            ThoughtRecord(
                id=f"tr{index}",
                situation=text,
                feelings=text,
                thought=text,
                traps=[text, "labelling"],  # an unknown trap id is shown as it is
                supports=text,
                against=text,
                balanced=text,
                created=made,
                updated=made,
            ),
        )
    )
    store.apply(
        PutWorksheet(
            "problem_sheets",
            ProblemSheet(
                id=f"ps{index}",
                problem=text,
                options=[ProblemOption(text=text, pros=text, cons=text)],
                chosen=text,
                step=text,
                how_it_went=text,
                what_next=text,
                created=made,
                updated=made,
            ),
        )
    )


def clickable_meta(app: WellnessApp) -> list[str]:
    """Any @click actions in what the screen draws (markup would create them)."""
    found = []
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    assert isinstance(update, LayoutUpdate)  # what a full render_update is
    for line in update.strips:
        for strip in line:
            for segment in strip:
                meta = segment.style.meta if segment.style else {}
                if "@click" in meta:
                    found.append(str(meta["@click"]))
    return found


SCREEN_PARTS = 2
"""The screens are visited in this many apps (tests run side by side)."""


@pytest.mark.slow
@pytest.mark.parametrize("part", range(SCREEN_PARTS))
async def test_corpus_on_every_screen(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock, part: int
) -> None:
    """An app visits every screen of its part in turn (quicker than an app per screen)."""
    store = open_store(profile_path)
    seed(store)
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert "[b]Sam[/b]" in screen_text(app)
        for name in sorted(OPENERS)[part::SCREEN_PARTS]:
            await OPENERS[name](app, pilot)
            await pilot.pause()
            assert type(app.screen).__name__ == name
            text = screen_text(app)
            await pilot.press("end")  # and the end of long screens (press waits for idle)
            text += screen_text(app)
            assert "\x1b" not in text, name  # escape codes never reach the terminal raw
            assert clickable_meta(app) == [], name
            assert app.is_running, name
            while len(app.screen_stack) > 1:  # back to the section's first screen
                await app.pop_screen()
            await app.switch_mode("today")


async def test_corpus_strings_show_exactly_as_typed(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    seed(store)
    app = build_app(store, library, clock)
    async with app.run_test(size=(160, 60)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        from wellness_tui.tui.screens.people import PeopleScreen
        from wellness_tui.tui.screens.questions import QuestionsScreen
        from wellness_tui.tui.screens.worksheets import ProblemsScreen, ThoughtRecordsScreen

        for screen in (QuestionsScreen(), PeopleScreen(), ThoughtRecordsScreen(), ProblemsScreen()):
            await app.push_screen(screen)
            await pilot.pause()
            text = screen_text(app)
            for sample in SHORT:
                assert visible(sample) in text, sample
            await pilot.press("escape")
        await pilot.press("h")
        await pilot.pause()
        text = screen_text(app)
        for sample in SHORT:
            assert visible(sample) in text, sample


async def test_typing_markup_into_fields_stores_it_exactly(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h", "n")
        await pilot.pause()
        await pilot.press(*"[@click=app.quit]x[/]", "ctrl+s")
        await pilot.pause()
        assert app.is_running
        assert store.profile.habits[0].title == "[@click=app.quit]x[/]"
        assert "[@click=app.quit]x[/]" in screen_text(app)
        assert clickable_meta(app) == []


ESC = "a\x1b[2Jb\x9bc"  # clear-screen, and a C1 control (CSI on some terminals)


async def test_text_being_edited_shows_control_characters_and_stays_as_stored(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.targets import Target
    from wellness_tui.tui.dialogs.form import Field, FormDialog
    from wellness_tui.tui.dialogs.habit_edit import HabitEditDialog
    from wellness_tui.tui.dialogs.prompt import PromptDialog
    from wellness_tui.tui.screens.habit_detail import HabitDetailScreen
    from wellness_tui.tui.screens.lesson import LessonScreen

    store = open_store(profile_path)
    target = Target(at_least=10, unit=ESC)
    measured = Habit(
        id="m", title=ESC, created=TODAY, target=target, amounts={TODAY: 5}, notes={TODAY: ESC}
    )
    store.apply(RestoreHabit(measured))
    store.profile.answers["rest-rhythm/what-helps"] = Answer(text=ESC, updated=datetime.now())
    app = build_app(store, library, clock)
    results: list[Any] = []  # what each dialog gave back (of its own type)
    async with app.run_test(size=(100, 40), notifications=True) as pilot:

        async def shows_pictures(screen: Screen[Any]) -> None:
            await app.push_screen(screen, results.append)
            await pilot.pause()
            text = screen_text(app)
            assert "\x1b" not in text and "\x9b" not in text, type(screen).__name__
            assert visible(ESC) in text, type(screen).__name__

        await shows_pictures(HabitDetailScreen("m"))
        app.pop_screen()
        await shows_pictures(HabitEditDialog(ESC, target))
        await pilot.press("ctrl+s")
        await shows_pictures(PromptDialog("Note?", ESC))
        await pilot.press("enter")
        await shows_pictures(FormDialog("Edit", [Field("x", "X", kind="text", value=ESC)]))
        await pilot.press("ctrl+s")
        await shows_pictures(LessonScreen("rest-rhythm"))
        app.pop_screen()
        app.notify(f"Saved to {ESC}", markup=False)
        await until(pilot, lambda: visible(f"Saved to {ESC}") in screen_text(app))
        assert "\x1b" not in screen_text(app) and "\x9b" not in screen_text(app)
    # Saved unedited, the text is exactly what was stored, not its visible form.
    assert results[0].title == ESC and results[0].target == target
    assert results[1:] == [ESC, {"x": ESC}]
    assert store.profile.answers["rest-rhythm/what-helps"].text == ESC


@pytest.mark.slow
async def test_worksheet_fields_show_as_typed_in_forms_and_palette(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """Every field of both worksheets, opened in its form, shows each sample as typed;
    the palette's search finds saved records and shows their titles literally."""
    from textual.widgets import Input, TextArea

    from wellness_tui.tui.dialogs.form import FormDialog
    from wellness_tui.tui.dialogs.worksheet_forms import open_problem_form, open_thought_form

    store = open_store(profile_path)
    for index, text in enumerate(SHORT):
        seed_worksheets(store, index, text)
    app = build_app(store, library, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        for index, text in enumerate(SHORT):
            # Each opener with its own kind of item (the pairs' types differ).
            forms: tuple[tuple[Callable[..., None], object], ...] = (
                (open_thought_form, store.profile.thought_records[index]),
                (open_problem_form, store.profile.problem_sheets[index]),
            )
            for opener, item in forms:
                opener(app, item)
                await pilot.pause()
                assert isinstance(app.screen, FormDialog)
                # Long text shows control characters as pictures; lines keep the value
                # as typed (TextInput draws the pictures).
                areas = [w.text for w in app.screen.query(TextArea) if w.text]
                lines = [w.value for w in app.screen.query(Input) if w.value]
                assert areas and all(v == visible(text) for v in areas), (text, areas)
                assert all(v == text for v in lines), (text, lines)
                assert "\x1b" not in screen_text(app)
                assert clickable_meta(app) == []
                await pilot.press("ctrl+s")  # unedited: saved exactly as stored
        assert [r.situation for r in store.profile.thought_records] == SHORT
        assert [s.options[0].cons for s in store.profile.problem_sheets] == SHORT
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_burst(pilot, "Thought record")
        # The palette searches in the background: wait for the result.
        await until(
            pilot, lambda: "Thought record 25 Nov 2026: [@click=app.quit]x[/]" in screen_text(app)
        )
        assert clickable_meta(app) == []


def seed_activities(store: ProfileStore) -> None:
    """Activities named with the samples, each planned for today (the planner's list)."""
    from wellness_tui.profile.models import Activity, PlanEntry
    from wellness_tui.profile.ops import PutActivity, PutPlan

    for index, text in enumerate(CORPUS):
        store.apply(PutActivity(Activity(id=f"a{index}", title=text, created=TODAY)))
        store.apply(
            PutPlan(
                PlanEntry(
                    id=f"p{index}",
                    activity=f"a{index}",
                    day=TODAY,
                    created=datetime(2026, 11, 25),
                    updated=datetime(2026, 11, 25),
                )
            )
        )


LISTS_OF_WORDS = (
    "HabitsScreen",
    "PeopleScreen",
    "QuestionsScreen",
    "SymptomLogScreen",
    "TreatmentsScreen",
    "ThoughtRecordsScreen",
    "ProblemsScreen",
    "ActivitiesScreen",
)
"""The screens whose lists show what the person typed."""


LIST_PARTS = 3
"""The screens' lists are gone through in this many apps (tests run side by side)."""


@pytest.mark.slow
@pytest.mark.parametrize("part", range(LIST_PARTS))
async def test_corpus_in_every_list_as_each_row_is_highlighted(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock, part: int
) -> None:
    """Every list on every screen (a third of the screens in each app), each row
    highlighted in turn (the highlight restyles the row): nothing clickable appears, no
    escape code is drawn, the app keeps running, and each sample shows as typed in the
    lists that hold the person's words."""
    from textual.widgets import OptionList

    store = open_store(profile_path)
    seed(store)
    seed_activities(store)
    app = build_app(store, library, clock)
    seen: dict[str, str] = {}
    names = sorted(OPENERS)[part::LIST_PARTS]
    async with app.run_test(size=(160, 60)) as pilot:
        for name in names:
            await OPENERS[name](app, pilot)
            await pilot.pause()
            for option_list in app.screen.query(OptionList):
                enabled, prompts = [], []
                for index in range(option_list.option_count):
                    option = option_list.get_option_at_index(index)
                    # A plain string prompt would be parsed as markup.
                    assert not isinstance(option.prompt, str), (name, option.prompt)
                    prompts.append(str(option.prompt))
                    if not option.disabled:
                        enabled.append(index)
                # Every row of a list that shows the person's words is highlighted in turn;
                # in a list of only the program's own words (modules, lessons, settings)
                # the first and the last row: the same rendering path, fixed words.
                shown = "\n".join(prompts)
                if not any(visible(sample) in shown for sample in SHORT):
                    enabled = sorted({*enabled[:1], *enabled[-1:]})
                for index in enabled:
                    option_list.highlighted = index
                    await pilot.pause()
                    text = screen_text(app)
                    assert "\x1b" not in text, (name, index)
                    assert clickable_meta(app) == [], (name, index)
                    assert app.is_running, (name, index)
                    seen[name] = seen.get(name, "") + text
            while len(app.screen_stack) > 1:
                app.pop_screen()
                await pilot.pause()
            app.switch_mode("today")
            await pilot.pause()
    assert set(LISTS_OF_WORDS) <= set(OPENERS)  # (each is in one part)
    for name in (name for name in LISTS_OF_WORDS if name in names):
        for sample in SHORT:
            assert visible(sample) in seen[name], (name, sample)


@pytest.mark.slow
async def test_corpus_found_by_search_shows_as_typed(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """The palette is the list with search: each sample typed as the search finds the
    habit or worksheet holding it, shown exactly as typed with its letters highlighted,
    and choosing it never runs what the text says."""
    from textual.command import CommandPalette
    from textual.widgets import Input

    from wellness_tui.tui.palette import TypedTextCommands, WorksheetCommands

    store = open_store(profile_path)
    seed(store)
    app = build_app(store, library, clock)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        typed = [s for s in SHORT if s.isascii() and s.isprintable()]
        for sample in typed:
            await pilot.press("ctrl+p")
            # The palette's search field takes the keys once focused.
            await until(pilot, lambda: isinstance(app.focused, Input))
            assert isinstance(app.screen, CommandPalette)
            # "Tick: " first: the sample alone also finds the worksheets, which may fill
            # the visible rows (equal scores come in any order). Typed as one burst.
            await type_burst(pilot, f"Tick: {sample}")
            # The palette searches in the background: wait for the result, in the rows
            # below the search field.
            await until(
                pilot,
                lambda: f"Tick: {sample}" in screen_text(app).split("🔎", 1)[-1].split("\n", 1)[-1],  # noqa: B023
            )
            assert clickable_meta(app) == [], sample
            await pilot.press("escape")
            await pilot.pause()
            assert app.is_running, sample
        # The providers' own results, for every sample (also those typed with difficulty).
        for sample in [s for s in SHORT if s.isprintable()]:
            for provider, prefix in (
                (TypedTextCommands(app.screen), "Tick: "),
                (WorksheetCommands(app.screen), "Thought record 25 Nov 2026: "),
            ):
                hits = [hit async for hit in provider.search(sample)]
                shown = [str(hit.match_display.plain) for hit in hits]  # type: ignore[union-attr]
                assert any(s.startswith(prefix + visible(sample)) for s in shown), (sample, shown)
