"""Ask for one line of text (an amount, a note); `dismiss` returns it, or None."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from wellness_tui.tui.widgets.text import literal
from wellness_tui.tui.widgets.text_input import NumberInput, TextInput


class PromptDialog(ModalScreen[str | None]):
    CSS_PATH = "../styles/dialog.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(
        self,
        question: str,
        value: str = "",
        *,
        placeholder: str = "",
        check: Callable[[str], str | None] | None = None,
        keep_on_escape: bool = False,
        enter: str = "save",
        number: bool = False,
        saves: bool = True,
        password: bool = False,
    ) -> None:
        """`check` returns a plain-words problem with the text, or None when it is fine.

        With `keep_on_escape` (for notes), escape keeps what was typed instead of
        discarding it: a person's words are never thrown away by one key.
        """
        super().__init__()
        self.question = question
        self.value = value
        self.placeholder = placeholder
        self.check = check
        self.keep_on_escape = keep_on_escape
        self.enter = enter
        """What enter does, in the key hint: "save", or e.g. "delete everything"."""
        self.number = number
        self.saves = saves
        """The answer is kept in the profile (refused in a read-only one); False for a
        file name, a word to confirm or a passphrase."""
        self.password = password
        """Typed characters are never shown (a passphrase)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self.question), id="question")
            kind = NumberInput if self.number else TextInput
            yield kind(
                self.value,
                placeholder=self.placeholder,
                id="answer",
                saves=self.saves and not self.password,
                password=self.password,
            )
            yield Static(id="problem")
            escape = "keep" if self.keep_on_escape else "cancel"
            yield Static(
                literal(f"enter: {self.enter} · escape: {escape} · ctrl+g: get help", "dim"),
                id="dialog-keys",
            )

    def on_mount(self) -> None:
        self.query_one("#problem").display = False
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        problem = self.check(event.value) if self.check else None
        if problem:
            widget = self.query_one("#problem", Static)
            widget.update(literal(problem))
            widget.display = True
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        text = self.query_one(Input).value
        if self.keep_on_escape and text != self.value and not self.password:
            self.submitted(Input.Submitted(self.query_one(Input), text))
            return
        self.dismiss(None)
