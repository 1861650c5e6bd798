"""Editing the next appointment (date, with whom, notes)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from textual.screen import Screen

from wellness_tui.profile.models import Appointment
from wellness_tui.profile.ops import SetAppointment
from wellness_tui.tui.context import Context
from wellness_tui.tui.dialogs.form import Field, FormDialog, check_date


def appointment_when(appointment: Appointment, today: date, *, long: bool = False) -> str:
    """The appointment's day in words, flagged if it has already passed."""
    if appointment.day is None:
        return ""
    day = appointment.day
    text = f"{day:%A} {day.day} {day:%B}" if long else f"{day:%a %d %b}"
    if day.year != today.year:
        text += f" {day.year}"
    if day < today:
        text += " (already passed: update it?)"
    return text


def edit_appointment(screen: Screen[Any], ctx: Context, done: Callable[[], None]) -> None:
    current = copy.deepcopy(ctx.profile.appointment)  # what the person edits from
    fields = [
        Field("day", "Date", kind="date", value=current.day.isoformat() if current.day else ""),
        Field("with_whom", "With", value=current.with_whom, hint="e.g. Dr. Lee, my therapist"),
        Field("notes", "Notes", kind="text", value=current.notes),
    ]

    def saved(values: dict[str, str] | None) -> None:
        if values is None:
            return
        ctx.apply(
            SetAppointment(
                Appointment(
                    day=check_date(values["day"]),
                    with_whom=values["with_whom"].strip(),
                    notes=values["notes"],
                ),
                base=current,
            )
        )
        done()

    screen.app.push_screen(FormDialog("Next appointment", fields), saved)
