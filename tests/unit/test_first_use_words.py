"""Issue 15: the words a first-time user meets (plurals, weekly habits, skipped days, sleep)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from wellness_tui.core.habits import (
    DayState,
    completion,
    rate_words,
    state_words,
    status_words,
    strength_percent,
)
from wellness_tui.library import Library
from wellness_tui.profile.models import Habit
from wellness_tui.report.build import Report
from wellness_tui.targets import Target
from wellness_tui.words import plural

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("count", "word", "zero", "expected"),
    [
        (0, "day", None, "0 days"),
        (0, "day", "no days", "no days"),
        (1, "day", None, "1 day"),
        (2, "day", None, "2 days"),
        (3, "log entry", None, "3 log entries"),
        (1, "log entry", None, "1 log entry"),
        (2, "check-in day", None, "2 check-in days"),
        (5, "tick", None, "5 ticks"),
    ],
)
def test_plural_reads_as_english_for_zero_one_and_many(
    count: int, word: str, zero: str | None, expected: str
) -> None:
    assert plural(count, word, zero=zero) == expected


def test_a_weekly_habit_right_after_its_first_tick_shows_what_was_done() -> None:
    habit = Habit(id="h", title="Walk", target=Target(per_week=4), created=TODAY, done=[TODAY])
    assert strength_percent(habit, TODAY) >= 1  # never a bare 0% after a tick
    words = status_words(habit, TODAY, "mon")
    assert words == "1 of 4 this week"
    assert "no streak yet" not in words
    untouched = Habit(id="u", title="Read", target=Target(per_week=4), created=TODAY)
    assert strength_percent(untouched, TODAY) == 0
    assert status_words(untouched, TODAY, "mon") == "0 of 4 this week · no streak yet"


def test_skipped_days_are_said_as_they_are() -> None:
    start = TODAY - timedelta(days=4)
    habit = Habit(
        id="h",
        title="Walk",
        created=start,
        done=[start, start + timedelta(days=2), TODAY],
        skipped=[start + timedelta(days=1), start + timedelta(days=3)],
    )
    rate = completion(habit, TODAY, 7)
    assert rate is not None and rate.share == 1.0
    assert rate_words(rate) == "done 3 of 3 days that counted; 2 skipped"
    one = Habit(id="o", title="Walk", created=TODAY, done=[TODAY])
    rate = completion(one, TODAY, 7)
    assert rate is not None and rate_words(rate) == "done 1 of 1 day"


def test_a_past_day_not_done_is_not_done_not_not_yet() -> None:
    assert state_words(DayState.NOT_YET, TODAY - timedelta(days=20), TODAY) == "not done"
    assert state_words(DayState.NOT_YET, TODAY, TODAY) == "not yet"


# ----- the report: sleep's own words, plurals, escaping, numbers, the chart ---------------


def _report(library: Library, **changes: Any) -> Report:
    import json  # noqa: F401  (used by callers through render)
    from datetime import datetime

    from wellness_tui.profile.models import CheckIn, Profile
    from wellness_tui.report.build import build_report

    profile = Profile.new(datetime(2026, 11, 1, 9, 0))
    start = TODAY - timedelta(days=6)
    for offset in (0, 1, 4, 6):  # days 2, 3 and 5 have no entry
        profile.checkins[start + timedelta(days=offset)] = CheckIn(
            mood=5 + offset % 3, energy=4, sleep_hours=7.5, sleep_quality=3
        )
    profile.habits = [
        Habit(id="a", title="Walk", created=start, done=[start + timedelta(days=2)]),
        Habit(id="b", title="Read", created=start),
        Habit(id="c", title="Call", target=Target(per_week=2), created=TODAY),
    ]
    for key, value in changes.items():
        setattr(profile, key, value)
    return build_report(profile, library, start, TODAY, datetime(2026, 11, 25, 18, 0))


def test_sleep_hours_have_their_own_words_and_chart(library: Library) -> None:
    from wellness_tui.report.formats import render

    report = _report(library)
    md, page = render(report, "md"), render(report, "html")
    for text in (md, page):
        assert "Higher is better on every line" not in text and "Higher is better." not in text
        assert "Sleep (hours): steady and enough is the aim, not more." in text
        assert "Mood, energy, sleep quality: higher is better." in text
    charts = page.split("<svg")[1:]
    assert len(charts) == 2  # sleep hours are not drawn on the mood axis
    assert "10 best" in charts[0] and "h</text>" not in charts[0]
    assert "12 h" in charts[1] and "0 h" in charts[1] and "best" not in charts[1]
    assert 'fill="#555"></text>' not in page  # no empty axis label


def test_the_chart_breaks_its_lines_at_missing_days(library: Library) -> None:
    from wellness_tui.report.formats import render

    page = render(_report(library), "html")
    mood_chart = page.split("<svg")[1]
    mood_lines = [p for p in mood_chart.split("\n") if "#2f6f8f" in p]
    # days 0-1 are one line, day 4 alone is a dot, day 6 alone is a dot: never one polyline
    assert sum("<polyline" in p for p in mood_lines) == 1
    assert sum("<circle" in p for p in mood_lines) == 2


def test_report_sentences_read_as_english(library: Library) -> None:
    from wellness_tui.report.formats import render

    report = _report(library)
    md, page, table = render(report, "md"), render(report, "html"), render(report, "csv")
    for text in (md, page, table):
        assert "(s)" not in text
        assert "no days due yet of the target" not in text
        assert "% of daily" not in text
    assert "Walk (daily): done on 1 day, 17% of the target" in md
    assert "Read (daily): not done yet, 0% of the target" in md
    assert "Call (2 times a week): not done yet; no days due yet" in md
    assert "17% of the target (daily)" in table


def test_markdown_escapes_only_what_it_would_misread(library: Library) -> None:
    from markdown_it import MarkdownIt

    from wellness_tui.report.markdown import md

    for typed, written in [
        ("[b]bold[/b] & more | pipe", "[b]bold[/b] & more | pipe"),
        ("2026-11-25 a date", "2026-11-25 a date"),
        ("snake_case", "snake_case"),
        ("*star*", r"\*star\*"),
        ("[link](x)", r"[link\](x)"),
        ("&amp;", r"\&amp;"),
        ("<b>", r"\<b>"),
        ("# heading", r"\# heading"),
        ("1. one", r"1\. one"),
        ("- item", r"\- item"),
    ]:
        assert md(typed) == written
        shown = MarkdownIt("commonmark").enable("table").render(f"- {md(typed)}")
        import html

        assert html.unescape(shown.replace("<ul>\n<li>", "").replace("</li>\n</ul>\n", "")) == typed


def test_json_gives_numbers_as_numbers(library: Library) -> None:
    import json

    from wellness_tui.report.formats import render

    data = json.loads(render(_report(library), "json"))
    values = {r["item"]: r["value"] for r in data["rows"] if r["section"] == "checkin"}
    assert values["mood"] in (5, 6, 7) and values["sleep_hours"] == 7.5
    habit_rows = [r for r in data["rows"] if r["section"] == "habit"]
    assert {r["item"]: r["value"] for r in habit_rows}["Walk"] == 1


# ----- a damaged profile, in a person's words ------------------------------------------


def test_a_damaged_profile_notice_says_what_was_lost_in_plain_words(tmp_path: Path) -> None:
    import json
    from datetime import datetime

    from wellness_tui.clock import FixedClock
    from wellness_tui.profile.store import ProfileStore

    path = tmp_path / "p.json"
    clock = FixedClock(datetime(2026, 11, 25, 9, 0))
    from wellness_tui.profile.codec import encode
    from wellness_tui.profile.models import Profile

    data = json.loads(encode(Profile.new(clock.now())))
    data["habits"] = [
        {
            "id": "w",
            "title": "Walk",
            "created": "2026-11-01",
            "done": ["2026-11-02", "2026-02-30", "not a day", "2026-13-01"],
        }
    ]
    data["checkins"] = {"2026-11-20": {"mood": 99}}
    path.write_text(json.dumps(data))
    notice = ProfileStore(path, clock).notices[0]
    [aside] = tmp_path.glob("p.corrupt-*.json")
    assert "3 ticks and 1 check-in value could not be read and were left out" in notice
    assert f"the original file is kept at {aside}" in notice
    assert "habits.0" not in notice and "Input should" not in notice and "(s)" not in notice


# ----- knowledge checks: wrong answers teach, they never echo the inner critic ------------

INNER_CRITIC = (
    "give up",
    "failed",
    "stop trying",
    "doing it wrong",
    "lazy",
    "pointless",
    "not trying hard enough",
    "aren't trying",
    "doing something wrong",
    "hopeless",
    "useless",
    "worthless",
)


def test_no_wrong_answer_echoes_the_inner_critic() -> None:
    from tests.conftest import REPO_CONTENT
    from wellness_tui.library import load_library

    program = load_library([REPO_CONTENT])
    found = []
    for module in program.modules:
        for lesson in module.lessons:
            for question in lesson.questions:
                for choice in question.choices:
                    if choice.correct:
                        continue
                    assert choice.explanation.strip()  # every wrong answer still explains
                    if any(word in choice.text.lower() for word in INNER_CRITIC):
                        found.append(f"{lesson.id}/{question.id}: {choice.text}")
    assert found == []
