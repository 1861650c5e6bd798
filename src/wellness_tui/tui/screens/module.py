"""One module: its lessons, its suggested habits to adopt."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui.core.habit_factory import adopt_op
from wellness_tui.core.habits import active_habits
from wellness_tui.core.lesson_state import lesson_state
from wellness_tui.core.progress import module_progress
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.screens.lesson import LessonScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.text import literal, row, two_line


class ModuleScreen(WellnessScreen):
    CSS_PATH = "../styles/module.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="module.back"),
        Binding("a", "adopt", "Adopt habit", id="module.adopt"),
    ]

    def __init__(self, module_id: str) -> None:
        super().__init__()
        self.module_id = module_id

    def compose(self) -> ComposeResult:
        with Vertical(id="module-head"):
            yield Static(id="module-title")
            yield Static(id="module-summary")
            yield Static(id="module-note")
        yield OptionList(id="module-list")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one(OptionList).focus()

    def refresh_view(self) -> None:
        module = self.ctx.library.module(self.module_id)
        if module is None:
            self.query_one("#module-title", Static).update(
                literal("This module is no longer in the program. Press escape to go back.")
            )
            return
        profile = self.ctx.profile
        progress = module_progress(module, profile)
        self.query_one("#module-title", Static).update(
            row((module.title, "bold"), (f"   {progress.label}", "dim"))
        )
        self.query_one("#module-summary", Static).update(literal(module.meta.summary))
        self.query_one("#module-note", Static).update(literal(module.meta.note, "italic"))
        options: list[Option | None] = [Option(literal("Lessons", "bold"), disabled=True)]
        for number, lesson in enumerate(module.lessons, start=1):
            state = lesson_state(lesson, profile)
            minutes = f"   {lesson.minutes} min" + (" · done" if state.done else "")
            head = row(f"  {state.mark} ", f"{number}. ", (lesson.title, ""), (minutes, "dim"))
            # A lesson begun but not done says how far: opened, read, answered.
            shown = (
                two_line(head, literal(state.words, "dim"), 7)
                if state.started and not state.done
                else head
            )
            options.append(Option(shown, id=f"lesson:{lesson.id}"))
        if module.meta.habits:
            options.append(None)
            options.append(
                Option(
                    row(("Suggested habits", "bold"), ("   enter or a to adopt", "dim")),
                    disabled=True,
                )
            )
            mine = {h.suggestion for h in active_habits(profile.habits)}
            for habit in module.meta.habits:
                adopted = habit.id in mine
                head = row(
                    ("  ✓ " if adopted else "  + "),
                    (habit.title, ""),
                    (
                        f"   {habit.target.describe()}" + (" · in your habits" if adopted else ""),
                        "dim",
                    ),
                )
                why = literal(habit.why, "dim")
                options.append(Option(two_line(head, why, 4), id=f"habit:{habit.id}"))
        option_list = self.query_one(OptionList)
        previous = option_list.highlighted
        option_list.set_options(options)
        option_list.highlighted = previous if previous is not None else 1

    def action_adopt(self) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is not None and (option.id or "").startswith("habit:"):
            self._adopt(option.id.removeprefix("habit:"))  # type: ignore[union-attr]

    def _adopt(self, suggestion_id: str) -> None:
        op = adopt_op(self.ctx.library, self.ctx.profile, suggestion_id, self.ctx.today())
        if op is None:
            self.notify("This habit is already in your habits.", markup=False)
            return
        self.ctx.apply(op)
        self.notify(f"Added “{op.habit.title}” to your habits. Tick it on Today.", markup=False)
        self.refresh_view()

    @on(OptionList.OptionSelected, "#module-list")
    def open_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id.startswith("lesson:"):
            self.app.push_screen(LessonScreen(option_id.removeprefix("lesson:")))
        elif option_id.startswith("habit:"):
            self._adopt(option_id.removeprefix("habit:"))
