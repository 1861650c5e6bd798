"""Issue 15 in the shell: report formats from -o, check-content's folders, no terminal,
a weekly habit's first tick."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_run import in_process
from tests.unit.test_shell import wt


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "p.json"


def test_a_weekly_habit_right_after_its_first_tick_in_habits(profile: Path) -> None:
    assert wt(profile, "habit", "add", "Call a friend", "--per-week", "4").returncode == 0
    assert wt(profile, "check", "call").returncode == 0
    out = wt(profile, "habits").stdout
    line = next(x for x in out.splitlines() if "Call a friend" in x)
    assert "1 of 4 this week" in line
    assert "no streak yet" not in line and not line.lstrip().startswith("0%")


def test_report_o_with_a_known_extension_picks_the_format(profile: Path, tmp_path: Path) -> None:
    wt(profile, "checkin", "--mood", "5")
    page = tmp_path / "r.html"
    result = wt(profile, "report", "-o", str(page))
    assert result.returncode == 0, result.stderr
    assert page.read_text().startswith("<!DOCTYPE html>")
    data = tmp_path / "r.json"
    assert wt(profile, "report", "-o", str(data)).returncode == 0
    assert data.read_text().lstrip().startswith("{")
    plain = tmp_path / "r.txt"  # not a known extension: Markdown, as before
    assert wt(profile, "report", "-o", str(plain)).returncode == 0
    assert plain.read_text().startswith("# Appointment summary")


def test_report_refuses_a_format_that_does_not_match_the_name(
    profile: Path, tmp_path: Path
) -> None:
    target = tmp_path / "x.html"
    result = wt(profile, "report", "--format", "md", "-o", str(target))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "--format md does not match x.html" in result.stderr
    assert not target.exists()


def test_check_content_says_what_is_wrong_with_the_folder(tmp_path: Path) -> None:
    def check(folder: Path) -> subprocess.CompletedProcess[str]:
        return in_process(["check-content", str(folder)])  # as its process gives (cli_run.py)

    missing = check(tmp_path / "nowhere")
    assert missing.returncode == 1
    assert "there is no such folder" in missing.stderr
    assert "no module folders" not in missing.stderr + missing.stdout
    module = tmp_path / "content" / "01-x"
    module.mkdir(parents=True)
    (module / "module.toml").write_text('id = "x"\ntitle = \n')
    broken = check(tmp_path / "content")
    assert broken.returncode == 1
    assert "module.toml:2: TOML syntax" in broken.stderr
    assert "1 module folder found, but none could be read" in broken.stderr
    assert "no module folders" not in broken.stderr
    one = check(module)
    assert one.returncode == 1 and "is one module's folder" in one.stderr
    assert f"check-content {tmp_path / 'content'}" in one.stderr


def test_the_app_with_stdout_not_a_terminal_says_so_and_ends(profile: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wellness_tui", "--profile", str(profile)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode != 0
    assert result.stdout == ""  # no escape codes drawn into the file
    assert (
        "not a terminal; " in result.stderr and "try `wellness-tui today`" in result.stderr.lower()
    )
    assert not profile.exists()
