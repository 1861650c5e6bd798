"""From a format's name to the module that writes it: a new format is one file, one line here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from wellness_tui.report.build import Report
from wellness_tui.report.html import to_html
from wellness_tui.report.markdown import to_markdown
from wellness_tui.report.tabular import to_csv, to_json
from wellness_tui.textsafe import visible

RENDERERS: dict[str, Callable[[Report], str]] = {
    "md": to_markdown,
    "html": to_html,
    "csv": to_csv,
    "json": to_json,
}
FORMATS = tuple(RENDERERS)


def render(report: Report, fmt: str) -> str:
    # A report may be shown in a terminal (cat, less): control characters in notes
    # are written as their pictures, like everywhere else the app shows them.
    return visible(RENDERERS[fmt](report))


# ----- a file name's extension and the format (the shell's -o and the report form) --------

EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".csv": "csv"}
EXTENSIONS[".json"] = "json"


def format_of_path(path: str) -> str | None:
    """The format a file name asks for by its extension (None if not a known one)."""
    suffix = PurePath(path).suffix.lower()
    return EXTENSIONS.get(suffix)


def pick_format(fmt: str | None, output: str | None) -> str:
    """--format, or the one -o FILE's extension names, or Markdown. A mismatch
    (--format md -o x.html) raises ValueError with one plain line."""
    named = format_of_path(output) if output else None
    if fmt is None:
        return named or "md"
    if named is not None and named != fmt:
        raise ValueError(
            f"--format {fmt} does not match {PurePath(output or '').name} (a .{named} name): "
            f"change one of them; nothing was written"
        )
    return fmt


def path_for_format(path: str, fmt: str) -> str:
    """The path with its extension following the chosen format, when it has a known one
    (or none): "~/r.html" with md -> "~/r.md"; "~/notes.txt" stays as it is."""
    if not path.strip():
        return path
    pure = PurePath(path)
    if pure.suffix and format_of_path(path) is None:
        return path
    if format_of_path(path) == fmt:
        return path
    return str(pure.with_suffix(f".{fmt}"))
