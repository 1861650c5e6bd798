"""A list of the person's own entries with add, edit and delete (with undo-by-confirm).

People, questions, the symptom log and treatments are all lists like this; each
screen says what its items look like and which form fields they have.
"""

from __future__ import annotations

import copy
import os
from typing import Generic, TypeVar

from rich.console import RenderableType
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui.profile.models import (
    CareQuestion,
    Contact,
    LogEntry,
    ProblemSheet,
    ThoughtRecord,
    Treatment,
)
from wellness_tui.profile.ops import Op, PutItem, PutWorksheet, RemoveItem
from wellness_tui.textsafe import one_line
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.dialogs.form import Field, FormDialog
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.lists import replace_options
from wellness_tui.tui.widgets.text import literal, row

Item = TypeVar("Item", Contact, CareQuestion, LogEntry, Treatment, ThoughtRecord, ProblemSheet)


def new_id(prefix: str) -> str:
    return f"{prefix}-{os.urandom(4).hex()}"


class ItemListScreen(WellnessScreen, Generic[Item]):
    """Subclasses set FIELD, TITLE, NOUN and EMPTY, and define fields/make/show."""

    CSS_PATH = "../styles/item_list.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="items.back"),
        Binding("n", "new", "New", id="items.new"),
        Binding("e", "edit", "Edit", id="items.edit"),
        Binding("d", "delete", "Delete", id="items.delete"),
    ]
    FIELD = ""
    TITLE = ""
    NOUN = "entry"
    EMPTY = ""
    INTRO = ""

    # ----- what each list defines ----------------------------------------------------

    def form_fields(self, item: Item | None) -> list[Field]:
        return []

    def make(self, values: dict[str, str], item: Item | None) -> Item:
        raise TypeError(f"{type(self).__name__} must define make()")

    def show(self, item: Item) -> RenderableType:
        return literal(str(item))

    def items(self) -> list[Item]:
        items: list[Item] = getattr(self.ctx.profile, self.FIELD)
        return items

    def header(self) -> str:
        return f"{len(self.items())} {self.NOUN}{'' if len(self.items()) == 1 else 's'}"

    # ----- the screen ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="items-title")
        if self.INTRO:
            yield Static(literal(self.INTRO, "dim"), id="items-intro")
        yield OptionList(id="items")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one(OptionList).focus()

    def refresh_view(self) -> None:
        self.query_one("#items-title", Static).update(
            row((self.TITLE, "bold"), (f"   {self.header()}", "dim"))
        )
        items = self.items()
        options = [Option(self.show(item), id=item.id) for item in items]
        if not options:
            options = [Option(literal(self.EMPTY, "italic"), disabled=True)]
        option_list = self.query_one(OptionList)
        replace_options(option_list, options)

    def highlighted(self) -> Item | None:
        option = self.query_one(OptionList).highlighted_option
        return next((i for i in self.items() if option and i.id == option.id), None)

    def open_form(self, item: Item | None) -> None:
        shown = copy.deepcopy(item)  # what the person edits from (merged on save)

        def saved(values: dict[str, str] | None) -> None:
            if values is None:
                return
            new = self.make(values, item)
            self.ctx.apply(self.put_op(new, shown))
            self.refresh_view()
            ids = [i.id for i in self.items()]
            if new.id in ids:
                self.query_one(OptionList).highlighted = ids.index(new.id)

        verb = "Edit" if item is not None else "New"
        self.app.push_screen(FormDialog(f"{verb} {self.NOUN}", self.form_fields(item)), saved)

    def put_op(self, item: Item, shown: Item | None) -> Op:
        """Saving `item`, edited from `shown` (None for a new one): a change made
        meanwhile in another window is merged with this edit, never replaced."""
        if isinstance(item, (ThoughtRecord, ProblemSheet)):
            base = shown if isinstance(shown, (ThoughtRecord, ProblemSheet)) else None
            return PutWorksheet(self.FIELD, item, base=base)
        assert not isinstance(shown, (ThoughtRecord, ProblemSheet))
        return PutItem(self.FIELD, item, base=shown)

    def action_new(self) -> None:
        self.open_form(None)

    def action_edit(self) -> None:
        item = self.highlighted()
        if item is not None:
            self.open_form(item)

    @on(OptionList.OptionSelected, "#items")
    def selected(self) -> None:
        self.action_edit()

    def action_delete(self) -> None:
        item = self.highlighted()
        if item is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.ctx.apply(RemoveItem(self.FIELD, item.id))
                self.refresh_view()

        self.app.push_screen(ConfirmDialog(self.delete_question(item), yes="Delete"), answered)

    def delete_question(self, item: Item) -> str:
        label = one_line(
            str(
                getattr(item, "name", None)
                or getattr(item, "what", None)
                or getattr(item, "text", "")
            )
        )
        return f"Delete “{label}”? This cannot be undone."
