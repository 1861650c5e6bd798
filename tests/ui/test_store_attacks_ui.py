"""Issue 13 in the app: what the check-in dialog saves (8)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from wellness_tui.profile.models import CheckIn
from wellness_tui.profile.ops import SetCheckIn
from wellness_tui.tui.app import build_app
from wellness_tui.tui.dialogs.checkin import CheckInDialog

TODAY = date(2026, 11, 25)
STAMP = datetime(2026, 11, 1, 8, 0)


async def test_8_opening_and_closing_the_checkin_changes_nothing(
    open_store, profile_path, library, clock
):
    store = open_store(profile_path)
    days = [TODAY - timedelta(days=n) for n in range(3)]
    for day in days:
        odd = CheckIn(mood=4, sleep_hours=7.123456789, tags=["work, late"], updated=STAMP)
        store.apply(SetCheckIn(day, odd))
    assert store.flush()
    before = {day: store.profile.checkins[day] for day in days}
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CheckInDialog)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        await pilot.press("left_square_bracket")
        await pilot.pause()
        await pilot.press("right_square_bracket")
        await pilot.pause(0.7)
        await pilot.press("escape")
        await pilot.pause()
    assert store.close()
    assert {day: store.profile.checkins[day] for day in days} == before


async def test_8_the_dialog_saves_only_the_field_that_was_changed(
    open_store, profile_path, library, clock
):
    store = open_store(profile_path)
    odd = CheckIn(mood=4, sleep_hours=7.123456789, tags=["work, late"], updated=STAMP)
    store.apply(SetCheckIn(TODAY, odd))
    assert store.flush()
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("6")  # the mood only
        await pilot.pause(0.7)
        await pilot.press("escape")
        await pilot.pause()
    assert store.close()
    saved = store.profile.checkins[TODAY]
    assert saved.mood == 6
    assert saved.sleep_hours == 7.123456789 and saved.tags == ["work, late"]
    assert saved.updated != STAMP
