"""The wheel carries every content file and every stylesheet."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_wheel_contains_all_content_and_styles(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("wellness_tui-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    content = [p for p in (ROOT / "content").rglob("*") if p.is_file()]
    assert content, "the repository has content"
    for path in content:
        inside = "wellness_tui/_content/" + path.relative_to(ROOT / "content").as_posix()
        assert inside in names, f"{inside} is missing from the wheel"
    styles = list((ROOT / "src/wellness_tui").rglob("*.tcss"))
    assert styles
    for path in styles:
        inside = "wellness_tui/" + path.relative_to(ROOT / "src/wellness_tui").as_posix()
        assert inside in names, f"{inside} is missing from the wheel"
