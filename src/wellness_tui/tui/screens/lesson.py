"""The lesson reader: text by section, the activity, reflections, knowledge checks."""

from __future__ import annotations

from rich.markdown import Markdown
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import OptionList, Static

from wellness_tui.core.progress import is_completed, reading_stops, stop_index
from wellness_tui.profile.models import answer_key
from wellness_tui.profile.ops import CompleteLesson, SetAnswer, SetCheckChoice, SetLessonPosition
from wellness_tui.tui.context import host
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.widgets.answer_area import AnswerArea
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.knowledge_check import KnowledgeCheck
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.text import literal, row

POSITION_SAVE_DELAY = 0.5
PLANNER_MODULES = frozenset({"doing-what-matters"})
"""Modules whose lessons offer a: the activity planner (with the values of each life area)."""


def markdown(text: str) -> Markdown:
    # hyperlinks=False: links show as "text (url)" and never open a browser.
    return Markdown(text, hyperlinks=False)


class LessonScreen(WellnessScreen):
    CSS_PATH = "../styles/lesson.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back", id="lesson.back"),
        Binding("n", "next_lesson", "Next", id="lesson.next"),
        Binding("p", "previous_lesson", "Previous", id="lesson.previous"),
        Binding("c", "toggle_complete", "Mark done", id="lesson.complete"),
        Binding("a", "planner", "Planner", id="lesson.planner"),
        Binding("u", "questions", "Questions", id="lesson.questions"),
        Binding("j", "scroll('down')", "Down", show=False),
        Binding("k", "scroll('up')", "Up", show=False),
    ]

    def __init__(self, lesson_id: str) -> None:
        super().__init__()
        self.lesson_id = lesson_id
        self._position_timer: Timer | None = None
        self._restored_y: float | None = None
        self._stop = 0
        self.ready_for_keys = False  # until the reading place is restored

    def compose(self) -> ComposeResult:
        found = self.ctx.library.lesson(self.lesson_id)
        if found is None:
            yield Static(literal("This lesson is no longer in the program."), id="lesson-head")
            yield KeysFooter()
            return
        module, lesson = found
        profile = self.ctx.profile
        number = module.lessons.index(lesson) + 1
        yield Static(id="lesson-head")
        with ScrollBody(id="reader"):
            yield Static(literal(lesson.title), classes="lesson-title")
            notes = [module.meta.note] if number == 1 else []
            if lesson.note:
                notes.append(lesson.note)
            for note in notes:
                yield Static(literal(note), classes="note")
            for section in lesson.sections:
                with Vertical(id=f"stop-{section.id}", classes="stop section"):
                    if section.id != "start":
                        yield Static(literal(section.title), classes="section-title")
                    yield Static(markdown(section.markdown), classes="section-body")
            with Vertical(id="stop-activity", classes="stop activity") as activity:
                activity.border_title = lesson.activity.title
                yield Static(markdown(lesson.activity.text))
            with Vertical(id="stop-reflection", classes="stop reflection"):
                yield Static(literal("Reflection"), classes="part-title")
                yield Static(
                    literal(
                        "This profile is open read-only: answers cannot be written or changed here."
                        if self.ctx.store.read_only
                        else "Your answers stay on this computer and are saved as you type.",
                        "dim",
                    )
                )
                for prompt in lesson.prompts:
                    key = answer_key(lesson.id, prompt.id)
                    yield Static(literal(prompt.text, "bold"), classes="prompt")
                    if prompt.hint:
                        yield Static(literal(prompt.hint, "dim italic"), classes="hint")
                    saved = profile.answers.get(key)
                    yield AnswerArea(
                        key,
                        saved.text if saved else "",
                        self._save_answer,
                        id=f"answer-{prompt.id}",
                        classes="answer",
                    )
            if lesson.questions:
                with Vertical(id="stop-questions", classes="stop questions"):
                    yield Static(literal("Check your understanding"), classes="part-title")
                    yield Static(
                        literal(
                            "Not scored. Pick an answer (a, b, c or the arrows and enter) "
                            "to see why; try as often as you like. tab: next question.",
                            "dim",
                        )
                    )
                    for index, question in enumerate(lesson.questions, start=1):
                        chosen = profile.checks.get(answer_key(lesson.id, question.id))
                        yield KnowledgeCheck(question, chosen, self._save_choice, index)
            if number == len(module.lessons) and module.meta.sources:
                with Vertical(id="stop-sources", classes="sources"):
                    yield Static(literal(f"Sources for “{module.title}”"), classes="part-title")
                    for source in module.meta.sources:
                        yield Static(
                            row(
                                "• ",
                                (source.title, "bold"),
                                f" — {source.publisher}\n  ",
                                (source.url, "dim"),
                            )
                        )
            following = (
                "n: next lesson (marks this one done)"
                if number < len(module.lessons)
                else "n: finish this module"
            )
            planner = " · a: the planner" if module.id in PLANNER_MODULES else ""
            yield Static(
                literal(
                    f"End of the lesson.   {following}{planner} · c: mark done · escape: back",
                    "dim",
                ),
                classes="lesson-end",
            )
        yield KeysFooter()

    def on_mount(self) -> None:
        found = self.ctx.library.lesson(self.lesson_id)
        if found is None:
            self.ready_for_keys = True
            return
        _, lesson = found
        self._stop = stop_index(lesson, self.ctx.profile)
        self._record_position(self._stop)
        self.refresh_view()
        reader = self.query_one("#reader", ScrollBody)
        reader.focus()
        self.call_after_refresh(self._restore_position)
        self.watch(reader, "scroll_y", self._scrolled, init=False)

    def refresh_view(self) -> None:
        found = self.ctx.library.lesson(self.lesson_id)
        if found is None:
            return
        module, lesson = found
        number = module.lessons.index(lesson) + 1
        done = is_completed(lesson.id, self.ctx.profile)
        self.query_one("#lesson-head", Static).update(
            row(
                (module.title, "bold"),
                f" · Lesson {number} of {len(module.lessons)}",
                (f" · about {lesson.minutes} min", "dim"),
                ("   ✓ done" if done else "", "bold"),
            )
        )
        for area in self.query(AnswerArea):
            saved = self.ctx.profile.answers.get(area.key)
            area.show_saved(saved.text if saved else "")

    # ----- reading position -------------------------------------------------------

    def _stop_widgets(self) -> list[Widget]:
        return list(self.query(".stop"))

    def _restore_position(self) -> None:
        # After the first paint (the stops' places are known), and at once (not after
        # one more paint): a key held until now must scroll on from here (key_order.py).
        widgets = self._stop_widgets()
        reader = self.query_one("#reader", ScrollBody)
        if 0 < self._stop < len(widgets):
            reader.scroll_to_widget(widgets[self._stop], top=True, animate=False, immediate=True)
        self._restored_y = reader.scroll_y
        self.ready_for_keys = True

    def _scrolled(self, _old: float, new: float) -> None:
        if self._restored_y is None or new == self._restored_y:
            return  # still the programmatic restore, not the reader moving
        if self._position_timer is not None:
            self._position_timer.stop()
        self._position_timer = self.set_timer(POSITION_SAVE_DELAY, self._save_position)

    def current_stop(self) -> int:
        """The last stop whose top is at or above the top of the view."""
        reader = self.query_one("#reader", ScrollBody)
        if self._restored_y is not None and reader.scroll_y == self._restored_y:
            return self._stop  # not moved since restoring (the view may be clamped at the end)
        current = 0
        for index, widget in enumerate(self._stop_widgets()):
            if widget.virtual_region.y <= reader.scroll_y + 1:
                current = index
        return current

    def _save_position(self) -> None:
        self._position_timer = None
        stop = self.current_stop()
        if stop != self._stop:
            self._stop = stop
            self._record_position(stop)

    def _record_position(self, stop: int) -> None:
        found = self.ctx.library.lesson(self.lesson_id)
        if found is None:
            return
        stops = reading_stops(found[1])
        stop = min(stop, len(stops) - 1)
        self.ctx.apply(
            SetLessonPosition(self.lesson_id, stops[stop][0], stop, self.ctx.clock.now())
        )

    def on_screen_suspend(self) -> None:
        self.save_drafts()

    def save_drafts(self) -> None:
        for area in self.query(AnswerArea):
            area.save_now()
        if self._position_timer is not None:
            self._save_position()

    # ----- saving answers -----------------------------------------------------------

    def _save_answer(self, key: str, text: str, base: str) -> None:
        self.ctx.apply(SetAnswer(key, text, self.ctx.clock.now(), base=base))

    def _save_choice(self, question_id: str, choice_id: str) -> None:
        self.ctx.apply(SetCheckChoice(answer_key(self.lesson_id, question_id), choice_id))

    # ----- actions ------------------------------------------------------------------

    def action_scroll(self, direction: str) -> None:
        reader = self.query_one("#reader", ScrollBody)
        if direction == "down":
            reader.scroll_down()
        else:
            reader.scroll_up()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "planner":
            return self._offers_planner()
        if action == "questions":
            return bool(self.query(KnowledgeCheck))  # shown only if the lesson has some
        return True

    def _offers_planner(self) -> bool:
        found = self.ctx.library.lesson(self.lesson_id)
        return found is not None and found[0].id in PLANNER_MODULES

    def action_planner(self) -> None:
        """The activity planner (plans, activities, and what matters in each life area);
        escape comes back to this lesson where it was."""
        if not self._offers_planner():
            return
        from wellness_tui.tui.screens.activities import ActivitiesScreen

        self.save_drafts()
        host(self.app).open_screen(ActivitiesScreen)

    def action_questions(self) -> None:
        """Straight to the knowledge check (past every reflection box)."""
        checks = list(self.query(KnowledgeCheck))
        if not checks:
            return
        first = checks[0].query_one(OptionList)
        first.focus(scroll_visible=False)
        self.query_one("#reader", ScrollBody).scroll_to_widget(
            self.query_one("#stop-questions"), top=True, animate=False
        )

    def action_back(self) -> None:
        self.save_drafts()
        self.app.pop_screen()

    def action_toggle_complete(self) -> None:
        done = is_completed(self.lesson_id, self.ctx.profile)
        self.ctx.apply(CompleteLesson(self.lesson_id, self.ctx.today(), completed=not done))
        self.notify("Marked as not done yet." if done else "Marked as done. Nice work.")
        self.refresh_view()

    def action_next_lesson(self) -> None:
        self.save_drafts()
        self.ctx.apply(CompleteLesson(self.lesson_id, self.ctx.today()))
        following = self.ctx.library.neighbour(self.lesson_id, +1)
        if following is not None:
            self.app.switch_screen(LessonScreen(following.id))
            return
        found = self.ctx.library.lesson(self.lesson_id)
        title = found[0].title if found else "this module"
        self.app.pop_screen()
        self.app.notify(
            f"That was the last lesson of “{title}”. Thank you for taking the time.", markup=False
        )

    def action_previous_lesson(self) -> None:
        previous = self.ctx.library.neighbour(self.lesson_id, -1)
        if previous is None:
            self.notify("This is the first lesson of the module.")
            return
        self.save_drafts()
        self.app.switch_screen(LessonScreen(previous.id))
