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

from wellness_tui import rules, targets
from wellness_tui.gc_pause import collector_paused
from wellness_tui.profile import models
from wellness_tui.profile.files import atomic_write
from wellness_tui.profile.models import Profile

FORMAT = b"wellness-tui quick-start copy 1"


def snapshot_path(profile: Path) -> Path:
    return profile.with_name(f"{profile.stem}.quickstart")


def load(profile: Path, raw: bytes) -> Profile | None:
    """The profile validated from exactly `raw`, if a current copy was kept; else None."""
    if not hasattr(os, "getuid"):
        return None  # no owner check on Windows: always validate there
    try:
        with snapshot_path(profile).open("rb") as handle:
            info = os.fstat(handle.fileno())
            # Unpickling runs code named in the file: only ever read our own file,
            # one nobody else could have written (the profile may sit in a shared folder).
            if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return None
            if pickle.load(handle) != _key(raw):
                return None
            with collector_paused():
                kept = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # a damaged copy is only a missed shortcut: validate the file
        return None
    return kept if isinstance(kept, Profile) else None


def save(profile: Path, raw: bytes, validated: Profile) -> None:
    """Keep `validated` (what validating `raw` gave) as the copy for `raw`; owner-only."""
    key = pickle.dumps(_key(raw), protocol=pickle.HIGHEST_PROTOCOL)
    atomic_write(snapshot_path(profile), key + pickle.dumps(validated, pickle.HIGHEST_PROTOCOL))


def _key(raw: bytes) -> tuple[bytes, str, str, bytes]:
    """The file's bytes (digest), and the code that made the copy: a copy made by
    another Python or another version of the models is never used."""
    code = []
    for module in (models, targets, rules):
        info = Path(module.__file__ or "").stat()
        code.append(f"{info.st_size}:{info.st_mtime_ns}")
    return FORMAT, sys.version, "|".join(code), hashlib.sha256(raw).digest()
