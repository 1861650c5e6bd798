"""From a format's name to the module that writes it: a new format is one file, one line here."""

from __future__ import annotations

from collections.abc import Callable

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
