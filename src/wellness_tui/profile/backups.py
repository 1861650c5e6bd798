"""Rotated backups next to the profile.

One per session or hour (the last 5 kept) and one per day (the last 7 kept),
like Loop Habit Tracker. A backup is always a copy of a file that was just
read and validated, so a backup is never of a damaged file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from wellness_tui.profile.files import atomic_write

KEEP_SESSION = 5
KEEP_DAILY = 7


def session_pattern(profile: Path) -> str:
    return f"{profile.stem}.backup-*{profile.suffix}"


def backup_files(profile: Path) -> list[Path]:
    """All backups, newest first."""
    found = profile.parent.glob(session_pattern(profile))
    stamped = []
    for path in found:
        try:
            stamped.append((path.stat().st_mtime_ns, path.name, path))
        except FileNotFoundError:
            continue
    return [path for *_, path in sorted(stamped, reverse=True)]


def write_backups(profile: Path, raw: bytes, now: datetime, *, session: bool) -> list[Path]:
    """Write the session/hourly backup (when `session`) and today's daily backup if missing."""
    written: list[Path] = []
    if session:
        path = profile.with_name(f"{profile.stem}.backup-{now:%Y%m%d-%H%M%S}{profile.suffix}")
        atomic_write(path, raw)
        written.append(path)
    daily = profile.with_name(f"{profile.stem}.backup-{now:%Y%m%d}-day{profile.suffix}")
    if not daily.exists():
        atomic_write(daily, raw)
        written.append(daily)
    if written:
        _rotate(profile)
    return written


def _rotate(profile: Path) -> None:
    files = backup_files(profile)
    daily = [p for p in files if p.stem.endswith("-day")]
    hourly = [p for p in files if not p.stem.endswith("-day")]
    for old in daily[KEEP_DAILY:] + hourly[KEEP_SESSION:]:
        old.unlink(missing_ok=True)
