"""Keeping a list's place when its rows are rebuilt."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option


def restore_highlight(option_list: OptionList, option_id: str | None) -> None:
    """Highlight the row with this id again, or the first row that can be chosen.

    Rows come and go (a habit deleted, a lesson finished, another day's habits),
    so a row that has gone must never be an error.
    """
    ids = [option.id for option in option_list.options]
    if option_id is not None and option_id in ids:
        option_list.highlighted = ids.index(option_id)
        return
    option_list.highlighted = next(
        (i for i, option in enumerate(option_list.options) if not option.disabled), None
    )


def replace_options(option_list: OptionList, options: list[Any]) -> None:
    """New rows for a list, keeping the row the person had highlighted (by its id)."""
    highlighted = option_list.highlighted_option
    option_list.set_options(options)
    restore_highlight(option_list, highlighted.id if highlighted is not None else None)


class SteadyOptionList(OptionList):
    """An OptionList that keeps the rows it measured and drew when a resize leaves their
    width as it was.

    Textual's list throws every measured and drawn row away at each resize event, even
    one that changes nothing for them: the first layout sends one just after the first
    frame was drawn, so Today measured and drew its rows twice before it was ready for a
    key. Here the rows are kept when every row was measured and drawn at the width the
    list has now (a change of height changes no row); otherwise the list does as
    Textual's does. (Textual is pinned exactly: this follows its private caches.)
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._row_widths: set[int] = set()
        """The widths at which the rows in the caches were measured or drawn."""

    def _row_width(self) -> int:
        return self.scrollable_content_region.width - self._get_left_gutter_width()

    def _note_width(self) -> None:
        if not self._line_cache.lines and not len(self._option_render_cache):
            self._row_widths.clear()  # nothing kept: none of the widths matters now
        self._row_widths.add(self._row_width())

    def _update_lines(self) -> None:
        self._note_width()
        super()._update_lines()

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        self._note_width()
        return super()._get_option_render(option, style)

    # OptionList's handler takes no event; Textual passes it to a handler that takes it.
    def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]
        if self._row_widths <= {self._row_width()}:
            event.prevent_default()  # OptionList's own handler would throw the rows away
