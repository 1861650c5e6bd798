"""The daily check-in: mood, energy, sleep, a note and tags. Saved as you go."""

from __future__ import annotations

from datetime import date, timedelta

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from wellness_tui.core.checkin import LOW_MOOD
from wellness_tui.core.parse import ParseError, parse_hours, parse_tags
from wellness_tui.profile.models import CheckIn
from wellness_tui.profile.ops import SetCheckIn
from wellness_tui.scales import ENERGY, MOOD, SLEEP_QUALITY
from wellness_tui.tui.context import Context, host
from wellness_tui.tui.messages import ProfileReloaded
from wellness_tui.tui.widgets.answer_area import AnswerArea
from wellness_tui.tui.widgets.scale_picker import ScalePicker
from wellness_tui.tui.widgets.text import literal
from wellness_tui.tui.widgets.text_input import NumberInput, TextInput
from wellness_tui.validation import validate

LOW_MOOD_LINE = (
    "That sounds like a really heavy day. You do not have to carry it alone: "
    "ctrl+g shows people you can reach, at any hour."
)
THOUGHT_OFFER_LINE = (
    "If a heavy thought keeps coming back, a thought record can help you look at it, "
    "whenever you feel ready: ctrl+t (or later, Notebook → Thought records)."
)
"""Shown after LOW_MOOD_LINE, never instead of it: get-help always comes first."""


def _hours_text(hours: float | None) -> str:
    return "" if hours is None else f"{hours:g}"


class NoteArea(AnswerArea):
    """The check-in's note: escape closes the check-in at once, as its hint says (the
    note is saved first), instead of first leaving the note and then closing."""

    def action_stop_writing(self) -> None:
        self.save_now()
        screen = self.screen
        if isinstance(screen, CheckInDialog):
            screen.action_close()


class CheckInDialog(ModalScreen[None]):
    CSS_PATH = "../styles/checkin.tcss"
    BINDINGS = [
        Binding("escape", "close", "Close", id="checkin.close"),
        Binding("left_square_bracket", "other_day(-1)", "Day before", id="checkin.before"),
        Binding("right_square_bracket", "other_day(1)", "Day after", id="checkin.after"),
        Binding("ctrl+t", "thought_record", "Thought record", id="checkin.thought_record"),
    ]

    def __init__(self, day: date) -> None:
        super().__init__()
        self.day = day

    @property
    def ctx(self) -> Context:
        return host(self.app).ctx

    def compose(self) -> ComposeResult:
        saved = self.ctx.profile.checkins.get(self.day) or CheckIn()
        with Vertical(id="checkin") as box:
            box.border_title = f"Check-in · {self.day:%A} {self.day.day} {self.day:%B}"
            with Grid(id="checkin-grid"):
                yield Static(literal("Mood"), classes="label")
                yield ScalePicker.on_scale(MOOD, saved.mood, id="mood")
                yield Static(literal("Energy"), classes="label")
                yield ScalePicker.on_scale(ENERGY, saved.energy, id="energy")
                yield Static(literal("Slept (hours)"), classes="label")
                hours = _hours_text(saved.sleep_hours)
                yield NumberInput(hours, placeholder="e.g. 7.5", id="sleep", compact=True)
                yield Static(literal("Sleep quality"), classes="label")
                yield ScalePicker.on_scale(SLEEP_QUALITY, saved.sleep_quality, id="quality")
                yield Static(literal("Note"), classes="label")
                yield NoteArea("note", saved.note, self._save_note, id="note")
                yield Static(literal("Tags"), classes="label")
                yield TextInput(
                    ", ".join(saved.tags), placeholder="e.g. work, walked", id="tags", compact=True
                )
            yield Static(literal(LOW_MOOD_LINE), id="low-mood")
            yield Static(literal(THOUGHT_OFFER_LINE, "italic"), id="thought-offer")
            yield Static(id="sleep-error")
            yield Static(
                literal(
                    "10 = best for mood and energy, 5 = best for sleep. Arrows or a digit pick "
                    "a number (0 = 10). Saved as you go. tab: next · [ ]: another day · "
                    "escape: close",
                    "dim",
                ),
                id="checkin-keys",
            )

    def on_mount(self) -> None:
        saved = self.ctx.profile.checkins.get(self.day) or CheckIn()
        self._hours_at_open = saved.sleep_hours
        # What each text field showed at open, and the exact value behind it: a field
        # is saved only once the person changes its text, and going back to the text
        # shown saves the value exactly as it was (7.123456789, not 7.12346; the one
        # tag "work, late", not two).
        self._shown = {
            "sleep_hours": self.query_one("#sleep", Input).value,
            "tags": self.query_one("#tags", Input).value,
        }
        self._at_open: dict[str, object] = {
            "sleep_hours": saved.sleep_hours,
            "tags": list(saved.tags),
        }
        self._touched: set[str] = set()
        # The tags this window last showed or saved: the base of the next save, so a
        # tag added meanwhile elsewhere (checkin --tag) is kept, never dropped.
        self._tags_base = tuple(saved.tags)
        self.query_one("#mood", ScalePicker).focus()
        self._show_low_mood()
        self.query_one("#sleep-error").display = False

    def on_profile_reloaded(self, _message: ProfileReloaded) -> None:
        """A change saved meanwhile elsewhere (a shell command, another window) shows
        here at once; a field the person has changed in this dialog keeps what they
        typed, and the note keeps unsaved words (they are merged when saved)."""
        saved = self.ctx.profile.checkins.get(self.day) or CheckIn()
        scores: tuple[tuple[str, int | None], ...] = (
            ("mood", saved.mood),
            ("energy", saved.energy),
            ("quality", saved.sleep_quality),
        )
        for picker_id, score in scores:
            picker = self.query_one(f"#{picker_id}", ScalePicker)
            if picker.value != score:
                picker.set_reactive(ScalePicker.value, score)  # shown, not saved again
                picker.refresh()
        self._show_low_mood()
        texts = {
            "sleep_hours": ("#sleep", saved.sleep_hours, _hours_text(saved.sleep_hours)),
            "tags": ("#tags", list(saved.tags), ", ".join(saved.tags)),
        }
        for name, (selector, value, text) in texts.items():
            field = self.query_one(selector, Input)
            if name in self._touched or field.value != self._shown[name]:
                continue  # the person is changing this one: what they typed stays
            self._shown[name] = text
            self._at_open[name] = value
            if name == "sleep_hours":
                self._hours_at_open = saved.sleep_hours
            else:
                self._tags_base = tuple(saved.tags)
            if field.value != text:
                field.value = text
        self.query_one("#note", AnswerArea).show_saved(saved.note)

    def save_field(self, name: str, value: object) -> None:
        """Save one field as soon as it changes, merged into the day's check-in, so a
        change made meanwhile elsewhere (a shell command, another window) is kept."""
        partial = validate(CheckIn, {name: value, "updated": self.ctx.clock.now()})
        if name != "tags":
            self.ctx.apply(SetCheckIn(self.day, partial, merge=(name, "updated")))
            return
        base, self._tags_base = self._tags_base, tuple(partial.tags)
        self.ctx.apply(SetCheckIn(self.day, partial, merge=(name, "updated"), tags_base=base))

    def _hours_problem(self) -> str | None:
        try:
            parse_hours(self.query_one("#sleep", Input).value)
        except ParseError as err:
            return f"Hours slept: {err} (Not saved until then.)"
        return None

    @on(ScalePicker.Changed)
    def picked(self, event: ScalePicker.Changed) -> None:
        if event.picker.id == "mood":
            self._show_low_mood()
        fields = {"mood": "mood", "energy": "energy", "quality": "sleep_quality"}
        if self.is_mounted and event.picker.id in fields:
            self.save_field(fields[event.picker.id], event.value)

    def _unchanged(self, name: str, text: str) -> bool:
        """True when the field shows what it showed at open (then its value is kept
        exactly, and saved back only if an earlier edit had changed it)."""
        if not hasattr(self, "_shown"):
            return True  # still mounting: nothing was typed
        if text != self._shown[name]:
            self._touched.add(name)
            return False
        if name in self._touched:
            self._touched.discard(name)
            self.save_field(name, self._at_open[name])
        return True

    @on(Input.Changed, "#sleep")
    def hours_typed(self, event: Input.Changed) -> None:
        if self._unchanged("sleep_hours", event.value):
            self.query_one("#sleep-error").display = False
            return
        problem = self._hours_problem()
        error = self.query_one("#sleep-error", Static)
        error.display = problem is not None
        if problem is not None:
            error.update(literal(problem, "bold"))
            # Not a half-typed number either ("2" on the way to "25"): what was saved
            # when the dialog opened stays until the hours make sense.
            self.save_field("sleep_hours", self._hours_at_open)
            return
        self.save_field("sleep_hours", parse_hours(event.value))

    @on(Input.Changed, "#tags")
    def tags_typed(self, event: Input.Changed) -> None:
        if not self._unchanged("tags", event.value):
            self.save_field("tags", parse_tags(event.value))

    def _save_note(self, _key: str, text: str, base: str) -> None:
        partial = validate(CheckIn, {"note": text, "updated": self.ctx.clock.now()})
        self.ctx.apply(SetCheckIn(self.day, partial, merge=("note", "updated"), note_base=base))

    def _show_low_mood(self) -> None:
        mood = self.query_one("#mood", ScalePicker).value
        low = mood is not None and mood <= LOW_MOOD
        self.query_one("#low-mood").display = low
        self.query_one("#thought-offer").display = low

    def action_other_day(self, step: int) -> None:
        """Fill in (or look at) a past day: the check-in of the day before or after."""
        day = self.day + timedelta(days=step)
        if day > self.ctx.today():
            self.notify("That is in the future.")
            return
        self.query_one("#note", AnswerArea).save_now()
        self.app.switch_screen(CheckInDialog(day))

    def action_thought_record(self) -> None:
        """The gentle offer: close the check-in (everything is saved) and open a record."""
        from wellness_tui.tui.dialogs.worksheet_forms import open_thought_form

        self.action_close()
        open_thought_form(host(self.app))

    def action_close(self) -> None:
        self.query_one("#note", AnswerArea).save_now()
        problem = self._hours_problem()
        if problem is not None:
            self.notify(
                "Everything else is saved; the hours slept were not (not a number).",
                severity="warning",
            )
        self.dismiss(None)
