"""The command line: version, help, profile and content flags, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wellness_tui import __version__, paths


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wellness_tui", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"wellness-tui {__version__}"


def test_help_names_the_flags_and_the_emergency_line() -> None:
    result = run("--help")
    assert result.returncode == 0
    for word in ("--profile", "--content", "check-content", "emergency number", "988"):
        assert word in result.stdout


def test_default_profile_is_in_the_platform_data_folder(isolated_home: Path) -> None:
    assert paths.profile_path() == isolated_home / ".local/share/wellness-tui/profile.json"


def test_profile_flag_and_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WELLNESS_TUI_PROFILE", str(tmp_path / "env.json"))
    assert paths.profile_path() == tmp_path / "env.json"
    assert paths.profile_path(str(tmp_path / "flag.json")) == tmp_path / "flag.json"


def test_content_flag_and_environment_replace_the_program(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WELLNESS_TUI_CONTENT", str(tmp_path))
    assert paths.content_dirs() == [tmp_path]
    assert paths.content_dirs(str(tmp_path / "x")) == [tmp_path / "x"]


def test_user_content_folder_adds_modules(isolated_home: Path) -> None:
    user = isolated_home / ".local/share/wellness-tui/content"
    user.mkdir(parents=True)
    dirs = paths.content_dirs()
    assert dirs[-1] == user and len(dirs) == 2


def test_a_profile_path_that_is_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "p.json"
    folder.mkdir()
    result = run("--profile", str(folder))
    assert result.returncode != 0
    assert "cannot open the profile" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("columns", ["50", "100", "", "x"])
def test_help_is_laid_out_as_argparse_lays_it_out(
    columns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The parser finds the terminal's width itself (argparse's way imports shutil).
    import argparse

    from wellness_tui.cli import build_parser

    monkeypatch.setenv("COLUMNS", columns)
    parser = build_parser()
    ours = parser.format_help()
    monkeypatch.setattr(parser, "_get_formatter", lambda: argparse.HelpFormatter(parser.prog))
    assert ours == parser.format_help()


COMMAND_LINES = [
    ["today"],
    ["today", "--profile", "p.json"],
    ["--profile", "p.json", "today"],
    ["habit", "add", "Walk", "--per-week", "3"],
    ["check", "walk", "--note", "-", "--skip"],
    ["checkin", "--mood", "7", "--tag", "a", "--tag", "b"],
    ["report", "--from", "2026-01-01", "-o", "r.md", "--include", "notes"],
    ["plan", "add", "Call Sam", "--date", "2026-12-06"],
    ["did", "call"],
    ["selfcheck", "phq9", "--answers", "0,1,2,3,0,1,2,3,0"],
    ["remind", "install", "--at", "20:00"],
    ["unlock", "--for", "15m", "--passphrase-fd", "3"],
    ["import-from", "loop", "backup.db", "--dry-run"],
    ["read", "rest/1"],
    ["run"],
    [],
    ["check", "today"],  # a habit called "today"
]


@pytest.mark.parametrize("words", COMMAND_LINES, ids=" ".join)
def test_one_command_parser_reads_what_the_whole_parser_reads(words: list[str]) -> None:
    from wellness_tui.cli import build_parser, parse_arguments

    assert vars(parse_arguments(words)) == vars(build_parser().parse_args(words))


@pytest.mark.parametrize(
    "words",
    [
        ["today", "--bogus"],
        ["today", "check"],  # a command's word after another command
        ["check"],
        ["tody"],
        ["checkin", "--mood"],
        ["habit"],
        ["--nope"],
    ],
    ids=" ".join,
)
def test_one_command_parser_refuses_with_the_whole_parsers_words(
    words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from wellness_tui.cli import build_parser, parse_arguments

    with pytest.raises(SystemExit) as ours:
        parse_arguments(words)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as whole:
        build_parser().parse_args(words)
    assert ours.value.code == whole.value.code == 2
    assert said == capsys.readouterr()


def test_every_command_is_known_to_the_one_command_parser() -> None:
    import argparse

    from wellness_tui.cli import ALL_COMMANDS, build_parser

    (commands,) = (a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert sorted(commands.choices) == sorted(ALL_COMMANDS)
