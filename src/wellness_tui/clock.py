"""The one source of "now".

The app factory takes a clock, so tests can fix the date and time (snapshots
stay valid tomorrow) and move it forward (day roll-over can be tested).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol

EARLIEST = date(2000, 1, 1)
"""No entry is older than this (a typo in the year, not a memory)."""


class Clock(Protocol):
    def now(self) -> datetime:
        """The local wall-clock time, naive (no time zone)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now()


class FixedClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment

    def advance(self, **delta: float) -> None:
        self._now += timedelta(**delta)


def logical_day(moment: datetime, day_end_hour: int) -> date:
    """The user's calendar day at `moment`.

    With a day-end hour of 4, 03:59 still belongs to yesterday. Dates are local
    wall-clock dates, so a time-zone or daylight-saving change never moves an
    entry that is already stored.
    """
    return (moment - timedelta(hours=day_end_hour)).date()
