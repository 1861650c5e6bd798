"""Treatments tried: the history a new provider asks for, in your own words."""

from __future__ import annotations

from rich.console import RenderableType

from wellness_tui.profile.models import Treatment
from wellness_tui.tui.dialogs.form import Field
from wellness_tui.tui.screens.item_list import ItemListScreen, new_id
from wellness_tui.tui.widgets.text import literal, row, two_line


class TreatmentsScreen(ItemListScreen[Treatment]):
    FIELD = "treatments"
    TITLE = "Treatments tried"
    NOUN = "treatment"
    EMPTY = (
        "Nothing here yet. Press n to add a treatment you have tried — medicine, "
        "therapy, anything. Rough dates are fine (“spring 2021”)."
    )
    INTRO = (
        "Your own record for new providers. This app never gives dosing advice; "
        "decisions about treatment belong with your prescriber."
    )

    def form_fields(self, item: Treatment | None) -> list[Field]:
        return [
            Field(
                "what",
                "What",
                value=item.what if item else "",
                required=True,
                hint="e.g. sertraline, CBT with a therapist, rTMS",
            ),
            Field(
                "started",
                "Started",
                value=item.started if item else "",
                hint="any way you remember it, e.g. 2019 or March 2021",
            ),
            Field(
                "stopped",
                "Stopped",
                value=item.stopped if item else "",
                hint="leave empty if still going",
            ),
            Field(
                "how_it_went", "How it went", kind="text", value=item.how_it_went if item else ""
            ),
            Field(
                "side_effects", "Side effects", kind="text", value=item.side_effects if item else ""
            ),
        ]

    def make(self, values: dict[str, str], item: Treatment | None) -> Treatment:
        return Treatment(
            id=item.id if item else new_id("treatment"),
            what=values["what"].strip(),
            started=values["started"].strip(),
            stopped=values["stopped"].strip(),
            how_it_went=values["how_it_went"],
            side_effects=values["side_effects"],
        )

    def show(self, item: Treatment) -> RenderableType:
        when = (
            " to ".join(x for x in (item.started, item.stopped or "now") if x)
            if item.started
            else (f"stopped {item.stopped}" if item.stopped else "")
        )
        head = row((item.what, "bold"), (f"   {when}", "dim"))
        detail = " · ".join(
            x.replace("\n", " ") for x in (item.how_it_went, item.side_effects) if x
        )
        return two_line(head, literal(detail, "dim"), 2) if detail else head
