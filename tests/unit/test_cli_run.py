"""tests/cli_run.py: a command run in this process gives what its own process gives.

Most tests of the shell commands run them in the test's process (a new interpreter for
each command was most of their time). Here the same commands run both ways, one after
another on two profiles, and every exit status, every byte of output and error, and the
profiles they leave must be the same: the real entry point (`python -m wellness_tui`)
stays tested, and a difference between the two ways fails here."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tests.cli_run import in_a_process, in_process
from tests.stored import stored_json

Run = Callable[..., subprocess.CompletedProcess[str]]

CONTROL = "\x1b[2J \x9b31m \x07"
COMMANDS: list[tuple[tuple[str, ...], str | None]] = [
    (("habit", "add", "Walk 10 minutes", "--at-least", "10", "minutes"), None),
    (("habit", "add", f"Stretch {CONTROL}", "--days", "mon,wed,fri"), None),
    (("check", "walk", "--value", "12", "--note", "-"), "rain\r\nthen sun é 😀\n"),
    (("checkin", "--mood", "6", "--note", f"[b]x[/b] {CONTROL}", "--tag", "work"), None),
    (("checkin", "--energy", "4"), None),
    (("today",), None),
    (("habits",), None),
    (("report", "--format", "md", "--include", "notes"), None),
    (("report", "--format", "csv", "--include", "notes"), None),
    (("plan", "add", "Make tea", "--when", "morn"), None),
    (("did", "tea", "--enjoyment", "6", "--note", "-"), "warm\n"),
    (("plan", "--week"), None),
    (("patterns",), None),
    (("check", "nothing"), None),  # exit 1, one line on stderr
    (("checkin", "--mood", "11"), None),
    (("habit", "add", "x", "--per-week", "9"), None),
    (("nonsense-\x1b[2J",), None),  # exit 2: argparse's own words
    (("export", "--all", "-o", "{folder}/all.json"), None),
    (("export", "--all", "-o", "{folder}/all.json"), None),  # there, no one to ask: refused
    (("import", "{folder}/missing.json", "--yes"), None),
    (("selfcheck", "history"), None),
    (("--version",), None),
    (("report", "--help"), None),  # as wide as a pipe's terminal: 80 columns
]


def run_all(run: Run, folder: Path) -> list[tuple[int, str, str]]:
    profile = folder / "p.json"
    results = []
    for args, stdin in COMMANDS:
        argv = [arg.replace("{folder}", str(folder)) for arg in args]
        result = run(
            [*argv, "--profile", str(profile)],
            input=stdin,
            env={"WELLNESS_TUI_NOW": "2026-11-25T10:00"},
        )
        results.append(
            (
                result.returncode,
                result.stdout.replace(str(folder), "FOLDER"),
                result.stderr.replace(str(folder), "FOLDER"),
            )
        )
    return results


@pytest.mark.slow
def test_the_same_commands_give_the_same_in_this_process_and_in_their_own(
    tmp_path: Path,
) -> None:
    here, own = tmp_path / "here", tmp_path / "own"
    here.mkdir()
    own.mkdir()
    by_process = run_all(in_a_process, own)
    assert by_process == run_all(in_process, here)
    # The commands did what they say (so the comparison above compares something).
    codes = [code for code, _out, _err in by_process]
    assert codes.count(0) >= 15 and 1 in codes and 2 in codes
    assert all(out or err for _code, out, err in by_process)  # each said something
    assert stored_json(here / "p.json") == stored_json(own / "p.json")
    assert json.loads((here / "all.json").read_text()) == json.loads((own / "all.json").read_text())


def test_the_exit_status_is_what_sys_exit_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command that raises ends as an uncaught exception ends a process: a traceback
    and status 1; `sys.exit` with a message prints it, status 1."""
    from wellness_tui import cli

    def broken(argv: Sequence[str] | None = None) -> int:
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr("tests.cli_run.main", broken)
    result = in_process(["today"])
    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "RuntimeError: broken on purpose" in result.stderr

    def ends(argv: Sequence[str] | None = None) -> int:
        raise SystemExit("said and gone")

    monkeypatch.setattr("tests.cli_run.main", ends)
    assert (in_process(["today"]).returncode, in_process(["today"]).stderr) == (
        1,
        "said and gone\n",
    )
    assert cli.main is not broken
