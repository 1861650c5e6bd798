"""Text a user typed is data, never markup.

Everything shown from the profile goes through these helpers, which build
`rich.text.Text` objects (never parsed for `[markup]`) and show control
characters in a visible form (ESC as ␛), so a note containing `[/]` or an
escape sequence shows exactly as typed and can neither break the screen nor
become clickable.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from wellness_tui.textsafe import visible


def literal(text: str, style: str = "") -> Text:
    return Text(visible(text), style=style)


def row(*parts: str | tuple[str, str]) -> Text:
    """Text.assemble of literal parts: "plain" or ("text", "style")."""
    out = Text()
    for part in parts:
        if isinstance(part, tuple):
            out.append(visible(part[0]), style=part[1] or None)
        else:
            out.append(visible(part))
    return out


def two_line(head: RenderableType, body: Text, body_indent: int) -> Group:
    """A heading line and an indented body whose wrapped lines keep the indent."""
    return Group(head, Padding(body, (0, 0, 0, body_indent)))


def indented(text: Text, left: int) -> Padding:
    """Wrapped lines keep the indent (a hanging indent for list-like rows)."""
    return Padding(text, (0, 0, 0, left))


def hanging(mark: str, body: Text) -> Beside:
    """A list line: `mark` (e.g. "  ○ ", " 1. "), then `body`, whose wrapped lines start
    under the body's first letter, not at column 1."""
    label = mark.rstrip(" ")
    return labelled(Text(label), body, Text(label).cell_len)


def labelled(label: Text, body: Text, width: int) -> Beside:
    """A label in a column of its own, its text wrapping beside it."""
    return Beside(label, body, width)


class Beside:
    """`label` in a column `width` cells wide (never wrapped), one space, then `body`
    wrapping in the rest: the lines a two-column `Table.grid(padding=(0, 1))` draws, at a
    fraction of the cost (Today measures and draws ~30 of these before its first frame)."""

    def __init__(self, label: Text, body: Text, width: int) -> None:
        self.label, self.body, self.width = label, body, width
        # The lines drawn at each width: an option list asks for the same lines again
        # and again (to measure, then in each style and at each resize).
        self._drawn: dict[tuple[object, ...], list[RenderableType | Segment]] = {}

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        body = Measurement.get(console, options, self.body)
        extra = self.width + 1
        return Measurement(body.minimum + extra, body.maximum + extra)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        key = (options.max_width, options.no_wrap, options.encoding, options.legacy_windows)
        if (drawn := self._drawn.get(key)) is None:
            drawn = self._drawn[key] = list(self._draw(console, options))
        yield from drawn

    def _draw(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = self.width
        room = options.max_width - width - 1
        if room < NARROW:  # the table's own way of giving up room, rarely needed
            yield self.as_table()
            return
        label = console.render_lines(
            self.label,
            options.update(
                width=width, justify="left", no_wrap=True, overflow="ellipsis", height=None
            ),
            pad=True,
        )
        # As the table sizes a column: no wider than its widest line needs.
        needed = Measurement.get(console, options.update_width(room), self.body).maximum
        room = max(1, min(room, needed))
        body = console.render_lines(
            self.body,
            options.update(width=room, justify="left", overflow="ellipsis", height=None),
            pad=True,
        )
        height = max(len(label), len(body))
        plain = Style()
        gap, new_line = Segment(" ", plain), Segment.line()
        for left, right in zip(
            Segment.set_shape(label, width, height, plain),
            Segment.set_shape(body, room, height, plain),
            strict=True,
        ):
            yield from left
            yield gap
            yield from right
            yield new_line

    def as_table(self) -> Table:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=self.width, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(self.label, self.body)
        return grid


NARROW = 8
"""Below this many cells for the text beside the label, the table lays it out."""
