"""Self-checks (PHQ-9, GAD-7): scores, bands, change, response, remission, when one is due.

Pure functions over the profile's `SelfCheck` records and the questionnaire
texts (library/questionnaires.py). Every sentence here describes a number; none
is a diagnosis, and none reads a low answer on a safety item as "safe".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from wellness_tui.profile.models import Profile, SelfCheck

if TYPE_CHECKING:  # annotations only: Today and `remind` import this without the loader
    from wellness_tui.library.questionnaires import Questionnaire

EVERY_DAYS = 14
"""The questionnaires ask about the last two weeks, so one is offered every 14 days."""
NOTABLE_CHANGE = 5
"""A change of this many points or more gets a plain note."""
REMISSION_BELOW = 5
"""PHQ-9 under 5: the usual meaning of "remission" in studies."""
NOT_A_DIAGNOSIS = "This is not a diagnosis. Bring it to your care team."


class AnswerError(ValueError):
    """Answers that do not fit the questionnaire, in one plain sentence."""


def total(answers: Sequence[int]) -> int:
    return sum(answers)


def band_label(q: Questionnaire, score: int) -> str:
    return q.band(score).label


def band_words(q: Questionnaire, score: int) -> str:
    """E.g. "a score in the mild range"."""
    return f"a score in the {band_label(q, score)} range"


def score_line(q: Questionnaire, score: int) -> str:
    """E.g. "PHQ-9: 8, in the mild range. This is not a diagnosis. Bring it to your care team." """
    return f"{q.title}: {score}, in the {band_label(q, score)} range. {NOT_A_DIAGNOSIS}"


def check_answers(q: Questionnaire, answers: Sequence[int]) -> None:
    if len(answers) != len(q.items):
        raise AnswerError(
            f"{q.title} has {len(q.items)} questions: give {len(q.items)} answers, "
            f"each 0, 1, 2 or 3 (got {len(answers)})"
        )
    for number, value in enumerate(answers, start=1):
        if not 0 <= value <= 3:
            raise AnswerError(f"answer {number} is {value}: each answer is 0, 1, 2 or 3")


def parse_answers(q: Questionnaire, text: str) -> list[int]:
    """ "1,0,2,..." (commas or spaces) -> the checked list of answers."""
    parts = [p for p in text.replace(",", " ").split() if p]
    values: list[int] = []
    for number, part in enumerate(parts, start=1):
        if part not in ("0", "1", "2", "3"):
            raise AnswerError(f"answer {number} is '{part}': each answer is 0, 1, 2 or 3")
        values.append(int(part))
    check_answers(q, values)
    return values


def safety_flag(q: Questionnaire, answers: Sequence[int | None]) -> int:
    """The highest answer given on a safety item (PHQ-9 item 9); 0 when none above 0.

    A 0 means only that this answer was 0. It never means "safe" or "not at risk".
    """
    given = [answers[n - 1] for n in q.safety_items if n - 1 < len(answers)]
    return max((a for a in given if a is not None), default=0)


def safety_words(q: Questionnaire, value: int) -> str:
    """What they answered on item 9 and what to do, in calm words (value above 0)."""
    number = q.safety_items[0] if q.safety_items else 0
    said = q.options[value].text if 0 <= value < len(q.options) else str(value)
    first = f'On question {number} you answered "{said}".' if number else ""
    if value >= 2:
        today = (
            "Please reach your care team or a crisis line today. "
            "If you might act on these thoughts, call your emergency number now."
        )
    else:
        today = "Please tell your care team about it soon; a crisis line is there any time."
    return f"{first} Thank you for answering honestly. {today}".strip()


CANNOT_CONTACT = "This program cannot contact anyone for you, and nobody sees your answers."


def history(profile: Profile, questionnaire: str) -> list[SelfCheck]:
    """Finished self-checks of one questionnaire, oldest first."""
    return sorted(
        (c for c in profile.selfchecks if c.questionnaire == questionnaire),
        key=lambda c: (c.day, c.created),
    )


def previous(profile: Profile, check: SelfCheck) -> SelfCheck | None:
    """The self-check of the same questionnaire just before this one."""
    earlier = [
        c
        for c in history(profile, check.questionnaire)
        if (c.day, c.created) <= (check.day, check.created) and c.id != check.id
    ]
    return earlier[-1] if earlier else None


def change_words(q: Questionnaire, score: int, before: SelfCheck | None) -> str:
    """Change since the last one, with a plain note when it is 5 points or more."""
    if before is None:
        return "This is your first one: later ones will show the change."
    old = total(before.answers)
    diff = score - old
    when = before.day.isoformat()
    if diff == 0:
        return f"The same as last time ({old} on {when})."
    direction = "lower" if diff < 0 else "higher"
    points = f"{abs(diff)} point{'s' if abs(diff) != 1 else ''}"
    text = f"{points} {direction} than last time ({old} on {when})."
    if abs(diff) >= NOTABLE_CHANGE:
        text += (
            f" A change of {NOTABLE_CHANGE} points or more is one your care team "
            "would want to hear about."
        )
    return text


@dataclass(frozen=True)
class Outlook:
    """Response and remission over a chosen period, in plain words."""

    first: int | None
    last: int | None
    response: bool
    remission: bool
    words: str


def outlook(q: Questionnaire, checks: Sequence[SelfCheck]) -> Outlook:
    """Response: the last score half or less of the first in the period.
    Remission (PHQ-9 only): the last score under 5."""
    if not checks:
        return Outlook(None, None, False, False, "No self-checks in this period yet.")
    first, last = total(checks[0].answers), total(checks[-1].answers)
    response = len(checks) > 1 and first > 0 and last <= first / 2
    remission = q.id == "phq9" and last < REMISSION_BELOW
    if len(checks) == 1:
        parts = [f"One so far: {first} on {checks[0].day}."]
    else:
        parts = [f"From {first} on {checks[0].day} to {last} on {checks[-1].day}."]
    if len(checks) > 1:
        if response:
            parts.append(
                'That is a drop of half or more, which studies call a "response" to treatment.'
            )
        else:
            parts.append(
                'A "response", in studies, means a drop of half or more from the first score.'
            )
    if q.id == "phq9":
        if remission:
            parts.append(
                f'The last score is under {REMISSION_BELOW}, what studies call "remission".'
            )
        else:
            parts.append(f'"Remission", in studies, means a PHQ-9 score under {REMISSION_BELOW}.')
    parts.append("A score is one view among many; your care team sees the rest.")
    return Outlook(first, last, response, remission, " ".join(parts))


def last_day(profile: Profile) -> date | None:
    """The day of the most recent self-check of any kind."""
    return max((c.day for c in profile.selfchecks), default=None)


def is_due(profile: Profile, today: date) -> bool:
    """14 days or more since the last self-check (or, before the first, since the profile
    was made: nothing is offered on someone's first day). The offer can be turned off."""
    if not profile.settings.selfcheck_offer:
        return False
    last = last_day(profile) or profile.created.date()
    return today - last >= timedelta(days=EVERY_DAYS)


def next_due(profile: Profile) -> date | None:
    last = last_day(profile)
    return None if last is None else last + timedelta(days=EVERY_DAYS)


def new_id(questionnaire: str, now: datetime, taken: Collection[str] = ()) -> str:
    base = f"{questionnaire}-{now:%Y%m%d%H%M%S%f}"
    found, n = base, 1
    while found in taken:
        n += 1
        found = f"{base}-{n}"
    return found


def make_check(
    q: Questionnaire,
    day: date,
    answers: Sequence[int],
    now: datetime,
    difficulty: int | None = None,
    in_report: bool = True,
    taken: Collection[str] = (),
) -> SelfCheck:
    """A finished self-check, checked against the questionnaire (raises AnswerError)."""
    check_answers(q, answers)
    if difficulty is not None:
        if q.difficulty is None:
            raise AnswerError(f"{q.title} has no difficulty question")
        if not 0 <= difficulty <= 3:
            raise AnswerError("the difficulty answer is 0, 1, 2 or 3")
    return SelfCheck(
        id=new_id(q.id, now, taken),
        questionnaire=q.id,  # type: ignore[arg-type]
        day=day,
        answers=list(answers),
        difficulty=difficulty,
        in_report=in_report,
        created=now,
        updated=now,
    )


# ----- the trend on Progress: scores over time, band edges marked --------------------------

TREND_MIN_DAYS = 90
"""A self-check comes every two weeks, so its chart covers at least the last 90 days."""
POINT, POINT_ASCII = "●", "o"
EDGE, EDGE_ASCII = "┈", "-"
EMPTY = " "


@dataclass(frozen=True)
class TrendRow:
    low: int
    high: int
    edge: int | None
    """The band's lowest score when this row holds it (a line is drawn there), else None."""
    band: str
    """The band's label on its lowest row, else ""."""


def trend_rows(q: Questionnaire) -> list[TrendRow]:
    """Two rows per band, highest first; the lowest row of each band (above the first)
    is drawn as a line: at 5/10/15/20 for PHQ-9, at 5/10/15 for GAD-7."""
    rows: list[TrendRow] = []
    for band in q.bands:
        mid = band.low + (band.high - band.low + 1) // 2
        edge = band.low if band.low > 0 else None
        rows.append(TrendRow(band.low, mid - 1, edge, band.label))
        if mid <= band.high:
            rows.append(TrendRow(mid, band.high, None, ""))
    return rows[::-1]


@dataclass(frozen=True)
class Trend:
    questionnaire: Questionnaire
    start: date
    days: int
    checks: list[SelfCheck]
    """The finished checks in the window, oldest first."""

    @property
    def scores(self) -> list[int]:
        return [total(c.answers) for c in self.checks]


def trend(profile: Profile, q: Questionnaire, today: date, days: int) -> Trend:
    start = today - timedelta(days=days - 1)
    inside = [c for c in history(profile, q.id) if start <= c.day <= today]
    return Trend(q, start, days, inside)


def trend_chart(t: Trend, width: int, ascii: bool = False) -> list[tuple[str, str, str]]:
    """(axis, chart, band) per row, highest first. Columns line up with
    core.trends.marker_row(found, t.start, t.days, width); two checks in one column
    show the later one."""
    from wellness_tui.core.trends import column_of

    columns = min(t.days, width)
    points: dict[int, int] = {}
    for check in t.checks:
        points[column_of((check.day - t.start).days, t.days, width)] = total(check.answers)
    out = []
    for r in trend_rows(t.questionnaire):
        fill = (EDGE_ASCII if ascii else EDGE) if r.edge is not None else EMPTY
        cells = [
            (POINT_ASCII if ascii else POINT) if r.low <= points.get(col, -1) <= r.high else fill
            for col in range(columns)
        ]
        axis = f"{r.edge:>2} ┤" if r.edge is not None else "   │"
        if ascii:
            axis = axis.replace("┤", "+").replace("│", "|")
        out.append((axis, "".join(cells), r.band))
    return out


def trend_numbers(t: Trend) -> str:
    """The scores under the chart, e.g. "18 (02 Sep) · 15 · 12 · 9 (25 Nov)"."""
    scores = t.scores
    if not scores:
        return ""
    parts = [str(s) for s in scores]
    parts[0] += f" ({t.checks[0].day:%d %b})"
    if len(parts) > 1:
        parts[-1] += f" ({t.checks[-1].day:%d %b})"
    return " · ".join(parts)


def trend_summary(t: Trend) -> str:
    """E.g. "6 in the last 90 days · latest 9 (mild range) · lowest 7, highest 18"."""
    scores = t.scores
    if not scores:
        return f"none in the last {t.days} days"
    q = t.questionnaire
    return (
        f"{len(scores)} in the last {t.days} days · latest {scores[-1]} "
        f"({band_label(q, scores[-1])} range) · lowest {min(scores)}, highest {max(scores)}"
    )
