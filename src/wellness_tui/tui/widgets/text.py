"""Text a user typed is data, never markup.

Everything shown from the profile goes through these helpers, which build
`rich.text.Text` objects (never parsed for `[markup]`) and show control
characters in a visible form (ESC as ␛), so a note containing `[/]` or an
escape sequence shows exactly as typed and can neither break the screen nor
become clickable.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
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


def hanging(mark: str, body: Text) -> Table:
    """A list line: `mark` (e.g. "  ○ ", " 1. "), then `body`, whose wrapped lines start
    under the body's first letter, not at column 1."""
    label = mark.rstrip(" ")
    return labelled(Text(label), body, Text(label).cell_len)


def labelled(label: Text, body: Text, width: int) -> Table:
    """A label in a column of its own, its text wrapping beside it."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=width, no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(label, body)
    return grid
