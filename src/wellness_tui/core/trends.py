"""Mood, energy and sleep over time, as numbers and small text charts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from wellness_tui.profile.models import CheckIn, Profile
from wellness_tui.scales import ENERGY, MOOD, SLEEP_HOURS, SLEEP_QUALITY, Scale
from wellness_tui.textsafe import one_line

BARS = "▁▂▃▄▅▆▇█"
ASCII_BARS = "_.-=+*#@"
MISSING = "·"


@dataclass(frozen=True)
class Measure:
    field: str
    label: str
    low: float
    high: float
    unit: str = ""
    aim: str = "higher is better"
    """What to look for in its chart (scales.Scale.aim): sleep hours have their own words."""

    @property
    def higher_is_better(self) -> bool:
        return self.aim == "higher is better"


def _measure(scale: Scale, high: float | None = None) -> Measure:
    return Measure(
        scale.field,
        scale.label,
        scale.low,
        scale.high if high is None else high,
        scale.unit,
        scale.aim,
    )


def aim_words(measures: tuple[Measure, ...] | list[Measure]) -> str:
    """How to read the charts, each scale in its own words:
    "Mood, energy, sleep quality: higher is better. Sleep (hours): steady and enough is
    the aim, not more." """
    better = [m.label.lower() for m in measures if m.higher_is_better]
    parts = []
    if better:
        names = ", ".join(better)
        parts.append(f"{names[0].upper()}{names[1:]}: higher is better.")
    for m in measures:
        if not m.higher_is_better:
            parts.append(f"{m.label} (hours): {m.aim}.")
    return " ".join(parts)


# Charts draw sleep up to 12 hours (the scale allows 24): a longer night is drawn
# at the top, and its number is shown as it is.
MEASURES = (
    _measure(MOOD),
    _measure(ENERGY),
    _measure(SLEEP_HOURS, high=12),
    _measure(SLEEP_QUALITY),
)


@dataclass(frozen=True)
class Series:
    measure: Measure
    start: date
    values: list[float | None]
    """One value per day, oldest first; None where nothing was entered."""

    @property
    def present(self) -> list[float]:
        return [v for v in self.values if v is not None]

    @property
    def average(self) -> float | None:
        present = self.present
        return sum(present) / len(present) if present else None

    @property
    def minimum(self) -> float | None:
        return min(self.present, default=None)

    @property
    def maximum(self) -> float | None:
        return max(self.present, default=None)

    def summary(self) -> str:
        """E.g. "average 5.4/10, range 3–8, 21 of 30 days"."""
        if self.average is None:
            return "no entries yet"
        unit = self.measure.unit
        return (
            f"average {_fmt(self.average)}{unit}, range {_fmt(self.minimum)}–"
            f"{_fmt(self.maximum)}, {len(self.present)} of {len(self.values)} days"
        )


def series(profile: Profile, measure: Measure, today: date, days: int) -> Series:
    start = today - timedelta(days=days - 1)
    values: list[float | None] = []
    for offset in range(days):
        checkin = profile.checkins.get(start + timedelta(days=offset))
        values.append(_value(checkin, measure.field))
    return Series(measure, start, values)


def _value(checkin: CheckIn | None, field: str) -> float | None:
    if checkin is None:
        return None
    value = getattr(checkin, field)
    return None if value is None else float(value)


def sparkline(values: list[float | None], low: float, high: float, ascii: bool = False) -> str:
    """One character per value, its height on the scale low..high; missing days as ·."""
    bars = ASCII_BARS if ascii else BARS
    out = []
    for value in values:
        if value is None:
            out.append(MISSING if not ascii else " ")
            continue
        share = 0.0 if high == low else (min(max(value, low), high) - low) / (high - low)
        out.append(bars[round(share * (len(bars) - 1))])
    return "".join(out)


def squeeze(values: list[float | None], width: int) -> list[float | None]:
    """Average neighbouring days so a long window fits in `width` characters."""
    if len(values) <= width:
        return values
    out: list[float | None] = []
    for i in range(width):
        chunk = values[i * len(values) // width : (i + 1) * len(values) // width]
        present = [v for v in chunk if v is not None]
        out.append(sum(present) / len(present) if present else None)
    return out


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".rstrip("0").rstrip(".")


# ----- markers: treatment changes and appointments, one mechanism for every chart ------------

_DAY_TEXT = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


@dataclass(frozen=True)
class Marker:
    day: date
    kind: str
    """"started", "stopped" or "appointment"."""
    label: str


MARKER_SYMBOLS = {"started": "▲", "stopped": "▼", "appointment": "◆"}
MARKER_ASCII = {"started": "^", "stopped": "v", "appointment": "A"}
MARKER_WORDS = {
    "started": "treatment started",
    "stopped": "treatment stopped",
    "appointment": "appointment",
}


def day_in_text(text: str) -> date | None:
    """A date the person wrote as YYYY-MM-DD (or YYYY-MM: the 1st) in a free-text field."""
    found = _DAY_TEXT.search(text or "")
    if found is None:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3] or 1))
    except ValueError:
        return None


def markers(profile: Profile) -> list[Marker]:
    """Every dated treatment start/stop and the appointment, oldest first."""
    out = []
    for treatment in profile.treatments:
        for kind, text in (("started", treatment.started), ("stopped", treatment.stopped)):
            day = day_in_text(text)
            if day is not None:
                out.append(Marker(day, kind, one_line(treatment.what)))
    if profile.appointment.day is not None:
        who = one_line(profile.appointment.with_whom) or "appointment"
        out.append(Marker(profile.appointment.day, "appointment", who))
    return sorted(out, key=lambda m: (m.day, m.kind))


def marker_row(found: list[Marker], start: date, days: int, width: int, ascii: bool = False) -> str:
    """A row of symbols lined up under a chart drawn by `squeeze(values, width)`; "" if none
    fall in the window. Two markers in one column show the later one."""
    symbols = MARKER_ASCII if ascii else MARKER_SYMBOLS
    columns = min(days, width)
    line = [" "] * columns
    hit = False
    for marker in found:
        offset = (marker.day - start).days
        if not 0 <= offset < days:
            continue
        line[column_of(offset, days, width)] = symbols[marker.kind]
        hit = True
    return "".join(line).rstrip() if hit else ""


def column_of(offset: int, days: int, width: int) -> int:
    """The column holding day `offset` of a `days`-long window drawn in `width` characters
    (one a day when it fits, else squeeze's chunks): charts and marker rows line up."""
    if days <= width:
        return offset
    for column in range(width):
        if column * days // width <= offset < (column + 1) * days // width:
            return column
    return width - 1


def marker_legend(found: list[Marker], start: date, end: date, ascii: bool = False) -> str:
    """The markers in the window in words, and the next appointment if it is ahead."""
    symbols = MARKER_ASCII if ascii else MARKER_SYMBOLS
    parts = [
        f"{symbols[m.kind]} {m.day:%d %b}: {MARKER_WORDS[m.kind]} ({m.label})"
        for m in found
        if start <= m.day <= end
    ]
    ahead = [m for m in found if m.kind == "appointment" and m.day > end]
    if ahead:
        parts.append(f"next appointment {ahead[0].day:%a %d %b} ({ahead[0].label})")
    return "; ".join(parts)
