"""`wellness-tui remind`: one kind line when something is open today, nothing otherwise;
and `remind install` / `remind uninstall`: a daily nudge from the system's own scheduler.

Reminders are off until the person chooses what to be reminded of in Settings
(core/reminder.py: `choice`, with --only / --quiet overriding). `install` writes
a systemd user timer and service (under $XDG_CONFIG_HOME/systemd/user), on
macOS a launchd agent (under ~/Library/LaunchAgents), or elsewhere prints a
crontab line to add by hand; it shows exactly what it writes and asks first.
`uninstall` removes exactly the files `install` wrote (they carry a marker line).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from wellness_tui.core.reminder import Choice, is_quiet, parse_at
from wellness_tui.core.reminder import ReminderError as RemindError
from wellness_tui.textsafe import say

SIGN = "Written by `wellness-tui remind install`; removed by `wellness-tui remind uninstall`."
MARKER = f"# {SIGN}"
LAUNCHD_LABEL = "org.wellness-tui.remind"
NAME = "wellness-tui-remind"

Runner = Callable[[Sequence[str]], int]


def notify(line: str) -> None:
    """A desktop notification where notify-send is available; silently nothing otherwise."""
    tool = shutil.which("notify-send")
    if tool is None:
        return
    try:
        subprocess.run(
            [tool, "--app-name=wellness-tui", "wellness-tui", line],
            check=False,
            capture_output=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return


def unit_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def _quote(arg: str) -> str:
    """One ExecStart argument, read back by systemd exactly as given: "%%" and "$$" keep
    a % or $ literal (else `%h` or `${HOME}` in a folder's name would be replaced), and
    it is double-quoted when it has spaces or quotes."""
    arg = arg.replace("%", "%%").replace("$", "$$")
    if re.search(r"[\s\"'\\;]", arg):
        return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return arg


def remind_command(profile: Path, only: str | None = None, quiet: str | None = None) -> list[str]:
    command = [sys.executable, "-m", "wellness_tui", "remind", "--notify"]
    if only:
        command += ["--only", only]
    if quiet:
        command += ["--quiet", quiet]
    return [*command, "--profile", str(profile)]


def unit_files(hour: int, minute: int, command: list[str]) -> dict[Path, str]:
    folder = unit_dir()
    service = (
        f"{MARKER}\n[Unit]\nDescription=wellness-tui: a gentle daily nudge\n\n"
        f"[Service]\nType=oneshot\nExecStart={' '.join(_quote(a) for a in command)}\n"
    )
    timer = (
        f"{MARKER}\n[Unit]\nDescription=wellness-tui: a gentle daily nudge "
        f"at {hour:02d}:{minute:02d}\n\n"
        f"[Timer]\nOnCalendar=*-*-* {hour:02d}:{minute:02d}:00\nUnit={NAME}.service\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {folder / f"{NAME}.service": service, folder / f"{NAME}.timer": timer}


def launchd_files(hour: int, minute: int, command: list[str]) -> dict[Path, str]:
    from xml.sax.saxutils import escape

    args = "\n".join(f"    <string>{escape(a)}</string>" for a in command)
    plist = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
        f"<!-- {SIGN} -->\n"
        '<plist version="1.0">\n<dict>\n'
        f"  <key>Label</key>\n  <string>{LAUNCHD_LABEL}</string>\n"
        f"  <key>ProgramArguments</key>\n  <array>\n{args}\n  </array>\n"
        "  <key>StartCalendarInterval</key>\n  <dict>\n"
        f"    <key>Hour</key>\n    <integer>{hour}</integer>\n"
        f"    <key>Minute</key>\n    <integer>{minute}</integer>\n"
        "  </dict>\n</dict>\n</plist>\n"
    )
    return {Path.home() / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist": plist}


def crontab_line(hour: int, minute: int, command: list[str]) -> str:
    import shlex

    # cron ends a command at a bare % (the rest becomes its input): \% keeps it literal
    line = " ".join(shlex.quote(a) for a in command).replace("%", "\\%")
    return f"{minute} {hour} * * * {line}"


def detect() -> str:
    """ "systemd", "launchd" or "cron": the system's own scheduler."""
    if sys.platform == "darwin":
        return "launchd"
    if sys.platform.startswith("linux") and shutil.which("systemctl") is not None:
        return "systemd"
    return "cron"


def _run(command: Sequence[str]) -> int:
    try:
        return subprocess.run(list(command), check=False, capture_output=True).returncode
    except OSError:
        return 1


def _ours(path: Path) -> bool:
    try:
        return SIGN in path.read_text(errors="replace")[:600]
    except OSError:
        return False


def _files(scheduler: str, hour: int, minute: int, command: list[str]) -> dict[Path, str]:
    if scheduler == "launchd":
        return launchd_files(hour, minute, command)
    return unit_files(hour, minute, command)


def _start_commands(scheduler: str, files: dict[Path, str]) -> list[list[str]]:
    if scheduler == "launchd":
        return [["launchctl", "load", "-w", str(path)] for path in files]
    return [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "enable", "--now", f"{NAME}.timer"],
    ]


def _yes(yes: bool, interactive: bool, ask: Callable[[str], str], question: str, no: str) -> bool:
    if yes:
        return True
    if not interactive:
        say(f"{no}: run it again with --yes to go ahead.")
        return False
    if ask(question).strip().lower() in ("y", "yes"):
        return True
    say(f"{no}.")
    return False


def install(
    at: str,
    profile: Path,
    chosen: Choice,
    *,
    only: str | None = None,
    quiet: str | None = None,
    yes: bool,
    interactive: bool,
    ask: Callable[[str], str],
    scheduler: str | None = None,
    runner: Runner = _run,
) -> int:
    """Set up the daily nudge. `only` / `quiet` (the flags) are written into it; without
    them it reads what Settings says each time, so a change there needs no new install."""
    hour, minute = parse_at(at)
    if not chosen.kinds:
        raise RemindError(
            "reminders are off: choose what to be reminded of in the app's Settings "
            "(Reminders), or give --only"
        )
    if chosen.quiet and is_quiet(chosen.quiet, hour, minute):
        raise RemindError(
            f"--at {at} is inside the quiet hours {chosen.quiet_text}: choose another time"
        )
    command = remind_command(profile, only, quiet)
    where = (
        "as chosen in Settings; a change there needs no new install"
        if chosen.from_settings
        else "from --only"
    )
    say(f"It will mention {chosen.words()} ({where}).")
    scheduler = scheduler or detect()
    if scheduler == "cron":
        say("No systemd or launchd here: add this line with `crontab -e` for a daily nudge:")
        say(crontab_line(hour, minute, command))
        return 0
    files = _files(scheduler, hour, minute, command)
    for path, text in files.items():
        say(f"--- {path}")
        say(text, end="")
    starts = _start_commands(scheduler, files)
    say("Then: " + " && ".join(" ".join(c) for c in starts))
    question = "Write these files and start the daily nudge? [y/N] "
    if not _yes(yes, interactive, ask, question, "Nothing was written"):
        return 0
    for path in files:
        if path.exists() and not _ours(path):
            raise RemindError(f"{path} exists and was not written by wellness-tui: left as it is")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    if all(runner(c) == 0 for c in starts):
        say(
            f"A gentle nudge is set for {hour:02d}:{minute:02d} each day. "
            "`wellness-tui remind uninstall` removes it."
        )
    else:
        say("The files are written; to start it, run: " + " && ".join(" ".join(c) for c in starts))
    return 0


def uninstall(
    *,
    yes: bool,
    interactive: bool,
    ask: Callable[[str], str],
    scheduler: str | None = None,
    runner: Runner = _run,
) -> int:
    scheduler = scheduler or detect()
    if scheduler == "cron":
        say("No systemd or launchd here: remove the `wellness_tui remind` line with `crontab -e`.")
        return 0
    files = [p for p in _files(scheduler, 0, 0, []) if p.is_file() and _ours(p)]
    if not files:
        say("No daily nudge is set up: nothing to remove.")
        return 0
    for path in files:
        say(f"Would remove {path}")
    if not _yes(yes, interactive, ask, "Remove the daily nudge? [y/N] ", "Nothing was removed"):
        return 0
    if scheduler == "launchd":
        for path in files:
            runner(["launchctl", "unload", "-w", str(path)])
    else:
        runner(["systemctl", "--user", "disable", "--now", f"{NAME}.timer"])
    for path in files:
        path.unlink(missing_ok=True)
    if scheduler == "systemd":
        runner(["systemctl", "--user", "daemon-reload"])
    say("The daily nudge is removed.")
    return 0
