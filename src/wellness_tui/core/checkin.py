"""The daily check-in in words."""

from __future__ import annotations

from wellness_tui.profile.models import CheckIn
from wellness_tui.textsafe import one_line

LOW_MOOD = 2
"""At or below this mood, a gentle line offers get-help (no score, no alarm)."""


def checkin_summary(checkin: CheckIn) -> str:
    """E.g. "mood 6/10, energy 4/10, slept 7.5 h, sleep quality 3/5, with a note"."""
    parts = []
    if checkin.mood is not None:
        parts.append(f"mood {checkin.mood}/10")
    if checkin.energy is not None:
        parts.append(f"energy {checkin.energy}/10")
    if checkin.sleep_hours is not None:
        parts.append(f"slept {checkin.sleep_hours:g} h")
    if checkin.sleep_quality is not None:
        parts.append(f"sleep quality {checkin.sleep_quality}/5")
    if checkin.tags:
        parts.append("tags: " + ", ".join(one_line(t) for t in checkin.tags))
    if checkin.note.strip():
        parts.append("with a note")
    return ", ".join(parts) if parts else "saved (no values yet)"


def is_low(checkin: CheckIn | None) -> bool:
    return checkin is not None and checkin.mood is not None and checkin.mood <= LOW_MOOD
