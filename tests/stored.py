"""Reading a profile as saved: the JSON checkpoint + its change journal (journal.py).

A shell command only appends to the journal, so a test that looks at what was saved
reads both, the way the program does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wellness_tui.profile.codec import encode
from wellness_tui.profile.store import ProfileStore


def stored_json(path: Path) -> Any:
    """The saved profile as JSON data (checkpoint + journal), like the file's own."""
    store = ProfileStore(path, look_only=True)
    assert not store.notices, store.notices
    return json.loads(encode(store.profile))
