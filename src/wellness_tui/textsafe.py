"""Showing typed text safely: control characters in a visible form.

A note may contain an escape sequence (pasted by accident, or on purpose);
printed raw it could recolour or clear a terminal. It is stored exactly as
typed and shown with control characters as their Unicode pictures (ESC as ␛).
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "␡"
    return f"<{code:02X}>"  # C1 controls have no pictures


def visible(text: str) -> str:
    """Control characters (other than newline and tab) in a visible form."""
    return _CONTROL.sub(_picture, text)


def one_line(text: str) -> str:
    """Visible, with line breaks and tabs shown as spaces (for lists and tables)."""
    return visible(text).replace("\n", " ⏎ ").replace("\t", " ")
