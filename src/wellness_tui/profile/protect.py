"""Protecting a profile with a passphrase, removing that protection, changing it.

crypto.py does the age work; this module decides the order of the file changes so
that nothing is lost on the way: the previous form of the profile is kept as a copy
(`<stem>.before-encrypt-<stamp>.json` or `.before-decrypt-`) until the new form has
been read back with the new keys, and only then removed. Every copy beside the
profile (backups, damaged copies, the copy before an import) is rewritten in the new
form too, so a protected profile leaves nothing readable behind in its folder.
(A file replaced on disk may still sit in free blocks of the disk until they are
reused: protection is for what is written from now on, see the README.)
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wellness_tui.clock import Clock
from wellness_tui.profile import crypto
from wellness_tui.profile.files import atomic_write, read_regular
from wellness_tui.profile.owned import owned_paths
from wellness_tui.profile.store import ProfileStore


class ProtectError(Exception):
    """Why protection could not be changed; nothing was lost (in plain words)."""


@dataclass(frozen=True)
class Protected:
    keys: crypto.Keys
    work_factor: int | None
    """scrypt's log2 N in the new key file (its deliberate cost)."""


def is_protected(profile: Path) -> bool:
    """The profile file is an age file (only its first bytes are read). A pipe, device
    or folder there is not opened for reading (never blocks): the store refuses it."""
    try:
        fd = os.open(profile, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        return crypto.is_sealed(os.read(fd, len(crypto.HEADER)))
    except OSError:
        return False
    finally:
        os.close(fd)


def read_key_file(profile: Path) -> bytes:
    data = read_regular(crypto.key_path(profile))
    if data is None:
        raise crypto.KeyMissing(crypto.key_path(profile))
    return data


def unlock(profile: Path, passphrase: str | None, recovery_key: str | None = None) -> crypto.Keys:
    """The profile's keys from its passphrase (via the key file) or its recovery key."""
    if recovery_key is not None:
        return crypto.from_recovery_key(recovery_key)
    return crypto.unlock(read_key_file(profile), passphrase or "")


def _copies(profile: Path) -> list[Path]:
    """The copies beside the profile that hold its data (not the profile, journal, lock,
    key or stamp)."""
    skip = {
        profile.name,
        f"{profile.name}.journal",
        f"{profile.name}.lock",
        f"{profile.name}.key",
        f"{profile.name}.recipient",
        f"{profile.name}.stamp",
        f"{profile.name}.quickstart",
        f"{profile.name}.safety-plan",  # the plan alone, kept by the store (never sealed)
    }
    return [p for p in owned_paths(profile) if p.name not in skip and not p.name.endswith(".tmp")]


def _plain_copy(data: bytes, keys: crypto.Keys | None) -> bytes | None:
    """A copy's plain bytes (an age file, a line-sealed journal, or plain already);
    None when it cannot be decrypted (then it is left as it is)."""
    if crypto.is_sealed(data):
        if keys is None:
            return None
        try:
            return keys.open(data)
        except (crypto.Undecryptable, crypto.OtherKeys):
            return None
    if keys is not None and data:
        plain = keys.open_lines(data)  # a journal kept aside, sealed line by line
        return data if crypto.UNREADABLE_LINE in plain else plain
    return data


def _rewrite_copies(
    profile: Path, old: crypto.Keys | None, new: crypto.Keys | None, keep: Path | None
) -> None:
    for path in _copies(profile):
        if path == keep:
            continue
        data = read_regular(path)
        if data is None:
            continue
        plain = _plain_copy(data, old)
        if plain is None:
            continue
        atomic_write(path, new.seal(plain) if new is not None else plain)


def _verify(profile: Path, clock: Clock, keys: crypto.Keys | None, expected: bytes) -> None:
    from wellness_tui.profile.codec import encode

    check = ProfileStore(profile, clock, look_only=True, keys=keys)
    if encode(check.profile) != expected:
        raise ProtectError(
            "the profile did not read back the same after it was rewritten; the copy "
            "of its previous form is kept beside it"
        )


def protect(
    profile: Path,
    passphrase: str,
    clock: Clock,
    keys_ready: Callable[[crypto.Keys], None] | None = None,
    *,
    safety_plan_readable: bool = False,
    keys: crypto.Keys | None = None,
) -> Protected:
    """Encrypt a plain profile and everything beside it; returns the new keys (the
    recovery key is shown once by the caller). `keys_ready` hands the keys to an open
    window's store before the files change form, so that window never meets a profile
    it cannot read (it would say "not saved" while the new form is being checked).
    `safety_plan_readable` is the person's choice, asked each time protection is set up:
    the safety plan alone stays readable beside the locked profile (safety_plan_file.py).
    `keys` are new keys made by the caller, who showed their recovery key before any file
    changed (the shell); by default new ones are made here."""
    from wellness_tui.profile.codec import encode
    from wellness_tui.profile.ops import UpdateSettings

    if is_protected(profile):
        raise ProtectError("this profile is already protected with a passphrase")
    store = ProfileStore(profile, clock)
    if store.profile.settings.safety_plan_readable != safety_plan_readable:
        store.apply(UpdateSettings((("safety_plan_readable", safety_plan_readable),)))
        if not store.flush():
            raise ProtectError(f"your choice could not be saved: {store.last_reason}")
    keys = keys or crypto.new_keys()
    key_file = crypto.lock_with(keys, passphrase)
    before = store.keep_copy("before-encrypt")  # plain, until the new form reads back
    atomic_write(crypto.key_path(profile), key_file)
    atomic_write(crypto.recipient_path(profile), f"{keys.recipient}\n".encode())

    def copies() -> None:
        _rewrite_copies(profile, None, keys, before)

    if keys_ready is not None:
        keys_ready(keys)
    store.reseal(keys, copies)
    expected = encode(store._disk) if store._disk is not None else b""
    store.close(checkpoint=False)
    _verify(profile, clock, unlock(profile, passphrase), expected)
    if before is not None:
        before.unlink(missing_ok=True)
    return Protected(keys, crypto.scrypt_work_factor(key_file))


def unprotect(profile: Path, keys: crypto.Keys, clock: Clock) -> None:
    """Decrypt the profile and everything beside it, then remove the key file."""
    from wellness_tui.profile.codec import encode

    if not is_protected(profile):
        raise ProtectError("this profile is not protected with a passphrase")
    store = ProfileStore(profile, clock, keys=keys)
    before = store.keep_copy("before-decrypt")  # still encrypted, until the plain one reads

    def copies() -> None:
        _rewrite_copies(profile, keys, None, before)

    store.reseal(None, copies)
    expected = encode(store._disk) if store._disk is not None else b""
    store.close(checkpoint=False)
    _verify(profile, clock, None, expected)
    if before is not None:
        before.unlink(missing_ok=True)
    for beside in (crypto.key_path(profile), crypto.recipient_path(profile)):
        with contextlib.suppress(FileNotFoundError):
            beside.unlink()


def change_passphrase(profile: Path, keys: crypto.Keys, passphrase: str) -> int | None:
    """Re-encrypt only the key file with a new passphrase (the data keeps its keys).
    Returns the scrypt work factor of the new key file."""
    key_file = crypto.lock_with(keys, passphrase)
    atomic_write(crypto.key_path(profile), key_file)
    if crypto.unlock(read_key_file(profile), passphrase).recovery_key != keys.recovery_key:
        raise ProtectError("the new key file did not read back")
    return crypto.scrypt_work_factor(key_file)
