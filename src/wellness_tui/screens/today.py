"""Today: the date, today's habits, where to continue, and the modules."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui.dashboard import build_dashboard, long_date, progress_bar
from wellness_tui.habits import DayState, is_done
from wellness_tui.profile.ops import SetDone
from wellness_tui.screens.base import WellnessScreen
from wellness_tui.screens.lesson import LessonScreen
from wellness_tui.screens.module import ModuleScreen
from wellness_tui.widgets.text import literal, row

STATE_MARK = {
    DayState.DONE: ("✓", "done"),
    DayState.SKIPPED: ("–", "skipped"),
    DayState.PAUSED: ("‖", "paused"),
    DayState.NOT_YET: ("○", "not yet"),
}


class TodayScreen(WellnessScreen):
    CSS_PATH = "../styles/today.tcss"
    BINDINGS = [
        Binding("space", "toggle_habit", "Tick / untick", id="today.tick"),
        Binding("enter", "open", "Open", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="today-date")
        yield Static(id="notices", markup=False)
        yield OptionList(id="today-list")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one("#today-list", OptionList).focus()

    def refresh_view(self) -> None:
        ctx = self.ctx
        view = build_dashboard(ctx.library, ctx.profile, ctx.clock.now(), ctx.today())
        self.query_one("#today-date", Static).update(
            literal(f"{long_date(view.day)}   ", "bold") + literal(view.greeting, "dim")
        )
        notices = self.app_notices()
        notice_widget = self.query_one("#notices", Static)
        notice_widget.update("\n".join(notices))
        notice_widget.display = bool(notices)

        options: list[Option | None] = [Option(literal("Today's habits", "bold"), disabled=True)]
        if not view.habits:
            options.append(
                Option(
                    literal(
                        "  No habits yet. Open a module and adopt one of its small "
                        "suggested habits."
                    ),
                    disabled=True,
                )
            )
        for habit in view.habits:
            mark, word = STATE_MARK[habit.state]
            options.append(
                Option(
                    row(
                        f"  {mark} ",
                        (habit.title, "bold" if habit.state is DayState.NOT_YET else ""),
                        (f"  {word} · {habit.target}", "dim"),
                    ),
                    id=f"habit:{habit.habit_id}",
                )
            )
        if view.resume is not None:
            point = view.resume
            options.append(None)
            options.append(Option(literal("Continue where you left off", "bold"), disabled=True))
            options.append(
                Option(
                    row(
                        "  ▶ ",
                        (f"{point.module.title} · {point.lesson.title}", ""),
                        (f"  at “{point.section_title}”", "dim"),
                    ),
                    id="continue",
                )
            )
        options.append(None)
        options.append(
            Option(
                row(
                    ("Modules", "bold"),
                    (
                        f"   {view.program.done} of {view.program.total} lessons "
                        "done in the whole program",
                        "dim",
                    ),
                ),
                disabled=True,
            )
        )
        for module, progress in view.modules:
            options.append(
                Option(
                    row(
                        f"  {progress_bar(progress, 8)} ",
                        (module.title, ""),
                        (f"  {progress.label}", "dim"),
                    ),
                    id=f"module:{module.id}",
                )
            )
        option_list = self.query_one("#today-list", OptionList)
        highlighted = option_list.highlighted_option.id if option_list.highlighted_option else None
        option_list.set_options(options)
        self._highlight(option_list, highlighted)

    def app_notices(self) -> list[str]:
        notes = list(self.ctx.store.notices)
        errors = self.ctx.library.errors
        broken = sorted({str(p.path) for p in errors if p.path.name != "crisis.toml"})
        if broken:
            notes.append(
                "Some lesson files could not be read, so their module is left out: "
                + ", ".join(broken)
                + ". Run `wellness-tui check-content` for details."
            )
        return notes

    @staticmethod
    def _highlight(option_list: OptionList, option_id: str | None) -> None:
        if option_id is not None:
            try:
                option_list.highlighted = option_list.get_option_index(option_id)
                return
            except LookupError:
                pass
        for index in range(option_list.option_count):
            if not option_list.get_option_at_index(index).disabled:
                option_list.highlighted = index
                return

    def _highlighted_id(self) -> str | None:
        option = self.query_one("#today-list", OptionList).highlighted_option
        return option.id if option is not None else None

    def action_toggle_habit(self) -> None:
        option_id = self._highlighted_id()
        if option_id is None or not option_id.startswith("habit:"):
            return
        habit = self.ctx.profile.habit(option_id.removeprefix("habit:"))
        if habit is None:
            return
        day = self.ctx.today()
        self.ctx.apply(SetDone(habit.id, day, not is_done(habit, day)))
        self.refresh_view()

    @on(OptionList.OptionSelected, "#today-list")
    def open_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id.startswith("habit:"):
            self.action_toggle_habit()
        elif option_id == "continue":
            resume = build_dashboard(
                self.ctx.library, self.ctx.profile, self.ctx.clock.now(), self.ctx.today()
            ).resume
            if resume is not None:
                self.app.push_screen(LessonScreen(resume.lesson.id))
        elif option_id.startswith("module:"):
            self.app.push_screen(ModuleScreen(option_id.removeprefix("module:")))
