"""A profile in a folder another account can change: say so, and let the person choose.

Nothing in the folder has been read or changed while this shows. The choices: quit,
use the folder anyway this time (launch() then opens the profile), or read how to
move the profile somewhere private. Get-help (ctrl+g) stays one key away.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from wellness_tui.paths import SHARED_OK_ENV
from wellness_tui.tui.widgets.text import literal

Choice = Literal["quit", "anyway"]


def move_steps(profile: Path, folder: Path, private: Path) -> str:
    """How to move the profile into a folder of one's own, as plain steps."""
    target = private / profile.name
    quoted = shlex.quote(str(target))
    move = (
        f"  2. Move it into a folder only you can open:\n"
        f"       mkdir -p -m 700 {shlex.quote(str(private))}\n"
        f"       mv {shlex.quote(str(profile))} {quoted}\n"
        if profile.exists()
        else "  2. (There is no profile here yet: nothing to move.)\n"
    )
    return (
        "To keep your notes private:\n"
        "  1. Quit (q).\n"
        f"{move}"
        f"  3. Start again with: wellness-tui --profile {quoted}\n"
        f"Or, if this folder should be yours alone: chmod 700 {shlex.quote(str(folder))}\n"
        f"If you understand and accept the risk, setting {SHARED_OK_ENV}=1 stops this question."
    )


class SharedFolderDialog(ModalScreen[Choice]):
    CSS_PATH = "../styles/dialog.tcss"
    BINDINGS = [
        Binding("q", "choose('quit')", "Quit", id="shared.quit"),
        Binding("u", "choose('anyway')", "Use it anyway", id="shared.anyway"),
        Binding("m", "how_to_move", "How to move it", id="shared.move"),
    ]

    def __init__(self, profile: Path, folder: Path, why: str, private: Path) -> None:
        super().__init__()
        self.profile = profile
        self.folder = folder
        self.why = why
        self.private = private

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog"):
            yield Static(literal("This folder is not private", "bold"))
            yield Static(
                literal(
                    f"Your profile {self.profile} is in {self.folder}, which {self.why}. "
                    "Someone else could read, change or delete your notes there. "
                    "Nothing has been read or changed yet."
                ),
                id="question",
            )
            yield Static(literal(move_steps(self.profile, self.folder, self.private)), id="move")
            with Horizontal(id="buttons"):
                yield Button("Quit", id="quit")
                yield Button("How to move it", id="how")
                yield Button("Use it anyway, this time", id="anyway", variant="warning")
            yield Static(
                literal(
                    "q: quit · m: how to move it · u: use it anyway, this time · ctrl+g: get help",
                    "dim",
                ),
                id="dialog-keys",
            )

    def on_mount(self) -> None:
        self.query_one("#move").display = False
        self.query_one("#quit", Button).focus()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "how":
            self.action_how_to_move()
        else:
            self.action_choose("anyway" if event.button.id == "anyway" else "quit")

    def action_how_to_move(self) -> None:
        steps = self.query_one("#move")
        steps.display = True
        self.call_after_refresh(steps.scroll_visible, animate=False)

    def action_choose(self, choice: Choice) -> None:
        self.dismiss(choice)
