"""Mood, energy and sleep over time, as numbers and small text charts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from wellness_tui.profile.models import CheckIn, Profile
from wellness_tui.scales import ENERGY, MOOD, SLEEP_HOURS, SLEEP_QUALITY, Scale

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


def _measure(scale: Scale, high: float | None = None) -> Measure:
    return Measure(
        scale.field, scale.label, scale.low, scale.high if high is None else high, scale.unit
    )


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
