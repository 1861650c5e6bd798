"""Messages the app sends to its screens (named for what happened)."""

from __future__ import annotations

from textual.message import Message


class ProfileReloaded(Message):
    """Another process changed the profile; the screen copy was refreshed."""


class DayChanged(Message):
    """The user's day rolled over (their day-end hour passed)."""


class StoreReported(Message):
    """The profile writer thread reported something (saved, failed, changed, notice)."""

    def __init__(self, kind: str, text: str) -> None:
        super().__init__()
        self.kind = kind
        self.text = text
