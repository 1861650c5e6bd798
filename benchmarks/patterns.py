"""How long `find_patterns` takes on the 10-year synthetic profile.

    python benchmarks/patterns.py

Prints the best of 7 runs for the default 90 days, a year, and all ten years, same
day and next day. The Patterns screen runs the comparison on a worker thread, so a
long period never holds up a key press; the figure for 90 days is what the shell's
`wellness-tui patterns` (and the report) spend on it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from benchmarks.synthetic import TODAY, make_profile
from wellness_tui.core.patterns import find_patterns


def best_ms(fn: object, repeat: int = 7) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> None:
    profile = make_profile(3650)
    for days in (90, 365, 3650):
        for next_day in (False, True):
            ms = best_ms(lambda d=days, n=next_day: find_patterns(profile, TODAY, d, next_day=n))
            mode = "next day" if next_day else "same day"
            print(f"patterns, 10-year profile, last {days:>4} days, {mode}: {ms:6.1f} ms")


if __name__ == "__main__":
    main()
