"""A one-line text field that never replaces what is there by surprise.

Textual's Input selects all its text when it gets focus, so the first key
typed after tab replaces a name or a list of tags. Here the cursor goes to the
end instead and typing adds to the text.

In a profile open read-only, a field whose text is saved in the profile refuses
typing and says why once (typed words that could not be kept would be lost
without a word); fields for a file name or a search keep working.

It also shows control characters as their pictures (ESC as ␛) while keeping the
value exactly as stored: an escape sequence saved in a note must not reach the
terminal raw when the note is edited.
"""

from __future__ import annotations

import weakref
from typing import Any

from rich.text import Text
from textual.app import App
from textual.widget import Widget
from textual.widgets import Input

from wellness_tui.textsafe import visible

READ_ONLY_NOTE = "read-only: this profile cannot be changed here"
_told: weakref.WeakSet[App[object]] = weakref.WeakSet()
"""Apps that already said why typing is refused (once is enough, not once per field)."""


def profile_is_read_only(widget: Widget) -> bool:
    """Whether the app's profile is open read-only (a newer schema, a read-only copy)."""
    store = getattr(getattr(widget.app, "ctx", None), "store", None)
    return bool(store is not None and store.read_only)


class TextInput(Input):
    def __init__(self, value: str | None = None, *, saves: bool = True, **kwargs: Any) -> None:
        """`saves`: what is typed here is kept in the profile (False for a file name,
        a search, a word to confirm)."""
        kwargs.setdefault("select_on_focus", False)
        self.saves = saves
        self.refuses_typing = False  # set on mount (Input sets its value before)
        super().__init__(value, **kwargs)

    def on_mount(self) -> None:
        if self.saves and profile_is_read_only(self):
            self.refuses_typing = True
            self.border_subtitle = "read-only"

    def validate_value(self, value: str) -> str:
        # Every edit (a key, a paste, a deletion) sets the value: refused here at once.
        if self.refuses_typing and value != self.value:
            if self.app not in _told:
                _told.add(self.app)
                self.notify(
                    "This profile is open read-only: typing here cannot be saved, "
                    "so it is not taken.",
                    severity="warning",
                    markup=False,
                )
            return self.value
        return value

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
        from wellness_tui.textmerge import moved_offset  # difflib: not at every start

        cursor = moved_offset(self.value, value, self.cursor_position)
        refuses, self.refuses_typing = self.refuses_typing, False
        with self.prevent(Input.Changed):
            self.value = value
        self.refuses_typing = refuses
        self.cursor_position = cursor


class NumberInput(TextInput):
    """A field for a number (hours, an amount, 0-100): its old value is selected when
    it gets focus, so typing replaces it ("8" then "7" is 7, not 87). Free-text fields
    (TextInput) keep adding to what is there."""

    def __init__(self, value: str | None = None, **kwargs: Any) -> None:
        kwargs["select_on_focus"] = True
        super().__init__(value, **kwargs)
