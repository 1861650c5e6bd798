"""Daylio's CSV export: full_date,date,weekday,time,mood,activities,note_title,note.

Moods are the person's own labels (Daylio's defaults: rad, good, meh, bad,
awful), mapped to the check-in's 1-10 mood; activities (separated by " | ")
become tags; the note title and note become the day's note. Several entries on
one day become one check-in: the mood is their average, rounded half up; the
notes are kept in time order.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from datetime import date
from pathlib import Path

from wellness_tui.core.parse import ParseError, parse_date, parse_score
from wellness_tui.importers.records import (
    DayRecord,
    Imported,
    ImportFormatError,
    read_text,
    require_columns,
)
from wellness_tui.scales import MOOD

DEFAULT_MOODS: dict[str, int] = {"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}
COLUMNS = ["full_date", "time", "mood", "activities", "note_title", "note"]
_TIME = re.compile(r"\s*(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?\s*", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def parse_mood_map(text: str | None) -> dict[str, int]:
    """The default map with "--mood-map rad=10,tired=4" on top; ValueError says what to fix."""
    moods = dict(DEFAULT_MOODS)
    for part in (text or "").split(","):
        if not part.strip():
            continue
        label, sep, number = part.rpartition("=")
        if not sep or not label.strip():
            raise ValueError(f"--mood-map: “{part.strip()}” is not LABEL=N, like rad=9")
        try:
            score = parse_score(number, MOOD)
        except ParseError as err:
            raise ValueError(f"--mood-map {label.strip()}: {err}") from None
        if score is None:
            raise ValueError(f"--mood-map: “{part.strip()}” has no number, like rad=9")
        moods[label.strip().casefold()] = score
    return moods


def describe_map(moods: dict[str, int]) -> str:
    return ", ".join(f"{label}={n}" for label, n in moods.items())


def _minutes(text: str) -> int | None:
    """ "21:30", "9:30 pm" -> minutes after midnight; None when unreadable."""
    match = _TIME.fullmatch(text or "")
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    half = (match.group(3) or "").lower().replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def read_daylio(path: Path, moods: dict[str, int], today: date) -> Imported:
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    require_columns(path, reader.fieldnames, COLUMNS, "a Daylio CSV export")
    out = Imported(source=f"Daylio export {path.name}")
    out.rules = [
        f"Moods: {describe_map(moods)} on the check-in's 1-10 mood "
        "(change with --mood-map LABEL=N,...).",
        "Several entries on one day: one check-in; its mood is their average, rounded "
        "(half up); notes kept in time order; activities become tags.",
    ]
    # day -> [(minutes or None, row order, mood score or None, note, tags)]
    by_day: dict[date, list[tuple[int, int, int | None, str, list[str]]]] = {}
    unknown_moods: Counter[str] = Counter()
    bad_dates: Counter[str] = Counter()
    for order, row in enumerate(reader):
        out.entries += 1
        try:
            day = parse_date(row.get("full_date") or "", today=today, latest=today)
        except ParseError as err:
            bad_dates[str(err)] += 1
            continue
        if day is None:
            bad_dates["an entry without a date"] += 1
            continue
        label = (row.get("mood") or "").strip()
        score = moods.get(label.casefold()) if label else None
        if label and score is None:
            unknown_moods[label] += 1
        title = (row.get("note_title") or "").strip()
        body = _BREAK.sub("\n", row.get("note") or "").strip()
        note = "\n".join(part for part in (title, body) if part)
        tags = [t.strip() for t in (row.get("activities") or "").split(" | ") if t.strip()]
        minutes = _minutes(row.get("time") or "")
        by_day.setdefault(day, []).append(
            (minutes if minutes is not None else -1, order, score, note, tags)
        )
    for day, entries in by_day.items():
        # Daylio lists the newest first: time order, then the file's order reversed.
        entries.sort(key=lambda e: (e[0], -e[1]))
        scores = [e[2] for e in entries if e[2] is not None]
        record = DayRecord()
        if scores:
            record.mood = int(sum(scores) / len(scores) + 0.5)
        noted = [e for e in entries if e[3]]
        if len(noted) > 1:
            record.note = "\n\n".join(
                (f"{e[0] // 60:02d}:{e[0] % 60:02d} " if e[0] >= 0 else "") + e[3] for e in noted
            )
        elif noted:
            record.note = noted[0][3]
        for entry in entries:
            for tag in entry[4]:
                if tag not in record.tags:
                    record.tags.append(tag)
        out.days[day] = record
    for label, n in unknown_moods.most_common():
        out.unmapped.append(
            f"{n} entr{'y' if n == 1 else 'ies'} with the mood “{label}”: not in the mood map "
            f"(add --mood-map {label.casefold()}=N); their notes and activities are kept"
        )
    for reason, n in bad_dates.most_common():
        out.unmapped.append(f"{n} entr{'y' if n == 1 else 'ies'} left out: {reason}")
    if out.entries and not out.days and not out.unmapped:
        raise ImportFormatError(f"{path} has no Daylio entries")
    return out
