"""Encryption at rest: the age format (https://age-encryption.org), through pyrage.

One job: turn the store's bytes into age files and back. A protected profile has an
age X25519 identity of its own. Everything the store writes (the profile, backups,
damaged copies kept aside, every line of the change journal) is encrypted to that
identity's public recipient, with a new random file key per write (age does that).
The identity itself sits beside the profile in `<profile>.key`, encrypted with the
person's passphrase (age's scrypt stanza: the salt and work factor are in its header).
The identity string (AGE-SECRET-KEY-1...) is the recovery key, shown once at set-up,
so the standard tool always gets the data back:

    age -d profile.json.key > identity.txt        (asks for the passphrase)
    age -d -i identity.txt profile.json

Changing the passphrase re-encrypts only the key file. pyrage is imported only here
and only when a protected profile is read or written: a plain profile never loads it.
Everything is encrypted in memory; the store then writes the bytes as usual.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HEADER = b"age-encryption.org/v1\n"
"""How every age file starts: how a protected profile is recognised."""
RECOVERY_PREFIX = "AGE-SECRET-KEY-1"
UNREADABLE_LINE = b"\x00 a journal line that could not be decrypted"
"""What a journal line that does not decrypt becomes: the journal reader reports it
as damaged, like any other line it cannot read."""


class Locked(Exception):
    """The profile is protected with a passphrase and was not unlocked."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is protected with a passphrase")
        self.path = path


class WrongPassphrase(Exception):
    """The passphrase or recovery key does not open this profile's key."""

    def __init__(self) -> None:
        super().__init__("that passphrase does not open this profile; nothing was read or changed")


class KeyMissing(Exception):
    """A protected profile whose key file is gone: only the recovery key opens it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the key file {path} is missing, so the passphrase cannot open the profile; "
            "your recovery key still can (--recovery-key-fd)"
        )
        self.path = path


class Undecryptable(Exception):
    """Bytes that look like an age file but do not decrypt with these keys (damaged)."""


class OtherKeys(Exception):
    """A well-formed age file encrypted to someone else: never treated as damage."""


def is_sealed(data: bytes) -> bool:
    """True for an age file (binary form). Cheap: pyrage is not imported."""
    return data.startswith(HEADER)


def key_path(profile: Path) -> Path:
    """The passphrase-encrypted identity, beside the profile."""
    return profile.with_name(f"{profile.name}.key")


def _pyrage() -> Any:
    import pyrage

    return pyrage


@dataclass(frozen=True)
class Keys:
    """An unlocked profile's identity; held only in memory."""

    identity: Any
    """pyrage.x25519.Identity"""

    @property
    def recovery_key(self) -> str:
        return str(self.identity)

    @property
    def recipient(self) -> Any:
        return self.identity.to_public()

    def seal(self, data: bytes) -> bytes:
        """`data` as an age file for this profile (a new file key each time)."""
        return bytes(_pyrage().encrypt(data, [self.recipient]))

    def open(self, data: bytes) -> bytes:
        """The plaintext of an age file; Undecryptable when damaged, OtherKeys when it
        is intact but for other keys."""
        pyrage = _pyrage()
        try:
            return bytes(pyrage.decrypt(data, [self.identity]))
        except pyrage.DecryptError as err:
            if "No matching keys" in str(err):
                raise OtherKeys(str(err)) from err
            raise Undecryptable(str(err)) from err
        except Exception as err:  # a header pyrage cannot parse at all
            raise Undecryptable(str(err)) from err

    def seal_line(self, line: bytes) -> bytes:
        """One journal line (ending in a newline) as one line of base64 age."""
        return seal_line_for(str(self.recipient), line)

    def open_lines(self, data: bytes) -> bytes:
        """A sealed journal's bytes as the plain journal reader expects them: each
        complete record line decrypted (one that does not becomes UNREADABLE_LINE), a
        last line without its newline decrypted if it is whole, else kept torn. The
        header and fold lines are plain JSON: they name the profile file's encrypted
        bytes by their SHA-256, nothing readable."""
        parts = data.split(b"\n")
        out = []
        for part in parts[:-1]:
            if not part.strip() or part.startswith(b"{"):
                out.append(part)  # the header and fold lines: a hash of ciphertext only
                continue
            try:
                out.append(self.open(base64.b64decode(part, validate=True)))
            except (binascii.Error, ValueError, Undecryptable, OtherKeys):
                out.append(UNREADABLE_LINE)
        rest = parts[-1]  # b"" after a final newline; the torn rest otherwise
        if rest.strip() and not rest.startswith(b"{"):
            # A whole record that lost only its newline is read (journal.parse); a torn
            # one stays torn (ignored).
            with contextlib.suppress(binascii.Error, ValueError, Undecryptable, OtherKeys):
                rest = self.open(base64.b64decode(rest, validate=True))
        out.append(rest)
        return b"\n".join(out)


def seal_line_for(recipient: str, line: bytes) -> bytes:
    """One journal line as one line of base64 age for `recipient` (an age1... public
    key): what a change added without the passphrase is (write_only.py)."""
    pyrage = _pyrage()
    body = line[:-1] if line.endswith(b"\n") else line
    sealed = pyrage.encrypt(body, [pyrage.x25519.Recipient.from_str(recipient)])
    return base64.b64encode(bytes(sealed)) + b"\n"


def recipient_path(profile: Path) -> Path:
    """The profile's public recipient (age1...), beside it: lets a change be added
    encrypted without the passphrase. Public by design: it can only encrypt."""
    return profile.with_name(f"{profile.name}.recipient")


def new_keys() -> Keys:
    return Keys(_pyrage().x25519.Identity.generate())


def lock_with(keys: Keys, passphrase: str) -> bytes:
    """The key file's bytes: the identity, encrypted with the passphrase (age scrypt)."""
    text = f"# wellness-tui recovery key\n{keys.recovery_key}\n".encode()
    return bytes(_pyrage().passphrase.encrypt(text, passphrase))


def unlock(key_file: bytes, passphrase: str) -> Keys:
    """The identity inside a key file; WrongPassphrase if it does not open."""
    pyrage = _pyrage()
    try:
        text = bytes(pyrage.passphrase.decrypt(key_file, passphrase)).decode()
    except Exception as err:
        raise WrongPassphrase() from err
    return from_recovery_key(text)


def from_recovery_key(text: str) -> Keys:
    """Keys from a recovery key (an age identity string; comment lines are ignored)."""
    pyrage = _pyrage()
    for line in text.splitlines():
        line = line.strip()
        if line.upper().startswith(RECOVERY_PREFIX):
            try:
                return Keys(pyrage.x25519.Identity.from_str(line.upper()))
            except Exception as err:
                raise WrongPassphrase() from err
    raise WrongPassphrase()


def scrypt_work_factor(key_file: bytes) -> int | None:
    """The scrypt work factor (log2 N) named in a key file's header."""
    for line in key_file.split(b"\n")[1:4]:
        if line.startswith(b"-> scrypt "):
            try:
                return int(line.split()[-1])
            except ValueError:
                return None
    return None
