"""The self-check at 80x24 (an item, item 9's safety screen), the trend on Progress with
three months of generated self-checks (fixed clock), and the report's opt-in section."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Input

from tests.selfcheck_data import seed_selfchecks
from tests.typing_helpers import OpenStore, SnapCompare
from tests.ui.helpers import screen_as
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.tui.app import WellnessApp, build_app
from wellness_tui.tui.dialogs.form import FormDialog
from wellness_tui.tui.screens.progress import ProgressScreen
from wellness_tui.tui.screens.selfcheck import SelfCheckScreen
from wellness_tui.tui.widgets.check_list import CheckList
from wellness_tui.tui.widgets.symbols import plain_symbols

from .helpers import screen_text


async def _answer(pilot: Pilot[Any], *values: int) -> None:
    for value in values:
        await pilot.press(str(value))
        await pilot.pause()


def test_snapshot_an_item(
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    app = build_app(open_store(profile_path), library, clock)

    async def before(pilot: Pilot[Any]) -> Any:
        await app.push_screen(SelfCheckScreen("phq9"))
        await pilot.pause()
        await _answer(pilot, 1, 2)
        text = screen_text(app)
        assert "3 of 9. Trouble falling or staying asleep" in text
        assert "Not at all" in text and "Nearly every day" in text

    assert snap_compare(app, terminal_size=(80, 24), run_before=before)


def test_snapshot_item_nine_safety_screen(
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)

    async def before(pilot: Pilot[Any]) -> Any:
        await app.push_screen(SelfCheckScreen("phq9"))
        await pilot.pause()
        await _answer(pilot, 0, 0, 1, 1, 0, 0, 0, 0, 2)
        text = screen_text(app)
        assert 'you answered "More than half the days"' in text
        assert "cannot contact anyone" in text and "today" in text
        assert "range" not in text and store.profile.selfchecks == []

    assert snap_compare(app, terminal_size=(80, 24), run_before=before)


def test_snapshot_trend_on_progress(
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    store = open_store(profile_path)
    seed_selfchecks(store)
    app = build_app(store, library, clock)

    async def before(pilot: Pilot[Any]) -> Any:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        text = screen_text(app)
        assert "A score is not a diagnosis. Bring it to your care team." in text
        line, mark = ("+--", "^") if plain_symbols(app) else ("┤┈┈", "▲")
        assert f"20 {line}" in text and f"15 {line}" in text and f" 5 {line}" in text
        assert "19 (02 Sep) · 17 · 16 · 12 · 11 · 8 · 7 (25 Nov)" in text
        assert f"          {mark}" in text

    assert snap_compare(app, terminal_size=(80, 24), run_before=before)


async def _phq9(app: WellnessApp, pilot: Pilot[Any], *answers: int) -> None:
    await app.push_screen(SelfCheckScreen("phq9"))
    await pilot.pause()
    await _answer(pilot, *answers)
    await pilot.press("enter")  # the difficulty question may be left out
    await pilot.pause()
    assert "The trend is on Progress" in screen_text(app)
    await pilot.press("enter")
    await pilot.pause()


def _selfchecks_text(app: WellnessApp) -> str:
    screen = app.screen
    assert isinstance(screen, ProgressScreen)
    return str(screen.query_one("#selfchecks").render())


@pytest.mark.slow
async def test_the_trend_shows_after_two_finished_checks(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    now = clock.now()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(ProgressScreen())
        await pilot.pause()
        assert "after two of one kind" in _selfchecks_text(app)
        app.pop_screen()
        clock.set(now - timedelta(days=14))
        await _phq9(app, pilot, 2, 2, 2, 2, 2, 2, 1, 1, 0)
        clock.set(now)
        await app.push_screen(ProgressScreen())
        await pilot.pause()
        text = _selfchecks_text(app)
        assert "One so far: 14 on 11 Nov, a score in the moderate range" in text
        assert "|" not in text and "│" not in text  # no chart yet
        app.pop_screen()
        await _phq9(app, pilot, 1, 1, 1, 1, 1, 1, 0, 0, 0)
        await app.push_screen(ProgressScreen())
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        text = _selfchecks_text(app)
        point = "o" if plain_symbols(app) else "●"
        rows = [line for line in text.splitlines() if line[3:4] in ("|", "│", "+", "┤")]
        chart = "\n".join(line[4 : 4 + 48] for line in rows)  # the band names left out
        assert chart.count(point) == 2 and "14 (11 Nov) · 6 (25 Nov)" in text
        assert 'which studies call a "response"' in text
        assert "A score is not a diagnosis" in screen_text(app)
        body = app.screen.query_one("#progress-body", VerticalScroll)
        assert body.scroll_y > 0  # s went to the self-checks
    assert len(store.profile.selfchecks) == 2


async def _write_report(app: WellnessApp, pilot: Pilot[Any], target: Path, *choose: str) -> str:
    app.action_write_report()
    await pilot.pause()
    dialog = screen_as(app, FormDialog)
    dialog.query_one("#field-path", Input).value = str(target)
    for field in choose:
        options = dialog.query_one(f"#field-{field}", CheckList)
        options.focus()
        options.highlighted = 1  # "Include"
        options.action_switch()
    dialog.action_save()
    await pilot.pause()
    return target.read_text()


async def test_the_report_form_adds_the_section_and_answers_only_when_chosen(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    store = open_store(profile_path)
    seed_selfchecks(store)
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        plain = await _write_report(app, pilot, tmp_path / "a.html")
        assert "Self-checks" not in plain and "PHQ-9" not in plain
        scores = await _write_report(app, pilot, tmp_path / "b.html", "selfchecks")
        assert "<h2>Self-checks</h2>" in scores and "7 of 27, mild range" in scores
        assert "Thoughts that you would be better off dead" not in scores
        both = await _write_report(
            app, pilot, tmp_path / "c.html", "selfchecks", "selfcheck_answers"
        )
        assert "Item by item (private" in both
        assert "Thoughts that you would be better off dead" in both
