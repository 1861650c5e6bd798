"""`wellness-tui read`: lessons as plain text, for screen readers and pipes.

Terminal screen readers cope badly with full-screen apps, so every lesson can
also be printed: the module list, a module's lessons, or one lesson whole
(with its activity, reflection prompts and knowledge checks).
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from wellness_tui.library import Lesson, Library, Module
from wellness_tui.textsafe import visible


class NotFoundError(Exception):
    pass


def find_module(library: Library, query: str) -> Module:
    """By id, by number in the program, or by the start of its title."""
    if query.isdigit() and 1 <= int(query) <= len(library.modules):
        return library.modules[int(query) - 1]
    wanted = query.casefold()
    exact = [m for m in library.modules if m.id == query]
    matches = exact or [m for m in library.modules if m.title.casefold().startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise NotFoundError(
            f"'{query}' matches several modules: " + ", ".join(m.id for m in matches)
        )
    raise NotFoundError(f"no module '{query}' (wellness-tui read lists them)")


def find_lesson(module: Module, query: str) -> Lesson:
    if query.isdigit() and 1 <= int(query) <= len(module.lessons):
        return module.lessons[int(query) - 1]
    wanted = query.casefold()
    matches = [ls for ls in module.lessons if ls.id == query] or [
        ls for ls in module.lessons if ls.title.casefold().startswith(wanted)
    ]
    if len(matches) == 1:
        return matches[0]
    raise NotFoundError(
        f"no single lesson '{query}' in {module.id} (wellness-tui read {module.id} lists them)"
    )


def list_modules(library: Library) -> str:
    lines = ["Modules (read one with: wellness-tui read NUMBER or ID)", ""]
    for number, module in enumerate(library.modules, start=1):
        lines.append(f"{number}. {module.title} [{module.id}] — {len(module.lessons)} lessons")
        lines.append(f"   {module.meta.summary}")
    return "\n".join(lines)


def list_lessons(module: Module) -> str:
    lines = [
        module.title,
        "",
        module.meta.summary,
        "",
        module.meta.note,
        "",
        f"Lessons (read one with: wellness-tui read {module.id}/NUMBER)",
        "",
    ]
    for number, lesson in enumerate(module.lessons, start=1):
        lines.append(f"{number}. {lesson.title} [{lesson.id}] — about {lesson.minutes} min")
    return "\n".join(lines)


def lesson_markdown(module: Module, lesson: Lesson) -> str:
    """The whole lesson as Markdown text (readable as it is)."""
    number = module.lessons.index(lesson) + 1
    parts = [
        f"# {lesson.title}",
        "",
        f"{module.title}, lesson {number} of {len(module.lessons)}, "
        f"about {lesson.minutes} minutes.",
        "",
    ]
    notes = ([module.meta.note] if number == 1 else []) + ([lesson.note] if lesson.note else [])
    parts += [f"> {note}\n" for note in notes]
    for section in lesson.sections:
        if section.id != "start":
            parts += [f"## {section.title}", ""]
        parts += [section.markdown, ""]
    parts += [f"## {lesson.activity.title}", "", lesson.activity.text, "", "## Reflection", ""]
    for prompt in lesson.prompts:
        parts.append(f"- {prompt.text}" + (f" ({prompt.hint})" if prompt.hint else ""))
    if lesson.questions:
        parts += ["", "## Check your understanding (not scored)", ""]
        for index, question in enumerate(lesson.questions, start=1):
            parts.append(f"{index}. {question.text}")
            for letter, choice in zip("ABCDEF", question.choices, strict=False):
                parts.append(f"   {letter}. {choice.text}")
            parts.append("")
        parts += ["### Answers and explanations", ""]
        for index, question in enumerate(lesson.questions, start=1):
            for letter, choice in zip("ABCDEF", question.choices, strict=False):
                mark = "right" if choice.correct else "not quite"
                parts.append(f"- {index}{letter} ({mark}): {choice.explanation}")
    if number == len(module.lessons) and module.meta.sources:
        parts += ["", f"## Sources for {module.title}", ""]
        parts += [f"- {s.title} — {s.publisher}: {s.url}" for s in module.meta.sources]
    return "\n".join(parts).rstrip() + "\n"


def print_lesson(text: str, out: TextIO = sys.stdout) -> None:
    """Styled on a terminal (unless NO_COLOR); plain text otherwise."""
    text = visible(text)  # content files are edited by hand: never raw control characters
    if out.isatty() and not os.environ.get("NO_COLOR"):
        from rich.console import Console
        from rich.markdown import Markdown

        Console(file=out).print(Markdown(text, hyperlinks=False))
    else:
        out.write(text)
