"""Lists of choices shown as [x] / [ ] or (•) / ( ): the state is never colour alone.

Textual's Checkbox, RadioButton and SelectionList show the same mark for on and
off and tell them apart by colour, which fails with NO_COLOR, 16 colours or
colour blindness.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from wellness_tui.tui.widgets.text import row


class CheckList(OptionList):
    BINDINGS = [Binding("space", "switch", "Switch on/off", id="checklist.toggle")]

    class Changed(Message):
        def __init__(self, check_list: CheckList) -> None:
            super().__init__()
            self.check_list = check_list

        @property
        def control(self) -> CheckList:
            return self.check_list

    class Full(Message):
        """Someone tried to switch on more than `most` items."""

        def __init__(self, check_list: CheckList) -> None:
            super().__init__()
            self.check_list = check_list

        @property
        def control(self) -> CheckList:
            return self.check_list

    def __init__(
        self,
        items: Iterable[tuple[str, str]],
        selected: Iterable[str] = (),
        *,
        single: bool = False,
        most: int | None = None,
        **kwargs: str,
    ) -> None:
        """`items` are (value, label) pairs; with `single`, exactly one is chosen; with
        `most`, no more than that many can be switched on."""
        self.items = list(items)
        self.single = single
        self.most = most
        self.selected: set[str] = set(selected)
        super().__init__(*self._check_options(), **kwargs)  # type: ignore[arg-type]

    def _check_options(self) -> list[Option]:
        on_, off = ("(•) ", "( ) ") if self.single else ("[x] ", "[ ] ")
        return [
            Option(row((on_ if value in self.selected else off, "bold"), label), id=value)
            for value, label in self.items
        ]

    @property
    def value(self) -> str:
        """The chosen value of a single-choice list ("" if none)."""
        return self.values[0] if self.values else ""

    @property
    def values(self) -> list[str]:
        """The selected values, in list order."""
        return [value for value, _ in self.items if value in self.selected]

    def action_switch(self) -> None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return
        if self.single:
            if option.id in self.selected:
                return
            self.selected = {option.id}
        elif (
            option.id not in self.selected
            and self.most is not None
            and len(self.selected) >= self.most
        ):
            self.post_message(self.Full(self))
            return
        else:
            self.selected ^= {option.id}
        highlighted = self.highlighted
        self.set_options(self._check_options())
        self.highlighted = highlighted
        self.post_message(self.Changed(self))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_switch()
