"""The activity planner's starter ideas: `content/activities.toml`, one list per life area.

Read on its own, only when the planner opens (Today never needs it), and checked
like every other content file: a problem is reported as `file:line: message`
and the planner simply shows no starter ideas.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from wellness_tui.library.problems import ContentError, ContentProblem
from wellness_tui.profile.models import Brings, Effort, LifeArea
from wellness_tui.rules import FORBID_EXTRA, Rule

IDEAS_FILE = "activities.toml"

Text = Annotated[str, Rule(strip=True, min_length=1)]


@dataclass(frozen=True, slots=True, kw_only=True)
class StarterIdea:
    __pydantic_config__ = FORBID_EXTRA

    title: Annotated[str, Rule(strip=True, min_length=1, max_length=60)]
    brings: Brings
    effort: Effort


@dataclass(frozen=True, slots=True, kw_only=True)
class StarterArea:
    __pydantic_config__ = FORBID_EXTRA

    id: LifeArea
    title: Text
    hint: Text
    ideas: list[StarterIdea] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class IdeasFile:
    __pydantic_config__ = FORBID_EXTRA

    areas: Annotated[list[StarterArea], Rule(min_length=1)]


@dataclass
class ActivityIdeas:
    areas: list[StarterArea] = field(default_factory=list)
    problems: list[ContentProblem] = field(default_factory=list)

    def area(self, area_id: str) -> StarterArea | None:
        return next((a for a in self.areas if a.id == area_id), None)


def load_activity_ideas(roots: Iterable[Path]) -> ActivityIdeas:
    """The first `activities.toml` found in the content folders (later ones are ignored)."""
    from wellness_tui.library.loader import _read_toml, _validate

    for root in roots:
        path = root / IDEAS_FILE
        if not path.is_file():
            continue
        try:
            data, lines = _read_toml(path)
            parsed = _validate(IdeasFile, data, lines, path=path)
        except ContentError as err:
            return ActivityIdeas(problems=list(err.problems))
        seen: set[str] = set()
        problems = []
        for index, area in enumerate(parsed.areas):
            if area.id in seen:
                line = lines.get(("areas", index), 1)
                problems.append(ContentProblem(path, line, f"life area '{area.id}' used twice"))
            seen.add(area.id)
        if problems:
            return ActivityIdeas(problems=problems)
        return ActivityIdeas(areas=list(parsed.areas))
    return ActivityIdeas()
