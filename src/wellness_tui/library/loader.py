"""Load content folders into a `Library`.

A content folder holds `crisis.toml` and one folder per module. A module
folder holds `module.toml` and one Markdown file per lesson (read in file-name
order), each starting with TOML front matter between `+++` lines.

Broken content never stops the app: a module whose files do not validate is
left out, and every problem is kept with its file and line for the user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from wellness_tui.library.crisis import fallback_crisis_lines
from wellness_tui.library.models import (
    CrisisFile,
    CrisisLine,
    HabitRef,
    HabitSuggestion,
    Lesson,
    Module,
    ModuleMeta,
    Script,
    ScriptsFile,
    split_sections,
)
from wellness_tui.library.problems import ContentError, ContentProblem

MODULE_FILE = "module.toml"
CRISIS_FILE = "crisis.toml"
SCRIPTS_FILE = "scripts.toml"
FRONT_MATTER = "+++"

M = TypeVar("M")


@dataclass
class Library:
    """Every module that loaded, in order, and every problem found on the way."""

    modules: list[Module] = field(default_factory=list)
    problems: list[ContentProblem] = field(default_factory=list)
    crisis_lines: list[CrisisLine] = field(default_factory=fallback_crisis_lines)
    crisis_from_file: bool = False
    scripts: list[Script] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lessons: dict[str, tuple[Module, Lesson]] = {}
        self._habits: dict[str, tuple[Module, HabitSuggestion]] = {}
        self._index()

    def _index(self) -> None:
        self._lessons = {ls.id: (m, ls) for m in self.modules for ls in m.lessons}
        # A shared habit is found under the module that defines it, not one that refers to it.
        self._habits = {
            h.id: (m, h)
            for m in self.modules
            for h in m.meta.habits
            if h.id not in {r.ref for r in m.habit_refs}
        }

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)

    def lesson(self, lesson_id: str) -> tuple[Module, Lesson] | None:
        return self._lessons.get(lesson_id)

    def habit_suggestion(self, habit_id: str) -> tuple[Module, HabitSuggestion] | None:
        return self._habits.get(habit_id)

    def neighbour(self, lesson_id: str, step: int) -> Lesson | None:
        """The lesson `step` places away within the same module, if any."""
        found = self.lesson(lesson_id)
        if found is None:
            return None
        module, lesson = found
        index = module.lessons.index(lesson) + step
        return module.lessons[index] if 0 <= index < len(module.lessons) else None

    @property
    def errors(self) -> list[ContentProblem]:
        return [p for p in self.problems if p.severity == "error"]


def load_library(roots: Iterable[Path]) -> Library:
    """Load every content folder in `roots`; later folders may add modules.

    A root may also be a single module folder (handy for checking one module).
    """
    dirs = list(roots)
    modules: list[Module] = []
    problems: list[ContentProblem] = []
    crisis: list[CrisisLine] | None = None
    scripts: list[Script] = []
    seen_ids: dict[str, Path] = {}
    for root in dirs:
        if not root.is_dir():
            problems.append(ContentProblem(root, 1, "content folder not found"))
            continue
        crisis_path = root / CRISIS_FILE
        if crisis is None and crisis_path.exists():
            try:
                crisis = load_crisis(crisis_path)
            except ContentError as err:
                problems.extend(err.problems)
        scripts_path = root / SCRIPTS_FILE
        if scripts_path.exists():
            try:
                more = _validate(ScriptsFile, *_read_toml(scripts_path), path=scripts_path)
            except ContentError as err:
                problems.extend(err.problems)
            else:
                known = {s.id for s in scripts}
                scripts += [s for s in more.scripts if s.id not in known]
        folders = (
            [root]
            if (root / MODULE_FILE).is_file()
            else sorted(p for p in root.iterdir() if p.is_dir())
        )
        for folder in folders:
            if not (folder / MODULE_FILE).is_file():
                continue
            try:
                module = load_module(folder)
                _claim_ids(module, seen_ids)
            except ContentError as err:
                problems.extend(err.problems)
                continue
            modules.append(module)
    single_modules = all((r / MODULE_FILE).is_file() for r in dirs)
    modules = _resolve_habit_refs(modules, problems, lenient=single_modules)
    if (
        crisis is None
        and not single_modules
        and not any(p.path.name == CRISIS_FILE for p in problems)
    ):
        problems.append(
            ContentProblem(Path(CRISIS_FILE), 1, "no crisis file found; using the built-in list")
        )
    modules.sort(key=lambda m: (m.meta.order, m.id))
    library = Library(modules=modules, problems=problems, scripts=scripts)
    if crisis is not None:
        library.crisis_lines, library.crisis_from_file = crisis, True
    return library


def _resolve_habit_refs(
    modules: list[Module], problems: list[ContentProblem], *, lenient: bool
) -> list[Module]:
    """Put each shared habit a module refers to (`ref = "..."`) into its list of habits.

    An unknown ref leaves the module out, like any other error. When only single
    module folders are checked, the module that defines it may simply not be
    loaded, so the ref is then left out with a warning instead.
    """
    defined = {
        h.id: h for m in modules for h in m.meta.habits if h.id not in {r.ref for r in m.habit_refs}
    }
    resolved: list[Module] = []
    for module in modules:
        if not module.habit_refs:
            resolved.append(module)
            continue
        habits = list(module.meta.habits)
        errors = []
        for ref in module.habit_refs:  # in file order, so each position is already right
            habit = defined.get(ref.ref)
            where = module.path / MODULE_FILE
            if habit is None:
                errors.append(
                    ContentProblem(
                        where,
                        ref.line,
                        f"habit ref '{ref.ref}' is not a habit defined in any module",
                        severity="warning" if lenient else "error",
                    )
                )
            elif any(h.id == habit.id for h in habits):
                errors.append(
                    ContentProblem(where, ref.line, f"habit '{ref.ref}' is listed twice here")
                )
            else:
                habits.insert(min(ref.position, len(habits)), habit)
        problems.extend(errors)
        if any(e.severity == "error" for e in errors):
            continue
        kept = tuple(r for r in module.habit_refs if r.ref in {h.id for h in habits})
        resolved.append(replace(module, meta=replace(module.meta, habits=habits), habit_refs=kept))
    return resolved


def _claim_ids(module: Module, seen: dict[str, Path]) -> None:
    """Module, lesson and habit ids must be unique across all loaded content."""
    problems = []
    claims = [(f"module id '{module.id}'", module.path / MODULE_FILE)]
    claims += [(f"lesson id '{ls.id}'", ls.path) for ls in module.lessons]
    claims += [(f"habit id '{h.id}'", module.path / MODULE_FILE) for h in module.meta.habits]
    for what, path in claims:
        if what in seen:
            problems.append(ContentProblem(path, 1, f"{what} is already used in {seen[what]}"))
    if problems:
        raise ContentError(problems)
    for what, path in claims:
        seen[what] = path


def load_module(folder: Path) -> Module:
    """One module; its habit refs are put in place by `load_library`, which sees every module."""
    meta_path = folder / MODULE_FILE
    data, lines = _read_toml(meta_path)
    data, lines, refs = _take_habit_refs(data, lines, meta_path)
    meta = _validate(ModuleMeta, data, lines, path=meta_path)
    _check_unique(meta_path, [("habit", h.id) for h in meta.habits])
    lessons: list[Lesson] = []
    problems: list[ContentProblem] = []
    for path in sorted(folder.glob("*.md")):
        try:
            lessons.append(load_lesson(path, meta.id))
        except ContentError as err:
            problems.extend(err.problems)
    if not lessons and not problems:
        problems.append(ContentProblem(meta_path, 1, "this module has no lesson files (*.md)"))
    ids = [ls.id for ls in lessons]
    for lesson in lessons:
        if ids.count(lesson.id) > 1:
            problems.append(ContentProblem(lesson.path, 2, f"lesson id '{lesson.id}' used twice"))
    if problems:
        raise ContentError(problems)
    return Module(meta=meta, lessons=tuple(lessons), path=folder, habit_refs=refs)


def _take_habit_refs(
    data: dict[str, Any], lines: dict[tuple[str | int, ...], int], path: Path
) -> tuple[dict[str, Any], dict[tuple[str | int, ...], int], tuple[HabitRef, ...]]:
    """Split `[[habits]]` entries that are only `ref = "<id>"` from those that define a habit.

    The line map is renumbered so that errors in the remaining habits keep their lines.
    """
    habits = data.get("habits")
    if not isinstance(habits, list) or not any(isinstance(h, dict) and "ref" in h for h in habits):
        return data, lines, ()
    refs: list[HabitRef] = []
    kept: list[Any] = []
    renumber: dict[int, int] = {}
    problems = []
    for index, entry in enumerate(habits):
        line = lines.get(("habits", index), 1)
        if not (isinstance(entry, dict) and "ref" in entry):
            renumber[index] = len(kept)
            kept.append(entry)
            continue
        ref = entry["ref"]
        if set(entry) != {"ref"}:
            problems.append(ContentProblem(path, line, "a habit with 'ref' takes no other keys"))
        elif not isinstance(ref, str) or not ref.strip():
            problems.append(ContentProblem(path, line, "'ref' must name a habit id"))
        else:
            refs.append(HabitRef(ref=ref.strip(), position=index, line=line))
    if problems:
        raise ContentError(problems)
    new_lines: dict[tuple[str | int, ...], int] = {}
    for key, number in lines.items():
        if len(key) >= 2 and key[0] == "habits" and isinstance(key[1], int):
            if key[1] in renumber:
                new_lines[("habits", renumber[key[1]], *key[2:])] = number
        else:
            new_lines[key] = number
    return {**data, "habits": kept}, new_lines, tuple(refs)


def load_lesson(path: Path, module_id: str) -> Lesson:
    from wellness_tui.library.toml_lines import key_lines  # (see _read_toml)

    text = _read_text(path)
    lines = text.splitlines()
    if not lines or lines[0].strip() != FRONT_MATTER:
        raise ContentError(
            [ContentProblem(path, 1, f"a lesson must start with a '{FRONT_MATTER}' line")]
        )
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER), None)
    if end is None:
        raise ContentError(
            [
                ContentProblem(
                    path, 1, f"the front matter is never closed with a '{FRONT_MATTER}' line"
                )
            ]
        )
    front = "\n".join(lines[1:end])
    data = _parse_toml(front, path, line_offset=1)
    body = "\n".join(lines[end + 1 :])
    lesson = _validate(Lesson, data, key_lines(front), path=path, line_offset=1)
    sections = split_sections(lesson.title, body, first_line=end + 2)
    if not any(s.markdown for s in sections):
        raise ContentError(
            [ContentProblem(path, end + 2, "the lesson has no text after its front matter")]
        )
    _check_unique(
        path,
        [("prompt", p.id) for p in lesson.prompts] + [("question", q.id) for q in lesson.questions],
    )
    return replace(lesson, sections=sections, path=path, module_id=module_id)


def load_crisis(path: Path) -> list[CrisisLine]:
    crisis = _validate(CrisisFile, *_read_toml(path), path=path)
    return crisis.lines


def _check_unique(path: Path, items: list[tuple[str, str]]) -> None:
    seen: set[tuple[str, str]] = set()
    for item in items:
        if item in seen:
            raise ContentError([ContentProblem(path, 1, f"{item[0]} id '{item[1]}' used twice")])
        seen.add(item)


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ContentError(
            [ContentProblem(path, 1, f"cannot read the file: {err.strerror}")]
        ) from err
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ContentError(
            [ContentProblem(path, line, "this file is not UTF-8 text; save it as UTF-8")]
        ) from err


def _read_toml(path: Path) -> tuple[dict[str, Any], dict[tuple[str | int, ...], int]]:
    # Its patterns take ~6 M instructions to make: only when content is parsed.
    from wellness_tui.library.toml_lines import key_lines

    text = _read_text(path)
    return _parse_toml(text, path), key_lines(text)


def _parse_toml(text: str, path: Path, line_offset: int = 0) -> dict[str, Any]:
    import tomllib  # only when content is parsed, not when it comes from the cache

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        # Before Python 3.14 the line is only in the message: "... (at line 3, column 7)".
        message = str(err)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(match.group(1)) if match else text.count("\n") + 1
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
        raise ContentError(
            [ContentProblem(path, line + line_offset, f"TOML syntax: {message}")]
        ) from err


def _validate(
    model: type[M],
    data: dict[str, Any],
    lines: dict[tuple[str | int, ...], int],
    *,
    path: Path,
    line_offset: int = 0,
) -> M:
    # pydantic is imported only when content is parsed (a cache miss).
    from wellness_tui.library.toml_lines import line_of
    from wellness_tui.validation import ValidationError, validate

    try:
        return validate(model, data)
    except ValidationError as err:
        problems = [
            ContentProblem(path, line_of(lines, e["loc"]) + line_offset, _explain(e))
            for e in err.errors(include_url=False)
        ]
        raise ContentError(problems) from err


def _explain(error: Any) -> str:
    from wellness_tui.validation import MISSING_KEY, UNKNOWN_KEY, plain_message

    loc = error["loc"]
    where = ".".join(str(part) for part in loc)
    if error["type"] in MISSING_KEY:
        return f"missing required key '{where}'"
    if error["type"] in UNKNOWN_KEY:
        return f"unknown key '{where}' (check its spelling)"
    message = plain_message(error)
    return f"'{where}': {message}" if where else message
