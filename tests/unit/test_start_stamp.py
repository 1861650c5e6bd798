"""Starting without pydantic: the profile's start-up stamp and the content cache.

Each shortcut must be used only when it is exactly right, and ignored (the file
validated as usual) in every other case, without losing or hiding anything; and
nothing in either file can ever run code.
"""

from __future__ import annotations

import json
import os
import pickle
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from wellness_tui.clock import FixedClock
from wellness_tui.library import load_library
from wellness_tui.library.cache import load_library_cached
from wellness_tui.profile import stamp
from wellness_tui.profile.models import CheckIn, Habit
from wellness_tui.profile.ops import AddHabit, FinishWelcome, SetCheckIn, SetDone
from wellness_tui.profile.store import ProfileStore

DAY = date(2026, 11, 25)
ROOT = Path(__file__).parents[2]


def _saved_profile(path: Path, clock: FixedClock) -> ProfileStore:
    store = ProfileStore(path, clock)
    store.apply(FinishWelcome())
    store.apply(AddHabit(Habit(id="walk", title="Walk [/] ", created=DAY)))
    store.apply(SetDone("walk", DAY, True))
    assert store.close()
    return store


def test_closing_keeps_an_owner_only_stamp_that_the_next_start_uses(
    profile_path: Path, clock: FixedClock
) -> None:
    saved = _saved_profile(profile_path, clock)
    copy = stamp.stamp_path(profile_path)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert b"Walk" not in copy.read_bytes()  # a digest, no notes
    kept = stamp.load(profile_path, profile_path.read_bytes())
    assert kept == saved.profile
    again = ProfileStore(profile_path, clock)
    assert again.profile == saved.profile
    assert again.close()


def test_a_change_made_outside_is_read_from_the_file_not_the_copy(
    profile_path: Path, clock: FixedClock
) -> None:
    _saved_profile(profile_path, clock)
    data = json.loads(profile_path.read_text())
    data["habits"][0]["title"] = "Walk by the river"  # an edit by hand, a shell command ...
    profile_path.write_text(json.dumps(data))
    assert stamp.load(profile_path, profile_path.read_bytes()) is None
    store = ProfileStore(profile_path, clock)
    assert store.profile.habits[0].title == "Walk by the river"
    assert store.close()  # ... and the copy is made again for the new bytes
    assert stamp.load(profile_path, profile_path.read_bytes()) == store.profile


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: b"",
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b"\x80\x05garbage",
        lambda raw: b"not a key\n" + raw,
        lambda raw: raw + b"trailing",
    ],
)
def test_a_damaged_copy_is_ignored(
    profile_path: Path, clock: FixedClock, damage: Callable[[bytes], bytes]
) -> None:
    saved = _saved_profile(profile_path, clock)
    copy = stamp.stamp_path(profile_path)
    copy.write_bytes(damage(copy.read_bytes()))
    os.chmod(copy, 0o600)
    store = ProfileStore(profile_path, clock)
    assert store.profile == saved.profile
    assert not store.notices  # the profile itself is fine: nothing to tell
    assert store.close()


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_stamp_others_could_have_written_is_never_used(
    profile_path: Path, clock: FixedClock
) -> None:
    _saved_profile(profile_path, clock)
    copy = stamp.stamp_path(profile_path)
    raw = profile_path.read_bytes()
    for mode in (0o620, 0o602, 0o640, 0o604):
        os.chmod(copy, mode)
        assert stamp.load(profile_path, raw) is None
    os.chmod(copy, 0o644)
    store = ProfileStore(profile_path, clock)  # validates the file ...
    assert store.close()  # ... and makes the copy again, owner-only
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stamp.load(profile_path, raw) is not None


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="POSIX links")
def test_a_link_or_a_pipe_in_place_of_the_copy_is_never_read(
    profile_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    """In a shared folder someone could point the copy at a file of ours they wrote."""
    _saved_profile(profile_path, clock)
    copy = stamp.stamp_path(profile_path)
    raw = profile_path.read_bytes()
    elsewhere = tmp_path / "downloaded.bin"
    elsewhere.write_bytes(copy.read_bytes())  # a perfect copy, but not where it belongs
    os.chmod(elsewhere, 0o600)
    copy.unlink()
    copy.symlink_to(elsewhere)
    assert stamp.load(profile_path, raw) is None
    copy.unlink()
    os.link(elsewhere, copy)  # a second name for another file
    assert stamp.load(profile_path, raw) is None
    copy.unlink()
    os.mkfifo(copy, 0o600)  # would block a plain open() forever
    assert stamp.load(profile_path, raw) is None
    store = ProfileStore(profile_path, clock)
    assert store.profile.habits[0].title == "Walk [/] "
    assert store.close()


def test_a_profile_named_like_a_copy_is_never_overwritten(
    tmp_path: Path, clock: FixedClock
) -> None:
    for name in ("x.quickstart", "x.json.quickstart"):
        folder = tmp_path / name.replace(".", "-")
        path = folder / name
        other = folder / "x.json"  # a second profile whose copy could be `path`
        for target in (path, other):
            store = ProfileStore(target, clock)
            store.apply(AddHabit(Habit(id="walk", title=f"Walk {target.name}", created=DAY)))
            assert store.close()
        for target in (path, other):
            again = ProfileStore(target, clock)
            assert again.profile.habits[0].title == f"Walk {target.name}", target
            assert not again.notices
            assert again.close()


def test_a_copy_for_other_bytes_is_not_used_even_if_the_size_matches(
    profile_path: Path, clock: FixedClock
) -> None:
    _saved_profile(profile_path, clock)
    raw = profile_path.read_bytes()
    same_size = raw.replace(b'"Walk [/] "', b'"Walk [x] "')
    assert len(same_size) == len(raw) and same_size != raw
    assert stamp.load(profile_path, same_size) is None


def test_an_older_version_file_with_a_stamp_is_migrated_not_trusted(
    profile_path: Path, clock: FixedClock
) -> None:
    """A stamp naming a version-2 file's bytes (or planted for one) never skips the
    migration: the file opens at the current version with its new parts empty, and the
    next close stamps the migrated bytes, which the start after that uses."""
    from tests.conftest import FIXTURES
    from wellness_tui.profile.models import SCHEMA_VERSION

    raw = (FIXTURES / "profiles/v2.json").read_bytes()
    profile_path.parent.mkdir(parents=True, exist_ok=True)
    profile_path.write_bytes(raw)
    stamp.save(profile_path, raw)
    assert stamp.load(profile_path, raw) is None
    store = ProfileStore(profile_path, clock)
    assert store.profile.schema_version == SCHEMA_VERSION
    assert store.profile.plans == [] and store.profile.selfchecks == []
    assert store.profile.contacts[0].name == "Jo"
    store.apply(FinishWelcome())
    assert store.close()
    kept = stamp.load(profile_path, profile_path.read_bytes())
    assert kept is not None and kept.schema_version == SCHEMA_VERSION


def test_delete_all_removes_the_copy(profile_path: Path, clock: FixedClock) -> None:
    _saved_profile(profile_path, clock)
    store = ProfileStore(profile_path, clock)
    removed = store.delete_all(own_folder=None)
    assert stamp.stamp_path(profile_path) in removed
    assert not stamp.stamp_path(profile_path).exists()


def test_a_merged_check_in_replaces_only_the_fields_it_names(
    profile_path: Path, clock: FixedClock
) -> None:
    store = ProfileStore(profile_path, clock)
    store.apply(SetCheckIn(DAY, CheckIn(mood=6, note="slept badly")))
    store.apply(SetCheckIn(DAY, CheckIn(mood=3, energy=2), merge=("mood",)))
    store.apply(SetCheckIn(DAY, CheckIn(), merge=("note",)))  # cleared on purpose
    assert store.profile.checkins[DAY] == CheckIn(mood=3, note="")
    assert store.close()


class _Planted:
    """Unpickling this runs code: it writes a file (the planted attack)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Callable[..., object], tuple[Path, str]]:
        return (Path.write_text, (self.marker, "ran"))


def test_a_pickle_planted_where_a_copy_or_cache_used_to_be_never_runs(
    profile_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    """The old quick-start copy and content cache were pickles: a file planted in
    their place (a shared or synced folder) must never be executed."""
    saved = _saved_profile(profile_path, clock)
    marker = tmp_path / "ran.txt"
    bomb = pickle.dumps(_Planted(marker))
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    for planted in (
        stamp.old_copy_path(profile_path),
        stamp.stamp_path(profile_path),
        cache_dir / "library.pickle",
        cache_dir / "library.json",
    ):
        planted.write_bytes(b"wellness-tui quick-start copy 2\n" + bomb)
        os.chmod(planted, 0o600)
    content = [ROOT / "tests" / "fixtures" / "content"]
    store = ProfileStore(profile_path, clock)
    assert store.profile == saved.profile
    assert store.close()
    assert load_library_cached(content, cache_dir).modules == load_library(content).modules
    assert not marker.exists()


def test_a_cache_made_by_other_code_is_never_loaded(tmp_path: Path) -> None:
    content = [ROOT / "tests" / "fixtures" / "content"]
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    cache = cache_dir / "library.json"
    cache.write_text('an older key\n{"modules": "written by an older version"}')
    os.chmod(cache, 0o600)
    library = load_library_cached(content, cache_dir)
    assert library.modules == load_library(content).modules
    assert load_library_cached(content, cache_dir).modules == library.modules  # now cached
    cache.write_bytes(cache.read_bytes()[:40])  # damaged: parsed again
    assert load_library_cached(content, cache_dir).modules == library.modules


def test_the_way_to_the_first_screen_never_imports_pydantic(
    profile_path: Path, clock: FixedClock
) -> None:
    """With a current stamp and content cache, start-up skips pydantic (~60 ms)."""
    _saved_profile(profile_path, clock)
    code = f"""
import sys
from pathlib import Path
from wellness_tui import paths
from wellness_tui.tui.app import build_app
from wellness_tui.library.cache import load_library_cached
from wellness_tui.profile.store import ProfileStore

store = ProfileStore(Path({str(profile_path)!r}))
app = build_app(store, load_library_cached(paths.content_dirs(), paths.cache_dir()))
seen = []
app.call_later(lambda: app.call_after_refresh(lambda: (seen.append(app.screen), app.exit())))
app.run(headless=True, size=(80, 24))
assert type(seen[0]).__name__ == "TodayScreen", seen
assert store.profile.habits[0].title == "Walk [/] "
print(sorted(m for m in sys.modules if m == "pydantic" or m.startswith("pydantic.")))
"""
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        for _ in range(2)  # the first run fills the content cache
    ]
    assert all(run.returncode == 0 for run in runs), runs[-1].stderr
    assert runs[1].stdout.strip() == "[]"


def test_the_built_in_digest_is_sha256() -> None:
    import hashlib

    from wellness_tui.digest import BIG, sha256_hex

    big = bytes(range(256)) * (BIG // 256 + 1)  # hashed by OpenSSL
    for data in (b"", b"wellness", bytes(range(256)) * 100, big, big[:BIG]):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()  # (remembered)


def test_the_stamp_digest_is_blake2b_and_a_big_input_is_hashed_alongside() -> None:
    import hashlib

    from wellness_tui import digest

    big = bytes(range(256)) * (digest.ALONGSIDE // 256 + 1)
    for data in (b"", b"wellness", bytes(range(256)) * 100, big, big[: digest.ALONGSIDE]):
        expected = hashlib.blake2b(data, digest_size=32).hexdigest()
        assert digest.blake2b_hex(data) == expected
        fresh = (data + b".")[:-1]  # equal bytes, not the object remembered
        assert digest.blake2b_hex_soon(fresh)() == expected
        assert digest.blake2b_hex_soon(data)() == expected  # (remembered)


@pytest.mark.parametrize("alongside", [True, False])
def test_a_big_profile_is_hashed_while_it_is_parsed_and_still_only_trusted_if_named(
    profile_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, alongside: bool
) -> None:
    from wellness_tui import digest

    saved = _saved_profile(profile_path, clock)
    if alongside:  # every profile counts as big
        monkeypatch.setattr(stamp, "ALONGSIDE", 0)
        monkeypatch.setattr(digest, "ALONGSIDE", 0)
    raw = profile_path.read_bytes()
    assert stamp.load(profile_path, raw) == saved.profile
    same_size = raw.replace(b'"Walk [/] "', b'"Walk [x] "')
    assert len(same_size) == len(raw) and stamp.load(profile_path, same_size) is None
    assert stamp.load(profile_path, raw + b" ") is None


def test_a_stamp_of_the_earlier_version_is_replaced_never_used(
    profile_path: Path, clock: FixedClock
) -> None:
    """Version 1 named the bytes by their SHA-256: never taken for a version-2 stamp,
    and the next close writes the current version over it."""
    import hashlib

    saved = _saved_profile(profile_path, clock)
    raw = profile_path.read_bytes()
    copy = stamp.stamp_path(profile_path)
    current = copy.read_bytes()
    assert current.startswith(stamp.FORMAT)
    old = b"wellness-tui stamp 1\n" + hashlib.sha256(raw).hexdigest().encode()
    copy.write_bytes(old + current[len(stamp.FORMAT) + 64 :])
    assert stamp.load(profile_path, raw) is None
    store = ProfileStore(profile_path, clock)
    assert store.profile == saved.profile
    assert store.close()
    assert copy.read_bytes() == current
    assert stamp.load(profile_path, raw) == saved.profile
