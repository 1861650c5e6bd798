"""Making habits: adopting a module's suggestion, or creating one's own."""

from __future__ import annotations

import re
from datetime import date

from wellness_tui.library import Library
from wellness_tui.profile.models import Habit, Profile
from wellness_tui.profile.ops import AddHabit
from wellness_tui.targets import Target


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


def new_habit_op(profile: Profile, title: str, target: Target, today: date) -> AddHabit:
    """A habit of the user's own, with an id made from its title."""
    title = title.strip()
    if not title:
        raise ValueError("a habit needs a title")
    base = "own-" + (re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "habit")
    habit_id, n = base, 1
    while profile.habit(habit_id) is not None:
        n += 1
        habit_id = f"{base}-{n}"
    return AddHabit(Habit(id=habit_id, title=title, target=target, created=today))
