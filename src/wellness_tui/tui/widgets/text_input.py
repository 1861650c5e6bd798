"""A one-line text field that never replaces what is there by surprise.

Textual's Input selects all its text when it gets focus, so the first key
typed after tab replaces a name or a list of tags. Here the cursor goes to the
end instead and typing adds to the text.

It also shows control characters as their pictures (ESC as ␛) while keeping the
value exactly as stored: an escape sequence saved in a note must not reach the
terminal raw when the note is edited.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Input

from wellness_tui.textsafe import visible


class TextInput(Input):
    def __init__(self, value: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(value, **kwargs)

    @property
    def _value(self) -> Text:
        # Input draws its text from this property (Textual is pinned exactly). The
        # pictures are one character each, so the cursor stays in step with the value.
        if self.password:
            return super()._value
        return Text(visible(self.value), no_wrap=True, overflow="ignore", end="")

    def show_saved(self, value: str) -> None:
        """Show a value saved elsewhere (another window's change merged with this
        one's) without a Changed event, the cursor staying where the person was typing."""
        if value == self.value:
            return
        cursor = self.cursor_position
        with self.prevent(Input.Changed):
            self.value = value
        self.cursor_position = min(cursor, len(value))


class NumberInput(TextInput):
    """A field for a number (hours, an amount, 0-100): its old value is selected when
    it gets focus, so typing replaces it ("8" then "7" is 7, not 87). Free-text fields
    (TextInput) keep adding to what is there."""

    def __init__(self, value: str | None = None, **kwargs: Any) -> None:
        kwargs["select_on_focus"] = True
        super().__init__(value, **kwargs)
