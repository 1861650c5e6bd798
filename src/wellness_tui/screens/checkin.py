"""The daily check-in: mood, energy, sleep, a note and tags. Saved as you go."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from wellness_tui.checkin import LOW_MOOD
from wellness_tui.context import Context
from wellness_tui.profile.models import CheckIn
from wellness_tui.profile.ops import SetCheckIn
from wellness_tui.widgets.answer_area import AnswerArea
from wellness_tui.widgets.scale_picker import ScalePicker
from wellness_tui.widgets.text import literal

if TYPE_CHECKING:
    from wellness_tui.app import WellnessApp

LOW_MOOD_LINE = (
    "That sounds like a really heavy day. You do not have to carry it alone: "
    "ctrl+g shows people you can reach, at any hour."
)


def tags_from(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def parse_hours(text: str) -> float | None:
    """Hours slept from "7.5", "7,5" or "7h"; None if empty; ValueError if not hours."""
    cleaned = text.strip().lower().removesuffix("h").strip().replace(",", ".")
    if not cleaned:
        return None
    hours = float(cleaned)
    if not 0 <= hours <= 24:
        raise ValueError("hours between 0 and 24")
    return hours


class CheckInDialog(ModalScreen[None]):
    CSS_PATH = "../styles/checkin.tcss"
    BINDINGS = [
        Binding("escape", "close", "Close", id="checkin.close"),
        Binding("left_square_bracket", "other_day(-1)", "Day before", id="checkin.before"),
        Binding("right_square_bracket", "other_day(1)", "Day after", id="checkin.after"),
    ]

    def __init__(self, day: date) -> None:
        super().__init__()
        self.day = day

    @property
    def ctx(self) -> Context:
        return cast("WellnessApp", self.app).ctx

    def compose(self) -> ComposeResult:
        saved = self.ctx.profile.checkins.get(self.day) or CheckIn()
        with Vertical(id="checkin") as box:
            box.border_title = f"Check-in · {self.day:%A} {self.day.day} {self.day:%B}"
            with Grid(id="checkin-grid"):
                yield Static(literal("Mood"), classes="label")
                yield ScalePicker(1, 10, saved.mood, id="mood")
                yield Static(literal("Energy"), classes="label")
                yield ScalePicker(1, 10, saved.energy, id="energy")
                yield Static(literal("Slept (hours)"), classes="label")
                hours = "" if saved.sleep_hours is None else f"{saved.sleep_hours:g}"
                yield Input(hours, placeholder="e.g. 7.5", id="sleep", compact=True)
                yield Static(literal("Sleep quality"), classes="label")
                yield ScalePicker(1, 5, saved.sleep_quality, id="quality")
                yield Static(literal("Note"), classes="label")
                yield AnswerArea("note", saved.note, lambda _k, _t: self.save(), id="note")
                yield Static(literal("Tags"), classes="label")
                yield Input(
                    ", ".join(saved.tags), placeholder="e.g. work, walked", id="tags", compact=True
                )
            yield Static(literal(LOW_MOOD_LINE), id="low-mood")
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
        self.query_one("#mood", ScalePicker).focus()
        self._show_low_mood()
        self.query_one("#sleep-error").display = False

    def form(self) -> CheckIn | None:
        """The check-in as the form shows it, or None while the hours do not parse."""
        try:
            hours = parse_hours(self.query_one("#sleep", Input).value)
        except ValueError:
            return None
        return CheckIn(
            mood=self.query_one("#mood", ScalePicker).value,
            energy=self.query_one("#energy", ScalePicker).value,
            sleep_hours=hours,
            sleep_quality=self.query_one("#quality", ScalePicker).value,
            note=self.query_one("#note", AnswerArea).text,
            tags=tags_from(self.query_one("#tags", Input).value),
            updated=self.ctx.clock.now(),
        )

    def save(self) -> None:
        checkin = self.form()
        error = self.query_one("#sleep-error", Static)
        error.display = checkin is None
        if checkin is None:
            error.update(literal("Hours slept: a number from 0 to 24, like 7.5.", "bold"))
            return
        self.ctx.apply(SetCheckIn(self.day, checkin))

    @on(ScalePicker.Changed)
    def picked(self, event: ScalePicker.Changed) -> None:
        if event.picker.id == "mood":
            self._show_low_mood()
        if self.is_mounted:
            self.save()

    @on(Input.Changed)
    def typed(self, _event: Input.Changed) -> None:
        self.save()

    def _show_low_mood(self) -> None:
        mood = self.query_one("#mood", ScalePicker).value
        self.query_one("#low-mood").display = mood is not None and mood <= LOW_MOOD

    def action_other_day(self, step: int) -> None:
        """Fill in (or look at) a past day: the check-in of the day before or after."""
        day = self.day + timedelta(days=step)
        if day > self.ctx.today():
            self.notify("That is in the future.")
            return
        self.query_one("#note", AnswerArea).save_now()
        self.app.switch_screen(CheckInDialog(day))

    def action_close(self) -> None:
        self.query_one("#note", AnswerArea).save_now()
        self.dismiss(None)
