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
