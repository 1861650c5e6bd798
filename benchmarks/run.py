"""Run the benchmarks and print one line per figure: median, min, max, n, ratio, target.

Usage:
    python benchmarks/run.py              full run (takes a few minutes)
    python benchmarks/run.py --quick      one repetition, small profiles (CI keeps it alive)
    python benchmarks/run.py --json FILE  also write the results as JSON

Every figure is a ratio to a floor measured in the same run (the least work that
shows the same thing: a bare Textual app, one fsynced write, `json.loads`), because
machines differ and these ones are shared and noisy. Start-up is measured as whole
processes, alternating with the bare app. The figures are never a gate: this script
exits 0 whatever they are.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
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

import wellness_tui  # noqa: E402
from benchmarks import inapp  # noqa: E402
from benchmarks.synthetic import make_profile  # noqa: E402
from wellness_tui.library import load_library  # noqa: E402
from wellness_tui.profile import stamp  # noqa: E402
from wellness_tui.profile.codec import encode  # noqa: E402

FLOOR_BARE_APP = "a bare Textual app (Header, Static, Footer) started the same way"
# The in-app limits keep about the room the earlier absolute targets gave (lesson 150 ms,
# key 20 ms, tick 15 ms, load 30 ms, set where a bare app started in ~200 ms): each is
# that target over its floor on such a machine (this machine's floors scaled by its
# bare-app start), rounded down. The tick's floor is mostly the disk, so its limit is
# simply "no more than five plain durable writes of the file".
LESSON_LIMIT = 4.0
KEY_LIMIT = 5.0
TICK_LIMIT = 5.0
WAIT_LIMIT = 0.1
VALIDATE_LIMIT = 3.0
STAMPED_LIMIT = 3.0


@dataclass
class Figure:
    name: str
    unit: str
    values: list[float]
    target: str
    baseline: list[float] | None = None
    """The floor: the least work that shows the same thing, measured in the same run."""
    limit: float | None = None
    """Met when the median (or the ratio of medians, with a floor) is at most this."""
    floor: str = ""
    """What the floor is, in words."""

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
            f"{self.name:<58}",
            f"median {self.median * scale:8.2f} {self.unit}",
            f"min {min(self.values) * scale:8.2f}",
            f"max {max(self.values) * scale:8.2f}",
            f"n {len(self.values):>3}",
        ]
        if self.ratio is not None:
            base = statistics.median(self.baseline or [0]) * scale
            parts.append(f"floor {base:8.2f} ratio {self.ratio:5.2f}x")
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
    profile: Path, repeat: int, env: dict[str, str], *, changed_by_hand: bool = False
) -> tuple[list[float], ...]:
    """Alternate app and bare-app starts; returns app times, bare times, app MB, bare MB.

    The first (unmeasured) start warms the content cache and leaves the profile as this
    program last wrote it, its stamp current (`profile.json.stamp`). With
    `changed_by_hand`, each start first changes the file's bytes (a space added or
    taken away at the end), so the stamp does not match and the file is validated with
    pydantic, as after an edit by hand.
    """
    app_t, bare_t, app_m, bare_m = [], [], [], []
    child_run([str(HERE / "start_app.py"), str(profile)], env)  # warm the content cache
    raw = profile.read_bytes()
    if stamp.load(profile, raw) is None:
        print(f"warning: the stamp of {profile.name} does not match after a start", flush=True)
    for n in range(repeat):
        if changed_by_hand:
            profile.write_bytes(raw + b" " if n % 2 == 0 else raw)
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

    # Compiled as a normal `pip install .` leaves it: with PYTHONDONTWRITEBYTECODE set (as
    # in some shells and CI), an uncompiled checkout would be compiled again at every
    # start, which the bare app (Textual, compiled when installed) never pays.
    with contextlib.suppress(OSError):  # a read-only install is compiled already
        compileall.compile_dir(Path(wellness_tui.__file__).parent, quiet=2)
    work = Path(tempfile.mkdtemp(prefix="wellness-bench-"))
    env = dict(
        os.environ,
        HOME=str(work),
        XDG_DATA_HOME=str(work / "data"),
        XDG_CACHE_HOME=str(work / "cache"),
        # the children import the same wellness_tui as this process (a checkout's src/
        # before any installed copy): a stamp written by other code is never taken
        PYTHONPATH=os.pathsep.join([str(ROOT), str(Path(wellness_tui.__file__).parents[1])]),
    )
    library = load_library([ROOT / "content"])
    profiles = {}
    for days in (short_days, long_days):
        path = work / f"profile-{days}.json"
        path.write_bytes(encode(make_profile(days, library=library, activity_days=365)))
        profiles[days] = path

    figures: list[Figure] = []
    # Start-up: whole processes, alternating with a bare Textual app.
    app_t, bare_t, app_m, bare_m = startup(profiles[short_days], repeat, env)
    figures.append(
        Figure(
            f"cold start to Today, {short_days}-day profile, stamp current",
            "ms",
            app_t,
            "<= 1.3x",
            bare_t,
            1.3,
            FLOOR_BARE_APP,
        )
    )
    app_h_t, bare_h_t, _, _ = startup(profiles[short_days], repeat, env, changed_by_hand=True)
    figures.append(
        Figure(
            f"same, {short_days} days, changed by hand (stamp not matching)",
            "ms",
            app_h_t,
            "<= 1.6x",
            bare_h_t,
            1.6,
            FLOOR_BARE_APP,
        )
    )
    app10_t, bare10_t, _, _ = startup(profiles[long_days], repeat, env)
    figures.append(
        Figure(
            f"cold start to Today, {long_days}-day profile, stamp current",
            "ms",
            app10_t,
            "<= 1.3x",
            bare10_t,
            1.3,
            FLOOR_BARE_APP,
        )
    )
    figures.append(
        Figure(
            f"peak memory at start, {short_days}-day profile",
            "MB",
            app_m,
            "<= 1.5x",
            bare_m,
            1.5,
            FLOOR_BARE_APP,
        )
    )
    today, pydantic_only = shell_today(profiles[short_days], repeat, env)
    figures.append(
        Figure(
            "`wellness-tui today` in the shell",
            "ms",
            today,
            "<= 1.3x",
            pydantic_only,
            1.3,
            '`python -c "import pydantic"`',
        )
    )

    # In the app, each next to its floor measured in this process.
    n_lesson, n_keys = (3, 5) if quick else (20, 60)
    lesson_t, text = asyncio.run(inapp.lesson_open(n_lesson))
    figures.append(
        Figure(
            "open an 800-word lesson (to painted)",
            "ms",
            lesson_t,
            f"<= {LESSON_LIMIT}x",
            asyncio.run(inapp.bare_text_open(text, n_lesson)),
            LESSON_LIMIT,
            "a bare app pushing a screen with the same text in one Static",
        )
    )
    for screen, label, rows in (("today", "Today, 20 habits", 20), ("log", "a 250-row list", 250)):
        figures.append(
            Figure(
                f"key to repaint: {label}",
                "ms",
                asyncio.run(inapp.key_latency(short_days, n_keys, screen)),
                f"<= {KEY_LIMIT}x",
                asyncio.run(inapp.bare_key_latency(rows, n_keys)),
                KEY_LIMIT,
                f"the same keys in a bare app's OptionList of {rows} rows",
            )
        )
    n_ticks, n_loads = (5, 5) if quick else (50, 30)
    applied, durable, written = inapp.tick_durable(long_days, n_ticks)
    fsynced = inapp.fsynced_write(written, n_ticks)
    figures.append(
        Figure(
            f"tick until durable on disk, {long_days}-day profile",
            "ms",
            durable,
            f"<= {TICK_LIMIT}x",
            fsynced,
            TICK_LIMIT,
            "one write of the same bytes: write, fsync, rename, fsync of the folder",
        )
    )
    figures.append(
        Figure(
            "tick: time the UI waits (apply returns)",
            "ms",
            applied,
            f"<= {WAIT_LIMIT}x (never waits for the disk)",
            fsynced,
            WAIT_LIMIT,
            "the same fsynced write",
        )
    )
    raw = inapp.profile_bytes(long_days)
    loads = inapp.json_loads(raw, n_loads)
    figures.append(
        Figure(
            f"load and validate a {long_days}-day profile",
            "ms",
            inapp.load_profile(raw, n_loads),
            f"<= {VALIDATE_LIMIT}x",
            loads,
            VALIDATE_LIMIT,
            "`json.loads` of the same bytes",
        )
    )
    figures.append(
        Figure(
            f"load a {long_days}-day profile, stamp current",
            "ms",
            inapp.load_stamped(raw, n_loads),
            f"<= {STAMPED_LIMIT}x",
            loads,
            STAMPED_LIMIT,
            "`json.loads` of the same bytes",
        )
    )
    figures.append(
        Figure(
            f"profile file size, {long_days} days",
            "MB",
            [len(raw) / 1e6],
            "<= 1.5 MB",
            limit=1.5,
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
