"""A short lock on a sidecar file, so only one process writes at a time.

The lock is on `profile.json.lock`, never on the profile itself (which
`os.replace` swaps out from under any lock). It is an OS advisory lock
(flock / msvcrt), so a killed process's lock is released by the kernel and
a stale lock never blocks anyone.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

from wellness_tui.profile.files import FILE_MODE, ensure_dir


class LockTimeout(Exception):
    pass


def lock_path(profile: Path) -> Path:
    return profile.with_name(profile.name + ".lock")


class ProfileLock:
    def __init__(self, profile: Path, timeout: float = 10.0) -> None:
        self.path = lock_path(profile)
        self.timeout = timeout
        self._fd: int | None = None

    def acquire(self) -> None:
        ensure_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        if sys.platform != "win32":
            os.fchmod(fd, FILE_MODE)
        deadline = time.monotonic() + self.timeout
        delay = 0.001
        while True:
            if _try_lock(fd):
                self._fd = fd
                return
            if time.monotonic() >= deadline:
                os.close(fd)
                raise LockTimeout(
                    f"another process has held {self.path.name} for {self.timeout:g}s"
                )
            time.sleep(delay)
            delay = min(delay * 2, 0.05)

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> ProfileLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
