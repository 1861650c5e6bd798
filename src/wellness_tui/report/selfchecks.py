"""The report's "Self-checks" section (PHQ-9, GAD-7): gathered here, drawn by each format.

Opt-in (`--include selfchecks`). Per questionnaire: each check of the period that is
marked for the report (its `in_report`), with the date, total, band and change since
the one before in the report; and response/remission in plain words. The item-level
answers (item 9 above all) are private: they appear only with
`--include selfcheck-answers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wellness_tui.core import selfchecks as sc
from wellness_tui.library.questionnaires import Questionnaire
from wellness_tui.profile.models import Profile


@dataclass(frozen=True)
class CheckLine:
    day: date
    total: int
    band: str
    change: int | None
    """Since the check before it in this report; None for the first."""
    answers: list[int] | None
    """Item by item, only when the private part was chosen."""
    difficulty: int | None


@dataclass(frozen=True)
class QuestionnaireTrend:
    id: str
    title: str
    about: str
    max_score: int
    checks: list[CheckLine]
    outlook: str
    response: bool
    remission: bool
    item_texts: list[str]
    safety_items: tuple[int, ...]
    options: list[str]


@dataclass(frozen=True)
class SelfChecksSection:
    questionnaires: list[QuestionnaireTrend]
    answers: bool
    """The private item-level part was chosen."""
    attribution: str


def gather_selfchecks(
    profile: Profile,
    questionnaires: dict[str, Questionnaire],
    start: date,
    end: date,
    answers: bool,
) -> SelfChecksSection:
    out = []
    attribution = ""
    for q in questionnaires.values():
        attribution = attribution or q.attribution
        chosen = [c for c in sc.history(profile, q.id) if c.in_report and start <= c.day <= end]
        lines = []
        before: int | None = None
        for check in chosen:
            score = sc.total(check.answers)
            lines.append(
                CheckLine(
                    check.day,
                    score,
                    sc.band_label(q, score),
                    None if before is None else score - before,
                    list(check.answers) if answers else None,
                    check.difficulty if answers else None,
                )
            )
            before = score
        view = sc.outlook(q, chosen)
        out.append(
            QuestionnaireTrend(
                id=q.id,
                title=q.title,
                about=q.about,
                max_score=q.max_score,
                checks=lines,
                outlook=view.words,
                response=view.response,
                remission=view.remission,
                item_texts=[item.text for item in q.items],
                safety_items=q.safety_items,
                options=[o.text for o in q.options],
            )
        )
    return SelfChecksSection(out, answers, attribution)


INTRO = (
    "Questionnaires I filled in myself, about the two weeks before each date. "
    + sc.NOT_A_DIAGNOSIS.replace("This is", "A score is")
)


def change_text(change: int | None) -> str:
    if change is None:
        return "first in this report"
    if change == 0:
        return "no change"
    return f"{change:+d}" + (" (5 or more)" if abs(change) >= sc.NOTABLE_CHANGE else "")


def line_words(q: QuestionnaireTrend, line: CheckLine) -> str:
    """ "12 of 27, moderate range, -4 since the one before"."""
    change = change_text(line.change)
    since = "" if line.change is None else " since the one before"
    return f"{line.total} of {q.max_score}, {line.band} range, {change}{since}"


def answers_words(q: QuestionnaireTrend, line: CheckLine) -> list[str]:
    """One line per item: "9. Thoughts that ...: 1 (Several days)"; safety items first."""
    if line.answers is None:
        return []
    order = [n for n in q.safety_items] + [
        n for n in range(1, len(q.item_texts) + 1) if n not in q.safety_items
    ]
    out = []
    for number in order:
        value = line.answers[number - 1]
        out.append(f"{number}. {q.item_texts[number - 1]}: {value} ({q.options[value]})")
    return out
