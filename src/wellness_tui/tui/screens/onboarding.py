"""First steps after the welcome: a name, where to start, a few small habits, the day's end.

Everything here is optional and can be changed later in settings.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Input, Select, Static

from wellness_tui.core.habit_factory import adopt_op
from wellness_tui.profile.ops import FinishWelcome, UpdateSettings
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.screens.settings import hour_label
from wellness_tui.tui.widgets.check_list import CheckList
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.text import literal
from wellness_tui.tui.widgets.text_input import TextInput

MAX_STARTER_HABITS = 3


class OnboardingScreen(WellnessScreen):
    FIRST_RUN = True
    CSS_PATH = "../styles/onboarding.tcss"
    BINDINGS = [
        Binding("ctrl+s", "done", "Done", id="onboarding.done"),
        Binding("escape", "done", "Done", id="onboarding.escape"),
    ]

    def compose(self) -> ComposeResult:
        library = self.ctx.library
        starters = list(
            {  # a habit shared by several modules is offered once
                h.id: (h.id, f"{h.title} ({h.target.describe()})")
                for m in library.modules
                for h in m.meta.habits[:1]
            }.values()
        )
        with ScrollBody(id="onboarding"):
            yield Static(literal("A few first choices", "bold"), id="onboarding-title")
            yield Static(
                literal(
                    "All optional, all changeable later in settings (,). Skip any of them; "
                    "escape or ctrl+s keeps what you chose and goes on.",
                    "dim",
                )
            )
            yield Static(
                literal("What should the app call you? (first name, optional)"), classes="question"
            )
            yield TextInput(placeholder="e.g. Sam", id="name")
            yield Static(
                literal("Where would you like to start? Pick any modules (space)."),
                classes="question",
            )
            yield CheckList([(m.id, m.title) for m in library.modules], id="focus")
            yield Static(
                literal("One to three small habits to begin with? (space)"),
                classes="question",
            )
            yield CheckList(starters, most=MAX_STARTER_HABITS, id="starters")
            yield Static(id="starter-note")
            yield Static(
                literal(
                    "When does your day end? Late nights still count for the day before until then."
                ),
                classes="question",
            )
            yield Select(
                [(literal(hour_label(h)), h) for h in range(12)],
                value=0,
                allow_blank=False,
                id="day-end",
                compact=True,
            )
            yield Static(
                literal(
                    "Kept a diary or habits in Daylio or Loop Habit Tracker? Your history can "
                    "come along (now, or later from settings)."
                ),
                classes="question",
            )
            yield Button("I have data from Daylio / Loop…", id="import-history", compact=True)
            with Horizontal(id="onboarding-buttons"):
                yield Button("Skip", id="skip")
                yield Button("Done", id="done", variant="primary")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()
        self.query_one("#starter-note").display = False

    @on(CheckList.Full, "#starters")
    def starters_full(self) -> None:
        note = self.query_one("#starter-note", Static)
        note.update(
            literal(
                "Starting small works best: up to three for now (space on a "
                "ticked one frees a place). You can add more any time.",
                "italic",
            )
        )
        note.display = True
        self.call_after_refresh(note.scroll_visible)

    @on(CheckList.Changed, "#starters")
    def starters_changed(self) -> None:
        self.query_one("#starter-note").display = False

    @on(Input.Submitted, "#name")
    def name_entered(self) -> None:
        self.query_one("#focus", CheckList).focus()

    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        """Keep whatever was chosen (nothing typed is ever thrown away), then go on."""
        name = self.query_one("#name", Input).value.strip()
        focus = self.query_one("#focus", CheckList).values
        starters = self.query_one("#starters", CheckList).values[:MAX_STARTER_HABITS]
        day_end = self.query_one("#day-end", Select).value
        self.ctx.apply(
            UpdateSettings(
                (
                    ("name", name),
                    ("focus_modules", focus),
                    ("day_end_hour", day_end if isinstance(day_end, int) else 0),
                )
            )
        )
        for habit_id in starters:
            op = adopt_op(self.ctx.library, self.ctx.profile, habit_id, self.ctx.today())
            if op is not None:
                self.ctx.apply(op)
        self._finish()

    @on(Button.Pressed, "#import-history")
    def import_history(self) -> None:
        from wellness_tui.tui.dialogs.import_form import open_import_form

        open_import_form(self, self.ctx)

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        self._finish()

    def _finish(self) -> None:
        self.ctx.apply(FinishWelcome())
        self.dismiss(None)
