"""Patterns: what went with better days, from a person's own records.

For each factor (a habit done or not on days it was due, a check-in tag, a band
of sleep hours, good sleep quality, and later anything else, e.g. planned
activities) the average mood and energy on days with it and days without it,
how many days each side, and the difference. Honest by design:

- nothing is claimed below a minimum of data (MIN_CHECKINS check-ins in the
  period, MIN_EACH_SIDE days on each side): the answer is how many more days
  are needed, never a number;
- differences smaller than CLEAR_DIFFERENCE are "no clear difference";
- the words are "goes with", never "causes" (CAVEAT goes with every result);
- the framing is what went with better days, never what was missed.

Another feature can add its own factors: pass `extra=[Factor(name, kind, with_days,
without_days)]` to `find_patterns`. Pure functions; no Textual, no files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from wellness_tui.core.habits import DayState, active_habits, day_state, history_start
from wellness_tui.profile.models import CheckIn, Profile
from wellness_tui.textsafe import one_line

MIN_CHECKINS = 14
MIN_EACH_SIDE = 5
CLEAR_DIFFERENCE = 0.5
DEFAULT_DAYS = 90
ONE_DAY = timedelta(days=1)

CAVEAT = (
    "This shows what tends to go together in your own records, not what causes what; "
    "many things change at once."
)
NO_CLEAR = "no clear difference"


@dataclass(frozen=True)
class Factor:
    """Something that was there on some days and not on others."""

    name: str
    kind: str
    """"habit", "tag", "sleep" or "activity" (core/activation.pattern_factors)."""
    with_days: frozenset[date]
    without_days: frozenset[date]
    shifts: bool = True
    """In "next day" mode compared with the next day's mood. Sleep does not shift:
    a check-in's sleep is already about the night before that day."""


@dataclass(frozen=True)
class Comparison:
    name: str
    kind: str
    n_with: int
    n_without: int
    mood_with: float | None
    mood_without: float | None
    energy_with: float | None
    energy_without: float | None
    more_with: int
    """More days with it still needed before anything is said (0 when enough)."""
    more_without: int

    @property
    def enough(self) -> bool:
        return self.more_with == 0 and self.more_without == 0

    @property
    def difference(self) -> float | None:
        """Mood with minus mood without; None below the minimum of data."""
        if not self.enough or self.mood_with is None or self.mood_without is None:
            return None
        return self.mood_with - self.mood_without

    @property
    def energy_difference(self) -> float | None:
        if not self.enough or self.energy_with is None or self.energy_without is None:
            return None
        return self.energy_with - self.energy_without

    @property
    def clear(self) -> bool:
        diff = self.difference
        # Judged on the one-decimal figure shown, so a shown 0.5 is never "no clear difference".
        return diff is not None and round(abs(diff), 1) >= CLEAR_DIFFERENCE

    def verdict(self) -> str:
        """What went with better days, in kind words (never what was missed)."""
        diff = self.difference
        if diff is None:
            return self.needed_words()
        if not self.clear:
            return NO_CLEAR
        side = "with" if diff > 0 else "without"
        return f"days {side} it went with a higher mood (by {abs(diff):.1f})"

    def needed_words(self) -> str:
        parts = []
        if self.more_with:
            parts.append(f"{self.more_with} more {_days(self.more_with)} with it")
        if self.more_without:
            parts.append(f"{self.more_without} more {_days(self.more_without)} without it")
        return "not enough days yet: " + " and ".join(parts) + " needed"


@dataclass(frozen=True)
class Patterns:
    start: date
    end: date
    """The period of the factors' days (the last outcome day is end, or end + 1 day)."""
    next_day: bool
    checkins: int
    """Days in the period with a mood."""
    comparisons: list[Comparison] = field(default_factory=list)

    @property
    def more_checkins(self) -> int:
        return max(0, MIN_CHECKINS - self.checkins)

    @property
    def enough(self) -> bool:
        return self.more_checkins == 0

    def needed_words(self) -> str:
        n = self.more_checkins
        return (
            f"Not enough days yet: {self.checkins} of {MIN_CHECKINS} check-ins with a mood in "
            f"this period; {n} more {_days(n)} of check-ins needed before patterns are shown."
        )


def _days(n: int) -> str:
    return "day" if n == 1 else "days"


# ----- factors -------------------------------------------------------------------------


SLEEP_BANDS: tuple[tuple[str, float, float], ...] = (
    ("Slept under 6 hours", 0.0, 6.0),
    ("Slept 6 to 8 hours", 6.0, 8.0),
    ("Slept over 8 hours", 8.0, 99.0),
)


def _in_band(hours: float, low: float, high: float) -> bool:
    if low == 0.0:
        return hours < high
    if high == 99.0:
        return hours > low
    return low <= hours <= high


def habit_factors(profile: Profile, days: Iterable[date]) -> list[Factor]:
    """Each active habit: done vs not done on days it was due. Skipped, paused, not
    due and before-the-habit days are on neither side."""
    out = []
    window = list(days)
    for habit in active_habits(profile.habits):
        begin = history_start(habit)
        with_days = set()
        without_days = set()
        for day in window:
            if day < begin:
                continue
            state = day_state(habit, day)
            if state is DayState.DONE:
                with_days.add(day)
            elif state is DayState.NOT_YET:
                without_days.add(day)
        out.append(
            Factor(one_line(habit.title), "habit", frozenset(with_days), frozenset(without_days))
        )
    return out


def checkin_factors(checkins: dict[date, CheckIn]) -> list[Factor]:
    """Tags (same day vs other check-in days), sleep-hour bands and good sleep quality."""
    tags: dict[str, tuple[str, set[date]]] = {}
    for day, checkin in checkins.items():
        for tag in checkin.tags:
            key = tag.strip().casefold()
            if key:
                tags.setdefault(key, (one_line(tag.strip()), set()))[1].add(day)
    all_days = frozenset(checkins)
    out = [
        Factor(f"Tag: {name}", "tag", frozenset(found), all_days - found)
        for name, found in tags.values()
    ]
    slept = {d: c.sleep_hours for d, c in checkins.items() if c.sleep_hours is not None}
    for name, low, high in SLEEP_BANDS:
        inside = frozenset(d for d, h in slept.items() if _in_band(h, low, high))
        out.append(Factor(name, "sleep", inside, frozenset(slept) - inside, shifts=False))
    rated = {d: c.sleep_quality for d, c in checkins.items() if c.sleep_quality is not None}
    good = frozenset(d for d, q in rated.items() if q >= 4)
    out.append(
        Factor("Slept well (quality 4 or 5)", "sleep", good, frozenset(rated) - good, shifts=False)
    )
    return out


# ----- comparing -----------------------------------------------------------------------


def compare(
    factor: Factor, moods: dict[date, int], energies: dict[date, int], shift: int
) -> Comparison:
    """A factor against mood and energy `shift` days later (0 same day, 1 next day)."""
    offset = timedelta(days=shift)
    mood_with = [moods[d + offset] for d in factor.with_days if d + offset in moods]
    mood_without = [moods[d + offset] for d in factor.without_days if d + offset in moods]
    energy_with = [energies[d + offset] for d in factor.with_days if d + offset in energies]
    energy_without = [energies[d + offset] for d in factor.without_days if d + offset in energies]
    return Comparison(
        name=factor.name,
        kind=factor.kind,
        n_with=len(mood_with),
        n_without=len(mood_without),
        mood_with=_mean(mood_with),
        mood_without=_mean(mood_without),
        energy_with=_mean(energy_with),
        energy_without=_mean(energy_without),
        more_with=max(0, MIN_EACH_SIDE - len(mood_with)),
        more_without=max(0, MIN_EACH_SIDE - len(mood_without)),
    )


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def sort_key(comparison: Comparison) -> tuple[int, float, str]:
    """Clear differences first (largest first), then "no clear difference", then too few days."""
    diff = comparison.difference
    if diff is None:
        return (2, 0.0, comparison.name.casefold())
    return (0 if comparison.clear else 1, -abs(diff), comparison.name.casefold())


def find_patterns(
    profile: Profile,
    today: date,
    days: int = DEFAULT_DAYS,
    *,
    next_day: bool = False,
    extra: Sequence[Factor] = (),
) -> Patterns:
    """Patterns over the last `days` days up to `today`.

    Same day: a factor on a day against that day's mood. Next day: a factor on a
    day against the next day's mood (so factor days run to yesterday; the calendar
    arithmetic carries across month and year ends). Sleep is compared on the same
    day in both modes.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    start = today - timedelta(days=days - 1)
    end = today - ONE_DAY if next_day else today
    in_period = {d: c for d, c in profile.checkins.items() if start <= d <= today}
    moods = {d: c.mood for d, c in in_period.items() if c.mood is not None}
    energies = {d: c.energy for d, c in in_period.items() if c.energy is not None}
    result = Patterns(start, end, next_day, len(moods))
    if not result.enough:
        return result
    # A habit's day counts only with a check-in that day too (in both modes): a day with
    # no record at all says nothing about whether it was done.
    factor_days = sorted(d for d in in_period if d <= end)
    factors = [*habit_factors(profile, factor_days), *checkin_factors(in_period), *extra]
    comparisons = []
    for factor in factors:
        shift = 1 if next_day and factor.shifts else 0
        clipped = _clip(factor, start, end if shift else today)
        comparisons.append(compare(clipped, moods, energies, shift))
    comparisons.sort(key=sort_key)
    return Patterns(start, end, next_day, len(moods), comparisons)


def _clip(factor: Factor, start: date, end: date) -> Factor:
    return Factor(
        factor.name,
        factor.kind,
        frozenset(d for d in factor.with_days if start <= d <= end),
        frozenset(d for d in factor.without_days if start <= d <= end),
        factor.shifts,
    )


# ----- words -----------------------------------------------------------------------------


def number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def signed(value: float) -> str:
    """+0.9, -1.2, and 0.0 (never "-0.0")."""
    text = f"{value:+.1f}"
    return "0.0" if text in ("+0.0", "-0.0") else text


def factor_line(comparison: Comparison, name_width: int = 0) -> str:
    """One plain line: name, mood with it (n days), mood without (n days), difference."""
    name = comparison.name.ljust(name_width)
    counts = (
        f"with it {number(comparison.mood_with)} ({comparison.n_with} {_days(comparison.n_with)})"
        f", without {number(comparison.mood_without)} ({comparison.n_without} "
        f"{_days(comparison.n_without)})"
    )
    if comparison.difference is None:
        return f"{name}  {comparison.needed_words()}"
    diff = comparison.difference
    tail = f"difference {signed(diff)}" if comparison.clear else f"{NO_CLEAR} ({signed(diff)})"
    return f"{name}  mood {counts}, {tail}"


def cells(comparison: Comparison) -> tuple[str, str, str]:
    """(mood with it (n), mood without (n), difference) for a table; the last says how
    many more days are needed when there are too few."""
    if comparison.difference is None:
        return ("", "", comparison.needed_words().removeprefix("not enough days yet: "))
    diff = comparison.difference
    return (
        f"{number(comparison.mood_with)} ({comparison.n_with} d)",
        f"{number(comparison.mood_without)} ({comparison.n_without} d)",
        signed(diff) if comparison.clear else f"{signed(diff)} {NO_CLEAR}",
    )


def heading(patterns: Patterns) -> str:
    mode = (
        "a factor on one day and mood the next day"
        if patterns.next_day
        else "a factor and mood on the same day"
    )
    return f"Patterns from {patterns.start} to {patterns.end} ({mode}); mood is 1-10, 10 = best."


def text_lines(patterns: Patterns) -> list[str]:
    """The plain-text form, shared by the shell and the report."""
    lines = [heading(patterns)]
    if not patterns.enough:
        lines.append(patterns.needed_words())
    else:
        width = min(34, max((len(c.name) for c in patterns.comparisons), default=0))
        lines += [factor_line(c, width) for c in patterns.comparisons]
        if not patterns.comparisons:
            lines.append("Nothing to compare yet: add a habit or tags to your check-ins.")
        else:
            better = [c for c in patterns.comparisons if c.clear]
            if better:
                top = better[0]
                lines.append(f"Most noticeable: {top.name}: {top.verdict()}.")
    lines.append(CAVEAT)
    return lines


def as_json(patterns: Patterns) -> dict[str, object]:
    return {
        "start": patterns.start.isoformat(),
        "end": patterns.end.isoformat(),
        "next_day": patterns.next_day,
        "checkins": patterns.checkins,
        "enough": patterns.enough,
        "more_checkins_needed": patterns.more_checkins,
        "caveat": CAVEAT,
        "factors": [
            {
                "name": c.name,
                "kind": c.kind,
                "days_with": c.n_with,
                "days_without": c.n_without,
                "mood_with": _round(c.mood_with) if c.enough else None,
                "mood_without": _round(c.mood_without) if c.enough else None,
                "energy_with": _round(c.energy_with) if c.enough else None,
                "energy_without": _round(c.energy_without) if c.enough else None,
                "difference": _round(c.difference),
                "energy_difference": _round(c.energy_difference),
                "verdict": c.verdict(),
                "more_days_with_needed": c.more_with,
                "more_days_without_needed": c.more_without,
            }
            for c in patterns.comparisons
        ],
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
