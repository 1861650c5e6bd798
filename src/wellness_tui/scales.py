"""The check-in's scales, defined once.

The model rules (profile/models.py), the shell's flags and messages, the check-in
dialog's pickers, the charts and the content checks all read these numbers, so
"mood is 1 to 10" can never drift between them. Ground floor: imports nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    field: str
    """The CheckIn (or PlanEntry) field it measures."""
    label: str
    low: float
    high: float
    whole: bool
    """Whole numbers only (a score), or any number in range (hours)."""
    unit: str
    """How a value is shown: "/10", " h"."""
    best: str
    """What the ends mean, in words, for flags and hints."""
    aim: str = "higher is better"
    """What to look for in a chart of it, in words."""


MOOD = Scale("mood", "Mood", 1, 10, True, "/10", "10 = best")
ENERGY = Scale("energy", "Energy", 1, 10, True, "/10", "10 = most energy")
SLEEP_HOURS = Scale(
    "sleep_hours",
    "Sleep",
    0,
    24,
    False,
    " h",
    "hours slept the night before",
    # The sleep lesson: much more sleep than usual can be a sign too. Never "higher is better".
    aim="steady and enough is the aim, not more",
)
SLEEP_QUALITY = Scale("sleep_quality", "Sleep quality", 1, 5, True, "/5", "5 = slept best")

CHECKIN_SCALES = (MOOD, ENERGY, SLEEP_HOURS, SLEEP_QUALITY)

# The activity planner's two quick ratings (PlanEntry fields), 0 = none at all.
ENJOYMENT = Scale("enjoyment", "Enjoyment", 0, 10, True, "/10", "10 = most enjoyment")
ACHIEVEMENT = Scale("achievement", "Achievement", 0, 10, True, "/10", "10 = most achievement")
RATING_SCALES = (ENJOYMENT, ACHIEVEMENT)


def span(scale: Scale) -> str:
    """ "1-10", "0-24": for flags' metavars and messages."""
    return f"{scale.low:g}-{scale.high:g}"
