"""The first screen of a profile protected with a passphrase: a calm place to type it.

A small app of its own, run before the main one (launch.py): nothing of the profile
is read until the passphrase (or the recovery key) opens its key, so nothing of it
can show here. Get-help (ctrl+g / F1) is one key away, as everywhere: the crisis lines
show; the person's own safety plan is inside the locked profile, and the help screen
says so, unless they chose to keep it readable while locked (profile/safety_plan_file.py):
then one calm line says so, ctrl+r (or the button) shows it, and get-help shows it too.
Opening the key takes a deliberate second or two (scrypt), done in a thread
so the screen stays calm; after a few wrong tries, a short pause.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import Reactive
from textual.widgets import Button, Input, Static

from wellness_tui.profile import crypto
from wellness_tui.tui.context import Context
from wellness_tui.tui.screens.get_help import GetHelpScreen
from wellness_tui.tui.screens.readable_plan import ReadablePlanScreen, read_plan
from wellness_tui.tui.themes import DEFAULT_THEME, OWN_THEMES
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.text import literal

TRIES_BEFORE_PAUSE = 3
PAUSE_SECONDS = 3.0
LOCKED = "it is protected with a passphrase and not unlocked yet"
"""Why the stand-in store behind the get-help screen has no profile."""

INTRO = (
    "Your profile is protected with a passphrase. Type it below and press enter. "
    "You can paste your recovery key here instead."
)
HELP_LINE = "ctrl+g or F1: people you can reach now, at any hour — no passphrase needed."
WRONG = "That passphrase does not open your profile. Take your time and try again."
PAUSE = "Let's pause for a few seconds before the next try."
OPENING = "Opening your profile…"
PLAN_LINE = (
    "You chose to keep your safety plan readable while locked: ctrl+r shows it, "
    "no passphrase needed."
)

Opener = Callable[[str], crypto.Keys]


class UnlockApp(App[crypto.Keys | None]):
    """Returns the keys (app.return_value), or None when the person quits."""

    TITLE = "wellness-tui"
    CSS_PATH = ["styles/app.tcss", "styles/unlock.tcss"]
    ENABLE_COMMAND_PALETTE = False  # nothing to do here but unlock or get help
    theme: Reactive[str] = Reactive(DEFAULT_THEME)
    BINDINGS = [
        Binding("ctrl+g", "get_help", "Get help", priority=True, id="unlock.get_help"),
        Binding("f1", "get_help", "Get help", show=False, priority=True, id="unlock.get_help_f1"),
        Binding("ctrl+r", "read_plan", "My safety plan", priority=True, id="unlock.read_plan"),
        Binding("ctrl+q", "quit", "Quit", id="unlock.quit"),
    ]

    def __init__(self, ctx: Context, profile: Path, opener: Opener) -> None:
        super().__init__()
        self.ctx = ctx
        self.profile = profile
        self.opener = opener
        self.wrong = 0
        self.busy = False
        """A try is being checked, or the pause after a few wrong ones: enter waits."""
        self.plan = read_plan(profile)
        """The safety plan's readable copy, when the person chose to keep one."""
        for theme in OWN_THEMES:
            self.register_theme(theme)

    def compose(self) -> ComposeResult:
        with Vertical(id="unlock-body"):
            yield Static(literal("wellness-tui"), id="unlock-title")
            yield Static(literal(INTRO), id="unlock-intro")
            yield Input(
                password=True,
                placeholder="passphrase",
                id="passphrase",
                select_on_focus=False,
            )
            yield Static("", id="unlock-message")
            yield Static(literal(HELP_LINE), id="unlock-help")
            if self.plan is not None:
                yield Static(literal(PLAN_LINE), id="unlock-plan-line")
                yield Button("Read my safety plan", id="read-plan", compact=True)
        yield KeysFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "read_plan":  # no key shown when there is no plan to read
            return self.plan is not None and not isinstance(self.screen, ReadablePlanScreen)
        return True

    def on_mount(self) -> None:
        self.query_one("#passphrase", Input).focus()

    def action_get_help(self) -> None:
        if not isinstance(self.screen, GetHelpScreen):
            self.push_screen(GetHelpScreen(self.ctx, locked_plan=self.plan))

    def action_read_plan(self) -> None:
        if self.plan is not None and not isinstance(self.screen, ReadablePlanScreen):
            self.push_screen(ReadablePlanScreen(self.plan))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "read-plan":
            self.action_read_plan()

    def say(self, text: str) -> None:
        self.query_one("#unlock-message", Static).update(literal(text))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # The field keeps the focus while a try is checked or during the pause: were it
        # disabled, the focus would move on (to "Read my safety plan") and the next
        # keys typed, enter too, would land there.
        if self.busy:
            return
        typed = event.value
        if not typed:
            self.say("Type your passphrase, then press enter.")
            return
        self.busy = True
        event.input.value = ""  # what was typed is never kept, nor added to
        self.say(OPENING)
        self.run_worker(lambda: self._open(typed), thread=True, exclusive=True)

    def _open(self, typed: str) -> None:
        """In a thread: scrypt takes a deliberate second or two."""
        try:
            keys = self.opener(typed)
        except crypto.WrongPassphrase:
            self.call_from_thread(self._wrong)
            return
        except crypto.KeyMissing as err:
            self.call_from_thread(
                self._retry,
                f"The key file {err.path} is missing, so your passphrase cannot open the "
                "profile. Paste your recovery key here instead.",
            )
            return
        self.call_from_thread(self.exit, keys)

    def _wrong(self) -> None:
        self.wrong += 1
        if self.wrong % TRIES_BEFORE_PAUSE == 0:
            self.say(f"{WRONG} {PAUSE}")
            self.set_timer(PAUSE_SECONDS, lambda: self._retry(WRONG))
            return
        self._retry(WRONG)

    def _retry(self, message: str) -> None:
        """Ready for the next try (what was typed meanwhile stays, to be sent with enter)."""
        self.busy = False
        self.query_one("#passphrase", Input).focus()
        self.say(message)


def opener_for(profile: Path) -> Opener:
    """Opens the profile's key with what was typed: its passphrase, or its recovery key."""
    from wellness_tui.profile import protect

    def open_with(typed: str) -> crypto.Keys:
        if typed.strip().upper().startswith(crypto.RECOVERY_PREFIX):
            return crypto.from_recovery_key(typed)
        return protect.unlock(profile, typed)

    return open_with
