"""A plain CSV of check-ins: a `date` column and any of mood, energy, sleep_hours,
sleep_quality, note, tags. Values are read by core/parse.py, exactly as the
check-in form and `wellness-tui checkin` read them."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from wellness_tui.core.parse import ParseError, parse_date, parse_hours, parse_score, parse_tags
from wellness_tui.importers.records import (
    DayRecord,
    Imported,
    ImportFormatError,
    read_text,
    require_columns,
)
from wellness_tui.scales import ENERGY, MOOD, SLEEP_QUALITY

FIELDS: dict[str, Callable[[str], object]] = {
    "mood": lambda s: parse_score(s, MOOD),
    "energy": lambda s: parse_score(s, ENERGY),
    "sleep_hours": parse_hours,
    "sleep_quality": lambda s: parse_score(s, SLEEP_QUALITY),
}


def read_table(path: Path, today: date) -> Imported:
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    require_columns(path, reader.fieldnames, ["date"], "a check-in CSV")
    columns = {c.strip().casefold(): c for c in reader.fieldnames or []}
    known = [c for c in (*FIELDS, "note", "tags") if c in columns]
    if not known:
        raise ImportFormatError(
            f"{path} is not a check-in CSV: it needs at least one of the columns "
            "mood, energy, sleep_hours, sleep_quality, note, tags"
        )
    out = Imported(source=f"check-in CSV {path.name}")
    out.rules = [
        f"Columns read: date, {', '.join(known)}; values read as the check-in form reads them.",
        "A date listed twice: later rows fill what earlier ones left empty; notes are joined.",
    ]
    problems: Counter[str] = Counter()
    for line, row in enumerate(reader, start=2):
        out.entries += 1
        try:
            day = parse_date(row.get(columns["date"]) or "", today=today, latest=today)
        except ParseError as err:
            problems[f"line {line}: date: {err}"] += 1
            continue
        if day is None:
            problems[f"line {line}: no date"] += 1
            continue
        record = out.days.setdefault(day, DayRecord())
        for name, read in FIELDS.items():
            if name not in columns:
                continue
            try:
                value = read(row.get(columns[name]) or "")
            except ParseError as err:
                problems[f"line {line}: {name}: {err}"] += 1
                continue
            if value is not None and getattr(record, name) is None:
                setattr(record, name, value)
        if "note" in columns and (note := (row.get(columns["note"]) or "").strip()):
            record.note = f"{record.note}\n\n{note}" if record.note else note
        if "tags" in columns:
            for tag in parse_tags(row.get(columns["tags"]) or ""):
                if tag not in record.tags:
                    record.tags.append(tag)
    out.unmapped.extend(reason for reason in problems)
    return out
