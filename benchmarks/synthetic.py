"""Realistic synthetic profiles for benchmarks and tests that need a lot of data.

`make_profile(days=365)` gives a year of use: 20 habits (daily, weekly,
weekday, measurable), daily check-ins with notes, reflection answers for every
lesson. Deterministic for a given seed. `note_words=400` gives the profile of a person
who journals: every check-in's note is that many words (10 years: about 8 MB).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from wellness_tui.library import Library
from wellness_tui.profile.models import (
    Answer,
    Appointment,
    CareQuestion,
    CheckIn,
    Contact,
    Habit,
    LessonProgress,
    LogEntry,
    PausePeriod,
    Profile,
    Treatment,
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
    activity_days: int = 0,
    note_words: int = 0,
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
            note=journal_entry(rng, note_words)
            if note_words
            else (rng.choice(NOTES) if rng.random() < 0.6 else ""),
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
    add_toolkit(profile, rng, today, days)
    if activity_days:
        add_activities(profile, random.Random(seed + 17), today, min(days, activity_days))
    return profile


JOURNAL_TEXT = (
    "I slept badly again and woke at five, so the morning felt long and grey. "
    "Made tea, sat by the window, watched the rain. Called my sister in the "
    "afternoon and we talked about nothing much, which helped more than I expected. "
    "Work was heavy; I managed the two things that mattered and left the rest. "
    "The walk after dinner was short but I went, and the air was cold and clean. "
    "Tomorrow: the appointment at ten, bring the list of questions, ask about sleep. "
    "Noticed the old thought that I am behind everyone; wrote it down and let it sit. "
    "Ate a proper lunch for once. Felt flat in the evening, then a little lighter — "
    "naïve hope maybe, but I'll take it. Café with Sam on Saturday, if I can."
)
JOURNAL_WORDS = tuple(JOURNAL_TEXT.split())


def journal_entry(rng: random.Random, words: int) -> str:
    """A day's journal note of `words` words, in sentences of a person's writing."""
    out: list[str] = []
    while len(out) < words:
        start = rng.randrange(len(JOURNAL_WORDS))
        out.extend(JOURNAL_WORDS[start : start + rng.randint(8, 30)])
    return " ".join(out[:words])


ACTIVITY_TITLES = [
    ("Walk to the corner shop", "health"),
    ("Text Maria", "relationships"),
    ("Wash five things", "home"),
    ("Read one page", "fun"),
    ("Sit in the park", "community"),
    ("Answer one email", "work"),
    ("Stretch for two minutes", "health"),
    ("Water the plants", "home"),
]


def add_activities(profile: Profile, rng: random.Random, today: date, days: int) -> None:
    """The planner over the last `days` days: eight activities, one to three plans a day
    (and two days ahead), most done and rated.

    Its own random generator, so the rest of the profile is the same with or without it.
    """
    from wellness_tui.profile.models import Activity, PlanEntry

    start = today - timedelta(days=days - 1)
    for title, area in ACTIVITY_TITLES:
        profile.activities.append(
            Activity(id=title.lower().replace(" ", "-"), title=title, area=area, created=start)  # type: ignore[arg-type]
        )
    profile.values = {"relationships": "Being there for Maria", "health": "Moving a little"}
    for offset in range(days + 2):
        day = start + timedelta(days=offset)
        stamp = datetime.combine(min(day, today), datetime.min.time()).replace(hour=8)
        for slot in range(rng.randint(1, 3)):
            activity = rng.choice(profile.activities)
            state = "planned"
            ratings: dict[str, int] = {}
            if day < today:
                roll = rng.random()
                state = "done" if roll < 0.7 else "let go" if roll < 0.85 else "planned"
            if state == "done":
                ratings = {"enjoyment": rng.randint(0, 10), "achievement": rng.randint(0, 10)}
            profile.plans.append(
                PlanEntry(
                    id=f"{day.isoformat()}-{activity.id}-{slot}",
                    activity=activity.id,
                    day=day,
                    when=("morning", "afternoon", "evening")[slot],
                    state=state,  # type: ignore[arg-type]
                    created=stamp,
                    updated=stamp,
                    **ratings,  # type: ignore[arg-type]
                )
            )


SIDE_EFFECTS = [
    "dry mouth",
    "waking at 4am",
    "headache",
    "nausea after breakfast",
    "feeling flat",
    "less interest in sex",
    "restless legs",
    "sweating at night",
]
QUESTIONS = [
    "Could the dose be part of why I feel flat?",
    "Is there a talk therapy I could add alongside the medicine?",
    "How long should I give this before we judge it?",
    "What are the options if this does not help (rTMS? ECT?)",
    "Could anything else be going on — thyroid, sleep apnea?",
    "Is it normal to feel worse in the first weeks?",
]


def add_toolkit(profile: Profile, rng: random.Random, today: date, days: int) -> None:
    """A safety plan, people, questions, a year of side-effect entries, treatments."""
    profile.contacts = [
        Contact(
            id="person-1", name="Maria (sister)", how_they_help="call when low", reach="555-0101"
        ),
        Contact(id="person-2", name="Tom", how_they_help="walk buddy", reach="text first"),
        Contact(
            id="person-3",
            name="Dr. Lee's clinic",
            how_they_help="my psychiatrist",
            reach="555-0199, Mon–Fri 9–5",
        ),
    ]
    profile.safety_plan.steps = {
        "warning-signs": "I stop answering messages; sleeping in the afternoon.",
        "on-my-own": "A shower, the walk to the corner shop, the cat.",
        "people-places": "The library. Maria's kitchen.",
        "professionals": "Dr. Lee's clinic; 988 at any hour.",
        "reasons": "Maria. The cat. Seeing spring again.",
    }
    profile.safety_plan.people = ["person-1", "person-2"]
    start = today - timedelta(days=days - 1)
    for week in range(0, days, 7):
        day = start + timedelta(days=week + rng.randint(0, 6))
        if day > today:
            break
        profile.log.append(
            LogEntry(
                id=f"log-{week:04d}",
                day=day,
                what=rng.choice(SIDE_EFFECTS),
                kind="side effect" if rng.random() < 0.7 else "symptom",
                severity=rng.choice(["mild", "mild", "moderate", "severe"]),
                related_to="the new medicine" if rng.random() < 0.5 else "",
                notes=rng.choice(NOTES) if rng.random() < 0.3 else "",
            )
        )
    for index in range(min(24, max(3, days // 15))):
        added = start + timedelta(days=index * max(1, days // 25))
        asked = (
            added + timedelta(days=10) if index % 3 and added + timedelta(days=10) < today else None
        )
        profile.questions.append(
            CareQuestion(
                id=f"question-{index:02d}",
                text=QUESTIONS[index % len(QUESTIONS)],
                added=added,
                asked=asked,
                answer="We will review at the next visit." if asked else "",
            )
        )
    profile.treatments = [
        Treatment(
            id="treatment-1",
            what="Sertraline",
            started="2019",
            stopped="2020",
            how_it_went="Helped a little with anxiety, not the low mood.",
            side_effects="Nausea in the first weeks, sleep trouble.",
        ),
        Treatment(
            id="treatment-2",
            what="CBT with a therapist",
            started="spring 2021",
            stopped="autumn 2021",
            how_it_went="Useful tools; hard to keep up alone.",
        ),
        Treatment(
            id="treatment-3",
            what="Venlafaxine",
            started="2023",
            how_it_went="Some days better.",
            side_effects="Sweating at night.",
        ),
    ]
    profile.appointment = Appointment(day=today + timedelta(days=8), with_whom="Dr. Lee")
