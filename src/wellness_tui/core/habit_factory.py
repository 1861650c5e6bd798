"""Making habits: adopting a module's suggestion, or creating one's own."""

from __future__ import annotations

import re
from datetime import date

from wellness_tui.core.parse import ParseError, parse_amount, parse_count
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


def same_title(profile: Profile, title: str) -> Habit | None:
    """A habit already called `title` (case and outer spaces aside; active habits
    first): adding a second one would make "check Coffee" ambiguous."""
    wanted = " ".join(title.split()).casefold()
    habits = sorted(profile.habits, key=lambda h: h.archived)
    return next((h for h in habits if " ".join(h.title.split()).casefold() == wanted), None)


OFTEN_CHOICES = ("daily", "per_week", "days")
KIND_CHOICES = ("yes_no", "at_least", "at_most")


def target_from_form(
    often: str, per_week: str, days: list[str], kind: str, amount: str, unit: str
) -> Target:
    """Build a target from the habit form's fields; ValueError says what to fix."""
    fields: dict[str, object] = {}
    if often == "per_week":
        try:
            count = parse_count(per_week, 1, 7)
        except ParseError as err:
            raise ValueError(f"Times a week: {err}") from None
        if count is None:
            raise ValueError("Times a week: a whole number from 1 to 7, please.")
        fields["per_week"] = count
    elif often == "days":
        if not days:
            raise ValueError("Pick at least one day.")
        fields["days"] = tuple(days)
    if kind in ("at_least", "at_most"):
        try:
            value = parse_amount(amount, above_zero=kind == "at_least")
        except ParseError as err:
            raise ValueError(f"Amount: {err}") from None
        if value is None:
            raise ValueError("Amount: a number, like 10.")
        fields[kind] = value
        fields["unit"] = unit.strip()
    from wellness_tui.validation import validate

    return validate(Target, fields)


def form_of(target: Target) -> tuple[str, str, list[str], str, str, str]:
    """The form fields that show an existing target (the inverse of target_from_form)."""
    often = "per_week" if target.per_week else "days" if target.days else "daily"
    kind = (
        "at_least"
        if target.at_least is not None
        else ("at_most" if target.at_most is not None else "yes_no")
    )
    amount = target.at_least if target.at_least is not None else target.at_most
    return (
        often,
        str(target.per_week or ""),
        list(target.days),
        kind,
        "" if amount is None else f"{amount:g}",
        target.unit,
    )
