"""Start the full-screen app: open the store, load the content, run, save.

An unexpected error never shows the user's notes: the traceback (without
local variables) goes to an owner-only crash log, the user gets one plain
sentence, and the exit code is non-zero.
"""

from __future__ import annotations

import gc
import sys
import traceback
from pathlib import Path

from wellness_tui import paths
from wellness_tui.library import Library
from wellness_tui.library.cache import load_library_cached
from wellness_tui.profile.crypto import Keys
from wellness_tui.profile.files import write_private
from wellness_tui.profile.protect import is_protected
from wellness_tui.profile.store import NotAProfile, ProfileStore, SharedFolder
from wellness_tui.textsafe import say
from wellness_tui.words import plural

NOT_A_TERMINAL = (
    "wellness-tui: not a terminal; the full-screen app needs one. "
    "Try `wellness-tui today` (or `wellness-tui --help` for the other plain-text commands)."
)


def launch(
    profile: Path,
    content: list[Path],
    *,
    headless: bool = False,
    passphrase_fd: int | None = None,
    recovery_key_fd: int | None = None,
) -> int:
    # Start-up makes hundreds of thousands of objects that live as long as the app
    # (modules, classes, styles, widgets); the collector would walk them again and
    # again (~20 ms). The app turns it back on once Today is painted.
    gc.disable()
    keys: Keys | None = None
    library: Library | None = None
    if is_protected(profile):
        library = load_library_cached(content, paths.cache_dir())
        keys, code = unlock_first(profile, library, headless, passphrase_fd, recovery_key_fd)
        if keys is None:
            gc.enable()
            return code
    store, problem, shared = open_store(profile, keys)
    if problem is not None:
        terminal = headless or (sys.stdin.isatty() and sys.stdout.isatty())
        if shared is None or not terminal:  # a shared folder: the app asks what to do
            say(f"wellness-tui: {problem}", file=sys.stderr)
        if not terminal:
            gc.enable()
            return 2  # no terminal to show get-help on: the message is all there is
    if not headless and not sys.stdout.isatty():
        # Output to a file or a pipe: drawing there would write escape codes forever.
        # Nothing is changed; the test harness runs headless (Pilot), and tui-drive
        # gives the app a real terminal.
        say(NOT_A_TERMINAL, file=sys.stderr)
        store.close()
        gc.enable()
        return 2
    if library is None:
        library = load_library_cached(content, paths.cache_dir())
    from wellness_tui.tui.app import build_app

    app = build_app(store, library)
    app.shared_folder = shared
    crashed: BaseException | None = None
    try:
        app.run(headless=headless)
        if app.use_shared_anyway:
            # The person read why the folder is not private and chose to use it this
            # time: only now is the profile opened (the stand-in never touched it).
            store.close()
            store, problem, _ = open_store(profile, keys, allow_shared=True)
            app = build_app(store, library)
            app.run(headless=headless)
        elif shared is not None:  # quit: what was wrong, and how to go on, stays in view
            say(f"wellness-tui: {problem}", file=sys.stderr)
    except Exception as err:
        crashed = err
    finally:
        saved = store.close(timeout=15)
    if app.deleted is not None:
        say(f"All your wellness-tui data was deleted ({plural(len(app.deleted), 'item')} removed).")
        return 0
    if not saved:
        say(unsaved_message(store, profile, paths.fallback_folders()), file=sys.stderr)
    error = crashed or app.crash
    if error is not None:
        log = write_crash_log(profile, error)
        say(
            "wellness-tui stopped because of an unexpected problem. "
            + ("Everything you wrote was saved. " if saved else "")
            + f"Details for a bug report: {log}",
            file=sys.stderr,
        )
        return 1
    if not saved:
        return 1
    if problem is not None:
        return 2
    return app.return_code or 0


def unlock_first(
    profile: Path,
    library: Library,
    headless: bool,
    passphrase_fd: int | None,
    recovery_key_fd: int | None,
) -> tuple[Keys | None, int]:
    """A protected profile's keys: from --passphrase-fd / --recovery-key-fd, else from
    the profile's agent while it is unlocked (shell/agent.py), else from the calm unlock
    screen (tui/unlock.py). (None, exit code) when not opened."""
    from wellness_tui.profile import crypto

    if passphrase_fd is not None or recovery_key_fd is not None:
        from wellness_tui.shell.passphrase import NoPassphrase, keys_for

        try:
            return keys_for(profile, passphrase_fd, recovery_key_fd), 0
        except (crypto.WrongPassphrase, NoPassphrase, crypto.KeyMissing) as err:
            say(f"wellness-tui: {err}.", file=sys.stderr)
            return None, 1
    from wellness_tui.shell.passphrase import agent_keys

    if (keys := agent_keys(profile)) is not None:  # unlocked with `wellness-tui unlock`
        return keys, 0
    if not headless and not (sys.stdin.isatty() and sys.stdout.isatty()):
        say(NOT_A_TERMINAL, file=sys.stderr)
        return None, 2
    from wellness_tui.clock import SystemClock
    from wellness_tui.tui.context import Context
    from wellness_tui.tui.unlock import LOCKED, UnlockApp, opener_for

    stand_in = ProfileStore(profile, unavailable=LOCKED)
    ctx = Context(store=stand_in, library=library, clock=SystemClock())
    app = UnlockApp(ctx, profile, opener_for(profile))
    app.run(headless=headless)
    return app.return_value, 0


def open_store(
    profile: Path, keys: Keys | None = None, *, allow_shared: bool = False
) -> tuple[ProfileStore, str | None, SharedFolder | None]:
    """The profile's store, or, when it cannot be opened (not a profile, a pipe, a
    shared folder, no permission...), an empty stand-in that saves nothing and the
    reason: the app still opens far enough to show get-help and says what is wrong.
    A shared folder is also returned: the app asks whether to use it anyway."""
    from wellness_tui.profile import crypto

    shared = None
    try:
        allow = allow_shared or paths.shared_folder_ok()
        return ProfileStore(profile, allow_shared=allow, keys=keys), None, None
    except (crypto.OtherKeys, crypto.Locked):
        problem = (
            f"the key beside {profile} does not open it (was one of the two files replaced?); "
            "nothing was changed. Your recovery key may still open it"
        )
    except SharedFolder as err:
        problem, shared = str(err), err
    except NotAProfile as err:
        problem = str(err)
    except OSError as err:
        problem = f"cannot open the profile {profile}: {err.strerror or err}"
    return ProfileStore(profile, unavailable=problem), problem, shared


def unsaved_message(store: ProfileStore, profile: Path, folders: list[Path]) -> str:
    """After a failed save at quit: say exactly what happened to the unsaved changes.

    The app is ending, so nothing will save them later: never promise that."""
    reason = store.last_reason or "it could not be written"
    count = store.unsaved
    where = store.save_elsewhere(folders)
    if where is None:
        return (
            f"wellness-tui: {plural(count, 'change')} could not be saved to {profile} ({reason}) "
            "and no other folder could take them: they are lost. What was saved before "
            "is still there."
        )
    return (
        f"wellness-tui: {plural(count, 'change')} could not be saved to {profile} ({reason}). "
        f"Everything, with those changes, was written to {where} (readable only by you). "
        "Once the reason above is fixed, and before making other changes (an import "
        "replaces the whole profile; the one it replaces is kept as a copy), bring it back "
        f"with: wellness-tui import {where}"
    )


def write_crash_log(profile: Path, error: BaseException) -> Path:
    log = paths.crash_log_path(profile)
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        write_private(log, text.encode("utf-8", "replace"))
    except OSError:
        return Path("(the crash log could not be written)")
    return log
