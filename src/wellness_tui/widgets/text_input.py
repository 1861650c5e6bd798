"""A one-line text field that never replaces what is there by surprise.

Textual's Input selects all its text when it gets focus, so the first key
typed after tab replaces a name or a list of tags. Here the cursor goes to the
end instead and typing adds to the text.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input


class TextInput(Input):
    def __init__(self, value: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(value, **kwargs)
