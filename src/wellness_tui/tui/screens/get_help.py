"""Get help: emergency words first, then crisis lines. One key from everywhere."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from wellness_tui.core.safety_plan import filled_steps, plan_people
from wellness_tui.tui.context import Context
from wellness_tui.tui.screens.readable_plan import PlanOrProblem, plan_parts
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.text import indented, labelled, literal, row, two_line

DANGER = "If you are in danger now, call your local emergency number (911, 112, 999, 000 …)."
NOBODY = (
    "This app cannot contact anyone, and nobody reads what you write in it. "
    "The people below can help, at any hour."
)


class GetHelpScreen(Screen[None]):
    """Shown over whatever was open; escape returns exactly there."""

    CSS_PATH = "../styles/get_help.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="help.back")]

    def __init__(self, ctx: Context, locked_plan: PlanOrProblem | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.locked_plan = locked_plan
        """The safety plan's readable copy, while the profile is locked (unlock.py)."""

    def compose(self) -> ComposeResult:
        with ScrollBody(id="help-body"):
            yield from help_parts(self.ctx, self.locked_plan)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()


def help_parts(ctx: Context, locked_plan: PlanOrProblem | None = None) -> ComposeResult:
    """The emergency words, crisis lines and the person's own plan (also shown after
    PHQ-9 item 9 in a self-check)."""
    yield Static(literal(DANGER), id="danger")
    yield Static(literal(NOBODY), id="nobody")
    lines = ctx.library.crisis_lines
    crisis = list(_crisis_lines(ctx))
    plan = list(_plan(ctx, locked_plan))
    if filled_steps(ctx.profile) or plan_people(ctx.profile) or locked_plan is not None:
        # The person's own plan beside the crisis lines, so its first part shows
        # without scrolling even at 80x24 (the emergency words stay first, above both).
        crisis_column = Vertical(*crisis, id="crisis-column", classes="help-column")
        plan_column = Vertical(*plan, id="plan-column", classes="help-column")
        columns = Horizontal(crisis_column, plan_column, id="help-columns")
        # Inline, not in get_help.tcss: the self-check shows these parts too.
        for column in (crisis_column, plan_column):
            column.styles.width = "1fr"
            column.styles.height = "auto"
        plan_column.styles.padding = (0, 0, 0, 2)
        columns.styles.height = "auto"
        yield columns
    else:
        yield from crisis
        yield from plan
    yield Static(literal("More about these lines", "bold"), classes="part-title")
    for line in lines:
        details = row((line.name, "bold"))
        if line.notes:
            details.append("\n")
            details.append_text(literal(line.notes))
        details.append("\n")
        details.append_text(literal(f"Source: {line.source} (checked {line.checked})", "dim"))
        yield Static(indented(details, 2), classes="crisis-details")


def _crisis_lines(ctx: Context) -> Iterator[Widget]:
    yield Static(literal("Crisis lines", "bold"), classes="part-title")
    for line in ctx.library.crisis_lines:
        yield Static(  # wrapped lines start under the name, not under the bullet
            labelled(literal("•"), row((line.name, "bold"), (f" · {line.region}", "dim")), 1),
            classes="crisis-name",
        )
        yield Static(indented(literal(line.how), 2), classes="crisis-how")
    if not ctx.library.crisis_from_file:
        yield Static(
            literal(
                "(The crisis-lines file could not be read, so this is the app's built-in list.)",
                "dim",
            )
        )


def _plan(ctx: Context, locked_plan: PlanOrProblem | None) -> Iterator[Widget]:
    yield Static(literal("My safety plan", "bold"), classes="part-title")
    steps = filled_steps(ctx.profile)
    people = plan_people(ctx.profile)
    if locked_plan is not None:  # locked, and kept readable by the person's choice
        yield from plan_parts(locked_plan)
        return
    if ctx.store.unavailable is not None:  # locked, or the file could not be opened
        yield Static(
            literal(
                "Your own safety plan is kept inside your profile, which is not open right "
                "now. The lines above are there for you at any hour.",
                "dim",
            )
        )
        return
    if not steps and not people:
        yield Static(
            literal(
                "Not written yet. When you feel able, Notebook (b) → My safety plan: a "
                "short list, in your own words, for moments like this.",
                "dim",
            )
        )
    shown_people = False
    for step, text in steps:
        yield Static(two_line(literal(step.title, "bold"), literal(text), 2), classes="plan-step")
        if step.id == "ask-for-help":
            yield from _people(people)
            shown_people = True
    if people and not shown_people:
        yield Static(literal("People I can ask for help", "bold"), classes="part-title")
        yield from _people(people)


def _people(people: list[tuple[str, str, str]]) -> Iterator[Widget]:
    for name, how, reach in people:
        detail = " · ".join(x for x in (how, reach) if x)
        yield Static(two_line(row("• ", (name, "bold")), literal(detail), 2), classes="plan-person")
