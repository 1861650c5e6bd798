"""Copy the snapshot tests' SVGs of the main screens into docs/screenshots/.

The screenshots in the README are drawn by the app itself (pytest-textual-snapshot,
fixed clock, generated data). After an intended change to a screen:

    pytest tests/ui --snapshot-update && python docs/update_screenshots.py
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).parents[1]
SNAPSHOTS = ROOT / "tests/ui/__snapshots__"
SHOTS = {
    "today.svg": "test_snapshots/test_today_snapshot[80x24].svg",
    "lesson.svg": "test_screens_snapshots/test_screen_snapshot[LessonScreen].svg",
    "get-help.svg": "test_screens_snapshots/test_screen_snapshot[GetHelpScreen].svg",
    "habit.svg": "test_snapshots/test_habit_detail_snapshot[120x40].svg",
    "progress.svg": "test_snapshots/test_progress_snapshot[80x24].svg",
    "checkin.svg": "test_screens_snapshots/test_screen_snapshot[CheckInDialog].svg",
    "notebook.svg": "test_screens_snapshots/test_screen_snapshot[NotebookScreen].svg",
    "prepare.svg": "test_screens_snapshots/test_screen_snapshot[PrepareScreen].svg",
    "today-light.svg": "test_screens_snapshots/test_light_theme_snapshot[TodayScreen].svg",
}


def main() -> None:
    target = ROOT / "docs/screenshots"
    target.mkdir(parents=True, exist_ok=True)
    for name, source in SHOTS.items():
        shutil.copyfile(SNAPSHOTS / source, target / name)
        print(f"docs/screenshots/{name}")


if __name__ == "__main__":
    main()
