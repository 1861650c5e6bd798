"""What every screen needs: the profile store, the content library and the clock."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal, Protocol, cast

from wellness_tui.clock import Clock, logical_day
from wellness_tui.library import Library
from wellness_tui.profile.models import Profile
from wellness_tui.profile.op_base import Op
from wellness_tui.profile.store import ProfileStore

UNDO_DEPTH = 20


@dataclass
class Context:
    store: ProfileStore
    library: Library
    clock: Clock
    undo_stack: list[tuple[str, Op]] = field(default_factory=list)
    """(what was done, the operation that undoes it), newest last."""
    saved_elsewhere: list[Path] = field(default_factory=list)
    """Files written this session outside the profile's folder (reports, scripts): delete-all
    does not remove them, and names them."""

    @property
    def profile(self) -> Profile:
        return self.store.profile

    def today(self) -> date:
        """The user's current day, honouring their day-end hour."""
        return logical_day(self.clock.now(), self.profile.settings.day_end_hour)

    not_saved: Callable[[], None] | None = None
    """Called when a change cannot be saved (a read-only profile): the app says so."""

    def apply(self, op: Op) -> None:
        self.store.apply(op)
        if self.store.read_only and self.not_saved is not None:
            self.not_saved()

    def change_habit(self, habit_id: str, ops: list[Op], done: str) -> None:
        """Apply changes to one habit, remembering how to undo just those changes."""
        # Imported here: building the ~25 operation classes costs ~10 ms, which every
        # start-up would pay; the first change pays it instead.
        from wellness_tui.core.habit_undo import undo_op

        habits = self.profile.habits
        index = next((i for i, h in enumerate(habits) if h.id == habit_id), None)
        before = copy.deepcopy(habits[index]) if index is not None else None
        for op in ops:
            self.apply(op)
        self.undo_stack.append((done, undo_op(habit_id, before, index, self.profile)))
        del self.undo_stack[:-UNDO_DEPTH]

    def undo(self) -> str | None:
        """Undo the last habit change; returns what was undone, or None."""
        if not self.undo_stack:
            return None
        done, op = self.undo_stack.pop()
        self.apply(op)
        return done


class AppHost(Protocol):
    """What screens, dialogs and the palette ask of the app. WellnessApp (tui/app.py)
    provides it; they reach it through `host(self.app)`, never through the App class
    itself, so nothing below the app imports it (no import circle)."""

    ctx: Context

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: Literal["information", "warning", "error"] = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...

    def push_screen(self, screen: Any, callback: Any = None) -> Any: ...

    def open_screen(self, make: Callable[[], Any]) -> None: ...

    def action_checkin(self) -> None: ...

    def action_import_history(self) -> None: ...

    def delete_everything(self) -> None: ...


def host(app: object) -> AppHost:
    """The running app, as screens may use it."""
    return cast(AppHost, app)
