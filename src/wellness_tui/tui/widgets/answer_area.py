"""A text area for a reflection answer that never loses what was typed.

The text is saved about half a second after typing stops, when the area
loses focus, and when it leaves the screen. Escape stops writing (the text
stays); it never discards anything.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import TextArea

from wellness_tui.textmerge import merge3, moved_offset
from wellness_tui.textsafe import visible
from wellness_tui.tui.widgets.text_input import READ_ONLY_NOTE, profile_is_read_only

SAVE_AFTER_SECONDS = 0.5


def _offset(text: str, row: int, column: int) -> int:
    """A (row, column) location as an index into the text (lines end with "\n": other
    control characters are shown as pictures)."""
    return sum(len(line) + 1 for line in text.split("\n")[:row]) + column


def _location(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n"), offset - (before.rfind("\n") + 1)


class AnswerArea(TextArea):
    BINDINGS = [Binding("escape", "stop_writing", "Stop writing", id="answer.stop")]

    def __init__(
        self, key: str, text: str, save: Callable[[str, str, str], None], **kwargs: object
    ):
        # Control characters are shown as their pictures (ESC as ␛): an escape
        # sequence must never reach the terminal raw. The stored text changes only
        # when the person edits it.
        shown = visible(text)
        super().__init__(shown, soft_wrap=True, tab_behavior="focus", **kwargs)  # type: ignore[arg-type]
        self.key = key
        self._save = save
        self._saved_text = shown
        self._timer: Timer | None = None

    @property
    def dirty(self) -> bool:
        return self.text != self._saved_text

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area is not self or not self.dirty:
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_AFTER_SECONDS, self.save_now)

    def save_now(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.dirty:
            text = self.text
            # With the text this window last showed, so a change made meanwhile
            # elsewhere is merged with this one, never replaced (textmerge.py).
            self._save(self.key, text, self._saved_text)
            self._saved_text = text

    def show_saved(self, text: str) -> None:
        """Show text saved elsewhere (another window). With unsaved edits here, both are
        merged on screen at once when they do not overlap (the pending save then sends
        the merged text against the new base); when they overlap, this window's text
        stays and its save keeps both versions (the store's merge)."""
        shown = visible(text)
        if shown == self._saved_text or shown == self.text:
            return
        if self.dirty:
            merged, conflict = merge3(self._saved_text, self.text, shown)
            if conflict:
                return
            shown = merged
            base = visible(text)
        else:
            base = shown
        if shown != self.text:
            before = self.text
            offset = _offset(before, *self.cursor_location)
            self.load_text(shown)
            self._saved_text = base
            # The cursor stays after the words the person was typing (load_text puts it
            # at the start; the same row and column could be before their last words).
            moved = moved_offset(before, shown, offset)
            self.move_cursor(_location(shown, moved))
        else:
            self._saved_text = base

    def on_blur(self) -> None:
        self.save_now()

    def on_unmount(self) -> None:
        self.save_now()

    def on_mount(self) -> None:
        self.move_cursor(self.document.end)  # typing adds to what is there
        if profile_is_read_only(self):
            # Nothing typed here could be saved: refuse typing, and say why.
            self.read_only = True
            self.border_subtitle = READ_ONLY_NOTE

    def action_stop_writing(self) -> None:
        """Leave the text box for the page around it (never for the next text box,
        where the next keys would be typed in by mistake)."""
        self.save_now()
        for ancestor in self.ancestors:
            if isinstance(ancestor, Widget) and ancestor.focusable:
                ancestor.focus(scroll_visible=False)
                return
        self.screen.set_focus(None)
