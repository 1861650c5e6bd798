"""Asking for a protected profile's passphrase in the shell.

A passphrase comes from the terminal (typed, not shown) or, for scripts, from a file
descriptor named with --passphrase-fd N (one line, as gpg does); a recovery key the
same way with --recovery-key-fd N. Never from an argument or an environment variable:
other processes can read those. Without a terminal and without a descriptor, one
plain line and a non-zero exit: nothing is read or changed.
"""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path

from wellness_tui.profile import crypto

TRIES = 3
WAIT_AFTER_TRIES = 3.0
"""Seconds to wait after TRIES wrong passphrases typed in a row."""
LONGEST_LINE = 64 * 1024


class NoPassphrase(Exception):
    """No way to ask: no terminal and no --passphrase-fd."""


def read_fd_line(fd: int) -> str:
    """One line from file descriptor `fd` (the newline not included)."""
    data = b""
    try:
        while not data.endswith(b"\n") and len(data) < LONGEST_LINE:
            chunk = os.read(fd, 1)  # byte by byte: what follows the line stays unread
            if not chunk:
                break
            data += chunk
    except OSError as err:
        raise NoPassphrase(
            f"could not read a passphrase from file descriptor {fd} ({err.strerror or err})"
        ) from err
    return data.rstrip(b"\r\n").decode("utf-8", errors="replace")


def has_terminal() -> bool:
    try:
        return os.isatty(sys.stdin.fileno())
    except (OSError, ValueError):
        return False


def ask_hidden(prompt: str) -> str:
    """Typed on the terminal, never shown."""
    return getpass.getpass(prompt)


def keys_for(
    profile: Path,
    passphrase_fd: int | None,
    recovery_key_fd: int | None,
    *,
    wait: float = WAIT_AFTER_TRIES,
    use_agent: bool = True,
) -> crypto.Keys:
    """The keys of a protected profile; raises WrongPassphrase, NoPassphrase or
    crypto.KeyMissing with a plain message. Without a descriptor, the profile's agent
    (`wellness-tui unlock`, shell/agent.py) is asked first, then the person."""
    from wellness_tui.profile import protect

    if recovery_key_fd is not None:
        return crypto.from_recovery_key(read_fd_line(recovery_key_fd))
    if passphrase_fd is not None:
        given = read_fd_line(passphrase_fd)
        if not given:
            raise NoPassphrase(
                f"no passphrase was read from file descriptor {passphrase_fd} "
                "(nothing was read or changed)"
            )
        return protect.unlock(profile, given)
    if use_agent and (keys := agent_keys(profile)) is not None:
        return keys
    if not has_terminal():
        unlock_hint = ", or unlock it for a while with `wellness-tui unlock`" if use_agent else ""
        raise NoPassphrase(
            f"{profile} is protected with a passphrase and there is no terminal to ask for "
            f"it; give it with --passphrase-fd N{unlock_hint} (nothing was read or changed)"
        )
    key_file = protect.read_key_file(profile)
    for attempt in range(1, TRIES + 1):
        passphrase = ask_hidden("Passphrase for your wellness-tui profile: ")
        try:
            return crypto.unlock(key_file, passphrase)
        except crypto.WrongPassphrase:
            if attempt < TRIES:
                print("That passphrase does not open this profile. Try again.", file=sys.stderr)
    time.sleep(wait)  # a short pause after a few wrong tries
    raise crypto.WrongPassphrase()


def agent_keys(profile: Path) -> crypto.Keys | None:
    """The keys held by the profile's agent, if it is unlocked; a socket that is not
    provably this user's alone is said once and never used."""
    from wellness_tui.shell import agent
    from wellness_tui.textsafe import say

    try:
        return agent.keys_from_agent(profile)
    except agent.NotPrivate as err:
        say(f"wellness-tui: not asking the unlock agent: {err}.", file=sys.stderr)
        return None


def new_passphrase(passphrase_fd: int | None) -> str:
    """A new passphrase: from the descriptor, or typed twice on the terminal."""
    if passphrase_fd is not None:
        chosen = read_fd_line(passphrase_fd)
    elif not has_terminal():
        raise NoPassphrase(
            "there is no terminal to ask for a new passphrase; give it with "
            "--passphrase-fd N (nothing was changed)"
        )
    else:
        chosen = ask_hidden("New passphrase: ")
        if ask_hidden("The same passphrase again: ") != chosen:
            raise NoPassphrase("the two passphrases were not the same; nothing was changed")
    if not chosen.strip():
        raise NoPassphrase("an empty passphrase protects nothing; nothing was changed")
    return chosen


RECOVERY_WORDS = (
    "Your recovery key is below. It is shown only this once. Write it down or print it and "
    "keep it somewhere safe, away from this computer. With your passphrase or this key you "
    "can always open your profile, even without this program (README: 'age -d'). Without "
    "both, nobody can get your data back — not you, not us."
)
