"""A screen's scrolling text, where Home, End and the page keys arrive almost at once.

Textual animates these scrolls at 50 lines a second: End on get-help (80-odd lines)
crawled for 1.6 s, longer on a busy machine, and a look (or a capture) in that time
found the text and the scroll bar's thumb half-way, as if a thumb had been left behind
until the next key redrew the screen. Here they take at most `KEY_SCROLL_SECONDS`
(nothing at all with reduced motion, which turns animations off).
"""

from __future__ import annotations

from textual.actions import SkipAction
from textual.containers import VerticalScroll

KEY_SCROLL_SECONDS = 0.15


class ScrollBody(VerticalScroll):
    """A VerticalScroll whose Home, End, Page Up and Page Down are quick."""

    def action_scroll_home(self) -> None:
        if not (self.allow_vertical_scroll or self.allow_horizontal_scroll):
            raise SkipAction()
        self.scroll_home(duration=KEY_SCROLL_SECONDS, x_axis=self.scroll_y == 0)

    def action_scroll_end(self) -> None:
        if not (self.allow_vertical_scroll or self.allow_horizontal_scroll):
            raise SkipAction()
        self.scroll_end(duration=KEY_SCROLL_SECONDS, x_axis=self.is_vertical_scroll_end)

    def action_page_up(self) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_page_up(duration=KEY_SCROLL_SECONDS)

    def action_page_down(self) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_page_down(duration=KEY_SCROLL_SECONDS)
