"""The shell sub-commands: quick entry and plain-text views, without Textual.

Each command opens the profile store, applies at most a few operations and
closes it, so it is safe to use while the app is open in another window (the
store's lock and re-read keep both sides' changes).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from wellness_tui.clock import Clock, logical_day
from wellness_tui.core.checkin import checkin_summary
from wellness_tui.core.habits import (
    DayState,
    active_habits,
    completion,
    day_state,
    done_this_week,
    is_due,
    rate_words,
    status_words,
    strength_percent,
)
from wellness_tui.core.matching import Ambiguous, find_by_title
from wellness_tui.core.parse import (
    ParseError,
    parse_amount,
    parse_count,
    parse_date,
    parse_hours,
    parse_score,
    parse_tags,
)
from wellness_tui.profile.models import CheckIn, Habit, Profile
from wellness_tui.profile.op_base import Op
from wellness_tui.profile.store import ProfileStore
from wellness_tui.scales import ENERGY, MOOD, SLEEP_QUALITY
from wellness_tui.targets import WEEKDAYS, Target
from wellness_tui.textsafe import one_line
from wellness_tui.words import plural

if TYPE_CHECKING:
    from wellness_tui.profile.ops import SetCheckIn

MARKS = {
    DayState.DONE: "[x]",
    DayState.SKIPPED: "[-]",
    DayState.PAUSED: "[=]",
    DayState.NOT_YET: "[ ]",
    DayState.NOT_DUE: "   ",
}


Read = TypeVar("Read")


class CommandError(Exception):
    """A problem with what was asked, in one plain sentence."""


def today_of(profile: Profile, clock: Clock) -> date:
    return logical_day(clock.now(), profile.settings.day_end_hour)


def parse_day(text: str | None, today: date) -> date:
    """A day for an entry: today (the default), "yesterday" or YYYY-MM-DD, not in the future."""
    try:
        return parse_date(text, today=today, latest=today) or today
    except ParseError as err:
        raise CommandError(f"--date: {err}") from None


def find_habit(profile: Profile, query: str) -> Habit:
    """By id, exact title, or an unambiguous, case-insensitive start of its title."""
    try:
        found = find_by_title(
            (active_habits(profile.habits), profile.habits),
            query,
            title=lambda h: h.title,
            ident=lambda h: h.id,
            kind="habit",
        )
    except Ambiguous as err:
        raise CommandError(str(err)) from None
    if found is None:
        not_text = first_not_utf8(query)
        if not_text is not None:
            raise not_utf8(not_text)
        raise CommandError(f"no habit matches '{query}' (see: wellness-tui habits)")
    return found


def parse_target(
    per_week: str | None,
    days: str | None,
    at_least: Sequence[str] | None,
    at_most: Sequence[str] | None,
) -> Target:
    fields: dict[str, object] = {}
    if per_week is not None:
        try:
            fields["per_week"] = parse_count(per_week, 1, 7)
        except ParseError as err:
            raise CommandError(f"--per-week: {err}") from None
    if days:
        chosen = [d.strip().lower()[:3] for d in days.split(",") if d.strip()]
        bad = [d for d in chosen if d not in WEEKDAYS]
        if bad or not chosen:
            raise CommandError("--days takes weekdays like mon,wed,fri")
        fields["days"] = tuple(sorted(set(chosen), key=WEEKDAYS.index))
    for name, given in (("at_least", at_least), ("at_most", at_most)):
        if given:
            flag = f"--{name.replace('_', '-')}"
            fields[name] = _number(given[0], flag, above_zero=name == "at_least")
            fields["unit"] = given[1] if len(given) > 1 else ""
    from wellness_tui.validation import ValidationError, plain_message, validate

    try:
        return validate(Target, fields)
    except ValidationError as err:
        message = plain_message(err.errors(include_url=False)[0])
        raise CommandError(f"that target does not work: {message}") from None


def _number(text: str, flag: str, above_zero: bool = False) -> float:
    try:
        value = parse_amount(text, above_zero=above_zero)
    except ParseError as err:
        raise CommandError(f"{flag}: {err}") from None
    if value is None:
        raise CommandError(f"{flag}: give a number")
    return value


# ----- reports ------------------------------------------------------------------------


def today_report(profile: Profile, today: date) -> str:
    lines = [f"{today:%A} {today.day} {today:%B %Y}", ""]
    habits = [h for h in active_habits(profile.habits) if is_due(h, today)]
    if not habits:
        lines.append('No habits due today. Add one: wellness-tui habit add "Walk 10 minutes"')
    for habit in habits:
        state = day_state(habit, today)
        extra = ""
        if habit.target.per_week is not None:
            done = done_this_week(habit, today, profile.settings.week_start)
            extra = f" — {done} of {habit.target.per_week} this week"
        amount = habit.amounts.get(today)
        if amount is not None:
            extra += f" — {amount:g} {habit.target.unit}".rstrip()
        word = "not yet" if state is DayState.NOT_YET else state.value
        lines.append(
            f"  {MARKS[state]} {one_line(habit.title)} ({habit.target.describe()}): {word}{extra}"
        )
    lines.append("")
    checkin = profile.checkins.get(today)
    if checkin is None:
        lines.append("Check-in: not yet today (wellness-tui checkin --mood N --energy N --sleep H)")
    else:
        lines.append("Check-in: " + checkin_summary(checkin))
    return "\n".join(lines)


def habits_report(profile: Profile, today: date) -> str:
    if not profile.habits:
        return 'No habits yet. Add one: wellness-tui habit add "Walk 10 minutes"'
    rows = []
    for habit in sorted(profile.habits, key=lambda h: (h.archived, h.title.casefold())):
        score = strength_percent(habit, today)
        line = f"{score:>3}%  {one_line(habit.title)} ({habit.target.describe()})"
        status = status_words(
            habit, today, profile.settings.week_start, profile.settings.show_streaks
        )
        if status:
            line += " · " + status
        rate = completion(habit, today, 30)
        if rate is not None:
            days = "today" if rate.days == 1 else f"the last {rate.days} days"
            weekly = habit.target.per_week is not None
            line += f" · {days}: {rate_words(rate, weekly)}"
        if habit.archived:
            line += " · archived"
        elif any(p.end is None for p in habit.paused):
            line += " · paused"
        rows.append(f"{line}   [{habit.id}]")
    return "strength  habit\n" + "\n".join(rows)


# ----- changes ------------------------------------------------------------------------


def open_for_change(store: ProfileStore) -> None:
    if store.read_only:
        reason = (
            store.read_only_reason or "this profile was saved by a newer version of wellness-tui"
        )
        raise CommandError(f"{reason}; nothing was changed")


def save(store: ProfileStore, ops: Sequence[Op]) -> None:
    not_text = first_not_utf8(ops)
    if not_text is not None:
        raise not_utf8(not_text)
    # Appended to the journal (the app folds it in). After a failed save no new try is
    # made: the process ends now, and the person is told at once.
    saved = store.close(checkpoint=False) if store.save(ops) else store.give_up()
    if not saved:
        # Nothing will save it later, so never promise that.
        reason = (store.last_reason or "it could not be written").rstrip(". ")
        if "nothing was changed" not in reason:
            reason += ". The change is lost; nothing was changed"
        raise CommandError(f"not saved: {reason}.")


def not_utf8(text: str) -> CommandError:
    """The error for text (as first_not_utf8 shows it) that cannot be saved."""
    return CommandError(
        f'"{text}" is not UTF-8 text (the bytes that are not are shown as \\xNN). Is your '
        "terminal set to UTF-8, for example LANG=C.UTF-8? Nothing was changed."
    )


def first_not_utf8(value: object, around: int = 30) -> str | None:
    """The first text inside `value` (operations, and what they carry) that cannot be
    saved as UTF-8, shown with those bytes as \\xNN: a shell gives bytes that are not
    UTF-8 (a terminal set to another character set) as lone surrogates. A long text is
    shown `around` characters either side of its first such byte, so it can be seen."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as err:
            begin, end = max(0, err.start - around), err.start + 1 + around
            part = value[begin:end]
            try:
                shown = part.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            except UnicodeEncodeError:
                shown = part.encode("utf-8", "backslashreplace").decode("utf-8")
            return ("…" if begin else "") + shown + ("…" if end < len(value) else "")
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts: Iterable[object] = (getattr(value, f.name) for f in dataclasses.fields(value))
    elif isinstance(value, dict):
        parts = (x for pair in value.items() for x in pair)
    elif isinstance(value, (list, tuple, set, frozenset)):
        parts = value
    else:
        return None
    for item in parts:
        found = first_not_utf8(item)
        if found is not None:
            return found
    return None


def check_ops(
    profile: Profile,
    query: str,
    day: date,
    *,
    value: float | None = None,
    skip: bool = False,
    undo: bool = False,
    note: str | None = None,
    replace_note: bool = False,
) -> tuple[list[Op], str]:
    from wellness_tui.core import habit_changes

    habit = find_habit(profile, query)
    try:
        change = habit_changes.check(
            habit, day, value=value, skip=skip, undo=undo, note=note, replace_note=replace_note
        )
    except habit_changes.ChangeRefused as err:
        raise CommandError(str(err)) from None
    return change.ops, change.message


def add_habit_op(
    profile: Profile, title: str, target: Target, today: date, *, again: bool = False
) -> tuple[Op, str]:
    from wellness_tui.core.habit_factory import new_habit_op, same_title

    existing = None if again else same_title(profile, title)
    if existing is not None:
        archived = " (archived)" if existing.archived else ""
        raise CommandError(
            f"you already have a habit called '{one_line(existing.title)}' [{existing.id}]"
            f"{archived}, {existing.target.describe()}: tick it with "
            f"'wellness-tui check {existing.id}', or add a second one with --again"
        )
    try:
        op = new_habit_op(profile, title, target, today)
    except ValueError as err:
        raise CommandError(str(err)) from None
    return op, f"Added '{one_line(op.habit.title)}' ({target.describe()}) [{op.habit.id}]"


def plan_change(
    command: str,
    args: argparse.Namespace,
    profile: Profile,
    today: date,
    now: datetime,
    read_stdin: Callable[[], str],
) -> tuple[list[Op], str]:
    """The operations a changing sub-command makes, and what to tell the user."""
    if command == "habit":
        target = parse_target(args.per_week, args.days, args.at_least, args.at_most)
        again = bool(getattr(args, "again", False))
        op, message = add_habit_op(profile, args.title, target, today, again=again)
        return [op], message
    day = parse_day(args.date, today)
    if command == "check":
        value = None if args.value is None else _number(args.value, "--value")
        if args.note == "-":
            args.note = read_stdin().rstrip("\n")
        return check_ops(
            profile,
            args.habit,
            day,
            value=value,
            skip=args.skip,
            undo=args.undo,
            note=args.note,
            replace_note=getattr(args, "replace", False),
        )
    note = read_stdin().rstrip("\n") if args.note == "-" else args.note
    op = checkin_op(
        day,
        mood=args.mood,
        energy=args.energy,
        sleep=args.sleep,
        quality=args.quality,
        note=note,
        tags=args.tag,
        now_stamp=now,
        replace_text=getattr(args, "replace", False),
    )
    # The day's check-in as it will be saved, without copying the whole profile
    # (~100 ms for ten years): the operation replaces the entry, never changes it.
    preview = Profile.new(now)
    if (saved := profile.checkins.get(day)) is not None:
        preview.checkins[day] = saved
    op.apply(preview)
    return [op], f"Check-in saved for {day:%a %d %b}: " + checkin_summary(preview.checkins[day])


def _flag(flag: str, typed: str | None, read: Callable[[str | None], Read]) -> Read:
    """Read one flag's value with core.parse; a refusal names the flag."""
    try:
        return read(typed)
    except ParseError as err:
        raise CommandError(f"{flag}: {err}") from None


def checkin_op(
    day: date,
    *,
    mood: str | None,
    energy: str | None,
    sleep: str | None,
    quality: str | None,
    note: str | None,
    tags: Sequence[str] | None,
    now_stamp: datetime,
    replace_text: bool = False,
) -> SetCheckIn:
    from wellness_tui.profile.ops import SetCheckIn

    scores = {
        "mood": _flag("--mood", mood, lambda s: parse_score(s, MOOD)),
        "energy": _flag("--energy", energy, lambda s: parse_score(s, ENERGY)),
        "sleep_hours": _flag("--sleep", sleep, parse_hours),
        "sleep_quality": _flag("--quality", quality, lambda s: parse_score(s, SLEEP_QUALITY)),
    }
    given: dict[str, object] = {"updated": now_stamp}
    given.update((key, value) for key, value in scores.items() if value is not None)
    if note is not None:
        given["note"] = note
    if tags:
        given["tags"] = [tag for typed in tags for tag in parse_tags(typed)]
    if len(given) == 1:
        raise CommandError(
            "give at least one of --mood, --energy, --sleep, --quality, --note, --tag"
        )
    from wellness_tui.validation import validate

    # --note and --tag add to what the app (or an earlier command) wrote that day;
    # --replace replaces them.
    append = () if replace_text else tuple(k for k in ("note", "tags") if k in given)
    return SetCheckIn(day, validate(CheckIn, given), merge=tuple(given), append=append)


def write_report(
    args: argparse.Namespace, profile: Profile, today: date, now: datetime, content: list[Path]
) -> str:
    """Build the report; write it to -o FILE (0600) or return it for the screen."""
    from wellness_tui.library import load_library
    from wellness_tui.profile.files import write_private
    from wellness_tui.report.build import build_report, default_period
    from wellness_tui.report.formats import render

    end = parse_day(args.end, today) if args.end else today
    start = parse_day(args.start, today) if args.start else default_period(end)[0]
    if end < start:
        raise CommandError(f"--to ({end}) is before --from ({start})")
    report = build_report(
        profile,
        load_library(content),
        start,
        end,
        now,
        include_notes="notes" in args.include,
        include_reflections="reflections" in args.include,
        include_patterns="patterns" in args.include,
        include_thoughts="thoughts" in args.include,
        include_problems="problems" in args.include,
        include_selfchecks="selfchecks" in args.include,
        include_selfcheck_answers="selfcheck-answers" in args.include,
    )
    text = render(report, args.format)
    if not args.output:
        return text
    target = Path(args.output).expanduser()
    try:
        write_private(target, text.encode("utf-8"))
    except OSError as err:
        raise CommandError(f"cannot write {target}: {err.strerror or err}") from None
    return (
        f"Report for {start} to {end} written to {target} (readable only by you; not encrypted).\n"
    )


def report_format(fmt: str | None, output: str | None) -> str:
    """The report's format: --format, or -o FILE's extension; a mismatch is refused."""
    from wellness_tui.report.formats import pick_format

    try:
        return pick_format(fmt, output)
    except ValueError as err:
        raise CommandError(str(err)) from None


def check_output(
    profile: Path, target: Path, force: bool, ask: Callable[[str], str] | None
) -> None:
    """May `report -o` / `export -o` write `target`? Raises CommandError if not.

    Never the profile, its lock, backups, copies or any other file the store keeps
    (followed through symbolic links too); an existing file only after a yes, or
    with --force; with no terminal to ask, an existing file is refused.
    """
    from wellness_tui.profile.owned import is_owned

    real_target = Path(os.path.realpath(target))
    real_profile = Path(os.path.realpath(profile))
    for candidate in {target, real_target}:
        if is_owned(profile, candidate) or is_owned(real_profile, candidate):
            raise CommandError(
                f"{target} is one of the files that keep your profile; nothing was written. "
                "Choose another file name"
            )
    try:
        same = os.path.samefile(target, profile)  # a hard link to the profile
    except OSError:
        same = False
    if same:
        raise CommandError(
            f"{target} is your profile file itself; nothing was written. Choose another file name"
        )
    if not os.path.lexists(target) or force:
        return
    if ask is None:
        raise CommandError(
            f"{target} already exists; nothing was written. Add --force to replace it"
        )
    if ask(f"{target} already exists. Replace it? [y/N] ").strip().lower() not in ("y", "yes"):
        raise CommandError(f"{target} was left as it was; nothing was written")


def export_all(store: ProfileStore, target: Path) -> str:
    from wellness_tui.profile.codec import encode
    from wellness_tui.profile.files import write_private

    try:
        write_private(target, encode(store.profile))
    except OSError as err:
        raise CommandError(f"cannot write {target}: {err.strerror or err}") from None
    return f"Everything was written to {target} (readable only by you; not encrypted)."


def describe_profile(profile: Profile) -> str:
    return (
        f"{plural(len(profile.habits), 'habit')}, {plural(len(profile.checkins), 'check-in')}, "
        f"{plural(len(profile.answers), 'reflection answer')}, "
        f"{plural(len(profile.log), 'log entry')}"
    )


def import_file(store: ProfileStore, source: Path, yes: bool, ask: Callable[[str], str]) -> str:
    from wellness_tui.profile import crypto
    from wellness_tui.profile.codec import DamagedProfileError, decode
    from wellness_tui.profile.files import read_regular
    from wellness_tui.profile.migrations import NewerSchemaError
    from wellness_tui.profile.ops import ReplaceProfile

    try:
        raw = read_regular(source)  # a pipe or device is refused at once, never waited on
        if raw is None:
            raise FileNotFoundError(2, "no such file")
        if crypto.is_sealed(raw):  # e.g. a protected profile's backup or unsaved copy
            if store.keys is None:
                raise CommandError(
                    f"{source} is encrypted; it can be brought into the profile it belongs to"
                )
            raw = store.keys.open(raw)
        incoming = decode(raw)
    except (crypto.Undecryptable, crypto.OtherKeys):
        raise CommandError(f"{source} is encrypted with other keys than this profile's") from None
    except OSError as err:
        raise CommandError(f"cannot read {source}: {err.strerror or err}") from None
    except NewerSchemaError as err:
        raise CommandError(
            f"{source} was made by a newer wellness-tui (schema "
            f"{err.version}); update wellness-tui first"
        ) from None
    except DamagedProfileError as err:
        raise CommandError(f"{source} is not a profile this app can read: {err}") from None
    question = (
        f"Replace your current profile ({describe_profile(store.profile)}) with "
        f"{source} ({describe_profile(incoming)})? The current one is kept as a "
        "copy. [y/N] "
    )
    if not yes and ask(question).strip().lower() not in ("y", "yes"):
        return "Nothing was changed."
    kept = store.keep_copy("before-import")
    save(store, [ReplaceProfile(incoming)])
    where = f" Your previous profile was kept at {kept}." if kept else ""
    return f"Imported {source}.{where}"
