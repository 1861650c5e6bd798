"""Adding a change to a protected profile without its passphrase (the shell's quick
`checkin`): the write-only path.

The change is encrypted to the profile's public recipient (`<profile>.recipient`,
crypto.py) and appended to the change journal under the lock, as the store appends
(journal.py): the journal's header names the profile file's encrypted bytes by their
SHA-256, so it can be checked and written without reading anything inside. Whoever
next opens the profile with the passphrase replays the line like any other. When
that is not possible without reading (the journal belongs to another version of the
file, is folded already, is full, or the change needs a whole profile), NeedsKeys is
raised and nothing is written: the caller asks for the passphrase instead.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from wellness_tui.profile import crypto, journal
from wellness_tui.profile.files import read_regular
from wellness_tui.profile.lock import ProfileLock
from wellness_tui.profile.op_base import Op


class NeedsKeys(Exception):
    """This change cannot be added without the passphrase (why, in plain words)."""


def recipient_of(profile: Path) -> str | None:
    data = read_regular(crypto.recipient_path(profile))
    if data is None:
        return None
    text = data.decode("ascii", errors="replace").strip()
    return text if text.startswith("age1") and "\n" not in text else None


def append_without_keys(
    profile: Path, ops: list[Op], now: datetime, *, lock_timeout: float = 3.0
) -> None:
    recipient = recipient_of(profile)
    if recipient is None:
        raise NeedsKeys("the profile's public recipient file is missing")
    lines = [journal.record_line(op, now) for op in ops]
    if any(line is None for line in lines):
        raise NeedsKeys("this change needs the whole profile")
    sealed = [crypto.seal_line_for(recipient, line) for line in lines if line is not None]
    with ProfileLock(profile, timeout=lock_timeout):
        on_disk = read_regular(profile)
        if on_disk is None or not crypto.is_sealed(on_disk):
            raise NeedsKeys("the profile is not an encrypted file")
        data = journal.read(journal.journal_path(profile))
        complete = data.split(b"\n")[:-1]
        if complete:
            _check_journal(complete, on_disk)
        if len(data) + sum(map(len, sealed)) > journal.LIMIT_BYTES:
            raise NeedsKeys("the change journal is full and must be folded in")
        journal.append(
            journal.journal_path(profile), sealed, start=lambda: journal.header_line(on_disk)
        )


def _check_journal(complete: list[bytes], on_disk: bytes) -> None:
    """The journal is for exactly this file, and not already folded into another."""
    key = journal.checkpoint_key(on_disk)
    try:
        head = json.loads(complete[0])
    except (ValueError, RecursionError):
        head = None
    if not isinstance(head, dict) or head.get("journal") != journal.FORMAT:
        raise NeedsKeys("the change journal is not one this version writes to")
    if head.get("checkpoint") != key:
        raise NeedsKeys("the change journal belongs to another version of the file")
    if any(line.startswith(b'{"folded"') for line in complete[1:]):
        raise NeedsKeys("the change journal was folded into the profile")
