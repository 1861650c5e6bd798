"""Things to say: fill-in-the-blank phrasings, copied to the clipboard or saved to a file."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui.library import Script
from wellness_tui.profile.files import write_private
from wellness_tui.profile.ops import SetScript
from wellness_tui.tui.dialogs.confirm import confirm_replace
from wellness_tui.tui.dialogs.prompt import PromptDialog
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.text import literal, row
from wellness_tui.tui.widgets.text_input import TextInput


class ScriptsScreen(WellnessScreen):
    CSS_PATH = "../styles/item_list.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="scripts.back")]

    def compose(self) -> ComposeResult:
        yield Static(
            row(("Things to say", "bold"), ("   words for hard conversations", "dim")),
            id="items-title",
        )
        yield OptionList(
            *[Option(literal(s.title), id=s.id) for s in self.ctx.library.scripts]
            or [Option(literal("The scripts file could not be read.", "italic"), disabled=True)],
            id="items",
        )
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def open_script(self, event: OptionList.OptionSelected) -> None:
        script = next((s for s in self.ctx.library.scripts if s.id == event.option.id), None)
        if script is not None:
            self.app.push_screen(ScriptScreen(script))


class ScriptScreen(WellnessScreen):
    CSS_PATH = "../styles/scripts.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="script.back"),
        Binding("ctrl+y", "copy", "Copy", id="script.copy"),
        Binding("ctrl+s", "save_file", "Save to file", id="script.save"),
    ]

    def __init__(self, script: Script) -> None:
        super().__init__()
        self.script = script

    def compose(self) -> ComposeResult:
        saved = self.ctx.profile.scripts.get(self.script.id, {})
        # The blanks as last saved or shown: the base of the next save, so a blank
        # changed meanwhile in another window is merged, never replaced.
        self._shown = {b.id: saved.get(b.id, "") for b in self.script.blanks}
        with ScrollBody(id="script"):
            yield Static(literal(self.script.title, "bold"), id="script-title")
            for blank in self.script.blanks:
                yield Static(literal(blank.label), classes="label")
                yield TextInput(
                    saved.get(blank.id, ""), placeholder=blank.hint, id=f"blank-{blank.id}"
                )
            yield Static(literal("Your words", "bold"), classes="part-title")
            yield Static(id="filled")
            yield Static(
                literal(
                    "ctrl+y copies (some terminals do not allow it) · ctrl+s saves to a file · "
                    + (
                        "read-only: your words cannot be changed here"
                        if self.ctx.store.read_only
                        else "saved as you type"
                    ),
                    "dim",
                )
            )
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._show()

    def values(self) -> dict[str, str]:
        return {b.id: self.query_one(f"#blank-{b.id}", Input).value for b in self.script.blanks}

    @on(Input.Changed)
    def typed(self) -> None:
        values = self.values()
        base = tuple(self._shown.items())
        self.ctx.apply(SetScript(self.script.id, tuple(values.items()), base=base))
        self._shown = values
        self._show()

    def refresh_view(self) -> None:
        saved = self.ctx.profile.scripts.get(self.script.id, {})
        for blank in self.script.blanks:
            value = saved.get(blank.id, "")
            self.query_one(f"#blank-{blank.id}", TextInput).show_saved(value)
            self._shown[blank.id] = value
        self._show()

    def _show(self) -> None:
        self.query_one("#filled", Static).update(literal(self.script.filled(self.values())))

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.script.filled(self.values()))
        self.notify("Copied (if your terminal allows it). ctrl+s saves to a file instead.")

    def action_save_file(self) -> None:
        default = Path.home() / f"wellness-tui-{self.script.id}.txt"

        def chosen(path: str | None) -> None:
            if not path:
                return
            target = Path(path).expanduser()
            words = self.script.filled(self.values()) + "\n"

            def write() -> None:
                try:
                    write_private(target, words.encode())
                except OSError as err:
                    self.notify(
                        f"Could not save to {target}: {err.strerror or err}",
                        severity="error",
                        markup=False,
                    )
                    return
                self.ctx.saved_elsewhere.append(target)
                self.notify(f"Saved to {target} (readable only by you).", markup=False)

            confirm_replace(self, target, write)

        self.app.push_screen(
            PromptDialog("Save these words to which file?", str(default), saves=False), chosen
        )
