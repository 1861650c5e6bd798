"""A profile protected with a passphrase (profile/crypto.py, protect.py, the store):
no word a person typed ever reaches a file readable without the key; the standard
age tools (pyrage here, `age` when installed) open every file; the shell asks for the
passphrase properly and changes nothing when it cannot have it."""

from __future__ import annotations

import errno
import io
import multiprocessing
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

import pyrage
import pytest

from tests.conftest import copy_of_profile, isolate_home
from wellness_tui.cli import main
from wellness_tui.clock import FixedClock
from wellness_tui.profile import crypto, protect
from wellness_tui.profile import store as store_module
from wellness_tui.profile.backups import backup_files
from wellness_tui.profile.models import CheckIn, Habit
from wellness_tui.profile.ops import (
    AddHabit,
    Batch,
    SetAnswer,
    SetCheckIn,
    SetPlanStep,
    UpdateSettings,
)
from wellness_tui.profile.safety_plan_file import plan_file_path
from wellness_tui.profile.store import ProfileStore

CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0))
DAY = date(2026, 11, 25)
PASSPHRASE = "a long walk by the river"
NOTE, ANSWER, TITLE = "marker-note-5e1d", "marker-answer-9c2b", "marker-title-41fa"
MARKERS = (NOTE, ANSWER, TITLE)
PLAN_WORDS = "plan-words-8a1c ring my sister"
"""The safety plan's own words: readable beside the profile only when the person chose it."""


def files_showing_words(
    folders: list[Path], since: float = 0.0, markers: tuple[str, ...] = MARKERS
) -> list[Path]:
    """Every file under `folders` (changed since `since`) that shows a marker."""
    found = []
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                try:
                    info = path.lstat()  # a pipe left by another test would block a read
                    if not stat.S_ISREG(info.st_mode) or info.st_mtime < since:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(marker.encode() in data for marker in markers):
                    found.append(path)
    return found


def type_the_words(store: ProfileStore) -> None:
    store.apply(SetPlanStep("reasons", PLAN_WORDS, CLOCK.now()))
    store.apply(AddHabit(Habit(id="h", title=TITLE, created=DAY)))
    store.apply(SetAnswer("lesson/q", ANSWER, CLOCK.now()))
    store.apply(SetCheckIn(DAY, CheckIn(mood=5, note=NOTE)))


def fd_with(text: str) -> int:
    """A file descriptor to read `text` from (what --passphrase-fd is given)."""
    read_end, write_end = os.pipe()
    os.write(write_end, text.encode())
    os.close(write_end)
    return read_end


def every_file(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def protected_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, crypto.Keys]:
    """A profile with a little data, then protected with PASSPHRASE: made once per module
    (and worker), as protecting runs scrypt twice, seconds each. Tests use copies."""
    folder = tmp_path_factory.mktemp("protected")
    path = folder / "data" / "profile.json"
    with pytest.MonkeyPatch.context() as monkeypatch:
        isolate_home(folder / "home", monkeypatch)
        store = ProfileStore(path, CLOCK)
        store.apply(SetAnswer("lesson/first", "before protection", CLOCK.now()))
        assert store.close()
        store = ProfileStore(path, CLOCK)
        store.apply(SetAnswer("lesson/second", "also before", CLOCK.now()))
        assert store.close()  # ...with a backup made before protection
        assert len(backup_files(path)) == 1
        return path, protect.protect(path, PASSPHRASE, CLOCK).keys


@pytest.fixture
def protected(protected_once: tuple[Path, crypto.Keys], tmp_path: Path) -> tuple[Path, crypto.Keys]:
    """The test's own copy of the protected profile (the same keys)."""
    original, keys = protected_once
    return copy_of_profile(original, tmp_path), keys


@pytest.mark.parametrize("plan_readable", [False, True], ids=["plan-locked", "plan-readable"])
@pytest.mark.slow
def test_typed_words_reach_no_file_in_a_whole_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plan_readable: bool
) -> None:
    # A temp folder of the test's own, scanned below: the shared one also holds other
    # tests' folders, where a plain profile kept before encrypting is expected.
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    started = time.time() - 1
    path = tmp_path / "data" / "profile.json"
    folder = path.parent
    store = ProfileStore(path, CLOCK)
    choice = UpdateSettings((("safety_plan_readable", plan_readable),))
    # One save (a second would make a backup named by today's real date, newer than the
    # fixed clock's, which the recovery below would then take as the newest).
    store.apply(Batch((SetAnswer("lesson/first", "before protection", CLOCK.now()), choice)))
    assert store.close()
    keys = protect.protect(path, PASSPHRASE, CLOCK, safety_plan_readable=plan_readable).keys
    monkeypatch.setattr(store_module, "BACKUP_EVERY_SECONDS", 0)  # a backup at every save
    monkeypatch.setattr(store_module, "datetime", _Later)  # ...each with its own name

    store = ProfileStore(path, CLOCK, keys=keys)
    type_the_words(store)
    assert store.close(checkpoint=False)  # the journal's lines
    assert files_showing_words([folder]) == []
    store = ProfileStore(path, CLOCK, keys=keys)
    store.apply(SetAnswer("lesson/q", ANSWER + " again", CLOCK.now()))
    assert store.close()  # a checkpoint, and a backup holding the words
    assert files_showing_words([folder]) == []
    assert backup_files(path)

    # A damaged journal line and a damaged profile: both kept aside, still encrypted.
    with open(store.journal_path, "ab") as journal_file:
        journal_file.write(keys.seal_line(b'{"journal": 1, "checkpoint": "x"}\n'))
        journal_file.write(b"not a line of ours\n")
    ProfileStore(path, CLOCK, keys=keys).close()
    path.write_bytes(path.read_bytes()[:-40])  # cut short
    recovered = ProfileStore(path, CLOCK, keys=keys)
    assert any("could not be read" in notice for notice in recovered.notices)
    assert recovered.profile.answers["lesson/q"].text.startswith(ANSWER)
    assert recovered.keep_copy("before-import") is not None
    elsewhere = recovered.save_elsewhere([tmp_path / "elsewhere"])
    recovered.close()
    names = {p.name.split("-")[0] for p in folder.iterdir()}
    assert {"profile.corrupt", "profile.damaged", "profile.before"} <= names
    assert elsewhere is not None and crypto.is_sealed(elsewhere.read_bytes())
    for kept in folder.iterdir():
        if kept.name.endswith(".json") and "damaged-journal" not in kept.name:
            assert crypto.is_sealed(kept.read_bytes()), kept.name
    assert files_showing_words([tmp_path, Path(tempfile.gettempdir())], since=started) == []
    # The plan's own words: in its readable file when chosen (and there only), else nowhere.
    shown = [plan_file_path(path)] if plan_readable else []
    assert files_showing_words([tmp_path], markers=(PLAN_WORDS,)) == shown


class _Later(datetime):
    """A wall clock that moves a second on at every look (backups get their own names)."""

    ticks = 0

    @classmethod
    def now(cls, tz: object = None) -> _Later:
        cls.ticks += 1
        return cls(2026, 11, 25, 9, 0, cls.ticks % 60, 0)


@pytest.mark.slow
@pytest.mark.real_scrypt  # the standard tool's own reading of the key file, every time
def test_the_profile_and_a_backup_open_with_pyrage_by_passphrase_and_by_recovery_key(
    protected: tuple[Path, crypto.Keys],
) -> None:
    path, keys = protected
    store = ProfileStore(path, CLOCK, keys=keys)
    type_the_words(store)
    assert store.close()
    backup = backup_files(path)[-1]  # made before protection, then encrypted with it
    for file in (path, crypto.key_path(path), backup):
        assert file.read_bytes().startswith(b"age-encryption.org/v1\n")
    # As `age -d profile.json.key` does: the passphrase opens the identity...
    identity_text = pyrage.passphrase.decrypt(crypto.key_path(path).read_bytes(), PASSPHRASE)
    lines = bytes(identity_text).decode().splitlines()
    identity = pyrage.x25519.Identity.from_str(next(x for x in lines if x.startswith("AGE-")))
    # ...which opens the profile and its backup, as does the recovery key shown once.
    by_recovery = pyrage.x25519.Identity.from_str(keys.recovery_key)
    for who in (identity, by_recovery):
        assert b"before protection" in pyrage.decrypt(backup.read_bytes(), [who])
        assert NOTE.encode() in pyrage.decrypt(path.read_bytes(), [who])
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(crypto.key_path(path).read_bytes(), "not it")


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_the_age_tool_opens_the_profile_with_the_recovery_key(
    protected: tuple[Path, crypto.Keys], tmp_path: Path
) -> None:
    path, keys = protected
    identity = tmp_path / "recovery.txt"
    identity.write_text(keys.recovery_key + "\n")
    out = subprocess.run(
        ["age", "-d", "-i", str(identity), str(path)], capture_output=True, check=True
    )
    assert b"before protection" in out.stdout


def test_a_protected_profile_is_never_read_without_its_keys(
    protected: tuple[Path, crypto.Keys],
) -> None:
    path, _keys = protected
    before = every_file(path.parent)
    with pytest.raises(crypto.Locked):
        ProfileStore(path, CLOCK)
    with pytest.raises(crypto.OtherKeys):  # someone else's keys: never taken for damage
        ProfileStore(path, CLOCK, keys=crypto.new_keys())
    assert every_file(path.parent) == before


def test_the_shell_with_a_wrong_passphrase_or_no_terminal_changes_nothing(
    protected: tuple[Path, crypto.Keys], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _keys = protected
    before = every_file(path.parent)
    profile = ["--profile", str(path)]
    assert main(["checkin", *profile, "--mood", "4", "--passphrase-fd", str(fd_with("no\n"))]) == 1
    err = capsys.readouterr().err
    assert err.strip() == (
        "wellness-tui: that passphrase does not open this profile; nothing was read or changed."
    )
    assert main(["did", *profile, "a walk"]) == 2  # pytest's stdin is no terminal
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--passphrase-fd N" in err
    assert main(["decrypt", *profile]) == 2
    assert every_file(path.parent) == before


def test_shell_quick_entry_on_a_protected_profile(
    protected: tuple[Path, crypto.Keys], capsys: pytest.CaptureFixture[str]
) -> None:
    path, keys = protected
    profile = ["--profile", str(path)]
    fd = fd_with(PASSPHRASE + "\n")
    checkin = ["checkin", *profile, "--mood", "6", "--note", NOTE, "--passphrase-fd", str(fd)]
    assert main(checkin) == 0
    assert files_showing_words([path.parent]) == []
    recovery = fd_with(keys.recovery_key + "\n")
    assert main(["today", *profile, "--recovery-key-fd", str(recovery)]) == 0
    assert "mood 6/10" in capsys.readouterr().out
    # An encrypted backup comes back with `import` (it opens with the profile's keys).
    backup = str(backup_files(path)[-1])
    recovery = fd_with(keys.recovery_key + "\n")
    assert main(["import", backup, "--yes", *profile, "--recovery-key-fd", str(recovery)]) == 0
    kept = [p for p in path.parent.iterdir() if "before-import" in p.name]
    assert len(kept) == 1 and crypto.is_sealed(kept[0].read_bytes())
    assert files_showing_words([path.parent]) == []


@pytest.mark.slow
def test_change_the_passphrase_then_remove_it(
    protected: tuple[Path, crypto.Keys], capsys: pytest.CaptureFixture[str]
) -> None:
    path, keys = protected
    profile = ["--profile", str(path)]
    both = fd_with(PASSPHRASE + "\nanother passphrase\n")  # old, then new, on one fd
    fd = str(both)
    assert main(["passphrase", *profile, "--passphrase-fd", fd, "--new-passphrase-fd", fd]) == 0
    with pytest.raises(crypto.WrongPassphrase):
        protect.unlock(path, PASSPHRASE)
    assert protect.unlock(path, "another passphrase").recovery_key == keys.recovery_key
    assert main(["decrypt", *profile, "--passphrase-fd", str(fd_with("another passphrase\n"))]) == 0
    assert not protect.is_protected(path)
    assert sorted(p.name for p in path.parent.iterdir() if "before-" in p.name) == []
    assert not crypto.key_path(path).exists()
    assert ProfileStore(path, CLOCK).profile.answers["lesson/first"].text == "before protection"
    assert all(not crypto.is_sealed(data) for data in every_file(path.parent).values())


def test_encrypt_asks_for_the_passphrase_and_shows_the_recovery_key_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data" / "profile.json"
    profile = ["--profile", str(path)]
    assert main(["checkin", *profile, "--mood", "5", "--note", NOTE]) == 0
    assert main(["encrypt", *profile]) == 2  # no terminal, no fd: nothing changed
    assert not protect.is_protected(path)
    capsys.readouterr()
    assert main(["encrypt", *profile, "--passphrase-fd", str(fd_with(PASSPHRASE + "\n"))]) == 0
    out = capsys.readouterr().out
    key = next(line.strip() for line in out.splitlines() if "AGE-SECRET-KEY-1" in line)
    assert "nobody can get your" in out.replace("\n", " ")
    assert files_showing_words([path.parent]) == []
    assert "before-encrypt" not in " ".join(p.name for p in path.parent.iterdir())
    store = ProfileStore(path, CLOCK, keys=crypto.from_recovery_key(key))
    assert [c.note for c in store.profile.checkins.values()] == [NOTE]


class GoneReader(io.StringIO):
    """Standard output whose reader goes away (`| head -1`) once it has received
    `after`: every later write fails with a broken pipe."""

    def __init__(self, after: str = "") -> None:
        super().__init__()
        self.after = after
        self.gone = not after

    def write(self, text: str) -> int:
        if self.gone:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")
        written = super().write(text)
        self.gone = self.after in self.getvalue()
        return written


@pytest.mark.parametrize("stdout", [None, GoneReader()], ids=["closed", "reader-gone"])
def test_encrypt_changes_nothing_when_the_recovery_key_cannot_be_shown(
    stdout: GoneReader | None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "data" / "profile.json"
    profile = ["--profile", str(path)]
    assert main(["checkin", *profile, "--mood", "5", "--note", NOTE]) == 0
    before = every_file(path.parent)
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", stdout)  # `>&-`, or `| head -0`
    assert main(["encrypt", *profile, "--passphrase-fd", str(fd_with(PASSPHRASE + "\n"))]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "the recovery key could not be shown" in err and "nothing was changed" in err
    assert every_file(path.parent) == before and not protect.is_protected(path)


def test_encrypt_says_the_profile_is_protected_when_its_reader_goes_after_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data" / "profile.json"
    profile = ["--profile", str(path)]
    assert main(["checkin", *profile, "--mood", "5", "--note", NOTE]) == 0
    capsys.readouterr()
    reader = GoneReader(after="not anyone else.\n")  # the whole recovery key, then gone
    monkeypatch.setattr(sys, "stdout", reader)
    assert main(["encrypt", *profile, "--passphrase-fd", str(fd_with(PASSPHRASE + "\n"))]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert f"your profile {path} is now protected with your passphrase" in err
    assert "your passphrase still opens the profile" in err and "could not be changed" not in err
    key = next(line.strip() for line in reader.getvalue().splitlines() if "AGE-SECRET" in line)
    store = ProfileStore(path, CLOCK, keys=crypto.from_recovery_key(key))
    assert [c.note for c in store.profile.checkins.values()] == [NOTE]


def test_a_changed_passphrase_is_said_changed_when_stdout_is_gone(
    protected: tuple[Path, crypto.Keys],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _keys = protected
    fd = str(fd_with(PASSPHRASE + "\nanother passphrase\n"))
    monkeypatch.setattr(sys, "stdout", GoneReader())
    change = [
        "passphrase",
        "--profile",
        str(path),
        "--passphrase-fd",
        fd,
        "--new-passphrase-fd",
        fd,
    ]
    assert main(change) == 0
    assert "but your passphrase was changed" in capsys.readouterr().err
    assert protect.unlock(path, "another passphrase")


def test_the_shell_keeps_the_safety_plan_readable_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data" / "profile.json"
    profile = ["--profile", str(path)]
    store = ProfileStore(path, CLOCK)
    type_the_words(store)
    assert store.close()
    plan_file = plan_file_path(path)

    def run(*args: str) -> str:
        code = main([*args, *profile, "--passphrase-fd", str(fd_with(PASSPHRASE + "\n"))])
        assert code == 0
        return " ".join(capsys.readouterr().out.split())

    said = run("encrypt", "--safety-plan-readable")
    assert f"kept unencrypted in {plan_file}" in said and "anyone who can open" in said
    assert PLAN_WORDS.encode() in plan_file.read_bytes()
    assert files_showing_words([path.parent]) == []  # the notes, answers, titles: not there
    assert "kept unencrypted" in run("safety-plan-readable")  # asks nothing
    kept = plan_file.read_bytes()
    plan_file.unlink()  # deleted while locked, the choice still on
    said = run("safety-plan-readable")
    assert "No readable copy" in said and "made again the next time" in said
    assert "encrypted with the rest of your profile (" not in said  # not claimed: unknown
    plan_file.write_bytes(b"junk")
    said = run("safety-plan-readable")
    assert "not a readable copy" in said and "kept unencrypted" not in said
    assert "readable was already" not in run("safety-plan-readable", "on")  # unlocks it
    assert plan_file.read_bytes() == kept  # made again by opening with the keys
    assert "its readable copy was removed" in run("safety-plan-readable", "off")
    assert not plan_file.exists()
    said = run("safety-plan-readable", "off")
    assert "already off" in said and "removed" not in said
    assert "cannot be read while locked" in run("safety-plan-readable")
    run("safety-plan-readable", "on")
    assert PLAN_WORDS.encode() in plan_file.read_bytes()
    run("decrypt")
    assert not plan_file.exists()  # the plan is in the plain profile now
    assert "not protected" in run("safety-plan-readable")


def _writer(path: str, name: str, count: int, keys: crypto.Keys) -> None:
    store = ProfileStore(Path(path), CLOCK, keys=keys)
    for n in range(count):
        store.write_cycle([(n + 1, SetAnswer(f"{name}/{n}", f"{name} {n}", CLOCK.now()))])


def test_two_processes_writing_a_protected_profile_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    keys = crypto.new_keys()
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_writer, args=(str(path), n, 150, keys)) for n in "ab"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    assert crypto.is_sealed(path.read_bytes())
    store = ProfileStore(path, CLOCK, look_only=True, keys=keys)
    assert not store.notices
    assert {f"{name}/{n}" for name in "ab" for n in range(150)} == set(store.profile.answers)


def test_kill_mid_save_on_a_protected_profile_quick() -> None:
    """After each SIGKILL: loads, loses no finished save, and shows no words (the full
    run: python -m tests.crash.kill_test 1000 --encrypted)."""
    from tests.crash.kill_test import run

    result = run(20, seed=5, encrypted=True)
    assert result["mid_write"] >= 4


def test_a_plain_profile_starts_without_loading_pyrage(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    code = (
        "import sys\n"
        "from wellness_tui.cli import main\n"
        f"main(['checkin', '--profile', {str(path)!r}, '--mood', '5'])\n"
        f"main(['today', '--profile', {str(path)!r}])\n"
        "from wellness_tui.tui.launch import open_store\n"
        "from pathlib import Path\n"
        f"open_store(Path({str(path)!r}))[0].close()\n"
        "print('pyrage loaded: ' + str('pyrage' in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.splitlines()[-1] == "pyrage loaded: False", result.stderr


def test_a_protected_profile_is_stamped_with_a_hash_of_its_encrypted_bytes(
    protected: tuple[Path, crypto.Keys],
) -> None:
    from wellness_tui.profile import stamp

    path, keys = protected
    store = ProfileStore(path, CLOCK, keys=keys)
    type_the_words(store)
    assert store.close()
    on_disk = path.read_bytes()
    plain = keys.open(on_disk)
    assert stamp.stamp_path(path).exists() and files_showing_words([path.parent]) == []
    assert stamp.load(path, plain, named=on_disk) == store.profile  # the next start's shortcut
    assert stamp.load(path, plain) is None  # it names the encrypted bytes, not the JSON
    assert ProfileStore(path, CLOCK, keys=keys).profile == store.profile


def test_a_window_with_the_keys_saves_plainly_after_decrypt_elsewhere(
    protected: tuple[Path, crypto.Keys],
) -> None:
    path, keys = protected
    window = ProfileStore(path, CLOCK, keys=keys)  # the app, open meanwhile
    protect.unprotect(path, keys, CLOCK)  # `wellness-tui decrypt` in another window
    window.apply(SetAnswer("lesson/later", "after decrypt", CLOCK.now()))
    assert window.close()
    assert not protect.is_protected(path)  # never encrypted again with a key nobody has
    assert ProfileStore(path, CLOCK).profile.answers["lesson/later"].text == "after decrypt"


def test_checkin_adds_to_a_protected_profile_without_the_passphrase(
    protected: tuple[Path, crypto.Keys], capsys: pytest.CaptureFixture[str]
) -> None:
    path, keys = protected
    window = ProfileStore(path, CLOCK, keys=keys)  # the app, open meanwhile
    profile = ["--profile", str(path)]
    assert main(["checkin", *profile, "--date", "2026-11-24", "--mood", "6", "--note", NOTE]) == 0
    assert "without your passphrase" in capsys.readouterr().out
    assert main(["checkin", *profile, "--date", "2026-11-24", "--energy", "3"]) == 0
    assert files_showing_words([path.parent]) == []
    assert crypto.recipient_path(path).read_text().startswith("age1")
    window.check_for_changes()  # the open window sees the new lines, decrypted
    assert window.flush() and window.take_refresh()
    day = window.profile.checkins[date(2026, 11, 24)]
    assert (day.mood, day.energy, day.note) == (6, 3, NOTE)
    assert window.close()  # folded into the encrypted profile
    assert files_showing_words([path.parent]) == []
    reopened = ProfileStore(path, CLOCK, keys=keys).profile.checkins[date(2026, 11, 24)]
    assert reopened.note == NOTE


def test_checkin_without_the_passphrase_refuses_text_that_is_not_utf8_before_asking(
    protected: tuple[Path, crypto.Keys], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _keys = protected
    before = every_file(path.parent)
    assert main(["checkin", "--profile", str(path), "--mood", "6", "--note", "caf\udce9"]) == 1
    err = capsys.readouterr().err
    assert '"caf\\xe9" is not UTF-8 text' in err and "passphrase" not in err
    assert every_file(path.parent) == before


def test_checkin_without_the_passphrase_asks_when_it_cannot_add_blindly(
    protected: tuple[Path, crypto.Keys], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _keys = protected
    journal_file = path.with_name(path.name + ".journal")
    journal_file.write_bytes(b'{"journal": 1, "checkpoint": "another file"}\n')
    before = every_file(path.parent)
    assert main(["checkin", "--profile", str(path), "--mood", "6"]) == 2  # no terminal to ask
    assert "--passphrase-fd" in capsys.readouterr().err
    assert every_file(path.parent) == before
