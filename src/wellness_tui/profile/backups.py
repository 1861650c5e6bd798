"""Rotated backups next to the profile, spaced in time.

A backup is always a copy of a file that was just read and validated, so a
backup is never of a damaged file. A save makes one when the file differs from
the newest backup. Rotation keeps real history, not just the last few saves:

- the newest KEEP_NEWEST backups,
- the oldest backup of each of the last KEEP_HOURS hours,
- the oldest backup of each of the last KEEP_DAYS days,
- the oldest backup of each of the last KEEP_WEEKS weeks.

Keeping the *oldest* of each hour, day and week means that a burst of saves
(forty shell commands in a minute, or a bad state saved again and again) can
only replace the newest few: the first backup of today, of this week and of
each earlier day stays until its day or week has passed out of the window.
Backups are matched by exact name (owned.py), never by a pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from wellness_tui.profile.files import atomic_write
from wellness_tui.profile.owned import backup_paths

KEEP_NEWEST = 3
KEEP_HOURS = 6
KEEP_DAYS = 7
KEEP_WEEKS = 5


_STAMP = re.compile(r"backup-(\d{8})-(\d{6}|day)(?:-(\d+))?")


def backup_stamp(path: Path) -> datetime | None:
    """When a backup was made, from its name (a legacy -day backup counts as midnight)."""
    found = _STAMP.search(path.name)
    if found is None:
        return None
    day, time, _ = found.groups()
    try:
        if time == "day":
            return datetime.strptime(day, "%Y%m%d")
        return datetime.strptime(day + time, "%Y%m%d%H%M%S")
    except ValueError:
        return None


def _order(path: Path) -> tuple[datetime, int, str]:
    found = _STAMP.search(path.name)
    n = int(found.group(3)) if found and found.group(3) else 1
    return (backup_stamp(path) or datetime.min, n, path.name)


def backup_files(profile: Path) -> list[Path]:
    """All backups of exactly this profile, newest first."""
    return sorted(backup_paths(profile), key=_order, reverse=True)


def write_backups(
    profile: Path,
    raw: bytes,
    now: datetime,
    *,
    session: bool = True,
    seal: Callable[[bytes], bytes] = bytes,
    plain: Callable[[bytes], bytes] = bytes,
) -> list[Path]:
    """Keep `raw` as a new backup unless the newest backup holds exactly these bytes.

    A protected profile's backups are written through `seal` (encrypted) and read
    through `plain`: the comparison is of the JSON inside."""
    existing = backup_files(profile)
    if existing:
        try:
            if plain(existing[0].read_bytes()) == raw:
                return []
        except Exception:  # unreadable or damaged: a new backup is made
            pass
    path = profile.with_name(f"{profile.stem}.backup-{now:%Y%m%d-%H%M%S}{profile.suffix}")
    n = 1
    while path.exists():
        n += 1
        path = profile.with_name(f"{profile.stem}.backup-{now:%Y%m%d-%H%M%S}-{n}{profile.suffix}")
    atomic_write(path, seal(raw))
    rotate(profile, now)
    return [path]


def keep_set(files: list[Path], now: datetime) -> set[Path]:
    """Which backups rotation keeps (see the module docstring)."""
    newest_first = sorted(files, key=_order, reverse=True)
    keep = set(newest_first[:KEEP_NEWEST])
    oldest_first = list(reversed(newest_first))
    hours: dict[str, Path] = {}
    days: dict[str, Path] = {}
    weeks: dict[str, Path] = {}
    for path in oldest_first:
        stamp = backup_stamp(path)
        if stamp is None:
            keep.add(path)  # not ours to judge: never removed
            continue
        year, week, _ = stamp.isocalendar()
        # The oldest of each hour, day and week (keys sort in time order).
        hours.setdefault(f"{stamp:%Y%m%d%H}", path)
        days.setdefault(f"{stamp:%Y%m%d}", path)
        weeks.setdefault(f"{year:04d}{week:02d}", path)
    for bucket, count in ((hours, KEEP_HOURS), (days, KEEP_DAYS), (weeks, KEEP_WEEKS)):
        keep.update(bucket[key] for key in sorted(bucket, reverse=True)[:count])
    return keep


def rotate(profile: Path, now: datetime) -> None:
    files = backup_files(profile)
    keep = keep_set(files, now)
    for old in files:
        if old not in keep:
            old.unlink(missing_ok=True)
