"""The planner's small forms: quick ratings after doing something, and a day to plan it for.

Both are FormDialogs; every value is read by core/parse.py, exactly as the shell
reads `did --enjoyment` and `plan add --date`.
"""

from __future__ import annotations

from datetime import date

from wellness_tui.core.activation import (
    AREA_TITLES,
    BRINGS,
    EFFORTS,
    LIFE_AREAS,
    PARTS_OF_DAY,
    Ratings,
)
from wellness_tui.core.parse import ParseError, parse_date, parse_score
from wellness_tui.profile.models import Activity, PartOfDay
from wellness_tui.scales import ACHIEVEMENT, ENJOYMENT, MOOD, Scale
from wellness_tui.tui.dialogs.form import Field, FormDialog

SCORES: dict[str, Scale] = {
    "enjoyment": ENJOYMENT,
    "achievement": ACHIEVEMENT,
    "mood_before": MOOD,
    "mood_after": MOOD,
}


class DoneDialog(FormDialog):
    """Two quick ratings (and, if wanted, mood before and after): every one skippable."""

    def __init__(self, activity_title: str, note: str = "") -> None:
        skip = "leave it empty to skip"
        super().__init__(
            "Done: two quick ratings",
            [
                # The activity's name is shown in a label (literal text), never in the
                # border title, which Textual reads as markup.
                Field(
                    "enjoyment",
                    f"{activity_title}\nEnjoyment, 0-10",
                    hint=f"0 = none at all; {skip}",
                ),
                Field(
                    "achievement", "Achievement, 0-10", hint=f"a sense of getting it done; {skip}"
                ),
                Field("mood_before", "Mood before, 1-10 (optional)", hint=skip),
                Field("mood_after", "Mood after, 1-10 (optional)", hint=skip),
                Field("note", "Note (optional)", value=note),
            ],
        )

    def problem(self, values: dict[str, str]) -> tuple[str, str] | None:
        for spec in self.fields:
            scale = SCORES.get(spec.id)
            if scale is None:
                continue
            try:
                parse_score(values[spec.id], scale)
            except ParseError as err:
                return spec.id, f"{scale.label if scale is not MOOD else spec.label[:11]}: {err}"
        return None


def ratings_of(values: dict[str, str]) -> Ratings:
    """The DoneDialog's values as Ratings (checked already by the dialog)."""
    scores = {key: parse_score(values[key], scale) for key, scale in SCORES.items()}
    return Ratings(**scores, note=values["note"])


class PlanDialog(FormDialog):
    """A day (today or later) and, if wanted, a part of the day."""

    def __init__(
        self, activity_title: str, today: date, day: date, when: PartOfDay | None, *, move: bool
    ) -> None:
        self.today = today
        super().__init__(
            "Move to another day" if move else "Plan it",
            [
                Field(
                    "day",
                    f"{activity_title}\nDay",
                    value=day.isoformat(),
                    hint="YYYY-MM-DD, or today, tomorrow",
                    required=True,
                ),
                Field(
                    "when",
                    "Part of the day",
                    kind="choice",
                    value=when or "any",
                    choices=[("any", "any time"), *((p, p) for p in PARTS_OF_DAY)],
                ),
            ],
        )

    def problem(self, values: dict[str, str]) -> tuple[str, str] | None:
        found = super().problem(values)
        if found is not None:
            return found
        try:
            day = parse_date(values["day"], today=self.today)
        except ParseError as err:
            return "day", f"Day: {err}"
        if day is not None and day < self.today:
            return "day", f"Day: {day} is in the past: plans are for today or later."
        return None


def plan_of(values: dict[str, str], today: date) -> tuple[date, PartOfDay | None]:
    day = parse_date(values["day"], today=today) or today
    when = values["when"]
    return day, next((p for p in PARTS_OF_DAY if p == when), None)


class ActivityDialog(FormDialog):
    """A new activity of one's own: a title, a life area, what it brings, how hard."""

    def __init__(self, activity: Activity | None = None) -> None:
        super().__init__(
            "A new activity" if activity is None else "Change the activity",
            [
                Field(
                    "title",
                    "What is it? (small is good)",
                    required=True,
                    value=activity.title if activity else "",
                ),
                Field(
                    "area",
                    "Life area",
                    kind="choice",
                    value=(activity.area or "fun") if activity else "fun",
                    choices=[(a, AREA_TITLES[a]) for a in LIFE_AREAS],
                ),
                Field(
                    "brings",
                    "It brings",
                    kind="choice",
                    value=activity.brings if activity else "both",
                    choices=[(b, b) for b in BRINGS],
                ),
                Field(
                    "effort",
                    "How hard it feels",
                    kind="choice",
                    value=activity.effort if activity else "easy",
                    choices=[(e, e) for e in EFFORTS],
                ),
            ],
        )


class ValueDialog(FormDialog):
    """What matters to me in one life area, in my own words."""

    def __init__(self, area_title: str, hint: str, text: str) -> None:
        super().__init__(
            f"What matters to me: {area_title}",
            [Field("text", hint or "A few words", kind="text", value=text)],
        )
