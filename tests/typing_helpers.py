"""Types of the shared fixtures (tests/conftest.py, tests/ui/conftest.py) and a narrowing helper,
so the tests pass `mypy --strict` like the package does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from wellness_tui.profile.store import ProfileStore

T = TypeVar("T")


class OpenStore(Protocol):
    """The `open_store` fixture: opens a store on a path, closed at the end of the test."""

    def __call__(self, path: Path, *, welcomed: bool = True) -> ProfileStore: ...


# The `snap_compare` fixture (pytest-textual-snapshot, wrapped in tests/ui/conftest.py).
SnapCompare = Callable[..., bool]


def present(value: T | None) -> T:
    """The value a test expects to be there (a habit by id, an operation): fails if it is None."""
    assert value is not None
    return value
