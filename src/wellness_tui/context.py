"""What every screen needs: the profile store, the content library and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wellness_tui.clock import Clock, logical_day
from wellness_tui.library import Library
from wellness_tui.profile.models import Profile
from wellness_tui.profile.ops import Op
from wellness_tui.profile.store import ProfileStore


@dataclass
class Context:
    store: ProfileStore
    library: Library
    clock: Clock

    @property
    def profile(self) -> Profile:
        return self.store.profile

    def today(self) -> date:
        """The user's current day, honouring their day-end hour."""
        return logical_day(self.clock.now(), self.profile.settings.day_end_hour)

    def apply(self, op: Op) -> None:
        self.store.apply(op)
