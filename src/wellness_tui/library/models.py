"""Models of the lesson content: plain dataclasses, validated with pydantic when read.

Every lesson, prompt, question and habit has a stable id written in its file,
so editing, adding or reordering content never orphans anyone's answers.
Unknown keys are errors, so a typo in a file is reported instead of ignored.

The annotations are evaluated at import, as profile/models.py's are (see there).
"""

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated

from wellness_tui.rules import FORBID_EXTRA, Rule
from wellness_tui.targets import Target

Id = Annotated[str, Rule(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", min_length=1, max_length=80)]
"""Lower-case letters, digits and single dashes, e.g. "sleep-wind-down"."""
Text = Annotated[str, Rule(strip=True, min_length=1)]

# Content is read-only (frozen) and unknown keys are errors (FORBID_EXTRA).


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """A public source the module's facts rest on."""

    __pydantic_config__ = FORBID_EXTRA

    title: Text
    publisher: Text
    url: Text
    checked: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class HabitSuggestion:
    """A small, concrete habit a module suggests."""

    __pydantic_config__ = FORBID_EXTRA

    id: Id
    title: Text
    why: Text
    target: Target = field(default_factory=Target)


@dataclass(frozen=True, slots=True, kw_only=True)
class Prompt:
    """A reflection question; the user's answer is saved under its id."""

    __pydantic_config__ = FORBID_EXTRA

    id: Id
    text: Text
    hint: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Choice:
    __pydantic_config__ = FORBID_EXTRA

    id: Id
    text: Text
    correct: bool = False
    explanation: Text
    """Shown after this choice is picked: why it is right, or what to consider."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """A knowledge check: never scored and never blocking progress."""

    __pydantic_config__ = FORBID_EXTRA

    id: Id
    text: Text
    choices: Annotated[list[Choice], Rule(min_length=2, max_length=6)]

    def __post_init__(self) -> None:
        if not any(c.correct for c in self.choices):
            raise ValueError("no choice is marked correct = true")
        ids = [c.id for c in self.choices]
        if len(set(ids)) != len(ids):
            raise ValueError("two choices share an id")


@dataclass(frozen=True, slots=True, kw_only=True)
class Activity:
    """The lesson's small "try this" activity (Markdown)."""

    __pydantic_config__ = FORBID_EXTRA

    title: Text = "Try this"
    text: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """A part of a lesson under one `##` heading; the unit of resuming."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    title: str
    markdown: str
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Lesson:
    __pydantic_config__ = FORBID_EXTRA

    id: Id
    title: Text
    minutes: Annotated[int, Rule(ge=1, le=60)]
    note: str = ""
    """Optional note shown at the top, e.g. "education, not medical advice" in treatment lessons."""
    activity: Activity
    prompts: Annotated[list[Prompt], Rule(min_length=1)]
    questions: list[Question] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    path: Path = Path()
    module_id: str = ""

    @property
    def word_count(self) -> int:
        return sum(len(s.markdown.split()) for s in self.sections)


@dataclass(frozen=True, slots=True, kw_only=True)
class ModuleMeta:
    """What `module.toml` holds."""

    __pydantic_config__ = FORBID_EXTRA

    id: Id
    title: Text
    summary: Text
    order: int
    note: Text = (
        "This is general education, not medical advice. Decisions about your "
        "treatment belong with you and your clinician."
    )
    habits: list[HabitSuggestion] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class HabitRef:
    """A `[[habits]]` entry with only `ref = "<habit id>"`: a habit defined in another module.

    The module lists that same habit (same id), so it can be adopted only once.
    """

    ref: str
    position: int
    """Where it sits among the module's habits."""
    line: int
    """The line of its `[[habits]]` entry in module.toml, for `file:line` problems."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Module:
    __pydantic_config__ = FORBID_EXTRA

    meta: ModuleMeta
    lessons: tuple[Lesson, ...]
    path: Path
    habit_refs: tuple[HabitRef, ...] = ()
    """Shared habits listed here but defined elsewhere (already in `meta.habits` once loaded)."""

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title


@dataclass(frozen=True, slots=True, kw_only=True)
class CrisisLine:
    """One crisis resource shown on the get-help screen."""

    __pydantic_config__ = FORBID_EXTRA

    name: Text
    region: Text
    how: Text
    """How to reach it, e.g. "Call or text 988"."""
    notes: str = ""
    source: Text
    checked: date


@dataclass(frozen=True, slots=True, kw_only=True)
class CrisisFile:
    __pydantic_config__ = FORBID_EXTRA

    lines: Annotated[list[CrisisLine], Rule(min_length=1)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Blank:
    __pydantic_config__ = FORBID_EXTRA

    id: Id
    label: Text
    hint: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Script:
    """A fill-in-the-blank phrasing; blanks are written {blank_id} in the text."""

    __pydantic_config__ = FORBID_EXTRA

    id: Id
    title: Text
    text: Text
    blanks: Annotated[list[Blank], Rule(min_length=1)]

    def __post_init__(self) -> None:
        used = set(re.findall(r"\{([a-z0-9_-]+)\}", self.text))
        defined = [b.id for b in self.blanks]
        if len(set(defined)) != len(defined):
            raise ValueError("two blanks share an id")
        if missing := sorted(used - set(defined)):
            raise ValueError(f"the text uses blanks with no [[scripts.blanks]] entry: {missing}")
        if unused := sorted(set(defined) - used):
            raise ValueError(f"blanks never used in the text: {unused}")

    def filled(self, values: dict[str, str]) -> str:
        """The text with each blank replaced by its value, or [its label] if empty."""
        labels = {b.id: b.label for b in self.blanks}

        def fill(match: re.Match[str]) -> str:
            value = values.get(match.group(1), "").strip()
            return value or f"[{labels[match.group(1)].lower()}]"

        return re.sub(r"\{([a-z0-9_-]+)\}", fill, " ".join(self.text.split()))


@dataclass(frozen=True, slots=True, kw_only=True)
class ScriptsFile:
    __pydantic_config__ = FORBID_EXTRA

    scripts: Annotated[list[Script], Rule(min_length=1)]


def split_sections(lesson_title: str, body: str, first_line: int) -> list[Section]:
    """Split a lesson's Markdown at its `##` headings.

    Text before the first heading is the "start" section. Ids are slugs of
    the headings, so a saved reading position survives reflowing the text.
    """
    sections: list[Section] = []
    title, line_no = lesson_title, first_line
    buf: list[str] = []
    seen: dict[str, int] = {}

    def close() -> None:
        text = "\n".join(buf).strip()
        if not text and not sections and title == lesson_title:
            return
        slug = "start" if title == lesson_title and not sections else _slug(title)
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        sections.append(
            Section(
                id=slug if n == 0 else f"{slug}-{n + 1}", title=title, markdown=text, line=line_no
            )
        )

    for offset, raw in enumerate(body.splitlines()):
        match = re.match(r"^##\s+(.+?)\s*#*\s*$", raw)
        if match and not raw.startswith("###"):
            close()
            title, line_no, buf = match.group(1), first_line + offset, []
        else:
            buf.append(raw)
    close()
    return sections


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "section"
