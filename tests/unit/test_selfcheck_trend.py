"""The self-check trend (core) and the report's opt-in Self-checks section, every format."""

from __future__ import annotations

import csv
import io
import itertools
import json
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.cli_run import in_process
from tests.selfcheck_data import GAD7_TOTALS, PHQ9_TOTALS, TODAY, answers_for, seed_selfchecks
from tests.typing_helpers import OpenStore
from wellness_tui.core import selfchecks as sc
from wellness_tui.core.trends import marker_row, markers
from wellness_tui.library.questionnaires import Questionnaire, program_questionnaires
from wellness_tui.profile.models import Profile
from wellness_tui.profile.ops import PutSelfCheck
from wellness_tui.profile.store import ProfileStore
from wellness_tui.report.build import Report, build_report
from wellness_tui.report.formats import render

QS = program_questionnaires()
PHQ9, GAD7 = QS["phq9"], QS["gad7"]
START = TODAY - timedelta(days=89)


@pytest.fixture
def store(open_store: OpenStore, profile_path: Path) -> ProfileStore:
    s = open_store(profile_path)
    seed_selfchecks(s)
    return s


@pytest.mark.parametrize(
    ("q", "edges"), [(PHQ9, [20, 15, 10, 5]), (GAD7, [15, 10, 5])], ids=["phq9", "gad7"]
)
def test_band_edges_are_lines(q: Questionnaire, edges: list[int]) -> None:
    rows = sc.trend_rows(q)
    assert [r.edge for r in rows if r.edge is not None] == edges
    assert rows[0].high == q.max_score and rows[-1].low == 0
    for higher, lower in itertools.pairwise(rows):  # no gaps, no overlaps
        assert lower.high + 1 == higher.low
    chart = sc.trend_chart(sc.Trend(q, START, 90, []), 45)
    lines = {axis.strip(" ┤"): cells for axis, cells, _ in chart if "┤" in axis}
    assert set(lines) == {str(e) for e in edges}
    assert all(set(cells) == {"┈"} for cells in lines.values())


@pytest.mark.parametrize(
    ("score", "edge_row"),
    [(4, None), (5, 5), (9, None), (10, 10), (14, None), (15, 15), (19, None), (20, 20)],
)
def test_a_score_sits_in_its_band(score: Any, edge_row: Any) -> None:
    check = sc.make_check(PHQ9, TODAY, answers_for(score, 9), datetime(2026, 11, 25, 9))
    chart = sc.trend_chart(sc.Trend(PHQ9, START, 90, [check]), 45)
    [(axis, _cells, _band)] = [row for row in chart if "●" in row[1]]
    assert (axis.strip(" ┤│") or None) == (None if edge_row is None else str(edge_row))


def test_points_line_up_with_the_shared_marker_row(store: ProfileStore) -> None:
    profile: Profile = store.profile
    t = sc.trend(profile, PHQ9, TODAY, 90)
    assert t.scores == list(PHQ9_TOTALS)
    width = 48
    chart = sc.trend_chart(t, width)
    columns = sorted({i for _, cells, _ in chart for i, c in enumerate(cells) if c == "●"})
    assert len(columns) == len(PHQ9_TOTALS)
    marks = marker_row(markers(profile), t.start, t.days, width)
    started = TODAY - timedelta(days=70)  # the treatment's start, on a check day
    check_column = columns[[c.day for c in t.checks].index(started)]
    assert marks.index("▲") == check_column
    assert sc.trend_numbers(t).startswith("19 (02 Sep) · 17")
    assert sc.trend_summary(t) == (
        "7 in the last 90 days · latest 7 (mild range) · lowest 7, highest 19"
    )
    assert "response" in sc.outlook(PHQ9, t.checks).words


def test_plain_symbols_chart() -> None:
    check = sc.make_check(GAD7, TODAY, answers_for(6, 7), datetime(2026, 11, 25, 9))
    chart = sc.trend_chart(sc.Trend(GAD7, START, 90, [check]), 30, ascii=True)
    text = "".join(a + c for a, c, _ in chart)
    assert "●" not in text and "┈" not in text and "o" in text and "-" in text


def _report(profile: Profile, **include: Any) -> Report:
    return build_report(profile, _library(), START, TODAY, datetime(2026, 11, 25, 10), **include)


def _library() -> Any:
    from tests.conftest import TEST_CONTENT
    from wellness_tui.library import load_library

    return load_library([TEST_CONTENT])


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json"])
def test_section_only_when_chosen(store: ProfileStore, fmt: str) -> None:
    plain = render(_report(store.profile), fmt)
    assert "Self-checks" not in plain and "selfcheck" not in plain and "PHQ-9" not in plain
    text = render(_report(store.profile, include_selfchecks=True), fmt)
    assert "PHQ-9" in text and "GAD-7" in text
    assert "Thoughts that you would be better off dead" not in text
    private = render(_report(store.profile, include_selfcheck_answers=True), fmt)
    if fmt in ("md", "html"):
        assert "Self-checks" in text and "not a diagnosis" in text
        assert "19 of 27, moderately severe range" in text
        assert "-4 since the one before" in text  # 16 -> 12
        assert "Thoughts that you would be better off dead" in private
        assert "Several days" in private  # item 9 of the first check was 1


def test_csv_rows_per_check(store: ProfileStore) -> None:
    report = _report(store.profile, include_selfchecks=True)
    found = [r for r in csv.DictReader(io.StringIO(render(report, "csv")))]
    phq = [r for r in found if r["section"] == "selfcheck" and r["item"] == "PHQ-9"]
    assert [int(r["value"]) for r in phq] == list(PHQ9_TOTALS)
    assert phq[0]["date"] == "2026-09-02" and "moderately severe range" in phq[0]["detail"]
    assert not [r for r in found if r["section"] == "selfcheck answers"]
    private = render(_report(store.profile, include_selfcheck_answers=True), "csv")
    answers = [
        r for r in csv.DictReader(io.StringIO(private)) if r["section"] == "selfcheck answers"
    ]
    assert len(answers) == len(PHQ9_TOTALS) + len(GAD7_TOTALS)
    assert answers[0]["value"].split(",")[8] == "1"


def test_json_numbers_are_numbers(store: ProfileStore) -> None:
    data = json.loads(render(_report(store.profile, include_selfchecks=True), "json"))
    phq = data["selfchecks"]["phq9"]
    assert [c["total"] for c in phq["checks"]] == list(PHQ9_TOTALS)
    assert phq["checks"][0]["change"] is None and phq["checks"][1]["change"] == -2
    assert phq["response"] is True and phq["remission"] is False
    assert "answers" not in phq["checks"][0]
    private = json.loads(render(_report(store.profile, include_selfcheck_answers=True), "json"))
    assert private["selfchecks"]["gad7"]["checks"][0]["answers"] == answers_for(14, 7)
    assert "selfchecks" not in json.loads(render(_report(store.profile), "json"))


def test_only_checks_marked_for_the_report(store: ProfileStore) -> None:
    first = sc.history(store.profile, "phq9")[1]
    store.apply(PutSelfCheck(sc.make_check(PHQ9, first.day, first.answers, first.created)))
    hidden = sc.history(store.profile, "phq9")
    for check in hidden[:3]:
        check.in_report = False
    data = json.loads(render(_report(store.profile, include_selfchecks=True), "json"))
    totals = [c["total"] for c in data["selfchecks"]["phq9"]["checks"]]
    assert len(totals) == len(hidden) - 3
    assert data["selfchecks"]["phq9"]["checks"][0]["change"] is None


def test_outside_the_period_is_left_out(store: ProfileStore) -> None:
    report = build_report(
        store.profile,
        _library(),
        TODAY - timedelta(days=14),
        TODAY,
        datetime(2026, 11, 25, 10),
        include_selfchecks=True,
    )
    assert report.selfchecks is not None
    [phq, _gad] = report.selfchecks.questionnaires
    assert [c.day for c in phq.checks] == [date(2026, 11, 11), TODAY]


def _wt(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`wellness-tui ARGS --profile PROFILE`: what its process gives, run in this one
    (tests/cli_run.py)."""
    env = {"WELLNESS_TUI_NOW": "2026-11-25T10:00"}
    return in_process([*args, "--profile", str(profile)], env=env)


def test_shell_include_choices(store: ProfileStore, profile_path: Path) -> None:
    store.close()
    plain = _wt(profile_path, "report", "--from", "2026-09-01")
    assert plain.returncode == 0 and "## Self-checks" not in plain.stdout
    scores = _wt(profile_path, "report", "--from", "2026-09-01", "--include", "selfchecks")
    assert "## Self-checks" in scores.stdout and "Thoughts that you" not in scores.stdout
    answers = _wt(
        profile_path,
        "report",
        "--include",
        "selfchecks",
        "--include",
        "selfcheck-answers",
        "--format",
        "json",
    )
    assert answers.returncode == 0, answers.stderr
    assert "answers" in json.loads(answers.stdout)["selfchecks"]["phq9"]["checks"][0]
    bad = _wt(profile_path, "report", "--include", "selfcheck")
    assert bad.returncode != 0 and bad.stderr.count("\n") == 1
