"""The opt-in Patterns section of the report, in all four formats."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime

import pytest
from benchmarks.synthetic import make_profile

from wellness_tui.core.patterns import CAVEAT
from wellness_tui.library import Library
from wellness_tui.report.build import Report, build_report
from wellness_tui.report.formats import render

END = date(2026, 11, 25)
MADE = datetime(2026, 11, 25, 10, 0)


def report(library: Library, include: bool, start: date = date(2026, 8, 28)) -> Report:
    profile = make_profile(365)
    return build_report(profile, library, start, END, MADE, include_patterns=include)


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json"])
def test_patterns_only_when_asked_for(library: Library, fmt: str) -> None:
    assert "what went with better days" not in render(report(library, False), fmt).casefold()
    assert CAVEAT not in render(report(library, False), fmt)
    text = render(report(library, True), fmt)
    assert CAVEAT in text
    assert "10-minute walk" in text


def test_json_and_csv_carry_the_numbers(library: Library) -> None:
    data = json.loads(render(report(library, True), "json"))
    walk = next(f for f in data["patterns"]["factors"] if f["name"] == "10-minute walk")
    assert walk["days_with"] == 43 and walk["days_without"] == 29
    rows = list(csv.DictReader(io.StringIO(render(report(library, True), "csv"))))
    pattern_rows = [r for r in rows if r["section"] == "pattern"]
    assert any(r["item"] == "10-minute walk" and r["value"] == "+0.9" for r in pattern_rows)


def test_a_short_period_says_how_many_more_days(library: Library) -> None:
    text = render(report(library, True, start=date(2026, 11, 20)), "md")
    assert "Not enough days yet" in text and CAVEAT in text
