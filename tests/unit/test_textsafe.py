"""visible(): control characters become pictures, one for one; nothing else changes."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from wellness_tui.textsafe import one_line, visible


@given(st.text())
def test_visible_text_has_no_control_characters_and_keeps_its_length(text: str) -> None:
    shown = visible(text)
    assert len(shown) == len(text)  # a text field's cursor stays in step
    assert all(c in "\n\t" or unicodedata.category(c) != "Cc" for c in shown)
    for typed, seen in zip(text, shown, strict=True):
        if typed in "\n\t" or unicodedata.category(typed) != "Cc":
            assert typed == seen  # everything else exactly as typed


@given(st.text())
def test_one_line_is_one_line(text: str) -> None:
    assert "\n" not in one_line(text) and "\t" not in one_line(text)


def test_pictures() -> None:
    assert visible("\x1b[31m\x00\x7f\x9b") == "␛[31m␀␡\ufffd"


def test_19_bidirectional_controls_are_shown_visibly() -> None:
    controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    shown = visible("abc\u202edcba" + controls)
    assert shown == "abc⇄dcba" + "⇄" * len(controls)
    assert len(shown) == len("abc\u202edcba" + controls)
