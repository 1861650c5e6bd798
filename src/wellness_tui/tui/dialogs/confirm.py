"""A yes/no question in a small dialog; `dismiss` returns the answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Static

from wellness_tui.tui.widgets.text import literal


class ConfirmDialog(ModalScreen[bool]):
    CSS_PATH = "../styles/dialog.tcss"
    BINDINGS = [
        Binding("escape", "answer(False)", "Cancel", id="dialog.cancel"),
        Binding("y", "answer(True)", "Yes", show=False),
        Binding("n", "answer(False)", "No", show=False),
    ]

    def __init__(
        self, question: str, yes: str = "Yes", no: str = "Cancel", escape: str = "cancel"
    ) -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no
        self.escape = escape
        """What escape means here, in the line of keys (it answers "no")."""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self.question), id="question")
            with Horizontal(id="buttons"):
                yield Button(self.no, id="no")
                yield Button(self.yes, id="yes", variant="warning")
            yield Static(
                literal(f"ctrl+g: get help · escape: {self.escape}", "dim"), id="dialog-keys"
            )

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


def confirm_replace(screen: Screen[Any], path: Path, write: Callable[[], None]) -> None:
    """Write, but ask first when the file is already there."""
    if not path.exists():
        write()
        return

    def answered(yes: bool | None) -> None:
        if yes:
            write()

    screen.app.push_screen(
        ConfirmDialog(f"{path} is already there. Replace it?", yes="Replace"), answered
    )
