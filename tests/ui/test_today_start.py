"""The way to Today's first frame does no work twice (how it looks: test_snapshots.py)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile.ops import UpdateSettings
from wellness_tui.tui.app import WellnessApp, build_app
from wellness_tui.tui.screens.today import least_lines
from wellness_tui.tui.themes import DEFAULT_THEME
from wellness_tui.tui.widgets.lists import SteadyOptionList

from .helpers import screen_text


class OneList(App[None]):
    def compose(self) -> ComposeResult:
        yield OptionList()


async def test_least_lines_is_the_lines_of_one_line_rows() -> None:
    """Every pattern of rows and separators (`None`) up to six entries: the count given
    before the first layout is the one the list makes itself when each row is one line."""
    app = OneList()
    async with app.run_test(size=(40, 100)) as pilot:
        option_list = app.query_one(OptionList)
        for n in range(1, 7):
            for pattern in itertools.product((True, False), repeat=n):
                if not any(pattern):
                    continue
                options = [Option("x") if is_row else None for is_row in pattern]
                option_list.set_options(options)
                await pilot.pause()
                assert least_lines(options) == option_list.virtual_size.height, pattern


@pytest.mark.parametrize("theme", [DEFAULT_THEME, "wellness-calm-light", "nord"])
async def test_the_css_is_not_read_again_on_the_way_to_today(
    theme: str,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Textual refreshes all the CSS (parse and apply every rule again) when a mode's
    first screen opens; Today's needs none, its styles are made from the right theme.
    A theme other than the default is set while the app is built, as Textual wants:
    that one refresh is all (it was three reads of the CSS before)."""
    store = open_store(profile_path)
    store.apply(UpdateSettings((("theme", theme),)))
    refreshes: list[bool] = []
    refresh_css = WellnessApp.refresh_css

    def counted(self: WellnessApp, animate: bool = True) -> None:
        refreshes.append(animate)
        refresh_css(self, animate)

    monkeypatch.setattr(WellnessApp, "refresh_css", counted)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == theme
        assert len(refreshes) == (0 if theme == DEFAULT_THEME else 1)
        # The styles are those of the theme chosen, from the first screen on.
        background = app.get_theme(theme)
        assert background is not None
        assert app.screen.styles.background.hex.lower() == str(background.background).lower()


class Rows(App[None]):
    """A list of rows that wrap below 40 columns, as Textual's list or the steady one."""

    def __init__(self, steady: bool) -> None:
        super().__init__()
        self.steady = steady

    def compose(self) -> ComposeResult:
        yield (SteadyOptionList if self.steady else OptionList)(id="rows")

    def on_mount(self) -> None:
        self.query_one(OptionList).set_options(
            Option(f"{n:2} " + " ".join(["a word"] * (n % 7 + 1)), id=f"r{n}") for n in range(40)
        )


async def test_a_steady_list_draws_what_textuals_draws_through_resizes() -> None:
    """The same rows, keys and resizes (widths that wrap rows and widths that do not,
    heights alone, two resizes at once): the steady list shows what Textual's shows."""
    shown: dict[bool, list[str]] = {}
    for steady in (False, True):
        app = Rows(steady)
        shown[steady] = []
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            shown[steady].append(screen_text(app))
            for width, height in ((80, 30), (30, 30), (31, 30), (80, 12), (20, 40)):
                await pilot.resize_terminal(width, height)
                await pilot.pause()
                shown[steady].append(screen_text(app))
            await pilot.press("down", "down", "end")
            await pilot.resize_terminal(25, 24)
            await pilot.resize_terminal(60, 24)
            await pilot.pause()
            shown[steady].append(screen_text(app))
    assert shown[True] == shown[False]
    assert len(set(shown[True])) == len(shown[True])  # each step changed what is shown


async def test_a_steady_list_keeps_its_rows_when_their_width_stays() -> None:
    app = Rows(steady=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = app.query_one(SteadyOptionList)
        cache = rows._option_render_cache

        def drawn() -> dict[object, object]:
            return {key: cache.get(key) for key in list(cache.keys())}

        first = drawn()
        assert first
        await pilot.resize_terminal(80, 30)  # taller: each row as it was
        await pilot.pause()
        taller = drawn()
        assert all(taller[key] is strips for key, strips in first.items())
        await pilot.resize_terminal(50, 30)  # narrower: drawn again at the new width
        await pilot.pause()
        narrower = drawn()
        assert narrower and all(narrower[key] is not taller.get(key) for key in narrower)
