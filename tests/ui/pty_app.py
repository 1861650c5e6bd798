"""The app in a real terminal (a pty), for tests of what only a terminal shows: a
hangup, a kill, signals. POSIX only."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time
from pathlib import Path


def start_in_pty(profile: Path, env: dict[str, str] | None = None) -> tuple[int, int]:
    """`python -m wellness_tui --profile PROFILE` on an 80x24 pty: (pid, the pty's fd)."""
    env = dict(
        env if env is not None else os.environ,
        PYTHONPATH=os.pathsep.join(sys.path),
        TERM="xterm-256color",
    )
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app on the pty
        os.execve(
            sys.executable, [sys.executable, "-m", "wellness_tui", "--profile", str(profile)], env
        )
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, fd


def read_until(fd: int, text: bytes, seconds: float) -> bytes:
    """What the app drew until `text` appeared (or `seconds` passed, or it ended)."""
    seen = b""
    deadline = time.monotonic() + seconds
    while text not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen
