"""Three months of generated self-checks (every 14 days), a treatment change and an
appointment, for the trend and report tests (fixed clock: 25 November 2026)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from wellness_tui.core.selfchecks import make_check
from wellness_tui.library.questionnaires import program_questionnaires
from wellness_tui.profile.models import Appointment, Treatment
from wellness_tui.profile.ops import PutItem, PutSelfCheck, SetAppointment
from wellness_tui.profile.store import ProfileStore

TODAY = date(2026, 11, 25)
PHQ9_TOTALS = (19, 17, 16, 12, 11, 8, 7)
GAD7_TOTALS = (14, 13, 11, 10, 8, 6, 6)


def answers_for(total: int, items: int, item9: int = 0) -> list[int]:
    """Answers adding up to `total` (item 9, the last of PHQ-9, set apart)."""
    rest = total - item9
    values = [min(3, max(0, rest - 3 * n)) for n in range(items - 1)]
    values.sort(reverse=True)
    return [*values, item9]


def seed_selfchecks(store: ProfileStore, in_report: bool = True, today: date = TODAY) -> None:
    qs = program_questionnaires()
    now = datetime(2026, 11, 25, 9, 0)
    for n, (phq, gad) in enumerate(zip(PHQ9_TOTALS, GAD7_TOTALS, strict=True)):
        day = today - timedelta(days=14 * (len(PHQ9_TOTALS) - 1 - n))
        made = datetime.combine(day, now.time())
        item9 = 1 if n == 0 else 0
        for q, score in ((qs["phq9"], phq), (qs["gad7"], gad)):
            extra = item9 if q.id == "phq9" else 0
            answers = answers_for(score, len(q.items), extra)
            check = make_check(q, day, answers, made, difficulty=None, in_report=in_report)
            store.apply(PutSelfCheck(check))
    store.apply(
        PutItem(
            "treatments",
            Treatment(
                id="t1",
                what="Sertraline 100 mg",
                started=(today - timedelta(days=70)).isoformat(),
                stopped="",
            ),
        )
    )
    store.apply(SetAppointment(Appointment(day=today + timedelta(days=8), with_whom="Dr. Lee")))
