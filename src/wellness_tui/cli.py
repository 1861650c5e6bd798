"""The `wellness-tui` command: starts the app, or runs a shell sub-command.

Shell sub-commands never import Textual, so they start fast and can be used
while the app is open in another window.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

from wellness_tui import paths
from wellness_tui.clock import Clock, FixedClock, SystemClock
from wellness_tui.scales import (
    ACHIEVEMENT,
    ENERGY,
    ENJOYMENT,
    MOOD,
    SLEEP_HOURS,
    SLEEP_QUALITY,
    span,
)
from wellness_tui.textsafe import say, visible
from wellness_tui.words import plural

if TYPE_CHECKING:
    from wellness_tui.profile.crypto import Keys
    from wellness_tui.profile.models import Profile
    from wellness_tui.profile.store import ProfileStore


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes as one plain line (and exit code 2), not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, visible(f"{self.prog}: {message} (see {self.prog} --help)\n"))

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse asks for a formatter for every sub-command it is given, and its own
        # finds the terminal's width through shutil, which imports bz2, lzma and more
        # (~3 ms on every command). The same width, found the way shutil finds it.
        kind = self.formatter_class
        if isinstance(kind, type) and issubclass(kind, argparse.HelpFormatter):
            return kind(prog=self.prog, width=terminal_columns() - 2)
        return super()._get_formatter()


def terminal_columns() -> int:
    """$COLUMNS, else the terminal's width, else 80 (as shutil.get_terminal_size)."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class VersionAction(argparse.Action):
    """--version, looked up only when asked for (the lookup costs ~20 ms at start-up)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from wellness_tui import __version__

        say(f"wellness-tui {__version__}")
        parser.exit()


class Unused:
    """Stands for the parser of a command that is not the one given: takes every call."""

    def __getattr__(self, _name: str) -> Any:
        return self._anything

    def _anything(self, *_args: object, **_kwargs: object) -> Unused:
        return self


class OnlyOne:
    """The sub-commands' action, keeping only the parser of `wanted`."""

    def __init__(self, commands: argparse._SubParsersAction[OneLineParser], wanted: str) -> None:
        self.commands, self.wanted = commands, wanted

    def add_parser(self, name: str, **kwargs: Any) -> OneLineParser:
        if name == self.wanted:
            return self.commands.add_parser(name, **kwargs)
        return cast(OneLineParser, Unused())


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments. When they begin with a command, only that command's parser is
    built (all of them are ~30 sub-parsers, ~4 ms on every run): argparse reads the first
    word as the command then, so that parser reads and refuses what the whole one would,
    with the same words (tests/unit/test_cli.py compares them)."""
    words = list(sys.argv[1:] if argv is None else argv)
    only = words[0] if words and words[0] in ALL_COMMANDS else None
    return build_parser(only).parse_args(words)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with `only` the parser of that command alone."""
    parser = OneLineParser(
        prog="wellness-tui",
        description=(
            "A calm, private, self-guided wellness program for people living with "
            "depression. Run without a command to open the app. It is education and "
            "habit support, not medical care or a crisis service."
        ),
        epilog=(
            "If you are in danger now, call your local emergency number. "
            "In the US, call or text 988."
        ),
    )
    parser.add_argument(
        "--version", action=VersionAction, nargs=0, help="show the version and exit"
    )
    common = OneLineParser(add_help=False)
    # SUPPRESS: a sub-command's flag must not reset one given before the sub-command.
    common.add_argument("--profile", metavar="PATH", default=argparse.SUPPRESS, help="profile file")
    common.add_argument(
        "--content", metavar="DIR", default=argparse.SUPPRESS, help="content folder"
    )
    parser.add_argument(
        "--profile",
        metavar="PATH",
        help=f"profile file (default: ${paths.PROFILE_ENV} or {paths.profile_path()})",
    )
    parser.add_argument(
        "--content",
        metavar="DIR",
        help=f"use this content folder instead of the built-in program (or ${paths.CONTENT_ENV})",
    )
    for where in (parser, common):
        add_passphrase_options(where, top=where is parser)
    every = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    commands = every if only is None else cast(Any, OnlyOne(every, only))
    commands.add_parser("run", parents=[common], help="open the app (the default)")

    commands.add_parser("today", parents=[common], help="today's habits and check-in, as text")
    commands.add_parser(
        "habits", parents=[common], help="all habits with strength, streak and completion"
    )
    habit = commands.add_parser("habit", parents=[common], help="add a habit of your own")
    habit_commands = habit.add_subparsers(dest="habit_command", metavar="ACTION", required=True)
    add = habit_commands.add_parser(
        "add", parents=[common], help='add a habit: habit add "Walk 10 minutes" [--per-week N]'
    )
    add.add_argument("title")
    add.add_argument(
        "--again", action="store_true", help="add it even if a habit has the same title"
    )
    often = add.add_mutually_exclusive_group()
    often.add_argument("--per-week", metavar="N", help="N times a week, any days")
    often.add_argument("--days", metavar="mon,wed,fri", help="only on these weekdays")
    amount = add.add_mutually_exclusive_group()
    amount.add_argument(
        "--at-least",
        nargs="+",
        metavar=("N", "UNIT"),
        help="measurable: a goal, e.g. --at-least 10 minutes",
    )
    amount.add_argument(
        "--at-most",
        nargs="+",
        metavar=("N", "UNIT"),
        help="measurable: a limit, e.g. --at-most 2 cups",
    )

    tick = commands.add_parser(
        "check", parents=[common], help="tick a habit (today, or --date), skip or undo"
    )
    tick.add_argument("habit", help="habit id or the start of its name")
    tick.add_argument("--date", metavar="YYYY-MM-DD", help="a past day (default: today)")
    tick.add_argument("--value", metavar="N", help="amount for a measurable habit")
    tick.add_argument(
        "--note",
        metavar="TEXT",
        help="a short note, added after that day's note (a new line); '-' reads it from "
        "standard input",
    )
    tick.add_argument("--replace", action="store_true", help="replace that day's note with --note")
    what = tick.add_mutually_exclusive_group()
    what.add_argument("--skip", action="store_true", help="skip the day (ill, traveling, rest)")
    what.add_argument("--undo", action="store_true", help="clear the day's entry")

    checkin = commands.add_parser(
        "checkin", parents=[common], help="the daily check-in: mood, energy, sleep, note"
    )
    checkin.add_argument("--date", metavar="YYYY-MM-DD", help="a past day (default: today)")
    # Read by core.parse, as the app's check-in reads them: the same strings pass.
    checkin.add_argument("--mood", metavar=span(MOOD), help=MOOD.best)
    checkin.add_argument("--energy", metavar=span(ENERGY), help=ENERGY.best)
    checkin.add_argument("--sleep", metavar="HOURS", help=SLEEP_HOURS.best)
    checkin.add_argument(
        "--quality", metavar=span(SLEEP_QUALITY), help="sleep quality, " + SLEEP_QUALITY.best
    )
    checkin.add_argument(
        "--note",
        metavar="TEXT",
        help="a note, added after the day's note (a new line); '-' reads it from standard "
        "input (keeps it out of shell history)",
    )
    checkin.add_argument(
        "--tag", action="append", metavar="TAG", help="a tag, added to the day's tags (repeatable)"
    )
    checkin.add_argument(
        "--replace",
        action="store_true",
        help="replace the day's note and tags with --note / --tag instead of adding to them",
    )

    add_activation_commands(commands, common)

    report = commands.add_parser(
        "report",
        parents=[common],
        help="an appointment summary for a date range (md, html, csv or json)",
    )
    report.add_argument(
        "--from", dest="start", metavar="YYYY-MM-DD", help="first day (default: 30 days ago)"
    )
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (default: today)")
    report.add_argument(
        "--format",
        choices=("md", "html", "csv", "json"),
        default=None,
        help="md (the default), html, csv or json; -o FILE with one of these extensions picks it",
    )
    report.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (readable only by you) instead of the screen",
    )
    report.add_argument("--force", action="store_true", help=FORCE_HELP)
    report.add_argument(
        "--include",
        action="append",
        choices=(
            "notes",
            "reflections",
            "patterns",
            "thoughts",
            "problems",
            "selfchecks",
            "selfcheck-answers",
        ),
        default=[],
        help="add private notes, reflection answers, patterns, thought records, "
        "problem-solving sheets, self-check scores (selfchecks) or their item-by-item "
        "answers (selfcheck-answers) (off by default; repeat for more than one)",
    )

    selfcheck = commands.add_parser(
        "selfcheck",
        parents=[common],
        help="a PHQ-9 or GAD-7 self-check, asked item by item (or --answers), or the history",
    )
    selfcheck.add_argument("questionnaire", choices=("phq9", "gad7", "history"))
    selfcheck.add_argument("--date", metavar="YYYY-MM-DD", help="a past day (default: today)")
    selfcheck.add_argument(
        "--answers", metavar="N,N,...", help="all answers at once, each 0-3, in item order"
    )
    selfcheck.add_argument(
        "--difficulty", metavar="0-3", help="PHQ-9's how-difficult question (not scored)"
    )
    selfcheck.add_argument(
        "--format", choices=("text", "csv", "json"), default="text", help="for history"
    )
    patterns = commands.add_parser(
        "patterns",
        parents=[common],
        help="what went with better days in your own records (goes with, not causes)",
    )
    patterns.add_argument("--days", metavar="N", help="the last N days (default: 90)")
    patterns.add_argument(
        "--next-day", action="store_true", help="a habit or tag on one day, mood the next day"
    )
    patterns.add_argument("--format", choices=("text", "json"), default="text")

    export = commands.add_parser(
        "export", parents=[common], help="write the whole profile to a file (to move or keep)"
    )
    export.add_argument(
        "--all",
        action="store_true",
        required=True,
        help="everything: habits, check-ins, notes, answers, the notebook",
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True)
    export.add_argument("--force", action="store_true", help=FORCE_HELP)
    imported = commands.add_parser(
        "import",
        parents=[common],
        help="replace the profile with an exported file (the current one is kept as a copy)",
    )
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    importer = commands.add_parser(
        "import-from",
        parents=[common],
        help="add history from Daylio, Loop Habit Tracker or a CSV (merges; --dry-run first)",
    )
    importer.add_argument("source", choices=("daylio", "loop", "csv"), help="where FILE is from")
    importer.add_argument(
        "file", metavar="FILE", help="Daylio CSV, Loop backup (.db) or CSV export (.zip), or a CSV"
    )
    importer.add_argument(
        "--dry-run", action="store_true", help="show what would be added; change nothing"
    )
    importer.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    importer.add_argument(
        "--mood-map",
        metavar="LABEL=N,...",
        help="Daylio moods on the 1-10 mood (default rad=9,good=7,meh=5,bad=3,awful=1)",
    )

    remind = commands.add_parser(
        "remind",
        parents=[common],
        help="one kind line if something is open today (nothing otherwise); "
        "remind install|uninstall sets up a daily nudge",
    )
    remind.add_argument("action", nargs="?", choices=("install", "uninstall"))
    remind.add_argument("--notify", action="store_true", help="as a desktop notification")
    remind.add_argument(
        "--only",
        choices=("checkin", "habits", "plans", "selfcheck"),
        help="only the check-in, habits, today's planned activities, or a due self-check",
    )
    remind.add_argument(
        "--quiet", metavar="HH:MM-HH:MM", help="quiet hours: say nothing then (e.g. 22:00-08:00)"
    )
    remind.add_argument("--at", metavar="HH:MM", default="19:00", help="install: when (19:00)")
    remind.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    read = commands.add_parser(
        "read",
        parents=[common],
        help="print lessons as plain text (for screen readers): read [MODULE[/LESSON]]",
    )
    read.add_argument(
        "what",
        nargs="?",
        metavar="MODULE[/LESSON]",
        help="a module and lesson by number, id or the start of the title",
    )

    encrypt = commands.add_parser(
        "encrypt",
        parents=[common],
        help="protect the profile with a passphrase (asked twice; a recovery key is shown once)",
    )
    encrypt.add_argument(
        "--safety-plan-readable",
        action="store_true",
        help="keep your safety plan (only the plan) readable while locked, unencrypted in a "
        "small file beside the profile: anyone who can open your files can read it",
    )
    commands.add_parser(
        "decrypt",
        parents=[common],
        help="remove the passphrase: the profile is stored unencrypted again",
    )
    change = commands.add_parser(
        "passphrase",
        parents=[common],
        help="change the passphrase (opened with the old one, or with --recovery-key-fd)",
    )
    change.add_argument(
        "--new-passphrase-fd",
        metavar="N",
        type=int,
        help="read the new passphrase from file descriptor N (one line)",
    )

    unlock = commands.add_parser(
        "unlock",
        parents=[common],
        help="ask for the passphrase once, then let shell commands run without it for a while",
    )
    unlock.add_argument(
        "--for",
        dest="for_time",
        metavar="TIME",
        help="how long: 15m (the default), 1h, 2h30m; 12h at most",
    )
    commands.add_parser(
        "lock", parents=[common], help="end an unlock at once: the passphrase is asked again"
    )
    readable = commands.add_parser(
        "safety-plan-readable",
        parents=[common],
        help="on: keep your safety plan readable while the profile is locked (unencrypted, "
        "beside it); off: encrypted with the rest; nothing: say which",
    )
    readable.add_argument("choice", nargs="?", choices=("on", "off"))

    check = commands.add_parser(
        "check-content",
        parents=[common],
        help="validate a content folder: errors as file:line: message",
    )
    check.add_argument(
        "dir", nargs="?", metavar="DIR", help="folder to check (default: the program's content)"
    )
    return parser


def add_passphrase_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """For a profile protected with a passphrase: never an argument or an environment
    variable (other processes can read those), a file descriptor as gpg does."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--passphrase-fd",
        metavar="N",
        type=int,
        default=default,
        help="read the passphrase from file descriptor N (one line), instead of asking",
    )
    parser.add_argument(
        "--recovery-key-fd",
        metavar="N",
        type=int,
        default=default,
        help="open a protected profile with its recovery key, read from file descriptor N",
    )


def add_activation_commands(
    commands: argparse._SubParsersAction[OneLineParser], common: OneLineParser
) -> None:
    """`plan`, `plan --week`, `plan add` and `did`: the activity planner (shell/activation.py)."""
    planner = commands.add_parser(
        "plan", parents=[common], help="today's planned activities; --week for the week"
    )
    planner.add_argument("--week", action="store_true", help="this week, day by day, and a review")
    plan_commands = planner.add_subparsers(dest="plan_command", metavar="ACTION")
    plan_add = plan_commands.add_parser(
        "add", parents=[common], help='plan an activity: plan add "Walk to the shop" [--date D]'
    )
    plan_add.add_argument("title", help="an activity's id or the start of its name, or a new one")
    plan_add.add_argument("--date", metavar="YYYY-MM-DD", help="today (the default) or later")
    plan_add.add_argument("--when", metavar="morning|afternoon|evening", help="part of the day")
    plan_add.add_argument("--area", metavar="AREA", help="life area of a new activity")
    done = commands.add_parser(
        "did", parents=[common], help="mark an activity done (planned or not), with ratings"
    )
    done.add_argument("title", help="an activity's id or the start of its name, or a new one")
    done.add_argument("--date", metavar="YYYY-MM-DD", help="today (the default) or earlier")
    done.add_argument("--enjoyment", metavar=span(ENJOYMENT), help=ENJOYMENT.best)
    done.add_argument("--achievement", metavar=span(ACHIEVEMENT), help=ACHIEVEMENT.best)
    done.add_argument("--mood-before", metavar=span(MOOD), help="mood before, " + MOOD.best)
    done.add_argument("--mood-after", metavar=span(MOOD), help="mood after, " + MOOD.best)
    done.add_argument("--note", metavar="TEXT", help="a note; '-' reads it from standard input")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    command = args.command or "run"
    try:
        if command == "check-content":
            return check_content(args)
        if command == "read":
            return read_lessons(args)
        if command == "import-from":
            return import_from(args)
        if command == "remind":
            return remind(args)
        if command in PROTECTION_COMMANDS:
            from wellness_tui.shell.protection import run_protection

            return run_protection(command, args, paths.profile_path(args.profile), shell_clock())
        if command in SHELL_COMMANDS:
            return run_shell(command, args)
        return run_app(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `wellness-tui habits | head`
        sys.stderr.close()
        return 0


FORCE_HELP = (
    "replace FILE if it exists, without asking (never the profile, its backups "
    "or any other file the program keeps)"
)
SHELL_COMMANDS = (
    "today",
    "habits",
    "habit",
    "check",
    "checkin",
    "report",
    "export",
    "import",
    "selfcheck",
    "patterns",
    "plan",
    "did",
)
GET_HELP_POINTER = (
    "If you need help now: `wellness-tui` opens even so, and ctrl+g there shows people "
    "you can reach, at any hour."
)
READING_COMMANDS = ("today", "habits", "report", "export", "patterns")
PROTECTION_COMMANDS = (
    "encrypt",
    "decrypt",
    "passphrase",
    "unlock",
    "lock",
    "safety-plan-readable",
)
ALL_COMMANDS = (
    "run",
    *SHELL_COMMANDS,
    *PROTECTION_COMMANDS,
    "check-content",
    "read",
    "import-from",
    "remind",
)
WRITE_LOCK_SECONDS = 3.0
BUSY_LOCK_SECONDS = 0.5


def only_reads(command: str, args: argparse.Namespace) -> bool:
    """A command that shows and never changes: `plan` without `add`, `patterns` too."""
    if command == "plan":
        return args.plan_command is None
    return command in READING_COMMANDS


def run_shell(command: str, args: argparse.Namespace) -> int:
    from wellness_tui.profile.store import NotAProfile, ProfileStore, SharedFolder
    from wellness_tui.shell import commands as shell

    path = paths.profile_path(args.profile)
    clock = shell_clock()
    if command == "checkin" and (added := checkin_without_keys(path, args, clock)) is not None:
        return added
    keys, failed = unlock_for_shell(path, args)
    if failed is not None:
        return failed
    try:
        # A reading command never waits for a writer's lock and never moves a file;
        # a change waits a few seconds at most, then says who holds the lock.
        store = ProfileStore(
            path,
            clock,
            look_only=only_reads(command, args),
            lock_timeout=WRITE_LOCK_SECONDS,
            allow_shared=paths.shared_folder_ok(),
            keys=keys,
        )
    except (NotAProfile, SharedFolder) as err:
        say(f"wellness-tui: {err}. {GET_HELP_POINTER}", file=sys.stderr)
        return 2
    except OSError as err:
        say(
            f"wellness-tui: cannot open the profile {path}: {err.strerror or err}. "
            + GET_HELP_POINTER,
            file=sys.stderr,
        )
        return 2
    if store.lock_was_busy:
        # The whole wait was spent at the start: a change waits only a moment more
        # before it says who holds the lock (not a second full wait).
        store.lock.timeout, store.lock.waited_before = BUSY_LOCK_SECONDS, WRITE_LOCK_SECONDS
    for notice in store.notices:
        say(f"wellness-tui: {notice}", file=sys.stderr)
    profile = store.profile
    today = shell.today_of(profile, clock)
    try:
        if command == "today":
            say(shell.today_report(profile, today))
        elif command == "habits":
            say(shell.habits_report(profile, today))
        elif command == "patterns":
            from wellness_tui.shell.patterns import patterns_report

            say(patterns_report(profile, today, args.days, args.next_day, args.format))
        elif command in ("plan", "did"):
            run_planner(command, args, store, today, clock)
        elif command == "export":
            target = Path(args.output).expanduser()
            shell.check_output(path, target, args.force, ask if sys.stdin.isatty() else None)
            say(shell.export_all(store, target))
        elif command == "import":
            shell.open_for_change(store)
            say(shell.import_file(store, Path(args.file).expanduser(), args.yes, ask))
        elif command == "selfcheck":
            run_selfcheck(args, store, clock)
        elif command == "report":
            args.format = shell.report_format(args.format, args.output)
            if args.output:
                target = Path(args.output).expanduser()
                shell.check_output(path, target, args.force, ask if sys.stdin.isatty() else None)
            say(
                shell.write_report(
                    args, profile, today, clock.now(), paths.content_dirs(args.content)
                ),
                end="",
            )
        else:
            shell.open_for_change(store)
            ops, message = shell.plan_change(
                command, args, profile, today, clock.now(), read_stdin=sys.stdin.read
            )
            shell.save(store, ops)
            say(message)
    except shell.CommandError as err:
        say(f"wellness-tui: {err}", file=sys.stderr)
        return 1
    finally:
        store.close(checkpoint=False)  # a shell command only appends (profile/journal.py)
    return 0


def checkin_without_keys(path: Path, args: argparse.Namespace, clock: Clock) -> int | None:
    """A check-in on a protected profile, added encrypted without the passphrase
    (profile/write_only.py). None when this is not that case, or when it cannot be done
    without reading: the passphrase is then asked for as usual."""
    from wellness_tui.profile.protect import is_protected

    if getattr(args, "passphrase_fd", None) is not None:
        return None
    if getattr(args, "recovery_key_fd", None) is not None or not is_protected(path):
        return None
    from wellness_tui.profile.lock import LockTimeout
    from wellness_tui.profile.models import Profile
    from wellness_tui.profile.write_only import NeedsKeys, append_without_keys
    from wellness_tui.shell import commands as shell

    if getattr(args, "note", None) == "-":  # read once: kept if the passphrase is asked
        args.note = sys.stdin.read().rstrip("\n")

    # Nothing of the profile is read: the day is the calendar day (--date for another).
    stand_in = Profile.new(clock.now())
    try:
        ops, message = shell.plan_change(
            "checkin",
            args,
            stand_in,
            shell.today_of(stand_in, clock),
            clock.now(),
            read_stdin=sys.stdin.read,
        )
        not_text = shell.first_not_utf8(ops)
        if not_text is not None:
            raise shell.not_utf8(not_text)  # (as shell.save says it: before any passphrase)
        append_without_keys(path, ops, clock.now(), lock_timeout=WRITE_LOCK_SECONDS)
    except shell.CommandError as err:
        say(f"wellness-tui: {err}", file=sys.stderr)
        return 1
    except (NeedsKeys, OSError, LockTimeout):
        return None  # asked for the passphrase, as for any other command
    say(f"{message} (added encrypted, without your passphrase)")
    return 0


def unlock_for_shell(path: Path, args: argparse.Namespace) -> tuple[Keys | None, int | None]:
    """A protected profile's keys (asked for, shell/passphrase.py), or the exit code after
    one plain line saying why not. (None, None) for a profile without a passphrase."""
    from wellness_tui.profile.protect import is_protected

    if not is_protected(path):
        return None, None
    from wellness_tui.profile import crypto
    from wellness_tui.shell.passphrase import NoPassphrase, keys_for

    try:
        return keys_for(
            path, getattr(args, "passphrase_fd", None), getattr(args, "recovery_key_fd", None)
        ), None
    except crypto.WrongPassphrase as err:
        say(f"wellness-tui: {err}.", file=sys.stderr)
        return None, 1
    except (NoPassphrase, crypto.KeyMissing) as err:
        say(f"wellness-tui: {err}.", file=sys.stderr)
        return None, 2


def run_selfcheck(args: argparse.Namespace, store: ProfileStore, clock: Clock) -> None:
    from wellness_tui.shell import commands as shell
    from wellness_tui.shell import selfchecks

    content = paths.content_dirs(args.content)
    profile = store.profile
    if args.questionnaire == "history":
        qs = selfchecks.questionnaires(content)
        say(selfchecks.history_text(profile, qs, args.format), end="")
        return
    shell.open_for_change(store)
    ops, message = selfchecks.run(
        args.questionnaire,
        profile,
        shell.today_of(profile, clock),
        clock.now(),
        content,
        date_text=args.date,
        answers_text=args.answers,
        difficulty_text=args.difficulty,
        interactive=sys.stdin.isatty(),
        ask=lambda prompt: input(visible(prompt)),
        say=say,
    )
    shell.save(store, ops)
    say(message)


def run_planner(
    command: str, args: argparse.Namespace, store: ProfileStore, today: date, clock: Clock
) -> None:
    from wellness_tui.shell import activation
    from wellness_tui.shell import commands as shell

    profile = store.profile
    if command == "plan" and args.plan_command is None:
        report = activation.week_report if args.week else activation.plan_report
        say(report(profile, today))
        return
    shell.open_for_change(store)
    if command == "plan":
        ops, message = activation.plan_add(
            profile,
            args.title,
            date_text=args.date,
            when_text=args.when,
            area_text=args.area,
            today=today,
            now=clock.now(),
        )
    else:
        ops, message = activation.did_ops(
            profile,
            args.title,
            date_text=args.date,
            enjoyment=args.enjoyment,
            achievement=args.achievement,
            mood_before=args.mood_before,
            mood_after=args.mood_after,
            note=args.note,
            today=today,
            now=clock.now(),
            read_stdin=sys.stdin.read,
        )
    shell.save(store, ops)
    say(message)


def import_from(args: argparse.Namespace) -> int:
    from wellness_tui.shell import import_from as importer

    profile = paths.profile_path(args.profile)
    keys, failed = unlock_for_shell(profile, args)
    if failed is not None:
        return failed
    return importer.run(
        args.source,
        Path(args.file).expanduser(),
        profile_path=paths.profile_path(args.profile),
        clock=shell_clock(),
        dry_run=args.dry_run,
        yes=args.yes,
        mood_map=args.mood_map,
        ask=ask,
        interactive=sys.stdin.isatty(),
        keys=keys,
    )


def remind(args: argparse.Namespace) -> int:
    """Settings say what to remind of and when to be quiet; --only / --quiet override."""
    from wellness_tui.core.reminder import ReminderError, choice, is_quiet, parse_quiet
    from wellness_tui.profile.models import Settings
    from wellness_tui.profile.store import NotAProfile, SharedFolder
    from wellness_tui.shell import remind as nudge

    profile_path = paths.profile_path(args.profile)
    try:
        if args.action == "uninstall":
            return nudge.uninstall(yes=args.yes, interactive=sys.stdin.isatty(), ask=ask)
        if args.quiet:
            parse_quiet(args.quiet)  # a bad flag is one plain line, profile or not
        clock = shell_clock()
        try:
            profile = _profile_to_read(profile_path, clock, args)
        except (NotAProfile, SharedFolder) as err:
            if args.action == "install":
                raise ReminderError(str(err)) from err
            return 0  # a prompt or login script stays quiet: the app and `today` say why
        settings = profile.settings if profile is not None else Settings()
        chosen = choice(settings, args.only, args.quiet)
        if args.action == "install":
            return nudge.install(
                args.at,
                profile_path.resolve(),
                chosen,
                only=args.only,
                quiet=args.quiet,
                yes=args.yes,
                interactive=sys.stdin.isatty(),
                ask=ask,
            )
    except (ReminderError, OSError) as err:
        say(f"wellness-tui: {err}", file=sys.stderr)
        return 1
    if profile is None or not chosen.kinds:
        return 0  # nothing started yet, or reminders off: nothing to say
    moment = clock.now()
    if chosen.quiet and is_quiet(chosen.quiet, moment.hour, moment.minute):
        return 0
    from wellness_tui.clock import logical_day
    from wellness_tui.core.reminder import reminder_line

    today = logical_day(moment, profile.settings.day_end_hour)
    line = reminder_line(profile, today, chosen.kinds)
    if line:
        if args.notify:
            nudge.notify(line)
        else:
            say(line)
    return 0


def _profile_to_read(profile_path: Path, clock: Clock, args: argparse.Namespace) -> Profile | None:
    """The profile as it is now, only read (None when there is none or it cannot be opened).

    Read the way `today` reads: a damaged file is neither moved nor repaired and a
    writer's lock is never waited for. A file that is not a profile, or a folder that
    others can change, raises the store's NotAProfile or SharedFolder. A profile protected
    with a passphrase is read only when one was given with --passphrase-fd or
    --recovery-key-fd, or while it is unlocked (`wellness-tui unlock`): a reminder never
    asks (it says nothing instead)."""
    if not profile_path.is_file():
        return None
    from wellness_tui.profile.protect import is_protected
    from wellness_tui.profile.store import ProfileStore

    keys = None
    if is_protected(profile_path):
        given = (getattr(args, "passphrase_fd", None), getattr(args, "recovery_key_fd", None))
        if given == (None, None):
            from wellness_tui.shell.passphrase import agent_keys

            keys = agent_keys(profile_path)  # only while unlocked (`wellness-tui unlock`)
            if keys is None:
                return None
        else:
            keys, failed = unlock_for_shell(profile_path, args)
            if failed is not None:
                return None
    try:
        store = ProfileStore(
            profile_path,
            clock,
            look_only=True,
            allow_shared=paths.shared_folder_ok(),
            keys=keys,
        )
    except OSError:
        return None
    try:
        return store.profile
    finally:
        store.close(checkpoint=False)  # a reminder only reads


def ask(question: str) -> str:
    """A yes/no question on the terminal; no answer (end of input) means no."""
    try:
        return input(visible(question))
    except EOFError:
        say()
        return ""


def shell_clock() -> Clock:
    """The system clock, or a fixed moment from $WELLNESS_TUI_NOW (for tests and demos)."""
    from datetime import datetime

    fixed = os.environ.get("WELLNESS_TUI_NOW")
    if fixed:
        return FixedClock(datetime.fromisoformat(fixed))
    return SystemClock()


def check_content(args: argparse.Namespace) -> int:
    from wellness_tui.library import ContentProblem, load_library
    from wellness_tui.library.lint import lint_library

    roots = [Path(args.dir)] if args.dir else paths.content_dirs(args.content)
    wrong = _not_a_content_folder(roots[0]) if args.dir else None
    if wrong is not None:
        say(f"wellness-tui: {wrong}", file=sys.stderr)
        return 1
    library = load_library(roots)
    problems = library.problems + lint_library(library, roots, date.today())
    from wellness_tui.library.activity_ideas import load_activity_ideas

    problems += load_activity_ideas(roots).problems
    if not library.modules:
        tried = [d for d in _subfolders(roots[0]) if (d / "module.toml").is_file()]
        problems.append(
            ContentProblem(
                roots[0],
                1,
                f"{plural(len(tried), 'module folder')} found, but none could be read: "
                "fix the problems above"
                if tried
                else "no module folders (with a module.toml) were found here",
            )
        )
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        say(problem, file=sys.stderr if problem.severity == "error" else sys.stdout)
    if errors:
        say(f"{plural(len(errors), 'problem')} found.", file=sys.stderr)
        return 1
    lessons = [ls for m in library.modules for ls in m.lessons]
    prompts = sum(len(ls.prompts) for ls in lessons)
    questions = sum(len(ls.questions) for ls in lessons)
    habits = len({h.id for m in library.modules for h in m.meta.habits})  # a shared one once
    words = sum(ls.word_count for ls in lessons)
    say(
        f"OK: {len(library.modules)} modules, {len(lessons)} lessons, {prompts} prompts, "
        f"{questions} questions, {habits} habits, {len(library.crisis_lines)} crisis lines, "
        f"{words} words."
    )
    for module in library.modules:
        say(
            f"  {module.meta.order:>2}. {module.title}: {len(module.lessons)} lessons, "
            f"{sum(ls.word_count for ls in module.lessons)} words"
        )
    return 0


def _subfolders(root: Path) -> list[Path]:
    try:
        return [d for d in root.iterdir() if d.is_dir()]
    except OSError:
        return []


def _not_a_content_folder(root: Path) -> str | None:
    """What is wrong with a folder given to check-content, in one line (None if nothing)."""
    if not root.exists():
        return f"{root}: there is no such folder; nothing was checked"
    if not root.is_dir():
        return f"{root}: this is a file, not a folder; give the folder that holds the modules"
    if (root / "module.toml").is_file():
        return (
            f"{root} is one module's folder; check-content reads the folder that holds the "
            f"module folders: try wellness-tui check-content {root.parent}"
        )
    return None


def read_lessons(args: argparse.Namespace) -> int:
    from wellness_tui.library.cache import load_library_cached
    from wellness_tui.shell import reader

    library = load_library_cached(paths.content_dirs(args.content), paths.cache_dir())
    try:
        if not args.what:
            say(reader.list_modules(library))
            return 0
        module_query, _, lesson_query = args.what.partition("/")
        module = reader.find_module(library, module_query)
        if not lesson_query:
            say(reader.list_lessons(module))
            return 0
        lesson = reader.find_lesson(module, lesson_query)
    except reader.NotFoundError as err:
        say(f"wellness-tui: {err}", file=sys.stderr)
        return 1
    reader.print_lesson(reader.lesson_markdown(module, lesson))
    return 0


def run_app(args: argparse.Namespace) -> int:
    from wellness_tui.tui.launch import launch

    return launch(
        profile=paths.profile_path(args.profile),
        content=paths.content_dirs(args.content),
        passphrase_fd=getattr(args, "passphrase_fd", None),
        recovery_key_fd=getattr(args, "recovery_key_fd", None),
    )


if __name__ == "__main__":
    sys.exit(main())
