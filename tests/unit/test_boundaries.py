"""The layers hold: import-linter's contracts (pyproject.toml) and deferred imports.

The contracts say which package may import what (only tui/ imports Textual, nothing
imports tui/, the engine never touches the store). cli.py reaches the app through a
deferred import, which a static check cannot see, so a subprocess proves that the
entry point and a shell command load no Textual.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_the_import_contracts_are_kept() -> None:
    from importlinter.cli import lint_imports

    cwd = os.getcwd()
    os.chdir(ROOT)  # the contracts live in pyproject.toml
    try:
        assert lint_imports(no_cache=True) == 0
    finally:
        os.chdir(cwd)


def test_the_entry_point_and_a_shell_command_load_no_textual(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from wellness_tui.cli import main\n"
        f"main(['today', '--profile', {str(tmp_path / 'p.json')!r}])\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print('textual modules loaded: ' + ','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "textual modules loaded: "
