"""The safety plan read from its readable copy, while the profile is locked.

Shown from the unlock screen (and inside get-help there) when the person chose to keep
their plan readable (profile/safety_plan_file.py). Read-only: the plan is changed in the
notebook once the profile is open. Every line is shown exactly as it is in the file,
as literal text (never markup); a damaged file is said plainly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from wellness_tui.profile import safety_plan_file
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.text import literal, two_line

PlanOrProblem = safety_plan_file.ReadablePlan | str
"""The plan read from its file, or why it could not be read (plain words)."""


def read_plan(profile: Path) -> PlanOrProblem | None:
    """The readable plan beside `profile`; None when there is none."""
    try:
        return safety_plan_file.read(profile)
    except safety_plan_file.Unreadable as err:
        return (
            f"Your safety plan's readable copy ({safety_plan_file.plan_file_path(profile)}) "
            f"could not be read: {err}. Your plan is still inside your profile. The crisis "
            "lines (ctrl+g) are there for you at any hour."
        )


def plan_parts(plan: PlanOrProblem) -> Iterator[Widget]:
    """The plan's steps (a bold title, the person's lines as typed), or the problem."""
    if isinstance(plan, str):
        yield Static(literal(plan), classes="plan-problem")
        return
    if not plan.sections:
        yield Static(literal("Nothing is written in the plan yet.", "dim"))
    for section in plan.sections:
        body = literal("\n".join(section.lines))
        yield Static(two_line(literal(section.title, "bold"), body, 2), classes="plan-step")


class ReadablePlanScreen(Screen[None]):
    """Escape returns to the unlock screen; get-help (ctrl+g) stays one key away."""

    CSS_PATH = "../styles/readable_plan.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="readable_plan.back")]

    def __init__(self, plan: PlanOrProblem) -> None:
        super().__init__()
        self.plan = plan

    def compose(self) -> ComposeResult:
        with ScrollBody(id="readable-plan"):
            yield Static(literal("My safety plan", "bold"), id="readable-plan-title")
            yield Static(
                literal(
                    "Read without your passphrase, because you chose to keep it readable. "
                    "You can change it in the notebook once your profile is open.",
                    "dim",
                ),
                id="readable-plan-about",
            )
            yield from plan_parts(self.plan)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#readable-plan").focus()
