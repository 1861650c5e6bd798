"""What an importer reads out of a file, before it meets a profile."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from wellness_tui.targets import Target
from wellness_tui.words import word_for


class ImportFormatError(Exception):
    """The file is not what was named; str() is one plain line naming what is missing."""


@dataclass
class DayRecord:
    """One day's check-in as read from the file (None: not in the file)."""

    mood: int | None = None
    energy: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    note: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass
class HabitRecord:
    key: str
    """Stable across imports of the same source (Loop's uuid, or the habit's name)."""
    title: str
    target: Target
    why: str = ""
    archived: bool = False
    done: set[date] = field(default_factory=set)
    skipped: set[date] = field(default_factory=set)
    amounts: dict[date, float] = field(default_factory=dict)
    notes: dict[date, str] = field(default_factory=dict)
    mapping: str = ""
    """How its frequency was mapped when it had no exact match here ("" when exact)."""

    def days(self) -> set[date]:
        return self.done | self.skipped | set(self.amounts) | set(self.notes)


@dataclass
class Imported:
    source: str
    """E.g. "Daylio export daylio.csv"."""
    entries: int = 0
    """Rows or repetitions read."""
    days: dict[date, DayRecord] = field(default_factory=dict)
    habits: list[HabitRecord] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    """How things were mapped, stated in the dry run (mood map, merge rule)."""
    unmapped: list[str] = field(default_factory=list)
    """What could not be brought over, and why."""


MAX_BYTES = 200 * 1024 * 1024
"""No export of a person's history is this big; a bigger file is a mistake."""


def check_regular(path: Path) -> None:
    """Refuse what is not a regular file (a FIFO would block, a folder cannot be read)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImportFormatError(f"{path} does not exist") from None
    except OSError as err:
        raise ImportFormatError(f"cannot read {path}: {err.strerror or err}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ImportFormatError(f"{path} is not a regular file")
    if info.st_size > MAX_BYTES:
        raise ImportFormatError(f"{path} is larger than {MAX_BYTES // 2**20} MB")


def read_text(path: Path) -> str:
    check_regular(path)
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(f"{path} is not a UTF-8 text (CSV) file") from None
    except OSError as err:
        raise ImportFormatError(f"cannot read {path}: {err.strerror or err}") from None


def require_columns(path: Path, found: Sequence[str] | None, needed: list[str], what: str) -> None:
    have = {c.strip().casefold() for c in (found or [])}
    missing = [c for c in needed if c.casefold() not in have]
    if missing:
        shown = ", ".join(c.strip() for c in (found or [])[:8]) or "nothing"
        raise ImportFormatError(
            f"{path} is not {what}: missing "
            f"{word_for(len(missing), 'the column', 'the columns')} {', '.join(missing)} "
            f"(found: {shown})"
        )


def counted(reasons: dict[str, int]) -> list[str]:
    """ "reason" -> count, as lines ("3 rows: ...")."""
    return [f"{n} × {reason}" if n > 1 else reason for reason, n in reasons.items()]
