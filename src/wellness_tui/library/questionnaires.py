"""The self-check questionnaires (PHQ-9, GAD-7), read from `content/questionnaires/`.

These are published questionnaires: their words live in the content files,
never in code, and are shown exactly as written there (see
docs/content-notes/questionnaires.md). Loading checks their shape and reports
problems as `file:line: message`, like the lesson loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated

from wellness_tui import paths
from wellness_tui.library.problems import ContentError, ContentProblem
from wellness_tui.rules import FORBID_EXTRA, Rule

FOLDER = "questionnaires"
IDS = ("phq9", "gad7")

Text = Annotated[str, Rule(min_length=1)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    __pydantic_config__ = FORBID_EXTRA

    value: Annotated[int, Rule(ge=0, le=3)]
    text: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    __pydantic_config__ = FORBID_EXTRA

    number: Annotated[int, Rule(ge=1)]
    text: Text
    safety: bool = False
    """Any answer above the lowest shows the crisis lines right after this item."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Difficulty:
    __pydantic_config__ = FORBID_EXTRA

    text: Text
    options: Annotated[list[Text], Rule(min_length=4, max_length=4)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Band:
    __pydantic_config__ = FORBID_EXTRA

    low: Annotated[int, Rule(ge=0)]
    high: Annotated[int, Rule(ge=0)]
    label: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Questionnaire:
    __pydantic_config__ = FORBID_EXTRA

    id: Text
    title: Text
    name: Text
    about: Text
    instruction: Text
    attribution: Text
    source: Text
    checked: date
    options: Annotated[list[Option], Rule(min_length=4, max_length=4)]
    items: Annotated[list[Item], Rule(min_length=1)]
    bands: Annotated[list[Band], Rule(min_length=1)]
    difficulty: Difficulty | None = None

    @property
    def max_score(self) -> int:
        return 3 * len(self.items)

    @property
    def safety_items(self) -> tuple[int, ...]:
        """Numbers of the items whose answer above 0 shows the crisis lines."""
        return tuple(item.number for item in self.items if item.safety)

    def band(self, total: int) -> Band:
        return next(b for b in self.bands if b.low <= total <= b.high)


def load_questionnaire(path: Path) -> Questionnaire:
    """One questionnaire file, checked; raises ContentError with file:line problems."""
    from wellness_tui.library.loader import _read_toml, _validate

    data, lines = _read_toml(path)
    found = _validate(Questionnaire, data, lines, path=path)
    _check(found, path, lines)
    return found


def _check(q: Questionnaire, path: Path, lines: dict[tuple[str | int, ...], int]) -> None:
    from wellness_tui.library.toml_lines import line_of

    problems: list[ContentProblem] = []
    if path.stem != q.id:
        problems.append(
            ContentProblem(path, line_of(lines, ("id",)), f"id '{q.id}' must match the file name")
        )
    if [o.value for o in q.options] != [0, 1, 2, 3]:
        problems.append(
            ContentProblem(
                path,
                line_of(lines, ("options",)),
                "the options must have the values 0, 1, 2, 3 in order",
            )
        )
    for index, item in enumerate(q.items):
        if item.number != index + 1:
            problems.append(
                ContentProblem(
                    path,
                    line_of(lines, ("items", index, "number")),
                    f"item {index + 1} is numbered {item.number}; number them 1, 2, 3... in order",
                )
            )
    expected = 0
    for index, band in enumerate(q.bands):
        if band.low != expected or band.high < band.low:
            problems.append(
                ContentProblem(
                    path,
                    line_of(lines, ("bands", index, "low")),
                    f"band '{band.label}' must start at {expected} and not end before it starts",
                )
            )
        expected = band.high + 1
    if expected - 1 != q.max_score:
        problems.append(
            ContentProblem(
                path,
                line_of(lines, ("bands", len(q.bands) - 1, "high")),
                f"the bands must end at the highest score, {q.max_score}",
            )
        )
    if problems:
        raise ContentError(problems)


def load_questionnaires(roots: list[Path]) -> tuple[dict[str, Questionnaire], list[ContentProblem]]:
    """Both questionnaires from the first content folder that has each; problems kept."""
    found: dict[str, Questionnaire] = {}
    problems: list[ContentProblem] = []
    for qid in IDS:
        for root in roots:
            path = root / FOLDER / f"{qid}.toml"
            if not path.is_file():
                continue
            try:
                found[qid] = load_questionnaire(path)
            except ContentError as err:
                problems.extend(err.problems)
            break
        else:
            problems.append(
                ContentProblem(Path(FOLDER) / f"{qid}.toml", 1, "questionnaire file not found")
            )
    return found, problems


_PROGRAM: dict[str, Questionnaire] | None = None


def program_questionnaires() -> dict[str, Questionnaire]:
    """The questionnaire texts: from the content folders, else the program's own copy
    (read once; a questionnaire that cannot be read is left out)."""
    global _PROGRAM
    if _PROGRAM is None:
        roots: list[Path] = list(paths.content_dirs())
        packaged = paths.packaged_content_dir()
        if packaged is not None and packaged not in roots:
            roots.append(packaged)
        _PROGRAM, _problems = load_questionnaires(roots)
    return _PROGRAM
