"""The base of every profile operation (see ops.py), kept apart so that the store
and the shell commands can start without building every operation class."""

from __future__ import annotations

from abc import ABC, abstractmethod

from wellness_tui.profile.models import Profile


class Op(ABC):
    """A change to a profile: `apply` changes it in place, deterministically."""

    @abstractmethod
    def apply(self, profile: Profile) -> None: ...

    def may_change_safety_plan(self) -> bool:
        """Whether this change can change what the readable copy of the safety plan
        holds (profile/safety_plan_file.py): the store's quick shell save then builds
        its copy of the profile to keep that file right. False for a tick or a check-in."""
        return False


class Refresh(Op):
    """Changes nothing; asks the store to look for changes made by others."""

    def apply(self, profile: Profile) -> None:
        return None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Refresh)

    def __hash__(self) -> int:
        return hash(Refresh)
