"""Showing typed text safely: control characters in a visible form.

A note may contain an escape sequence (pasted by accident, or on purpose);
printed raw it could recolour or clear a terminal. It is stored exactly as
typed and shown with control characters as their Unicode pictures (ESC as ␛).
One character is shown for each one typed, so a cursor in a text field stays
where it belongs.
"""

from __future__ import annotations

import re
import sys
from typing import TextIO

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
BIDI_PICTURE = "⇄"
"""What a bidirectional control (U+202E and the others) is shown as: one visible
character, so a note can never display its text reversed or reordered."""


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0x9F:
        return BIDI_PICTURE
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "␡"
    return "\ufffd"  # C1 controls have no pictures: the replacement character


def visible(text: str) -> str:
    """Control characters (other than newline and tab) in a visible form."""
    return _CONTROL.sub(_picture, text)


def one_line(text: str) -> str:
    """Visible, with line breaks and tabs shown as spaces (for lists and tables)."""
    return visible(text).replace("\n", " ⏎ ").replace("\t", " ")


def shortened(text: str, limit: int) -> str:
    """At most `limit` characters for display, ending in "…" when cut (the saved text
    stays exact: only what is shown is shortened)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def shortened_middle(text: str, limit: int, tail: int = 60) -> str:
    """At most about `limit` characters for display: a very long message keeps its
    start and its last `tail` characters (where it says what to do next)."""
    if len(text) <= limit:
        return text
    return text[: limit - tail - 3].rstrip() + " … " + text[-tail:].lstrip()


def say(*parts: object, file: TextIO | None = None, end: str = "\n") -> None:
    """`print` for the shell commands, whose output quotes typed text (titles, notes,
    file paths): control characters are shown as their pictures there too."""
    print(*(visible(str(part)) for part in parts), file=file or sys.stdout, end=end)
