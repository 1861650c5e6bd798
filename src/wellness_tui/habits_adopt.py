"""Turning a module's suggested habit into one of the user's habits."""

from __future__ import annotations

from datetime import date

from wellness_tui.library import Library
from wellness_tui.profile.models import Habit, Profile
from wellness_tui.profile.ops import AddHabit


def adopt_op(
    library: Library, profile: Profile, suggestion_id: str, today: date
) -> AddHabit | None:
    """The operation that adopts a suggestion, or None if it is already active."""
    found = library.habit_suggestion(suggestion_id)
    if found is None:
        return None
    _, suggestion = found
    existing = profile.habit(suggestion.id)
    if existing is not None and not existing.archived:
        return None
    habit = Habit(
        id=suggestion.id,
        title=suggestion.title,
        why=suggestion.why,
        target=suggestion.target,
        suggestion=suggestion.id,
        created=today,
    )
    return AddHabit(habit)
