"""Whether to draw with plain ASCII symbols and no colour (NO_COLOR, few colours)."""

from __future__ import annotations

import os
from typing import Any

from textual.app import App


def plain_symbols(app: App[Any]) -> bool:
    """True when NO_COLOR is set or the terminal has only a few colours."""
    if os.environ.get("NO_COLOR"):
        return True
    system = app.console.color_system
    return system is None or system == "standard"
