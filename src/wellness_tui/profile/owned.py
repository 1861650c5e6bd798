"""The files the store owns for one profile, matched by exact name.

A profile's name is data, never a pattern: a profile called `[ab].json` or
`*.json` must never reach the files of `a.json` or `b.json`. So no name is
ever passed to `glob`; the folder is listed and every name is compared with
the names this program makes, spelled out with `re.escape`.

For a profile `p.json` the store makes:
  p.json                            the profile
  p.json.lock, p.json.stamp         the lock and the start-up stamp (p.json.quickstart:
                                    the binary copy of earlier versions, removed)
  p.json.journal                    the change journal (journal.py)
  p.json.key                        a protected profile's key, encrypted with the
                                    passphrase (crypto.py)
  p.json.recipient                  its public recipient, for changes added without
                                    the passphrase (write_only.py)
  p.json.safety-plan                the safety plan alone, readable while the profile
                                    is locked, when the person chose it
                                    (safety_plan_file.py)
  p.backup-<stamp>.json             backups (<stamp> is 20261125-093000, or a legacy
                                    20261125-day), optionally with a -<n> suffix
  p.corrupt-<stamp>.json            damaged files kept aside
  p.before-import-<stamp>.json      the profile as it was before an import
  p.damaged-journal-<stamp>.json    a change journal with a damaged line, kept aside
  p.before-encrypt-<stamp>.json     the previous form, kept until the new one reads back
  p.before-decrypt-<stamp>.json     (protect.py)
  .<one of the above>.<pid>-<hex>.tmp   the temp file of an interrupted save
"""

from __future__ import annotations

import os
import re
from pathlib import Path

STAMP = r"\d{8}-(?:\d{6}|day)(?:-\d+)?"
TEMP = r"\.\d+-[0-9a-f]{8}\.tmp"
COPY_KINDS = (
    "backup",
    "corrupt",
    "before-import",
    "damaged-journal",
    "before-encrypt",
    "before-decrypt",
)


def _copies(profile: Path, kinds: tuple[str, ...]) -> str:
    stem, suffix = re.escape(profile.stem), re.escape(profile.suffix)
    return rf"{stem}\.(?:{'|'.join(re.escape(k) for k in kinds)})-{STAMP}{suffix}"


def _names(profile: Path) -> str:
    whole = re.escape(profile.name)
    extras = "|".join(
        rf"{whole}\.{kind}"
        for kind in (
            "lock",
            "stamp",
            "quickstart",
            "journal",
            "key",
            "recipient",
            "safety-plan",
        )
    )
    return rf"(?:{whole}|{extras}|{_copies(profile, COPY_KINDS)})"


def _listing(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []


def is_backup_name(profile: Path, name: str) -> bool:
    return re.fullmatch(_copies(profile, ("backup",)), name) is not None


def backup_paths(profile: Path) -> list[Path]:
    """Every backup of this profile (exactly its own), in no particular order."""
    pattern = re.compile(_copies(profile, ("backup",)))
    return [profile.parent / n for n in _listing(profile.parent) if pattern.fullmatch(n)]


def temp_paths(profile: Path) -> list[Path]:
    """Temp files of interrupted saves of the profile, its backups and copies."""
    hidden = [n for n in _listing(profile.parent) if n.startswith(".")]
    if not hidden:  # (the usual case at every start: the pattern is not even made, ~1 ms)
        return []
    pattern = re.compile(rf"\.{_names(profile)}{TEMP}")
    return sorted(profile.parent / n for n in hidden if pattern.fullmatch(n))


def owned_paths(profile: Path) -> list[Path]:
    """Every file name the store makes for this profile that exists in its folder."""
    pattern = re.compile(rf"{_names(profile)}|\.{_names(profile)}{TEMP}")
    return sorted(profile.parent / n for n in _listing(profile.parent) if pattern.fullmatch(n))


def is_owned(profile: Path, target: Path) -> bool:
    """True when `target` is (or would be) one of the files the store makes for `profile`."""
    try:
        same_folder = os.path.samefile(target.parent, profile.parent)
    except OSError:
        same_folder = target.parent.resolve() == profile.parent.resolve()
    if not same_folder:
        return False
    return re.fullmatch(rf"{_names(profile)}|\.{_names(profile)}{TEMP}", target.name) is not None
