"""Questions for my care team: add them over the weeks, order them, mark them asked."""

from __future__ import annotations

from dataclasses import replace

from rich.console import RenderableType
from textual.binding import Binding

from wellness_tui.profile.models import CareQuestion
from wellness_tui.profile.ops import MoveQuestion, PutItem
from wellness_tui.tui.dialogs.form import Field
from wellness_tui.tui.screens.item_list import ItemListScreen, new_id
from wellness_tui.tui.widgets.text import labelled, literal, two_line


class QuestionsScreen(ItemListScreen[CareQuestion]):
    FIELD = "questions"
    TITLE = "Questions for my care team"
    NOUN = "question"
    EMPTY = (
        "No questions yet. Press n whenever one comes to mind — appointments go "
        "faster with a list, and nothing important gets forgotten."
    )
    INTRO = "Asked in this order. shift+up / shift+down move a question; a marks it asked."
    BINDINGS = [
        Binding("a", "toggle_asked", "Asked", id="questions.asked"),
        Binding("shift+up,K", "move(-1)", "Move up", show=False, id="questions.up"),
        Binding("shift+down,J", "move(1)", "Move down", show=False, id="questions.down"),
    ]

    def header(self) -> str:
        open_ = sum(1 for q in self.items() if q.asked is None)
        return f"{open_} open · {len(self.items()) - open_} asked"

    def form_fields(self, item: CareQuestion | None) -> list[Field]:
        fields = [
            Field("text", "Question", kind="text", value=item.text if item else "", required=True)
        ]
        if item is not None:
            fields.append(Field("answer", "The answer I got", kind="text", value=item.answer))
        return fields

    def make(self, values: dict[str, str], item: CareQuestion | None) -> CareQuestion:
        if item is None:
            return CareQuestion(
                id=new_id("question"), text=values["text"].strip(), added=self.ctx.today()
            )
        answer = values.get("answer", "").strip()
        asked = item.asked or (self.ctx.today() if answer else None)
        return replace(item, text=values["text"].strip(), answer=answer, asked=asked)

    def show(self, item: CareQuestion) -> RenderableType:
        number = self.items().index(item) + 1
        mark = f"✓ asked {item.asked:%d %b}" if item.asked else "○ open"
        head = labelled(
            literal(f"{number:>2}.", "dim"), literal(item.text, "" if item.asked else "bold"), 3
        )
        detail = mark + (f" · answer: {item.answer}" if item.answer else "")
        return two_line(head, literal(detail, "dim"), 4)

    def action_toggle_asked(self) -> None:
        item = self.highlighted()
        if item is None:
            return
        asked = None if item.asked else self.ctx.today()
        self.ctx.apply(PutItem(self.FIELD, replace(item, asked=asked), base=item))
        self.refresh_view()

    def action_move(self, step: int) -> None:
        item = self.highlighted()
        if item is None:
            return
        self.ctx.apply(MoveQuestion(item.id, step))
        self.refresh_view()
