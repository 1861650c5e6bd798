"""`wellness-tui import-from daylio|loop|csv FILE`: bring history from other apps.

The file is read first (a file that is not what was named is refused before the
profile is even opened); the plan is shown; a real import asks, keeps a copy of
the profile as it was, then merges (importers/merge.py). `--dry-run` reads the
profile without the store, so not one byte beside it changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from wellness_tui.clock import Clock, logical_day
from wellness_tui.importers.merge import MERGE_RULE, Plan, plan_import
from wellness_tui.importers.records import Imported, ImportFormatError
from wellness_tui.profile.crypto import Keys, OtherKeys, Undecryptable, is_sealed
from wellness_tui.profile.models import Profile
from wellness_tui.textsafe import say
from wellness_tui.words import plural

KINDS = ("daylio", "loop", "csv")
SHOWN = 8
"""At most this many lines of a list; the rest are counted."""


def read_source(kind: str, file: Path, today: date, mood_map: str | None) -> Imported:
    if kind == "daylio":
        from wellness_tui.importers.daylio import parse_mood_map, read_daylio

        try:
            moods = parse_mood_map(mood_map)
        except ValueError as err:
            raise ImportFormatError(str(err)) from None
        return read_daylio(file, moods, today)
    if mood_map:
        raise ImportFormatError("--mood-map is for Daylio files only")
    if kind == "loop":
        from wellness_tui.importers.loop import read_loop

        return read_loop(file, today)
    from wellness_tui.importers.table import read_table

    return read_table(file, today)


def _peek(path: Path, clock: Clock, keys: Keys | None = None) -> Profile:
    """The profile as it is on disk, read without the store: no lock, no recovery, no write."""
    from wellness_tui.profile.codec import DamagedProfileError, decode
    from wellness_tui.profile.migrations import NewerSchemaError

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Profile.new(clock.now())
    except OSError as err:
        raise ImportFormatError(f"cannot read the profile {path}: {err.strerror or err}") from None
    try:
        if keys is not None and is_sealed(raw):
            raw = keys.open(raw)
        return decode(raw)
    except NewerSchemaError as err:
        raise ImportFormatError(
            f"the profile {path} was saved by a newer wellness-tui (schema {err.version})"
        ) from None
    except (DamagedProfileError, Undecryptable, OtherKeys):
        raise ImportFormatError(
            f"the profile {path} cannot be read; open the app once so it can recover it"
        ) from None


def _listed(lines: list[str]) -> list[str]:
    shown = [f"  - {line}" for line in lines[:SHOWN]]
    if len(lines) > SHOWN:
        shown.append(f"  - … and {len(lines) - SHOWN} more")
    return shown


def added(plan: Plan) -> str:
    parts: list[str] = []
    if plan.new_checkins:
        parts.append(plural(plan.new_checkins, "new check-in day"))
    if plan.filled_checkins:
        parts.append(plural(plan.filled_checkins, "existing check-in day") + " filled in")
    if plan.new_habits:
        parts.append(plural(len(plan.new_habits), "new habit"))
    if plan.habit_days:
        parts.append(plural(plan.habit_days, "habit day"))
    return ", ".join(parts) or "nothing new"


def describe(imported: Imported, plan: Plan) -> list[str]:
    days = sorted(imported.days)
    span = f", {days[0]} to {days[-1]}" if days else ""
    lines = [f"From the {imported.source}: {imported.entries} entries read{span}."]
    lines.extend(imported.rules)
    lines.append(MERGE_RULE)
    lines.append(f"Would add: {added(plan)}.")
    if plan.new_habits:
        lines.append("New habits:")
        lines.extend(_listed(plan.new_habits))
    if plan.merged_habits:
        lines.append("Habits you already have:")
        lines.extend(_listed(plan.merged_habits))
    left_out = imported.unmapped + plan.left_out
    if left_out:
        lines.append("Could not be brought over:")
        lines.extend(_listed(left_out))
    return lines


def run(
    kind: str,
    file: Path,
    *,
    profile_path: Path,
    clock: Clock,
    dry_run: bool,
    yes: bool,
    mood_map: str | None,
    ask: Callable[[str], str],
    interactive: bool,
    keys: Keys | None = None,
) -> int:
    def refuse(message: str) -> int:
        say(f"wellness-tui: {message}", file=sys.stderr)
        return 1

    try:
        peeked = _peek(profile_path, clock, keys)
        today = logical_day(clock.now(), peeked.settings.day_end_hour)
        imported = read_source(kind, file, today, mood_map)
    except ImportFormatError as err:
        return refuse(str(err))
    if dry_run:
        plan = plan_import(peeked, imported, kind, clock.now(), today)
        for line in describe(imported, plan):
            say(line)
        say("Dry run: nothing was changed.")
        return 0

    from wellness_tui.profile.store import ProfileStore
    from wellness_tui.shell.commands import CommandError, open_for_change, save

    try:
        store = ProfileStore(profile_path, clock, keys=keys)
    except OSError as err:
        return refuse(f"cannot open the profile {profile_path}: {err.strerror or err}")
    try:
        open_for_change(store)
        plan = plan_import(store.profile, imported, kind, clock.now(), today)
        if plan.empty:
            say(f"Nothing new to import: everything in {file.name} is already in your profile.")
            return 0
        if not yes and not interactive:
            return refuse(
                f"importing {file.name} changes your profile: run it again with --yes "
                "(or with --dry-run to see what it would add)"
            )
        lines = describe(imported, plan)
        if not yes:
            for line in lines:
                say(line)
            answer = ask(
                "Add this to your profile? A copy of it as it is now is kept first. [y/N] "
            )
            if answer.strip().lower() not in ("y", "yes"):
                say("Nothing was changed.")
                return 0
        kept = store.keep_copy("before-import")
        save(store, plan.ops)
        where = f" Your profile as it was is kept at {kept}." if kept else ""
        say(f"Imported from the {imported.source}: {added(plan)}.{where}")
    except CommandError as err:
        return refuse(str(err))
    finally:
        store.close()
    return 0
