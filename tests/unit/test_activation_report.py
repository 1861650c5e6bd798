"""The report's Activities section, in every format: weeks, ratings, one row per entry."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from tests.typing_helpers import present
from wellness_tui.core.activation import Ratings, let_go, log_done, mark_done, new_activity, plan
from wellness_tui.library import Library
from wellness_tui.profile.models import LifeArea, PlanEntry, Profile
from wellness_tui.profile.ops import PutActivity, PutPlan
from wellness_tui.report.build import Report, build_report
from wellness_tui.report.formats import render

NOW = datetime(2026, 11, 25, 10, 0)
NASTY = "Tea <b>&</b> [red]x[/red] *star*"


@pytest.fixture
def report_of(library: Library) -> Callable[..., Report]:
    profile = Profile.new(NOW)
    areas: tuple[tuple[str, LifeArea], ...] = ((NASTY, "fun"), ("Walk", "health"))
    for title, area in areas:
        PutActivity(new_activity(profile, title, NOW.date(), area=area)).apply(profile)
    tea, walk = profile.activities

    def put(entry: PlanEntry) -> None:
        PutPlan(entry).apply(profile)

    put(mark_done(plan(profile, walk, date(2026, 11, 16), NOW), Ratings(4, 8, 3, 5, "ok"), NOW))
    put(let_go(plan(profile, walk, date(2026, 11, 17), NOW), NOW))
    put(mark_done(plan(profile, tea, date(2026, 11, 24), NOW, "evening"), Ratings(9, 2), NOW))
    put(log_done(profile, walk, date(2026, 11, 25), Ratings(6, None), NOW))
    put(plan(profile, walk, date(2026, 11, 1), NOW))  # before the period

    def build(**flags: Any) -> Report:
        return build_report(profile, library, date(2026, 11, 12), date(2026, 11, 25), NOW, **flags)

    return build


def test_weeks_and_the_highest_rated(report_of: Callable[..., Report]) -> None:
    section = present(report_of().activities)
    weeks = [(w.start, w.end, w.planned, w.done, w.let_go) for w in section.weeks]
    assert weeks == [
        (date(2026, 11, 12), date(2026, 11, 15), 0, 0, 0),  # clipped to the period
        (date(2026, 11, 16), date(2026, 11, 22), 2, 1, 1),
        (date(2026, 11, 23), date(2026, 11, 25), 1, 2, 0),
    ]
    assert (section.weeks[2].average_enjoyment, section.weeks[2].average_achievement) == (7.5, 2)
    assert [(r.title, r.times) for r in section.rated_highest] == [(NASTY, 1), ("Walk", 2)]
    assert len(section.entries) == 4


def test_markdown_and_html_show_typed_text_literally(report_of: Callable[..., Report]) -> None:
    text = render(report_of(), "md")
    assert "## Activities" in text
    assert "- Week of 16 Nov to 22 Nov: planned 2, done 1, let go 1 · enjoyment 4/10" in text
    assert "Tea \\<b>&\\</b> [red]x[/red] \\*star\\*: enjoyment 9/10" in text
    page = render(report_of(), "html")
    assert "<h2>Activities</h2>" in page
    assert "Tea &lt;b&gt;&amp;&lt;/b&gt; [red]x[/red] *star*: enjoyment 9/10" in page


def test_csv_and_json_have_a_row_per_entry_and_notes_only_when_asked(
    report_of: Callable[..., Report],
) -> None:
    rows = [
        r
        for r in csv.DictReader(io.StringIO(render(report_of(), "csv")))
        if r["section"] == "activity"
    ]
    assert [(r["date"], r["item"], r["value"]) for r in rows] == [
        ("2026-11-16", "Walk", "done"),
        ("2026-11-17", "Walk", "let go"),
        ("2026-11-24", NASTY, "done"),
        ("2026-11-25", "Walk", "done"),
    ]
    assert rows[0]["detail"] == (
        "Health and body | enjoyment 4 | achievement 8 | mood before 3 | mood after 5"
    )
    assert rows[3]["detail"].startswith("Health and body | not planned")
    data = json.loads(render(report_of(), "json"))
    assert len(data["activities"]["entries"]) == 4
    assert "note" not in data["activities"]["entries"][0]
    with_notes = json.loads(render(report_of(include_notes=True), "json"))
    assert with_notes["activities"]["entries"][0]["note"] == "ok"
    assert "note: ok" in render(report_of(include_notes=True), "csv")


def test_no_section_without_plans_in_the_period(library: Library) -> None:
    report = build_report(Profile.new(NOW), library, date(2026, 11, 1), date(2026, 11, 25), NOW)
    assert report.activities is None
    assert "## Activities" not in render(report, "md")


def test_an_archived_activity_keeps_its_history_in_the_report(library: Library) -> None:
    from dataclasses import replace

    profile = Profile.new(NOW)
    PutActivity(new_activity(profile, "Walk", NOW.date(), area="health")).apply(profile)
    [walk] = profile.activities
    PutPlan(mark_done(plan(profile, walk, date(2026, 11, 24), NOW), Ratings(7, 5), NOW)).apply(
        profile
    )
    PutActivity(replace(walk, archived=True)).apply(profile)
    report = build_report(profile, library, date(2026, 11, 12), date(2026, 11, 25), NOW)
    section = present(report.activities)
    assert [(r.title, r.times) for r in section.rated_highest] == [("Walk", 1)]
    assert len(section.entries) == 1
