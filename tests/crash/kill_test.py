"""Kill a saving process at random moments; the profile must always load intact.

A parent that has already imported the store forks children that save in a
loop (each save adds one numbered answer: one appended journal line, and every
few saves a checkpoint, the journal being kept small for this), and kills each
with SIGKILL: half the time as soon as it sees a checkpoint's temp file appear
(aiming inside the write, as SQLite's crash tests do), a quarter as soon as the
journal grows (inside an append), a quarter after a random delay. After every
kill the profile + journal must load, hold a consistent state (answers 0..n-1
for some n), hold every save the child reported done (its store.save returned True),
and the next start must clean up any temp file the kill left behind.

With --encrypted the profile is protected with a passphrase (profile/crypto.py): the
same checks hold, and after every kill no file in the folder (temp files of the
interrupted write included) may hold the answers' words.

Run: python -m tests.crash.kill_test [KILLS] [--encrypted]    (exit 0 when every check holds)
"""

from __future__ import annotations

import os
import random
import signal
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from benchmarks.synthetic import make_profile

from wellness_tui.clock import FixedClock
from wellness_tui.profile import crypto, journal
from wellness_tui.profile.codec import encode
from wellness_tui.profile.files import fingerprint, leftover_temps
from wellness_tui.profile.ops import SetAnswer
from wellness_tui.profile.store import ProfileStore

CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0))
MARKER = "kill-test-words-7f3a"
"""In every answer: with --encrypted, no file may ever show it."""


def saved_count(path: Path, keys: crypto.Keys | None = None) -> int:
    """How many saves the profile + journal hold; raises if the state is not consistent."""
    store = ProfileStore(path, CLOCK, look_only=True, keys=keys)
    if store.notices:
        raise AssertionError(f"the load found damage: {store.notices}")
    profile = store.profile
    numbers = sorted(int(k.split("/")[1]) for k in profile.answers if k.startswith("kill/"))
    if numbers != list(range(len(numbers))):
        raise AssertionError(f"inconsistent answers: {numbers[:5]}...")
    return len(numbers)


def plaintext_files(folder: Path) -> list[str]:
    """Files in `folder` that show the answers' words (or any answer's key)."""
    found = []
    for item in folder.iterdir():
        try:
            data = item.read_bytes()
        except OSError:
            continue  # removed meanwhile
        if MARKER.encode() in data or b"kill/" in data:
            found.append(item.name)
    return found


def child(path: Path, ready: int, keys: crypto.Keys | None = None) -> None:
    store = ProfileStore(path, CLOCK, keys=keys)
    n = sum(1 for k in store.profile.answers if k.startswith("kill/"))
    journal.LIMIT_BYTES = 4096  # a checkpoint every 20 or so saves
    os.write(ready, b"!")  # loaded: from here on, it only saves
    while True:  # save as fast as possible until killed
        answer = SetAnswer(f"kill/{n}", f"answer {n} {MARKER}", CLOCK.now())
        # As a shell command saves (in this thread): a tick's quick save of one line,
        # or the ordinary save (a checkpoint, the journal's first line after it).
        if not store.save([answer]):
            raise SystemExit(f"save {n} failed: {store.last_error}")
        n += 1
        os.write(ready, b".")  # this save is done: it must survive the kill


def run(kills: int, seed: int = 7, *, encrypted: bool = False) -> dict[str, float]:
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="wellness-kill-"))
    path = folder / "profile.json"
    keys = crypto.new_keys() if encrypted else None
    data = encode(make_profile(365))  # a year of data: realistic write sizes
    path.write_bytes(keys.seal(data) if keys is not None else data)
    before = saved_count(path, keys)
    mid_write = 0
    started = time.perf_counter()
    for kill in range(kills):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(read_end)
                child(path, write_end, keys)
            finally:
                os._exit(0)
        os.close(write_end)
        os.read(read_end, 1)  # wait until the child is saving, then kill at a random moment
        time.sleep(rng.uniform(0.0, 0.02))
        if kill % 2:
            deadline = time.perf_counter() + 0.5
            while not leftover_temps(path) and time.perf_counter() < deadline:
                pass  # aim inside a checkpoint's write
        elif kill % 4 == 2:
            deadline = time.perf_counter() + 0.5
            seen = fingerprint(journal.journal_path(path))
            while fingerprint(journal.journal_path(path)) == seen:
                if time.perf_counter() > deadline:
                    break  # aim inside an append (just after its bytes, before its fsync)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        done = 0
        while chunk := os.read(read_end, 65536):
            done += len(chunk)
        os.close(read_end)
        if leftover_temps(path):
            mid_write += 1
        if keys is not None and (shown := plaintext_files(folder)):
            raise AssertionError(f"words readable in {shown} after a kill")
        after = saved_count(path, keys)  # loads, and is consistent
        if after < before + done:
            raise AssertionError(f"a save was lost: {after} < {before} + {done} done")
        before = after
        ProfileStore(path, CLOCK, keys=keys)  # the next start...
        if leftover_temps(path):
            raise AssertionError("a temp file was not cleaned up on the next start")
    return {
        "kills": kills,
        "mid_write": mid_write,
        "share_mid_write": mid_write / kills,
        "saves": before,
        "seconds": time.perf_counter() - started,
    }


def main() -> int:
    numbers = [arg for arg in sys.argv[1:] if arg != "--encrypted"]
    kills = int(numbers[0]) if numbers else 1000
    encrypted = "--encrypted" in sys.argv[1:]
    result = run(kills, encrypted=encrypted)
    print(
        f"{result['kills']} kills, {result['mid_write']} mid-write "
        f"({100 * result['share_mid_write']:.0f}%), {result['saves']} saves survived, "
        f"{result['seconds']:.1f} s; every kill left a loadable, consistent profile"
        + (", and no file showed the answers' words" if encrypted else "")
    )
    if result["share_mid_write"] < 0.30:
        print("too few kills landed mid-write to trust the test", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
