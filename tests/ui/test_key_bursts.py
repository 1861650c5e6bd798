"""Keys that arrive in one burst (a paste, a fast typist on a slow machine) each land
where they would have landed one at a time: none lost, none in the wrong field.

The keys are posted to the app all at once, as the terminal driver does with a burst,
not through `pilot.press` (which waits for the app to settle after every key).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.core.progress import reading_stops
from wellness_tui.library import Library, load_library
from wellness_tui.profile.models import Contact
from wellness_tui.profile.ops import PutItem, SetLessonPosition
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import build_app
from wellness_tui.tui.dialogs.form import FormDialog
from wellness_tui.tui.screens.lesson import LessonScreen
from wellness_tui.tui.screens.module import ModuleScreen
from wellness_tui.tui.screens.notebook import NotebookScreen
from wellness_tui.tui.screens.people import PeopleScreen
from wellness_tui.tui.widgets.scroll_body import ScrollBody

from .helpers import screen_as

CONTENT = Path(__file__).parents[2] / "content"
CHARACTERS = {"space": " ", "full_stop": ".", "minus": "-"}


def burst(pilot: Pilot[Any], *keys: str) -> None:
    """Post all these keys to the app at once: characters ("D") or key names ("tab")."""
    for key in keys:
        name = {char: name for name, char in CHARACTERS.items()}.get(key, key)
        char = key if len(key) == 1 else CHARACTERS.get(key)
        pilot.app.post_message(events.Key(name, char))


async def settle(pilot: Pilot[Any]) -> None:
    for _ in range(10):
        await pilot.pause()


async def open_people(pilot: Pilot[Any]) -> PeopleScreen:
    await pilot.press("b")
    await pilot.pause()
    await pilot.press("down", "enter")  # My people
    await pilot.pause()
    return screen_as(pilot.app, PeopleScreen)


def field(pilot: Pilot[Any], name: str) -> str:
    return screen_as(pilot.app, FormDialog).query_one(f"#field-{name}", Input).value


async def test_a_dialog_opened_and_typed_into_in_one_burst_keeps_every_key(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_people(pilot)
        burst(pilot, "n", *"Dr. Lee", "tab", *"friend")
        await settle(pilot)
        assert field(pilot, "name") == "Dr. Lee"
        assert field(pilot, "how_they_help") == "friend"
        burst(pilot, "tab", *"555-0101", "enter")  # Enter in a line saves
        await settle(pilot)
        screen_as(app, PeopleScreen)
        contact = store.profile.contacts[0]
        assert (contact.name, contact.how_they_help, contact.reach) == (
            "Dr. Lee",
            "friend",
            "555-0101",
        )


async def test_text_after_tab_tab_goes_into_the_third_field(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_people(pilot)
        burst(pilot, "n", *"Ana", "tab", "tab", *"evenings")
        await settle(pilot)
        assert field(pilot, "name") == "Ana"
        assert field(pilot, "how_they_help") == ""
        assert field(pilot, "reach") == "evenings"


async def test_keys_right_after_returning_to_the_notebook_act_on_the_notebook(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        store.apply(PutItem("contacts", Contact(id="p1", name="Ana")))
        await open_people(pilot)
        # Back to the Notebook (on "My people"), then two rows down: "Next appointment".
        burst(pilot, "escape", "down", "down", "enter")
        await settle(pilot)
        notebook = app.screen_stack[-2]
        assert isinstance(notebook, NotebookScreen)
        assert notebook.query_one(OptionList).highlighted == 3
        assert screen_as(app, FormDialog).query("#field-with_whom")  # the appointment's form


def remember_third_stop(store: ProfileStore, library: Library, clock: FixedClock) -> None:
    found = library.lesson("sleep-and-mood")
    assert found is not None
    stop_id, _ = reading_stops(found[1])[2]
    store.apply(SetLessonPosition("sleep-and-mood", stop_id, 2, clock.now()))


def reader(app: App[Any]) -> ScrollBody:
    return screen_as(app, LessonScreen).query_one("#reader", ScrollBody)


async def scrolled_to(pilot: Pilot[Any], y: float) -> None:
    """Wait (up to 2 s, for a loaded machine) until the lesson has scrolled to `y`."""
    for _ in range(100):
        readers = pilot.app.screen.query(ScrollBody)
        if isinstance(pilot.app.screen, LessonScreen) and readers and readers[0].scroll_y == y:
            return
        await pilot.pause(0.02)


async def test_a_key_right_after_opening_a_lesson_moves_on_from_the_remembered_place(
    open_store: OpenStore, profile_path: Path, clock: FixedClock
) -> None:
    library = load_library([CONTENT])
    store = open_store(profile_path)
    remember_third_stop(store, library, clock)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(ModuleScreen("sleep"))  # on its first lesson
        await pilot.press("enter")
        await settle(pilot)
        remembered = reader(app).scroll_y
        assert remembered > 0
        # One page on from the remembered place: the Page Down was neither lost (sent
        # before the lesson could scroll) nor undone (by the restore coming after it).
        one_page_on = remembered + reader(app).scrollable_content_region.height
        await pilot.press("escape")
        await settle(pilot)
        burst(pilot, "enter", "pagedown")
        await scrolled_to(pilot, one_page_on)
        assert reader(app).scroll_y == one_page_on


async def test_a_key_while_a_lesson_is_still_opening_waits_for_the_remembered_place(
    open_store: OpenStore, profile_path: Path, clock: FixedClock
) -> None:
    """Opened by something other than a key (a click), so no key is on its way."""
    library = load_library([CONTENT])
    store = open_store(profile_path)
    remember_third_stop(store, library, clock)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(LessonScreen("sleep-and-mood"))
        await settle(pilot)
        remembered = reader(app).scroll_y
        assert remembered > 0
        one_page_on = remembered + reader(app).scrollable_content_region.height
        app.pop_screen()
        await settle(pilot)
        app.push_screen(LessonScreen("sleep-and-mood"))
        burst(pilot, "pagedown")
        await scrolled_to(pilot, one_page_on)
        assert reader(app).scroll_y == one_page_on


async def test_a_burst_reaches_a_longer_text_field_after_two_tabs(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        burst(pilot, "b", "down", "down", "down", "enter")  # Next appointment
        burst(pilot, *"2026-12-01", "tab", *"Dr. Lee", "tab", *"Bring the list")
        await settle(pilot)
        form = screen_as(app, FormDialog)
        assert form.values() == {
            "day": "2026-12-01",
            "with_whom": "Dr. Lee",
            "notes": "Bring the list",
        }
