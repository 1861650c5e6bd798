"""The Textual app: modes, global keys, and the link to the profile store.

Built by `build_app(store, library, clock)`; the tests use the same factory
with a temporary profile, a small content folder and a fixed clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import Provider
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.reactive import Reactive
from textual.screen import Screen

from wellness_tui import paths
from wellness_tui.clock import Clock, SystemClock
from wellness_tui.library import Library
from wellness_tui.profile.store import (
    ChangedOnDisk,
    ProfileStore,
    Saved,
    SaveFailed,
    SharedFolder,
    StoreEvent,
    StoreNotice,
)
from wellness_tui.textsafe import shortened_middle, visible
from wellness_tui.tui.context import Context
from wellness_tui.tui.key_order import KeyOrder
from wellness_tui.tui.messages import DayChanged, ProfileReloaded, StoreReported
from wellness_tui.tui.screens import lazy
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.screens.today import TodayScreen
from wellness_tui.tui.themes import DEFAULT_THEME, OWN_THEMES
from wellness_tui.words import sentence


def _typed_text_commands() -> type[Provider]:
    """The palette's habits, modules and lessons, shown literally (palette.py)."""
    from wellness_tui.tui.palette import TypedTextCommands

    return TypedTextCommands


def _worksheet_commands() -> type[Provider]:
    """Saved worksheets in the command palette (imported when the palette first opens)."""
    from wellness_tui.tui.palette import WorksheetCommands

    return WorksheetCommands


NOTIFY_LIMIT = 200
"""The most characters a toast shows (about five lines of a toast at 80 columns)."""
WATCH_SECONDS = 2.0
"""How often the app looks for changes by other processes and for a new day."""
PREPARE_SECONDS = 1.0
HANGUP_SAVE_SECONDS = 0.4
NOT_SAVED_EVERY = 5.0
"""How long a hangup waits for the last save (twice: the flush, then the writer)."""
"""When the store prepares for the first save (validators built off the UI thread),
once Today is on screen."""


class WellnessApp(App[None]):
    TITLE = "wellness-tui"
    # Today's styles are read with the app's: a screen's own CSS_PATH would make
    # Textual parse every style sheet again when the first screen opens (~3 ms).
    CSS_PATH = ["styles/app.tcss", "styles/today.tcss"]
    # Our calm theme is the default from the start: choosing it after start-up would
    # parse and apply all the CSS again.
    theme: Reactive[str] = Reactive(DEFAULT_THEME)
    # Sections other than Today are imported when first opened, not at start-up.
    MODES = {
        "today": TodayScreen,
        "modules": lazy.modules,
        "habits": lazy.habits,
        "progress": lazy.progress,
        "notebook": lazy.notebook,
    }
    DEFAULT_MODE = "today"
    BINDINGS = [
        Binding("ctrl+g", "get_help", "Get help", priority=True, id="app.get_help"),
        Binding("f1", "get_help", "Get help", show=False, priority=True, id="app.get_help_f1"),
        # The sections are shown in the bar at the top of each main screen.
        Binding("t", "switch_mode('today')", "Today", show=False, id="app.today"),
        Binding("m", "switch_mode('modules')", "Modules", show=False, id="app.modules"),
        Binding("h", "switch_mode('habits')", "Habits", show=False, id="app.habits"),
        Binding("r", "switch_mode('progress')", "Progress", show=False, id="app.progress"),
        Binding("b", "switch_mode('notebook')", "Notebook", show=False, id="app.notebook"),
        Binding("j", "nav(1)", "Down", show=False, id="app.down"),
        Binding("k", "nav(-1)", "Up", show=False, id="app.up"),
        Binding("question_mark", "help", "Help", show=False, id="app.help"),
        Binding("comma", "settings", "Settings", show=False, id="app.settings"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, ctx: Context, watch_seconds: float = WATCH_SECONDS) -> None:
        super().__init__()
        self.ctx = ctx
        self.watch_seconds = watch_seconds
        self._day: date = ctx.today()
        self.deleted: list[Path] | None = None
        """Set when the user deleted all their data (launch() says so after exit)."""
        self.crash: BaseException | None = None
        """An unexpected error that ended the app (launch() logs it privately)."""
        self.shared_folder: SharedFolder | None = None
        """Set by launch() when the profile's folder can be changed by another account:
        the app then asks first (dialogs/shared_folder.py), with get-help at hand."""
        self.use_shared_anyway = False
        """The person chose to use that folder anyway: launch() opens the profile."""
        # Chosen before the first paint: switching theme after mount would parse and
        # apply all the CSS a second time (about 60 ms at every start).
        for theme in OWN_THEMES:
            self.register_theme(theme)
        wanted = ctx.profile.settings.theme
        if wanted != DEFAULT_THEME:
            self.theme = wanted if wanted in self.available_themes else DEFAULT_THEME
        if ctx.profile.settings.reduced_motion:
            self.animation_level = "none"
        # Textual made the stylesheet's variables before our themes were registered, so
        # from its own default theme; made again from the theme chosen before anything is
        # parsed, the first screen's styles are its final ones (screens/base.py: Textual
        # would otherwise parse all the CSS twice more on the way to Today, ~15 ms).
        self.stylesheet.set_variables(self.get_css_variables())
        self._key_order = KeyOrder(self)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Compose):
            # The app's own styles (its colours) before the first screen's widgets are
            # styled from them: Textual's second reading of the CSS did it, which the
            # stylesheet made from the right theme at once no longer needs (__init__).
            self.stylesheet.apply(self)
        # Keys of a burst one at a time, so none lands in a field that was about to
        # lose focus (key_order.py).
        if self._key_order.route_now(event):
            await super().on_event(event)

    def on_mount(self) -> None:
        self.call_after_refresh(_collect_garbage_again)
        self.ctx.store.listener = self._store_reported
        self.ctx.not_saved = self._say_not_saved
        self.set_interval(self.watch_seconds, self.look_for_changes)
        self.set_timer(PREPARE_SECONDS, self.ctx.store.prepare_writer)
        self.set_timer(PREPARE_SECONDS, _import_get_help)
        if self.shared_folder is not None:
            self._ask_about_shared_folder(self.shared_folder)
        else:
            for notice in self.ctx.store.notices:
                self.notify(notice, severity="warning", timeout=30, markup=False)
        if not self.ctx.profile.welcomed:
            self.push_screen(lazy.welcome())
        if not self.is_headless:
            self._save_on_hangup()

    def _ask_about_shared_folder(self, refused: SharedFolder) -> None:
        from wellness_tui.tui.dialogs.shared_folder import Choice, SharedFolderDialog

        def chosen(choice: Choice | None) -> None:
            self.use_shared_anyway = choice == "anyway"
            self.exit()

        dialog = SharedFolderDialog(refused.path, refused.folder, refused.why, paths.data_dir())
        self.push_screen(dialog, chosen)

    def _say_not_saved(self) -> None:
        """A change in a read-only profile: say so (at most every few seconds)."""
        import time

        now = time.monotonic()
        if now - getattr(self, "_said_not_saved", -NOT_SAVED_EVERY) < NOT_SAVED_EVERY:
            return
        self._said_not_saved = now
        reason = self.ctx.store.read_only_reason or "this profile is open read-only"
        self.notify(
            f"Not saved: {reason}. This profile is open read-only, so what you change "
            "here is shown but not kept.",
            severity="warning",
            timeout=10,
            markup=False,
        )

    def _save_on_hangup(self) -> None:
        """A closed terminal (SIGHUP) or a polite kill (SIGTERM) still saves every draft."""
        if sys.platform == "win32":
            return
        # SIGHUP by a plain signal handler, not the event loop's: the loop itself may be
        # stuck handing a repaint to Textual's output thread, which is stuck writing to
        # the dead terminal; a plain handler still runs in the main thread then.
        signal.signal(signal.SIGHUP, lambda _signal, _frame: self._hung_up())
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, self._terminated)

    def _save_before_leaving(self) -> bool:
        self.save_drafts()
        saved = self.ctx.store.close(timeout=HANGUP_SAVE_SECONDS, checkpoint=False)
        if not saved:
            saved = self.ctx.store.save_elsewhere(paths.fallback_folders()) is not None
        return saved

    def _hung_up(self) -> None:
        """The terminal is gone: save every draft and end now, writing nothing more to
        it. (Textual's own shutdown waits on its output thread, which may be stuck
        writing to the dead terminal: the process could live on for ever.) A watchdog
        ends the process after HANGUP_SAVE_SECONDS whatever the save is waiting for."""
        watchdog = threading.Timer(HANGUP_SAVE_SECONDS, os._exit, args=(1,))
        watchdog.daemon = True
        watchdog.start()
        saved = self._save_before_leaving()
        os._exit(0 if saved else 1)

    def _terminated(self) -> None:
        """A polite kill: save, then leave the terminal as it was, within a second."""
        saved = self._save_before_leaving()
        watchdog = threading.Timer(HANGUP_SAVE_SECONDS, os._exit, args=(0 if saved else 1,))
        watchdog.daemon = True
        watchdog.start()
        self.exit()

    # ----- the store and the clock ----------------------------------------------------

    def _store_reported(self, event: StoreEvent) -> None:
        # Called on the writer thread; post_message is thread-safe. A plain "saved"
        # (each tick's) has nothing to show: the screen's loop is not woken for it.
        if isinstance(event, Saved) and not event.message:
            return
        self.post_message(StoreReported(event))

    def on_store_reported(self, message: StoreReported) -> None:
        event = message.event
        if isinstance(event, SaveFailed):
            self.notify(event.message, severity="error", timeout=10, markup=False)
        elif isinstance(event, StoreNotice | Saved) and event.message:
            self.notify(event.message, severity="warning", timeout=20, markup=False)
        elif isinstance(event, ChangedOnDisk) and self.ctx.store.take_refresh():
            self._tell_screen(ProfileReloaded())

    def _tell_screen(self, message: Message) -> None:
        """To the screen shown, if any: a report may arrive while the app is closing and
        its screens are gone."""
        if self.screen_stack:
            self.screen.post_message(message)

    def look_for_changes(self) -> None:
        """Changes made by other processes, and a new day after the day-end hour."""
        self.ctx.store.check_for_changes()
        today = self.ctx.today()
        if today != self._day:
            self._day = today
            self._tell_screen(DayChanged())

    def on_app_focus(self) -> None:
        # Timers lag after a laptop sleeps: look again as soon as the user is back.
        self.look_for_changes()

    def watch_theme(self, theme: str) -> None:
        """A theme chosen anywhere (settings, the command palette) is saved at once."""
        if self.is_running and theme != self.ctx.profile.settings.theme:
            from wellness_tui.profile.ops import UpdateSettings

            self.ctx.apply(UpdateSettings((("theme", theme),)))

    # ----- unexpected errors ------------------------------------------------------------

    def _handle_exception(self, error: Exception) -> None:
        self.crash = error
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        # Textual's default prints a traceback with local variables, which could
        # show a user's private notes on the terminal. launch() writes the
        # traceback, without locals, to an owner-only crash log instead.
        # (Private Textual API: Textual is pinned exactly and a test covers this.)
        self.bell()
        self._close_messages_no_wait()

    # ----- global actions -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The welcome comes first: no switching sections from under it.
        welcome = isinstance(self.screen, WellnessScreen) and self.screen.FIRST_RUN
        return not (action == "switch_mode" and welcome)

    async def action_switch_mode(self, mode: str) -> None:
        """t m h r b open a section from every screen: pressed inside a lesson of the
        section already shown, they go back to the section's own screen."""
        if mode == self.current_mode:
            self.back_to_section()
            return
        await super().action_switch_mode(mode)

    def back_to_section(self) -> None:
        """Close the full screens opened over the section (saving their drafts)."""
        stack = self.screen_stack
        if len(stack) < 2 or not all(isinstance(s, WellnessScreen) for s in stack[1:]):
            return  # a dialog is open: it is closed by its own keys
        for screen in reversed(stack[1:]):
            save = getattr(screen, "save_drafts", None)
            if callable(save):
                save()
            self.pop_screen()

    def action_nav(self, step: int) -> None:
        """j / k move like the arrow keys in lists, and scroll elsewhere."""
        focused = self.focused
        if focused is None:
            return
        cursor = getattr(focused, "action_cursor_down" if step > 0 else "action_cursor_up", None)
        if callable(cursor):
            cursor()
        elif focused.allow_vertical_scroll:
            (focused.scroll_down if step > 0 else focused.scroll_up)()

    def action_help(self) -> None:
        from wellness_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(lazy.help())

    def action_settings(self) -> None:
        from wellness_tui.tui.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(lazy.settings())

    # ----- the command palette ----------------------------------------------------------

    # Providers whose titles quote typed text (shown literally), imported on first use.
    COMMANDS = App.COMMANDS | {_typed_text_commands, _worksheet_commands}

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Only the program's own entries: none of Textual's developer ones ("Keys",
        "Maximize", "Screenshot", its theme list)."""
        from wellness_tui.tui.palette import palette_commands

        yield from palette_commands(self)
        yield SystemCommand("Quit", "Save everything and close the app (q)", self.action_quit)

    def open_screen(self, make: Callable[[], Screen[None]]) -> None:
        """Open a screen made by one of the factories in screens/lazy.py."""
        self.push_screen(make())

    def open_module(self, module_id: str) -> None:
        from wellness_tui.tui.screens.module import ModuleScreen

        self.push_screen(ModuleScreen(module_id))

    def open_lesson(self, lesson_id: str) -> None:
        from wellness_tui.tui.screens.lesson import LessonScreen

        self.push_screen(LessonScreen(lesson_id))

    def action_checkin(self) -> None:
        from wellness_tui.tui.dialogs.checkin import CheckInDialog

        self.push_screen(CheckInDialog(self.ctx.today()))

    def action_write_report(self) -> None:
        from wellness_tui.tui.dialogs.report_form import open_report_form

        open_report_form(self.screen, self.ctx)

    def action_import_history(self) -> None:
        from wellness_tui.tui.dialogs.import_form import open_import_form

        open_import_form(self.screen, self.ctx)

    def tick_habit(self, habit_id: str) -> None:
        from wellness_tui.core import habit_changes

        habit = self.ctx.profile.habit(habit_id)
        if habit is None:
            return
        if habit.target.measurable:
            self.switch_mode("today")
            self.notify("That habit is measured: enter the amount on Today (space).")
            return
        change = habit_changes.toggle(habit, self.ctx.today())
        self.ctx.change_habit(habit_id, change.ops, change.label)
        self.notify(change.message, markup=False)
        self.screen.post_message(ProfileReloaded())

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        # Every notification passes here (screens and widgets call the app's), and
        # many quote what the person typed (a title, a file path): control characters
        # are shown as their pictures, never sent to the terminal raw.
        # A toast reads as a sentence ("mood: ..." is shown "Mood: ..."), and one quoting
        # very long text (a 5,000-character title) is shortened, so it never covers the
        # screen; what was saved stays exact.
        super().notify(
            sentence(shortened_middle(visible(message), NOTIFY_LIMIT)),
            title=visible(title),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )

    def action_get_help(self) -> None:
        from wellness_tui.tui.screens.get_help import GetHelpScreen

        if not isinstance(self.screen, GetHelpScreen):
            self.push_screen(GetHelpScreen(self.ctx))

    def save_drafts(self) -> None:
        """Save every unsaved answer on every open screen."""
        from wellness_tui.tui.widgets.answer_area import AnswerArea

        # Screens of other modes saved theirs when they were suspended.
        for screen in self.screen_stack:
            save = getattr(screen, "save_drafts", None)
            if callable(save):
                save()
            # Text areas in dialogs too (the check-in's note), typed a moment ago and
            # not yet saved by the pause after typing.
            for area in screen.query(AnswerArea):
                area.save_now()

    def delete_everything(self) -> None:
        """Remove every file the app made for this profile, then quit."""
        store = self.ctx.store
        if store.keys is not None:
            # A timed unlock (`wellness-tui unlock --for`) holds this profile's keys in
            # its agent's memory: it is ended too, not left running until its time is up.
            from wellness_tui.shell import agent

            with contextlib.suppress(OSError, agent.NotPrivate):
                agent.lock(store.path)
        self.deleted = store.delete_all(own_folder=paths.data_dir())
        self.exit()

    async def action_quit(self) -> None:
        self.save_drafts()
        self.exit()


def _import_get_help() -> None:
    """The get-help screen's module, once Today is on screen: not needed for the first
    frame (~3 ms), and then at hand before ctrl+g is likely (it imports it if not)."""
    importlib.import_module("wellness_tui.tui.screens.get_help")


def _collect_garbage_again() -> None:
    """After the first paint: launch() paused the garbage collector for start-up."""
    if not gc.isenabled():
        # What start-up made lives as long as the app: later collections skip it.
        gc.freeze()
        gc.enable()


def build_app(
    store: ProfileStore,
    library: Library,
    clock: Clock | None = None,
    *,
    watch_seconds: float = WATCH_SECONDS,
) -> WellnessApp:
    context = Context(store=store, library=library, clock=clock or SystemClock())
    return WellnessApp(context, watch_seconds=watch_seconds)
