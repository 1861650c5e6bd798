"""My people: the support network (people, groups, services) and how to reach them."""

from __future__ import annotations

from rich.console import RenderableType

from wellness_tui.profile.models import Contact
from wellness_tui.tui.dialogs.form import Field
from wellness_tui.tui.screens.item_list import ItemListScreen, new_id
from wellness_tui.tui.widgets.text import literal, row, two_line


class PeopleScreen(ItemListScreen[Contact]):
    FIELD = "contacts"
    TITLE = "My people"
    NOUN = "person"
    EMPTY = (
        "Nobody here yet. Press n to add someone: a friend, a relative, a group, "
        "your clinic. Even one name helps."
    )
    INTRO = (
        "People and places that help, and how to reach them. Those you choose in "
        "My safety plan are shown on the get-help screen (ctrl+g)."
    )

    def header(self) -> str:
        count = len(self.items())
        return f"{count} {'person' if count == 1 else 'people'}"

    def form_fields(self, item: Contact | None) -> list[Field]:
        return [
            Field("name", "Name", value=item.name if item else "", required=True),
            Field(
                "how_they_help",
                "How they help",
                value=item.how_they_help if item else "",
                hint="e.g. call when low, walk buddy, my GP",
            ),
            Field(
                "reach",
                "How to reach them",
                value=item.reach if item else "",
                hint="e.g. a phone number, or “Tuesdays at the library”",
            ),
        ]

    def make(self, values: dict[str, str], item: Contact | None) -> Contact:
        return Contact(
            id=item.id if item else new_id("person"),
            name=values["name"].strip(),
            how_they_help=values["how_they_help"].strip(),
            reach=values["reach"].strip(),
        )

    def show(self, item: Contact) -> RenderableType:
        in_plan = item.id in self.ctx.profile.safety_plan.people
        head = row(
            ("★ " if in_plan else "  "),
            (item.name, "bold"),
            ("   in my safety plan" if in_plan else "", "dim"),
        )
        detail = " · ".join(x for x in (item.how_they_help, item.reach) if x)
        return two_line(head, literal(detail, "dim"), 2)

    def delete_question(self, item: Contact) -> str:
        if item.id in self.ctx.profile.safety_plan.people:
            return (
                f"Delete “{item.name}”? They are one of the people in your safety plan, "
                "and will no longer be shown on the get-help screen."
            )
        return super().delete_question(item)
