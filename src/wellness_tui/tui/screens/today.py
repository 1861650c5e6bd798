"""Today: the date, today's habits, the check-in, where to continue, the modules."""

from __future__ import annotations

from datetime import timedelta

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.events import Resize
from textual.geometry import Size
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui.core.checkin import checkin_summary, is_low
from wellness_tui.core.habits import DayState, is_done
from wellness_tui.core.selfchecks import is_due as selfcheck_due
from wellness_tui.core.today import build_dashboard, last_days, long_date, progress_bar, week_grid
from wellness_tui.profile.models import Habit
from wellness_tui.textsafe import one_line, shortened
from wellness_tui.tui.context import Context, host
from wellness_tui.tui.screens.habit_actions import HabitDayScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.lists import SteadyOptionList, restore_highlight
from wellness_tui.tui.widgets.section_bar import SectionBar
from wellness_tui.tui.widgets.text import hanging, indented, labelled, literal, row

TITLE_LIMIT = 160
"""The most characters of a habit title Today shows (the saved title stays exact)."""

WIDE = 130
"""From this many columns, Today shows the last seven days beside the list."""
NAME_WIDTH = 32

STATE_MARK = {
    DayState.DONE: "✓",
    DayState.SKIPPED: "–",
    DayState.PAUSED: "‖",
    DayState.NOT_YET: "○",
    DayState.NOT_DUE: " ",
}


class TodayScreen(HabitDayScreen):
    # Its styles (styles/today.tcss) are read with the app's: see WellnessApp.CSS_PATH.
    AUTO_FOCUS = "#today-list"
    _first_run = False
    """True until the first-run screens are done (then the list starts at the top)."""
    BINDINGS = [
        Binding("space", "tick", "Tick", id="today.tick"),
        Binding("c", "checkin", "Check in", id="today.checkin"),
        Binding("y", "tick_yesterday", "Yesterday", id="today.yesterday"),
        Binding("s", "skip", "Skip", id="today.skip"),
        Binding("u", "undo", "Undo", id="today.undo"),
        Binding("e", "note", "Note", show=False, id="today.note"),
        # Not in the footer (it is full at 80 columns): the lessons, help and palette name it.
        Binding("a", "planner", "Plan", show=False, id="today.planner"),
    ]

    def compose(self) -> ComposeResult:
        yield SectionBar("today")
        yield Static(id="today-date")
        yield Static(id="notices", markup=False)
        side = Static(id="today-side")  # shown on wide terminals
        # Hidden or shown from the first layout: shown and then hidden at the first resize,
        # the list was laid out, measured and drawn twice before the first frame.
        side.display = self.app.size.width >= WIDE
        with Horizontal(id="today-body"):
            yield SteadyOptionList(id="today-list")
            yield side
        yield KeysFooter()

    def on_mount(self) -> None:
        self._first_run = not self.ctx.profile.welcomed
        self.refresh_view()
        self.filled_on_mount = True  # the first resume need not fill it again

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
                    indented(
                        literal(
                            "No habits for today yet. Open a module and adopt one of its small "
                            "suggestions, or add your own under Habits (h).",
                            "italic",
                        ),
                        2,
                    ),
                    disabled=True,
                )
            )
        for habit in view.habits:
            mark = STATE_MARK[habit.state]
            details = " · ".join(x for x in (habit.state.value, habit.detail, habit.target) if x)
            options.append(
                Option(
                    hanging(
                        f"  {mark} ",
                        row(
                            (
                                shortened(one_line(habit.title), TITLE_LIMIT),
                                "bold" if habit.state is DayState.NOT_YET else "",
                            ),
                            (f"  {details}", "dim"),
                        ),
                    ),
                    id=f"habit:{habit.habit_id}",
                )
            )
        options += planned_for_today(self.ctx)
        options.append(None)
        if view.checkin is None:
            summary = row(("○ not yet today — press c (about 20 seconds)", "dim"))
        else:
            summary = row("✓ ", (checkin_summary(view.checkin), "dim"))
            if is_low(view.checkin):
                summary.append_text(
                    literal(
                        "\nA hard day. If you need someone now, ctrl+g shows who you can reach.",
                        "italic",
                    )
                )
                summary.append_text(  # the worksheet offer comes after get-help, never instead
                    literal("\nA heavy thought? ctrl+p → New thought record, when ready.", "dim")
                )
        checkin = labelled(literal("Check-in", "bold"), summary, 11)
        options.append(Option(checkin, id="checkin"))
        if selfcheck_due(ctx.profile, view.day):  # self-checks: offered every 14 days
            options.append(
                Option(
                    labelled(
                        literal("Self-check", "bold"),
                        row(("A two-minute self-check is due — enter to start", "dim")),
                        11,
                    ),
                    id="selfcheck",
                )
            )
        if view.resume is not None:
            point = view.resume
            options.append(None)
            heading = "Start here" if point.first else "Continue where you left off"
            where = (
                f"  about {point.lesson.minutes} min"
                if point.first
                else f"  at “{point.section_title}”"
            )
            options.append(Option(literal(heading, "bold"), disabled=True))
            options.append(
                Option(
                    indented(
                        row(
                            "▶ ",
                            (f"{point.module.title} · {point.lesson.title}", ""),
                            (where, "dim"),
                        ),
                        2,
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
                    hanging(
                        f"  {progress_bar(progress, 8)} ",
                        row((module.title, ""), (f"  {progress.label}", "dim")),
                    ),
                    id=f"module:{module.id}",
                )
            )
        option_list = self.query_one("#today-list", OptionList)
        highlighted = option_list.highlighted_option.id if option_list.highlighted_option else None
        if self._first_run and self.ctx.profile.welcomed:
            self._first_run = False  # back from the first choices: start at the top
            highlighted = None
        option_list.set_options(options)
        if not option_list.size:
            # Before the first layout the list cannot measure its rows (it has no width
            # yet), so Textual would lay it out without a scroll bar, measure and draw the
            # rows, find them longer than the list, add the scroll bar, lay out again and
            # measure them again at the narrower width. Each row is at least one line: a
            # list longer than that has its scroll bar from the first layout. (The rows'
            # own measure replaces this at the first paint.)
            option_list.virtual_size = Size(0, least_lines(options))
        restore_highlight(option_list, highlighted)
        self._show_side()

    def on_resize(self, event: Resize) -> None:
        self.query_one("#today-side").display = event.size.width >= WIDE
        self._show_side()

    def _show_side(self) -> None:
        """The last seven days of every habit, and two weeks of mood and sleep."""
        side = self.query_one("#today-side", Static)
        if not side.display:
            return
        # Imported when first shown: most terminals are narrower than WIDE.
        from wellness_tui.core.calendar import ASCII_SYMBOLS, SYMBOLS
        from wellness_tui.core.trends import MEASURES, series, sparkline
        from wellness_tui.tui.widgets.symbols import plain_symbols

        ctx = self.ctx
        today = ctx.today()
        days = last_days(today)
        plain = plain_symbols(self.app)
        symbols = ASCII_SYMBOLS if plain else SYMBOLS
        text = row(
            ("The last seven days\n", "bold"),
            (" " * 22 + " ".join(f"{d:%a}"[:2] for d in days) + "\n", "dim"),
        )
        for title, states in week_grid(ctx.profile, today):
            name = one_line(title)
            name = name if len(name) <= NAME_WIDTH else name[: NAME_WIDTH - 1] + "…"
            text.append(f"{name:<{NAME_WIDTH + 2}}")
            text.append("  ".join(symbols[s] for s in states) + "\n")
        legend = "  ".join(
            f"{symbols[s]} {s.value}" for s in (DayState.DONE, DayState.NOT_YET, DayState.SKIPPED)
        )
        text.append(legend + "\n\n", style="dim")
        for measure in MEASURES[:3:2]:  # mood and hours slept
            data = series(ctx.profile, measure, today, 14)
            text.append(f"{measure.label} (14 days)".ljust(NAME_WIDTH + 2), style="bold")
            text.append(sparkline(data.values, measure.low, measure.high, plain) + "\n")
            text.append("  " + data.summary() + "\n", style="dim")
        side.update(text)

    def app_notices(self) -> list[str]:
        """What the person should know about their data and the content, in plain words."""
        notes = list(self.ctx.store.notices)
        files = {p.path for p in self.ctx.library.errors}
        special = {"crisis.toml", "scripts.toml"}
        broken = sorted(str(p) for p in files if p.name not in special)
        if broken:
            notes.append(
                "Some lesson files could not be read, so their module is left out: "
                + ", ".join(broken)
                + ". Run `wellness-tui check-content` for details."
            )
        if any(p.name == "scripts.toml" for p in files):
            notes.append(
                "The file of “Things to say” could not be read, so those words are "
                "not available. Run `wellness-tui check-content` for details."
            )
        if any(p.name == "crisis.toml" and p.exists() for p in files):
            notes.append(
                "The crisis-lines file could not be read; the get-help screen shows "
                "the app's built-in list instead."
            )
        return notes

    def _highlighted_habit(self) -> Habit | None:
        option = self.query_one("#today-list", OptionList).highlighted_option
        if option is None or not (option.id or "").startswith("habit:"):
            return None
        return self.ctx.profile.habit((option.id or "").removeprefix("habit:"))

    def action_planner(self) -> None:
        from wellness_tui.tui.screens.activities import ActivitiesScreen

        self.app.push_screen(ActivitiesScreen())

    def action_tick(self) -> None:
        option = self.query_one("#today-list", OptionList).highlighted_option
        if option is not None and (option.id or "").startswith("plan:"):
            from wellness_tui.tui.screens.activities import ask_done

            ask_done(self, (option.id or "").removeprefix("plan:"))
            return
        habit = self._highlighted_habit()
        if habit is None:
            self.notify("Highlight a habit to tick it (enter opens the other rows).")
            return
        self.tick(habit, self.ctx.today())

    def action_tick_yesterday(self) -> None:
        habit = self._highlighted_habit()
        if habit is None:
            self.notify("Highlight a habit first, then press y to tick it for yesterday.")
            return
        yesterday = self.ctx.today() - timedelta(days=1)
        self.tick(habit, yesterday)
        updated = self.ctx.profile.habit(habit.id)
        if updated is not None and not updated.target.measurable:
            state = "done" if is_done(updated, yesterday) else "not done"
            self.notify(
                f"{one_line(habit.title)}: {state} yesterday ({yesterday:%a %d %b}). u undoes.",
                markup=False,
            )

    def action_skip(self) -> None:
        habit = self._highlighted_habit()
        if habit is not None:
            self.toggle_skip(habit, self.ctx.today())

    def action_note(self) -> None:
        habit = self._highlighted_habit()
        if habit is not None:
            self.ask_note(habit, self.ctx.today())

    def action_undo(self) -> None:
        self.undo()

    def action_checkin(self) -> None:
        host(self.app).action_checkin()

    @on(OptionList.OptionSelected, "#today-list")
    def open_selected(self, _event: OptionList.OptionSelected) -> None:
        self._open_highlighted()

    def _open_highlighted(self) -> None:
        # Imported here, not at the top: Today is the first screen, and these
        # screens (and Rich's Markdown) are only needed once one is opened.
        from wellness_tui.tui.screens.habit_detail import HabitDetailScreen
        from wellness_tui.tui.screens.lesson import LessonScreen
        from wellness_tui.tui.screens.module import ModuleScreen

        option = self.query_one("#today-list", OptionList).highlighted_option
        option_id = option.id if option is not None else None
        if option_id is None:
            return
        if option_id.startswith("habit:"):
            self.app.push_screen(HabitDetailScreen(option_id.removeprefix("habit:")))
        elif option_id.startswith("plan:"):
            self.action_planner()
        elif option_id == "checkin":
            self.action_checkin()
        elif option_id == "selfcheck":
            from wellness_tui.tui.screens.selfcheck import SelfCheckScreen

            self.app.push_screen(SelfCheckScreen())
        elif option_id == "continue":
            resume = build_dashboard(
                self.ctx.library, self.ctx.profile, self.ctx.clock.now(), self.ctx.today()
            ).resume
            if resume is not None:
                self.app.push_screen(LessonScreen(resume.lesson.id))
        elif option_id.startswith("module:"):
            self.app.push_screen(ModuleScreen(option_id.removeprefix("module:")))


def least_lines(options: list[Option | None]) -> int:
    """The fewest lines these rows take in an OptionList: one a row, and one for the
    separator under a row (`None` after it), except under the last row."""
    heights: list[int] = []
    for option in options:
        if option is not None:
            heights.append(1)
        elif heights:
            heights[-1] = 2
    return sum(heights) - (heights[-1] - 1 if heights else 0)


def planned_for_today(ctx: Context) -> list[Option | None]:
    """The "Planned for today" rows (activity planner); none when nothing is planned."""
    if not ctx.profile.plans:  # the planner's module is imported only once it is used
        return []
    from wellness_tui.core.activation import plans_for, state_words

    items = plans_for(ctx.profile, ctx.today())
    if not items:
        return []
    rows: list[Option | None] = [
        None,
        Option(
            row(("Planned for today", "bold"), ("   space: done · a: the planner", "dim")),
            disabled=True,
        ),
    ]
    marks = {"planned": "○", "done": "✓", "let go": "~"}
    for item in items:
        entry = item.entry
        rows.append(
            Option(
                hanging(
                    f"  {marks[entry.state]} ",
                    row(
                        (item.title, "bold" if entry.state == "planned" else ""),
                        (f"  {state_words(entry)}", "dim"),
                    ),
                ),
                id=f"plan:{entry.id}",
            )
        )
    return rows
