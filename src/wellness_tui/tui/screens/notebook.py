"""Notebook: the self-advocacy and safety toolkit, one entry per part."""

from __future__ import annotations

from datetime import timedelta

from textual import on
from textual.app import ComposeResult
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui.tui.dialogs.appointment import appointment_when, edit_appointment
from wellness_tui.tui.dialogs.report_form import open_report_form
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.screens.people import PeopleScreen
from wellness_tui.tui.screens.prepare import PrepareScreen
from wellness_tui.tui.screens.questions import QuestionsScreen
from wellness_tui.tui.screens.safety_plan import SafetyPlanScreen
from wellness_tui.tui.screens.scripts import ScriptsScreen
from wellness_tui.tui.screens.symptom_log import SymptomLogScreen
from wellness_tui.tui.screens.treatments import TreatmentsScreen
from wellness_tui.tui.screens.worksheets import ProblemsScreen, ThoughtRecordsScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.section_bar import SectionBar
from wellness_tui.tui.widgets.text import literal, row, two_line


class NotebookScreen(WellnessScreen):
    CSS_PATH = "../styles/item_list.tcss"

    def compose(self) -> ComposeResult:
        yield SectionBar("notebook")
        yield Static(
            row(("Notebook", "bold"), ("   for hard nights and for appointments", "dim")),
            id="items-title",
        )
        yield OptionList(id="items")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one(OptionList).focus()

    def refresh_view(self) -> None:
        profile = self.ctx.profile
        today = self.ctx.today()
        plan_parts = sum(1 for text in profile.safety_plan.steps.values() if text.strip())
        open_questions = sum(1 for q in profile.questions if q.asked is None)
        recent = sum(1 for e in profile.log if e.day >= today - timedelta(days=29))
        appointment = profile.appointment
        when = appointment_when(appointment, today) + (
            f" with {appointment.with_whom}" if appointment.with_whom else ""
        )
        entries = [
            (
                "plan",
                "My safety plan",
                f"{plan_parts} of 7 parts written · shown on get-help (ctrl+g)",
            ),
            ("people", "My people", f"{len(profile.contacts)} in my support network"),
            ("questions", "Questions for my care team", f"{open_questions} open"),
            ("appointment", "Next appointment", when.strip() or "not noted yet"),
            ("log", "Symptoms and side effects", f"{recent} in the last 30 days"),
            ("treatments", "Treatments tried", f"{len(profile.treatments)} recorded"),
            (
                "thoughts",
                "Thought records",
                f"{len(profile.thought_records)} written · a hard thought, looked at step by step",
            ),
            (
                "problems",
                "Problem solving",
                f"{len(profile.problem_sheets)} sheets · options, one small step, and when",
            ),
            ("scripts", "Things to say", "fill-in-the-blank words for hard conversations"),
            ("prepare", "Prepare for my appointment", "questions, symptoms and trends together"),
            ("report", "Write a report", "Markdown, HTML, CSV or JSON, for a date range"),
        ]
        option_list = self.query_one(OptionList)
        highlighted = option_list.highlighted
        option_list.set_options(
            [
                Option(two_line(literal(title, "bold"), literal(detail, "dim"), 2), id=key)
                for key, title, detail in entries
            ]
        )
        option_list.highlighted = highlighted if highlighted is not None else 0

    @on(OptionList.OptionSelected, "#items")
    def open_part(self, event: OptionList.OptionSelected) -> None:
        screens = {
            "plan": SafetyPlanScreen,
            "people": PeopleScreen,
            "questions": QuestionsScreen,
            "log": SymptomLogScreen,
            "treatments": TreatmentsScreen,
            "scripts": ScriptsScreen,
            "thoughts": ThoughtRecordsScreen,
            "problems": ProblemsScreen,
            "prepare": PrepareScreen,
        }
        key = event.option.id or ""
        if key in screens:
            self.app.push_screen(screens[key]())
        elif key == "appointment":
            edit_appointment(self, self.ctx, self.refresh_view)
        elif key == "report":
            open_report_form(self, self.ctx)
