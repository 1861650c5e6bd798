"""A short lock on a sidecar file, so only one process writes at a time.

The lock is on `profile.json.lock`, never on the profile itself (which
`os.replace` swaps out from under any lock). It is an OS advisory lock
(flock / msvcrt), so a killed process's lock is released by the kernel and
a stale lock never blocks anyone.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from pathlib import Path
from types import TracebackType

from wellness_tui.profile.files import FILE_MODE, ensure_dir


class LockTimeout(Exception):
    pass


def lock_path(profile: Path) -> Path:
    return profile.with_name(profile.name + ".lock")


def open_lock_file(path: Path) -> int:
    """Open (or make) the lock file without following a symbolic link, and check that
    what was opened is an ordinary file of ours: a link or pipe put in its place never
    makes this program change or create anything else."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags, FILE_MODE)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise OSError(
                errno.ELOOP, f"the lock file {path} is a symbolic link; it was not used"
            ) from None
        raise
    info = os.fstat(fd)
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if not stat.S_ISREG(info.st_mode) or not mine:
        os.close(fd)
        raise OSError(
            errno.EPERM, f"the lock file {path} is not an ordinary file of yours; it was not used"
        )
    if sys.platform != "win32" and stat.S_IMODE(info.st_mode) != FILE_MODE:
        os.fchmod(fd, FILE_MODE)
    return fd


def _note_holder(fd: int) -> None:
    """Write who holds the lock (pid), for the message another process shows."""
    if sys.platform == "win32":
        return  # the locked byte cannot be rewritten there; the message says less
    note = f"{os.getpid()} wellness-tui\n".encode()
    try:
        if os.pread(fd, len(note) + 1, 0) == note:
            return  # noted already (this process saved last): a write would cost each tick
        os.ftruncate(fd, 0)
        os.pwrite(fd, note, 0)
    except OSError:
        pass


def holder(path: Path) -> str:
    """Who holds the lock, in plain words: "another process (pid 123, wellness-tui)"."""
    try:
        with open(path, "rb") as handle:
            text = handle.read(100).decode("ascii", "replace").split()
    except OSError:
        text = []
    if not text or not text[0].isdigit():
        return "another process"
    pid = text[0]
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            cmdline = handle.read().replace(b"\0", b" ")
        ours = b"wellness_tui" in cmdline or b"wellness-tui" in cmdline
        what = "wellness-tui" if ours else "not wellness-tui"
    except OSError:
        what = "wellness-tui" if len(text) > 1 and text[1] == "wellness-tui" else "unknown"
    return f"another process (pid {pid}, {what})"


class ProfileLock:
    def __init__(self, profile: Path, timeout: float = 10.0) -> None:
        self.path = lock_path(profile)
        self.timeout = timeout
        self._fd: int | None = None

    def acquire(self) -> None:
        ensure_dir(self.path.parent)
        fd = open_lock_file(self.path)
        deadline = time.monotonic() + self.timeout
        delay = 0.001
        while True:
            if _try_lock(fd):
                self._fd = fd
                _note_holder(fd)
                return
            if time.monotonic() >= deadline:
                os.close(fd)
                raise LockTimeout(
                    f"the profile is in use by {holder(self.path)} and was not free "
                    f"within {self.timeout:g} s; nothing was changed. Try again in a moment"
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
