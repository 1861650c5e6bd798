"""Loop Habit Tracker: its full backup (a SQLite database) or its CSV export (a zip).

The formats, as Loop's own source (iSoron/uhabits, uhabits-core) writes them:

- The backup has the tables `Habits` (name, description, freq_num / freq_den,
  archived, type 0 yes/no or 1 measurable, target_type 0 at least or 1 at most,
  target_value, unit, uuid) and `Repetitions` (habit, timestamp in milliseconds
  at UTC midnight of the local day, value, notes). Its version is
  `PRAGMA user_version`; this reads up to DATABASE_VERSION, 26: `core/Constants.kt`
  says 25 on Loop's main branch at 5aa8744 and 26 at 27fcb05, whose
  `migrations/26.sql` only adds habit groups (the columns read here are unchanged).
- Repetition values of a yes/no habit: 2 YES_MANUAL (a tick), 3 SKIP (-3 in
  Loop's 2021 code), 1 YES_AUTO (Loop's "implied" tick on a day that was not
  due: not a tick), 0 NO, -1 UNKNOWN. A measurable habit's value is the amount
  × 1000 as an integer (ListHabitsBehavior.kt:59, `(newValue * 1000).roundToInt()`),
  except 3, which is a skip there too (HistoryCard.kt:169) and -1, unknown.
- The CSV export has `Habits.csv` (Position, Name, Type, Question, Description,
  FrequencyNumerator, FrequencyDenominator, Color, Unit, Target Type, Target
  Value, Archived?; the target value in the habit's own unit, HabitList.kt:212)
  and a folder per habit, "001 Name/", with `Checkmarks.csv` (Date, Value,
  Notes). Verified against iSoron/uhabits at 5aa8744 (2025-08), uhabits-core
  `io/HabitsCSVExporter.kt:135` writes `entry.formattedValue` for each entry,
  and `models/Entry.kt:26-34` makes that the *name* of the codes -1..3
  (UNKNOWN, NO, YES_AUTO, YES_MANUAL, SKIP) and otherwise the raw integer: so a
  measurable amount is written × 1000 there too ("12500" is 12.5), exactly as
  in the backup's `Repetitions.value` (`models/sqlite/records/EntryRecord.kt:40`,
  an Int copied from Entry.value). Bare numbers for yes/no codes (Loop 1.x) are
  read as the same codes.

The database is opened read-only (`mode=ro`, `immutable=1`): nothing is ever
written to the file.
"""

from __future__ import annotations

import csv
import io
import math
import sqlite3
import zipfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from wellness_tui.importers.records import (
    MAX_BYTES,
    HabitRecord,
    Imported,
    ImportFormatError,
    check_regular,
    require_columns,
)
from wellness_tui.targets import MAX_AMOUNT, Target
from wellness_tui.words import word_for

DATABASE_VERSION = 26
YES_MANUAL, YES_AUTO, NO, UNKNOWN = 2, 1, 0, -1
SKIPS = (3, -3)
NAMED = {"YES_MANUAL": 2, "YES_AUTO": 1, "NO": 0, "UNKNOWN": -1, "SKIP": 3}
_EPOCH = date(1970, 1, 1)
_SQLITE_MAGIC = b"SQLite format 3\x00"


def read_loop(path: Path, today: date) -> Imported:
    check_regular(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as err:
        raise ImportFormatError(f"cannot read {path}: {err.strerror or err}") from None
    if head == _SQLITE_MAGIC:
        return _read_database(path, today)
    if head.startswith(b"PK"):
        return _read_zip(path, today)
    raise ImportFormatError(
        f"{path} is not a Loop Habit Tracker backup (a .db file) or CSV export (a .zip file)"
    )


# ----- mapping, shared by both forms -------------------------------------------------


def map_frequency(num: int, den: int) -> tuple[Target, str]:
    """Loop's "num times in den days" as a target here, and a note when it is not exact."""
    if num <= 0 or den <= 0:
        return Target(), f"its frequency ({num} in {den} days) cannot be read: kept as daily"
    if num >= den:
        return Target(), ""
    if den == 7:
        return Target(per_week=num), ""
    per_week = max(1, min(7, round(num * 7 / den)))
    said = "daily" if per_week == 7 else Target(per_week=per_week).describe()
    exact = f"{num} time{'s' if num > 1 else ''} in {den} days"
    target = Target() if per_week == 7 else Target(per_week=per_week)
    return target, f"{exact} has no exact match here: the nearest is {said}"


def measured(
    target: Target, kind: int, target_type: int, value: float, unit: str
) -> tuple[Target, str]:
    """Add a measurable habit's goal (at least) or limit (at most)."""
    if kind != 1:
        return target, ""
    if not 0 <= value <= MAX_AMOUNT:
        return target, f"its target {value:g} is out of range: imported as a yes/no habit"
    unit = unit.strip()
    if target_type == 1:
        return Target(per_week=target.per_week, at_most=value, unit=unit), ""
    if value <= 0:
        return Target(per_week=target.per_week, at_least=1, unit=unit), (
            "its goal of 0 is kept as at least 1"
        )
    return Target(per_week=target.per_week, at_least=value, unit=unit), ""


def _add_entry(
    habit: HabitRecord, day: date, value: float, note: str, problems: Counter[str]
) -> None:
    """One Loop entry onto the habit: the same codes in the backup and the CSV export."""
    if note.strip():
        habit.notes[day] = note.strip()
    if not math.isfinite(value):
        problems[f"{habit.title}: values that are not numbers left out"] += 1
        return
    if value in SKIPS:
        habit.skipped.add(day)
        return
    if habit.target.measurable:
        if value < 0:
            return  # UNKNOWN
        amount = value / 1000  # Loop keeps amounts × 1000 in both forms (see above)
        if amount > MAX_AMOUNT:
            problems[f"{habit.title}: amounts above {MAX_AMOUNT:,} left out"] += 1
        elif amount > 0 or habit.target.at_most is not None:
            habit.amounts[day] = round(amount, 3)
        return
    if value == YES_MANUAL:
        habit.done.add(day)
    # YES_AUTO (implied), NO and UNKNOWN are not entries here.


def _finish(out: Imported, problems: Counter[str], today: date) -> None:
    for habit in out.habits:
        future = {d for d in habit.days() if d > today}
        if future:
            problems[f"{habit.title}: days after today left out"] += len(future)
            habit.done -= future
            habit.skipped -= future
            for day in future:
                habit.amounts.pop(day, None)
                habit.notes.pop(day, None)
        if habit.mapping:
            out.rules.append(f"“{habit.title}”: {habit.mapping}.")
    out.rules.append(
        "Ticks and skips you made are imported; Loop's automatic (implied) ticks are not ticks."
    )
    for reason, n in problems.items():
        out.unmapped.append(f"{n} × {reason}" if n > 1 else reason)


# ----- the database -------------------------------------------------------------------


def _read_database(path: Path, today: date) -> Imported:
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        db = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as err:
        raise ImportFormatError(f"{path} cannot be opened as a database: {err}") from None
    try:
        return _from_database(db, path, today)
    except sqlite3.DatabaseError as err:
        raise ImportFormatError(f"{path} cannot be read as a Loop backup: {err}") from None
    finally:
        db.close()


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1].casefold() for row in db.execute(f"PRAGMA table_info({table})")}


def _from_database(db: sqlite3.Connection, path: Path, today: date) -> Imported:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    tables = {row[0].casefold() for row in db.execute("SELECT name FROM sqlite_master")}
    missing = [t for t in ("Habits", "Repetitions") if t.casefold() not in tables]
    if missing:
        raise ImportFormatError(
            f"{path} is not a Loop Habit Tracker backup: missing "
            f"{word_for(len(missing), 'the table', 'the tables')} {', '.join(missing)}"
        )
    if version > DATABASE_VERSION:
        raise ImportFormatError(
            f"{path} was made by a newer Loop Habit Tracker (database version {version}); "
            f"this reads versions up to {DATABASE_VERSION}: nothing was imported"
        )
    habit_cols = _columns(db, "Habits")
    rep_cols = _columns(db, "Repetitions")
    needed = [c for c in ("id", "name", "freq_num", "freq_den") if c not in habit_cols]
    needed += [f"Repetitions.{c}" for c in ("habit", "timestamp") if c not in rep_cols]
    if needed:
        raise ImportFormatError(
            f"{path} is not a Loop Habit Tracker backup: missing "
            f"{word_for(len(needed), 'the column', 'the columns')} {', '.join(needed)}"
        )

    def col(name: str, default: str) -> str:
        return name if name in habit_cols else f"{default} AS {name}"

    query = (
        "SELECT id, name, freq_num, freq_den, "
        + ", ".join(
            (
                col("description", "''"),
                col("archived", "0"),
                col("type", "0"),
                col("target_type", "0"),
                col("target_value", "0"),
                col("unit", "''"),
                col("uuid", "NULL"),
                col("position", "id"),
            )
        )
        + " FROM Habits ORDER BY position, id"
    )
    out = Imported(source=f"Loop Habit Tracker backup {path.name} (database version {version})")
    problems: Counter[str] = Counter()
    by_id: dict[int, HabitRecord] = {}
    for row in db.execute(query):
        hid, name, num, den, description, archived, kind, ttype, tvalue, unit, uuid, _ = row
        title = str(name or "").strip() or f"Loop habit {hid}"
        target, mapping = map_frequency(int(num or 0), int(den or 0))
        target, note = measured(
            target, int(kind or 0), int(ttype or 0), float(tvalue or 0), str(unit or "")
        )
        habit = HabitRecord(
            key=str(uuid or title),
            title=title,
            target=target,
            why=str(description or "").strip(),
            archived=bool(archived),
            mapping="; ".join(m for m in (mapping, note) if m),
        )
        by_id[int(hid)] = habit
        out.habits.append(habit)
    value_col = "value" if "value" in rep_cols else "2"
    notes_col = "notes" if "notes" in rep_cols else "''"
    for hid, stamp, value, notes in db.execute(
        f"SELECT habit, timestamp, {value_col}, {notes_col} FROM Repetitions ORDER BY timestamp"
    ):
        out.entries += 1
        found = by_id.get(int(hid)) if hid is not None else None
        if found is None or stamp is None:
            problems["repetitions of no habit left out"] += 1
            continue
        try:
            day = _EPOCH + timedelta(days=int(stamp) // 86_400_000)
        except OverflowError:
            problems["repetitions with an unreadable date left out"] += 1
            continue
        _add_entry(found, day, float(value if value is not None else 2), str(notes or ""), problems)
    _finish(out, problems, today)
    return out


# ----- the CSV export -----------------------------------------------------------------


def _csv_rows(archive: zipfile.ZipFile, name: str) -> tuple[list[str], list[dict[str, str]]]:
    text = archive.read(name).decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def _read_zip(path: Path, today: date) -> Imported:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as err:
        raise ImportFormatError(f"{path} is not a readable zip file: {err}") from None
    with archive:
        infos = archive.infolist()
        if sum(i.file_size for i in infos) > MAX_BYTES:
            raise ImportFormatError(f"{path} unpacks to more than {MAX_BYTES // 2**20} MB")
        names = {i.filename: i for i in infos if not i.is_dir()}
        habits_csv = next((n for n in names if n.rsplit("/", 1)[-1] == "Habits.csv"), None)
        if habits_csv is None:
            raise ImportFormatError(
                f"{path} is not a Loop Habit Tracker CSV export: missing Habits.csv"
            )
        root = habits_csv[: -len("Habits.csv")]
        try:
            header, rows = _csv_rows(archive, habits_csv)
            require_columns(
                path,
                header,
                ["Position", "Name", "FrequencyNumerator", "FrequencyDenominator"],
                "a Loop Habit Tracker CSV export (Habits.csv)",
            )
            folders: dict[str, str] = {}
            for name in names:
                if name.startswith(root) and name.endswith("/Checkmarks.csv"):
                    folder = name[len(root) : -len("/Checkmarks.csv")]
                    if "/" not in folder:
                        folders[folder.split(" ", 1)[0]] = name
            return _from_csv(path, archive, rows, folders, today)
        except (zipfile.BadZipFile, OSError, RuntimeError) as err:
            raise ImportFormatError(f"{path} cannot be read: {err}") from None


def _number(text: str | None, default: float = 0) -> float:
    try:
        return float((text or "").strip() or default)
    except ValueError:
        return default


def _from_csv(
    path: Path,
    archive: zipfile.ZipFile,
    rows: list[dict[str, str]],
    folders: dict[str, str],
    today: date,
) -> Imported:
    out = Imported(source=f"Loop Habit Tracker CSV export {path.name}")
    problems: Counter[str] = Counter()
    for row in rows:
        title = (row.get("Name") or "").strip()
        position = (row.get("Position") or "").strip()
        if not title:
            problems["a habit without a name left out"] += 1
            continue
        target, mapping = map_frequency(
            int(_number(row.get("FrequencyNumerator"), 1)),
            int(_number(row.get("FrequencyDenominator"), 1)),
        )
        kind = 1 if (row.get("Type") or "").strip().upper() in ("NUMERICAL", "1") else 0
        ttype = 1 if (row.get("Target Type") or "").strip().upper() in ("AT_MOST", "1") else 0
        target, note = measured(
            target, kind, ttype, _number(row.get("Target Value")), row.get("Unit") or ""
        )
        habit = HabitRecord(
            key=title,
            title=title,
            target=target,
            why=(row.get("Description") or "").strip(),
            archived=(row.get("Archived?") or "").strip().lower() in ("true", "1", "yes"),
            mapping="; ".join(m for m in (mapping, note) if m),
        )
        out.habits.append(habit)
        member = folders.get(position)
        if member is None:
            problems[f"{title}: no Checkmarks.csv in the export, only the habit is imported"] += 1
            continue
        _, entries = _csv_rows(archive, member)
        for entry in entries:
            out.entries += 1
            try:
                day = date.fromisoformat((entry.get("Date") or "").strip())
            except ValueError:
                problems[f"{title}: rows with an unreadable date left out"] += 1
                continue
            raw = (entry.get("Value") or "").strip()
            if raw.upper() in NAMED:
                value = float(NAMED[raw.upper()])
            else:
                try:
                    value = float(raw)
                except ValueError:
                    problems[f"{title}: rows with an unreadable value left out"] += 1
                    continue
            _add_entry(habit, day, value, entry.get("Notes") or "", problems)
    _finish(out, problems, today)
    return out
