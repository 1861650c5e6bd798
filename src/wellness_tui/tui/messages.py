"""Messages the app sends to its screens (named for what happened)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from wellness_tui.profile.store import StoreEvent


class ProfileReloaded(Message):
    """Another process changed the profile; the screen copy was refreshed."""


class DayChanged(Message):
    """The user's day rolled over (their day-end hour passed)."""


@dataclass
class StoreReported(Message):
    """The profile writer thread reported something: `event` is one of the store's
    event classes (SaveFailed, Saved, ChangedOnDisk, StoreNotice), carried as it is."""

    event: StoreEvent
