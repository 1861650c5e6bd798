"""Keeping a list's place when its rows are rebuilt."""

from __future__ import annotations

from typing import Any

from textual.widgets import OptionList


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
