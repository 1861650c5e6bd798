"""My safety plan: the person's own plan, in their own words, shown on get-help."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from wellness_tui.core.safety_plan import STEPS
from wellness_tui.profile.ops import SetPlanPeople, SetPlanStep
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.widgets.answer_area import AnswerArea
from wellness_tui.tui.widgets.check_list import CheckList
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.text import literal

INTRO = (
    "A safety plan is a short list you write in a calmer moment, for a hard one. "
    "Write as much or as little as you like; every part is optional and saved as you "
    "type. It appears on the get-help screen (ctrl+g), right under the crisis lines."
)


class SafetyPlanScreen(WellnessScreen):
    CSS_PATH = "../styles/safety_plan.tcss"
    BINDINGS = [Binding("escape", "back", "Back", id="plan.back")]

    def compose(self) -> ComposeResult:
        plan = self.ctx.profile.safety_plan
        contacts = self.ctx.profile.contacts
        with ScrollBody(id="plan"):
            yield Static(literal("My safety plan", "bold"), id="plan-title")
            yield Static(literal(INTRO, "dim"))
            for number, step in enumerate(STEPS, start=1):
                yield Static(literal(f"{number}. {step.title}", "bold"), classes="step-title")
                yield Static(literal(step.prompt, "dim"), classes="step-prompt")
                yield AnswerArea(
                    step.id,
                    plan.steps.get(step.id, ""),
                    self._save,
                    id=f"step-{step.id}",
                    classes="step-text",
                )
                if step.id == "ask-for-help":
                    if contacts:
                        yield CheckList(
                            [(c.id, c.name) for c in contacts], plan.people, id="plan-people"
                        )
                    else:
                        yield Static(
                            literal(
                                "(People you add under Notebook → My people can be chosen here.)",
                                "dim",
                            )
                        )
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one(AnswerArea).focus()

    def _save(self, step_id: str, text: str, base: str) -> None:
        self.ctx.apply(SetPlanStep(step_id, text, self.ctx.clock.now(), base=base))

    @on(CheckList.Changed, "#plan-people")
    def people_changed(self, event: CheckList.Changed) -> None:
        self.ctx.apply(SetPlanPeople(tuple(event.check_list.values)))

    def on_screen_suspend(self) -> None:
        self.save_drafts()

    def save_drafts(self) -> None:
        for area in self.query(AnswerArea):
            area.save_now()

    def action_back(self) -> None:
        self.save_drafts()
        self.app.pop_screen()
