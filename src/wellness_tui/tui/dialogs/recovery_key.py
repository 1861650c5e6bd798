"""The recovery key, shown once when a profile is first protected with a passphrase.

Only "I have written it down" closes it: it can never be shown again, so escape
(pressed out of habit) only says so."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.text import literal

BEFORE = "Your profile is now protected with your passphrase. Your recovery key, shown only once:"
AFTER = (
    "Write it down or print it, and keep it somewhere safe away from this computer. With "
    "your passphrase or this key you can always open your profile, even without this "
    "program (the README's 'Recovering with age'). Without both, nobody can get your data "
    "back: not you, not anyone else. Reports and exports you make are not encrypted."
)

NOT_YET = "Press enter when you have written it down: this key is not shown again."


class RecoveryKeyDialog(ModalScreen[None]):
    CSS_PATH = "../styles/dialog.tcss"
    BINDINGS = [Binding("escape", "not_yet", show=False, id="recovery.not_yet")]

    def __init__(self, recovery_key: str) -> None:
        super().__init__()
        self.recovery_key = recovery_key

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(BEFORE), id="question")
            yield Static(literal(self.recovery_key, "bold"), id="recovery-key")
            yield Static(literal(AFTER))
            with Horizontal(id="buttons"):
                yield Button("I have written it down", id="done", variant="primary")
            yield Static(literal("ctrl+g: get help", "dim"), id="dialog-keys")
        yield KeysFooter()  # its own keys over the screen's below ("esc Back" there)

    def on_mount(self) -> None:
        self.query_one("#done", Button).focus()

    def action_not_yet(self) -> None:
        self.notify(NOT_YET, timeout=4, markup=False)

    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        self.dismiss(None)
