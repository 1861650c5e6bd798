"""Realistic synthetic profiles for benchmarks and tests that need a lot of data.

`make_profile(days=365)` gives a year of use: 20 habits (daily, weekly,
weekday, measurable), daily check-ins with notes, reflection answers for every
lesson. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from wellness_tui.library import Library
from wellness_tui.profile.models import (
    Answer,
    CheckIn,
    Habit,
    LessonProgress,
    PausePeriod,
    Profile,
)
from wellness_tui.targets import Target

TODAY = date(2026, 11, 25)

HABITS: list[tuple[str, Target, float]] = [
    # (title, target, how often it is kept)
    ("Get up at the same time", Target(), 0.75),
    ("Lights out by 23:30", Target(), 0.6),
    ("10-minute walk", Target(at_least=10, unit="minutes"), 0.7),
    ("Drink a glass of water with breakfast", Target(), 0.85),
    ("Message one person", Target(per_week=3), 0.5),
    ("Stretch for 5 minutes", Target(days=("mon", "wed", "fri")), 0.65),
    ("Note how I felt today", Target(), 0.8),
    ("Note side effects, if any", Target(), 0.9),
    ("Step outside", Target(), 0.7),
    ("Coffee", Target(at_most=2, unit="cups"), 0.8),
    ("Wind-down routine", Target(per_week=5), 0.55),
    ("Eat a regular lunch", Target(), 0.7),
    ("Write one line in a journal", Target(), 0.45),
    ("Slow breathing, 2 minutes", Target(per_week=4), 0.5),
    ("Phone away at dinner", Target(), 0.6),
    ("Tidy one small thing", Target(per_week=2), 0.6),
    ("Sunlight in the morning", Target(), 0.55),
    ("Screen off 30 minutes before bed", Target(), 0.4),
    ("Ask for help with one thing", Target(per_week=1), 0.5),
    ("Gentle movement", Target(days=("tue", "thu", "sat")), 0.6),
]

NOTES = [
    "Slept badly, but got outside for a bit.",
    "Tired all day. Did the minimum and that is okay.",
    "A better day. Called my sister.",
    "Side effects less today. Appetite a little up.",
    "Work was heavy; felt flat in the evening.",
    "Walked with Sam [park] — good.",
    "Low morning, lifted a bit after lunch.",
    "Appointment tomorrow: bring the question list.",
]


def make_profile(
    days: int = 365,
    *,
    seed: int = 1,
    today: date = TODAY,
    library: Library | None = None,
    habits: int = 20,
) -> Profile:
    rng = random.Random(seed)
    start = today - timedelta(days=days - 1)
    profile = Profile.new(datetime.combine(start, datetime.min.time()))
    profile.welcomed = True
    profile.settings.name = "Sam"
    all_days = [start + timedelta(days=i) for i in range(days)]
    for index, (title, target, keep) in enumerate(HABITS[:habits]):
        habit = Habit(id=f"habit-{index:02d}", title=title, target=target, created=start)
        if target.per_week is not None:
            keep = keep * target.per_week / 7  # a few days a week, not every day
        for day in all_days:
            if target.days and day.strftime("%a").lower()[:3] not in target.days:
                continue
            roll = rng.random()
            if roll < 0.03:
                habit.skipped.append(day)
            elif roll < keep + 0.03:
                if target.at_least is not None:
                    habit.amounts[day] = float(rng.randint(5, 30))
                elif target.at_most is not None:
                    habit.amounts[day] = float(rng.randint(0, 3))
                else:
                    habit.done.append(day)
        if index == 11 and days > 60:
            habit.paused.append(
                PausePeriod(start=start + timedelta(days=30), end=start + timedelta(days=44))
            )
        profile.habits.append(habit)
    mood = 5.0
    for day in all_days:
        if rng.random() < 0.1:
            continue  # some days are missed, as in real life
        # A wandering mood that drifts back toward the middle, like many people's.
        mood = min(10, max(1, mood + rng.uniform(-1.5, 1.5) + 0.15 * (5.5 - mood)))
        profile.checkins[day] = CheckIn(
            mood=round(mood),
            energy=max(1, min(10, round(mood + rng.uniform(-2, 2)))),
            sleep_hours=round(rng.uniform(4.5, 9.5) * 2) / 2,
            sleep_quality=rng.randint(1, 5),
            note=rng.choice(NOTES) if rng.random() < 0.6 else "",
            tags=rng.sample(["work", "rest", "family", "walk", "rain"], k=rng.randint(0, 2)),
            updated=datetime.combine(day, datetime.min.time()).replace(hour=21),
        )
    if library is not None:
        moment = datetime.combine(start, datetime.min.time())
        for module in library.modules:
            for lesson in module.lessons:
                profile.lessons[lesson.id] = LessonProgress(
                    section=lesson.sections[-1].id,
                    section_index=len(lesson.sections) - 1,
                    completed=start + timedelta(days=rng.randint(0, max(0, days - 1))),
                    opened=moment,
                )
                for prompt in lesson.prompts:
                    profile.answers[f"{lesson.id}/{prompt.id}"] = Answer(
                        text=" ".join(rng.choice(NOTES) for _ in range(3)), updated=moment
                    )
                profile.last_lesson = lesson.id
    for habit in profile.habits:
        habit.done.sort()
        habit.skipped.sort()
    return profile
