"""The quick-start copy: the validated profile, pickled, beside the profile file.

Validating the JSON profile means importing pydantic and building its
validators: about 60 ms, more than the rest of our start-up. So whoever closes
the store keeps a pickled copy of the profile it validated, together with a
digest of the exact bytes of the file it came from. The next start (or shell
command) uses the copy only when the file still holds exactly those bytes; any
change (a shell command, another window, an edit by hand, a restored backup)
means the file is validated as usual.

It is only a copy, never the record: if it is missing, damaged, not ours, or
made by another version of the app, it is ignored and the file is validated.
It holds the same private notes as the profile, so it is owner-only like the
profile, and "delete all my data" removes it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from wellness_tui import rules, targets
from wellness_tui.gc_pause import collector_paused
from wellness_tui.paths import code_stamp
from wellness_tui.profile import models
from wellness_tui.profile.files import atomic_write
from wellness_tui.profile.models import Profile

FORMAT = b"wellness-tui quick-start copy 2\n"
HEADER_LIMIT = 4096


def snapshot_path(profile: Path) -> Path:
    """Beside the profile, named after its whole name (never the profile's own path)."""
    return profile.with_name(f"{profile.name}.quickstart")


def load(profile: Path, raw: bytes) -> Profile | None:
    """The profile validated from exactly `raw`, if a current copy was kept; else None."""
    handle = _open_own_file(snapshot_path(profile))
    if handle is None:
        return None
    try:
        with handle:
            # Plain text first: nothing is unpickled unless it names these bytes.
            if handle.readline(HEADER_LIMIT) != FORMAT:
                return None
            if handle.readline(HEADER_LIMIT) != _key(raw):
                return None
            with collector_paused():
                kept = pickle.load(handle)
    except Exception:  # a damaged copy is only a missed shortcut: validate the file
        return None
    return kept if isinstance(kept, Profile) else None


def save(profile: Path, raw: bytes, validated: Profile) -> None:
    """Keep `validated` (what validating `raw` gave) as the copy for `raw`; owner-only."""
    path = snapshot_path(profile)
    if os.path.lexists(path) and not _is_copy(path):
        return  # never replace anything that is not one of our copies
    body = pickle.dumps(validated, protocol=pickle.HIGHEST_PROTOCOL)
    atomic_write(path, FORMAT + _key(raw) + body, durable=False)  # checked when read


def _open_own_file(path: Path) -> BinaryIO | None:
    """Open `path` only if it is a plain file of ours that nobody else could have written.

    Unpickling can run code named in the file, and the profile may sit in a shared
    folder: no symbolic link (O_NOFOLLOW), no FIFO that would block (O_NONBLOCK, then
    a regular file), no hard link to someone's other file, owned by us, and no
    permissions for anyone else. POSIX only: on Windows the file is always validated.
    """
    if not hasattr(os, "getuid") or not hasattr(os, "O_NOFOLLOW"):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    info = os.fstat(fd)
    if (
        not stat.S_ISREG(info.st_mode)
        or info.st_uid != os.getuid()
        or info.st_nlink != 1
        or info.st_mode & 0o077
    ):
        os.close(fd)
        return None
    return os.fdopen(fd, "rb")


def _is_copy(path: Path) -> bool:
    """A plain file that starts like a copy (no link, pipe or folder is ever replaced)."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return False
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        )
        with os.fdopen(fd, "rb") as handle:
            return handle.read(len(FORMAT)) == FORMAT
    except OSError:
        return False


def _key(raw: bytes) -> bytes:
    """One line naming the file's bytes (SHA-256) and the code that made the copy:
    a copy made by another Python or another version of the models is never used."""
    code = code_stamp(models, targets, rules)
    line = f"{hashlib.sha256(raw).hexdigest()} {code} {sys.version.split()[0]}"
    return line.encode() + b"\n"
