"""A problem found in a content file, reported as `file:line: message`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class ContentProblem:
    path: Path
    line: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else "warning: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"


class ContentError(Exception):
    """Raised while loading one file; carries every problem found in it."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems
