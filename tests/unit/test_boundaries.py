"""Logic modules never import Textual (so they stay testable and the shell stays fast)."""

import subprocess
import sys

LOGIC_MODULES = [
    "wellness_tui.cli",
    "wellness_tui.library",
    "wellness_tui.library.lint",
    "wellness_tui.profile.store",
    "wellness_tui.core.habits",
    "wellness_tui.core.progress",
    "wellness_tui.core.today",
    "wellness_tui.tui.context",
    "wellness_tui.core.habit_factory",
    "wellness_tui.paths",
    "wellness_tui.clock",
    "wellness_tui.targets",
    "wellness_tui.importers.merge",
    "wellness_tui.importers.daylio",
    "wellness_tui.importers.loop",
    "wellness_tui.importers.table",
    "wellness_tui.shell.import_from",
    "wellness_tui.core.reminder",
    "wellness_tui.shell.remind",
]


def test_logic_modules_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        f"for name in {LOGIC_MODULES!r}:\n"
        "    __import__(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
