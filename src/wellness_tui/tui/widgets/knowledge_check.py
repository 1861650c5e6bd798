"""A knowledge-check question: pick an answer, read why; never scored."""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui.library import Question
from wellness_tui.tui.widgets.text import literal, row


def lettered(letter: str, text: str) -> Table:
    """ "A. text", with wrapped lines lined up under the text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=2, no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(f"{letter}.", literal(text))
    return grid


LETTERS = "abcdef"


class ChoiceList(OptionList):
    """The answers of one question: a / b / c pick one directly (the arrows and enter
    work too)."""

    BINDINGS = [
        Binding(
            letter,
            f"pick({index})",
            "Answer",
            show=index == 0,
            key_display="a b c",
            id=f"check.pick_{letter}",
        )
        for index, letter in enumerate(LETTERS)
    ]

    def action_pick(self, index: int) -> None:
        if 0 <= index < self.option_count:
            self.highlighted = index
            self.action_select()


class KnowledgeCheck(Vertical):
    def __init__(
        self,
        question: Question,
        chosen: str | None,
        choose: Callable[[str, str], None],
        number: int,
    ) -> None:
        super().__init__(classes="knowledge-check")
        self.question = question
        self.chosen = chosen
        self._choose = choose
        self.number = number

    def compose(self) -> ComposeResult:
        yield Static(
            row((f"{self.number}. ", "bold"), (self.question.text, "bold")), classes="question-text"
        )
        yield ChoiceList(
            *[
                Option(lettered(chr(ord("A") + i), choice.text), id=choice.id)
                for i, choice in enumerate(self.question.choices)
            ],
            classes="choices",
        )
        yield Static(classes="explanation")

    def on_mount(self) -> None:
        self._show_explanation()

    @on(OptionList.OptionSelected)
    def picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        self.chosen = event.option.id
        self._choose(self.question.id, self.chosen)
        self._show_explanation()

    def _show_explanation(self) -> None:
        explanation = self.query_one(".explanation", Static)
        choice = next((c for c in self.question.choices if c.id == self.chosen), None)
        if choice is None:
            explanation.display = False
            return
        explanation.display = True
        letter = chr(ord("A") + self.question.choices.index(choice))
        if choice.correct:
            head = (f"✓ {letter}  ", "bold")
            tail = ""
        else:
            head = (f"○ {letter}  ", "bold")
            tail = " You can pick another answer."
        explanation.update(row(head, choice.explanation + tail))
        explanation.set_class(choice.correct, "right")
        option_list = self.query_one(OptionList)
        option_list.highlighted = self.question.choices.index(choice)
