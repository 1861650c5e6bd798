"""Run the benchmarks and print one line per figure: median, min, max, n, ratio, target.

Usage:
    python benchmarks/run.py              full run (takes a few minutes)
    python benchmarks/run.py --quick      one repetition, small profiles (CI keeps it alive)
    python benchmarks/run.py --json FILE  also write the results as JSON

Start-up is measured as whole processes, alternating with the baseline in the
same run, because these machines are shared and noisy; ratios matter more than
absolute times.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks import inapp  # noqa: E402
from benchmarks.synthetic import make_profile  # noqa: E402
from wellness_tui.library import load_library  # noqa: E402
from wellness_tui.profile.codec import encode  # noqa: E402
from wellness_tui.profile.stamp import stamp_path  # noqa: E402


@dataclass
class Figure:
    name: str
    unit: str
    values: list[float]
    target: str
    baseline: list[float] | None = None
    limit: float | None = None
    """Pass when the median (or median ratio, with a baseline) is at most this."""

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        return self.median / statistics.median(self.baseline)

    @property
    def passed(self) -> bool | None:
        if self.limit is None:
            return None
        value = self.ratio if self.ratio is not None else self.median
        return value <= self.limit

    def line(self) -> str:
        scale = 1000 if self.unit == "ms" else 1
        parts = [
            f"{self.name:<48}",
            f"median {self.median * scale:8.2f} {self.unit}",
            f"min {min(self.values) * scale:8.2f}",
            f"max {max(self.values) * scale:8.2f}",
            f"n {len(self.values):>3}",
        ]
        if self.ratio is not None:
            base = statistics.median(self.baseline or [0]) * scale
            parts.append(f"baseline {base:8.2f} ratio {self.ratio:5.2f}x")
        parts.append(f"target {self.target}")
        if self.passed is not None:
            parts.append("ok" if self.passed else "MISSED")
        return "  ".join(parts)


def child_run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) of one whole process, and the peak memory (MB) it reports, if any."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child failed: {args}\n{proc.stderr}")
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    return elapsed, int(last) / 1024 if last.isdigit() else 0.0


def startup(
    profile: Path, repeat: int, env: dict[str, str], *, quick_start_copy: bool = True
) -> tuple[list[float], ...]:
    """Alternate app and baseline starts; returns app times, bare times, app MB, bare MB.

    Without `quick_start_copy`, each start first removes the profile's quick-start
    copy, as after a change made outside the app: the file is validated with pydantic.
    """
    app_t, bare_t, app_m, bare_m = [], [], [], []
    child_run([str(HERE / "start_app.py"), str(profile)], env)  # warm the content cache
    for _ in range(repeat):
        if not quick_start_copy:
            stamp_path(profile).unlink(missing_ok=True)
        t, m = child_run([str(HERE / "start_app.py"), str(profile)], env)
        app_t.append(t)
        app_m.append(m)
        t, m = child_run([str(HERE / "start_bare.py")], env)
        bare_t.append(t)
        bare_m.append(m)
    return app_t, bare_t, app_m, bare_m


def shell_today(profile: Path, repeat: int, env: dict[str, str]) -> tuple[list[float], ...]:
    today, pydantic_only = [], []
    for _ in range(repeat):
        today.append(child_run(["-m", "wellness_tui", "today", "--profile", str(profile)], env)[0])
        pydantic_only.append(child_run(["-c", "import pydantic"], env)[0])
    return today, pydantic_only


def machine() -> dict[str, str]:
    filesystem = ""
    with contextlib.suppress(OSError, IndexError):
        filesystem = (
            subprocess.run(
                ["df", "-T", tempfile.gettempdir()], capture_output=True, text=True, check=False
            )
            .stdout.splitlines()[-1]
            .split()[1]
        )
    return {
        "date": datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": str(os.cpu_count()),
        "filesystem": filesystem,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="one repetition, small profiles")
    parser.add_argument("--json", metavar="FILE", help="write the results as JSON")
    args = parser.parse_args()
    quick = args.quick
    repeat = 1 if quick else 15
    short_days, long_days = (30, 60) if quick else (365, 3650)

    work = Path(tempfile.mkdtemp(prefix="wellness-bench-"))
    env = dict(
        os.environ,
        HOME=str(work),
        XDG_DATA_HOME=str(work / "data"),
        XDG_CACHE_HOME=str(work / "cache"),
        PYTHONPATH=str(ROOT),
    )
    library = load_library([ROOT / "content"])
    profiles = {}
    for days in (short_days, long_days):
        path = work / f"profile-{days}.json"
        path.write_bytes(encode(make_profile(days, library=library, activity_days=365)))
        profiles[days] = path

    figures: list[Figure] = []
    app_t, bare_t, app_m, bare_m = startup(profiles[short_days], repeat, env)
    figures.append(
        Figure(
            f"cold start to Today, {short_days}-day profile",
            "ms",
            app_t,
            "<= 1.6x bare app",
            bare_t,
            1.6,
        )
    )
    app_nc_t, bare_nc_t, _, _ = startup(profiles[short_days], repeat, env, quick_start_copy=False)
    figures.append(
        Figure(
            f"same, {short_days} days, no quick-start copy",
            "ms",
            app_nc_t,
            "<= 1.6x bare app",
            bare_nc_t,
            1.6,
        )
    )
    app10_t, bare10_t, _, _ = startup(profiles[long_days], repeat, env)
    figures.append(
        Figure(
            f"cold start to Today, {long_days}-day profile",
            "ms",
            app10_t,
            "<= 1.8x bare app",
            bare10_t,
            1.8,
        )
    )
    figures.append(
        Figure(
            f"peak memory at start, {short_days}-day profile",
            "MB",
            app_m,
            "<= 1.5x bare app",
            bare_m,
            1.5,
        )
    )
    figures.append(
        Figure(
            "open an 800-word lesson (to painted)",
            "ms",
            asyncio.run(inapp.lesson_open(3 if quick else 20)),
            "<= 150 ms",
            limit=0.150,
        )
    )
    figures.append(
        Figure(
            "key to repaint: Today, 20 habits",
            "ms",
            asyncio.run(inapp.key_latency(short_days, 5 if quick else 60, "today")),
            "<= 20 ms",
            limit=0.020,
        )
    )
    figures.append(
        Figure(
            "key to repaint: a 250-row list",
            "ms",
            asyncio.run(inapp.key_latency(short_days, 5 if quick else 60, "log")),
            "<= 20 ms",
            limit=0.020,
        )
    )
    applied, durable = inapp.tick_durable(long_days, 5 if quick else 50)
    figures.append(
        Figure(
            f"tick until durable on disk, {long_days}-day profile",
            "ms",
            durable,
            "<= 15 ms",
            limit=0.015,
        )
    )
    figures.append(
        Figure(
            "tick: time the UI waits (apply returns)",
            "ms",
            applied,
            "never waits for the disk",
            limit=0.002,
        )
    )
    loads, size = inapp.load_profile(long_days, 5 if quick else 30)
    figures.append(
        Figure(f"load and validate a {long_days}-day profile", "ms", loads, "<= 30 ms", limit=0.030)
    )
    figures.append(
        Figure(
            f"load a {long_days}-day profile from its quick-start copy",
            "ms",
            inapp.load_quick_start_copy(long_days, 5 if quick else 30),
            "<= 30 ms",
            limit=0.030,
        )
    )
    figures.append(
        Figure(f"profile file size, {long_days} days", "MB", [size / 1e6], "<= 1.5 MB", limit=1.5)
    )
    today, pydantic_only = shell_today(profiles[short_days], repeat, env)
    figures.append(
        Figure(
            "`wellness-tui today` in the shell",
            "ms",
            today,
            "<= 1.5x `import pydantic`",
            pydantic_only,
            1.5,
        )
    )

    for figure in figures:
        print(figure.line())
    if args.json:
        result = {
            "machine": machine(),
            "quick": quick,
            "figures": [
                asdict(f) | {"median": f.median, "ratio": f.ratio, "passed": f.passed}
                for f in figures
            ],
        }
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(runner peak memory {peak:.0f} MB; results are figures, not a pass/fail gate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
