"""Owner-only files and crash-safe writes.

A save never truncates the profile: it writes a temp file in the same folder,
flushes and fsyncs it, swaps it in with `os.replace` (atomic on POSIX and
Windows), then fsyncs the folder so the swap itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
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
    return target.with_name(f".{target.name}.{os.getpid()}-{os.urandom(4).hex()}{TEMP_SUFFIX}")


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


def process_id() -> int:
    """os.getpid() without its system call (each save asks several times); the value
    is taken again in a forked child."""
    return _pid[0]


_pid = [os.getpid()]
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=lambda: _pid.__setitem__(0, os.getpid()))


def fingerprint(path: Path | str) -> tuple[int, int, int] | None:
    """What changes whenever the file is replaced or rewritten (a str path spares
    Path.__fspath__: the store fingerprints two files at every save)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def leftover_temps(target: Path) -> list[Path]:
    """Temp files of interrupted saves of the profile, its backups and copies
    (matched by exact name: see owned.py)."""
    from wellness_tui.profile.owned import temp_paths

    return temp_paths(target)


class NotRegularFile(OSError):
    """A named pipe, device, socket or folder where a file was expected."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(f"{path} is {kind}, not an ordinary file; nothing was read from it")
        self.path = path


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def check_regular(path: Path) -> bool:
    """False if nothing is there; raises NotRegularFile for a pipe, device or folder."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile(path, _kind(info.st_mode))
    return True


def read_regular(path: Path, limit: int | None = None) -> bytes | None:
    """The bytes of an ordinary file (with `limit`, at most that many from its start),
    None if there is none; never blocks on a pipe.

    Opened without blocking and checked after opening, so a FIFO (or a device)
    put in the file's place is refused at once instead of hanging.
    """
    if not check_regular(path):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | _O_BINARY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path, _kind(info.st_mode))
        if limit is None:
            # Read into one buffer the file's size (read in pieces and joined, an 8 MB
            # profile took twice as long: every piece is new memory, and so is the whole).
            with open(fd, "rb", buffering=0, closefd=False) as handle:
                return handle.readall()
        chunks = []
        while limit > 0 and (chunk := os.read(fd, limit)):
            chunks.append(chunk)
            limit -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


class NotOwnFile(OSError):
    """A link, or another user's file, where a file of this user's own was expected."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"{path} is {why}; nothing was read from it")
        self.path = path
        self.why = why


def read_own_regular(path: Path, limit: int, *, private: bool = False) -> bytes | None:
    """Up to `limit` bytes of the ordinary file at `path` itself, owned by this user;
    None if nothing is there. A link is never followed and another user's file never
    read (NotOwnFile); a pipe or folder is refused at once (NotRegularFile). `private`:
    also refused when others may read or write it, or it has another name (a hard link)."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    if not nofollow and path.is_symlink():  # (Windows: no O_NOFOLLOW) looked at first
        raise NotOwnFile(path, "a link to another file")
    try:
        fd = os.open(path, os.O_RDONLY | _O_BINARY | nofollow | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None
    except OSError as err:
        if path.is_symlink():  # O_NOFOLLOW refused it (ELOOP, or EMLINK on some systems)
            raise NotOwnFile(path, "a link to another file") from err
        raise
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path, _kind(info.st_mode))
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            raise NotOwnFile(path, "another user's file")
        if private and (info.st_nlink != 1 or info.st_mode & 0o077):
            raise NotOwnFile(path, "open to other users or linked from elsewhere")
        return handle.read(limit)


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
        return read_own_regular(path, limit, private=True)
    except OSError:
        return None
