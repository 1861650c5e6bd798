"""Issue 13 in the app: what the check-in dialog saves (8)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from textual.command import Hit
from textual.content import Content

from tests.typing_helpers import OpenStore, present
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile.models import CheckIn
from wellness_tui.profile.ops import SetCheckIn
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import build_app
from wellness_tui.tui.dialogs.checkin import CheckInDialog

TODAY = date(2026, 11, 25)
STAMP = datetime(2026, 11, 1, 8, 0)


async def test_8_opening_and_closing_the_checkin_changes_nothing(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    days = [TODAY - timedelta(days=n) for n in range(3)]
    for day in days:
        odd = CheckIn(mood=4, sleep_hours=7.123456789, tags=["work, late"], updated=STAMP)
        store.apply(SetCheckIn(day, odd))
    assert store.flush()
    before = {day: store.profile.checkins[day] for day in days}
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CheckInDialog)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        await pilot.press("left_square_bracket")
        await pilot.pause()
        await pilot.press("right_square_bracket")
        await pilot.pause(0.7)
        await pilot.press("escape")
        await pilot.pause()
    assert store.close()
    assert {day: store.profile.checkins[day] for day in days} == before


async def test_8_the_dialog_saves_only_the_field_that_was_changed(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    odd = CheckIn(mood=4, sleep_hours=7.123456789, tags=["work, late"], updated=STAMP)
    store.apply(SetCheckIn(TODAY, odd))
    assert store.flush()
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("6")  # the mood only
        await pilot.pause(0.7)
        await pilot.press("escape")
        await pilot.pause()
    assert store.close()
    saved = store.profile.checkins[TODAY]
    assert saved.mood == 6
    assert saved.sleep_hours == 7.123456789 and saved.tags == ["work, late"]
    assert saved.updated != STAMP


# ----- 17: the command palette shows typed titles literally --------------------------------

MARKUP_TITLES = [
    "[@click=app.quit]quitme[/]",
    '[link="file:///etc/passwd"]linkme[/link]',
    "[/",
    "[b]boldme[/b] \u202e",
]


async def test_17_palette_titles_are_literal_and_never_run_actions(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from textual.command import CommandPalette

    from wellness_tui.profile.models import Habit
    from wellness_tui.profile.ops import AddHabit
    from wellness_tui.tui.palette import TypedTextCommands, literal_highlight

    store = open_store(profile_path)
    for n, title in enumerate(MARKUP_TITLES):
        store.apply(AddHabit(Habit(id=f"h{n}", title=title, created=TODAY)))
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"tick")
        from tests.ui.helpers import screen_text, until

        titles = ("[@click=app.quit]quitme[/]", '[link="file:///etc/passwd"]linkme[/link]')
        # The palette searches in the background: wait for the rows.
        await until(pilot, lambda: all(t in screen_text(app) for t in (*titles, "Tick: [/")))
        await pilot.press("escape")
        await pilot.pause()
        # Every way the palette renders a hit keeps the characters as typed.
        provider = TypedTextCommands(app.screen)
        hits = [hit async for hit in provider.search("quitme")]
        assert hits and isinstance(hits[0], Hit) and isinstance(hits[0].match_display, Content)
        assert hits[0].match_display.plain == "Tick: [@click=app.quit]quitme[/]"
        assert not any(span.style for span in hits[0].match_display.spans if "@click" in str(span))
        content = literal_highlight(provider.matcher("q"), "[/")
        assert content.plain == "[/"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"quitme")
        await until(pilot, lambda: "Tick: [@click=app.quit]quitme[/]" in screen_text(app))
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running  # not quit: the habit was ticked
    assert store.close()
    assert TODAY in present(store.profile.habit("h0")).done


# ----- 4: a newer-schema profile in the app ---------------------------------------------


async def test_4_a_read_only_profile_refuses_typing_and_says_changes_are_not_saved(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    import json

    from wellness_tui.tui.screens.lesson import LessonScreen
    from wellness_tui.tui.widgets.answer_area import AnswerArea

    from .helpers import screen_text

    store = open_store(profile_path)
    assert store.close()
    data = json.loads(profile_path.read_text())
    data["schema_version"] = 99
    profile_path.write_text(json.dumps(data))
    before = profile_path.read_bytes()
    store = open_store(profile_path)
    assert store.read_only
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        area = app.screen.query_one(AnswerArea)
        area.focus()
        await pilot.press(*"morning light")
        await pilot.pause()
        assert area.read_only, area.border_subtitle
        assert area.text == ""  # typing refused, not silently dropped later
        assert "read-only" in screen_text(app)
        assert "saved as you type" not in screen_text(app)
        app.ctx.apply(SetCheckIn(TODAY, CheckIn(mood=5)))  # a pick or a tick
        await pilot.pause()
        assert any("Not saved" in str(n.message) for n in app._notifications)
    store.close()
    assert profile_path.read_bytes() == before


# ----- 15: whatever stops the profile from opening, get-help still opens ---------------------


async def test_15_an_unopenable_profile_still_opens_the_app_to_get_help(
    tmp_path: Path, library: Library, clock: FixedClock
) -> None:
    import os

    from tests.ui.test_get_help_everywhere import _danger_shown
    from wellness_tui.tui.launch import open_store

    from .helpers import screen_text

    fifo = tmp_path / "d" / "p.json"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    store, problem, _ = open_store(fifo)
    assert problem is not None and "named pipe" in problem
    assert store.read_only
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert "Your profile could not be opened" in " ".join(screen_text(app).split())
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert _danger_shown(app)
    assert store.close()
    assert sorted(p.name for p in fifo.parent.iterdir()) == ["p.json"]


# ----- 1: text changed in another window ------------------------------------------------


async def test_1_text_from_another_window_is_merged_and_the_cursor_stays(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.profile.ops import SetAnswer
    from wellness_tui.tui.screens.lesson import LessonScreen
    from wellness_tui.tui.widgets.answer_area import AnswerArea

    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        area = app.screen.query_one(AnswerArea)
        area.focus()
        await pilot.press(*"morning light")
        await pilot.pause(0.8)  # saved
        # Another window, which had shown the same text, adds a line; this window
        # keeps typing in the middle of its own words.
        other = open_store(profile_path)
        base = other.profile.answers[area.key].text
        assert base == "morning light"
        other.apply(SetAnswer(area.key, base + "\nand tea", clock.now(), base=base))
        assert other.close()
        area.move_cursor((0, 7))
        await pilot.press(*" sun")
        # This window's save merges with the other's; the merged text then comes back
        # to the screen. On a loaded machine (CI, two workers) that can take a while:
        # wait for it, up to a few seconds, rather than a fixed second.
        for _ in range(50):
            await pilot.pause(0.1)
            app.look_for_changes()
            if area.text == "morning sun light\nand tea":
                break
        assert area.text == "morning sun light\nand tea"
        assert area.cursor_location == (0, 11)  # where the person was typing
    assert store.close()
    assert store.profile.answers[area.key].text == "morning sun light\nand tea"


async def test_4_every_field_kept_in_a_read_only_profile_refuses_typing_and_says_so(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """One-line fields, form text areas and the scripts' blanks refuse typing (with one
    plain word why) instead of taking words that are then dropped; a file name still
    takes typing."""
    import json

    from textual.widgets import TextArea

    from wellness_tui.tui.dialogs.form import Field, FormDialog
    from wellness_tui.tui.dialogs.prompt import PromptDialog
    from wellness_tui.tui.screens.scripts import ScriptScreen
    from wellness_tui.tui.widgets.text_input import READ_ONLY_NOTE, TextInput

    from .helpers import screen_text

    store = open_store(profile_path)
    assert store.close()
    data = json.loads(profile_path.read_text())
    data["schema_version"] = 99
    profile_path.write_text(json.dumps(data))
    before = profile_path.read_bytes()
    store = open_store(profile_path)
    assert store.read_only
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.push_screen(PromptDialog("A short note", "walked"))
        await pilot.pause()
        await pilot.press(*" far", "backspace", "backspace")
        note = app.screen.query_one(TextInput)
        assert note.value == "walked"
        assert note.border_subtitle == "read-only" and "read-only" in screen_text(app)
        assert any("read-only" in str(n.message) for n in app._notifications)
        await pilot.press("escape")
        await pilot.pause()

        fields = [Field("name", "Name", value="Sam"), Field("notes", "Notes", kind="text")]
        app.push_screen(FormDialog("Edit person", fields))
        await pilot.pause()
        await pilot.press(*"my ")
        await pilot.press("tab", *"long note")
        await pilot.pause()
        assert app.screen.query_one("#field-name", TextInput).value == "Sam"
        assert app.screen.query_one("#field-notes", TextArea).text == ""
        assert READ_ONLY_NOTE in screen_text(app)
        told = [n for n in app._notifications if "typing here cannot be saved" in str(n.message)]
        assert len(told) == 1  # said once, not once per field
        await pilot.press("escape")
        await pilot.pause()

        app.push_screen(ScriptScreen(library.scripts[0]))
        await pilot.pause()
        await pilot.press(*"Sam")
        await pilot.pause()
        assert all(blank.value == "" for blank in app.screen.query(TextInput))
        assert "saved as you type" not in screen_text(app)

        # A file name is not kept in the profile: it still takes typing.
        app.push_screen(PromptDialog("Save to which file?", "", saves=False))
        await pilot.pause()
        await pilot.press(*"words.txt")
        assert app.screen.query_one(TextInput).value == "words.txt"
    store.close()
    assert profile_path.read_bytes() == before


# ----- 10: a folder another account can write ---------------------------------------------


async def test_10_a_shared_folder_asks_in_the_app_with_get_help_at_hand(
    tmp_path: Path, library: Library, clock: FixedClock
) -> None:
    import os

    from tests.ui.test_get_help_everywhere import _danger_shown
    from wellness_tui.tui.dialogs.shared_folder import SharedFolderDialog, move_steps
    from wellness_tui.tui.launch import open_store

    from .helpers import screen_text

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o770)
    profile = shared / "p.json"
    for choice, chosen_anyway in (("q", False), ("u", True)):
        store, problem, refused = open_store(profile)
        assert refused is not None and problem is not None
        app = build_app(store, library, clock)
        app.shared_folder = refused
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, SharedFolderDialog)
            # The dialog's own lines (between its borders): how its words wrap depends
            # on the length of the temporary folder's path.
            inside = [
                line.split("│")[1] for line in screen_text(app).splitlines() if line.count("│") == 2
            ]
            text = " ".join(" ".join(inside).split())
            assert "which can be written by its group" in text
            assert "Nothing has been read or changed yet" in text
            await pilot.press("ctrl+g")
            await pilot.pause()
            assert _danger_shown(app)
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("m")
            await pilot.pause()
            assert "To keep your notes private" in screen_text(app)
            assert app.screen.query_one("#move").display
            await pilot.press(choice)
            await pilot.pause()
        assert app.use_shared_anyway is chosen_anyway
        assert store.close()
        assert os.listdir(shared) == []  # nothing read, written or locked there
    steps = move_steps(profile, shared, tmp_path / "mine")
    assert "WELLNESS_TUI_SHARED_FOLDER_OK=1" in steps and "--profile" in steps
    # "Use it anyway" opens the real profile (what launch() does next).
    store, problem, refused = open_store(profile, allow_shared=True)
    assert problem is None and refused is None and not store.read_only
    assert "you chose to use it anyway" in store.notices[0]
    assert store.close()


async def test_1_a_window_and_another_typing_at_the_end_for_five_rounds_keep_every_word(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """The acceptance run in one process: another window (a second store on the file)
    adds words at the end and saves; this window, not yet refreshed, types its own words
    at the end too and saves; then it shows the merged text. Five rounds: every word is
    kept, each window's words in the order typed, none glued together, and no "both
    versions" block is needed."""
    from wellness_tui.profile.ops import SetAnswer
    from wellness_tui.textmerge import CONFLICT_LINE
    from wellness_tui.tui.screens.lesson import LessonScreen
    from wellness_tui.tui.widgets.answer_area import AnswerArea

    store = open_store(profile_path)
    app = build_app(store, library, clock, watch_seconds=3600)  # refreshed only below
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        area = app.screen.query_one(AnswerArea)
        area.focus()
        for n in range(5):
            other = open_store(profile_path)
            shown = (
                other.profile.answers[area.key].text if area.key in other.profile.answers else ""
            )
            other.apply(SetAnswer(area.key, shown + f"b{n} ", clock.now(), base=shown))
            assert other.close()
            await pilot.press(*f"a{n} ")
            area.save_now()
            assert store.flush()
            app.look_for_changes()  # the app's watch: the merged text comes to the screen
            for _ in range(50):
                await pilot.pause(0.05)
                if f"b{n}" in area.text:
                    break
            assert f"b{n}" in area.text
    assert store.close()
    final = ProfileStore(profile_path, clock).profile.answers[area.key].text
    words = final.split()
    assert sorted(words) == sorted([f"a{n}" for n in range(5)] + [f"b{n}" for n in range(5)])
    assert [w for w in words if w[0] == "a"] == [f"a{n}" for n in range(5)], final
    assert [w for w in words if w[0] == "b"] == [f"b{n}" for n in range(5)], final
    assert CONFLICT_LINE not in final


async def test_1_script_blanks_from_another_window_are_merged_on_screen(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """Things to say, saved as you type: another window's words in one blank show here
    (and are kept) while this window types in another; the cursor stays put."""
    from wellness_tui.profile.ops import SetScript
    from wellness_tui.tui.screens.scripts import ScriptScreen
    from wellness_tui.tui.widgets.text_input import TextInput

    script = library.scripts[0]
    first, second = (blank.id for blank in script.blanks[:2])
    store = open_store(profile_path)
    app = build_app(store, library, clock, watch_seconds=3600)
    async with app.run_test(size=(100, 40)) as pilot:
        await app.push_screen(ScriptScreen(script))
        await pilot.pause()
        mine = app.screen.query_one(f"#blank-{first}", TextInput)
        mine.focus()
        await pilot.press(*"Sam")
        assert store.flush()
        other = open_store(profile_path)
        shown = tuple(other.profile.scripts[script.id].items())
        other.apply(SetScript(script.id, ((first, "Sam"), (second, "a walk")), base=shown))
        assert other.close()
        await pilot.press(*"my")  # typed before this window saw the other's change
        app.look_for_changes()
        theirs = app.screen.query_one(f"#blank-{second}", TextInput)
        for _ in range(50):
            await pilot.pause(0.05)
            if theirs.value == "a walk":
                break
        assert (mine.value, theirs.value) == ("Sammy", "a walk")
        assert mine.cursor_position == len("Sammy") and app.focused is mine
    assert store.close()
    assert ProfileStore(profile_path, clock).profile.scripts[script.id] == {
        first: "Sammy",
        second: "a walk",
    }


async def test_1_checkin_tags_being_typed_keep_a_tag_the_shell_added(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from textual.widgets import Input

    store = open_store(profile_path)
    app = build_app(store, library, clock, watch_seconds=3600)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.push_screen(CheckInDialog(TODAY))
        await pilot.pause()
        tags = app.screen.query_one("#tags", Input)
        tags.focus()
        await pilot.press(*"work")
        assert store.flush()
        shell = open_store(profile_path)  # `checkin --tag late` meanwhile
        later = CheckIn(tags=["late"], updated=STAMP)
        shell.apply(SetCheckIn(TODAY, later, merge=("tags",), append=("tags",)))
        assert shell.close()
        await pilot.press(*", walked")  # this window has not seen it yet
        await pilot.pause()
    assert store.close()
    saved = ProfileStore(profile_path, clock).profile.checkins[TODAY]
    assert saved.tags == ["work", "walked", "late"]
