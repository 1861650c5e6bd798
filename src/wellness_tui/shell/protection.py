"""`wellness-tui encrypt`, `decrypt` and `passphrase`: protection with a passphrase.

The work is in profile/protect.py; this module asks (shell/passphrase.py), says what
happened in plain words, and shows the recovery key once.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wellness_tui.clock import Clock
from wellness_tui.profile import crypto
from wellness_tui.textsafe import say


def run_protection(command: str, args: argparse.Namespace, profile: Path, clock: Clock) -> int:
    from wellness_tui.profile import protect
    from wellness_tui.profile.lock import LockTimeout
    from wellness_tui.profile.store import NotAProfile, SharedFolder
    from wellness_tui.shell.passphrase import NoPassphrase, keys_for, new_passphrase

    passphrase_fd = getattr(args, "passphrase_fd", None)
    recovery_fd = getattr(args, "recovery_key_fd", None)
    try:
        if command == "encrypt":
            if protect.is_protected(profile):
                say(
                    "wellness-tui: this profile is already protected with a passphrase; "
                    "`wellness-tui passphrase` changes it.",
                    file=sys.stderr,
                )
                return 1
            chosen = new_passphrase(passphrase_fd)
            done = protect.protect(profile, chosen, clock)
            say(f"Your profile {profile} is now protected with your passphrase.")
            say(RECOVERY_SHOWN.format(key=done.keys.recovery_key))
            say(EXPORTS_NOTE)
            return 0
        if not protect.is_protected(profile):
            say(
                "wellness-tui: this profile is not protected with a passphrase; nothing was "
                "changed (`wellness-tui encrypt` protects it).",
                file=sys.stderr,
            )
            return 1
        keys = keys_for(profile, passphrase_fd, recovery_fd)
        if command == "decrypt":
            protect.unprotect(profile, keys, clock)
            say(
                f"Your profile {profile} is no longer protected with a passphrase: it is "
                "stored unencrypted again, readable by anyone who can use this account."
            )
            return 0
        chosen = new_passphrase(getattr(args, "new_passphrase_fd", None))
        protect.change_passphrase(profile, keys, chosen)
        say(
            "Your passphrase was changed. Your recovery key stays the same (only the key "
            f"file {crypto.key_path(profile)} was rewritten)."
        )
        return 0
    except crypto.WrongPassphrase as err:
        say(f"wellness-tui: {err}.", file=sys.stderr)
        return 1
    except (NoPassphrase, crypto.KeyMissing, protect.ProtectError) as err:
        say(f"wellness-tui: {err}.", file=sys.stderr)
        return 2
    except (NotAProfile, SharedFolder, LockTimeout) as err:
        say(f"wellness-tui: {err or 'the profile is busy in another window'}.", file=sys.stderr)
        return 2
    except OSError as err:
        say(
            f"wellness-tui: the profile {profile} could not be changed "
            f"({err.strerror or err}); what was saved before is kept.",
            file=sys.stderr,
        )
        return 2


RECOVERY_SHOWN = """
Your recovery key (shown only this once):

    {key}

Write it down or print it, and keep it somewhere safe away from this computer. With
your passphrase or this key you can always open your profile, even without this
program (see "Recovering with age" in the README). Without both, nobody can get your
data back: not you, not anyone else."""

EXPORTS_NOTE = "Reports and exports you make are not encrypted: they are for reading and sharing."
