"""The `wellness-tui` command: starts the app, or runs a shell sub-command.

Shell sub-commands never import Textual, so they start fast and can be used
while the app is open in another window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from wellness_tui import __version__, paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    parser.add_argument("--version", action="version", version=f"wellness-tui {__version__}")
    common = argparse.ArgumentParser(add_help=False)
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("run", parents=[common], help="open the app (the default)")

    check = commands.add_parser(
        "check-content",
        parents=[common],
        help="validate a content folder: errors as file:line: message",
    )
    check.add_argument(
        "dir", nargs="?", metavar="DIR", help="folder to check (default: the program's content)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    try:
        if command == "check-content":
            return check_content(args)
        return run_app(args)
    except KeyboardInterrupt:
        return 130


def check_content(args: argparse.Namespace) -> int:
    from wellness_tui.library import load_library
    from wellness_tui.library.lint import lint_library

    roots = [Path(args.dir)] if args.dir else paths.content_dirs(args.content)
    library = load_library(roots)
    problems = library.problems + lint_library(library, roots, date.today())
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        print(problem, file=sys.stderr if problem.severity == "error" else sys.stdout)
    if errors:
        print(f"{len(errors)} problem(s) found.", file=sys.stderr)
        return 1
    lessons = [ls for m in library.modules for ls in m.lessons]
    prompts = sum(len(ls.prompts) for ls in lessons)
    questions = sum(len(ls.questions) for ls in lessons)
    habits = sum(len(m.meta.habits) for m in library.modules)
    words = sum(ls.word_count for ls in lessons)
    print(
        f"OK: {len(library.modules)} modules, {len(lessons)} lessons, {prompts} prompts, "
        f"{questions} questions, {habits} habits, {len(library.crisis_lines)} crisis lines, "
        f"{words} words."
    )
    for module in library.modules:
        print(
            f"  {module.meta.order:>2}. {module.title}: {len(module.lessons)} lessons, "
            f"{sum(ls.word_count for ls in module.lessons)} words"
        )
    return 0


def run_app(args: argparse.Namespace) -> int:
    from wellness_tui.launch import launch

    return launch(
        profile=paths.profile_path(args.profile), content=paths.content_dirs(args.content)
    )


if __name__ == "__main__":
    sys.exit(main())
