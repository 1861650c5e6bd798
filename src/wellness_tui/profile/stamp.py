"""The start-up stamp: a digest (BLAKE2b, 256 bits) of the profile's bytes as this
program last validated or wrote them, in one line of plain text beside the profile.

Validating the JSON profile means importing pydantic and building its validators:
about 60 ms, more than the rest of our start-up. When the file holds exactly the
bytes named in the stamp, they were valid when this same code last saw them, so the
dataclasses are built straight from the parsed JSON (trusted.py), without pydantic.
Any change (a shell command, another window, an edit by hand, a restored backup, an
upgrade of the program) means the file is validated as usual.

The journal beside the profile (journal.py) can be named too: a second line gives
the length and digest of its beginning as this program wrote or read it, so the
lines a shell command appended are read back without pydantic as well. Lines past
that length (another program's, or a newer window's) are validated as usual.

For a profile protected with a passphrase (crypto.py) the stamp names the file's
encrypted bytes: it holds a hash of ciphertext, nothing readable, and saves the
validation after the decryption (its journal's lines are always validated).

A big profile is hashed in another thread while its JSON is parsed (digest.py).

The stamp holds no notes and nothing that can run: the worst a damaged or planted
stamp can do is name bytes that are then read as they are, and if building fails the
file is validated after all. (An earlier version kept a binary copy of the profile here,
`<profile>.quickstart`; it is never read, and removed when the stamp is written.)
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from pathlib import Path

from wellness_tui import rules, targets, trusted
from wellness_tui.digest import ALONGSIDE, blake2b_hex, blake2b_hex_soon
from wellness_tui.gc_pause import collector_paused
from wellness_tui.paths import code_stamp
from wellness_tui.profile import models
from wellness_tui.profile.files import atomic_write, read_own_file
from wellness_tui.profile.models import SCHEMA_VERSION, Profile

FORMAT = b"wellness-tui stamp 2\n"
"""(Version 1 named the bytes by their SHA-256.)"""
ANY_VERSION = b"wellness-tui stamp "
OLD_COPY_FORMAT = b"wellness-tui quick-start copy"
LIMIT = 4096


def stamp_path(profile: Path) -> Path:
    """Beside the profile, named after its whole name (never the profile's own path)."""
    return profile.with_name(f"{profile.name}.stamp")


def old_copy_path(profile: Path) -> Path:
    """Where earlier versions kept a binary quick-start copy of the profile."""
    return profile.with_name(f"{profile.name}.quickstart")


JOURNAL = b"journal"


def load(profile: Path, raw: bytes, named: bytes | None = None) -> Profile | None:
    """The profile built from `raw` if the stamp names exactly these bytes; else None.

    `named` is the file's bytes when they are not `raw` itself: a profile protected with
    a passphrase is stamped with the digest of its encrypted bytes (nothing readable),
    and `raw` is what they decrypted to."""
    stamped = _stamped(profile)
    if stamped is None:
        return None
    file = raw if named is None else named
    digest = blake2b_hex_soon(file)
    alongside = len(file) >= ALONGSIDE  # hashed in another thread while raw is parsed
    if not alongside and digest().encode() != stamped[0]:
        return None
    try:
        with collector_paused():
            data = json.loads(raw)
            if alongside and digest().encode() != stamped[0]:
                return None
            if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
                return None
            built = trusted.build(Profile, data)
    except Exception:  # not as expected after all: validate the file the usual way
        return None
    return built if isinstance(built, Profile) else None


def vouched_journal(profile: Path, raw: bytes, data: bytes) -> int:
    """How much of the journal `data` the stamp names with the checkpoint file `raw`: the
    length of its beginning that this program wrote or read (0 for none)."""
    part = _journal_part(profile, raw)
    if not part:
        return 0
    words = part.split(b" ")
    if len(words) != 3 or words[0] != JOURNAL or not words[1].isdigit():
        return 0
    length = int(words[1])
    if not 0 < length <= len(data) or data[length - 1 : length] != b"\n":
        return 0
    return length if blake2b_hex(data[:length]).encode() == words[2] else 0


def _journal_part(profile: Path, raw: bytes) -> bytes | None:
    """What the stamp says of the journal (b"" for nothing) if it names `raw`; else None."""
    stamped = _stamped(profile)
    if stamped is None or blake2b_hex(raw).encode() != stamped[0]:
        return None
    return stamped[1]


def _stamped(profile: Path) -> tuple[bytes, bytes] | None:
    """The digest the stamp names and what it says of the journal (b"" for nothing), if
    it is a stamp this very code wrote; else None."""
    content = read_own_file(stamp_path(profile), LIMIT)
    if content is None or not content.startswith(FORMAT) or not content.endswith(b"\n"):
        return None
    line, _, journal = content[len(FORMAT) :].partition(b"\n")
    digest, _, code = line.partition(b" ")
    if code != _code():
        return None
    return digest, journal[:-1]


def save(profile: Path, raw: bytes, journal: bytes = b"") -> None:
    """Note that `raw` is the profile file's content as this program validated or wrote
    it (for a protected profile: its encrypted bytes, whose plaintext was validated), and
    `journal` (lines this program wrote or validated, for `raw`) its journal's beginning."""
    path = stamp_path(profile)
    if os.path.lexists(path) and not _starts_with(path, ANY_VERSION):
        return  # never replace anything that is not a stamp (no link, pipe or other file)
    content = FORMAT + b"%s %s\n" % (blake2b_hex(raw).encode(), _code())
    if journal:
        content += b"%s %d %s\n" % (JOURNAL, len(journal), blake2b_hex(journal).encode())
    atomic_write(path, content, durable=False)  # checked when read
    _remove_old_copy(profile)


def _remove_old_copy(profile: Path) -> None:
    """Remove this profile's old binary copy (private data, never read again): only a
    plain file that starts like one of ours."""
    path = old_copy_path(profile)
    if _starts_with(path, OLD_COPY_FORMAT):
        with contextlib.suppress(OSError):
            path.unlink()


def _starts_with(path: Path, header: bytes) -> bool:
    """A plain file (not a link, pipe or folder) whose first bytes are `header`."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return False
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        with os.fdopen(os.open(path, flags), "rb") as handle:
            return handle.read(len(header)) == header
    except OSError:
        return False


def _code() -> bytes:
    """The code that reads the bytes: a stamp made by another Python or another version of
    the models is never taken for ours."""
    code = code_stamp(models, targets, rules, trusted)
    return f"{code} {sys.version.split()[0]}".encode()
