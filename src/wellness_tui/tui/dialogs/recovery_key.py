"""The recovery key, shown once when a profile is first protected with a passphrase."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from wellness_tui.tui.widgets.text import literal

BEFORE = "Your profile is now protected with your passphrase. Your recovery key, shown only once:"
AFTER = (
    "Write it down or print it, and keep it somewhere safe away from this computer. With "
    "your passphrase or this key you can always open your profile, even without this "
    "program (the README's 'Recovering with age'). Without both, nobody can get your data "
    "back: not you, not anyone else. Reports and exports you make are not encrypted."
)


class RecoveryKeyDialog(ModalScreen[None]):
    CSS_PATH = "../styles/dialog.tcss"
    BINDINGS = [Binding("escape", "done", "Done", id="recovery.done")]

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

    def on_mount(self) -> None:
        self.query_one("#done", Button).focus()

    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        self.dismiss(None)
