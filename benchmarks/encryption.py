"""What a passphrase costs (profile/crypto.py), each figure a ratio to the same thing on
the same profile without one, measured in the same run:

- cold start to Today, 1-year and 10-year profiles, protected (opened with the recovery
  key from a file descriptor, so neither typing nor scrypt is in it) vs the same profile
  plain with its stamp current (the usual start) and plain without a stamp (validated,
  as a protected profile always is);
- tick until durable, 10-year profile: one appended, encrypted, fsynced journal line vs
  the same plain;
- load of the 10-year profile: decrypting and validating vs validating;
- the key's deliberate cost, apart: scrypt when the passphrase is set and when it is
  typed (age chooses the work factor for about a second on the machine that sets it).

Then, against the suite's floors (benchmarks/run.py), with the same targets as a plain
profile that has to be validated:

- cold start to Today, protected 1-year profile, vs a bare Textual app (start_bare.py),
  alternating; the identity comes by file descriptor, so scrypt is not in it;
- `wellness-tui today` on the protected 1-year profile while it is unlocked
  (`wellness-tui unlock`: the identity from the agent, shell/agent.py) vs
  `python -c "import pydantic"`, as run.py measures the plain `today`;
- tick until durable, protected 10-year profile, vs one fsynced write of the same bytes
  (write, fsync, rename, fsync of the folder).

Run: python benchmarks/encryption.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks import inapp  # noqa: E402
from benchmarks.run import FLOOR_BARE_APP, TICK_LIMIT, Figure, child_run  # noqa: E402
from benchmarks.synthetic import make_profile  # noqa: E402
from wellness_tui.clock import FixedClock  # noqa: E402
from wellness_tui.profile import crypto  # noqa: E402
from wellness_tui.profile.codec import decode, encode  # noqa: E402
from wellness_tui.profile.ops import SetDone  # noqa: E402
from wellness_tui.profile.store import ProfileStore  # noqa: E402
from wellness_tui.shell import agent  # noqa: E402

CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0))


def ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def start(profile: Path, env: dict[str, str], keys: crypto.Keys | None) -> float:
    """One whole start to Today's first paint (benchmarks/start_app.py)."""
    args = [sys.executable, str(HERE / "start_app.py"), str(profile)]
    fds: tuple[int, ...] = ()
    if keys is not None:
        read_end, write_end = os.pipe()
        os.write(write_end, keys.recovery_key.encode() + b"\n")
        os.close(write_end)
        args.append(str(read_end))
        fds = (read_end,)
    began = time.perf_counter()
    proc = subprocess.run(args, env=env, capture_output=True, text=True, pass_fds=fds)
    elapsed = time.perf_counter() - began
    for fd in fds:
        os.close(fd)
    if proc.returncode != 0:
        raise SystemExit(f"start failed: {proc.stderr}")
    return elapsed


VALIDATED_START_LIMIT = 1.6
"""As run.py's start of a plain profile whose stamp does not match: a protected profile
is always validated (its stamp names encrypted bytes it must decrypt anyway)."""
SHELL_LIMIT = 1.3


def against_floors(work: Path, env: dict[str, str], keys: crypto.Keys, quick: bool) -> None:
    """The protected profile's figures against the floors run.py uses."""
    repeat = 2 if quick else 9
    days = 60 if quick else 365
    raw = encode(make_profile(days, activity_days=365))
    protected = work / f"floors-{days}.json"
    protected.write_bytes(keys.seal(raw))
    crypto.recipient_path(protected).write_text(f"{keys.recipient}\n")
    plain = work / f"floors-{days}-plain.json"
    plain.write_bytes(raw)
    start(protected, env, keys)  # warm the content cache and the stamps
    start(plain, env, None)
    sealed, plain_starts, bare = [], [], []
    for _ in range(repeat):
        sealed.append(start(protected, env, keys))
        plain_starts.append(start(plain, env, None))
        bare.append(child_run([str(HERE / "start_bare.py")], env)[0])
    figures = [
        Figure(
            f"cold start to Today, {days}-day profile, protected",
            "ms",
            sealed,
            f"<= {VALIDATED_START_LIMIT}x",
            bare,
            VALIDATED_START_LIMIT,
            FLOOR_BARE_APP,
        ),
        Figure(
            f"cold start to Today, {days}-day profile, plain (for comparison)",
            "ms",
            plain_starts,
            "<= 1.3x",
            bare,
            1.3,
            FLOOR_BARE_APP,
        ),
    ]

    runtime = Path(tempfile.mkdtemp(prefix="wbr-"))
    runtime.chmod(0o700)
    env = dict(env, XDG_RUNTIME_DIR=str(runtime))
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)  # agent.start looks where the children will
    agent.start(protected, keys, 600)
    try:
        today, plain_today, pydantic_only = [], [], []
        for _ in range(repeat):
            command = ["-m", "wellness_tui", "today", "--profile"]
            today.append(child_run([*command, str(protected)], env)[0])
            plain_today.append(child_run([*command, str(plain)], env)[0])
            pydantic_only.append(child_run(["-c", "import pydantic"], env)[0])
    finally:
        agent.lock(protected)
    figures.append(
        Figure(
            "`wellness-tui today`, protected, while unlocked (agent)",
            "ms",
            today,
            f"<= {SHELL_LIMIT}x",
            pydantic_only,
            SHELL_LIMIT,
            '`python -c "import pydantic"`',
        )
    )

    figures.append(
        Figure(
            "`wellness-tui today`, the same profile plain (for comparison)",
            "ms",
            plain_today,
            f"<= {SHELL_LIMIT}x",
            pydantic_only,
            SHELL_LIMIT,
            '`python -c "import pydantic"`',
        )
    )

    tick_days = 365 if quick else 3650
    tick_raw = encode(make_profile(tick_days, activity_days=365))
    tick_path = work / "floors-tick.json"
    tick_path.write_bytes(keys.seal(tick_raw))
    n_ticks = 10 if quick else 50
    durable = ticks(tick_path, keys, n_ticks)
    figures.append(
        Figure(
            f"tick until durable, {tick_days}-day profile, protected",
            "ms",
            durable,
            f"<= {TICK_LIMIT}x",
            inapp.fsynced_write(tick_path.read_bytes(), n_ticks),
            TICK_LIMIT,
            "one write of the same bytes: write, fsync, rename, fsync of the folder",
        )
    )
    print("Against the suite's floors (as benchmarks/run.py; scrypt not included):")
    for figure in figures:
        print(figure.line())


def ticks(path: Path, keys: crypto.Keys | None, repeat: int) -> list[float]:
    store = ProfileStore(path, CLOCK, keys=keys)
    store.apply(SetDone("habit-00", date(2026, 11, 25), False))
    store.flush()  # the first save may make the hour's backup: not measured
    times = []
    for n in range(repeat):
        began = time.perf_counter()
        store.apply(SetDone("habit-00", date(2026, 11, 25), n % 2 == 0))
        store.flush()
        times.append(time.perf_counter() - began)
    store.close()
    return times


def line(name: str, value: float, floor: float, unit: str = "ms") -> str:
    return f"{name:58s} {value:8.1f} {unit}  floor {floor:8.1f} {unit}  ratio {value / floor:5.2f}x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="few repetitions, small profiles")
    quick = parser.parse_args().quick
    repeat = 2 if quick else 9
    work = Path(tempfile.mkdtemp(prefix="wellness-crypt-bench-"))
    env = dict(
        os.environ,
        HOME=str(work),
        XDG_DATA_HOME=str(work / "data"),
        XDG_CACHE_HOME=str(work / "cache"),
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src"), str(HERE)]),
    )
    keys = crypto.new_keys()
    print("Starts (median of", repeat, "each, alternating):")
    for days in (60, 365) if quick else (365, 3650):
        raw = encode(make_profile(days, activity_days=365))
        plain, protected = work / f"plain-{days}.json", work / f"protected-{days}.json"
        plain.write_bytes(raw)
        protected.write_bytes(keys.seal(raw))
        start(plain, env, None)  # warm the content cache; the stamp is written
        start(protected, env, keys)
        with_stamp, without_stamp, sealed = [], [], []
        for n in range(repeat):
            with_stamp.append(start(plain, env, None))
            plain.write_bytes(raw + b" " if n % 2 == 0 else raw)  # the stamp no longer fits
            without_stamp.append(start(plain, env, None))
            plain.write_bytes(raw)
            start(plain, env, None)  # (its stamp current again for the next round)
            sealed.append(start(protected, env, keys))
        print(
            line(
                f"cold start, {days} days, protected vs plain stamp current",
                ms(sealed),
                ms(with_stamp),
            )
        )
        print(
            line(
                f"cold start, {days} days, protected vs plain validated",
                ms(sealed),
                ms(without_stamp),
            )
        )

    raw = encode(make_profile(365 if quick else 3650, activity_days=365))
    plain, protected = work / "tick-plain.json", work / "tick-protected.json"
    plain.write_bytes(raw)
    protected.write_bytes(keys.seal(raw))
    n_ticks = 10 if quick else 50
    plain_ticks = ticks(plain, None, n_ticks)
    sealed_ticks = ticks(protected, keys, n_ticks)
    print(line("tick until durable, protected vs plain", ms(sealed_ticks), ms(plain_ticks)))

    loads_plain, loads_sealed = [], []
    sealed_raw = protected.read_bytes()
    for _ in range(5 if quick else 20):
        began = time.perf_counter()
        decode(raw)
        loads_plain.append(time.perf_counter() - began)
        began = time.perf_counter()
        decode(keys.open(sealed_raw))
        loads_sealed.append(time.perf_counter() - began)
    print(line("load: decrypt + validate vs validate", ms(loads_sealed), ms(loads_plain)))
    print(
        f"{'profile file size, protected vs plain':58s} {len(sealed_raw) / 1e6:8.2f} MB  "
        f"plain {len(raw) / 1e6:8.2f} MB"
    )

    against_floors(work, env, keys, quick)

    print("The passphrase's deliberate cost (scrypt), apart from the figures above:")
    for _ in range(1 if quick else 3):
        began = time.perf_counter()
        key_file = crypto.lock_with(keys, "a passphrase for the benchmark")
        set_cost = time.perf_counter() - began
        began = time.perf_counter()
        crypto.unlock(key_file, "a passphrase for the benchmark")
        open_cost = time.perf_counter() - began
        print(
            f"  work factor 2^{crypto.scrypt_work_factor(key_file)}: setting it "
            f"{set_cost * 1000:.0f} ms, opening it {open_cost * 1000:.0f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
