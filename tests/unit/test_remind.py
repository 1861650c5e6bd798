"""`wellness-tui remind`: one kind line or nothing; install / uninstall in a temporary home."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli_run import in_process
from wellness_tui.clock import FixedClock
from wellness_tui.core.reminder import (
    KINDS,
    Choice,
    ReminderError,
    choice,
    is_quiet,
    parse_at,
    parse_quiet,
    quiet_text,
    reminder_line,
)
from wellness_tui.profile.models import CheckIn, Habit, Profile, Settings
from wellness_tui.profile.ops import UpdateSettings
from wellness_tui.profile.store import ProfileStore
from wellness_tui.rules import QUIET_HOURS
from wellness_tui.shell import remind as nudge
from wellness_tui.targets import Target
from wellness_tui.validation import validate

NOW = "2026-11-25T10:00"  # a Wednesday
TODAY = date(2026, 11, 25)


def wt(
    profile: Path, *args: str, now: str = NOW, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`wellness-tui ARGS --profile PROFILE` at `now`, with `env` added: what its process
    gives, run in this one (tests/cli_run.py)."""
    return in_process(
        [*args, "--profile", str(profile)], env={"WELLNESS_TUI_NOW": now, **(env or {})}
    )


def choose(profile: Path, kinds: tuple[str, ...] = KINDS, quiet: str = "") -> None:
    """What the Settings screen saves: what to be reminded of, and quiet hours."""
    store = ProfileStore(profile, FixedClock(__import__("datetime").datetime(2026, 11, 25, 9)))
    store.apply(UpdateSettings((("remind_of", list(kinds)), ("quiet_hours", quiet))))
    assert store.close()


EVERYTHING = Choice(KINDS, None, "", True)


def habit(title: str, **kw: object) -> Habit:
    return Habit(id=title.lower(), title=title, created=date(2026, 1, 1), **kw)  # type: ignore[arg-type]


def with_(*habits: Habit, checkin: bool = False) -> Profile:
    # Made five days ago: no self-check is due yet (see the self-check tests below).
    profile = Profile.new(__import__("datetime").datetime(2026, 11, 20))
    profile.habits = list(habits)
    if checkin:
        profile.checkins[TODAY] = CheckIn(mood=5)
    return profile


@pytest.mark.parametrize(
    ("profile", "line"),
    [
        (with_(checkin=True), None),
        (with_(), "A moment for today's check-in?"),
        (with_(habit("Walk"), checkin=True), "A moment for “Walk” today?"),
        (
            with_(habit("Walk"), habit("Read")),
            "A moment for today's check-in, and “Walk” and “Read”?",
        ),
        (with_(habit("Walk", done=[TODAY]), checkin=True), None),
        (with_(habit("Walk", skipped=[TODAY]), checkin=True), None),
        (with_(habit("Walk", archived=True), checkin=True), None),
        (with_(habit("Mon only", target=Target(days=("mon",))), checkin=True), None),
        (  # twice a week, done Monday and Tuesday: this week's two are in
            with_(
                habit(
                    "Swim", target=Target(per_week=2), done=[date(2026, 11, 23), date(2026, 11, 24)]
                ),
                checkin=True,
            ),
            None,
        ),
        (
            with_(
                habit("Read", target=Target(at_least=10, unit="pages"), amounts={TODAY: 3}),
                checkin=True,
            ),
            None,
        ),
        (
            with_(*(habit(f"H{n}") for n in range(5)), checkin=True),
            "A moment for 5 habits today?",
        ),
    ],
)
def test_reminder_line(profile: Profile, line: str | None) -> None:
    assert reminder_line(profile, TODAY) == line


def test_only_one_kind() -> None:
    profile = with_(habit("Walk"))
    assert reminder_line(profile, TODAY, ("checkin",)) == "A moment for today's check-in?"
    assert reminder_line(profile, TODAY, ("habits",)) == "A moment for “Walk” today?"


def planned(profile: Profile, *titles: str, state: str = "planned", day: date = TODAY) -> Profile:
    from datetime import datetime

    from wellness_tui.profile.models import Activity, PlanEntry

    made = datetime(2026, 11, 24, 9, 0)
    for n, title in enumerate(titles):
        profile.activities.append(Activity(id=f"a{n}", title=title, created=TODAY))
        profile.plans.append(
            PlanEntry(
                id=f"p{n}",
                activity=f"a{n}",
                day=day,
                state=state,  # type: ignore[arg-type]
                created=made,
                updated=made,
            )
        )
    return profile


def self_checked(profile: Profile, days_ago: int) -> Profile:
    from datetime import timedelta

    from wellness_tui.profile.models import SelfCheck

    profile.selfchecks.append(
        SelfCheck(
            id="phq9-1",
            questionnaire="phq9",
            day=TODAY - timedelta(days=days_ago),
            answers=[0] * 9,
            created=__import__("datetime").datetime(2026, 11, 1),
            updated=__import__("datetime").datetime(2026, 11, 1),
        )
    )
    return profile


def old_profile() -> Profile:
    """Made in January, no self-check yet: one is due."""
    profile = with_(checkin=True)
    profile.created = __import__("datetime").datetime(2026, 1, 1)
    return profile


@pytest.mark.parametrize(
    ("profile", "line"),
    [
        (
            planned(with_(checkin=True), "Call [b]Ana[/b]"),
            "“Call [b]Ana[/b]” is on today's plan, if it still fits.",
        ),
        (
            planned(with_(), "Walk", "Tidy"),
            "A moment for today's check-in? 2 activities are on today's plan, if they still fit.",
        ),
        (planned(with_(checkin=True), "Walk", state="done"), None),
        (planned(with_(checkin=True), "Walk", state="let go"), None),
        (planned(with_(checkin=True), "Walk", day=date(2026, 11, 26)), None),  # tomorrow's
        (old_profile(), "A self-check is due, whenever you feel up to it."),
        (self_checked(old_profile(), 13), None),
        (self_checked(old_profile(), 14), "A self-check is due, whenever you feel up to it."),
        (
            planned(self_checked(with_(habit("Walk")), 20), "Call Ana"),
            "A moment for today's check-in, and “Walk”? “Call Ana” is on today's plan, "
            "if it still fits. A self-check is due, whenever you feel up to it.",
        ),
    ],
)
def test_plans_and_self_checks_in_the_line(profile: Profile, line: str | None) -> None:
    assert reminder_line(profile, TODAY) == line


def test_the_self_check_offer_turned_off_is_never_mentioned() -> None:
    profile = old_profile()
    profile.settings.selfcheck_offer = False
    assert reminder_line(profile, TODAY) is None
    assert reminder_line(planned(old_profile(), "Walk"), TODAY, ("plans",)) == (
        "“Walk” is on today's plan, if it still fits."
    )
    assert reminder_line(old_profile(), TODAY, ("checkin", "habits")) is None


def test_remind_command_mentions_todays_plan(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    wt(profile, "checkin", "--mood", "5")
    assert wt(profile, "plan", "add", "Call Ana").returncode == 0
    choose(profile)
    result = wt(profile, "remind")
    assert result.stdout == "“Call Ana” is on today's plan, if it still fits.\n"
    only = wt(profile, "remind", "--only", "checkin")
    assert (only.returncode, only.stdout) == (0, "")
    wt(profile, "did", "Call Ana")
    assert wt(profile, "remind").stdout == ""


def test_remind_command_prints_one_line_or_nothing(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    nothing = wt(profile, "remind")
    assert (nothing.returncode, nothing.stdout, nothing.stderr) == (0, "", "")
    assert not profile.exists()  # no profile yet: nothing to nudge about, nothing made
    wt(profile, "habit", "add", "Walk")
    off = wt(profile, "remind")  # off by default: nothing chosen in Settings yet
    assert (off.returncode, off.stdout, off.stderr) == (0, "", "")
    choose(profile)
    result = wt(profile, "remind")
    assert result.returncode == 0
    assert result.stdout == "A moment for today's check-in, and “Walk”?\n"
    wt(profile, "check", "walk")
    wt(profile, "checkin", "--mood", "5")
    done = wt(profile, "remind")
    assert (done.returncode, done.stdout) == (0, "")
    tomorrow = wt(profile, "remind", "--only", "checkin", now="2026-11-26T10:00")
    assert tomorrow.stdout == "A moment for today's check-in?\n"


def test_notify_without_notify_send_is_silent(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    wt(profile, "habit", "add", "Walk")
    choose(profile)
    empty = tmp_path / "bin"
    empty.mkdir()
    result = wt(profile, "remind", "--notify", env={"PATH": str(empty)})
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_notify_calls_notify_send_with_the_line(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    wt(profile, "habit", "add", "Walk")
    choose(profile)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    said = tmp_path / "said.txt"
    fake = bin_dir / "notify-send"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{said}"\n')
    fake.chmod(0o755)
    result = wt(profile, "remind", "--notify", env={"PATH": f"{bin_dir}:/usr/bin:/bin"})
    assert result.returncode == 0 and result.stdout == ""
    assert "A moment for today's check-in, and “Walk”?" in said.read_text()


def test_remind_stays_light(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    wt(profile, "habit", "add", "Walk")
    choose(profile)
    wt(profile, "today")  # leaves the quick-start copy, as daily use does
    code = (
        "import sys\n"
        "from wellness_tui.cli import main\n"
        f"main(['remind', '--profile', {str(profile)!r}])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'pydantic'))\n"
        "print(','.join(bad), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ, WELLNESS_TUI_NOW=NOW),
        check=True,
    )
    assert result.stderr.strip() == ""
    assert "A moment for" in result.stdout


# ----- install / uninstall --------------------------------------------------------------


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    (tmp_path / "home").mkdir(exist_ok=True)
    return tmp_path / "home"


def test_install_writes_a_timer_and_uninstall_removes_exactly_it(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ran: list[list[str]] = []

    def runner(command: object) -> int:
        ran.append(list(command))  # type: ignore[call-overload]
        return 0

    folder = home / ".config" / "systemd" / "user"
    folder.mkdir(parents=True)
    (folder / "other.timer").write_text("mine")
    profile = home / "my data" / "p.json"
    assert (
        nudge.install(
            "7:30",
            profile,
            EVERYTHING,
            yes=True,
            interactive=False,
            ask=input,
            scheduler="systemd",
            runner=runner,
        )
        == 0
    )
    shown = capsys.readouterr().out
    timer = (folder / "wellness-tui-remind.timer").read_text()
    service = (folder / "wellness-tui-remind.service").read_text()
    assert "OnCalendar=*-*-* 07:30:00" in timer and "WantedBy=timers.target" in timer
    assert f'remind --notify --profile "{profile}"' in service and "Type=oneshot" in service
    assert timer in shown and service in shown  # shown exactly as written
    assert ["systemctl", "--user", "enable", "--now", "wellness-tui-remind.timer"] in ran
    assert (
        nudge.uninstall(yes=True, interactive=False, ask=input, scheduler="systemd", runner=runner)
        == 0
    )
    assert sorted(p.name for p in folder.iterdir()) == ["other.timer"]
    assert ["systemctl", "--user", "disable", "--now", "wellness-tui-remind.timer"] in ran


def test_install_without_yes_or_terminal_only_shows(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nudge.install(
        "19:00",
        home / "p.json",
        EVERYTHING,
        yes=False,
        interactive=False,
        ask=input,
        scheduler="systemd",
    )
    assert "Nothing was written: run it again with --yes" in capsys.readouterr().out
    assert not (home / ".config").exists()


def test_install_asks_and_no_writes_nothing(home: Path) -> None:
    nudge.install(
        "19:00",
        home / "p.json",
        EVERYTHING,
        yes=False,
        interactive=True,
        ask=lambda q: "n",
        scheduler="systemd",
    )
    assert not (home / ".config").exists()


def test_install_never_overwrites_a_file_it_did_not_write(home: Path) -> None:
    folder = home / ".config" / "systemd" / "user"
    folder.mkdir(parents=True)
    (folder / "wellness-tui-remind.timer").write_text("someone else's")
    with pytest.raises(ReminderError, match="not written by wellness-tui"):
        nudge.install(
            "19:00",
            home / "p.json",
            EVERYTHING,
            yes=True,
            interactive=False,
            ask=input,
            scheduler="systemd",
            runner=lambda c: 0,
        )
    assert (folder / "wellness-tui-remind.timer").read_text() == "someone else's"
    nudge.uninstall(yes=True, interactive=False, ask=input, scheduler="systemd", runner=lambda c: 0)
    assert (folder / "wellness-tui-remind.timer").read_text() == "someone else's"


def test_without_systemd_a_crontab_line_is_printed(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"PATH": str(empty), "HOME": str(tmp_path / "home")}
    result = wt(
        tmp_path / "p.json",
        "remind",
        "install",
        "--at",
        "08:05",
        "--only",
        "habits",
        "--yes",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "crontab -e" in result.stdout or "launchd" in result.stdout
    assert (
        "5 8 * * * " in result.stdout
        and "-m wellness_tui remind --notify --only habits --profile" in result.stdout
    )
    assert not (tmp_path / "home" / ".config").exists()


def test_a_wrong_time_is_one_plain_line(tmp_path: Path) -> None:
    result = wt(tmp_path / "p.json", "remind", "install", "--at", "25:00", "--yes")
    assert result.returncode == 1
    assert "--at: “25:00” is not a time: use HH:MM" in result.stderr


@pytest.mark.parametrize(
    ("span", "at", "quiet"),
    [
        ("22:00-08:00", "23:30", True),
        ("22:00-08:00", "07:59", True),
        ("22:00-08:00", "08:00", False),
        ("22:00-08:00", "12:00", False),
        ("13:00-14:00", "13:30", True),
        ("13:00-14:00", "14:00", False),
    ],
)
def test_quiet_hours(span: str, at: str, quiet: bool) -> None:
    assert is_quiet(parse_quiet(span), *parse_at(at)) is quiet


@given(st.integers(0, 23 * 60 + 59), st.integers(0, 23 * 60 + 59), st.sampled_from(["", " "]))
def test_a_span_however_typed_is_kept_the_one_way_settings_accept(
    start: int, end: int, space: str
) -> None:
    typed = f"{start // 60}:{start % 60:02d}{space}-{space}{end // 60}:{end % 60:02d}"
    kept = quiet_text(parse_quiet(typed))
    assert re.fullmatch(QUIET_HOURS, kept)
    assert Settings(quiet_hours=kept) == validate(Settings, {"quiet_hours": kept})
    assert parse_quiet(kept) == (start, end)


def test_remind_says_nothing_in_quiet_hours(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    wt(profile, "habit", "add", "Walk")
    choose(profile)
    night = wt(profile, "remind", "--quiet", "22:00-08:00", now="2026-11-25T23:00")
    assert (night.returncode, night.stdout) == (0, "")
    day = wt(profile, "remind", "--quiet", "22:00-08:00", now="2026-11-25T12:00")
    assert day.stdout.startswith("A moment for")
    bad = wt(profile, "remind", "--quiet", "late")
    assert bad.returncode == 1 and "--quiet: “late” is not a span" in bad.stderr


def test_install_passes_the_choices_on_and_refuses_a_time_in_quiet_hours(home: Path) -> None:
    nudge.install(
        "19:00",
        home / "p.json",
        choice(Settings(), "checkin", "22:00-08:00"),
        only="checkin",
        quiet="22:00-08:00",
        yes=True,
        interactive=False,
        ask=input,
        scheduler="systemd",
        runner=lambda c: 0,
    )
    service = (home / ".config/systemd/user/wellness-tui-remind.service").read_text()
    assert "remind --notify --only checkin --quiet 22:00-08:00 --profile" in service
    with pytest.raises(ReminderError, match="inside the quiet hours"):
        nudge.install(
            "23:00",
            home / "p.json",
            choice(Settings(remind_of=["habits"]), None, "22:00-08:00"),
            quiet="22:00-08:00",
            yes=True,
            interactive=False,
            ask=input,
            scheduler="systemd",
            runner=lambda c: 0,
        )


def test_launchd_agent_on_macos(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ran: list[list[str]] = []

    def runner(command: object) -> int:
        ran.append(list(command))  # type: ignore[call-overload]
        return 0

    profile = home / "a & b" / "p.json"
    nudge.install(
        "21:05",
        profile,
        EVERYTHING,
        yes=True,
        interactive=False,
        ask=input,
        scheduler="launchd",
        runner=runner,
    )
    plist = home / "Library" / "LaunchAgents" / "org.wellness-tui.remind.plist"
    text = plist.read_text()
    assert "<key>Hour</key>\n    <integer>21</integer>" in text
    assert "<key>Minute</key>\n    <integer>5</integer>" in text
    assert "<string>a &amp; b/p.json</string>" not in text  # the whole path is one string
    assert f"<string>{str(profile).replace('&', '&amp;')}</string>" in text
    assert text in capsys.readouterr().out
    import plistlib

    assert plistlib.loads(text.encode())["ProgramArguments"][-1] == str(profile)
    assert ["launchctl", "load", "-w", str(plist)] in ran
    nudge.uninstall(yes=True, interactive=False, ask=input, scheduler="launchd", runner=runner)
    assert not plist.exists()
    assert ["launchctl", "unload", "-w", str(plist)] in ran


# ----- the choice made in Settings (flags override it) -----------------------------------


@pytest.mark.parametrize(
    ("settings", "only", "quiet", "kinds", "span"),
    [
        (Settings(), None, None, (), None),  # off by default
        (Settings(remind_of=["plans", "checkin"]), None, None, ("checkin", "plans"), None),
        (Settings(remind_of=["plans"]), "habits", None, ("habits",), None),
        (Settings(), "selfcheck", None, ("selfcheck",), None),
        (Settings(quiet_hours="22:00-08:00"), None, None, (), (1320, 480)),
        (Settings(quiet_hours="22:00-08:00"), None, "13:00-14:00", (), (780, 840)),
        (Settings(quiet_hours="22:00-08:00"), None, "", (), None),  # --quiet "": none tonight
    ],
)
def test_the_choice_in_settings_and_the_flags_that_override_it(
    settings: Settings,
    only: str | None,
    quiet: str | None,
    kinds: tuple[str, ...],
    span: tuple[int, int] | None,
) -> None:
    chosen = choice(settings, only, quiet)
    assert (chosen.kinds, chosen.quiet, chosen.from_settings) == (kinds, span, only is None)


def test_remind_uses_what_settings_chose(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    wt(profile, "habit", "add", "Walk")
    choose(profile, ("habits",), "22:00-08:00")
    assert wt(profile, "remind").stdout == "A moment for “Walk” today?\n"  # no check-in words
    assert wt(profile, "remind", "--only", "checkin").stdout == "A moment for today's check-in?\n"
    late = "2026-11-25T23:00"
    assert wt(profile, "remind", now=late).stdout == ""  # the quiet hours from Settings
    louder = wt(profile, "remind", "--quiet", "01:00-02:00", now=late)
    assert louder.stdout == "A moment for “Walk” today?\n"  # the flag overrides them


def test_install_follows_settings_and_refuses_while_reminders_are_off(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"PATH": str(empty), "HOME": str(tmp_path / "home")}
    wt(profile, "habit", "add", "Walk")
    off = wt(profile, "remind", "install", "--yes", env=env)
    assert off.returncode == 1 and off.stdout == ""
    assert off.stderr == (
        "wellness-tui: reminders are off: choose what to be reminded of in the app's "
        "Settings (Reminders), or give --only\n"
    )
    choose(profile, ("checkin", "habits"), "21:00-07:00")
    inside = wt(profile, "remind", "install", "--at", "22:15", "--yes", env=env)
    assert inside.returncode == 1
    assert "--at 22:15 is inside the quiet hours 21:00-07:00" in inside.stderr
    result = wt(profile, "remind", "install", "--at", "19:00", "--yes", env=env)
    assert result.returncode == 0, result.stderr
    assert (
        "It will mention today's check-in, habits due today "
        "(as chosen in Settings; a change there needs no new install)." in result.stdout
    )
    # no --only or --quiet written in: each nudge reads Settings as they are then
    assert "wellness_tui remind --notify --profile" in result.stdout


ODD_FOLDER = "/home/sam/50% ${HOME} $USER %h 'mine'/p.json"


def test_a_timer_runs_remind_on_exactly_the_profile_even_with_percent_or_dollar_in_its_name(
    home: Path,
) -> None:
    """systemd replaces %h and ${HOME} in ExecStart: "%%" and "$$" keep them literal."""
    command = nudge.remind_command(Path(ODD_FOLDER))
    service = nudge.unit_files(7, 30, command)[nudge.unit_dir() / "wellness-tui-remind.service"]
    exec_start = next(x for x in service.splitlines() if x.startswith("ExecStart="))
    left = exec_start.replace("%%", "").replace("$$", "")
    assert "%" not in left and "$" not in left  # nothing systemd would substitute
    assert "\"/home/sam/50%% $${HOME} $$USER %%h 'mine'/p.json\"" in exec_start


def test_a_crontab_line_keeps_a_percent_in_the_profiles_name() -> None:
    """cron turns a bare % into the end of the command; \\% is a literal %."""
    import shlex

    command = nudge.remind_command(Path(ODD_FOLDER))
    line = nudge.crontab_line(8, 5, command).removeprefix("5 8 * * * ")
    assert re.search(r"(?<!\\)%", line) is None  # no bare % for cron to cut at
    assert shlex.split(line.replace("\\%", "%")) == command  # what sh then runs


def test_remind_only_reads_a_damaged_profile_and_says_nothing_of_a_file_that_is_not_one(
    tmp_path: Path,
) -> None:
    """remind sits in a shell prompt: it moves, locks and writes nothing, and never fails."""
    profile = tmp_path / "p.json"
    wt(profile, "checkin", "--mood", "5")
    choose(profile)
    damaged = profile.read_bytes()[:-20]  # cut short, as by a failing disk
    profile.write_bytes(damaged)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = wt(profile, "remind", "--only", "checkin", now="2026-11-26T10:00")
    assert (result.returncode, result.stdout) == (0, "A moment for today's check-in?\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing moved or made
    assert profile.read_bytes() == damaged
    other = tmp_path / "notes.json"
    other.write_text('{"mine": "not a profile"}')
    result = wt(other, "remind", "--only", "checkin")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert other.read_text() == '{"mine": "not a profile"}'
    assert not (tmp_path / "notes.json.lock").exists()
    refused = wt(other, "remind", "install", "--only", "checkin", "--yes")
    assert refused.returncode == 1
    assert refused.stderr.startswith("wellness-tui: ") and "is not a wellness-tui profile" in (
        refused.stderr
    )
    assert "Traceback" not in refused.stderr
