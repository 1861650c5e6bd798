"""A short lock on a sidecar file, so only one process writes at a time.

The lock is on `profile.json.lock`, never on the profile itself (which
`os.replace` swaps out from under any lock). It is an OS advisory lock
(flock / msvcrt), so a killed process's lock is released by the kernel and
a stale lock never blocks anyone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

from wellness_tui.profile.files import FILE_MODE, ensure_dir, process_id


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
    note = _note()
    try:
        if os.pread(fd, len(note) + 1, 0) == note:
            return  # noted already (this process saved last): a write would cost each tick
        os.ftruncate(fd, 0)
        os.pwrite(fd, note, 0)
    except OSError:
        pass


def _note() -> bytes:
    """This process's note (made once per process: a tick checks it at each save)."""
    global _noted
    pid = process_id()
    if _noted[0] != pid:
        _noted = (pid, f"{pid} wellness-tui\n".encode())
    return _noted[1]


_noted = (0, b"")


def holder(path: Path) -> str:
    """Who holds the lock, in plain words: "another process (pid 123, wellness-tui)"."""
    try:
        with open(path, "rb") as handle:
            text = handle.read(100).decode("ascii", "replace").split()
    except OSError:
        text = []
    if not text or not text[0].isdigit() or int(text[0]) == process_id():
        return "another process"  # (a note of ours: stale, since we are the one waiting)
    pid = text[0]
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            cmdline = handle.read().replace(b"\0", b" ")
        ours = b"wellness_tui" in cmdline or b"wellness-tui" in cmdline
        what = "wellness-tui" if ours else "not wellness-tui"
    except FileNotFoundError:
        if os.path.isdir("/proc/self"):
            # The note names a process that has ended: the lock is held by one that
            # wrote no note (another program), not by the one named.
            return "another process"
        what = "wellness-tui" if len(text) > 1 and text[1] == "wellness-tui" else "unknown"
    except OSError:
        what = "wellness-tui" if len(text) > 1 and text[1] == "wellness-tui" else "unknown"
    return f"another process (pid {pid}, {what})"


class ProfileLock:
    """The profile's lock for this process. Its file stays open between uses (a save
    each tick would otherwise open, check and close it every time): before each use it
    is checked to be still the file at the lock's path, and opened again if not (a lock
    on a file that was deleted or replaced would keep nobody out)."""

    def __init__(self, profile: Path, timeout: float = 10.0) -> None:
        self.path = lock_path(profile)
        self._path_text = str(self.path)  # (checked at every save: no Path.__fspath__)
        self.timeout = timeout
        self.waited_before = 0.0
        """Seconds this process already waited for the lock (told in the message)."""
        self._fd: int | None = None
        self._kept: tuple[int, int, int, int] | None = None
        """The open lock file: (fd, st_dev, st_ino, pid of the process that opened it)."""
        self._in_process = threading.Lock()
        """One holder per process: two threads on one open file would both "hold" it."""

    def acquire(self) -> None:
        deadline = time.monotonic() + self.timeout
        if not self._in_process.acquire(timeout=self.timeout):
            raise LockTimeout(
                f"the profile is in use by this program and was not free within "
                f"{self.timeout:g} s; nothing was changed. Try again in a moment"
            )
        try:
            self._acquire(deadline)
        except BaseException:
            self._in_process.release()
            raise

    def try_acquire(self) -> bool:
        """Take the lock if it is free now; False (not taken) if anyone holds it."""
        if not self._in_process.acquire(False):
            return False
        try:
            while True:
                fd = self._open()
                if not _try_lock(fd):
                    self._in_process.release()
                    return False
                if self._still_there(fd):
                    self._fd = fd
                    _note_holder(fd)
                    return True
                _unlock(fd)
                self._forget()
        except BaseException:
            self._in_process.release()
            raise

    def try_acquire_kept(self) -> bool:
        """try_acquire() with the fewest steps, for a tick's save: the lock file this
        process keeps open, locked if it is free now and still at the lock's path. False,
        holding nothing, in any other case (try_acquire() then does what is needed)."""
        kept = self._kept
        if kept is None or kept[3] != process_id():
            return False
        if not self._in_process.acquire(False):
            return False
        fd = kept[0]
        try:
            if _try_lock(fd):
                if self._still_there(fd):
                    self._fd = fd
                    _note_holder(fd)
                    return True
                _unlock(fd)
        except BaseException:
            self._in_process.release()
            raise
        self._in_process.release()
        return False

    def _acquire(self, deadline: float) -> None:
        delay = 0.001
        while True:
            fd = self._open()
            if _try_lock(fd):
                if self._still_there(fd):
                    self._fd = fd
                    _note_holder(fd)
                    return
                _unlock(fd)  # the path names another file now: lock that one
                self._forget()
                continue
            if time.monotonic() >= deadline:
                self._forget()
                raise LockTimeout(
                    f"the profile is in use by {holder(self.path)} and was not free "
                    f"within {self.timeout + self.waited_before:g} s; nothing was changed. "
                    "Try again in a moment"
                )
            time.sleep(delay)
            delay = min(delay * 2, 0.05)

    def _open(self) -> int:
        kept = self._kept
        if kept is not None and kept[3] == process_id():
            return kept[0]
        if kept is not None:
            self._kept = None  # inherited by a fork: this process opens its own
        ensure_dir(self.path.parent)
        fd = open_lock_file(self.path)
        info = os.fstat(fd)
        self._kept = (fd, info.st_dev, info.st_ino, process_id())
        return fd

    def _still_there(self, fd: int) -> bool:
        """The open file is still the one at the lock's path (not deleted, not replaced)."""
        kept = self._kept
        try:
            info = os.lstat(self._path_text)
        except FileNotFoundError:
            return False
        return kept is not None and (info.st_dev, info.st_ino) == (kept[1], kept[2])

    def _forget(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None and kept[3] == process_id():
            os.close(kept[0])

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                self._in_process.release()

    def close(self) -> None:
        """Close the kept lock file (it is opened again when next needed)."""
        if self._fd is None and self._in_process.acquire(False):
            try:
                self._forget()
            finally:
                self._in_process.release()

    def __del__(self) -> None:
        kept = self._kept  # (a lock still held stays held until the process ends)
        if kept is not None and kept[3] == process_id() and self._fd is None:
            with contextlib.suppress(OSError):
                os.close(kept[0])

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
