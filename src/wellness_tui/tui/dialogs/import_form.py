"""Bringing history from Daylio, Loop Habit Tracker or a CSV from inside the app.

The same readers and the same merge as `wellness-tui import-from` (importers/):
a form for the file, then a summary to confirm, then a copy of the profile is
kept and the operations are applied through the store like any other change.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.screen import Screen

from wellness_tui.importers.daylio import DEFAULT_MOODS, describe_map
from wellness_tui.importers.merge import plan_import
from wellness_tui.importers.records import Imported, ImportFormatError
from wellness_tui.shell.import_from import added, read_source
from wellness_tui.tui.context import Context
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.dialogs.form import Field, FormDialog
from wellness_tui.tui.messages import ProfileReloaded
from wellness_tui.words import plural

SOURCE_CHOICES = (
    ("daylio", "Daylio — its CSV export"),
    ("loop", "Loop Habit Tracker — its backup (.db) or CSV export (.zip)"),
    ("csv", "A CSV: date and any of mood, energy, sleep_hours, sleep_quality, note, tags"),
)


class ImportForm(FormDialog):
    """The file is read when saved: a file that is not what was named is said in the form,
    which stays open with what was typed (nothing to type again)."""

    def __init__(self, fields: list[Field], today: date) -> None:
        super().__init__("Bring your history", fields, saves=False)
        self.today = today
        self.imported: Imported | None = None

    def problem(self, values: dict[str, str]) -> tuple[str, str] | None:
        found = super().problem(values)
        if found is not None:
            return found
        kind = values["source"] or "daylio"
        moods = values["moods"].strip() if kind == "daylio" else ""
        try:
            self.imported = read_source(kind, source_file(values), self.today, moods or None)
        except ImportFormatError as err:
            if str(err).startswith("--mood-map"):  # the shell's flag is this form's field
                return "moods", str(err).replace("--mood-map", "Daylio moods", 1) + "."
            return "path", f"{err}. Nothing was changed."
        return None


def source_file(values: dict[str, str]) -> Path:
    return Path(values["path"].strip()).expanduser()


def open_import_form(screen: Screen[Any], ctx: Context, source: str = "daylio") -> None:
    fields = [
        Field("source", "From", kind="choice", choices=SOURCE_CHOICES, value=source),
        Field("path", "The file", required=True, hint="e.g. ~/Downloads/daylio_export.csv"),
        Field(
            "moods",
            "Daylio moods on the 1-10 mood (only for Daylio; optional)",
            hint=f"LABEL=N,… — default {describe_map(DEFAULT_MOODS)}",
        ),
    ]

    today = ctx.today()
    form = ImportForm(fields, today)

    def chosen(values: dict[str, str] | None) -> None:
        imported = form.imported
        if values is None or imported is None:
            return
        kind = values["source"] or "daylio"
        file = source_file(values)
        plan = plan_import(ctx.profile, imported, kind, ctx.clock.now(), today)
        if plan.empty:
            screen.notify(
                f"Nothing new to import: everything in {file.name} is already here.",
                markup=False,
            )
            return
        left_out = imported.unmapped + plan.left_out
        lines = [
            f"From the {imported.source}: {imported.entries} entries.",
            *(
                [imported.rules[0].split(" (change with")[0] + "."]
                if kind == "daylio" and imported.rules
                else []
            ),
            f"Would add: {added(plan)}.",
            "Your own entries are kept; this only adds (imported notes go below yours).",
        ]
        if left_out:
            first = left_out[0].rstrip(".")  # each reason is a sentence of its own
            count = plural(len(left_out), "thing")
            lines.append(f"{count} could not be brought over; the first: {first}.")
        lines.append("Add this? A copy of your profile as it is now is kept first.")

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                kept = ctx.store.keep_copy("before-import")
            except OSError as err:
                screen.notify(
                    f"No copy could be kept ({err.strerror or err}), so nothing was imported.",
                    severity="error",
                    markup=False,
                )
                return
            for op in plan.ops:
                ctx.apply(op)
            where = f" Your profile as it was is kept at {kept}." if kept else ""
            screen.app.screen.post_message(ProfileReloaded())
            screen.notify(f"Imported: {added(plan)}.{where}", timeout=10, markup=False)

        screen.app.push_screen(ConfirmDialog("\n".join(lines), yes="Import"), answered)

    screen.app.push_screen(form, chosen)
