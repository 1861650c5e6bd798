"""The safety plan kept readable beside a locked profile, by the person's choice
(profile/safety_plan_file.py and the store): only the plan is in it, only when chosen
and protected, rewritten only when the plan changes, read back exactly as typed."""

from __future__ import annotations

import stat
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellness_tui.clock import FixedClock
from wellness_tui.core.safety_plan import STEPS
from wellness_tui.profile import crypto, safety_plan_file
from wellness_tui.profile.files import fingerprint
from wellness_tui.profile.models import CheckIn, Contact, Habit, Profile
from wellness_tui.profile.ops import (
    AddHabit,
    PutItem,
    SetAnswer,
    SetCheckIn,
    SetDone,
    SetPlanPeople,
    SetPlanStep,
    UpdateSettings,
)
from wellness_tui.profile.store import ProfileStore
from wellness_tui.textsafe import visible

KEYS = crypto.new_keys()
DAY = date(2026, 11, 25)
AT = datetime(2026, 11, 25, 9, 0)
PLAN_WORDS = "plan-words-2b7f call my sister"
NOTE, ANSWER, TITLE = "marker-note-5e1d", "marker-answer-9c2b", "marker-title-41fa"


def readable(on: bool) -> UpdateSettings:
    return UpdateSettings((("safety_plan_readable", on),))


def a_session(store: ProfileStore) -> None:
    """A plan, a chosen person, and everything the plan file must never hold."""
    store.apply(SetPlanStep("warning-signs", PLAN_WORDS, AT))
    store.apply(PutItem("contacts", Contact(id="c1", name="Jo", reach="0123 456")))
    store.apply(SetPlanPeople(("c1",)))
    store.apply(AddHabit(Habit(id="h", title=TITLE, created=DAY)))
    store.apply(SetAnswer("lesson/q", ANSWER, AT))
    store.apply(SetCheckIn(DAY, CheckIn(mood=5, note=NOTE)))


def test_chosen_on_a_protected_profile_the_plan_alone_is_readable_beside_it(
    profile_path: Path, clock: FixedClock
) -> None:
    store = ProfileStore(profile_path, clock, keys=KEYS)
    a_session(store)
    assert store.flush()
    plan_file = safety_plan_file.plan_file_path(profile_path)
    assert not plan_file.exists()  # off by default
    store.apply(readable(True))
    assert store.close()
    data = plan_file.read_bytes()
    assert plan_file.name == "profile.json.safety-plan"
    assert stat.S_IMODE(plan_file.stat().st_mode) == 0o600
    assert PLAN_WORDS.encode() in data and b"Jo" in data and b"0123 456" in data
    for private in (NOTE, ANSWER, TITLE):
        assert private.encode() not in data
    assert crypto.is_sealed(profile_path.read_bytes())
    assert plan_file in ProfileStore(profile_path, clock, keys=KEYS).owned_files()


def test_a_plain_profile_never_has_the_file_even_with_the_choice_on(
    profile_path: Path, clock: FixedClock
) -> None:
    store = ProfileStore(profile_path, clock)
    a_session(store)
    store.apply(readable(True))
    assert store.close()
    assert not safety_plan_file.plan_file_path(profile_path).exists()


def test_a_tick_does_not_rewrite_it_a_change_to_the_plan_does(
    profile_path: Path, clock: FixedClock
) -> None:
    store = ProfileStore(profile_path, clock, keys=KEYS)
    a_session(store)
    store.apply(readable(True))
    assert store.flush()
    plan_file = safety_plan_file.plan_file_path(profile_path)
    written = fingerprint(plan_file)
    store.apply(SetDone("h", DAY, True))
    assert store.flush()
    assert store.close()
    assert fingerprint(plan_file) == written  # the tick, and the checkpoint at close
    store = ProfileStore(profile_path, clock, keys=KEYS)
    store.apply(SetPlanStep("reasons", "Pip the cat", AT))
    assert store.close(checkpoint=False)
    assert b"Pip the cat" in plan_file.read_bytes()
    store = ProfileStore(profile_path, clock, keys=KEYS)
    store.apply(PutItem("contacts", Contact(id="c1", name="Jo", reach="0999 888")))
    assert store.flush()
    assert b"0999 888" in plan_file.read_bytes() and b"0123 456" not in plan_file.read_bytes()
    store.apply(readable(False))
    assert store.close()
    assert not plan_file.exists()


def test_delete_all_removes_it(profile_path: Path, clock: FixedClock) -> None:
    store = ProfileStore(profile_path, clock, keys=KEYS)
    a_session(store)
    store.apply(readable(True))
    assert store.flush()
    plan_file = safety_plan_file.plan_file_path(profile_path)
    assert plan_file.exists()
    assert plan_file in store.delete_all(None)
    assert not plan_file.exists()


def test_removing_the_passphrase_removes_it_and_protecting_again_writes_it(
    profile_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellness_tui.profile import protect

    monkeypatch.setattr(crypto, "lock_with", lambda keys, passphrase: b"key for " + b"test")
    monkeypatch.setattr(protect, "unlock", lambda profile, passphrase: KEYS)
    monkeypatch.setattr(crypto, "new_keys", lambda: KEYS)
    store = ProfileStore(profile_path, clock)
    a_session(store)
    assert store.close()
    plan_file = safety_plan_file.plan_file_path(profile_path)
    protect.protect(profile_path, "words", clock, safety_plan_readable=True)
    assert PLAN_WORDS.encode() in plan_file.read_bytes()
    protect.unprotect(profile_path, KEYS, clock)
    assert not plan_file.exists()  # the plan is in the plain profile now
    assert ProfileStore(profile_path, clock).profile.settings.safety_plan_readable
    protect.protect(profile_path, "words", clock)  # the choice is asked again: not chosen
    assert not plan_file.exists()
    assert not ProfileStore(profile_path, clock, keys=KEYS).profile.settings.safety_plan_readable


def test_a_line_that_looks_like_a_heading_stays_the_persons_text() -> None:
    profile = Profile.new(AT)
    profile.settings.safety_plan_readable = True
    typed = "## not a heading\n\n[b]bold?[/b] \x1b[31m\n# nor this"
    profile.safety_plan.steps["reasons"] = typed
    plan = safety_plan_file.parse(safety_plan_file.render(profile))
    assert [s.title for s in plan.sections] == ["My reasons to keep going"]
    assert "\n".join(plan.sections[0].lines) == visible(typed)
    assert any("because you chose this" in line for line in plan.about)


@given(
    st.dictionaries(
        st.sampled_from([step.id for step in STEPS]),
        st.text(st.characters(exclude_categories=["Cs"]), max_size=200),
        max_size=len(STEPS),
    )
)
def test_every_plan_reads_back_exactly_as_typed(steps: dict[str, str]) -> None:
    profile = Profile.new(AT)
    profile.safety_plan.steps = steps
    plan = safety_plan_file.parse(safety_plan_file.render(profile))
    written = [(s.title, t.strip("\n")) for s, t in ((s, steps.get(s.id, "")) for s in STEPS)]
    expected = [(title, text) for title, text in written if text.strip()]
    shown = [(section.title, "\n".join(section.lines)) for section in plan.sections]
    # Blank lines at either end of a step are not kept; every other character is (a
    # control character in its visible form).
    assert shown == [(title, visible(text.strip("\n"))) for title, text in expected]


def test_control_characters_are_written_in_their_visible_form_so_cat_is_safe() -> None:
    profile = Profile.new(AT)
    typed = "ring \x1b[2J\x1b]0;owned\x07 Maria \u202eevil\u009b\r"
    profile.safety_plan.steps["on-my-own"] = typed
    profile.contacts.append(Contact(id="c1", name="Jo\x1b[31m", reach="0123\x07"))
    profile.safety_plan.people = ["c1"]
    data = safety_plan_file.render(profile).decode()
    raw = [ch for ch in data if ch != "\n" and (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F)]
    assert raw == [] and "\u202e" not in data
    assert "ring ␛[2J␛]0;owned␇ Maria ⇄evil" in data and "Jo␛[31m" in data
    plan = safety_plan_file.parse(data.encode())
    assert plan.sections[0].lines == [visible(typed)]


def test_the_people_chosen_come_in_the_apps_order_of_steps() -> None:
    profile = Profile.new(AT)
    profile.safety_plan.steps["reasons"] = "Pip the cat"
    profile.safety_plan.steps["warning-signs"] = "I stop eating"
    profile.contacts.append(Contact(id="c1", name="Jo"))
    profile.safety_plan.people = ["c1"]
    plan = safety_plan_file.parse(safety_plan_file.render(profile))
    titles = [
        step.title for step in STEPS if step.id in ("warning-signs", "ask-for-help", "reasons")
    ]
    assert [section.title for section in plan.sections] == titles
    assert plan.sections[1].lines == ["• Jo"]


@pytest.mark.parametrize("damage", ["deleted", "junk", "link"])
def test_opened_with_the_keys_a_missing_or_damaged_file_is_made_again(
    profile_path: Path, clock: FixedClock, tmp_path: Path, damage: str
) -> None:
    store = ProfileStore(profile_path, clock, keys=KEYS)
    a_session(store)
    store.apply(readable(True))
    assert store.close()
    plan_file = safety_plan_file.plan_file_path(profile_path)
    kept = plan_file.read_bytes()
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(kept)
    plan_file.unlink()
    if damage == "junk":
        plan_file.write_bytes(b"junk")
    elif damage == "link":  # the same bytes, but through a link: replaced by the file
        plan_file.symlink_to(elsewhere)
    ProfileStore(profile_path, clock, keys=KEYS)  # opened (the app after unlock), not changed
    assert not plan_file.is_symlink() and plan_file.read_bytes() == kept
    assert stat.S_IMODE(plan_file.stat().st_mode) == 0o600
    assert elsewhere.read_bytes() == kept  # what the link pointed to: untouched
    store = ProfileStore(profile_path, clock, keys=KEYS)
    store.apply(readable(False))
    assert store.close()
    plan_file.write_bytes(kept)  # left behind (say, restored from a backup): not wanted
    ProfileStore(profile_path, clock, keys=KEYS)
    assert not plan_file.exists()


def test_a_look_only_opening_writes_nothing(profile_path: Path, clock: FixedClock) -> None:
    store = ProfileStore(profile_path, clock, keys=KEYS)
    a_session(store)
    store.apply(readable(True))
    assert store.close()
    plan_file = safety_plan_file.plan_file_path(profile_path)
    plan_file.unlink()
    ProfileStore(profile_path, clock, look_only=True, keys=KEYS)
    assert not plan_file.exists()


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"\xff\xfe not text", "not UTF-8"),
        (b"rm -rf /\n## My warning signs\n    x\n", "does not start"),
        (b"# My safety plan\n" + b"x" * (safety_plan_file.LIMIT_BYTES + 1), "larger"),
    ],
)
def test_a_damaged_file_is_said_plainly(data: bytes, why: str) -> None:
    with pytest.raises(safety_plan_file.Unreadable, match=why):
        safety_plan_file.parse(data)


def test_no_file_reads_as_none_and_a_folder_there_as_unreadable(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    assert safety_plan_file.read(profile) is None
    safety_plan_file.plan_file_path(profile).mkdir()
    with pytest.raises(safety_plan_file.Unreadable):
        safety_plan_file.read(profile)


def test_a_link_at_the_plan_file_is_refused_plainly(tmp_path: Path) -> None:
    profile = Profile.new(AT)
    profile.safety_plan.steps["reasons"] = "not the person's plan"
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(safety_plan_file.render(profile))
    safety_plan_file.plan_file_path(tmp_path / "p.json").symlink_to(elsewhere)
    with pytest.raises(safety_plan_file.Unreadable, match="it is a link to another file"):
        safety_plan_file.read(tmp_path / "p.json")


def test_a_linked_profile_has_its_plan_beside_the_real_file(
    tmp_path: Path, clock: FixedClock
) -> None:
    real = tmp_path / "data" / "profile.json"
    link = tmp_path / "link.json"
    store = ProfileStore(real, clock, keys=KEYS)
    store.apply(SetPlanStep("reasons", PLAN_WORDS, AT))
    assert store.close()
    link.symlink_to(real)
    store = ProfileStore(link, clock, keys=KEYS)
    store.apply(readable(True))
    assert store.close()
    assert safety_plan_file.plan_file_path(link) == safety_plan_file.plan_file_path(real)
    plan = safety_plan_file.read(link)  # what the unlock screen, given the link, reads
    assert plan is not None and plan.sections[0].lines == [PLAN_WORDS]
