"""A timed unlock: `wellness-tui unlock --for 15m`, and `wellness-tui lock`.

Asking for a passphrase on every `check`, `did` or `today` costs the KDF's second or
more plus the typing, so a person can unlock once for a while. The profile's identity
is then held by a small agent process of their own, only in memory: it is handed to
the agent through a pipe (never a file, an argument or an environment variable), and
the agent answers on a unix socket in a private runtime folder
($XDG_RUNTIME_DIR/wellness-tui/, else a 0700 folder of this user's under the temp
folder). The socket is 0600 and named from a hash of the profile's real path, so there
is one agent per profile. The agent answers only a peer with the same user id
(SO_PEERCRED on Linux, LOCAL_PEERCRED on macOS and FreeBSD; where the system cannot
say who the peer is, it answers nobody), and a
client uses only a socket it can prove private (owned by this user, mode 0600, in a
0700 folder of this user's) whose other end is this user too. The agent leaves by
itself when its time is up (counted on a clock that keeps running while the computer
sleeps), and at once on `wellness-tui lock`; it removes its socket as it goes.
Nothing else reaches the disk.

Run as `python -m wellness_tui.shell.agent SOCKET SECONDS`, the identity on stdin.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import stat
import struct
import sys
import time
from collections.abc import Callable
from pathlib import Path

from wellness_tui.profile import crypto

DEFAULT_SECONDS = 15 * 60
LONGEST_SECONDS = 12 * 60 * 60
ASK_TIMEOUT = 2.0
"""Seconds a shell command waits for the agent before asking for the passphrase."""
_UNITS = {"s": 1, "m": 60, "h": 3600}


class NotPrivate(Exception):
    """A runtime folder or socket that someone else made or others can use: never used."""


def duration(text: str) -> int:
    """Seconds from '15m', '1h', '90s' or '2h30m'; ValueError with a plain message."""
    cleaned = text.strip().lower().replace(" ", "")
    total, number = 0, ""
    for char in cleaned:
        if char.isdigit():
            number += char
        elif char in _UNITS and number:
            total += int(number) * _UNITS[char]
            number = ""
        else:
            number = "?"
            break
    if number or not cleaned or total <= 0:
        raise ValueError(f"'{text}' is not a length of time; try 15m, 1h or 2h30m")
    if total > LONGEST_SECONDS:
        raise ValueError("12h is the longest a profile stays unlocked; try 12h or less")
    return total


def spoken(seconds: int) -> str:
    """'15 minutes', '1 hour 30 minutes', '2 seconds'."""
    from wellness_tui.words import plural

    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [plural(n, word) for n, word in ((hours, "hour"), (minutes, "minute")) if n]
    if secs or not parts:
        parts.append(plural(secs, "second"))
    return " ".join(parts)


def runtime_folder() -> Path:
    """Where agents' sockets live: $XDG_RUNTIME_DIR/wellness-tui, else a folder of this
    user's under the temp folder."""
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    if base and os.path.isabs(base) and os.path.isdir(base):
        return Path(base) / "wellness-tui"
    import tempfile  # here: it loads shutil, lzma and more (a few ms on every command)

    return Path(tempfile.gettempdir()) / f"wellness-tui-{os.getuid()}"


def socket_path(profile: Path) -> Path:
    real = os.path.realpath(profile).encode("utf-8", "surrogateescape")
    return runtime_folder() / f"{hashlib.sha256(real).hexdigest()[:24]}.sock"


def check_private(path: Path, kind: int, uid: int | None = None) -> None:
    """`path` is of `kind` (stat.S_IFDIR or S_IFSOCK), not a link, owned by `uid` (this
    user) and closed to everyone else; NotPrivate otherwise."""
    uid = os.getuid() if uid is None else uid
    info = os.lstat(path)
    if stat.S_IFMT(info.st_mode) != kind:
        raise NotPrivate(f"{path} is not what it should be (a link, or another kind of file)")
    if info.st_uid != uid:
        raise NotPrivate(f"{path} belongs to someone else")
    if info.st_mode & 0o077:
        raise NotPrivate(f"{path} can be used by others (mode {stat.S_IMODE(info.st_mode):o})")


SOL_LOCAL = 0
LOCAL_PEERCRED = 1
"""<sys/un.h> on macOS, FreeBSD and DragonFly (Python's socket module does not name
them): the peer's credentials as a `struct xucred`."""
XUCRED_VERSION = 0
XUCRED_HEAD = struct.Struct("=IIh")
"""struct xucred begins u_int cr_version; uid_t cr_uid; short cr_ngroups; then
gid_t cr_groups[16] (and, on newer FreeBSD, the peer's pid): only the head is read."""
XUCRED_SIZE = 128
"""Room for the whole struct on every system that has it (the kernel copies what fits)."""
LOCAL_PEERCRED_SYSTEMS = ("darwin", "freebsd", "dragonfly")


def xucred_uid(data: bytes) -> int | None:
    """The effective user id in a `struct xucred`; None when the bytes are too short or
    of a layout this does not know (then nobody is answered)."""
    if len(data) < XUCRED_HEAD.size:
        return None
    version, uid, groups = XUCRED_HEAD.unpack_from(data)
    if version != XUCRED_VERSION or not 0 <= groups <= 16:
        return None
    return int(uid)


def peer_uid(conn: socket.socket) -> int | None:
    """The user id of the process at the other end; None where the system cannot say."""
    peercred = getattr(socket, "SO_PEERCRED", None)
    if peercred is not None:
        size = struct.calcsize("3i")
        _pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, peercred, size))
        return int(uid)
    if sys.platform.startswith(LOCAL_PEERCRED_SYSTEMS):
        try:
            return xucred_uid(conn.getsockopt(SOL_LOCAL, LOCAL_PEERCRED, XUCRED_SIZE))
        except OSError:
            return None
    getpeereid = getattr(os, "getpeereid", None)  # not in CPython today; refuse without it
    if getpeereid is not None:
        return int(getpeereid(conn.fileno())[0])
    return None


def _ask(profile: Path, request: bytes) -> bytes | None:
    """The agent's answer to one request line; None when there is no agent. NotPrivate
    when the socket or its folder is not provably this user's alone."""
    path = socket_path(profile)
    try:
        check_private(path.parent, stat.S_IFDIR)
        check_private(path, stat.S_IFSOCK)
    except FileNotFoundError:
        return None
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.settimeout(ASK_TIMEOUT)
        try:
            conn.connect(str(path))
        except OSError:
            return None  # an agent that has just left
        if peer_uid(conn) != os.getuid():
            raise NotPrivate(f"{path} is answered by someone else")
        conn.sendall(request + b"\n")
        answer = b""
        while not answer.endswith(b"\n") and len(answer) < 4096:
            chunk = conn.recv(4096)
            if not chunk:
                break
            answer += chunk
        return answer.rstrip(b"\n")
    except OSError:
        return None
    finally:
        conn.close()


def keys_from_agent(profile: Path) -> crypto.Keys | None:
    """The profile's keys from its agent, or None (no agent, or keys for another
    identity). NotPrivate when the socket is not safe to use."""
    answer = _ask(profile, b"keys")
    if not answer:
        return None
    try:
        keys = crypto.from_recovery_key(answer.decode("ascii", "replace"))
    except crypto.WrongPassphrase:
        return None
    try:  # the profile may have been protected anew since: then these keys are stale
        public = crypto.recipient_path(profile).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return keys
    return keys if public == str(keys.recipient) else None


def lock(profile: Path) -> bool:
    """End the profile's agent; False when there was none."""
    return _ask(profile, b"lock") == b"locked"


def start(profile: Path, keys: crypto.Keys, seconds: int) -> int:
    """Start the profile's agent (ending one already there) and return its process id."""
    import subprocess

    with contextlib.suppress(NotPrivate):
        lock(profile)
    path = socket_path(profile)
    folder = path.parent
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    check_private(folder, stat.S_IFDIR)
    with contextlib.suppress(FileNotFoundError):
        check_private(path, stat.S_IFSOCK)
        path.unlink()  # left by an agent that was killed
    process = subprocess.Popen(
        [sys.executable, "-m", "wellness_tui.shell.agent", str(path), str(seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd="/",
        start_new_session=True,  # stays when the terminal closes; until its time is up
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write(keys.recovery_key.encode("ascii") + b"\n")
        process.stdin.close()
        ready = process.stdout.readline().split()
    finally:
        process.stdout.close()
        process.wait()  # the agent's first process leaves at once; its child serves
    if len(ready) != 2 or ready[0] != b"ready":
        raise OSError("the agent that keeps the profile unlocked did not start")
    return int(ready[1])


def boot_clock() -> float:
    """Seconds on a clock that keeps counting while the computer sleeps."""
    return time.clock_gettime(getattr(time, "CLOCK_BOOTTIME", time.CLOCK_MONOTONIC))


def serve(
    listener: socket.socket,
    secret: bytes,
    seconds: float,
    clock: Callable[[], float] = boot_clock,
) -> None:
    """Answer this user's requests until `seconds` have passed or `lock` is asked."""
    until = clock() + seconds
    while (left := until - clock()) > 0:
        listener.settimeout(min(left, 5.0))
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        with conn:
            try:
                if peer_uid(conn) != os.getuid():
                    continue
                conn.settimeout(ASK_TIMEOUT)
                request = conn.recv(64).strip()
                if request == b"keys":
                    conn.sendall(secret + b"\n")
                elif request == b"lock":
                    conn.sendall(b"locked\n")
                    return
            except OSError:
                continue


def _agent_main(path: Path, seconds: int) -> None:
    """The agent process: take the identity from stdin, listen, detach, serve, leave."""
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core dump holding the key
    secret = sys.stdin.buffer.readline().strip()
    if os.fork() > 0:
        os._exit(0)  # the starter waits for this one; the child below is the agent
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_mask = os.umask(0o177)
    try:
        listener.bind(str(path))  # 0600 from the start (umask), then made sure
    finally:
        os.umask(old_mask)
    os.chmod(path, 0o600)
    listener.listen(8)
    made = os.lstat(path).st_ino
    sys.stdout.write(f"ready {os.getpid()}\n")
    sys.stdout.flush()
    os.close(sys.stdout.fileno())
    try:
        serve(listener, secret, seconds)
    finally:
        listener.close()
        with contextlib.suppress(OSError):
            if os.lstat(path).st_ino == made:  # only our own socket, never a newer one
                path.unlink()


if __name__ == "__main__":
    _agent_main(Path(sys.argv[1]), int(sys.argv[2]))
