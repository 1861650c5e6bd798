"""A self-check (PHQ-9 or GAD-7): one question at a time, keys 0-3.

Answers are kept as a draft after every key, so leaving and coming back the
same day picks up where it stopped. On PHQ-9 item 9, any answer above "Not at
all" shows a calm screen with the crisis lines and the person's own plan right
after that item, before any score; it never blocks going on or leaving.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Static

from wellness_tui.core import selfchecks as sc
from wellness_tui.library.questionnaires import Questionnaire
from wellness_tui.library.questionnaires import program_questionnaires as library_questionnaires
from wellness_tui.profile.models import SelfCheck, SelfCheckDraft
from wellness_tui.profile.ops import PutSelfCheck, SetSelfCheckDraft, SetSelfCheckInReport
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.screens.get_help import help_parts
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.text import literal, row


def program_questionnaires() -> dict[str, Questionnaire]:
    """The questionnaire texts: from the content folders, else the program's own copy."""
    return library_questionnaires()


ITEM, SAFETY, DIFFICULTY, RESULT, CHOOSE = "item", "safety", "difficulty", "result", "choose"


class SelfCheckScreen(WellnessScreen):
    CSS_PATH = "../styles/selfcheck.tcss"
    BINDINGS = [
        Binding("0", "answer(0)", "0", show=False, id="selfcheck.0"),
        Binding("1", "answer(1)", "1", show=False, id="selfcheck.1"),
        Binding("2", "answer(2)", "2", show=False, id="selfcheck.2"),
        Binding("3", "answer(3)", "3", show=False, id="selfcheck.3"),
        Binding("left,b", "step(-1)", "Back", id="selfcheck.back"),
        Binding("right,f", "step(1)", "Forward", id="selfcheck.forward"),
        Binding("enter", "go_on", "Continue", id="selfcheck.continue"),
        Binding("r", "toggle_report", "In report", show=False, id="selfcheck.report"),
        Binding("escape", "leave", "Leave (kept)", id="selfcheck.leave"),
    ]

    def __init__(self, questionnaire: str | None = None) -> None:
        super().__init__()
        self.qid = questionnaire
        self.phase = CHOOSE if questionnaire is None else ITEM
        self.index = 0
        self.answers: list[int | None] = []
        self.difficulty: int | None = None
        self.result: SelfCheck | None = None
        self._body: ScrollBody | None = None

    @property
    def q(self) -> Questionnaire:
        assert self.qid is not None
        return program_questionnaires()[self.qid]

    def compose(self) -> ComposeResult:
        yield KeysFooter()

    def on_mount(self) -> None:
        if self.qid is not None:
            self._start(self.qid)
        self._show()

    # ----- state -----------------------------------------------------------------------

    def _start(self, qid: str) -> None:
        self.qid, self.phase = qid, ITEM
        n = len(self.q.items)
        draft = self.ctx.profile.selfcheck_drafts.get(qid)
        if draft is not None and draft.day == self.ctx.today():
            self.answers = (list(draft.answers) + [None] * n)[:n]
            self.difficulty = draft.difficulty
        else:
            self.answers = [None] * n
        unanswered = [i for i, a in enumerate(self.answers) if a is None]
        self.index = unanswered[0] if unanswered else n - 1

    def _keep_draft(self) -> None:
        assert self.qid is not None
        draft = SelfCheckDraft(
            questionnaire=self.qid,  # type: ignore[arg-type]
            day=self.ctx.today(),
            answers=list(self.answers),
            difficulty=self.difficulty,
            updated=self.ctx.clock.now(),
        )
        self.ctx.apply(SetSelfCheckDraft(self.qid, draft))

    def action_answer(self, value: int) -> None:
        if self.phase == CHOOSE:
            chosen = {1: "phq9", 2: "gad7"}.get(value)
            if chosen in program_questionnaires():
                self._start(chosen)
                self._show()
            return
        if self.phase == DIFFICULTY:
            self.difficulty = value
            self._keep_draft()
            self._finish()
            return
        if self.phase != ITEM:
            return
        self.answers[self.index] = value
        self._keep_draft()
        item = self.q.items[self.index]
        if item.safety and value > 0:
            self.phase = SAFETY
        else:
            self._next()
        self._show()

    def _next(self) -> None:
        if self.index + 1 < len(self.q.items):
            self.index += 1
        elif any(a is None for a in self.answers):
            self.index = next(i for i, a in enumerate(self.answers) if a is None)
        elif self.q.difficulty is not None:
            self.phase = DIFFICULTY
        else:
            self._finish()

    def action_go_on(self) -> None:
        if self.phase == SAFETY:
            self.phase = ITEM
            self._next()
            self._show()
        elif self.phase == DIFFICULTY:
            self._finish()  # the difficulty question may be left out
        elif self.phase == RESULT:
            self.app.pop_screen()

    def action_step(self, step: int) -> None:
        if self.phase == ITEM:
            target = self.index + step
            if step > 0 and self.answers[self.index] is None:
                return
            if 0 <= target < len(self.q.items):
                self.index = target
            elif target >= len(self.q.items) and None not in self.answers:
                self.phase = DIFFICULTY if self.q.difficulty is not None else ITEM
                if self.phase == ITEM:
                    self._finish()
                    return
            self._show()
        elif self.phase in (SAFETY, DIFFICULTY) and step < 0:
            self.phase = ITEM
            self._show()
        elif self.phase == SAFETY and step > 0:
            self.action_go_on()

    def _finish(self) -> None:
        answers = [a for a in self.answers if a is not None]
        if len(answers) != len(self.q.items):
            return
        check = sc.make_check(
            self.q,
            self.ctx.today(),
            answers,
            self.ctx.clock.now(),
            difficulty=self.difficulty,
            taken={c.id for c in self.ctx.profile.selfchecks},
        )
        self.ctx.apply(PutSelfCheck(check))
        self.result = check
        self.phase = RESULT
        self._show()

    def action_toggle_report(self) -> None:
        if self.phase == RESULT and self.result is not None:
            self.result.in_report = not self.result.in_report
            self.ctx.apply(SetSelfCheckInReport(self.result.id, self.result.in_report))
            self._show()

    def action_leave(self) -> None:
        if self.phase in (ITEM, SAFETY, DIFFICULTY) and any(a is not None for a in self.answers):
            self.notify("Your answers so far are kept for today; come back to finish any time.")
        self.app.pop_screen()

    # ----- what is shown ---------------------------------------------------------------

    def _show(self) -> None:
        # A fresh container each time: removing children is asynchronous, and the
        # parts reuse ids (the get-help parts) that must be unique within a parent.
        old = self._body
        self._body = ScrollBody(*self._parts(), classes="selfcheck-body")
        if old is not None:
            old.remove()
        self.mount(self._body, before=self.query_one(KeysFooter))
        self._body.focus()

    def _parts(self) -> list[Widget]:
        if self.phase == CHOOSE:
            return self._choose()
        q = self.q
        if self.phase == SAFETY:
            return self._safety()
        if self.phase == RESULT:
            return self._result()
        head = Static(row((q.title, "bold"), (f"  {q.about}, about two minutes", "dim")))
        parts: list[Widget] = [head]
        if self.phase == DIFFICULTY and q.difficulty is not None:
            parts.append(Static(literal(q.difficulty.text), classes="sc-gap"))
            for value, text in enumerate(q.difficulty.options):
                mark = "●" if self.difficulty == value else "○"
                parts.append(Static(literal(f"  {mark} {value}  {text}")))
            parts.append(
                Static(
                    literal("Press 0-3, or enter to leave this one out. It is not scored.", "dim"),
                    classes="sc-gap",
                )
            )
            return parts
        item = q.items[self.index]
        parts.append(Static(literal(q.instruction, "dim"), classes="sc-gap"))
        parts.append(
            Static(
                row((f"{item.number} of {len(q.items)}. ", "bold"), (item.text, "bold")),
                id="sc-item",
                classes="sc-gap",
            )
        )
        chosen = self.answers[self.index]
        for option in q.options:
            mark = "●" if chosen == option.value else "○"
            parts.append(Static(literal(f"  {mark} {option.value}  {option.text}")))
        parts.append(
            Static(
                literal(
                    "Press 0, 1, 2 or 3. ← back, → forward, escape leaves (your answers are "
                    "kept for today).",
                    "dim",
                ),
                classes="sc-gap",
            )
        )
        parts.append(Static(literal(q.attribution, "dim"), classes="sc-gap"))
        return parts

    def _choose(self) -> list[Widget]:
        qs = program_questionnaires()
        parts: list[Widget] = [Static(literal("A two-minute self-check", "bold"))]
        parts.append(
            Static(
                literal(
                    "Short questions about the last two weeks. The numbers help you and your "
                    "care team see change over time. They are not a diagnosis.",
                    "dim",
                ),
                classes="sc-gap",
            )
        )
        for key, qid in ((1, "phq9"), (2, "gad7")):
            if qid in qs:
                parts.append(
                    Static(literal(f"  {key}  {qs[qid].title}: {qs[qid].about}"), classes="sc-gap")
                )
        return parts

    def _safety(self) -> list[Widget]:
        value = sc.safety_flag(self.q, self.answers)
        parts: list[Widget] = [
            Static(literal("Before you go on", "bold")),
            Static(literal(sc.safety_words(self.q, value)), id="sc-safety", classes="sc-gap"),
            Static(literal(sc.CANNOT_CONTACT), classes="sc-gap"),
            Static(
                literal(
                    "Please also tell your care team how you have been; you can write it on "
                    "your list of questions for the next appointment.",
                ),
                classes="sc-gap",
            ),
        ]
        parts.extend(help_parts(self.ctx))
        parts.append(
            Static(
                literal(
                    "Enter goes on with the questions, escape leaves (your answers are kept). "
                    "ctrl+g shows this help again at any time.",
                    "dim",
                ),
                classes="sc-gap",
            )
        )
        return parts

    def _result(self) -> list[Widget]:
        assert self.result is not None
        q, check = self.q, self.result
        score = sc.total(check.answers)
        before = sc.previous(self.ctx.profile, check)
        parts: list[Widget] = [
            Static(
                literal(f"{q.title}: {score}, {sc.band_words(q, score)}.", "bold"), id="sc-score"
            ),
            Static(literal(sc.NOT_A_DIAGNOSIS), classes="sc-gap"),
            Static(literal(sc.change_words(q, score, before)), id="sc-change", classes="sc-gap"),
        ]
        if sc.safety_flag(q, check.answers) > 0:
            parts.append(
                Static(
                    literal(
                        'You answered question 9 above "Not at all": the crisis lines and your '
                        "plan are one key away (ctrl+g).",
                    ),
                    classes="sc-gap",
                )
            )
        mark = "✓ yes" if check.in_report else "✗ no"
        parts.append(
            Static(
                literal(f"Include it in my next report: {mark} (r changes it)"),
                id="sc-in-report",
                classes="sc-gap",
            )
        )
        parts.append(
            Static(literal("The trend is on Progress. Enter closes this.", "dim"), classes="sc-gap")
        )
        return parts
