"""Building the models from JSON this program validated before (trusted.py) gives exactly
what validating it gives, by the builders compiled with the package; anything unexpected
raises, so the caller validates after all."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings

from tests.unit.test_reliability import profiles
from wellness_tui import trusted
from wellness_tui.library.loader import Library
from wellness_tui.profile.codec import decode, encode
from wellness_tui.profile.journal import op_classes
from wellness_tui.profile.models import (
    SCHEMA_VERSION,
    Activity,
    Answer,
    Appointment,
    CareQuestion,
    CheckIn,
    Contact,
    Habit,
    LessonProgress,
    LogEntry,
    PausePeriod,
    PlanEntry,
    ProblemOption,
    ProblemSheet,
    Profile,
    SafetyPlan,
    SelfCheck,
    SelfCheckDraft,
    Settings,
    ThoughtRecord,
    Treatment,
)
from wellness_tui.targets import Target

DAY = date(2026, 11, 25)
AT = datetime(2026, 11, 25, 9, 30, 15)


def _every_part() -> Profile:
    """A profile with every model in it and no field left at its default."""
    return Profile(
        schema_version=SCHEMA_VERSION,
        created=datetime(2025, 1, 2, 3, 4, 5),
        welcomed=True,
        settings=Settings(
            name="Zoë — “Sam”",
            theme="wellness-dark",
            day_end_hour=4,
            week_start="sun",
            show_streaks=False,
            reduced_motion=True,
            focus_modules=["sleep", "mood"],
            selfcheck_offer=False,
            remind_of=["checkin", "plans"],
            quiet_hours="22:00-08:00",
            safety_plan_readable=True,
        ),
        habits=[
            Habit(
                id="walk",
                title="Walk\ttwice 🌿",
                why="air",
                target=Target(at_least=2.5, unit="km"),
                suggestion="walk-10",
                created=date(2025, 1, 2),
                archived=True,
                paused=[PausePeriod(start=date(2025, 2, 1), end=date(2025, 2, 3))],
                done=[date(2025, 1, 2), DAY],
                skipped=[date(2025, 1, 3)],
                amounts={date(2025, 1, 2): 3.0, DAY: 2.75},
                notes={DAY: "rain\nand wind"},
            ),
            Habit(
                id="read",
                title="Read",
                target=Target(days=("mon", "fri")),
                created=DAY,
                paused=[PausePeriod(start=DAY)],
            ),
            Habit(id="call", title="Call", target=Target(per_week=3), created=DAY),
            Habit(id="coffee", title="Coffee", target=Target(at_most=2.0), created=DAY),
        ],
        lessons={
            "sleep-1": LessonProgress(
                section="wind-down", section_index=2, completed=DAY, opened=AT
            )
        },
        last_lesson="sleep-1",
        answers={"sleep-1/why": Answer(text="Because.", updated=AT)},
        checks={"sleep-1/q1": "b"},
        checkins={
            DAY: CheckIn(
                mood=3,
                energy=4,
                sleep_hours=6.5,
                sleep_quality=2,
                note="slept badly \\ but ok",
                tags=["work"],
                updated=AT,
            ),
            date(2025, 1, 2): CheckIn(sleep_hours=7),
        },
        safety_plan=SafetyPlan(steps={"signs": "I stop eating"}, people=["jo"], updated=AT),
        contacts=[Contact(id="jo", name="Jo", how_they_help="walks", reach="0123")],
        questions=[CareQuestion(id="q1", text="Dose?", added=DAY, asked=DAY, answer="Same dose.")],
        appointment=Appointment(day=DAY, with_whom="Dr. A", notes="bring list"),
        log=[
            LogEntry(
                id="l1",
                day=DAY,
                kind="symptom",
                what="headache",
                severity="severe",
                related_to="new pill",
                notes="morning",
            )
        ],
        treatments=[
            Treatment(
                id="t1",
                what="Talking therapy",
                started="2024",
                stopped="2025",
                how_it_went="helped",
                side_effects="none",
            )
        ],
        scripts={"ask-for-help": {"who": "Jo", "what": "a walk"}},
        values={"health": "move every day", "fun": "music"},
        activities=[
            Activity(
                id="walk-park",
                title="Walk in the park",
                area="health",
                brings="enjoyment",
                effort="medium",
                created=DAY,
                archived=True,
            ),
            Activity(id="tidy", title="Tidy", created=DAY),
        ],
        plans=[
            PlanEntry(
                id="p1",
                activity="walk-park",
                day=DAY,
                when="evening",
                state="let go",
                planned=False,
                enjoyment=7,
                achievement=4,
                mood_before=3,
                mood_after=5,
                note="short",
                moved_from=[date(2026, 11, 24)],
                created=AT,
                updated=AT,
            )
        ],
        thought_records=[
            ThoughtRecord(
                id="r1",
                situation="meeting",
                feelings="anxious",
                feelings_strength=80,
                thought="they think I'm slow",
                belief=70,
                traps=["mind-reading"],
                supports="silence",
                against="they thanked me",
                balanced="no one said so",
                belief_now=30,
                feelings_now=40,
                created=AT,
                updated=AT,
            )
        ],
        problem_sheets=[
            ProblemSheet(
                id="s1",
                problem="bills",
                options=[ProblemOption(text="call", pros="quick", cons="scary")],
                chosen="call",
                step="find number",
                step_day=DAY,
                how_it_went="done",
                what_next="pay",
                habit_id="walk",
                created=AT,
                updated=AT,
            )
        ],
        selfchecks=[
            SelfCheck(
                id="c1",
                questionnaire="phq9",
                day=DAY,
                answers=[0, 1, 2, 3, 0, 1, 2, 3, 0],
                difficulty=2,
                in_report=False,
                created=AT,
                updated=AT,
            )
        ],
        selfcheck_drafts={
            "gad7": SelfCheckDraft(
                questionnaire="gad7", day=DAY, answers=[1, None, 2], difficulty=None, updated=AT
            )
        },
    )


def _built(profile: Profile) -> Profile:
    built = trusted.build(Profile, json.loads(encode(profile)))
    assert isinstance(built, Profile)
    return built


def _same_types(a: Any, b: Any) -> None:
    """Equal is not enough: 3 == 3.0 and a str is not a date."""
    assert type(a) is type(b), (a, b)
    if dataclasses.is_dataclass(a):
        for field in dataclasses.fields(a):
            _same_types(getattr(a, field.name), getattr(b, field.name))
    elif isinstance(a, list | tuple):
        for x, y in zip(a, b, strict=True):
            _same_types(x, y)
    elif isinstance(a, dict):
        for (k, x), (j, y) in zip(a.items(), b.items(), strict=True):
            _same_types(k, j)
            _same_types(x, y)


def test_every_part_of_a_profile_is_built_as_validation_gives_it() -> None:
    profile = _every_part()
    validated = decode(encode(profile))
    built = _built(profile)
    assert built == validated == profile
    _same_types(built, validated)
    assert encode(built) == encode(profile)  # what a person typed, byte for byte


@settings(max_examples=100, deadline=None)
@given(profile=profiles())
def test_any_valid_profile_is_built_as_validation_gives_it(profile: Profile) -> None:
    validated = decode(encode(profile))
    built = _built(profile)
    assert built == validated
    _same_types(built, validated)


def test_json_written_by_hand_that_validated_is_built_as_validation_gives_it() -> None:
    """The stamp also names bytes that were validated but written elsewhere: whole
    numbers where a float belongs, fields in another order."""
    data = json.loads(encode(_every_part()))
    data["checkins"]["2026-11-25"]["sleep_hours"] = 7
    data["habits"][0]["amounts"] = {"2025-01-02": 3}
    data["habits"][0]["target"]["at_least"] = 2
    data["settings"] = dict(reversed(data["settings"].items()))
    raw = json.dumps(data).encode()
    validated = decode(raw)
    built = trusted.build(Profile, json.loads(raw))
    assert built == validated
    _same_types(built, validated)


def test_the_builders_come_compiled_with_the_package() -> None:
    written = 0
    for cls in (Profile, Habit, CheckIn, Target, Library, *op_classes().values()):
        try:
            text, _ = trusted.source(cls)
        except TypeError:  # an operation with a field trusted.py cannot build
            continue
        assert text in trusted._written(cls.__module__), cls.__name__
        written += 1
    assert written > 30


def test_a_class_not_written_out_is_compiled_and_built_the_same() -> None:
    namespace: dict[str, Any] = {"__name__": "wellness_tui.not_written", "date": date}
    source = (
        "import dataclasses\n"
        "@dataclasses.dataclass(kw_only=True)\n"
        "class Made:\n"
        "    day: date\n"
        "    days: list[date] = dataclasses.field(default_factory=list)\n"
        "    note: str = ''\n"
    )
    exec(compile(source, "<test>", "exec", dont_inherit=True), namespace)
    made = namespace["Made"]
    assert trusted.source(made)[0] not in trusted._written(made.__module__)
    assert trusted.build(made, {"day": "2026-11-25", "days": ["2026-11-24"], "note": "x"}) == (
        made(day=DAY, days=[date(2026, 11, 24)], note="x")
    )
    assert trusted.build(made, {"day": "2026-11-25"}) == made(day=DAY)


def test_missing_keys_take_their_defaults() -> None:
    assert trusted.build(CheckIn, {"mood": 4}) == CheckIn(mood=4)
    assert trusted.build(CheckIn, {}) == CheckIn()
    habit = trusted.build(Habit, {"id": "h", "title": "H", "created": "2026-11-25"})
    assert habit == Habit(id="h", title="H", created=DAY)
    assert habit.done is not Habit(id="h", title="H", created=DAY).done


@pytest.mark.parametrize(
    "data",
    [
        {"mood": 4, "energy": 3, "wrong": 1},  # an unknown key, fewer than all fields
        # as many keys as fields, one of them unknown
        {
            "mood": 1,
            "energy": 1,
            "sleep_hours": 1.0,
            "sleep_quality": 1,
            "note": "",
            "tags": [],
            "wrong": None,
        },
        {"updated": "not a time"},
        {"updated": 3},
        {"sleep_hours": "many"},
        ["not", "a", "dict"],
        "text",
    ],
)
def test_unexpected_data_raises(data: Any) -> None:
    with pytest.raises((TypeError, ValueError, KeyError)):
        trusted.build(CheckIn, data)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["settings"].update(week_start="someday"),  # not one of the Literal's
        lambda d: d["habits"][0].update(done="2026-11-25"),  # not a list
        lambda d: d["habits"][0].update(amounts=[]),  # not a dict
        lambda d: d["habits"][0].update(done=["2026-13-01"]),
        lambda d: d.update(checkins={"yesterday": {}}),
        lambda d: d["activities"][0].update(area="space"),
        lambda d: d.update(values={"space": "stars"}),
        lambda d: d["habits"][1]["target"].update(per_week=3),  # Target refuses days too
    ],
)
def test_unexpected_data_deep_inside_raises(change: Any) -> None:
    data = json.loads(encode(_every_part()))
    change(data)
    with pytest.raises((TypeError, ValueError, KeyError)):
        trusted.build(Profile, data)
