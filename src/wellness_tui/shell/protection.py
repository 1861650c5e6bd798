"""`wellness-tui encrypt`, `decrypt`, `passphrase`, `unlock`, `lock` and
`safety-plan-readable`: protection with a passphrase, the timed unlock that keeps the
shell quick (shell/agent.py), and the choice to keep the safety plan readable while
locked (profile/safety_plan_file.py).

The work is in profile/protect.py; this module asks (shell/passphrase.py), says what
happened in plain words, and shows the recovery key once.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from wellness_tui.clock import Clock
from wellness_tui.profile import crypto
from wellness_tui.textsafe import say


def run_protection(command: str, args: argparse.Namespace, profile: Path, clock: Clock) -> int:
    from wellness_tui.profile import protect
    from wellness_tui.profile.lock import LockTimeout
    from wellness_tui.profile.store import NotAProfile, SharedFolder
    from wellness_tui.shell import agent
    from wellness_tui.shell.passphrase import NoPassphrase, keys_for, new_passphrase

    passphrase_fd = getattr(args, "passphrase_fd", None)
    recovery_fd = getattr(args, "recovery_key_fd", None)
    try:
        if command == "lock":
            return lock_now(profile)
        if command == "safety-plan-readable" and args.choice is None:
            return say_plan_readable(profile)
        seconds = agent.DEFAULT_SECONDS
        if command == "unlock" and args.for_time is not None:
            try:  # before the passphrase is asked
                seconds = agent.duration(args.for_time)
            except ValueError as err:
                say(f"wellness-tui: {err}.", file=sys.stderr)
                return 2
        if command == "encrypt":
            if protect.is_protected(profile):
                say(
                    "wellness-tui: this profile is already protected with a passphrase; "
                    "`wellness-tui passphrase` changes it.",
                    file=sys.stderr,
                )
                return 1
            chosen = new_passphrase(passphrase_fd)
            plan_readable = bool(getattr(args, "safety_plan_readable", False))
            return encrypt(profile, chosen, clock, plan_readable)
        if not protect.is_protected(profile):
            say(
                "wellness-tui: this profile is not protected with a passphrase; nothing was "
                "changed (`wellness-tui encrypt` protects it).",
                file=sys.stderr,
            )
            return 1
        # Changing protection always asks: an unlocked agent is for quick entries only.
        keys = keys_for(profile, passphrase_fd, recovery_fd, use_agent=False)
        if command == "unlock":
            return unlock_for(profile, keys, seconds)
        if command == "safety-plan-readable":
            return choose_plan_readable(profile, keys, clock, args.choice == "on")
        if command == "decrypt":
            protect.unprotect(profile, keys, clock)
            with contextlib.suppress(agent.NotPrivate):
                agent.lock(profile)  # its keys open nothing any more
            tell_done(
                f"your profile {profile} is no longer protected with a passphrase",
                f"Your profile {profile} is no longer protected with a passphrase: it is "
                "stored unencrypted again, readable by anyone who can use this account.",
            )
            return 0
        chosen = new_passphrase(getattr(args, "new_passphrase_fd", None))
        protect.change_passphrase(profile, keys, chosen)
        tell_done(
            "your passphrase was changed",
            "Your passphrase was changed. Your recovery key stays the same (only the key "
            f"file {crypto.key_path(profile)} was rewritten).",
        )
        return 0
    except crypto.WrongPassphrase as err:
        say(f"wellness-tui: {err}.", file=sys.stderr)
        return 1
    except agent.NotPrivate as err:
        say(f"wellness-tui: not unlocked: {err}; nothing was changed.", file=sys.stderr)
        return 2
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


def encrypt(profile: Path, passphrase: str, clock: Clock, plan_readable: bool) -> int:
    """Protect the profile. Its recovery key is written to standard output (and
    flushed) before any file changes: a key nobody could see would leave only the
    passphrase, so when it cannot be written nothing is changed."""
    from wellness_tui.profile import protect

    keys = crypto.new_keys()
    reason = tell(RECOVERY_SHOWN.format(key=keys.recovery_key))
    if reason is not None:
        complain(
            f"wellness-tui: the recovery key could not be shown ({reason}), so nothing was "
            f"changed: {profile} is not protected. Run it again with its output on screen."
        )
        return 2
    try:
        protect.protect(profile, passphrase, clock, safety_plan_readable=plan_readable, keys=keys)
    except Exception:
        if not protect.is_protected(profile):
            complain("wellness-tui: the recovery key shown above was not put to use.")
        raise
    words = [f"\nYour profile {profile} is now protected with your passphrase."]
    if plan_readable:
        words.append(plan_readable_words(profile))
    tell_done(
        f"your profile {profile} is now protected with your passphrase. Its recovery key "
        "was written there before anything changed; if you did not see it, your passphrase "
        "still opens the profile, and `wellness-tui decrypt` then `wellness-tui encrypt` "
        "makes a new recovery key",
        *words,
        EXPORTS_NOTE,
    )
    return 0


def tell(*lines: str) -> str | None:
    """Write `lines` to standard output and flush them; why not, if they could not be
    written (stdout closed, or its reader gone as with `| head -1`)."""
    if sys.stdout is None:  # started with stdout closed: print would drop the words
        return "standard output is closed"
    try:
        for line in lines:
            say(line)
        sys.stdout.flush()
    except OSError as err:
        # What is still buffered goes nowhere, not to an error at exit.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return err.strerror or str(err) or type(err).__name__
    return None


def tell_done(done: str, *lines: str) -> None:
    """After a change was made: its words on standard output, or, if they cannot be
    written there, one line on standard error saying that it was made."""
    reason = tell(*lines)
    if reason is not None:
        complain(f"wellness-tui: standard output could not be written ({reason}), but {done}.")


def complain(text: str) -> None:
    """One line on standard error, never on a broken standard output."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError):
            say(text, file=sys.stderr)


def unlock_for(profile: Path, keys: crypto.Keys, seconds: int) -> int:
    """Start the profile's agent for `seconds`."""
    from wellness_tui.shell import agent

    agent.start(profile, keys, seconds)
    tell_done(
        f"unlocked for {agent.spoken(seconds)}",
        f"Unlocked for {agent.spoken(seconds)}: `check`, `did`, `today` and `plan` will not "
        "ask for your passphrase until then. `wellness-tui lock` locks it now.",
    )
    return 0


def plan_readable_words(profile: Path) -> str:
    from wellness_tui.profile.safety_plan_file import plan_file_path

    return (
        f"Your safety plan stays readable while the profile is locked: it is kept "
        f"unencrypted in {plan_file_path(profile)}, so anyone who can open your files can "
        "read it. Only the plan is in it; everything else stays encrypted. "
        "`wellness-tui safety-plan-readable off` encrypts it with the rest."
    )


def say_plan_readable(profile: Path) -> int:
    """What the files alone show: no passphrase is asked. The choice itself is inside
    the encrypted profile, so only whether a readable copy is there is said."""
    from wellness_tui.profile import protect, safety_plan_file

    if not protect.is_protected(profile):
        say(
            "This profile is not protected with a passphrase, so your safety plan is stored "
            "unencrypted with the rest of it."
        )
        return 0
    try:
        plan = safety_plan_file.read(profile)
    except safety_plan_file.Unreadable as err:
        say(
            f"There is a file at {safety_plan_file.plan_file_path(profile)}, but it is not "
            f"a readable copy of your safety plan ({err}), so your plan cannot be read "
            "while locked. Your choice is encrypted with the rest of your profile: the next "
            "time it is unlocked, this file is replaced by your plan if you chose to keep it "
            "readable, or removed if not."
        )
        return 0
    if plan is not None:
        say(plan_readable_words(profile))
    else:
        say(
            "No readable copy of your safety plan is beside your profile, so your plan "
            "cannot be read while locked. If you chose to keep it readable, the copy is made "
            "again the next time your profile is unlocked (your choice is encrypted with the "
            "rest). `wellness-tui safety-plan-readable on` keeps it readable."
        )
    return 0


def choose_plan_readable(profile: Path, keys: crypto.Keys, clock: Clock, readable: bool) -> int:
    """Change the choice in the profile's settings; the store then writes the plan's
    readable copy or removes it (profile/safety_plan_file.py)."""
    from wellness_tui.profile.ops import UpdateSettings
    from wellness_tui.profile.store import ProfileStore

    store = ProfileStore(profile, clock, keys=keys, lock_timeout=3.0)
    if store.read_only:
        say(f"wellness-tui: nothing was changed: {store.read_only_reason}.", file=sys.stderr)
        return 2
    already = store.profile.settings.safety_plan_readable == readable
    if not already:
        store.apply(UpdateSettings((("safety_plan_readable", readable),)))
    if not store.close():
        say(f"wellness-tui: not saved: {store.last_reason}.", file=sys.stderr)
        return 2
    if readable:
        say(plan_readable_words(profile))
    elif already:
        say(
            "Keeping your safety plan readable was already off: your plan is encrypted with "
            "the rest of your profile, and no readable copy is kept."
        )
    else:
        say(
            "Your safety plan is encrypted with the rest of your profile again; its "
            "readable copy was removed."
        )
    return 0


def lock_now(profile: Path) -> int:
    from wellness_tui.shell import agent

    if agent.lock(profile):
        say("Locked: the next command asks for your passphrase again.")
    else:
        say("This profile was not unlocked; nothing to lock.")
    return 0


RECOVERY_SHOWN = """Your recovery key (shown only this once):

    {key}

Write it down or print it, and keep it somewhere safe away from this computer. With
your passphrase or this key you can always open your profile, even without this
program (see "Recovering with age" in the README). Without both, nobody can get your
data back: not you, not anyone else."""

EXPORTS_NOTE = "Reports and exports you make are not encrypted: they are for reading and sharing."
