"""Settings: name, theme, day-end hour, week start, streaks, motion, modules on Today,
what `wellness-tui remind` may mention and its quiet hours, the passphrase (and whether
the safety plan stays readable while locked)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Input, Select, Static

from wellness_tui.core.reminder import KIND_WORDS, ReminderError, parse_quiet, quiet_text
from wellness_tui.profile.ops import UpdateSettings
from wellness_tui.profile.safety_plan_file import plan_file_path
from wellness_tui.tui.context import host
from wellness_tui.tui.dialogs.prompt import PromptDialog
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.themes import THEME_NAMES
from wellness_tui.tui.widgets.check_list import CheckList
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.text import literal
from wellness_tui.tui.widgets.text_input import TextInput
from wellness_tui.words import plural

if TYPE_CHECKING:
    from wellness_tui.tui.protection import ProtectionFlow

PLAN_READABLE = "safety_plan_readable"
PLAN_READABLE_LABEL = "Keep my safety plan readable while locked"
PLAN_READABLE_HINT = (
    "When this is on, your safety plan, and only the plan, is also kept unencrypted in a "
    "small file beside your profile ({name}), so the unlock screen can show it without "
    "your passphrase. Anyone who can open your files can read it; everything else stays "
    "encrypted."
)
MORE_THEMES = "more-themes"
"""The theme menu's last entry: shows Textual's own themes too."""


def hour_label(hour: int) -> str:
    return "midnight" if hour == 0 else f"{hour:02d}:00"


def elsewhere_words(saved: list[Path]) -> str:
    """What delete-all leaves: files the person saved elsewhere, named when known."""
    text = (
        "Reports and text files you saved elsewhere are not removed "
        f"(the report form suggests your home folder, {Path.home()})."
    )
    known = list(dict.fromkeys(str(p) for p in saved))
    if known:
        text += f" Saved from here since the app started: {', '.join(known)}."
    return text


class SettingsScreen(WellnessScreen):
    CSS_PATH = "../styles/settings.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="settings.back")]

    def compose(self) -> ComposeResult:
        settings = self.ctx.profile.settings
        with VerticalScroll(id="settings"):
            yield Static(literal("Settings", "bold"), id="settings-title")
            yield Static(literal("Changes are saved at once.", "dim"))
            yield Static(literal("Your first name (optional)"), classes="label")
            yield TextInput(settings.name, placeholder="optional", id="name", compact=True)
            # Each menu sits directly in the scrolling column: inside a one-row
            # container its open list would be cut to a single line.
            yield Static(literal("Theme"), classes="label")
            yield Select(
                self._theme_options(more=self.app.theme not in THEME_NAMES),
                value=self.app.theme,
                allow_blank=False,
                id="theme",
                compact=True,
            )
            yield Static(literal("My day ends at"), classes="label")
            yield Select(
                [(literal(hour_label(h)), h) for h in range(12)],
                value=settings.day_end_hour,
                allow_blank=False,
                id="day_end_hour",
                compact=True,
            )
            yield Static(
                literal(
                    "Until then, ticks still count for the day before — for "
                    "nights that run past midnight.",
                    "dim",
                ),
                classes="hint",
            )
            yield Static(literal("Weeks start on"), classes="label")
            yield Select(
                [(literal(d.capitalize()), d) for d in ("mon", "sun", "sat")],
                value=settings.week_start,
                allow_blank=False,
                id="week_start",
                compact=True,
            )
            switches = {
                "show_streaks": settings.show_streaks,
                "reduced_motion": settings.reduced_motion,
                "selfcheck_offer": settings.selfcheck_offer,
            }
            yield CheckList(
                [
                    (
                        "show_streaks",
                        "Show streaks (some find them motivating, others "
                        "discouraging; hiding them changes nothing else)",
                    ),
                    ("reduced_motion", "Reduce motion (no animations)"),
                    (
                        "selfcheck_offer",
                        "Mention on Today when a two-minute self-check is due (every 14 days)",
                    ),
                ],
                [key for key, on_ in switches.items() if on_],
                id="switches",
            )
            yield Static(
                literal("Modules shown first on Today (space switches)", "bold"),
                classes="part-title",
            )
            yield CheckList(
                [(m.id, m.title) for m in self.ctx.library.modules],
                settings.focus_modules,
                id="focus_modules",
            )
            yield Static(
                literal("Reminders outside the app (space switches)", "bold"),
                classes="part-title",
            )
            yield Static(
                literal(
                    "Off until you choose. One gentle line from `wellness-tui remind` (in a "
                    "shell prompt), or a daily nudge: `wellness-tui remind install`. Never "
                    "about streaks or missed days.",
                    "dim",
                ),
                classes="hint",
            )
            yield CheckList(
                [(kind, f"Mention {words}") for kind, words in KIND_WORDS.items()],
                settings.remind_of,
                id="remind_of",
            )
            yield Static(literal("Quiet hours: nothing is said then (optional)"), classes="label")
            yield TextInput(
                settings.quiet_hours,
                placeholder="e.g. 22:00-08:00",
                id="quiet_hours",
                compact=True,
            )
            yield Static(id="quiet-problem", classes="hint")
            yield Static(literal("Your data", "bold"), classes="part-title")
            yield Vertical(*self._protection_part(), id="protection")
            yield Button(
                "Bring history from Daylio, Loop or a CSV…", id="import-history", compact=True
            )
            yield Button("Delete all my data…", id="delete-all", variant="error")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def _protection_part(self) -> list[Widget]:
        """Where the data is, whether it is encrypted, and the passphrase's buttons."""
        where = f"Everything is in {self.ctx.store.path}, on this computer only. "
        if self.ctx.store.keys is None:
            return [
                Static(
                    literal(
                        where + "It is readable only by your user account, but not encrypted.",
                        "dim",
                    )
                ),
                Button("Protect with a passphrase…", id="protect", compact=True),
            ]
        return [
            Static(
                literal(
                    where + "It is encrypted with your passphrase. While the app is open, "
                    "anyone at this computer can read it on screen; reports and exports you "
                    "make are not encrypted.",
                    "dim",
                )
            ),
            Horizontal(
                Button("Change the passphrase…", id="change-passphrase", compact=True),
                Button("Remove the passphrase…", id="remove-passphrase", compact=True),
                id="passphrase-buttons",
            ),
            CheckList(
                [(PLAN_READABLE, PLAN_READABLE_LABEL)],
                [PLAN_READABLE] if self.ctx.profile.settings.safety_plan_readable else [],
                id="plan-readable",
            ),
            Static(
                literal(
                    PLAN_READABLE_HINT.format(name=plan_file_path(self.ctx.store.path).name), "dim"
                ),
                classes="hint",
            ),
        ]

    def _protection_changed(self) -> None:
        part = self.query_one("#protection", Vertical)
        part.remove_children()
        part.mount_all(self._protection_part())

    def _protection(self) -> ProtectionFlow:
        from wellness_tui.tui.protection import ProtectionFlow

        return ProtectionFlow(self.app, self.ctx, self._protection_changed)

    @on(Button.Pressed, "#protect")
    def protect(self) -> None:
        self._protection().set()

    @on(Button.Pressed, "#change-passphrase")
    def change_passphrase(self) -> None:
        self._protection().change()

    @on(Button.Pressed, "#remove-passphrase")
    def remove_passphrase(self) -> None:
        self._protection().remove()

    def _save(self, key: str, value: object) -> None:
        # A menu reports its first value when it is shown: only a real change is saved
        # (opening settings never rewrites the profile).
        if getattr(self.ctx.profile.settings, key, None) == value:
            return
        self.ctx.apply(UpdateSettings(((key, value),)))

    def _theme_options(self, *, more: bool) -> list[tuple[Text, str]]:
        """The program's own themes, named for people; Textual's behind "more"."""
        options = [(literal(label), name) for name, label in THEME_NAMES.items()]
        if not more:
            return [*options, (literal("more themes (Textual's own)…", "dim"), MORE_THEMES)]
        others = sorted(t for t in self.app.available_themes if t not in THEME_NAMES)
        return options + [(literal(f"Textual: {name}"), name) for name in others]

    @on(Input.Changed, "#name")
    def name_changed(self, event: Input.Changed) -> None:
        self._save("name", event.value.strip())

    @on(Input.Changed, "#quiet_hours")
    def quiet_changed(self, event: Input.Changed) -> None:
        """Saved once it reads as a span (or is empty); until then the text stays as typed.

        What is saved is the span written the one way settings accept ("22:00-08:00"),
        so a span typed with spaces or single-digit hours reads and is saved too."""
        text = event.value.strip()
        problem = self.query_one("#quiet-problem", Static)
        try:
            span = quiet_text(parse_quiet(text, "Quiet hours")) if text else ""
        except ReminderError as err:
            problem.update(literal(f"{err}. Not saved yet.", "italic"))
            return
        problem.update("")
        if span != self.ctx.profile.settings.quiet_hours:
            self._save("quiet_hours", span)

    @on(CheckList.Changed, "#remind_of")
    def remind_changed(self, event: CheckList.Changed) -> None:
        self._save("remind_of", event.check_list.values)

    @on(Select.Changed)
    def select_changed(self, event: Select.Changed) -> None:
        if event.value is Select.BLANK or event.select.id is None:
            return
        if event.select.id == "theme":
            if event.value == MORE_THEMES:  # show Textual's too, keep the theme as it is
                menu: Select[str] = self.query_one("#theme", Select)
                menu.set_options(self._theme_options(more=True))
                menu.value = self.app.theme
                self.call_after_refresh(menu.action_show_overlay)
                return
            self.app.theme = str(event.value)  # the app saves the theme itself
            return
        self._save(event.select.id, event.value)

    @on(Button.Pressed, "#import-history")
    def import_history(self) -> None:
        host(self.app).action_import_history()

    @on(Button.Pressed, "#delete-all")
    def delete_all(self) -> None:
        store = self.ctx.store
        files = store.owned_files()
        question = (
            f"This removes everything wellness-tui saved for you: {plural(len(files), 'file')} in "
            f"{store.path.parent} (your profile, its backups and copies). It cannot be undone. "
            f"{elsewhere_words(self.ctx.saved_elsewhere)} "
            "If you might want it later, quit and run `wellness-tui export --all -o FILE` "
            "first. To go ahead, type: delete"
        )

        def typed(text: str | None) -> None:
            if text is not None and text.strip().lower() == "delete":
                host(self.app).delete_everything()

        self.app.push_screen(
            PromptDialog(
                question,
                check=lambda t: (
                    None
                    if t.strip().lower() == "delete"
                    else "Type the word delete to go ahead, or press escape to keep everything."
                ),
                enter="delete everything",
                saves=False,
            ),
            typed,
        )

    @on(CheckList.Changed, "#switches")
    def switches_changed(self, event: CheckList.Changed) -> None:
        chosen = event.check_list.selected
        self.ctx.apply(
            UpdateSettings(
                (
                    ("show_streaks", "show_streaks" in chosen),
                    ("reduced_motion", "reduced_motion" in chosen),
                    ("selfcheck_offer", "selfcheck_offer" in chosen),
                )
            )
        )
        self.app.animation_level = "none" if "reduced_motion" in chosen else "full"

    @on(CheckList.Changed, "#plan-readable")
    def plan_readable_changed(self, event: CheckList.Changed) -> None:
        chosen = PLAN_READABLE in event.check_list.selected
        self._save(PLAN_READABLE, chosen)  # the store writes the plan's copy, or removes it
        self.notify(
            "Your safety plan will be readable while locked, in a file beside your profile."
            if chosen
            else "Your safety plan is encrypted with the rest of your profile again.",
            markup=False,
        )

    @on(CheckList.Changed, "#focus_modules")
    def focus_changed(self, event: CheckList.Changed) -> None:
        self._save("focus_modules", event.check_list.values)
