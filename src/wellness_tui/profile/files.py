"""Owner-only files and crash-safe writes.

A save never truncates the profile: it writes a temp file in the same folder,
flushes and fsyncs it, swaps it in with `os.replace` (atomic on POSIX and
Windows), then fsyncs the folder so the swap itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
import time
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".tmp"


def ensure_dir(folder: Path) -> None:
    """Create `folder` (and parents) owner-only; never change a folder that exists."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=DIR_MODE)
            _chmod(path, DIR_MODE)  # mkdir's mode is filtered by the umask


def temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")


def atomic_write(target: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `target` with `data`, durably; on error the old file is untouched.

    `durable=False` skips both fsyncs, for copies that are checked when read (the
    quick-start copy): after a power cut such a file may be old, empty or cut short,
    and is then simply not used.
    """
    ensure_dir(target.parent)
    temp = temp_name(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, FILE_MODE)
    try:
        try:
            _fchmod(fd, FILE_MODE)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        _replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if durable:
        fsync_dir(target.parent)


def write_private(target: Path, data: bytes) -> None:
    """Write an owner-only file (exports, crash logs) crash-safely."""
    atomic_write(target, data)


def fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fingerprint(path: Path) -> tuple[int, int, int] | None:
    """What changes whenever the file is replaced or rewritten."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def leftover_temps(target: Path) -> list[Path]:
    """Temp files of interrupted saves of the profile, its backups and copies."""
    return sorted(target.parent.glob(f".{target.stem}.*{TEMP_SUFFIX}"))


def _replace(temp: Path, target: Path) -> None:
    # Windows refuses a replace while another process has the target open
    # (a virus scanner, a second window reading it): retry with backoff.
    delay = 0.01
    for attempt in range(8):
        try:
            os.replace(temp, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == 7:
                raise
            time.sleep(delay)
            delay *= 2


def _chmod(path: Path, mode: int) -> None:
    if sys.platform != "win32":
        os.chmod(path, mode)


def _fchmod(fd: int, mode: int) -> None:
    if sys.platform != "win32":
        os.fchmod(fd, mode)


_O_BINARY = getattr(os, "O_BINARY", 0)


def read_own_file(path: Path, limit: int) -> bytes | None:
    """The start of `path` if it is a plain file of ours that nobody else could have
    written (no link, no FIFO that would block, owned by us, private); else None.
    Not on Windows (no owner check there): the file is always validated."""
    if not hasattr(os, "getuid") or not hasattr(os, "O_NOFOLLOW"):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if (
            not stat.S_ISREG(info.st_mode)
            or info.st_uid != os.getuid()
            or info.st_nlink != 1
            or info.st_mode & 0o077
        ):
            return None
        return handle.read(limit)
