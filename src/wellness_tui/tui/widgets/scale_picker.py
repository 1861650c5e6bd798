"""Pick a number on a short scale (mood 1–10) with arrows or by typing it."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from wellness_tui.scales import Scale


class ScalePicker(Widget, can_focus=True):
    """Left/right change the value; digits set it (0 means 10); backspace clears it."""

    BINDINGS = [
        Binding("left,h", "step(-1)", "Less", show=False),
        Binding("right,l", "step(1)", "More", show=False),
        Binding("backspace,delete", "clear", "Clear", show=False),
    ]

    value: reactive[int | None] = reactive(None)

    class Changed(Message):
        def __init__(self, picker: ScalePicker, value: int | None) -> None:
            super().__init__()
            self.picker = picker
            self.value = value

    def __init__(self, low: int, high: int, value: int | None = None, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.low = low
        self.high = high
        self.set_reactive(ScalePicker.value, value)

    @classmethod
    def on_scale(cls, scale: Scale, value: int | None = None, **kwargs: str) -> ScalePicker:
        """A picker for one of the check-in's scales (scales.py)."""
        return cls(int(scale.low), int(scale.high), value, **kwargs)

    def render(self) -> Text:
        text = Text()
        for number in range(self.low, self.high + 1):
            chosen = number == self.value
            label = f"[{number}]" if chosen else f" {number} "
            style = ("reverse bold" if self.has_focus else "bold") if chosen else "dim"
            text.append(label, style=style)
        if self.value is None:
            text.append("   (not set)", style="dim italic")
        return text

    def on_key(self, event: events.Key) -> None:
        character = event.character
        if character and character.isdigit():
            number = int(character)
            if number == 0 and self.high >= 10:
                number = 10
            if self.low <= number <= self.high:
                self.value = number
                event.stop()

    def action_step(self, delta: int) -> None:
        if self.value is None:
            self.value = self.low if delta > 0 else self.high
        else:
            self.value = min(self.high, max(self.low, self.value + delta))

    def action_clear(self) -> None:
        self.value = None

    def watch_value(self, value: int | None) -> None:
        self.post_message(self.Changed(self, value))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
