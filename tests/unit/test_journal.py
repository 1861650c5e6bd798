"""The change journal's codec and reader (profile/journal.py)."""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from benchmarks.synthetic import make_profile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellness_tui.profile import journal, ops
from wellness_tui.profile.codec import encode
from wellness_tui.profile.models import (
    CareQuestion,
    CheckIn,
    Contact,
    LogEntry,
    ProblemOption,
    ProblemSheet,
    SelfCheck,
    SelfCheckDraft,
    ThoughtRecord,
    Treatment,
)
from wellness_tui.targets import Target

NOW = datetime(2026, 11, 25, 9, 30)
DAY = date(2026, 11, 25)
BASE = make_profile(60, activity_days=30)
HABIT = BASE.habits[2]
THOUGHT = ThoughtRecord(
    id="t1", situation="At work", traps=["mind reading"], created=NOW, updated=NOW
)
SHEET = ProblemSheet(
    id="p1",
    problem="Bills",
    options=[ProblemOption(text="call them")],
    step_day=DAY,
    created=NOW,
    updated=NOW,
)
SELFCHECK = SelfCheck(
    id="s1", questionnaire="phq9", day=DAY, answers=[1] * 9, created=NOW, updated=NOW
)

EXAMPLES: dict[str, list[ops.Op]] = {
    "FinishWelcome": [ops.FinishWelcome()],
    "Refresh": [ops.Refresh()],
    "UpdateSettings": [ops.UpdateSettings((("theme", "wellness-calm"), ("day_end_hour", 3)))],
    "AddHabit": [ops.AddHabit(HABIT)],
    "SetDone": [ops.SetDone("habit-00", DAY, True)],
    "SetAmount": [ops.SetAmount("habit-02", DAY, 12.5), ops.SetAmount("habit-02", DAY, None)],
    "SetSkipped": [ops.SetSkipped("habit-00", DAY, True)],
    "SetDayNote": [ops.SetDayNote("habit-00", DAY, "tired but went — ✓\nline two")],
    "EditHabit": [ops.EditHabit("habit-02", "Walk", Target(at_least=5, unit="minutes"), "air")],
    "SetPaused": [ops.SetPaused("habit-00", DAY, True)],
    "SetArchived": [ops.SetArchived("habit-00", True)],
    "DeleteHabit": [ops.DeleteHabit("habit-01")],
    "SetLessonPosition": [ops.SetLessonPosition("basics", "intro", 2, NOW)],
    "CompleteLesson": [ops.CompleteLesson("basics", DAY)],
    "SetAnswer": [ops.SetAnswer("basics/why", "because", NOW, base="")],
    "SetCheckChoice": [ops.SetCheckChoice("basics/q1", "b")],
    "SetCheckIn": [
        ops.SetCheckIn(DAY, CheckIn(mood=4, note="ok", tags=["rain"], updated=NOW), merge=("mood",))
    ],
    "RestoreHabit": [ops.RestoreHabit(HABIT, 1)],
    "RevertHabit": [
        ops.RevertHabit(
            "habit-02",
            (("title", "Old"), ("target", Target(per_week=3)), ("paused", list(HABIT.paused))),
            ((DAY, ops.DayEntry(done=True, amount=3.0, note="n")),),
        )
    ],
    "SetPlanStep": [ops.SetPlanStep("warning-signs", "not sleeping", NOW)],
    "SetPlanPeople": [ops.SetPlanPeople(("c1", "c2"))],
    "PutItem": [
        ops.PutItem("contacts", Contact(id="c1", name="Ana")),
        ops.PutItem("questions", CareQuestion(id="q1", text="Dose?", added=DAY)),
        ops.PutItem("log", LogEntry(id="l1", day=DAY, what="dry mouth")),
        ops.PutItem("treatments", Treatment(id="t1", what="walking group")),
    ],
    "RemoveItem": [ops.RemoveItem("contacts", "c1")],
    "MoveQuestion": [ops.MoveQuestion("q1", -1)],
    "SetAppointment": [ops.SetAppointment(copy.deepcopy(BASE.appointment))],
    "SetScript": [ops.SetScript("ask-for-help", (("who", "Ana"), ("what", "a call")))],
    "PutSelfCheck": [ops.PutSelfCheck(SELFCHECK)],
    "SetSelfCheckInReport": [ops.SetSelfCheckInReport("s1", False)],
    "SetSelfCheckDraft": [
        ops.SetSelfCheckDraft(
            "gad7", SelfCheckDraft(questionnaire="gad7", day=DAY, answers=[1, None], updated=NOW)
        ),
        ops.SetSelfCheckDraft("gad7", None),
    ],
    "PutWorksheet": [
        ops.PutWorksheet("thought_records", THOUGHT),
        ops.PutWorksheet("problem_sheets", SHEET),
    ],
    "ReplaceProfile": [ops.ReplaceProfile(make_profile(20))],
    "SetValue": [ops.SetValue("health", "move a little")],
    "PutActivity": [ops.PutActivity(BASE.activities[0])],
    "PutPlan": [ops.PutPlan(BASE.plans[0], force=True)],
    "RemovePlan": [ops.RemovePlan(BASE.plans[0].id)],
    "RemoveActivity": [ops.RemoveActivity(BASE.activities[0].id)],
    "Batch": [ops.Batch((ops.PutActivity(BASE.activities[1]), ops.PutPlan(BASE.plans[1])))],
}


def test_every_operation_class_has_an_example() -> None:
    assert set(journal.op_classes()) == set(EXAMPLES)


@pytest.mark.parametrize(
    "op",
    [op for name in sorted(EXAMPLES) for op in EXAMPLES[name]],
    ids=lambda op: type(op).__name__,
)
def test_every_operation_round_trips_through_one_line(op: ops.Op) -> None:
    if isinstance(op, ops.ReplaceProfile):  # a whole profile: saved as a checkpoint
        assert journal.record_line(op, NOW) is None
        assert journal.decode_op(json.loads(json.dumps(journal.encode_op(op)))) == op
        return
    line = journal.record_line(op, NOW)
    assert line is not None and line.endswith(b"\n") and line.count(b"\n") == 1
    record = json.loads(line)
    assert record["op"] == type(op).__name__ and record["at"] == "2026-11-25T09:30:00"
    assert "@" in record["by"]
    assert journal.decode_op(record) == op


_KIND_VALUES = {
    "str": st.text(),
    "bool": st.booleans(),
    "int": st.integers(),
    "float": st.floats(),
    "date": st.dates(),
    "datetime": st.datetimes(timezones=st.none() | st.timezones()),
    "strs": st.lists(st.text(), max_size=3).map(tuple),
}


@st.composite
def simple_operations(draw: st.DrawFn) -> ops.Op:
    """Any operation of simple fields, with any values of the fields' kinds (nulls,
    lone surrogates, infinities, time zones included)."""
    classes = {n: c for n, c in journal.op_classes().items() if journal._simple(c) is not None}
    cls = classes[draw(st.sampled_from(sorted(classes)))]
    values = {}
    for key, kind in (journal._simple(cls) or {}).items():
        values_of_kind = _KIND_VALUES[kind.rstrip("?")]
        values[key] = draw(st.none() | values_of_kind if kind.endswith("?") else values_of_kind)
    return cls(**values)


@given(simple_operations())
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_a_line_of_simple_values_reads_back_as_the_same_operation(op: ops.Op) -> None:
    # Lines of exact builtin values skip the read-back check: they must read back
    # exactly all the same; anything that cannot be written exactly gets no line.
    line = journal.record_line(op, NOW)
    if line is None:
        return
    record = journal.encode_op(op) | {"at": "2026-11-25T09:30:00", "by": journal.writer_id()}
    encoded = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    assert line == encoded.encode() + b"\n"  # written directly, the encoder's text
    back = journal.decode_op(json.loads(line))
    assert back == op
    assert [type(getattr(back, k)) for k in vars(op)] == [type(getattr(op, k)) for k in vars(op)]


def test_a_value_that_is_not_its_fields_exact_type_is_checked() -> None:
    # A bool where an int goes would read back as a bad record: no line, a checkpoint.
    assert journal.record_line(ops.MoveQuestion("q", True), NOW) is None
    assert journal.record_line(ops.SetAmount("h", DAY, float("nan")), NOW) is None
    assert journal.record_line(ops.SetAnswer("k", "\udcff", NOW, None), NOW) is None
    # 01:30 on the night the clocks go back happens twice: such a time is never equal to
    # the fixed-offset time its text reads back as, so it is saved by a checkpoint.
    twice = datetime(2026, 11, 1, 1, 30, tzinfo=ZoneInfo("America/New_York"))
    assert journal.record_line(ops.SetAnswer("k", "t", twice, None), NOW) is None


def test_dates_are_iso_text() -> None:
    record = json.loads(journal.record_line(ops.SetDone("h", DAY, True), NOW) or b"")
    assert record["f"] == {"habit_id": "h", "day": "2026-11-25", "done": True}


def test_union_fields_keep_their_kind() -> None:
    op = ops.PutItem("log", LogEntry(id="l1", day=DAY, what="x"))
    assert type(journal.decode_op(journal.encode_op(op)).item) is LogEntry  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "record",
    [
        {"op": "NoSuchOp", "f": {}},
        {"op": "SetDone", "f": {"habit_id": "h", "day": "not a day", "done": True}},
        {"op": "SetDone", "f": {"habit_id": "h"}},
        {"op": "SetDone", "f": {"habit_id": "h", "day": "2026-01-01", "done": True, "x": 1}},
        {"op": "PutItem", "f": {"field": "log", "item": {"type": "Profile", "value": {}}}},
        {"op": "UpdateSettings", "f": {"changes": [["__class__", 1]]}},
        [1, 2],
        "SetDone",
    ],
)
def test_a_bad_record_is_refused_in_plain_words(record: object) -> None:
    with pytest.raises(journal.BadRecord):
        journal.decode_op(record)


def journal_bytes(checkpoint: bytes, lines: Sequence[ops.Op]) -> bytes:
    out = [journal.header_line(checkpoint)]
    for op in lines:
        line = journal.record_line(op, NOW)
        assert line is not None
        out.append(line)
    return b"".join(out)


CHECKPOINT = encode(BASE)
TICKS = [ops.SetDone("habit-00", date(2026, 11, d), True) for d in range(1, 6)]


def test_reading_gives_the_operations_in_order() -> None:
    reading = journal.parse(journal_bytes(CHECKPOINT, TICKS), CHECKPOINT)
    assert reading.ops == TICKS and not reading.bad and not reading.torn


def test_a_torn_last_line_is_ignored() -> None:
    data = journal_bytes(CHECKPOINT, TICKS)
    cut = data[: len(data) - 7]
    reading = journal.parse(cut, CHECKPOINT)
    assert reading.torn and reading.ops == TICKS[:-1] and not reading.bad


def test_a_last_line_that_lost_only_its_newline_is_read() -> None:
    data = journal_bytes(CHECKPOINT, TICKS)
    reading = journal.parse(data[:-1], CHECKPOINT)  # a whole record, no newline
    assert reading.ops == TICKS and reading.unterminated and not reading.bad
    reading = journal.parse(data[:-2], CHECKPOINT)  # cut inside it: torn
    assert reading.ops == TICKS[:-1] and not reading.unterminated and reading.torn


def test_a_bad_middle_line_is_reported_and_later_lines_kept() -> None:
    lines = journal_bytes(CHECKPOINT, TICKS).split(b"\n")
    lines[3] = b'{"op": "SetDone", "f": {"habit_id": "habit-00", "day": 12'
    reading = journal.parse(b"\n".join(lines), CHECKPOINT)
    assert reading.bad == ["line 4: not complete JSON"]
    assert reading.ops == TICKS[:2] + TICKS[3:]


def test_a_journal_for_another_checkpoint_is_not_applied() -> None:
    reading = journal.parse(journal_bytes(b"other", TICKS), CHECKPOINT)
    assert reading.other_checkpoint and not reading.ops


def test_a_journal_already_folded_into_the_checkpoint_is_not_applied_twice() -> None:
    old = b'{"schema_version": 2}'
    data = journal_bytes(old, TICKS) + journal.folded_line(CHECKPOINT)
    reading = journal.parse(data, CHECKPOINT)
    assert reading.folded and not reading.ops and not reading.other_checkpoint
    assert journal.parse(data, old).ops == TICKS  # the old checkpoint still gets them


def test_a_newer_journal_format_is_not_applied() -> None:
    data = json.dumps({"journal": 9, "checkpoint": "x"}).encode() + b"\n"
    assert journal.parse(data, CHECKPOINT).newer == 9


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
def test_any_bytes_appended_to_the_journal_never_crash_a_read(tail: bytes) -> None:
    data = journal_bytes(CHECKPOINT, TICKS[:2]) + tail
    reading = journal.parse(data, CHECKPOINT)
    assert reading.ops[:2] == TICKS[:2]
    for op in reading.ops:
        assert isinstance(op, ops.Op)


OP_STRATEGY = st.one_of(
    st.builds(
        ops.SetDone,
        st.sampled_from(["habit-00", "habit-03", "nope"]),
        st.dates(date(2026, 9, 1), date(2026, 12, 1)),
        st.booleans(),
    ),
    st.builds(
        ops.SetAmount,
        st.just("habit-02"),
        st.dates(date(2026, 9, 1), date(2026, 12, 1)),
        st.none() | st.floats(0, 500, allow_nan=False).map(lambda x: round(x, 2)),
    ),
    st.builds(ops.SetDayNote, st.just("habit-00"), st.just(DAY), st.text(max_size=30)),
    st.builds(ops.SetAnswer, st.sampled_from(["a/1", "a/2"]), st.text(max_size=30), st.just(NOW)),
    st.builds(ops.MoveQuestion, st.sampled_from(["q1", "q2"]), st.sampled_from([-1, 1])),
    st.just(ops.PutItem("questions", CareQuestion(id="q1", text="one", added=DAY))),
    st.just(ops.PutItem("questions", CareQuestion(id="q2", text="two", added=DAY))),
    st.builds(ops.SetArchived, st.just("habit-03"), st.booleans()),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(OP_STRATEGY, max_size=25))
def test_journal_replay_gives_the_same_profile_as_applying(sequence: list[ops.Op]) -> None:
    direct = copy.deepcopy(BASE)
    for op in sequence:
        op.apply(direct)
    replayed = copy.deepcopy(BASE)
    for op in journal.parse(journal_bytes(CHECKPOINT, sequence), CHECKPOINT).ops:
        op.apply(replayed)
    assert encode(replayed) == encode(direct)


def test_append_cuts_a_torn_tail_first_and_is_private(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.json.journal"
    first = journal.record_line(TICKS[0], NOW) or b""
    journal.append(path, [first], start=lambda: journal.header_line(CHECKPOINT))
    with path.open("ab") as handle:
        handle.write(b'{"op": "SetDo')  # a writer killed mid-append
    journal.append(path, [journal.record_line(TICKS[1], NOW) or b""])
    reading = journal.parse(path.read_bytes(), CHECKPOINT)
    assert reading.ops == TICKS[:2] and not reading.bad and not reading.torn
    assert path.stat().st_mode & 0o777 == 0o600
    journal.empty(path)
    assert path.read_bytes() == b""


def test_a_tick_is_journaled_without_pydantic() -> None:
    # The shell's quick path: a tick is written and read back without importing pydantic.
    import subprocess
    import sys

    code = (
        "import sys; from datetime import date, datetime; "
        "from wellness_tui.profile import journal; from wellness_tui.profile.ops import SetDone; "
        "line = journal.record_line(SetDone('h', date(2026, 1, 1), True), datetime.now()); "
        "assert line is not None; print('pydantic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    "fields",
    [
        {"habit_id": "h", "day": "2026-1-1", "done": True},
        {"habit_id": "h", "day": "2026-01-01", "done": 1},
        {"habit_id": 3, "day": "2026-01-01", "done": True},
        {"habit_id": "h", "day": None, "done": True},
    ],
)
def test_simple_fields_are_checked_strictly(fields: dict[str, object]) -> None:
    with pytest.raises(journal.BadRecord):
        journal.decode_op({"op": "SetDone", "f": fields})


@pytest.mark.parametrize(
    "op",
    [op for name in sorted(EXAMPLES) for op in EXAMPLES[name] if name != "ReplaceProfile"],
    ids=lambda op: type(op).__name__,
)
def test_a_vouched_line_gives_the_same_operation_as_a_validated_one(op: ops.Op) -> None:
    # Lines the stamp names are built without pydantic: exactly as validation builds them.
    record = json.loads(journal.record_line(op, NOW) or b"")
    assert journal.decode_op(record, vouched=True) == journal.decode_op(record) == op


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(OP_STRATEGY, min_size=1, max_size=12),
    st.integers(0, 12),
    st.binary(max_size=60),
)
def test_reading_only_the_new_lines_gives_the_same_operations(
    sequence: list[ops.Op], seen: int, tail: bytes
) -> None:
    # What another process appended, read from where the last read ended.
    data = journal_bytes(CHECKPOINT, sequence) + tail
    whole = journal.parse(data, CHECKPOINT)
    first = journal.parse(journal_bytes(CHECKPOINT, sequence[:seen]), CHECKPOINT)
    rest = journal.parse(data, CHECKPOINT, since=first.complete)
    assert first.ops + rest.ops == whole.ops
    assert rest.complete == whole.complete and rest.bad == whole.bad
    # ... and lines the stamp vouches for (read in one call, built without pydantic) give
    # the same operations as lines validated one by one.
    vouched = journal.parse(data, CHECKPOINT, vouched=first.complete)
    assert vouched.ops == whole.ops and vouched.bad == whole.bad
