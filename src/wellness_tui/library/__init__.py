"""The content library: lesson files on disk, loaded and validated into models.

Nothing here imports Textual.
"""

from wellness_tui.library.loader import Library, load_library
from wellness_tui.library.models import (
    Activity,
    Choice,
    CrisisLine,
    HabitSuggestion,
    Lesson,
    Module,
    Prompt,
    Question,
    Script,
    Section,
    Source,
)
from wellness_tui.library.problems import ContentProblem

__all__ = [
    "Activity",
    "Choice",
    "ContentProblem",
    "CrisisLine",
    "HabitSuggestion",
    "Lesson",
    "Library",
    "Module",
    "Prompt",
    "Question",
    "Script",
    "Section",
    "Source",
    "load_library",
]
