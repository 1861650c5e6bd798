"""Self-check scoring, bands, change, response, remission and when one is due."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from wellness_tui.core import selfchecks as sc
from wellness_tui.library.questionnaires import Questionnaire, load_questionnaires
from wellness_tui.profile.models import Profile, SelfCheckDraft
from wellness_tui.profile.ops import PutSelfCheck, SetSelfCheckDraft

CONTENT = Path(__file__).resolve().parents[2] / "content"
QS, _ = load_questionnaires([CONTENT])
PHQ9, GAD7 = QS["phq9"], QS["gad7"]
NOW = datetime(2026, 11, 25, 10, 0)


def answers_for(q: Questionnaire, score: int) -> list[int]:
    """Answers adding up to `score`, filled from the first item."""
    out = []
    for _ in q.items:
        take = min(3, score)
        out.append(take)
        score -= take
    assert score == 0
    return out


@pytest.mark.parametrize(
    ("q", "score", "band"),
    [
        (PHQ9, 0, "minimal"),
        (PHQ9, 4, "minimal"),
        (PHQ9, 5, "mild"),
        (PHQ9, 9, "mild"),
        (PHQ9, 10, "moderate"),
        (PHQ9, 14, "moderate"),
        (PHQ9, 15, "moderately severe"),
        (PHQ9, 19, "moderately severe"),
        (PHQ9, 20, "severe"),
        (PHQ9, 27, "severe"),
        (GAD7, 0, "minimal"),
        (GAD7, 4, "minimal"),
        (GAD7, 5, "mild"),
        (GAD7, 9, "mild"),
        (GAD7, 10, "moderate"),
        (GAD7, 14, "moderate"),
        (GAD7, 15, "severe"),
        (GAD7, 19, "severe"),
        (GAD7, 20, "severe"),
        (GAD7, 21, "severe"),
    ],
)
def test_band_edges(q: Questionnaire, score: int, band: str) -> None:
    answers = answers_for(q, score)
    assert sc.total(answers) == score
    assert sc.band_words(q, score) == f"a score in the {band} range"
    assert sc.score_line(q, score) == (
        f"{q.title}: {score}, in the {band} range. "
        "This is not a diagnosis. Bring it to your care team."
    )


def test_the_promised_output_line() -> None:
    assert sc.score_line(PHQ9, 8) == (
        "PHQ-9: 8, in the mild range. This is not a diagnosis. Bring it to your care team."
    )


@pytest.mark.parametrize(
    ("q", "text", "error"),
    [
        (PHQ9, "1,1,1", "PHQ-9 has 9 questions: give 9 answers"),
        (GAD7, "0,0,0,0,0,0,0,0,0", "GAD-7 has 7 questions: give 7 answers"),
        (GAD7, "0,0,0,4,0,0,0", "answer 4 is '4'"),
        (GAD7, "0,0,x,0,0,0,0", "answer 3 is 'x'"),
        (GAD7, "0,0,-1,0,0,0,0", "answer 3 is '-1'"),
    ],
)
def test_wrong_answers_are_refused_in_plain_words(q: Questionnaire, text: str, error: str) -> None:
    with pytest.raises(sc.AnswerError, match=error):
        sc.parse_answers(q, text)


def test_answers_parse_with_commas_or_spaces() -> None:
    assert sc.parse_answers(GAD7, "0, 1 2,3 0 1 2") == [0, 1, 2, 3, 0, 1, 2]


def test_item_nine_is_detected_and_a_zero_is_never_called_safe() -> None:
    base = [1] * 8
    assert sc.safety_flag(PHQ9, [*base, 0]) == 0
    assert sc.safety_flag(PHQ9, [*base, 2]) == 2
    assert sc.safety_flag(PHQ9, [3, None]) == 0
    assert sc.safety_flag(GAD7, [3] * 7) == 0
    assert "today" in sc.safety_words(PHQ9, 2)
    assert "today" in sc.safety_words(PHQ9, 3)
    assert "today" not in sc.safety_words(PHQ9, 1)
    assert '"Several days"' in sc.safety_words(PHQ9, 1)
    for value in range(4):
        for text in (sc.safety_words(PHQ9, value), sc.score_line(PHQ9, value)):
            assert "safe" not in text.lower() and "not at risk" not in text.lower()


def _profile(*scores: tuple[date, int], q: Questionnaire = PHQ9) -> Profile:
    profile = Profile.new(NOW)
    for index, (day, score) in enumerate(scores):
        at = NOW.replace(minute=index)
        PutSelfCheck(sc.make_check(q, day, answers_for(q, score), at)).apply(profile)
    return profile


def test_change_since_last_notes_five_points_or_more() -> None:
    profile = _profile((date(2026, 11, 1), 14), (date(2026, 11, 15), 10), (date(2026, 11, 29), 5))
    first, second, third = sc.history(profile, "phq9")
    assert sc.previous(profile, first) is None
    assert "first one" in sc.change_words(PHQ9, 14, None)
    four = sc.change_words(PHQ9, 10, sc.previous(profile, second))
    assert four.startswith("4 points lower than last time (14 on 2026-11-01).")
    assert "5 points or more" not in four
    five = sc.change_words(PHQ9, 5, sc.previous(profile, third))
    assert five.startswith("5 points lower") and "5 points or more" in five
    assert "higher" in sc.change_words(PHQ9, 16, third) and "5 points or more" in (
        sc.change_words(PHQ9, 16, third)
    )
    assert sc.change_words(PHQ9, 5, third).startswith("The same as last time")


def test_response_and_remission() -> None:
    profile = _profile((date(2026, 9, 1), 16), (date(2026, 10, 1), 9), (date(2026, 11, 1), 8))
    out = sc.outlook(PHQ9, sc.history(profile, "phq9"))
    assert out.response and not out.remission
    assert "drop of half or more" in out.words and "under 5" in out.words
    profile = _profile((date(2026, 9, 1), 16), (date(2026, 10, 1), 9))
    assert not sc.outlook(PHQ9, sc.history(profile, "phq9")).response  # 9 > 16 / 2
    profile = _profile((date(2026, 9, 1), 10), (date(2026, 10, 1), 4))
    out = sc.outlook(PHQ9, sc.history(profile, "phq9"))
    assert out.response and out.remission and '"remission"' in out.words
    gad = _profile((date(2026, 9, 1), 10), (date(2026, 10, 1), 2), q=GAD7)
    out = sc.outlook(GAD7, sc.history(gad, "gad7"))
    assert out.response and not out.remission and "emission" not in out.words
    assert sc.outlook(PHQ9, []).first is None


@pytest.mark.parametrize(
    ("today", "due"),
    [(date(2026, 11, 14), False), (date(2026, 11, 15), True), (date(2026, 12, 30), True)],
)
def test_due_every_fourteen_days(today: date, due: bool) -> None:
    fresh = Profile.new(datetime(2026, 11, 1, 9, 0))
    assert sc.is_due(fresh, today) is due  # counted from the profile's first day
    profile = _profile((date(2026, 11, 1), 3))
    assert sc.is_due(profile, today) is due
    assert sc.next_due(profile) == date(2026, 11, 15)
    profile.settings.selfcheck_offer = False
    assert not sc.is_due(profile, today)


def test_a_finished_check_clears_its_older_draft() -> None:
    profile = Profile.new(NOW)
    draft = SelfCheckDraft(questionnaire="phq9", day=NOW.date(), answers=[1, 2], updated=NOW)
    SetSelfCheckDraft("phq9", draft).apply(profile)
    assert profile.selfcheck_drafts["phq9"].answers == [1, 2]
    later = NOW.replace(minute=5)
    PutSelfCheck(sc.make_check(PHQ9, NOW.date(), [0] * 9, later)).apply(profile)
    assert "phq9" not in profile.selfcheck_drafts
    with pytest.raises(sc.AnswerError):
        sc.make_check(GAD7, NOW.date(), [0] * 7, NOW, difficulty=1)


def test_a_profile_with_self_checks_round_trips() -> None:
    from wellness_tui.profile.codec import decode, encode

    profile = _profile((date(2026, 11, 1), 12))
    SetSelfCheckDraft(
        "gad7", SelfCheckDraft(questionnaire="gad7", day=NOW.date(), answers=[1, None], updated=NOW)
    ).apply(profile)
    again = decode(encode(profile))
    assert again.selfchecks == profile.selfchecks
    assert again.selfcheck_drafts == profile.selfcheck_drafts
