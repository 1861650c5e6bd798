"""The store with its change journal: saves append, the JSON profile is the checkpoint."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.test_journal import OP_STRATEGY
from wellness_tui.clock import FixedClock
from wellness_tui.profile import journal, stamp
from wellness_tui.profile.codec import decode, encode
from wellness_tui.profile.lock import ProfileLock
from wellness_tui.profile.models import CareQuestion, CheckIn, Habit, Profile
from wellness_tui.profile.ops import AddHabit, Op, PutItem, SetAnswer, SetCheckIn, SetDone
from wellness_tui.profile.owned import owned_paths
from wellness_tui.profile.store import ProfileStore

CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0))
DAY = date(2026, 11, 25)


def _start(path: Path) -> ProfileStore:
    store = ProfileStore(path, CLOCK)
    for habit_id in ("habit-00", "habit-02", "habit-03"):
        store.apply(AddHabit(Habit(id=habit_id, title=habit_id, created=date(2026, 9, 1))))
    for qid in ("q1", "q2"):
        store.apply(PutItem("questions", CareQuestion(id=qid, text=qid, added=DAY)))
    assert store.close()
    store = ProfileStore(path, CLOCK)  # a second session makes this hour's backup
    store.apply(SetAnswer("start/1", "started", CLOCK.now()))
    assert store.close()
    return store


def _saved(path: Path) -> Profile:
    store = ProfileStore(path, CLOCK, look_only=True)
    assert not store.notices, store.notices
    return store.profile


def _tick(path: Path, day: int) -> None:
    store = ProfileStore(path, CLOCK)
    store.apply(SetDone("habit-00", date(2026, 11, day), True))
    assert store.close(checkpoint=False)  # a shell command: only appends


def _journal(path: Path) -> Path:
    return path.with_name(path.name + ".journal")


def test_a_save_appends_one_private_line_and_leaves_the_profile(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    before = path.read_bytes()
    _tick(path, 1)
    assert path.read_bytes() == before  # the checkpoint is untouched
    lines = _journal(path).read_bytes().splitlines()
    assert len(lines) == 2  # the header and the tick
    record = json.loads(lines[1])
    assert record["op"] == "SetDone" and record["f"]["day"] == "2026-11-01"
    assert record["by"].startswith(f"{os.getpid()}@")
    assert stat.S_IMODE(_journal(path).stat().st_mode) == 0o600
    assert _saved(path).habit("habit-00").done == [date(2026, 11, 1)]  # type: ignore[union-attr]


def test_closing_the_app_folds_the_journal_into_the_profile(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    _tick(path, 1)
    store = ProfileStore(path, CLOCK)
    store.apply(SetDone("habit-00", date(2026, 11, 2), True))
    assert store.close()  # checkpoint=True, as the app closes
    assert _journal(path).read_bytes() == b""
    assert decode(path.read_bytes()).habit("habit-00").done == [  # type: ignore[union-attr]
        date(2026, 11, 1),
        date(2026, 11, 2),
    ]


def test_a_big_journal_is_folded_into_a_checkpoint(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(journal, "LIMIT_BYTES", 600)
    path = tmp_path / "p.json"
    _start(path)
    store = ProfileStore(path, CLOCK)
    for day in range(1, 21):
        store.apply(SetDone("habit-00", date(2026, 11, day), True))
        assert store.flush()
        assert _journal(path).stat().st_size <= 600
    assert store.close(checkpoint=False)
    assert len(_saved(path).habit("habit-00").done) == 20  # type: ignore[union-attr]
    assert len(decode(path.read_bytes()).habit("habit-00").done) > 10  # type: ignore[union-attr]


def test_a_torn_last_line_is_ignored_and_cut_off_by_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    _tick(path, 1)
    with _journal(path).open("ab") as handle:
        handle.write(b'{"op":"SetDone","f":{"habit_id":"habit-00","day":"2026-11-0')
    assert _saved(path).habit("habit-00").done == [date(2026, 11, 1)]  # type: ignore[union-attr]
    _tick(path, 3)
    assert _saved(path).habit("habit-00").done == [  # type: ignore[union-attr]
        date(2026, 11, 1),
        date(2026, 11, 3),
    ]


def test_a_last_line_that_lost_only_its_newline_is_kept_by_the_next_save(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.json"
    _start(path)
    _tick(path, 1)
    _tick(path, 2)
    journal_file = _journal(path)
    journal_file.write_bytes(journal_file.read_bytes()[:-1])  # cut by hand, one byte
    both = [date(2026, 11, 1), date(2026, 11, 2)]
    assert _saved(path).habit("habit-00").done == both  # type: ignore[union-attr]
    _tick(path, 3)  # its save must not cut the line off as a torn one
    assert _saved(path).habit("habit-00").done == [*both, date(2026, 11, 3)]  # type: ignore[union-attr]


def test_a_bad_middle_line_is_kept_aside_reported_and_later_lines_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    for day in (1, 2, 3):
        _tick(path, day)
    lines = _journal(path).read_bytes().split(b"\n")
    lines[2] = b'{"op": "SetDone", "f": {"habit_id": 5}}'  # the tick of the 2nd, damaged
    damaged = b"\n".join(lines)
    _journal(path).write_bytes(damaged)
    look = ProfileStore(path, CLOCK, look_only=True)
    assert "could not be read" in look.notices[0]
    assert _journal(path).read_bytes() == damaged  # a look changes nothing
    store = ProfileStore(path, CLOCK)
    assert "line 3" in store.notices[0] and "Every other change in it was kept" in store.notices[0]
    assert "(1 line; first:" in store.notices[0]  # English for 1, never "line(s)"
    assert store.profile.habit("habit-00").done == [date(2026, 11, 1), date(2026, 11, 3)]  # type: ignore[union-attr]
    [aside] = [p for p in tmp_path.iterdir() if ".damaged-journal-" in p.name]
    assert aside.read_bytes() == damaged and str(aside) in store.notices[0]
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert _journal(path).read_bytes() == b""  # folded into the profile at once
    assert _saved(path).habit("habit-00").done == [date(2026, 11, 1), date(2026, 11, 3)]  # type: ignore[union-attr]
    assert aside in owned_paths(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tail=st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
def test_any_bytes_appended_to_the_journal_never_crash_a_load(tail: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.json"
        _start(path)
        _tick(path, 1)
        with _journal(path).open("ab") as handle:
            handle.write(tail)
        look = ProfileStore(path, CLOCK, look_only=True)
        assert date(2026, 11, 1) in look.profile.habit("habit-00").done  # type: ignore[union-attr]
        store = ProfileStore(path, CLOCK)
        store.apply(SetAnswer("a/1", "still saving", CLOCK.now()))
        assert store.close(checkpoint=False)
        again = _saved(path)
        assert again.answers["a/1"].text == "still saving"
        assert date(2026, 11, 1) in again.habit("habit-00").done  # type: ignore[union-attr]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches=st.lists(st.lists(OP_STRATEGY, min_size=1, max_size=4), max_size=8))
def test_journal_and_checkpoints_give_the_same_profile(batches: list[list[Op]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        by_journal, by_checkpoint = Path(folder) / "j.json", Path(folder) / "c.json"
        _start(by_journal)
        _start(by_checkpoint)
        for batch in batches:
            for path, checkpoint in ((by_journal, False), (by_checkpoint, True)):
                store = ProfileStore(path, CLOCK)
                for op in batch:
                    store.apply(op)
                assert store.close(checkpoint=checkpoint)
        assert not _journal(by_checkpoint).exists() or not _journal(by_checkpoint).stat().st_size
        assert encode(_saved(by_journal)) == encode(decode(by_checkpoint.read_bytes()))
        store = ProfileStore(by_journal, CLOCK)
        store.apply(SetAnswer("x/1", "fold", CLOCK.now()))
        assert store.close()
        folded = decode(by_journal.read_bytes())
        del folded.answers["x/1"]
        assert encode(folded) == encode(decode(by_checkpoint.read_bytes()))


def test_a_journal_already_inside_the_checkpoint_is_not_applied_twice(tmp_path: Path) -> None:
    # Killed after the checkpoint was written, before the journal was emptied.
    path = tmp_path / "p.json"
    _start(path)
    store = ProfileStore(path, CLOCK)
    store.apply(PutItem("questions", CareQuestion(id="q3", text="q3", added=DAY)))
    assert store.close(checkpoint=False)
    from wellness_tui.profile.ops import MoveQuestion

    store = ProfileStore(path, CLOCK)
    store.apply(MoveQuestion("q3", -1))
    assert store.close(checkpoint=False)
    left = _journal(path).read_bytes()
    folded = _saved(path)
    data = encode(folded)
    path.write_bytes(data)
    _journal(path).write_bytes(left + journal.folded_line(data))
    assert [q.id for q in _saved(path).questions] == ["q1", "q3", "q2"]


def test_a_journal_for_another_profile_file_is_kept_aside_not_applied(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    _tick(path, 1)
    restored = decode(path.read_bytes())
    restored.settings.name = "Restored"
    path.write_bytes(encode(restored))  # e.g. a backup put back by hand
    store = ProfileStore(path, CLOCK)
    assert "belongs to another version" in store.notices[0]
    assert "(1 change)" in store.notices[0]
    assert store.profile.habit("habit-00").done == []  # type: ignore[union-attr]
    assert any(".damaged-journal-" in p.name for p in tmp_path.iterdir())
    store.apply(SetDone("habit-00", date(2026, 11, 9), True))
    assert store.close(checkpoint=False)
    assert _saved(path).habit("habit-00").done == [date(2026, 11, 9)]  # type: ignore[union-attr]


def _shell_check_in(path: Path, mood: int) -> None:
    # A shell command: a check-in (a line that needs more than plain fields) and a tick.
    store = ProfileStore(path, CLOCK)
    store.apply(SetCheckIn(DAY, CheckIn(mood=mood, note="[b]x[/b] ✓", updated=CLOCK.now())))
    store.apply(SetDone("habit-00", date(2026, 11, 1), True))
    assert store.close(checkpoint=False)


def test_the_stamp_names_the_journal_lines_a_shell_command_wrote(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    _shell_check_in(path, 3)
    _shell_check_in(path, 4)  # the second command read the first one's lines, then appended
    data = _journal(path).read_bytes()
    assert stamp.vouched_journal(path, path.read_bytes(), data) == len(data)
    assert b"[b]x" not in stamp.stamp_path(path).read_bytes()  # digests, no notes
    code = f"""
import sys
from datetime import date
from pathlib import Path
from wellness_tui.profile.store import ProfileStore
store = ProfileStore(Path({str(path)!r}))
mood = store.profile.checkins[date.fromisoformat({DAY.isoformat()!r})].mood
print(mood, store.profile.habit("habit-00").done, not store.notices)
print("pydantic" in sys.modules)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == [
        "4 [datetime.date(2026, 11, 1)] True",
        "False",  # the next start reads both without validating
    ]


def test_a_journal_the_stamp_names_is_known_as_the_checkpoints_own_without_hashing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its header was written (or checked) for these very checkpoint bytes, which the
    stamp names too; without a current stamp the header is checked against the
    checkpoint's digest, as always."""
    path = tmp_path / "p.json"
    _start(path)
    _shell_check_in(path, 3)
    hashed: list[bytes] = []
    real = journal.checkpoint_key

    def counted(raw: bytes) -> str:
        hashed.append(raw)
        return real(raw)

    monkeypatch.setattr(journal, "checkpoint_key", counted)
    store = ProfileStore(path, CLOCK, look_only=True)
    assert store.profile.checkins[DAY].mood == 3 and not store.notices
    assert hashed == []
    stamp.stamp_path(path).unlink()
    store = ProfileStore(path, CLOCK, look_only=True)
    assert store.profile.checkins[DAY].mood == 3 and not store.notices
    assert hashed == [path.read_bytes()]


def test_a_journal_changed_after_its_stamp_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    _shell_check_in(path, 3)
    data = _journal(path).read_bytes()
    changed = data.replace(b'"mood":3', b'"mood":9')  # same length, other bytes
    assert changed != data
    _journal(path).write_bytes(changed)
    assert stamp.vouched_journal(path, path.read_bytes(), changed) == 0
    assert _saved(path).checkins[DAY].mood == 9
    _journal(path).write_bytes(changed.replace(b'"mood":9', b'"mood":"x"'))  # invalid
    assert ProfileStore(path, CLOCK, look_only=True).notices  # reported, not built blindly
    _journal(path).write_bytes(data[: data.index(b"\n") + 1])  # shorter than the stamp says
    assert stamp.vouched_journal(path, path.read_bytes(), _journal(path).read_bytes()) == 0
    assert DAY not in _saved(path).checkins


def test_another_process_appending_is_read_without_reading_the_profile_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellness_tui.profile import codec

    path = tmp_path / "p.json"
    _start(path)
    _tick(path, 2)
    app = ProfileStore(path, CLOCK)
    app.prepare_writer()
    assert app.flush()
    checkpoint = path.read_bytes()
    decoded: list[bytes] = []
    real = codec.decode

    def spy(raw: bytes) -> Profile:
        decoded.append(raw)
        return real(raw)

    monkeypatch.setattr(codec, "decode", spy)
    for mood in (5, 6):  # another process appends, twice
        _shell_check_in(path, mood)
        app.check_for_changes()
        assert app.flush() and app.take_refresh()
        assert app.profile.checkins[DAY].mood == mood
        assert app.profile.habit("habit-00").done == [date(2026, 11, 1), date(2026, 11, 2)]  # type: ignore[union-attr]
    # The writer's copy was built once from the checkpoint (it had not been needed before);
    # the second time only the journal's new lines were read.
    assert decoded.count(checkpoint) == 1
    app.apply(SetAnswer("a/2", "after", CLOCK.now()))
    assert app.close()
    folded = decode(path.read_bytes())
    assert folded.checkins[DAY].mood == 6 and folded.answers["a/2"].text == "after"


def test_the_screen_takes_another_process_lines_without_decoding_the_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A shell command's tick while the app is open: the screen applies that command's
    # operations, not a decode of the whole profile (on the UI thread), nor the writer
    # an encode of it.
    from wellness_tui.profile import codec

    path = tmp_path / "p.json"
    _start(path)
    app = ProfileStore(path, CLOCK)
    app.prepare_writer()
    assert app.flush()

    def whole(*_: object) -> None:
        raise AssertionError("the whole profile was decoded or encoded")

    for day in (3, 4, 5):
        _tick(path, day)
        _shell_check_in(path, day)
        if day > 3:  # (the first change built the writer's copy, in the writer thread)
            monkeypatch.setattr(codec, "decode", whole)
            monkeypatch.setattr(codec, "encode", whole)
        app.check_for_changes()
        assert app.flush() and app.take_refresh()
        monkeypatch.undo()
        assert app.profile.checkins[DAY].mood == day
        assert date(2026, 11, day) in app.profile.habit("habit-00").done  # type: ignore[union-attr]
    assert app.close()
    assert app.profile == _saved(path)


def test_a_change_of_ours_before_the_screen_takes_the_refresh_keeps_both(
    tmp_path: Path,
) -> None:
    # Our change went to disk after the other process's: the screen then takes the
    # whole disk copy (its own change on top), never the other's lines after ours.
    path = tmp_path / "p.json"
    _start(path)
    app = ProfileStore(path, CLOCK)
    app.prepare_writer()
    assert app.flush()
    other = ProfileStore(path, CLOCK)  # a shell command
    other.apply(SetAnswer("a/1", "theirs", CLOCK.now()))
    assert other.close(checkpoint=False)
    app.check_for_changes()
    assert app.flush()
    with ProfileLock(path):  # our change is made, not yet saved, when the screen takes it
        app.apply(SetAnswer("a/1", "ours", CLOCK.now()))
        app.take_refresh()
    assert app.flush()
    app.take_refresh()
    assert app.profile.answers["a/1"].text == "ours"
    assert app.close()
    assert app.profile == _saved(path)


def test_another_process_appending_is_noticed(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    app = ProfileStore(path, CLOCK)
    app.prepare_writer()
    assert app.flush()
    _tick(path, 4)  # a shell command
    app.check_for_changes()
    assert app.flush()
    assert app.take_refresh()
    assert app.profile.habit("habit-00").done == [date(2026, 11, 4)]  # type: ignore[union-attr]
    app.apply(SetDone("habit-00", date(2026, 11, 5), True))
    assert app.close()
    assert decode(path.read_bytes()).habit("habit-00").done == [  # type: ignore[union-attr]
        date(2026, 11, 4),
        date(2026, 11, 5),
    ]


def test_delete_all_removes_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    _tick(path, 1)
    store = ProfileStore(path, CLOCK)
    assert _journal(path) in store.owned_files()
    store.delete_all(None)
    assert not _journal(path).exists() and not path.exists()


def test_a_newer_journal_opens_the_profile_read_only(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    _journal(path).write_bytes(b'{"journal": 7, "checkpoint": "x"}\n{"op": "Future"}\n')
    store = ProfileStore(path, CLOCK)
    assert store.read_only and "newer version" in store.notices[0]
    store.apply(SetDone("habit-00", DAY, True))
    store.close()
    assert _journal(path).read_bytes().startswith(b'{"journal": 7')


def test_a_damaged_profile_is_recovered_with_the_journals_changes(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    _tick(path, 6)
    path.write_bytes(b'{"schema_version": 2, "created": "2026-')
    store = ProfileStore(path, CLOCK)
    assert store.profile.habit("habit-00").done == [date(2026, 11, 6)]  # type: ignore[union-attr]
    assert any("The 1 change in its change journal was applied again" in n for n in store.notices)
    assert _journal(path).read_bytes() == b""
    assert decode(path.read_bytes()).habit("habit-00").done == [date(2026, 11, 6)]  # type: ignore[union-attr]


def test_keep_copy_before_an_import_includes_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _start(path)
    _tick(path, 7)
    kept = ProfileStore(path, CLOCK).keep_copy("before-import")
    assert kept is not None
    assert decode(kept.read_bytes()).habit("habit-00").done == [date(2026, 11, 7)]  # type: ignore[union-attr]


def test_a_link_or_pipe_in_the_journals_place_is_refused(tmp_path: Path) -> None:
    import pytest

    from wellness_tui.profile.files import NotRegularFile

    path = tmp_path / "p.json"
    _start(path)
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("not ours")
    _journal(path).symlink_to(secret)
    with pytest.raises(NotRegularFile):
        ProfileStore(path, CLOCK)
    _journal(path).unlink()
    os.mkfifo(_journal(path))
    with pytest.raises(NotRegularFile):
        ProfileStore(path, CLOCK, look_only=True)
    assert secret.read_text() == "not ours"
