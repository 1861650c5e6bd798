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
from wellness_tui.library.cache import load_library_cached
from wellness_tui.profile.files import write_private
from wellness_tui.profile.store import NotAProfile, ProfileStore
from wellness_tui.textsafe import say


def launch(profile: Path, content: list[Path], *, headless: bool = False) -> int:
    # Start-up makes hundreds of thousands of objects that live as long as the app
    # (modules, classes, styles, widgets); the collector would walk them again and
    # again (~20 ms). The app turns it back on once Today is painted.
    gc.disable()
    try:
        store = ProfileStore(profile)
    except NotAProfile as err:
        gc.enable()
        say(f"wellness-tui: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        gc.enable()
        say(
            f"wellness-tui: cannot open the profile {profile}: {err.strerror or err}",
            file=sys.stderr,
        )
        return 2
    library = load_library_cached(content, paths.cache_dir())
    from wellness_tui.tui.app import build_app

    app = build_app(store, library)
    crashed: BaseException | None = None
    try:
        app.run(headless=headless)
    except Exception as err:
        crashed = err
    finally:
        saved = store.close(timeout=15)
    if app.deleted is not None:
        say(f"All your wellness-tui data was deleted ({len(app.deleted)} item(s) removed).")
        return 0
    if not saved:
        say(
            f"wellness-tui: {store.last_error or 'some changes could not be saved'} "
            f"({store.unsaved} change(s) were not written to {profile}).",
            file=sys.stderr,
        )
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
    return app.return_code or 0


def write_crash_log(profile: Path, error: BaseException) -> Path:
    log = paths.crash_log_path(profile)
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        write_private(log, text.encode("utf-8", "replace"))
    except OSError:
        return Path("(the crash log could not be written)")
    return log
