"""What a habit aims for: how often, and (for measurable habits) how much.

Shared by the content library (suggested habits) and the profile (adopted
habits), so a suggestion is adopted exactly as written.

The annotations are evaluated at import, as profile/models.py's are (see there).
"""

from dataclasses import dataclass
from typing import Annotated, Literal

from wellness_tui.rules import FORBID_EXTRA, Rule
from wellness_tui.textsafe import one_line

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_AMOUNT = 100_000
"""No habit is measured in more than this (1e308 minutes is a typo, not a walk)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Target:
    """How often a habit is due and, for measurable habits, the goal or limit."""

    __pydantic_config__ = FORBID_EXTRA

    per_week: Annotated[int | None, Rule(ge=1, le=7)] = None
    """N times in each calendar week, on any days; None with no `days` means daily."""
    days: tuple[Weekday, ...] = ()
    """Only on these weekdays (e.g. ("mon", "wed", "fri"))."""
    at_least: Annotated[float | None, Rule(gt=0, le=MAX_AMOUNT)] = None
    """Measurable habit: the day counts when the amount reaches this."""
    at_most: Annotated[float | None, Rule(ge=0, le=MAX_AMOUNT)] = None
    """Measurable habit: a limit; the day counts when the amount stays at or under it."""
    unit: str = ""
    """Unit of a measurable habit's amount, e.g. "minutes"."""

    def __post_init__(self) -> None:
        # Checked whenever a target is made, validated or not (pydantic reports it
        # as a "Value error").
        if self.per_week is not None and self.days:
            raise ValueError("give either per_week or days, not both")
        if self.at_least is not None and self.at_most is not None:
            raise ValueError("give either at_least or at_most, not both")
        if len(set(self.days)) != len(self.days):
            raise ValueError("a weekday is listed twice in days")

    @property
    def measurable(self) -> bool:
        return self.at_least is not None or self.at_most is not None

    @property
    def per_day(self) -> float:
        """Target repetitions per day (daily 1, three a week 3/7)."""
        if self.per_week is not None:
            return self.per_week / 7
        if self.days:
            return len(self.days) / 7
        return 1.0

    def describe(self) -> str:
        """Plain words, e.g. "3 times a week" or "mon, wed, fri · at least 10 minutes"."""
        if self.per_week is not None:
            often = "once a week" if self.per_week == 1 else f"{self.per_week} times a week"
        elif self.days:
            often = ", ".join(d.capitalize() for d in sorted(self.days, key=WEEKDAYS.index))
        else:
            often = "daily"
        unit = f" {one_line(self.unit)}" if self.unit else ""
        if self.at_least is not None:
            return f"{often} · at least {_num(self.at_least)}{unit}"
        if self.at_most is not None:
            return f"{often} · at most {_num(self.at_most)}{unit}"
        return often


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
