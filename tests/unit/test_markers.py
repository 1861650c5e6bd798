"""Chart markers: treatment changes and appointments, lined up under every chart."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from wellness_tui.core.trends import (
    MEASURES,
    day_in_text,
    marker_legend,
    marker_row,
    markers,
    series,
    squeeze,
)
from wellness_tui.profile.models import Appointment, CheckIn, Profile, Treatment

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-03", date(2026, 11, 3)),
        ("started 2026-10", date(2026, 10, 1)),
        ("on 2026-02-30", None),
        ("spring 2021", None),
        ("2019", None),
        ("", None),
    ],
)
def test_dates_in_free_text(text: str, day: date | None) -> None:
    assert day_in_text(text) == day


def profile() -> Profile:
    p = Profile.new(datetime(2026, 1, 1))
    p.treatments = [
        Treatment(id="t1", what="Med [A]", started="2026-11-20", stopped=""),
        Treatment(id="t2", what="Therapy", started="2025-01", stopped="2026-11-24"),
    ]
    p.appointment = Appointment(day=date(2026, 12, 2), with_whom="Dr Lee")
    for i in range(30):
        p.checkins[TODAY - timedelta(days=i)] = CheckIn(mood=5)
    return p


@pytest.mark.parametrize(
    ("days", "width", "row"),
    [
        (7, 60, " ▲   ▼"),  # 19..25 Nov: started on the 20th, stopped on the 24th
        (30, 60, " " * 24 + "▲   ▼"),
        (90, 30, " " * 28 + "▲▼"),  # squeezed: 3 days a column
    ],
)
def test_marker_row_lines_up_with_the_chart(days: int, width: int, row: str) -> None:
    found = markers(profile())
    data = series(profile(), MEASURES[0], TODAY, days)
    chart = squeeze(data.values, width)
    line = marker_row(found, data.start, days, width)
    assert line == row
    assert len(line) <= len(chart)


def test_legend_names_markers_and_the_next_appointment() -> None:
    found = markers(profile())
    legend = marker_legend(found, TODAY - timedelta(days=29), TODAY)
    assert "▲ 20 Nov: treatment started (Med [A])" in legend
    assert "▼ 24 Nov: treatment stopped (Therapy)" in legend
    assert "next appointment Wed 02 Dec (Dr Lee)" in legend
    assert "2025" not in legend and "Jan" not in legend  # outside the window
    ascii_legend = marker_legend(found, TODAY - timedelta(days=29), TODAY, ascii=True)
    assert "^ 20 Nov" in ascii_legend and "v 24 Nov" in ascii_legend
    assert marker_row(found, TODAY - timedelta(days=29), 30, 60, ascii=True).strip() == "^   v"


def test_no_markers_no_row() -> None:
    assert marker_row([], TODAY, 30, 60) == ""
    assert marker_legend([], TODAY, TODAY) == ""
